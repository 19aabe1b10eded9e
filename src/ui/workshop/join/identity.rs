//! One optional identity question: a consent tick, and only once it is
//! ticked the choices, a self-description, "prefer not to say" and the
//! wish for the other person.

use super::Form;
use crate::domain::workshop::identity::IdentityAnswer;
use crate::domain::workshop::profile::Pref;
use crate::domain::workshop::setup::Identity;
use crate::ui::components::{Checkbox, Radio, TextField};
use leptos::prelude::*;

#[component]
pub(super) fn IdentityQuestion(form: Form, dimension: Identity) -> impl IntoView {
    let key = Identity::NAMES[dimension as usize];
    let label = dimension.label().to_ascii_lowercase();
    let shared = move || form.with(|p| p.identity.iter().any(|a| a.dimension == dimension));
    let consent = move |on: bool| {
        form.edit(|p| {
            p.identity.retain(|a| a.dimension != dimension);
            if on {
                p.identity.push(IdentityAnswer::new(dimension));
            }
        })
    };
    view! {
        <fieldset class="identity">
            <legend>{dimension.label()}</legend>
            <Checkbox
                id=format!("consent-{key}")
                label=format!("I agree to share my {label} with the facilitator for matching")
                checked=Signal::derive(shared)
                on_change=Callback::new(consent)
            />
            <Show when=shared>
                <Answer form dimension />
            </Show>
        </fieldset>
    }
}

/// The answer itself, shown once consent is ticked.
#[component]
fn Answer(form: Form, dimension: Identity) -> impl IntoView {
    let key = Identity::NAMES[dimension as usize];
    let label = dimension.label().to_ascii_lowercase();
    let edit = move |f: &dyn Fn(&mut IdentityAnswer)| {
        form.edit(|p| {
            if let Some(a) = p.identity.iter_mut().find(|a| a.dimension == dimension) {
                f(a)
            }
        })
    };
    let answer = move |f: &dyn Fn(&IdentityAnswer) -> bool| {
        form.with(|p| p.identity.iter().any(|a| a.dimension == dimension && f(a)))
    };
    let described = form.profile.with_untracked(|p| {
        p.identity
            .iter()
            .find(|a| a.dimension == dimension)
            .map(|a| a.described.clone())
            .unwrap_or_default()
    });
    let several = dimension.several();
    let choices = dimension
        .choices()
        .iter()
        .map(|choice| {
            let id = choice.id;
            let checked = Signal::derive(move || answer(&|a| a.choices.iter().any(|c| c == id)));
            let field = format!("id-{key}-{id}");
            if several {
                view! {
                    <Checkbox
                        id=field
                        label=choice.label
                        checked
                        on_change=Callback::new(move |on| {
                            edit(&|a| {
                                a.choices.retain(|x| x != id);
                                if on {
                                    a.choices.push(id.to_string());
                                }
                            })
                        })
                    />
                }
                .into_any()
            } else {
                view! {
                    <Radio
                        name=format!("id-{key}")
                        id=field
                        label=choice.label
                        checked
                        on_pick=Callback::new(move |()| edit(&|a| a.choices = vec![id.to_string()]))
                    />
                }
                .into_any()
            }
        })
        .collect_view();
    let wishes = Pref::ALL
        .iter()
        .map(|&pref| {
            let text = if pref == Pref::NoPreference {
                pref.label().to_string()
            } else {
                format!("{} {label}", pref.label())
            };
            view! {
                <Radio
                    name=format!("pref-{key}")
                    id=format!("pref-{key}-{}", pref.name())
                    label=text
                    checked=Signal::derive(move || answer(&|a| a.pref == pref))
                    on_pick=Callback::new(move |()| edit(&|a| a.pref = pref))
                />
            }
        })
        .collect_view();
    let hint = if several {
        "Tick all that apply."
    } else {
        "Pick one, or describe yourself below."
    };
    let withdraw = move |_| form.edit(|p| p.identity.retain(|a| a.dimension != dimension));
    view! {
        <fieldset class="choices">
            <legend>{format!("My {label}")}</legend>
            <p class="hint">{hint}</p>
            <div class="row">{choices}</div>
        </fieldset>
        <TextField
            id=format!("id-{key}-own")
            label="Prefer to self-describe (optional), in my own words"
            value=described
            maxlength=60
            on_input=Callback::new(move |v: String| edit(&|a| a.described = v.clone()))
        />
        <p>
            <button type="button" class="secondary" on:click=withdraw>"Prefer not to say"</button>
        </p>
        <fieldset class="choices">
            <legend>"My wish for the person I am paired with"</legend>
            <div class="row">{wishes}</div>
        </fieldset>
    }
}
