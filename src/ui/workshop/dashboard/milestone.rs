//! One milestone of the dashboard: picked from the plan (the latest one
//! due, to begin with), then its rate, the pairs not heard from with a
//! reminder to send them, the pairs at risk, the group's figures or why
//! they are hidden, and the comments; printed, or every milestone as a
//! CSV file under the same rules (`domain::workshop::dashboard_csv`).

use crate::domain::route::Route;
use crate::domain::workshop::dashboard::{milestone_report, reminder, MilestoneReport};
use crate::domain::workshop::dashboard_csv::program_csv;
use crate::domain::workshop::document::Workshops;
use crate::domain::workshop::outputs::file_name;
use crate::domain::workshop::survey::Survey;
use crate::ui::browser::download;
use crate::ui::clock::today_iso;
use crate::ui::components::{CodeBox, FieldError, Lines, PrintButton, SelectField};
use crate::ui::router::address;
use crate::ui::state::DocState;
use crate::ui::workshop::setup::read;
use leptos::prelude::*;

#[component]
pub(super) fn MilestoneReportView(docs: DocState<Workshops>, id: u64) -> impl IntoView {
    let today = today_iso();
    let options = read(docs, id, |w| {
        w.program.as_ref().map_or(Vec::new(), |p| {
            p.milestones
                .iter()
                .enumerate()
                .map(|(i, m)| (i.to_string(), m.label()))
                .collect::<Vec<_>>()
        })
    });
    // The latest milestone due, or the first.
    let due = read(docs, id, |w| {
        w.program.as_ref().map_or(0, |p| {
            p.milestones
                .iter()
                .rposition(|m| m.date <= today)
                .unwrap_or(0)
        })
    });
    let picked = RwSignal::new(due);
    let report = Memo::new(move |_| {
        let i = picked.get();
        read(docs, id, |w| {
            let m = w.program.as_ref()?.milestones.get(i)?;
            let link = address(&Route::Survey(Survey::for_milestone(&w.info, m).code()));
            Some((milestone_report(w, m), reminder(w, m, &link)))
        })
    });
    let failed = RwSignal::new(None::<String>);
    let download_csv = move |_| {
        let file = read(docs, id, |w| {
            (file_name(w.title(), "-program.csv"), program_csv(w))
        });
        failed.set(download(&file.0, "text/csv", &file.1).err());
    };
    let shown = move || {
        report
            .get()
            .map(|(r, text)| view! { <Report report=r reminder=text /> })
    };
    view! {
        <section class="milestone-report" aria-labelledby="milestone-heading">
            <h2 id="milestone-heading">"Milestone"</h2>
            <div class="no-print">
                <SelectField
                    id="program-milestone"
                    label="Show the answers for"
                    options
                    selected=due.to_string()
                    on_change=Callback::new(move |v: String| {
                        if let Ok(i) = v.parse() {
                            picked.set(i)
                        }
                    })
                />
            </div>
            {shown}
            <div class="actions no-print">
                <PrintButton label="Print this milestone" />
                <button
                    type="button"
                    class="secondary"
                    aria-describedby="milestone-download-error"
                    on:click=download_csv
                >
                    "Download every milestone (CSV)"
                </button>
            </div>
            <FieldError id="milestone-download-error" message=failed.into() />
        </section>
    }
}

/// What one milestone's answers say.
#[component]
fn Report(report: MilestoneReport, reminder: String) -> impl IntoView {
    let group = report.group.lines();
    let remind = (!report.not_heard.is_empty()).then(|| {
        let to = report.remind.join(", ");
        view! {
            <details class="no-print">
                <summary>"A reminder to send"</summary>
                <p>{format!("To: {to}")}</p>
                <CodeBox id="program-reminder" label="Reminder" text=reminder />
            </details>
        }
    });
    view! {
        <p class="rate">{report.rate}</p>
        <h3>"Pairs not heard from"</h3>
        <Lines items=report.not_heard empty="Every pair has answered." />
        {remind}
        <h3>"Pairs at risk"</h3>
        <Lines items=report.at_risk empty="No answer so far puts a pair at risk." />
        <h3>"The group"</h3>
        <Lines items=group empty="" />
        <h3>"Comments"</h3>
        <Lines items=report.comments empty="No comments." />
    }
}
