//! The workshops this browser runs, a button to start one, and the
//! workshops it joined as a participant.

use crate::domain::route::Route;
use crate::domain::workshop::document::Workshop;
use crate::ui::dom::{el, stamp, tx, El};
use crate::ui::router::go;
use crate::ui::router::href;
use crate::ui::state::{new_id, now_ms, use_app};
use crate::ui::widgets::{button, heading, link, screen};
use leptos::prelude::*;

pub fn workshops_screen() -> El {
    let app = use_app();
    let docs = app.workshops;
    let create = move || {
        let id = new_id();
        if docs
            .update(|d| d.workshops.upsert(Workshop::new(id, now_ms())))
            .is_some()
        {
            go(&Route::WorkshopEdit(id));
        }
    };
    let stamp = move || {
        docs.doc.with(|d| {
            stamp(
                d.workshops
                    .items
                    .iter()
                    .map(|w| (w.id, w.updated_at))
                    .chain(d.joined.items.iter().map(|j| (j.id, j.updated_at))),
            )
        })
    };
    screen("")
        .child(heading("Workshop"))
        .child(tx("p", "lead", "Pair mentors and mentees at a workshop. Hand out one link; participants fill in a profile on their phones and give you a short code; you bring the codes in here and match everyone on this device. Nothing is sent anywhere."))
        .child(button("New workshop", "primary").on_click(create))
        .child(el("div").region(stamp, move |_| {
            docs.doc.with_untracked(|d| {
                let mut out = vec![el("h2").text("Workshops you run")];
                if d.workshops.items.is_empty() {
                    out.push(tx("p", "note", "None yet. Start one with \u{201c}New workshop\u{201d}: you choose what to ask, then share the link."));
                } else {
                    out.push(el("ul").class("record-list").kids(
                        d.workshops.items.iter().map(|w| {
                            let meta = format!(
                                "{} participants{}",
                                w.participants.len(),
                                if w.info.dates.is_empty() { String::new() } else { format!(" · {}", w.info.dates) }
                            );
                            el("li").class("record-row").child(
                                el("span")
                                    .child(el("strong").child(link(&Route::WorkshopEdit(w.id).to_hash(), w.title())))
                                    .child(tx("span", "goal-meta", &meta)),
                            ).child(link(&Route::WorkshopMatch(w.id).to_hash(), "Matching wizard"))
                        }).collect(),
                    ));
                }
                if !d.joined.items.is_empty() {
                    out.push(el("h2").text("Workshops you joined"));
                    out.push(el("ul").class("record-list").kids(
                        d.joined.items.iter().map(|j| {
                            let code = j.info.code();
                            el("li").class("record-row").child(link(&href(&Route::Join(code)), &j.info.name))
                        }).collect(),
                    ));
                }
                out
            })
        }))
}
