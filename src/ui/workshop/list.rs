//! The workshops this browser runs, a button to start one, and the
//! workshops it joined as a participant.

use crate::domain::route::Route;
use crate::domain::workshop::document::{Workshop, Workshops};
use crate::ui::components::{row_key, Screen, ScreenHeading};
use crate::ui::documents::use_doc;
use crate::ui::router::{go, href};
use crate::ui::state::{new_id, now_ms};
use leptos::prelude::*;

/// One workshop this browser runs, as the list shows it.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Run {
    id: u64,
    title: String,
    /// "12 participants · 3 May"
    meta: String,
}

/// One workshop joined: its name and the link to open the profile again.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Joined {
    name: String,
    link: String,
}

/// `#/workshop`: the workshops run and joined here.
#[component]
pub fn WorkshopsScreen() -> impl IntoView {
    let docs = use_doc::<Workshops>();
    let create = move |_| {
        let id = new_id();
        if docs
            .update(|d| d.workshops.upsert(Workshop::new(id, now_ms())))
            .is_some()
        {
            go(&Route::WorkshopEdit(id));
        }
    };
    let runs = Memo::new(move |_| {
        docs.doc.with(|d| {
            d.workshops
                .items
                .iter()
                .map(|w| Run {
                    id: w.id,
                    title: w.title().to_string(),
                    meta: format!(
                        "{} participants{}",
                        w.participants.len(),
                        if w.info.dates.is_empty() {
                            String::new()
                        } else {
                            format!(" · {}", w.info.dates)
                        }
                    ),
                })
                .collect::<Vec<_>>()
        })
    });
    let joined = Memo::new(move |_| {
        docs.doc.with(|d| {
            d.joined
                .items
                .iter()
                .map(|j| Joined {
                    name: j.info.name.clone(),
                    link: href(&Route::Join(j.info.code())),
                })
                .collect::<Vec<_>>()
        })
    });
    let run = |w: Run| {
        view! {
            <li class="record-row">
                <span>
                    <strong>
                        <a href=Route::WorkshopEdit(w.id).to_hash()>{w.title}</a>
                    </strong>
                    <span class="goal-meta">{w.meta}</span>
                </span>
                <a href=Route::WorkshopMatch(w.id).to_hash()>"Matching wizard"</a>
            </li>
        }
    };
    let none_run = move || runs.with(Vec::is_empty);
    let some_joined = move || joined.with(|j| !j.is_empty());
    view! {
        <Screen>
            <ScreenHeading text="Workshop" />
            <p class="lead">
                "Pair mentors and mentees at a workshop. Hand out one link; participants fill in a profile on their phones and give you a short code; you bring the codes in here and match everyone on this device. Nothing is sent anywhere."
            </p>
            <button type="button" class="primary" on:click=create>"New workshop"</button>
            <h2>"Workshops you run"</h2>
            <Show
                when=none_run
                fallback=move || {
                    view! {
                        <ul class="record-list">
                            <For each=move || runs.get() key=row_key children=run />
                        </ul>
                    }
                }
            >
                <p class="note">
                    "None yet. Start one with “New workshop”: you choose what to ask, then share the link."
                </p>
            </Show>
            <Show when=some_joined>
                <h2>"Workshops you joined"</h2>
                <ul class="record-list">
                    <For
                        each=move || joined.get()
                        key=row_key
                        children=|j: Joined| {
                            view! {
                                <li class="record-row">
                                    <a href=j.link>{j.name}</a>
                                </li>
                            }
                        }
                    />
                </ul>
            </Show>
        </Screen>
    }
}
