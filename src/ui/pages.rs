//! The pages ([`crate::domain::route::Page`]): which documents each opens
//! and which screens it has. Each binary mounts one of these, so it holds
//! only its own screens' code and reads only the documents it needs.

use crate::domain::guide::pages::title_of;
use crate::domain::reflection::PlanReflections;
use crate::domain::route::{Page, Route};
use crate::domain::settings::Settings;
use crate::domain::workshop::document::{JoinedWorkshops, Workshops};
use crate::storage::document::Document;
use crate::ui::app::{first_visit, PageSetup};
use crate::ui::assess::{AssessScreen, SnapshotScreen, TakeScreen};
use crate::ui::data::DataScreen;
use crate::ui::documents::{use_doc, Documents};
use crate::ui::goals::{GoalScreen, GoalsScreen};
use crate::ui::guide::{
    self, AgreementScreen, GuidePageScreen, GuideScreen, NeedsScreen, NetworkScreen, PersonScreen,
    TimelineScreen,
};
use crate::ui::home::Home;
use crate::ui::plan::PlanScreen;
use crate::ui::shell::{primary_navigation, BackupReminder, NotFound};
use crate::ui::state::{use_app, AppState};
use crate::ui::workshop::{
    JoinScreen, MatchLinkScreen, ProgramScreen, SurveyScreen, WizardScreen, WorkshopScreen,
    WorkshopsScreen,
};
use leptos::prelude::*;

/// The leader's page (`index.html`): self-assessment, goals, plan and
/// guide; unknown addresses are reported here. Opens the leader's
/// documents, and holds the code of no other audience's: My data, which
/// restores every section, is a page of its own ([`DATA`]).
pub const LEADER: PageSetup = PageSetup {
    page: Page::Leader,
    open: open_leader,
    screens: leader,
    navigation: primary_navigation,
    title: title_of,
    notices: backup_reminder,
};

/// The facilitator's page (`workshop.html`): workshops, their setup and
/// the matching wizard. Opens the workshops and the settings (first use,
/// backup reminders) only: none of the leader's documents, so none of
/// their code is in this page.
pub const FACILITATOR: PageSetup = PageSetup {
    page: Page::Facilitator,
    open: |documents| {
        first_visit(documents.open::<Settings>());
        documents.open::<Workshops>();
    },
    screens: facilitator,
    navigation: primary_navigation,
    title: Route::title,
    notices: || {
        let workshops = use_doc::<Workshops>();
        let has_data =
            Signal::derive(move || workshops.doc.with(|d| !d.workshops.items.is_empty()));
        let settings = use_doc::<Settings>();
        view! { <BackupReminder settings has_data /> }.into_any()
    },
};

/// The participant's page (`join.html`): the join form, a match link and
/// the program's survey links. Opens two documents in part (see
/// `domain::partial`): of the workshops document, what this device joined
/// (the profiles, matches and answers kept here; the facilitator's
/// workshops stay as stored, uncompiled), and of the plan, the closing
/// reflections. The join form reads the self-assessment once, to prefill.
pub const PARTICIPANT: PageSetup = PageSetup {
    page: Page::Participant,
    open: open_participant,
    screens: participant,
    // The name alone: one form, on a phone.
    navigation: |_| ().into_any(),
    title: Route::title,
    notices: || ().into_any(),
};

/// My data's page (`data.html`): storage used, backup, restore and
/// deleting everything. It keeps every audience's sections, so it is no
/// audience's page: restoring checks and merges each section with its
/// whole type (the facilitator's workshops, their migrations and Unicode
/// tables included), which the leader's page then need not carry. Opens the
/// leader's documents, whose changes it shows, and reads the rest from
/// storage.
pub const DATA: PageSetup = PageSetup {
    page: Page::Data,
    open: open_leader,
    screens: data,
    navigation: primary_navigation,
    title: Route::title,
    notices: backup_reminder,
};

/// Every screen in one app, for tests that mount it in one document. The
/// workshops document and the plan are open twice, as the participant's
/// page reads them and whole (a test writes through one of them only);
/// the whole ones are opened last, so a backup takes them.
pub const EVERY_SCREEN: PageSetup = PageSetup {
    page: Page::Leader,
    open: |documents| {
        open_participant(documents);
        open_leader(documents);
        documents.open::<Workshops>();
    },
    screens: every_screen,
    navigation: primary_navigation,
    title: title_of,
    notices: backup_reminder,
};

/// A screen of the page that opens stored document `name` whole, and so
/// migrates it from an older schema and saves it (`storage::repo::open`):
/// where a section the participant's page cannot upgrade is brought up to
/// date.
pub fn upgrading_route(name: &str) -> Route {
    if name == Workshops::NAME {
        Route::Workshop
    } else {
        Route::Home
    }
}

/// The participant's documents.
fn open_participant(documents: Documents) {
    documents.open::<JoinedWorkshops>();
    documents.open::<PlanReflections>();
}

/// The leader's documents, and the first visit recorded.
fn open_leader(documents: Documents) {
    first_visit(AppState::open(documents).settings);
}

/// The reminder for the leader's work.
fn backup_reminder() -> AnyView {
    let app = use_app();
    let has_data = Signal::derive(move || app.has_data());
    view! { <BackupReminder settings=app.settings has_data /> }.into_any()
}

fn leader(route: &Route) -> Option<AnyView> {
    Some(match route {
        Route::Home => view! { <Home /> }.into_any(),
        Route::Assess => view! { <AssessScreen /> }.into_any(),
        Route::AssessTake => view! { <TakeScreen /> }.into_any(),
        Route::AssessSnapshot(id) => view! { <SnapshotScreen id=*id /> }.into_any(),
        Route::Goals | Route::GoalNew => view! { <GoalsScreen /> }.into_any(),
        Route::Goal(id) => view! { <GoalScreen id=*id /> }.into_any(),
        Route::Plan => view! { <PlanScreen /> }.into_any(),
        Route::Guide => view! { <GuideScreen /> }.into_any(),
        Route::GuidePage(slug) => view! { <GuidePageScreen slug=slug.clone() /> }.into_any(),
        Route::Diagnostic => view! { <NeedsScreen /> }.into_any(),
        Route::Network => view! { <NetworkScreen /> }.into_any(),
        Route::Person(id) => view! { <PersonScreen id=*id /> }.into_any(),
        Route::Agreement => view! { <AgreementScreen /> }.into_any(),
        Route::AgreementWith { mentee, mentor } => {
            guide::start_agreement_with(mentee, mentor);
            view! { <AgreementScreen /> }.into_any()
        }
        Route::Timeline => view! { <TimelineScreen /> }.into_any(),
        Route::NotFound(path) => view! { <NotFound path=path.clone() /> }.into_any(),
        _ => return None,
    })
}

fn facilitator(route: &Route) -> Option<AnyView> {
    Some(match route {
        Route::Workshop => view! { <WorkshopsScreen /> }.into_any(),
        Route::WorkshopEdit(id) => view! { <WorkshopScreen id=*id /> }.into_any(),
        Route::WorkshopMatch(id) => view! { <WizardScreen id=*id /> }.into_any(),
        Route::WorkshopProgram(id) => view! { <ProgramScreen id=*id /> }.into_any(),
        _ => return None,
    })
}

fn participant(route: &Route) -> Option<AnyView> {
    Some(match route {
        Route::Join(code) => view! { <JoinScreen code=code.clone() /> }.into_any(),
        Route::MatchLink(code) => view! { <MatchLinkScreen code=code.clone() /> }.into_any(),
        Route::Survey(code) => view! { <SurveyScreen code=code.clone() /> }.into_any(),
        _ => return None,
    })
}

fn data(route: &Route) -> Option<AnyView> {
    match route {
        Route::Data => Some(view! { <DataScreen /> }.into_any()),
        _ => None,
    }
}

fn every_screen(route: &Route) -> Option<AnyView> {
    leader(route)
        .or_else(|| facilitator(route))
        .or_else(|| participant(route))
        .or_else(|| data(route))
}
