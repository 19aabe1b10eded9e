//! Step 3: the rules every assignment keeps: mentees per mentor (a default
//! and exceptions), people of the same organisation apart, the experience
//! mentors need, pairs always made (locked) or never made (forbidden),
//! and the participants' own exclusions. Every list reads the workshop as
//! it is now, so a renamed or removed person shows as they are.

use super::{Step, WorkshopRef, STEP_HEADING};
use crate::domain::workshop::document::MAX_CAPACITY;
use crate::domain::workshop::matching::sides;
use crate::ui::components::{row_key, Checkbox, SelectField};
use crate::ui::workshop::refocus;
use crate::ui::workshop::setup::{edit, read};
use leptos::prelude::*;

/// A person as the constraints show them: id and name.
type Person = (u64, String);

/// A capacity typed in a number field, if it is one.
fn capacity(ev: &web_sys::Event) -> Option<u32> {
    event_target_value(ev).parse::<u32>().ok()
}

#[component]
pub(super) fn Constraints(workshop: WorkshopRef) -> impl IntoView {
    let WorkshopRef { docs, id } = workshop;
    // Mentees and mentors as they are placed now ("either" people go
    // where they are needed, which depends on the default capacity).
    let people = Memo::new(move |_| {
        read(docs, id, |w| {
            let (mentees, mentors) = sides(&w.participants, w.constraints.default_capacity);
            let named = |side: Vec<crate::domain::workshop::profile::Profile>| {
                side.into_iter()
                    .map(|p| (p.id, p.name))
                    .collect::<Vec<Person>>()
            };
            (named(mentees), named(mentors))
        })
    });
    let mentors = move || people.with(|(_, mentors)| mentors.clone());
    let has_mentors = move || people.with(|(_, mentors)| !mentors.is_empty());
    let default_capacity = move || read(docs, id, |w| w.constraints.default_capacity).to_string();
    let set_default = move |ev: web_sys::Event| {
        if let Some(n) = capacity(&ev) {
            edit(docs, id, |w| w.constraints.set_default_capacity(n));
        }
    };
    let mentor_capacity = move |(mentor, name): Person| {
        let field = format!("cap-{mentor}");
        let value = move || read(docs, id, |w| w.constraints.capacity_of(mentor)).to_string();
        let set = move |ev: web_sys::Event| {
            if let Some(n) = capacity(&ev) {
                edit(docs, id, |w| w.constraints.set_capacity(mentor, n));
            }
        };
        view! {
            <div class="field inline">
                <label for=field.clone()>{name}</label>
                <input id=field type="number" min="0" max=MAX_CAPACITY prop:value=value on:change=set />
            </div>
        }
    };
    let own = Memo::new(move |_| {
        read(docs, id, |w| {
            w.participants
                .iter()
                .flat_map(|p| {
                    p.exclude
                        .iter()
                        .map(move |x| format!("{} not with {x}", p.name))
                })
                .collect::<Vec<_>>()
        })
    });
    let own_list =
        move || {
            own.with(|own| {
            if own.is_empty() {
                return view! { <p class="note">"Nobody asked not to be paired with someone."</p> }
                    .into_any();
            }
            let items = own.iter().map(|t| view! { <li>{t.clone()}</li> }).collect_view();
            view! { <ul>{items}</ul> }.into_any()
        })
        };
    view! {
        <Step title="3. Constraints">
            <h3>"Mentees per mentor"</h3>
            <div class="field">
                <label for="default-capacity">"Default for every mentor"</label>
                <input
                    id="default-capacity"
                    type="number"
                    min="1"
                    max=MAX_CAPACITY
                    prop:value=default_capacity
                    on:change=set_default
                />
            </div>
            <Show when=has_mentors>
                <details>
                    <summary>"A different number for some mentors"</summary>
                    <For each=mentors key=row_key children=mentor_capacity />
                </details>
            </Show>
            <Rules workshop />
            <Pairs workshop forbid=false people />
            <Pairs workshop forbid=true people />
            <h3>"Participants' own exclusions (always respected)"</h3>
            {own_list}
        </Step>
    }
}

/// The rules every pair keeps: people of the same library or
/// organisation apart, and the experience mentors need.
#[component]
fn Rules(workshop: WorkshopRef) -> impl IntoView {
    let WorkshopRef { docs, id } = workshop;
    let separate = Signal::derive(move || read(docs, id, |w| w.constraints.separate_organisations));
    let min_years = move || read(docs, id, |w| w.constraints.min_mentor_years).to_string();
    let set_min_years = move |ev: web_sys::Event| {
        if let Ok(n) = event_target_value(&ev).trim().parse::<u8>() {
            edit(docs, id, |w| w.constraints.min_mentor_years = n.min(60));
        }
    };
    view! {
        <h3>"Rules for every pair"</h3>
        <Checkbox
            id="separate-organisations"
            label="Never pair two people from the same library or organisation"
            checked=separate
            on_change=Callback::new(move |on| edit(docs, id, |w| w.constraints.separate_organisations = on))
        />
        <div class="field">
            <label for="min-mentor-years">"Mentors need at least this many years of experience (0: no minimum)"</label>
            <input
                id="min-mentor-years"
                type="number"
                min="0"
                max="60"
                inputmode="numeric"
                prop:value=min_years
                on:change=set_min_years
            />
        </div>
    }
}

/// The locked (or forbidden) pairs, each removable, and the form that
/// adds one.
#[component]
fn Pairs(
    workshop: WorkshopRef,
    forbid: bool,
    people: Memo<(Vec<Person>, Vec<Person>)>,
) -> impl IntoView {
    let WorkshopRef { docs, id } = workshop;
    let (title, empty) = if forbid {
        ("Forbidden pairs (never made)", "No forbidden pairs.")
    } else {
        ("Locked pairs (always made)", "No locked pairs.")
    };
    // (mentee, mentor, "Mentee with Mentor") as the names are now.
    let pairs = Memo::new(move |_| {
        read(docs, id, |w| {
            let name = |pid: u64| w.name_of(pid).to_string();
            let list = if forbid {
                &w.constraints.forbids
            } else {
                &w.constraints.locks
            };
            list.iter()
                .map(|&(e, m)| (e, m, format!("{} with {}", name(e), name(m))))
                .collect::<Vec<_>>()
        })
    });
    let row = move |(mentee, mentor, names): (u64, u64, String)| {
        let remove = move |_| {
            edit(docs, id, |w| {
                if forbid {
                    w.constraints.unforbid(mentee, mentor)
                } else {
                    w.constraints.unlock(mentee, mentor)
                }
            });
            // The button is gone with its row.
            refocus(STEP_HEADING);
        };
        view! {
            <li>
                {format!("{names} ")}
                <button type="button" class="link" aria-label=format!("Remove {names}") on:click=remove>
                    "Remove"
                </button>
            </li>
        }
    };
    let has_pairs = move || pairs.with(|p| !p.is_empty());
    let form = move || {
        people.with(|(mentees, mentors)| {
            (!mentees.is_empty() && !mentors.is_empty())
                .then(|| view! { <PairForm workshop forbid mentees=mentees.clone() mentors=mentors.clone() /> })
        })
    };
    view! {
        <h3>{title}</h3>
        <Show when=has_pairs fallback=move || view! { <p class="note">{empty}</p> }>
            <ul>
                <For each=move || pairs.get() key=row_key children=row />
            </ul>
        </Show>
        {form}
    }
}

/// Two selects and a button that locks (or forbids) the chosen pair.
#[component]
fn PairForm(
    workshop: WorkshopRef,
    forbid: bool,
    mentees: Vec<Person>,
    mentors: Vec<Person>,
) -> impl IntoView {
    let WorkshopRef { docs, id } = workshop;
    let pick = RwSignal::new((mentees[0].0, mentors[0].0));
    let options = |people: Vec<Person>| {
        people
            .into_iter()
            .map(|(pid, name)| (pid.to_string(), name))
            .collect::<Vec<_>>()
    };
    let kind = if forbid { "forbid" } else { "lock" };
    let add = move |_| {
        let (mentee, mentor) = pick.get_untracked();
        edit(docs, id, |w| {
            if forbid {
                w.constraints.forbid(mentee, mentor)
            } else {
                w.constraints.lock(mentee, mentor)
            }
        })
    };
    view! {
        <div class="pair-form">
            <SelectField
                id=format!("{kind}-mentee")
                label="Mentee"
                selected=mentees[0].0.to_string()
                options=options(mentees)
                on_change=Callback::new(move |v: String| pick.update(|p| p.0 = v.parse().unwrap_or(p.0)))
            />
            <SelectField
                id=format!("{kind}-mentor")
                label="Mentor"
                selected=mentors[0].0.to_string()
                options=options(mentors)
                on_change=Callback::new(move |v: String| pick.update(|p| p.1 = v.parse().unwrap_or(p.1)))
            />
            <button type="button" on:click=add>
                {if forbid { "Forbid this pair" } else { "Lock this pair" }}
            </button>
        </div>
    }
}
