//! A match link (`#/match/<code>`): the pair as both people see it — who
//! the other is and how to reach them, why they were paired, the
//! mentee's hope and competencies, a first-meeting agenda, the program's
//! dates when the facilitator planned them — and a start
//! on the mentoring agreement with their two names (a link to the
//! leader's page, which keeps the agreement: the names travel in the
//! route, so this page need not open the guide). Opened on the device
//! that joined the workshop as one of the two, it records the partner
//! there, so the program's survey links can be answered on it.

use super::pair_program::PairProgram;
use crate::domain::links::safe_href;
use crate::domain::route::Route;
use crate::domain::workshop::document::JoinedWorkshops;
use crate::domain::workshop::outputs::{competency_name, MatchInfo, MatchPerson, AGENDA};
use crate::ui::components::{BrokenLink, Screen, ScreenHeading};
use crate::ui::documents::use_doc;
use crate::ui::router::href;
use crate::ui::state::{now_ms, DocState};
use leptos::prelude::*;

/// `#/match/<code>`: the match link both people of a pair receive.
#[component]
pub fn MatchLinkScreen(code: String) -> impl IntoView {
    match MatchInfo::from_code(&code) {
        Ok(info) => view! { <Match info /> }.into_any(),
        Err(e) => view! {
            <BrokenLink
                title="This match link does not work"
                error=e.to_string()
                advice="Ask the facilitator to send it again."
            />
        }
        .into_any(),
    }
}

/// Records the partner with the workshop this device joined as one of
/// the pair; whether it did.
fn remember_partner(workshops: DocState<JoinedWorkshops>, info: &MatchInfo) -> bool {
    let found = workshops.doc.with_untracked(|d| {
        let joined = d.joined.get(info.workshop_id)?;
        let partner = info.partner_of(joined.profile.id)?;
        Some((joined.partner != partner.name, partner.name.clone()))
    });
    let Some((changed, partner)) = found else {
        return false;
    };
    if changed {
        let now = now_ms();
        workshops.update(|d| {
            if let Some(j) = d.joined.items.iter_mut().find(|j| j.id == info.workshop_id) {
                j.partner = partner;
                j.updated_at = now;
            }
        });
    }
    true
}

#[component]
fn Match(info: MatchInfo) -> impl IntoView {
    let remembered = remember_partner(use_doc::<JoinedWorkshops>(), &info).then(|| {
        view! {
            <p class="note">
                "This device now keeps your match with your profile, so you can answer the program's check-ins here."
            </p>
        }
    });
    let start_agreement = href(&Route::AgreementWith {
        mentee: info.mentee.name.clone(),
        mentor: info.mentor.name.clone(),
    });
    let from = (!info.workshop.is_empty()).then(|| {
        let dates = if info.dates.is_empty() {
            String::new()
        } else {
            format!(", {}", info.dates)
        };
        view! { <p class="lead">{format!("From {}{dates}.", info.workshop)}</p> }
    });
    let reasons = info
        .reasons
        .iter()
        .map(|r| view! { <li>{r.clone()}</li> })
        .collect_view();
    let agenda = AGENDA
        .iter()
        .map(|a| view! { <li>{*a}</li> })
        .collect_view();
    let facilitator = (!info.facilitator.trim().is_empty()).then(|| {
        view! {
            <p class="note">{format!("Questions? Ask the facilitator: {}", info.facilitator)}</p>
        }
    });
    view! {
        <Screen class="match">
            <ScreenHeading text=format!(
                "Your mentoring match: {} and {}",
                info.mentee.name,
                info.mentor.name,
            ) />
            {from}
            <Person role="Mentee" person=info.mentee.clone() list="Wants to grow" />
            <Person role="Mentor" person=info.mentor.clone() list="Can offer" />
            <h2>"Why you were paired"</h2>
            <ul>{reasons}</ul>
            <h2>"Your first meeting"</h2>
            <p>"Meet within two weeks. A suggested agenda:"</p>
            <ol>{agenda}</ol>
            <p class="no-print">
                <a class="button primary" href=start_agreement>"Start our mentoring agreement"</a>
            </p>
            <p class="note">
                "The agreement builder keeps your draft on this device; starting it here fills in your two names and keeps anything else you wrote."
            </p>
            <p>
                "New to mentoring, or asked to speak up for your mentee? Read "
                <a href=href(&Route::GuidePage("mentoring".into()))>"How to mentor"</a>
                " and "
                <a href=href(&Route::GuidePage("sponsoring".into()))>"How to sponsor"</a>
                " in Wayfinder's guide."
            </p>
            <PairProgram info=info.clone() />
            {remembered}
            {facilitator}
        </Screen>
    }
}

/// One person of the pair: name, contact (an email becomes a mail link),
/// hope and competencies.
#[component]
fn Person(role: &'static str, person: MatchPerson, list: &'static str) -> impl IntoView {
    let contact = person.contact.trim().to_string();
    let mail = contact
        .contains('@')
        .then(|| safe_href(&format!("mailto:{contact}")))
        .flatten();
    let contact = match mail {
        Some(href) => {
            Some(view! { <p>"Contact: " <a href=href>{person.contact.clone()}</a></p> }.into_any())
        }
        None if !contact.is_empty() => {
            Some(view! { <p>{format!("Contact: {}", person.contact)}</p> }.into_any())
        }
        None => None,
    };
    let goal = (!person.goal.trim().is_empty())
        .then(|| view! { <p>{format!("Hopes for: {}", person.goal)}</p> });
    let competencies = (!person.competencies.is_empty()).then(|| {
        let names: Vec<&str> = person
            .competencies
            .iter()
            .map(|c| competency_name(c))
            .collect();
        view! { <p>{format!("{list}: {}", names.join(", "))}</p> }
    });
    view! {
        <div class="match-person">
            <h2>{format!("{role}: {}", person.name)}</h2>
            {contact}
            {goal}
            {competencies}
        </div>
    }
}
