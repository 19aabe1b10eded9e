//! The survey's questions as the link carries them, each answered as it
//! asks (a 1–5 scale, a choice, yes or no, a short text), and the tick
//! that lets a comment go with the participant's name.

use super::{Answers, Stage, STAGE_HEADING};
use crate::domain::workshop::response::Answer;
use crate::domain::workshop::survey::{ids, Question, QuestionKind, MAX_ANSWER_CHARS, SCALE_TOP};
use crate::ui::components::{Checkbox, Radio, TextField};
use leptos::prelude::*;

#[component]
pub(super) fn Questions(answers: Answers, partner: String) -> impl IntoView {
    let questions = answers
        .survey
        .with_value(|s| s.questions.clone())
        .into_iter()
        .map(|question| view! { <Ask answers question /> })
        .collect_view();
    let preview = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        answers.go_to(Stage::Preview);
    };
    view! {
        <form class="survey-form" novalidate on:submit=preview>
            <h2 id=STAGE_HEADING tabindex="-1">"Your answers"</h2>
            <p class="note">{format!("About your mentoring with {partner}.")}</p>
            {questions}
            <button type="submit" class="primary">"Preview what I will share"</button>
        </form>
    }
}

/// One question, answered as its kind asks.
#[component]
fn Ask(answers: Answers, question: Question) -> impl IntoView {
    let id = question.id.clone();
    let answer = {
        let id = id.clone();
        move || answers.response.with(|r| r.answer(&id).cloned())
    };
    let set = {
        let id = id.clone();
        move |a: Option<Answer>| answers.edit(|s, r| r.set(s, &id, a))
    };
    let choices = |picks: Vec<(String, Answer)>| {
        let group = format!("q-{id}");
        let radios = picks
            .into_iter()
            .enumerate()
            .map(|(i, (label, value))| {
                let (mine, set, answer) = (value.clone(), set.clone(), answer.clone());
                view! {
                    <Radio
                        name=group.clone()
                        id=format!("{group}-{i}")
                        label
                        checked=Signal::derive(move || answer().as_ref() == Some(&mine))
                        on_pick=Callback::new(move |()| set(Some(value.clone())))
                    />
                }
            })
            .collect_view();
        view! {
            <fieldset class="question">
                <legend>{question.text.clone()}</legend>
                {radios}
            </fieldset>
        }
        .into_any()
    };
    match &question.kind {
        QuestionKind::Scale { low, high } => choices(
            (1..=SCALE_TOP)
                .map(|n| {
                    let words = match n {
                        1 => format!("1 — {low}"),
                        n if n == SCALE_TOP => format!("{n} — {high}"),
                        n => n.to_string(),
                    };
                    (words, Answer::Scale(n))
                })
                .collect(),
        ),
        QuestionKind::Choice { options } => choices(
            options
                .iter()
                .zip(0u8..)
                .map(|(o, i)| (o.clone(), Answer::Choice(i)))
                .collect(),
        ),
        QuestionKind::YesNo => choices(vec![
            ("Yes".into(), Answer::YesNo(true)),
            ("No".into(), Answer::YesNo(false)),
        ]),
        QuestionKind::Text => {
            let start = match answer() {
                Some(Answer::Text(t)) => t,
                _ => String::new(),
            };
            let name_tick = (id == ids::COMMENT).then(|| {
                view! {
                    <Checkbox
                        id="q-comment-name"
                        label="My name may go with this comment (without the tick it is shown without your name)"
                        checked=Signal::derive(move || answers.response.with(|r| r.name_with_comment))
                        on_change=Callback::new(move |on| answers.edit(|_, r| r.name_with_comment = on))
                    />
                }
            });
            view! {
                <TextField
                    id=format!("q-{id}")
                    label=question.text.clone()
                    value=start
                    rows=3
                    maxlength=MAX_ANSWER_CHARS as u32
                    on_input=Callback::new(move |v: String| {
                        set((!v.is_empty()).then_some(Answer::Text(v)))
                    })
                />
                {name_tick}
            }
            .into_any()
        }
    }
}
