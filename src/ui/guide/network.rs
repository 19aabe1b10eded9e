//! My support network (`#/guide/network`): the overview of gaps (no
//! sponsor yet, quiet contacts) linking to the sponsorship guidance, the
//! people with their roles and last contact, and a form to add someone.

use super::BackToGuide;
use crate::domain::date::date_of_day;
use crate::domain::guide::network::{gaps, Person, Relation};
use crate::domain::names::sort_by_name;
use crate::domain::route::Route;
use crate::ui::clock::today;
use crate::ui::components::{row_key, Checkbox, FieldError, Screen, ScreenHeading};
use crate::ui::state::{new_id, now_ms, use_app};
use leptos::prelude::*;

/// One person as the list shows them.
#[derive(Debug, Clone, PartialEq)]
struct Row {
    id: u64,
    updated_at: i64,
    name: String,
    /// "mentor, sponsor · last met 2026-11-02"
    meta: String,
}

#[component]
pub fn NetworkScreen() -> impl IntoView {
    let guide = use_app().guide;
    let overview = Memo::new(move |_| guide.doc.with(|n| gaps(&n.network, today())));
    // People sorted by name (Unicode-aware), keyed by id and version.
    let people = Memo::new(move |_| {
        guide.doc.with(|n| {
            let mut rows: Vec<Row> = n
                .network
                .people
                .items
                .iter()
                .map(|p| {
                    let met = p
                        .last_contact()
                        .map_or("no meeting logged".to_string(), |d| {
                            format!("last met {}", date_of_day(d).iso())
                        });
                    Row {
                        id: p.id,
                        updated_at: p.updated_at,
                        name: p.name.clone(),
                        meta: format!("{} · {met}", p.roles_text()),
                    }
                })
                .collect();
            sort_by_name(&mut rows, |r| &r.name);
            rows
        })
    });
    let gaps = move || {
        overview
            .get()
            .into_iter()
            .map(|g| view! { <li>{g}</li> })
            .collect_view()
    };
    let person = |row: Row| {
        view! {
            <li class="record-row">
                <span>
                    <strong>
                        <a href=Route::Person(row.id).to_hash()>{row.name}</a>
                    </strong>
                    <span class="goal-meta">{row.meta}</span>
                </span>
            </li>
        }
    };
    let nobody = move || people.with(Vec::is_empty);
    view! {
        <Screen class="wide network">
            <BackToGuide />
            <ScreenHeading text="My support network" />
            <p class="lead">
                "The people who help you grow: mentors who advise you, sponsors who speak for you, peers, coaches, your supervisor. Keep a note of your meetings and what you asked for."
            </p>
            <h2>"Overview"</h2>
            <ul class="gaps">{gaps}</ul>
            <p>
                <a href=Route::GuidePage("sponsorship".into()).to_hash()>
                    "What a sponsor does, and how to attract one"
                </a>
            </p>
            <h2>"People"</h2>
            <ul class="record-list">
                <Show when=nobody>
                    <li class="note">
                        "Nobody here yet. Add the first person below: someone who has helped you this year."
                    </li>
                </Show>
                <For each=move || people.get() key=|r| row_key(&(r.id, r.updated_at, &r.meta)) children=person />
            </ul>
            <AddPerson />
        </Screen>
    }
}

/// "Add a person": a name and the roles they play.
#[component]
fn AddPerson() -> impl IntoView {
    let guide = use_app().guide;
    let name = RwSignal::new(String::new());
    // The relations ticked for the new person, one bit each.
    let picked = RwSignal::new(0u32);
    let error = RwSignal::new(None::<String>);
    let added = RwSignal::new(None::<String>);
    let add = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let n = name.get_untracked();
        if n.trim().is_empty() {
            error.set(Some("Enter the person's name.".into()));
            return;
        }
        let mut p = Person::new(new_id(), &n, now_ms());
        let bits = picked.get_untracked();
        p.relations = Relation::ALL
            .into_iter()
            .filter(|r| bits & (1 << *r as u32) != 0)
            .collect();
        if guide.update(|d| d.network.people.upsert(p)).is_some() {
            error.set(None);
            added.set(Some(format!("Added {}.", n.trim())));
            name.set(String::new());
            picked.set(0);
        }
    };
    let relations = Relation::ALL
        .iter()
        .map(|&r| {
            let bit = 1u32 << r as u32;
            view! {
                <Checkbox
                    id=format!("new-{}", r.label())
                    label=r.label()
                    checked=Signal::derive(move || picked.get() & bit != 0)
                    on_change=Callback::new(move |on| {
                        picked.update(|p| if on { *p |= bit } else { *p &= !bit })
                    })
                />
            }
        })
        .collect_view();
    view! {
        <form class="add-person" novalidate on:submit=add>
            <h2>"Add a person"</h2>
            <div class="field">
                <label for="person-name">"Name"</label>
                <input
                    id="person-name"
                    type="text"
                    maxlength="120"
                    autocomplete="off"
                    aria-describedby="person-name-error"
                    prop:value=name
                    on:input=move |ev| name.set(event_target_value(&ev))
                />
            </div>
            <FieldError id="person-name-error" message=error.into() />
            <fieldset>
                <legend>"What they are to you (any that apply)"</legend>
                {relations}
            </fieldset>
            <button type="submit">"Add person"</button>
            <p class="success" role="status">{move || added.get().unwrap_or_default()}</p>
        </form>
    }
}
