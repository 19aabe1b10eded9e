//! "What do I need now?": yes/no/not-sure questions and one choice of
//! what the person wants most (native radio groups), scored by
//! `domain::guide::diagnostic`; the result names the answers behind it,
//! what else to consider and next steps, is saved with its local date, and
//! is compared with the previous result so changing needs show.

use super::BackToGuide;
use crate::domain::guide::diagnostic::{
    changes, score, Answer, DiagnosticResult, Need, QUESTIONS, WISH_QUESTION,
};
use crate::domain::route::Route;
use crate::ui::browser::focus_by_id;
use crate::ui::clock::local_iso;
use crate::ui::components::{Radio, Screen, ScreenHeading};
use crate::ui::router::href;
use crate::ui::state::{new_id, now_ms, use_app};
use leptos::prelude::*;

const RESULT_ID: &str = "needs-result";

/// A list of lines.
#[component]
fn Lines(items: Vec<&'static str>) -> impl IntoView {
    let items = items
        .into_iter()
        .map(|i| view! { <li>{i}</li> })
        .collect_view();
    view! { <ul>{items}</ul> }
}

/// The latest result: the verdict and why, what else to consider, next
/// steps, and what changed since the result `before` it.
#[component]
fn Result(result: DiagnosticResult, before: Option<DiagnosticResult>) -> impl IntoView {
    let outcome = score(&result.answers, result.wish);
    let because = (!outcome.reasons.is_empty()).then(|| {
        view! {
            <p>"Because:"</p>
            <Lines items=outcome.reasons.clone() />
        }
    });
    let also = (!outcome.also.is_empty()).then(|| {
        view! {
            <h3>"Also consider"</h3>
            <Lines items=outcome.also.clone() />
        }
    });
    let more = result
        .verdict
        .follow_ups()
        .iter()
        .chain(outcome.links.iter())
        .map(|(link, text)| view! { <li><a href=*link>{*text}</a></li> })
        .collect_view();
    let since = before.map(|before| {
        let (gained, dropped) = changes(&before, &result);
        let same = (gained.is_empty() && dropped.is_empty())
            .then(|| view! { <p>"The same answers as then."</p> });
        let gained =
            (!gained.is_empty()).then(|| view! { <p>"New since then:"</p><Lines items=gained /> });
        let dropped = (!dropped.is_empty())
            .then(|| view! { <p>"No longer true:"</p><Lines items=dropped /> });
        view! {
            <div class="changes">
                <h3>
                    {format!(
                        "Since {}: then {}, now {}",
                        local_iso(before.taken_at),
                        before.verdict.short(),
                        result.verdict.short(),
                    )}
                </h3>
                {gained}
                {dropped}
                {same}
            </div>
        }
    });
    view! {
        <div class="callout result" id=RESULT_ID tabindex="-1">
            <h2>{format!("Your result, {}", local_iso(result.taken_at))}</h2>
            <p><strong>{result.verdict.headline()}</strong></p>
            {because}
            {also}
            <h3>"Next steps"</h3>
            <Lines items=result.verdict.next_steps().to_vec() />
            <ul class="more">{more}</ul>
            {since}
        </div>
    }
}

/// `#/guide/needs`.
#[component]
pub fn NeedsScreen() -> impl IntoView {
    let guide = use_app().guide;
    // Starts from the last answers, so re-taking means changing what moved.
    let last = guide
        .doc
        .with_untracked(|g| g.history().first().map(|r| (r.answers.clone(), r.wish)));
    let (answers, wish) = last.unwrap_or_default();
    let answers = RwSignal::new(answers);
    let wish = RwSignal::new(wish);
    let submit = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        let (a, w) = (answers.get_untracked(), wish.get_untracked());
        let result = DiagnosticResult {
            id: new_id(),
            taken_at: now_ms(),
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
            let question = q.id;
            let choices = Answer::ALL
                .iter()
                .map(|&answer| {
                    view! {
                        <Radio
                            name=question
                            id=format!("{question}-{}", Answer::NAMES[answer as usize])
                            label=answer.label()
                            checked=Signal::derive(move || {
                                answers.with(|a| a.iter().any(|(q, x)| q == question && *x == answer))
                            })
                            on_pick=Callback::new(move |()| {
                                answers.update(|a| {
                                    a.retain(|(q, _)| q != question);
                                    a.push((question.to_string(), answer));
                                })
                            })
                        />
                    }
                })
                .collect_view();
            view! {
                <fieldset class="question">
                    <legend>{format!("{}. {}", n + 1, q.text)}</legend>
                    <div class="row">{choices}</div>
                </fieldset>
            }
        })
        .collect_view();
    let wishes = Need::ALL
        .iter()
        .map(|n| (Some(*n), Need::NAMES[*n as usize], n.wish_label()))
        .chain([(None, "unsure", "Not sure")])
        .map(|(need, name, label)| {
            view! {
                <Radio
                    name="wish"
                    id=format!("wish-{name}")
                    label
                    checked=Signal::derive(move || wish.get() == need)
                    on_pick=Callback::new(move |()| wish.set(need))
                />
            }
        })
        .collect_view();
    let history = Memo::new(move |_| {
        guide
            .doc
            .with(|g| g.history().into_iter().cloned().collect::<Vec<_>>())
    });
    let results = move || {
        let history = history.get();
        let Some(latest) = history.first().cloned() else {
            return view! {
                <p class="note">"No results yet: answer the questions and press \"See what I need\"."</p>
            }
            .into_any();
        };
        let past = history
            .iter()
            .map(|r| view! { <li class="record-row">{format!("{}: {}", local_iso(r.taken_at), r.verdict.short())}</li> })
            .collect_view();
        view! {
            <Result result=latest before=history.get(1).cloned() />
            <h2>"All results"</h2>
            <ol class="record-list">{past}</ol>
        }
        .into_any()
    };
    view! {
        <Screen class="needs">
            <BackToGuide />
            <ScreenHeading text="What do I need now?" />
            <p class="lead">
                "A few questions about where you are, and what you want most. The answer says whether a mentor, a sponsor, both or a program would help most now, which of your answers led there, and what else to consider. Results are kept with their date on this device, so you can see how your needs change."
            </p>
            <form novalidate on:submit=submit>
                {questions}
                <fieldset class="question">
                    <legend>{format!("{}. {WISH_QUESTION}", QUESTIONS.len() + 1)}</legend>
                    <div class="row">{wishes}</div>
                </fieldset>
                <p class="hint">"Questions you skip count as \"not sure\"."</p>
                <button type="submit">"See what I need"</button>
            </form>
            {results}
            <p class="no-print">
                <a href=href(&Route::GuidePage("differences".into()))>"Mentor or sponsor: the differences"</a>
            </p>
        </Screen>
    }
}
