//! The program on a pair's match link (issue #16): the dates the
//! facilitator planned, the same for both people, and a calendar file to
//! add them to their own calendars. Dates are local calendar dates.

use crate::domain::workshop::outputs::MatchInfo;
use crate::ui::browser::download;
use crate::ui::components::FieldError;
use crate::ui::state::now_ms;
use leptos::prelude::*;

/// "Your program": its summary, the milestones in date order, and the
/// calendar download. Nothing when the link carries no program.
#[component]
pub(super) fn PairProgram(info: MatchInfo) -> impl IntoView {
    let program = info.program.clone()?;
    let error = RwSignal::new(None::<String>);
    let milestones = program
        .milestones
        .iter()
        .map(|m| {
            view! {
                <li>
                    <time datetime=m.date.clone()>{m.date.clone()}</time>
                    " "
                    {m.title.clone()}
                </li>
            }
        })
        .collect_view();
    let calendar = move |_| {
        let Some((name, ics)) = info.calendar(now_ms()) else {
            return;
        };
        error.set(download(&name, "text/calendar", &ics).err());
    };
    Some(view! {
        <section class="pair-program" aria-labelledby="pair-program-heading">
            <h2 id="pair-program-heading">"Your program"</h2>
            <p>{program.summary()}</p>
            <ol class="program-dates">{milestones}</ol>
            <p class="no-print">
                <button type="button" on:click=calendar aria-describedby="pair-program-error">
                    "Add these dates to my calendar (.ics)"
                </button>
            </p>
            <FieldError id="pair-program-error" message=error.into() />
        </section>
    })
}
