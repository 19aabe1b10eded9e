//! A match link (`#/match/<code>`): the pair as both people see it — who
//! the other is and how to reach them, why they were paired, the
//! mentee's hope and competencies, a first-meeting agenda — and a start
//! on the mentoring agreement with their two names.

use crate::domain::guide::agreement::Agreement;
use crate::domain::links::safe_href;
use crate::domain::route::Route;
use crate::domain::workshop::outputs::{competency_name, MatchInfo, MatchPerson, AGENDA};
use crate::ui::dom::{el, tx, El};
use crate::ui::router::go;
use crate::ui::router::href;
use crate::ui::state::{now_ms, use_app};
use crate::ui::widgets::{button, heading, link, screen};

fn person(role: &str, p: &MatchPerson, list: &str) -> El {
    let contact = if p.contact.contains('@') {
        safe_href(&format!("mailto:{}", p.contact.trim()))
            .map(|h| el("a").attr("href", &h).text(&p.contact))
    } else {
        None
    };
    let mut card = el("div")
        .class("match-person")
        .child(el("h2").text(&format!("{role}: {}", p.name)));
    card = match contact {
        Some(a) => card.child(el("p").text("Contact: ").child(a)),
        None if !p.contact.trim().is_empty() => {
            card.child(tx("p", "", &format!("Contact: {}", p.contact)))
        }
        None => card,
    };
    if !p.goal.trim().is_empty() {
        card = card.child(tx("p", "", &format!("Hopes for: {}", p.goal)));
    }
    if !p.competencies.is_empty() {
        let names: Vec<&str> = p.competencies.iter().map(|c| competency_name(c)).collect();
        card = card.child(tx("p", "", &format!("{list}: {}", names.join(", "))));
    }
    card
}

pub fn match_link_screen(code: &str) -> El {
    let info = match MatchInfo::from_code(code) {
        Ok(i) => i,
        Err(e) => {
            return screen("")
                .child(heading("This match link does not work"))
                .child(tx("p", "field-error", &e.to_string()))
                .child(tx("p", "", "Ask the facilitator to send it again."))
                .child(el("p").child(link(&href(&Route::Home), "Go to Wayfinder's home")));
        }
    };
    let app = use_app();
    let (mentor, mentee) = (info.mentor.name.clone(), info.mentee.name.clone());
    let start_agreement = move || {
        let (mentor, mentee) = (mentor.clone(), mentee.clone());
        app.guide.update(|g| {
            let a: &mut Agreement = &mut g.agreement;
            a.mentor = mentor;
            a.mentee = mentee;
            a.updated_at = now_ms();
        });
        go(&Route::Agreement);
    };
    let mut s = screen("match").child(heading(&format!(
        "Your mentoring match: {} and {}",
        info.mentee.name, info.mentor.name
    )));
    if !info.workshop.is_empty() {
        s = s.child(tx(
            "p",
            "lead",
            &format!(
                "From {}{}.",
                info.workshop,
                if info.dates.is_empty() {
                    String::new()
                } else {
                    format!(", {}", info.dates)
                }
            ),
        ));
    }
    s.child(person("Mentee", &info.mentee, "Wants to grow"))
        .child(person("Mentor", &info.mentor, "Can offer"))
        .child(el("h2").text("Why you were paired"))
        .child(el("ul").kids(info.reasons.iter().map(|r| el("li").text(r)).collect()))
        .child(el("h2").text("Your first meeting"))
        .child(tx("p", "", "Meet within two weeks. A suggested agenda:"))
        .child(el("ol").kids(AGENDA.iter().map(|a| el("li").text(a)).collect()))
        .child(el("p").class("no-print").child(button("Start our mentoring agreement", "primary").on_click(start_agreement)))
        .child(tx("p", "note", "The agreement builder keeps your draft on this device; starting it here fills in your two names and keeps anything else you wrote."))
        .maybe((!info.facilitator.trim().is_empty()).then(|| tx("p", "note", &format!("Questions? Ask the facilitator: {}", info.facilitator))))
}
