//! The profile form: name and contact, role, the questions the workshop
//! asks, competencies to grow or offer, a hope, exclusions, and the
//! optional identity questions. Every edit is kept on this device at once.

use super::identity::IdentityQuestion;
use super::{Form, Stage, STAGE_HEADING};
use crate::domain::assessment::framework::competency;
use crate::domain::workshop::profile::{Format, Level, LibraryType, Profile, Role, SLOTS};
use crate::domain::workshop::setup::Question;
use crate::ui::browser::focus_by_id;
use crate::ui::components::{Checkbox, FieldError, Radio, SelectField, TextField};
use leptos::prelude::*;

#[component]
pub(super) fn ProfileForm(form: Form, prefilled: String) -> impl IntoView {
    let info = form.info.get_value();
    let start = form.profile.get_untracked();
    let error = RwSignal::new(None::<String>);
    let preview = move |ev: web_sys::SubmitEvent| {
        ev.prevent_default();
        match form.with(Profile::validate) {
            Ok(()) => {
                error.set(None);
                form.go_to(Stage::Preview);
            }
            Err(e) if e.contains("no name") => {
                error.set(Some(
                    "Enter your name: the facilitator needs it to pair you.".into(),
                ));
                focus_by_id("p-name");
            }
            Err(e) => error.set(Some(format!("Please shorten your answers: {e}."))),
        }
    };
    let roles = Role::ALL
        .iter()
        .map(|&role| {
            view! {
                <Radio
                    name="role"
                    id=format!("role-{}", role.name())
                    label=role.label()
                    checked=Signal::derive(move || form.with(|p| p.role == role))
                    on_pick=Callback::new(move |()| form.edit(|p| p.role = role))
                />
            }
        })
        .collect_view();
    let questions = Question::ALL
        .into_iter()
        .filter(|q| info.asks(*q))
        .map(|q| question(form, q, &start))
        .collect_view();
    let identity = (!info.identity.is_empty()).then(|| {
        let questions = info
            .identity
            .iter()
            .map(|&dimension| view! { <IdentityQuestion form dimension /> })
            .collect_view();
        view! {
            <h3>"About you (optional)"</h3>
            <p class="note">
                "Some people want a mentor who shares their background; others want a different perspective. Share only what you want to: each answer needs its own tick, goes only to the facilitator, and is used only for your own wish below."
            </p>
            {questions}
        }
    });
    view! {
        <form class="profile-form" novalidate on:submit=preview>
            <h2 id=STAGE_HEADING tabindex="-1">"Your profile"</h2>
            <TextField
                id="p-name"
                label="Your name (required)"
                value=start.name.clone()
                maxlength=120
                autocomplete="name"
                described_by="p-name-error"
                on_input=Callback::new(move |v| form.edit(|p| p.name = v))
            />
            <FieldError id="p-name-error" message=error.into() />
            <TextField
                id="p-contact"
                label="How your match can reach you (email or phone)"
                value=start.contact.clone()
                maxlength=120
                on_input=Callback::new(move |v| form.edit(|p| p.contact = v))
            />
            <fieldset>
                <legend>"I would like to"</legend>
                {roles}
            </fieldset>
            {questions}
            <Competencies form prefilled />
            <TextField
                id="p-goal"
                label="What you hope to get from mentoring, in a sentence"
                value=start.goal.clone()
                maxlength=300
                on_input=Callback::new(move |v| form.edit(|p| p.goal = v))
            />
            <TextField
                id="p-exclude"
                label="People you must not be paired with, one per line (for example your supervisor). Optional."
                value=start.exclude.join("\n")
                rows=2
                maxlength=1000
                on_input=Callback::new(move |v: String| {
                    form.edit(|p| {
                        p.exclude = v
                            .lines()
                            .map(str::trim)
                            .filter(|l| !l.is_empty())
                            .take(16)
                            .map(str::to_string)
                            .collect()
                    })
                })
            />
            {identity}
            <button type="submit" class="primary">"Preview what I will share"</button>
        </form>
    }
}

/// One of the questions the facilitator chose.
fn question(form: Form, question: Question, start: &Profile) -> AnyView {
    match question {
        Question::LibraryType => pick_one(
            form,
            "p-library",
            "Type of library",
            LibraryType::NAMES,
            LibraryType::ALL.iter().map(|x| x.label()).collect(),
            start.library_type.map(|x| x as usize),
            |p, i| p.library_type = i.map(|i| LibraryType::ALL[i]),
        ),
        Question::Level => pick_one(
            form,
            "p-level",
            "Your position",
            Level::NAMES,
            Level::ALL.iter().map(|x| x.label()).collect(),
            start.level.map(|x| x as usize),
            |p, i| p.level = i.map(|i| Level::ALL[i]),
        ),
        Question::Format => pick_one(
            form,
            "p-format",
            "How you would like to meet",
            Format::NAMES,
            Format::ALL.iter().map(|x| x.label()).collect(),
            start.format.map(|x| x as usize),
            |p, i| p.format = i.map(|i| Format::ALL[i]),
        ),
        Question::Experience => view! {
            <TextField
                id="p-years"
                label="Years working in libraries"
                kind="number"
                min="0"
                max="60"
                inputmode="numeric"
                value=start.years.map(|y| y.to_string()).unwrap_or_default()
                on_input=Callback::new(move |v: String| {
                    form.edit(|p| p.years = v.trim().parse::<u8>().ok().filter(|y| *y <= 60))
                })
            />
        }
        .into_any(),
        Question::Region => {
            let mut zones = vec![(String::new(), "Choose…".to_string())];
            zones.extend((-12..=14).map(|o: i32| {
                let label = if o < 0 {
                    format!("UTC−{}", -o)
                } else {
                    format!("UTC+{o}")
                };
                (o.to_string(), label)
            }));
            view! {
                <div class="pair-fields">
                    <TextField
                        id="p-region"
                        label="Region (e.g. state or country)"
                        value=start.region.clone()
                        maxlength=120
                        on_input=Callback::new(move |v| form.edit(|p| p.region = v))
                    />
                    <SelectField
                        id="p-offset"
                        label="Time zone"
                        options=zones
                        selected=start.utc_offset.map(|o| o.to_string()).unwrap_or_default()
                        on_change=Callback::new(move |v: String| {
                            form.edit(|p| p.utc_offset = v.parse::<i8>().ok())
                        })
                    />
                </div>
            }
            .into_any()
        }
        Question::Organisation => view! {
            <TextField
                id="p-organisation"
                label="Your library or organisation"
                hint="So that you are not paired with someone from the same place, if the workshop asks for that."
                value=start.organisation.clone()
                maxlength=120
                autocomplete="organization"
                on_input=Callback::new(move |v| form.edit(|p| p.organisation = v))
            />
        }
        .into_any(),
        Question::Availability => {
            let slots = SLOTS
                .iter()
                .enumerate()
                .map(|(i, slot)| {
                    let bit = 1u8 << i;
                    view! {
                        <Checkbox
                            id=format!("slot-{i}")
                            label=*slot
                            checked=Signal::derive(move || form.with(|p| p.availability & bit != 0))
                            on_change=Callback::new(move |on| {
                                form.edit(|p| {
                                    if on {
                                        p.availability |= bit
                                    } else {
                                        p.availability &= !bit
                                    }
                                })
                            })
                        />
                    }
                })
                .collect_view();
            view! {
                <fieldset>
                    <legend>"When you are usually free"</legend>
                    {slots}
                </fieldset>
            }
            .into_any()
        }
    }
}

/// A select of one of `names` (shown as `labels`), or none.
fn pick_one(
    form: Form,
    id: &'static str,
    label: &'static str,
    names: &'static [&'static str],
    labels: Vec<&'static str>,
    current: Option<usize>,
    set: fn(&mut Profile, Option<usize>),
) -> AnyView {
    let mut options = vec![(String::new(), "Choose…".to_string())];
    options.extend(
        names
            .iter()
            .zip(labels)
            .map(|(n, l)| (n.to_string(), l.to_string())),
    );
    let selected = current.map_or("", |i| names[i]);
    view! {
        <SelectField
            id
            label
            options
            selected
            on_change=Callback::new(move |v: String| {
                let i = names.iter().position(|n| *n == v);
                form.edit(|p| set(p, i))
            })
        />
    }
    .into_any()
}

/// Competencies to grow (a mentee) and to offer (a mentor), among those the
/// workshop asks about; both for "either".
#[component]
fn Competencies(form: Form, prefilled: String) -> impl IntoView {
    let asked = form.info.with_value(|i| i.competencies.clone());
    let note = (!prefilled.is_empty()).then(|| view! { <p class="note">{prefilled}</p> });
    let role = move || form.with(|p| p.role);
    let (grow, offer) = (asked.clone(), asked);
    view! {
        {note}
        <Show when=move || role() != Role::Mentor>
            <CompetencyTicks form asked=grow.clone() grow=true />
        </Show>
        <Show when=move || role() != Role::Mentee>
            <CompetencyTicks form asked=offer.clone() grow=false />
        </Show>
    }
}

/// One list of competency ticks: to grow, or to offer.
#[component]
fn CompetencyTicks(form: Form, asked: Vec<String>, grow: bool) -> impl IntoView {
    let legend = if grow {
        "Competencies I want to grow"
    } else {
        "Competencies I can offer a mentee"
    };
    let prefix = if grow { "grow" } else { "offer" };
    let ticks = asked
        .iter()
        .filter_map(|c| competency(c))
        .map(|c| {
            let id = c.id;
            let ticked = move |p: &Profile| {
                let list = if grow { &p.grow } else { &p.offer };
                list.iter().any(|x| x == id)
            };
            view! {
                <Checkbox
                    id=format!("{prefix}-{id}")
                    label=c.name
                    checked=Signal::derive(move || form.with(ticked))
                    on_change=Callback::new(move |on| {
                        form.edit(|p| {
                            let l = if grow { &mut p.grow } else { &mut p.offer };
                            l.retain(|x| x != id);
                            if on {
                                l.push(id.to_string())
                            }
                        })
                    })
                />
            }
        })
        .collect_view();
    (!asked.is_empty()).then(|| {
        view! {
            <fieldset class="ticks">
                <legend>{legend}</legend>
                {ticks}
            </fieldset>
        }
    })
}
