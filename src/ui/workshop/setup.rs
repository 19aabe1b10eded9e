//! One workshop (`#/workshop/<id>`): its setup (name, dates, contact,
//! competencies, questions, identity dimensions, default capacity), the
//! participant link with a copy button and a QR code, the import of
//! profile codes, files and CSV with a report per line, and the
//! participants, each removable.

use super::paste_or_files::{Brought, ImportOutcome, PasteOrFiles};
use super::program::ProgramPlanner;
use super::qr::QrCode;
use super::{refocus, BackToWorkshops, WorkshopNotFound};
use crate::domain::assessment::framework::COMPETENCIES;
use crate::domain::route::Route;
use crate::domain::workshop::document::{Workshop, Workshops, MAX_CAPACITY};
use crate::domain::workshop::import::{import_text, Report, CSV_COLUMNS, MAX_IMPORT_CHARS};
use crate::domain::workshop::setup::{toggle, Identity, Question};
use crate::ui::components::{
    row_key, AskTwice, Checkbox, CodeBox, Screen, ScreenHeading, Table, TextField,
};
use crate::ui::documents::use_doc;
use crate::ui::router::{address, go};
use crate::ui::state::{now_ms, DocState};
use leptos::prelude::*;

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

/// `#/workshop/<id>`: one workshop's setup, link, import and people.
#[component]
pub fn WorkshopScreen(id: u64) -> impl IntoView {
    let docs = use_doc::<Workshops>();
    let Some(w) = docs.doc.with_untracked(|d| d.workshops.get(id).cloned()) else {
        return view! { <WorkshopNotFound /> }.into_any();
    };
    let reminder = move || {
        read(docs, id, Workshop::background_reminder)
            .map(|text| view! { <p class="warning background-reminder">{text}</p> })
    };
    view! {
        <Screen class="wide workshop">
            <BackToWorkshops />
            <ScreenHeading text=format!("Workshop: {}", w.title()) />
            <SetupForm docs workshop=w />
            <ParticipantLink docs id />
            <Import docs id />
            <Participants docs id />
            <div role="status">{reminder}</div>
            <ProgramPlanner docs id />
            <p class="next-step">
                <a href=Route::WorkshopMatch(id).to_hash()>"Open the matching wizard →"</a>
            </p>
            <p class="next-step">
                <a href=Route::WorkshopProgram(id).to_hash()>"Open the program dashboard →"</a>
            </p>
            <DeleteWorkshop docs id />
        </Screen>
    }
    .into_any()
}

/// A fieldset of ticks with its legend and an optional note.
#[component]
fn Ticks(
    legend: &'static str,
    #[prop(optional)] note: &'static str,
    children: Children,
) -> impl IntoView {
    let note = (!note.is_empty()).then(|| view! { <p class="note">{note}</p> });
    view! {
        <fieldset class="ticks">
            <legend>{legend}</legend>
            {note}
            {children()}
        </fieldset>
    }
}

/// Name, dates, contact, what to ask, and the default capacity.
#[component]
fn SetupForm(docs: DocState<Workshops>, workshop: Workshop) -> impl IntoView {
    let id = workshop.id;
    let info = &workshop.info;
    let order = StoredValue::new(
        COMPETENCIES
            .iter()
            .map(|c| c.id.to_string())
            .collect::<Vec<_>>(),
    );
    let competencies = COMPETENCIES
        .iter()
        .map(|c| {
            let cid = c.id.to_string();
            let has = cid.clone();
            view! {
                <Checkbox
                    id=format!("ask-{cid}")
                    label=c.name
                    checked=Signal::derive(move || read(docs, id, |w| w.info.competencies.contains(&has)))
                    on_change=Callback::new(move |on| {
                        order.with_value(|o| edit(docs, id, |w| toggle(&mut w.info.competencies, &cid, on, o)))
                    })
                />
            }
        })
        .collect_view();
    let questions = Question::ALL
        .iter()
        .map(|&q| {
            view! {
                <Checkbox
                    id=format!("ask-{}", Question::NAMES[q as usize])
                    label=q.label()
                    checked=Signal::derive(move || read(docs, id, |w| w.info.asks(q)))
                    on_change=Callback::new(move |on| {
                        edit(docs, id, |w| toggle(&mut w.info.questions, &q, on, &Question::ALL))
                    })
                />
            }
        })
        .collect_view();
    let identity = Identity::ALL
        .iter()
        .map(|&d| {
            view! {
                <Checkbox
                    id=format!("ask-{}", Identity::NAMES[d as usize])
                    label=d.label()
                    checked=Signal::derive(move || read(docs, id, |w| w.info.identity.contains(&d)))
                    on_change=Callback::new(move |on| {
                        edit(docs, id, |w| toggle(&mut w.info.identity, &d, on, &Identity::ALL))
                    })
                />
            }
        })
        .collect_view();
    let text = move |set: fn(&mut Workshop, String)| {
        Callback::new(move |v: String| edit(docs, id, |w| set(w, v)))
    };
    let capacity = Callback::new(move |v: String| {
        if let Ok(n) = v.parse::<u32>() {
            edit(docs, id, |w| {
                w.constraints.default_capacity = n.clamp(1, MAX_CAPACITY)
            });
        }
    });
    view! {
        <form class="workshop-setup" novalidate on:submit=|ev| ev.prevent_default()>
            <h2>"Setup"</h2>
            <TextField id="ws-name" label="Workshop name" value=info.name.clone() on_input=text(|w, v| w.info.name = v) />
            <TextField id="ws-dates" label="Dates" value=info.dates.clone() on_input=text(|w, v| w.info.dates = v) />
            <TextField
                id="ws-contact"
                label="Your contact (email), for participants' questions"
                value=info.contact.clone()
                on_input=text(|w, v| w.info.contact = v)
            />
            <Ticks legend="Competencies to ask about">{competencies}</Ticks>
            <Ticks legend="Optional questions" note="Ask only what you will use for matching.">
                {questions}
            </Ticks>
            <Ticks
                legend="Identity questions (each optional for participants, with consent)"
                note="Participants decide, one question at a time, whether to share, and whether they want someone of the same or a different background. Answers reach only you, in their profile code."
            >
                {identity}
            </Ticks>
            <TextField
                id="ws-capacity"
                label="Mentees per mentor (default)"
                kind="number"
                min="1"
                max=MAX_CAPACITY.to_string()
                value=workshop.constraints.default_capacity.to_string()
                on_input=capacity
            />
        </form>
    }
}

/// The link participants open, with its QR code, once the workshop has a
/// name.
#[component]
fn ParticipantLink(docs: DocState<Workshops>, id: u64) -> impl IntoView {
    let info = Memo::new(move |_| read(docs, id, |w| w.info.clone()));
    let link = move || {
        let info = info.get();
        if info.name.trim().is_empty() {
            return view! { <p class="note">"Give the workshop a name to make its link."</p> }
                .into_any();
        }
        let url = address(&Route::Join(info.code()));
        let local = crate::domain::links::is_local_address(&url).then(|| {
            view! {
                <p class="warning">
                    "This copy of Wayfinder runs on this computer only, so participants' phones cannot open this link. Share the link from the copy at your public address (see “Hosting a workshop” in the README); the workshop can be moved there with a backup from My data."
                </p>
            }
        });
        let label = format!("Link ({} characters)", url.len());
        view! {
            <p>
                "Share this link (or project the QR code). It opens the profile form on any phone; the setup travels inside the link, so no server is involved."
            </p>
            {local}
            <CodeBox id="join-url" label text=url.clone() />
            <QrCode text=url alt="QR code of the participant link" />
        }
        .into_any()
    };
    view! {
        <section class="join-link" aria-labelledby="link-heading">
            <h2 id="link-heading">"Participant link"</h2>
            {link}
        </section>
    }
}

/// Profile codes pasted or picked as files (codes or a CSV), with a
/// report of what was added, updated, read differently or left out.
#[component]
fn Import(docs: DocState<Workshops>, id: u64) -> impl IntoView {
    let report = RwSignal::new(None::<Report>);
    let on_texts = Callback::new(move |(texts, problems): Brought| {
        let mut r = Report {
            problems,
            ..Report::default()
        };
        if !texts.is_empty() {
            edit(docs, id, |w| {
                for (source, text) in &texts {
                    import_text(w, text, source, &mut r);
                }
            });
        }
        report.set(Some(r));
    });
    let columns = CSV_COLUMNS
        .iter()
        .map(|(column, what)| {
            view! {
                <tr>
                    <td>
                        <code>{*column}</code>
                    </td>
                    <td>{*what}</td>
                </tr>
            }
        })
        .collect_view();
    let outcome = move || {
        report.get().map(|r| {
            view! { <ImportOutcome summary=r.summary() notes=r.notes problems=r.problems /> }
        })
    };
    view! {
        <section class="import no-print" aria-labelledby="import-heading">
            <h2 id="import-heading">"Bring in profiles"</h2>
            <PasteOrFiles
                id="import"
                paste_label="Paste profile codes (as many as you like, one per line)"
                button="Import codes"
                files_label="Or pick files: profile code files, or a CSV"
                accept=".txt,.csv,text/plain,text/csv"
                max_bytes=MAX_IMPORT_CHARS * 4
                empty="Paste one or more profile codes first."
                on_texts
            />
            <details>
                <summary>"CSV columns (for a form export)"</summary>
                <p>
                    "The first line names the columns, in any order; only name is required; other columns are ignored. Lists use ; between items."
                </p>
                <Table caption="CSV columns" headers=vec!["Column".into(), "What it holds".into()]>
                    {columns}
                </Table>
            </details>
            <div role="status" class="import-report">{outcome}</div>
        </section>
    }
}

/// One participant as the table shows them.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
struct Person {
    id: u64,
    name: String,
    role: &'static str,
    contact: String,
}

/// The participants, each removable (focus then goes to the heading).
#[component]
fn Participants(docs: DocState<Workshops>, id: u64) -> impl IntoView {
    let people = Memo::new(move |_| {
        read(docs, id, |w| {
            w.participants
                .iter()
                .map(|p| Person {
                    id: p.id,
                    name: p.name.clone(),
                    role: p.role.name(),
                    contact: p.contact.clone(),
                })
                .collect::<Vec<_>>()
        })
    });
    let row = move |p: Person| {
        let pid = p.id;
        let remove = move |_| {
            edit(docs, id, |w| w.remove(pid));
            refocus("people-heading");
        };
        view! {
            <tr>
                <td>{p.name.clone()}</td>
                <td>{p.role}</td>
                <td>{p.contact}</td>
                <td>
                    <button type="button" class="link" aria-label=format!("Remove {}", p.name) on:click=remove>
                        "Remove"
                    </button>
                </td>
            </tr>
        }
    };
    let nobody = move || people.with(Vec::is_empty);
    view! {
        <section aria-labelledby="people-heading">
            <h2 id="people-heading" tabindex="-1">
                {move || format!("Participants ({})", people.with(Vec::len))}
            </h2>
            <Show
                when=nobody
                fallback=move || {
                    view! {
                        <Table
                            caption="Participants"
                            headers=vec!["Name".into(), "Role".into(), "Contact".into(), String::new()]
                        >
                            <For each=move || people.get() key=row_key children=row />
                        </Table>
                    }
                }
            >
                <p class="note">"No one yet. Share the link, then paste the codes people send you above."</p>
            </Show>
        </section>
    }
}

/// "Delete this workshop", asked twice.
#[component]
fn DeleteWorkshop(docs: DocState<Workshops>, id: u64) -> impl IntoView {
    let delete = Callback::new(move |()| {
        if docs.update(|d| d.workshops.remove(id, now_ms())).is_some() {
            go(&Route::Workshop);
        }
    });
    view! {
        <AskTwice
            ask="Delete this workshop"
            ask_class="danger"
            question="Delete this workshop and every profile in it from this device? This cannot be undone."
            confirm="Yes, delete it"
            confirm_id="delete-workshop-confirm"
            cancel="Keep it"
            on_confirm=delete
        />
    }
}
