//! My support network (`#/guide/network`): the overview of gaps (no
//! sponsor yet, quiet contacts) linking to the sponsorship guidance, the
//! people with their roles and last contact, and a form to add someone.

use super::back_to_guide;
use crate::domain::date::civil_from_days;
use crate::domain::guide::network::{gaps, Person, Relation};
use crate::domain::names::sort_by_name;
use crate::domain::route::Route;
use crate::ui::clock::today;
use crate::ui::dom::stamp;
use crate::ui::dom::{el, tx, El};
use crate::ui::state::{new_id, now_ms, use_app};
use crate::ui::widgets::{checkbox, field_error, heading, link, screen};
use leptos::prelude::*;

pub fn network_screen() -> El {
    let app = use_app();
    let network = app.guide;
    let name = RwSignal::new(String::new());
    // The relations ticked for the new person, one bit each.
    let picked = RwSignal::new(0u32);
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(None::<String>);
    let add = move || {
        let n = name.get_untracked();
        if n.trim().is_empty() {
            error.set(Some("Enter the person's name.".into()));
            return;
        }
        let now = now_ms();
        let mut p = Person::new(new_id(), &n, now);
        let bits = picked.get_untracked();
        p.relations = Relation::ALL
            .into_iter()
            .filter(|r| bits & (1 << *r as u32) != 0)
            .collect();
        if network.update(|d| d.network.people.upsert(p)).is_some() {
            error.set(None);
            added.set(Some(format!("Added {}.", n.trim())));
            name.set(String::new());
            picked.set(0);
        }
    };
    let overview = move || network.doc.with(|n| gaps(&n.network, today()));
    let people = move || {
        network
            .doc
            .with(|n| stamp(n.network.people.items.iter().map(|p| (p.id, p.updated_at))))
    };
    let rows = move || {
        network.doc.with_untracked(|n| {
            let mut v: Vec<_> = n
                .network
                .people
                .items
                .iter()
                .map(|p| (p.id, p.name.clone(), p.roles_text(), p.last_contact()))
                .collect();
            sort_by_name(&mut v, |p| &p.1);
            v
        })
    };
    screen("wide network")
        .child(back_to_guide())
        .child(heading("My support network"))
        .child(tx("p", "lead", "The people who help you grow: mentors who advise you, sponsors who speak for you, peers, coaches, your supervisor. Keep a note of your meetings and what you asked for."))
        .child(el("h2").text("Overview"))
        .child(el("ul").class("gaps").region(overview, |g| g.iter().map(|x| el("li").text(x)).collect()))
        .child(el("p").child(link(&Route::GuidePage("sponsorship".into()).to_hash(), "What a sponsor does, and how to attract one")))
        .child(el("h2").text("People"))
        .child(el("ul").class("record-list").region(people, move |_| {
            let v = rows();
            if v.is_empty() {
                return vec![tx("li", "note", "Nobody here yet. Add the first person below: someone who has helped you this year.")];
            }
            v.iter().map(|(id, name, roles, last)| {
                let met = last.map_or("no meeting logged".to_string(), |d| format!("last met {}", civil_from_days(d).iso()));
                el("li").class("record-row")
                    .child(el("span")
                        .child(el("strong").child(link(&Route::Person(*id).to_hash(), name)))
                        .child(tx("span", "goal-meta", &format!("{roles} · {met}"))))
            }).collect()
        }))
        .child(
            el("form")
                .class("add-person")
                .attr("novalidate", "")
                .on_submit(add)
                .child(el("h2").text("Add a person"))
                .child(el("div").class("field")
                    .child(el("label").attr("for", "person-name").text("Name"))
                    .child(el("input").id("person-name").attr("type", "text").attr("maxlength", "120")
                        .attr("autocomplete", "off")
                        .attr("aria-describedby", "person-name-error")
                        .dyn_value(move || name.get())
                        .on_input(move |v| name.set(v))))
                .child(field_error("person-name-error", move || error.get()))
                .child(el("fieldset")
                    .child(el("legend").text("What they are to you (any that apply)"))
                    .kids(Relation::ALL.iter().map(|&r| {
                        let bit = 1u32 << r as u32;
                        checkbox(&format!("new-{}", r.label()), r.label(), move || picked.get() & bit != 0, move |on| {
                            picked.update(|p| if on { *p |= bit } else { *p &= !bit })
                        })
                    }).collect()))
                .child(el("button").attr("type", "submit").text("Add person"))
                .child(el("p").class("success").attr("role", "status").dyn_text(move || added.get().unwrap_or_default())),
        )
}
