//! The screens of each page ([`crate::domain::route::Page`]): each binary
//! mounts one of these, so it holds only its own screens' code.

use crate::domain::route::Route;
use crate::ui::assess::{assess_screen, snapshot_screen, take_screen};
use crate::ui::data::data_screen;
use crate::ui::dom::El;
use crate::ui::goals::{goal_screen, goals_screen};
use crate::ui::guide;
use crate::ui::home::home;
use crate::ui::plan::plan_screen;
use crate::ui::shell::not_found;
use crate::ui::workshop;

/// The leader's page (`index.html`): self-assessment, goals, plan, guide,
/// my data; unknown addresses are reported here.
pub fn leader(route: &Route) -> Option<El> {
    Some(match route {
        Route::Home => home(),
        Route::Assess => assess_screen(),
        Route::AssessTake => take_screen(),
        Route::AssessSnapshot(id) => snapshot_screen(*id),
        Route::Goals | Route::GoalNew => goals_screen(),
        Route::Goal(id) => goal_screen(*id),
        Route::Plan => plan_screen(),
        Route::Guide => guide::guide_screen(),
        Route::GuidePage(slug) => guide::guide_page_screen(slug),
        Route::Diagnostic => guide::diagnostic_screen(),
        Route::Network => guide::network_screen(),
        Route::Person(id) => guide::person_screen(*id),
        Route::Agreement => guide::agreement_screen(),
        Route::Timeline => guide::timeline_screen(),
        Route::Data => data_screen(),
        Route::NotFound(path) => not_found(path),
        _ => return None,
    })
}

/// The facilitator's page (`workshop.html`): workshops, their setup and
/// the matching wizard.
pub fn facilitator(route: &Route) -> Option<El> {
    Some(match route {
        Route::Workshop => workshop::workshops_screen(),
        Route::WorkshopEdit(id) => workshop::workshop_screen(*id),
        Route::WorkshopMatch(id) => workshop::wizard_screen(*id),
        _ => return None,
    })
}

/// The participant's page (`join.html`): the join form and a match link.
pub fn participant(route: &Route) -> Option<El> {
    Some(match route {
        Route::Join(code) => workshop::join_screen(code),
        Route::MatchLink(code) => workshop::match_link_screen(code),
        _ => return None,
    })
}

/// Every screen, for tests that mount the whole app in one document.
pub fn every_screen(route: &Route) -> Option<El> {
    leader(route)
        .or_else(|| facilitator(route))
        .or_else(|| participant(route))
}
