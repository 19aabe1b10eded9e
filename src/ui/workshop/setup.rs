//! One workshop (`#/workshop/<id>`): its setup (name, dates, contact,
//! competencies, questions, identity dimensions, default capacity), the
//! participant link with a copy button and a QR code, the import of
//! profile codes, files and CSV with a report per line, and the
//! participants, each removable.

use super::{back_to_workshops, code_box, qr_image};
use crate::domain::assessment::framework::COMPETENCIES;
use crate::domain::route::Route;
use crate::domain::workshop::document::{Workshop, Workshops, MAX_CAPACITY};
use crate::domain::workshop::import::{import_text, Report, CSV_COLUMNS, MAX_IMPORT_CHARS};
use crate::domain::workshop::setup::{toggle, Identity, Question};
use crate::ui::browser::read_file_text;
use crate::ui::dom::{el, tx, El};
use crate::ui::router::address;
use crate::ui::router::go;
use crate::ui::state::{now_ms, use_app, DocState};
use crate::ui::widgets::{button, checkbox, heading, link, screen, table, text_field};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Edits workshop `id` in `docs` and stamps it.
pub(super) fn edit(docs: DocState<Workshops>, id: u64, f: impl FnOnce(&mut Workshop)) {
    docs.update(|d| d.edit(id, now_ms(), f));
}

/// A value of workshop `id` (tracked), or the default if it is gone.
pub(super) fn read<T: Default>(
    docs: DocState<Workshops>,
    id: u64,
    f: impl FnOnce(&Workshop) -> T,
) -> T {
    docs.doc
        .with(|d| d.workshops.get(id).map(f).unwrap_or_default())
}

/// The screen for a workshop that is not (or no longer) here.
pub(super) fn missing() -> El {
    screen("")
        .child(back_to_workshops())
        .child(heading("Workshop not found"))
        .child(tx("p", "", "This workshop is not on this device: it may have been deleted, or it was set up in another browser."))
}

pub fn workshop_screen(id: u64) -> El {
    let app = use_app();
    let docs = app.workshops;
    let Some(w) = docs.doc.with_untracked(|d| d.workshops.get(id).cloned()) else {
        return missing();
    };
    screen("wide workshop")
        .child(back_to_workshops())
        .child(heading(&format!("Workshop: {}", w.title())))
        .child(setup_form(docs, &w))
        .child(participant_link(docs, id))
        .child(import_section(docs, id))
        .child(participants(docs, id))
        .child(el("div").attr("role", "status").region(
            move || read(docs, id, Workshop::background_reminder),
            |reminder| {
                reminder
                    .iter()
                    .map(|text| tx("p", "warning background-reminder", text))
                    .collect()
            },
        ))
        .child(el("p").class("next-step").child(link(
            &Route::WorkshopMatch(id).to_hash(),
            "Open the matching wizard →",
        )))
        .child(delete_section(docs, id))
}

fn setup_form(docs: DocState<Workshops>, w: &Workshop) -> El {
    let id = w.id;
    let i = &w.info;
    let ticks = |legend: &str, note: &str, items: Vec<El>| {
        el("fieldset")
            .class("ticks")
            .child(el("legend").text(legend))
            .maybe((!note.is_empty()).then(|| tx("p", "note", note)))
            .kids(items)
    };
    let all_ids: Vec<String> = COMPETENCIES.iter().map(|c| c.id.to_string()).collect();
    let order = StoredValue::new(all_ids);
    let competencies = COMPETENCIES
        .iter()
        .map(|c| {
            let cid = c.id.to_string();
            let has = cid.clone();
            checkbox(
                &format!("ask-{cid}"),
                c.name,
                move || read(docs, id, |w| w.info.competencies.contains(&has)),
                move |on| {
                    order.with_value(|o| {
                        edit(docs, id, |w| toggle(&mut w.info.competencies, &cid, on, o))
                    })
                },
            )
        })
        .collect();
    let questions = Question::ALL
        .iter()
        .map(|&q| {
            checkbox(
                &format!("ask-{}", Question::NAMES[q as usize]),
                q.label(),
                move || read(docs, id, |w| w.info.asks(q)),
                move |on| {
                    edit(docs, id, |w| {
                        toggle(&mut w.info.questions, &q, on, &Question::ALL)
                    })
                },
            )
        })
        .collect();
    let identity = Identity::ALL
        .iter()
        .map(|&d| {
            checkbox(
                &format!("ask-{}", Identity::NAMES[d as usize]),
                d.label(),
                move || read(docs, id, |w| w.info.identity.contains(&d)),
                move |on| {
                    edit(docs, id, |w| {
                        toggle(&mut w.info.identity, &d, on, &Identity::ALL)
                    })
                },
            )
        })
        .collect();
    el("form")
        .class("workshop-setup")
        .attr("novalidate", "")
        .on_submit(|| {})
        .child(el("h2").text("Setup"))
        .child(text_field("ws-name", "Workshop name", "text", &i.name, move |v| edit(docs, id, |w| w.info.name = v)))
        .child(text_field("ws-dates", "Dates", "text", &i.dates, move |v| edit(docs, id, |w| w.info.dates = v)))
        .child(text_field("ws-contact", "Your contact (email), for participants' questions", "text", &i.contact, move |v| edit(docs, id, |w| w.info.contact = v)))
        .child(ticks("Competencies to ask about", "", competencies))
        .child(ticks("Optional questions", "Ask only what you will use for matching.", questions))
        .child(ticks("Identity questions (each optional for participants, with consent)", "Participants decide, one question at a time, whether to share, and whether they want someone of the same or a different background. Answers reach only you, in their profile code.", identity))
        .child(
            el("div").class("field")
                .child(el("label").attr("for", "ws-capacity").text("Mentees per mentor (default)"))
                .child(el("input").id("ws-capacity").attr("type", "number").attr("min", "1").attr("max", &MAX_CAPACITY.to_string())
                    .prop("value", w.constraints.default_capacity.to_string())
                    .on_input(move |v| {
                        if let Ok(n) = v.parse::<u32>() {
                            edit(docs, id, |w| w.constraints.default_capacity = n.clamp(1, MAX_CAPACITY));
                        }
                    })),
        )
}

fn participant_link(docs: DocState<Workshops>, id: u64) -> El {
    let info = move || read(docs, id, |w| w.info.clone());
    el("section")
        .class("join-link")
        .attr("aria-labelledby", "link-heading")
        .child(el("h2").id("link-heading").text("Participant link"))
        .region(info, |info| {
            if info.name.trim().is_empty() {
                return vec![tx("p", "note", "Give the workshop a name to make its link.")];
            }
            let url = address(&Route::Join(info.code()));
            let mut out = vec![
                tx("p", "", "Share this link (or project the QR code). It opens the profile form on any phone; the setup travels inside the link, so no server is involved."),
                code_box("join-url", &format!("Link ({} characters)", url.len()), &url),
            ];
            if crate::domain::links::is_local_address(&url) {
                out.insert(1, tx("p", "warning", "This copy of Wayfinder runs on this computer only, so participants' phones cannot open this link. Share the link from the copy at your public address (see \u{201c}Hosting a workshop\u{201d} in the README); the workshop can be moved there with a backup from My data."));
            }
            out.extend(qr_image(&url, "QR code of the participant link"));
            out
        })
}

fn import_section(docs: DocState<Workshops>, id: u64) -> El {
    let pasted = RwSignal::new(String::new());
    let report = RwSignal::new(None::<Report>);
    let run = move |texts: Vec<(String, String)>| {
        let mut r = Report::default();
        edit(docs, id, |w| {
            for (source, text) in &texts {
                import_text(w, text, source, &mut r);
            }
        });
        report.set(Some(r));
    };
    let on_paste = move || {
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            report.set(Some(Report {
                problems: vec!["Paste one or more profile codes first.".into()],
                ..Report::default()
            }));
            return;
        }
        run(vec![(String::new(), text)]);
        pasted.set(String::new());
    };
    let on_files = move |ev: web_sys::Event| {
        let Some(list) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| i.files())
        else {
            return;
        };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        leptos::task::spawn_local(async move {
            let mut texts = Vec::new();
            let mut r = Report::default();
            for f in files {
                let name = f.name();
                if f.size() > (MAX_IMPORT_CHARS * 4) as f64 {
                    r.problems.push(format!("{name}: too large to import."));
                    continue;
                }
                match read_file_text(&f).await {
                    Ok(t) => texts.push((name, t)),
                    Err(e) => r.problems.push(format!("{name}: {e}.")),
                }
            }
            edit(docs, id, |w| {
                for (source, text) in &texts {
                    import_text(w, text, source, &mut r);
                }
            });
            report.set(Some(r));
        });
    };
    let columns = CSV_COLUMNS
        .iter()
        .map(|(c, what)| {
            el("tr")
                .child(el("td").child(el("code").text(c)))
                .child(el("td").text(what))
        })
        .collect();
    el("section")
        .class("import no-print")
        .attr("aria-labelledby", "import-heading")
        .child(el("h2").id("import-heading").text("Bring in profiles"))
        .child(
            el("div").class("field")
                .child(el("label").attr("for", "import-codes").text("Paste profile codes (as many as you like, one per line)"))
                .child(el("textarea").id("import-codes").attr("rows", "4").attr("spellcheck", "false")
                    .dyn_value(move || pasted.get()).on_input(move |v| pasted.set(v))),
        )
        .child(button("Import codes", "").on_click(on_paste))
        .child(
            el("div").class("field")
                .child(el("label").attr("for", "import-files").text("Or pick files: profile code files, or a CSV"))
                .child(el("input").id("import-files").attr("type", "file").attr("multiple", "").attr("accept", ".txt,.csv,text/plain,text/csv").on("change", on_files)),
        )
        .child(el("details").child(el("summary").text("CSV columns (for a form export)")).child(tx("p", "", "The first line names the columns, in any order; only name is required; other columns are ignored. Lists use ; between items.")).child(table("CSV columns", &["Column", "What it holds"], columns)))
        .child(el("div").attr("role", "status").class("import-report").region(move || report.get(), |r| {
            let Some(r) = r else { return vec![] };
            let mut out = vec![tx("p", "success", &r.summary())];
            if !r.notes.is_empty() {
                out.push(el("p").text("Read with changes:"));
                out.push(el("ul").class("notes").kids(r.notes.iter().map(|p| el("li").text(p)).collect()));
            }
            if !r.problems.is_empty() {
                out.push(el("ul").class("problems").kids(r.problems.iter().map(|p| el("li").text(p)).collect()));
            }
            out
        }))
}

fn participants(docs: DocState<Workshops>, id: u64) -> El {
    let key = move || read(docs, id, |w| (w.updated_at, w.participants.len()));
    el("section")
        .attr("aria-labelledby", "people-heading")
        .child(
            el("h2")
                .id("people-heading")
                .attr("tabindex", "-1")
                .dyn_text(move || {
                    format!(
                        "Participants ({})",
                        read(docs, id, |w| w.participants.len())
                    )
                }),
        )
        .region(key, move |_| {
            docs.doc.with_untracked(|d| {
                let Some(w) = d.workshops.get(id) else {
                    return vec![];
                };
                if w.participants.is_empty() {
                    return vec![tx(
                        "p",
                        "note",
                        "No one yet. Share the link, then paste the codes people send you above.",
                    )];
                }
                let rows = w
                    .participants
                    .iter()
                    .map(|p| {
                        let pid = p.id;
                        el("tr")
                            .child(el("td").text(&p.name))
                            .child(el("td").text(p.role.name()))
                            .child(el("td").text(&p.contact))
                            .child(
                                el("td").child(
                                    button("Remove", "link")
                                        .attr("aria-label", &format!("Remove {}", p.name))
                                        .on_click(move || {
                                            edit(docs, id, |w| w.remove(pid));
                                            super::refocus("people-heading");
                                        }),
                                ),
                            )
                    })
                    .collect();
                vec![table(
                    "Participants",
                    &["Name", "Role", "Contact", ""],
                    rows,
                )]
            })
        })
}

fn delete_section(docs: DocState<Workshops>, id: u64) -> El {
    let asking = RwSignal::new(false);
    el("section").class("danger-zone no-print").region(move || asking.get(), move |ask| {
        if !ask {
            return vec![button("Delete this workshop", "danger").on_click(move || asking.set(true))];
        }
        vec![
            tx("p", "", "Delete this workshop and every profile in it from this device? This cannot be undone."),
            button("Yes, delete it", "danger").on_click(move || {
                if docs.update(|d| d.workshops.remove(id, now_ms())).is_some() {
                    go(&Route::Workshop);
                }
            }),
            button("Keep it", "").on_click(move || asking.set(false)),
        ]
    })
}
