//! "What do I need now?": yes/no/not-sure questions and one choice of
//! what the person wants most (native radio groups), scored by
//! `domain::guide::diagnostic`; the result names the answers behind it,
//! what else to consider and next steps, is saved with its local date, and
//! is compared with the previous result so changing needs show.

use super::back_to_guide;
use crate::domain::guide::diagnostic::{
    changes, score, Answer, DiagnosticResult, Need, QUESTIONS, WISH_QUESTION,
};
use crate::domain::route::Route;
use crate::ui::browser::focus_by_id;
use crate::ui::clock::local_iso;
use crate::ui::dom::stamp;
use crate::ui::dom::{el, tx, El};
use crate::ui::state::{new_id, now_ms, use_app};
use crate::ui::widgets::{heading, link, screen};
use leptos::prelude::*;

const RESULT_ID: &str = "needs-result";

fn list(items: &[&str]) -> El {
    el("ul").kids(items.iter().map(|i| el("li").text(i)).collect())
}

fn result_view(r: &DiagnosticResult, before: Option<&DiagnosticResult>) -> El {
    let outcome = score(&r.answers, r.wish);
    let mut out = el("div")
        .class("callout result")
        .id(RESULT_ID)
        .attr("tabindex", "-1")
        .child(el("h2").text(&format!("Your result, {}", local_iso(r.taken_at))))
        .child(el("p").child(el("strong").text(r.verdict.headline())));
    if !outcome.reasons.is_empty() {
        out = out
            .child(el("p").text("Because:"))
            .child(list(&outcome.reasons));
    }
    if !outcome.also.is_empty() {
        out = out
            .child(el("h3").text("Also consider"))
            .child(list(&outcome.also));
    }
    out = out
        .child(el("h3").text("Next steps"))
        .child(list(r.verdict.next_steps()))
        .child(
            el("ul").class("more").kids(
                r.verdict
                    .follow_ups()
                    .iter()
                    .chain(outcome.links.iter())
                    .map(|(h, t)| el("li").child(link(h, t)))
                    .collect(),
            ),
        );
    if let Some(b) = before {
        let (gained, dropped) = changes(b, r);
        let mut c = el("div").class("changes").child(el("h3").text(&format!(
            "Since {}: then {}, now {}",
            local_iso(b.taken_at),
            b.verdict.short(),
            r.verdict.short()
        )));
        if !gained.is_empty() {
            c = c
                .child(el("p").text("New since then:"))
                .child(list(&gained));
        }
        if !dropped.is_empty() {
            c = c
                .child(el("p").text("No longer true:"))
                .child(list(&dropped));
        }
        if gained.is_empty() && dropped.is_empty() {
            c = c.child(el("p").text("The same answers as then."));
        }
        out = out.child(c);
    }
    out
}

pub fn diagnostic_screen() -> El {
    let guide = use_app().guide;
    // Starts from the last answers, so re-taking means changing what moved.
    let answers = RwSignal::new(guide.doc.with_untracked(|g| {
        g.history()
            .first()
            .map(|r| r.answers.clone())
            .unwrap_or_default()
    }));
    let wish = RwSignal::new(
        guide
            .doc
            .with_untracked(|g| g.history().first().and_then(|r| r.wish)),
    );
    let answer_of =
        move |id: &str| answers.with(|a| a.iter().find(|(q, _)| q == id).map(|(_, x)| *x));
    let submit = move || {
        let a = answers.get_untracked();
        let w = wish.get_untracked();
        let now = now_ms();
        let result = DiagnosticResult {
            id: new_id(),
            taken_at: now,
            verdict: score(&a, w).verdict,
            answers: a,
            wish: w,
        };
        if guide.update(|g| g.add_result(result)).is_some() {
            request_animation_frame(|| focus_by_id(RESULT_ID));
        }
    };
    let questions = QUESTIONS
        .iter()
        .enumerate()
        .map(|(n, q)| {
            let qid = q.id;
            el("fieldset")
                .class("question")
                .child(el("legend").text(&format!("{}. {}", n + 1, q.text)))
                .child(
                    el("div").class("row").kids(
                        Answer::ALL
                            .iter()
                            .map(|&ans| {
                                el("label")
                                    .class("choice")
                                    .child(
                                        el("input")
                                            .attr("type", "radio")
                                            .attr("name", qid)
                                            .id(&format!("{qid}-{}", Answer::NAMES[ans as usize]))
                                            .dyn_flag("checked", move || {
                                                answer_of(qid) == Some(ans)
                                            })
                                            .on("change", move |_| {
                                                answers.update(|a| {
                                                    a.retain(|(q, _)| q != qid);
                                                    a.push((qid.to_string(), ans));
                                                })
                                            }),
                                    )
                                    .text(ans.label())
                            })
                            .collect(),
                    ),
                )
        })
        .collect();
    let wish_choices: Vec<(Option<Need>, &str, &str)> = Need::ALL
        .iter()
        .map(|n| (Some(*n), Need::NAMES[*n as usize], n.wish_label()))
        .chain([(None, "unsure", "Not sure")])
        .collect();
    let wish_question = el("fieldset")
        .class("question")
        .child(el("legend").text(&format!("{}. {WISH_QUESTION}", QUESTIONS.len() + 1)))
        .child(
            el("div").class("row").kids(
                wish_choices
                    .into_iter()
                    .map(|(need, name, label)| {
                        el("label")
                            .class("choice")
                            .child(
                                el("input")
                                    .attr("type", "radio")
                                    .attr("name", "wish")
                                    .id(&format!("wish-{name}"))
                                    .dyn_flag("checked", move || wish.get() == need)
                                    .on("change", move |_| wish.set(need)),
                            )
                            .text(label)
                    })
                    .collect(),
            ),
        );
    let history = move || {
        guide
            .doc
            .with(|g| stamp(g.results.items.iter().map(|r| (r.id, r.taken_at))))
    };
    screen("needs")
        .child(back_to_guide())
        .child(heading("What do I need now?"))
        .child(tx("p", "lead", "A few questions about where you are, and what you want most. The answer says whether a mentor, a sponsor, both or a program would help most now, which of your answers led there, and what else to consider. Results are kept with their date on this device, so you can see how your needs change."))
        .child(
            el("form")
                .attr("novalidate", "")
                .on_submit(submit)
                .kids(questions)
                .child(wish_question)
                .child(tx("p", "hint", "Questions you skip count as \"not sure\"."))
                .child(el("button").attr("type", "submit").text("See what I need")),
        )
        .region(history, move |_| {
            let h: Vec<DiagnosticResult> =
                guide.doc.with_untracked(|g| g.history().into_iter().cloned().collect());
            let Some(latest) = h.first() else {
                return vec![tx("p", "note", "No results yet: answer the questions and press \"See what I need\".")];
            };
            let past = el("ol").class("record-list").kids(
                h.iter()
                    .map(|r| {
                        el("li")
                            .class("record-row")
                            .text(&format!("{}: {}", local_iso(r.taken_at), r.verdict.short()))
                    })
                    .collect(),
            );
            vec![
                result_view(latest, h.get(1)),
                el("h2").text("All results"),
                past,
            ]
        })
        .child(el("p").class("no-print").child(link(&Route::GuidePage("differences".into()).to_hash(), "Mentor or sponsor: the differences")))
}
