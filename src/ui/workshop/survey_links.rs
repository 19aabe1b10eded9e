//! The survey link of each milestone of a planned program (issue #16),
//! with its QR code, for the facilitator to hand out as they hand out the
//! join link. The questions travel in the link, so a link changes when
//! its milestone's date or title does.

use super::qr::QrCode;
use super::setup::read;
use crate::domain::route::Route;
use crate::domain::workshop::document::Workshops;
use crate::domain::workshop::survey::Survey;
use crate::ui::components::CodeBox;
use crate::ui::router::address;
use crate::ui::state::DocState;
use leptos::prelude::*;

/// One milestone's link: (date and title, address).
type Link = (String, String);

/// "Survey links": one per milestone, once the plan holds together.
#[component]
pub(super) fn SurveyLinks(docs: DocState<Workshops>, id: u64) -> impl IntoView {
    let links = Memo::new(move |_| {
        read(docs, id, |w| {
            let plan = w.program.as_ref().filter(|p| p.validate().is_ok())?;
            let links: Vec<Link> = plan
                .milestones
                .iter()
                .map(|m| {
                    let code = Survey::for_milestone(&w.info, m).code();
                    (m.label(), address(&Route::Survey(code)))
                })
                .collect();
            Some(links)
        })
    });
    let list = move || {
        links.get().map(|links| {
            links
                .into_iter()
                .enumerate()
                .map(|(i, (what, link))| view! { <LinkRow i what link /> })
                .collect_view()
        })
    };
    view! {
        <h3>"Survey links"</h3>
        <p class="hint">
            "Hand out each milestone's link (or show its QR code) when it comes: participants answer on the device where they joined and send you a response code. A link changes when its milestone's date or title does."
        </p>
        <Show
            when=move || links.with(Option::is_some)
            fallback=|| view! { <p class="note">"The links appear once the plan holds together."</p> }
        >
            <ul class="survey-links">{list}</ul>
        </Show>
    }
}

/// One milestone's link, its box and QR code drawn only while open.
#[component]
fn LinkRow(i: usize, what: String, link: String) -> impl IntoView {
    let open = RwSignal::new(false);
    let toggle = move |ev: web_sys::Event| {
        use wasm_bindgen::JsCast;
        let details = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlDetailsElement>().ok());
        open.set(details.is_some_and(|d| d.open()));
    };
    let label = format!("Survey link: {what}");
    view! {
        <li>
            <details on:toggle=toggle>
                <summary>{what}</summary>
                <Show when=move || open.get()>
                    <CodeBox id=format!("survey-link-{i}") label=label.clone() text=link.clone() />
                    <QrCode text=link.clone() alt="QR code of the survey link" />
                </Show>
            </details>
        </li>
    }
}
