//! The workshop's screens. Facilitator: the list of workshops
//! (`#/workshop`), one workshop's setup, link, QR code, import and
//! participants (`#/workshop/<id>`) and the matching wizard
//! (`#/workshop/<id>/match`). Participant: the join link's welcome,
//! profile form, preview and profile code (`#/join/<code>`) and the match
//! link (`#/match/<code>`). Scoring, matching, codes and imports live in
//! `domain::workshop`; these only render and edit.

mod dashboard;
mod join;
mod list;
mod match_link;
mod pair_program;
mod paste_or_files;
mod program;
mod qr;
mod send_code;
mod setup;
mod survey;
mod survey_links;
mod wizard;

pub use dashboard::ProgramScreen;
pub use join::JoinScreen;
pub use list::WorkshopsScreen;
pub use match_link::MatchLinkScreen;
pub use setup::WorkshopScreen;
pub use survey::SurveyScreen;
pub use wizard::WizardScreen;

use crate::domain::route::Route;
use crate::domain::workshop::document::Workshops;
use crate::ui::components::{Screen, ScreenHeading};
use crate::ui::state::DocState;
use leptos::prelude::*;

/// "← Workshops" above a facilitator's screen.
#[component]
fn BackToWorkshops() -> impl IntoView {
    view! {
        <p class="no-print">
            <a href=Route::Workshop.to_hash()>"← Workshops"</a>
        </p>
    }
}

/// The title of workshop `id`, if it is on this device (read once).
fn workshop_title(docs: DocState<Workshops>, id: u64) -> Option<String> {
    docs.doc
        .with_untracked(|d| d.workshops.get(id).map(|w| w.title().to_string()))
}

/// A facilitator's screen for a workshop that is not (or no longer) on
/// this device.
#[component]
fn WorkshopNotFound() -> impl IntoView {
    view! {
        <Screen>
            <BackToWorkshops />
            <ScreenHeading text="Workshop not found" />
            <p>
                "This workshop is not on this device: it may have been deleted, or it was set up in another browser."
            </p>
        </Screen>
    }
}

/// After an action rebuilt the part of the page that held focus, moves
/// focus to the element `id` (a heading with `tabindex="-1"`), so keyboard
/// users are not thrown back to the top of the page.
fn refocus(id: &'static str) {
    request_animation_frame(move || {
        let lost = document()
            .active_element()
            .is_none_or(|e| e.tag_name() == "BODY");
        if lost {
            crate::ui::browser::focus_by_id(id);
        }
    });
}
