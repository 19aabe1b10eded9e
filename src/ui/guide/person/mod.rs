//! One person in the support network (`#/guide/network/<id>`): who they
//! are and what they are to me (several roles), Hewlett's sponsor
//! checklist with its reading in plain words, the meeting log (with the
//! goals discussed) and the asks made with their outcomes.

mod asks;
mod checklist;
mod meetings;

use crate::domain::guide::network::{clean_name, Person, Relation};
use crate::domain::guide::Guide;
use crate::domain::route::Route;
use crate::ui::components::{AskTwice, Checkbox, FieldError, Screen, ScreenHeading, TextField};
use crate::ui::router::{go, href};
use crate::ui::state::{now_ms, use_app, DocState};
use asks::Asks;
use checklist::Checklist;
use leptos::prelude::*;
use meetings::Meetings;

/// The person shown: the guide document and their id.
#[derive(Clone, Copy)]
struct PersonRef {
    guide: DocState<Guide>,
    id: u64,
}

impl PersonRef {
    /// Reads the person as they are now (tracked), if still there.
    fn with<T>(self, f: impl FnOnce(&Person) -> T) -> Option<T> {
        self.guide
            .doc
            .with(|d| d.network.people.get(self.id).map(f))
    }

    /// Reads the person without tracking.
    fn read<T>(self, f: impl FnOnce(&Person) -> T) -> Option<T> {
        self.guide
            .doc
            .with_untracked(|d| d.network.people.get(self.id).map(f))
    }

    /// Applies `f` to the person, bumping their update time.
    fn edit<R>(self, f: impl FnOnce(&mut Person) -> R) -> Option<R> {
        let now = now_ms();
        self.guide
            .update(|d| {
                let p = d
                    .network
                    .people
                    .items
                    .iter_mut()
                    .find(|p| p.id == self.id)?;
                let r = f(p);
                p.updated_at = now.max(p.updated_at + 1);
                Some(r)
            })
            .flatten()
    }
}

/// `#/guide/network/<id>`: the person, or a way back when they are gone.
#[component]
pub fn PersonScreen(id: u64) -> impl IntoView {
    let guide = use_app().guide;
    let exists = Memo::new(move |_| guide.doc.with(|d| d.network.people.get(id).is_some()));
    let person = PersonRef { guide, id };
    move || {
        if exists.get() {
            view! { <PersonView person /> }.into_any()
        } else {
            view! {
                <Screen>
                    <ScreenHeading text="Person not found" />
                    <p>"This person is not in your network in this browser: they may have been removed."</p>
                    <p>
                        <a href=href(&Route::Network)>"Back to my support network"</a>
                    </p>
                </Screen>
            }
            .into_any()
        }
    }
}

#[component]
fn PersonView(person: PersonRef) -> impl IntoView {
    let name = move || person.with(|p| p.name.clone()).unwrap_or_default();
    view! {
        <Screen class="wide person">
            <p class="no-print">
                <a href=href(&Route::Network)>"← My support network"</a>
            </p>
            <h1 id=crate::ui::app::HEADING_ID tabindex="-1">{name}</h1>
            <Details person />
            <Checklist person />
            <Meetings person />
            <Asks person />
            <Remove person />
        </Screen>
    }
}

/// Name, role, organisation, how I know them, and what they are to me.
#[component]
fn Details(person: PersonRef) -> impl IntoView {
    let Some(initial) = person.read(Person::clone) else {
        return ().into_any();
    };
    let name_error = RwSignal::new(None::<String>);
    let name = Callback::new(move |v: String| match clean_name(&v) {
        Ok(name) => {
            name_error.set(None);
            person.edit(|p| p.name = name);
        }
        Err(e) => name_error.set(Some(e)),
    });
    let text = move |set: fn(&mut Person, String)| {
        Callback::new(move |v: String| {
            person.edit(|p| set(p, v));
        })
    };
    let relations = Relation::ALL
        .iter()
        .map(|&r| {
            view! {
                <Checkbox
                    id=format!("rel-{}", r.label())
                    label=r.label()
                    checked=Signal::derive(move || person.with(|p| p.is(r)).unwrap_or(false))
                    on_change=Callback::new(move |on| {
                        person.edit(|p| {
                            let keep = |x: Relation| if x == r { on } else { p.is(x) };
                            p.relations = Relation::ALL.into_iter().filter(|x| keep(*x)).collect();
                        });
                    })
                />
            }
        })
        .collect_view();
    view! {
        <form novalidate on:submit=|ev| ev.prevent_default()>
            <TextField
                id="person-name"
                label="Name"
                value=initial.name.clone()
                maxlength=120
                described_by="person-name-error"
                invalid=Signal::derive(move || name_error.with(Option::is_some))
                on_input=name
            />
            <FieldError id="person-name-error" message=name_error.into() />
            <div class="field-row">
                <TextField id="person-role" label="Role" value=initial.role.clone() on_input=text(|p, v| p.role = v) />
                <TextField
                    id="person-org"
                    label="Organisation"
                    value=initial.organisation.clone()
                    on_input=text(|p, v| p.organisation = v)
                />
            </div>
            <TextField
                id="person-how"
                label="How I know them"
                value=initial.how_known.clone()
                on_input=text(|p, v| p.how_known = v)
            />
            <fieldset>
                <legend>"What they are to you"</legend>
                {relations}
            </fieldset>
        </form>
    }
    .into_any()
}

/// "Remove from my network", asked twice.
#[component]
fn Remove(person: PersonRef) -> impl IntoView {
    let remove = Callback::new(move |()| {
        let now = now_ms();
        if person
            .guide
            .update(|d| d.network.people.remove(person.id, now))
            .is_some()
        {
            go(&Route::Network);
        }
    });
    view! {
        <AskTwice
            ask="Remove from my network"
            ask_class="secondary"
            question="Remove this person with their meetings and asks? This cannot be undone."
            confirm="Yes, remove"
            confirm_id="remove-confirm"
            cancel="Cancel"
            on_confirm=remove
        />
    }
}
