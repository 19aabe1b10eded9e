//! The participant's side of a workshop link (`#/join/<code>`): a welcome
//! saying what will be shared, the profile form (`form`: the questions the
//! facilitator chose; competencies prefilled from the latest
//! self-assessment; identity questions each with its own consent,
//! `identity`), a preview of exactly what leaves the device and the
//! profile code to copy, email or download (`share`). The profile is kept
//! on this device so the participant can come back to it.

mod form;
mod identity;
mod share;

use crate::domain::assessment::Assessments;
use crate::domain::workshop::document::{Joined, JoinedWorkshops};
use crate::domain::workshop::profile::Profile;
use crate::domain::workshop::setup::JoinInfo;
use crate::storage::browser::BrowserStore;
use crate::storage::repo::{self, Status};
use crate::ui::browser::focus_by_id;
use crate::ui::components::{BrokenLink, Screen, ScreenHeading};
use crate::ui::documents::use_doc;
use crate::ui::state::{new_id, now_ms, DocState};
use form::ProfileForm;
use leptos::prelude::*;
use share::{CodeStage, PreviewStage};

/// The id of each stage's heading, focused when the stage changes.
const STAGE_HEADING: &str = "stage-heading";

/// Where the participant is: writing, checking, or sending.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Stage {
    Writing,
    Preview,
    Code,
}

/// The profile being written, saved on this device as the participant
/// types.
#[derive(Clone, Copy)]
struct Form {
    profile: RwSignal<Profile>,
    workshops: DocState<JoinedWorkshops>,
    info: StoredValue<JoinInfo>,
    stage: RwSignal<Stage>,
}

impl Form {
    /// Changes the profile and keeps it, stamped with the time (always
    /// later than the last stamp, should the clock be set back): of two
    /// codes of it, the facilitator keeps the later.
    fn edit(self, f: impl FnOnce(&mut Profile)) {
        let now = now_ms();
        self.profile.update(|p| {
            f(p);
            p.saved_at = now.max(p.saved_at.saturating_add(1));
        });
        let (info, profile) = (self.info.get_value(), self.profile.get_untracked());
        // The match and survey answers kept with it stay.
        self.workshops.update(|d| {
            let mut joined = d
                .joined
                .get(info.workshop)
                .cloned()
                .unwrap_or_else(|| Joined::new(info.clone(), Profile::default(), now));
            joined.updated_at = now;
            joined.info = info;
            joined.profile = profile;
            d.joined.upsert(joined);
        });
    }

    fn with<T>(self, f: impl FnOnce(&Profile) -> T) -> T {
        self.profile.with(f)
    }

    /// Moves to `stage`, and focus to its heading.
    fn go_to(self, stage: Stage) {
        self.stage.set(stage);
        request_animation_frame(|| focus_by_id(STAGE_HEADING));
    }
}

/// `#/join/<code>`: the workshop link a participant opens.
#[component]
pub fn JoinScreen(code: String) -> impl IntoView {
    match JoinInfo::from_code(&code) {
        Ok(info) => view! { <Join info /> }.into_any(),
        Err(e) => view! {
            <BrokenLink
                title="This workshop link does not work"
                error=e.to_string()
                advice="Ask the facilitator to send the link again, or scan the QR code once more. Nothing was saved."
            />
        }
        .into_any(),
    }
}

#[component]
fn Join(info: JoinInfo) -> impl IntoView {
    let workshops = use_doc::<JoinedWorkshops>();
    let (profile, prefilled) = starting_profile(workshops, &info);
    let untouched = profile.clone();
    let form = Form {
        profile: RwSignal::new(profile),
        workshops,
        info: StoredValue::new(info.clone()),
        stage: RwSignal::new(Stage::Writing),
    };
    let dates = (!info.dates.is_empty())
        .then(|| view! { <p class="note">{format!("Dates: {}", info.dates)}</p> });
    let stage = move || match form.stage.get() {
        Stage::Writing => {
            let prefilled = match took_kept_profile(form, &untouched) {
                true => String::new(),
                false => prefilled.clone(),
            };
            view! { <ProfileForm form prefilled /> }.into_any()
        }
        Stage::Preview => view! { <PreviewStage form /> }.into_any(),
        Stage::Code => view! { <CodeStage form /> }.into_any(),
    };
    view! {
        <Screen class="join">
            <div class="welcome">
                <ScreenHeading text=format!("Join: {}", info.name) />
                <p class="lead">
                    "Fill in a short profile so the facilitator can pair you with a mentor or mentee. It takes a few minutes."
                </p>
                <p>
                    "What will be shared: only what you enter on this page, and only when you send your profile code to the facilitator. You will see all of it before anything leaves this device. Your self-assessment, goals and notes are never included."
                </p>
                {dates}
            </div>
            <div>{stage}</div>
        </Screen>
    }
}

/// Workshops saved by an earlier version open read-only on this page
/// (`Status::Older`) until another tab brings them up to date. Reading the
/// status here draws the form again when that happens: a form not yet
/// touched (still `untouched`) then takes the profile kept for this
/// workshop, and this says it did. One the participant has started stays
/// theirs, and their next edit saves it.
fn took_kept_profile(form: Form, untouched: &Profile) -> bool {
    if !form.workshops.status.with(|s| *s == Status::Ok) {
        return false;
    }
    let Some(kept) = kept_profile(form.workshops, &form.info.get_value()) else {
        return false;
    };
    if kept == *untouched || form.profile.with_untracked(|p| p != untouched) {
        return false;
    }
    form.profile.set(kept);
    true
}

/// The profile kept on this device for this workshop, if any.
fn kept_profile(workshops: DocState<JoinedWorkshops>, info: &JoinInfo) -> Option<Profile> {
    workshops
        .doc
        .with_untracked(|d| d.joined.get(info.workshop).map(|j| j.profile.clone()))
        .filter(|p| p.id != 0)
}

/// The profile kept on this device for this workshop, or a new one with
/// competencies prefilled from the latest self-assessment (and a note
/// saying so; empty when nothing was prefilled).
fn starting_profile(workshops: DocState<JoinedWorkshops>, info: &JoinInfo) -> (Profile, String) {
    if let Some(profile) = kept_profile(workshops, info) {
        return (profile, String::new());
    }
    let mut profile = Profile {
        id: new_id(),
        workshop: info.workshop,
        ..Profile::default()
    };
    // Read once, never written here: the self-assessment is not one of
    // this page's documents.
    let assessments = repo::peek::<Assessments>(&BrowserStore).unwrap_or_default();
    let mut note = String::new();
    if let Some(snapshot) = assessments.latest() {
        (profile.grow, profile.offer) = Profile::prefill(snapshot, &info.competencies);
        if !(profile.grow.is_empty() && profile.offer.is_empty()) {
            note = format!(
                "Prefilled from your self-assessment \u{201c}{}\u{201d}: change anything you like.",
                snapshot.title(&crate::ui::clock::BrowserZone)
            );
        }
    }
    (profile, note)
}
