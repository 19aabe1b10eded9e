//! "Deleted …. Undo": the way back after something is removed from a list.
//! The note is a polite live region, so a screen reader hears what went.
//! The button pressed to remove a row goes with the row, so whoever removes
//! moves the focus to this note's button ([`focus_undo`], or
//! [`LastRemoved::keep`]), and whoever undoes moves it to what came back.

use crate::ui::browser::focus_selector_after_paint;
use leptos::prelude::*;

/// The note, while `message` says what went; its Undo button has the id
/// `button_id`.
#[component]
pub fn UndoNote(
    button_id: &'static str,
    #[prop(into)] message: Signal<Option<String>>,
    on_undo: Callback<()>,
) -> impl IntoView {
    view! {
        <div class="undo-area" aria-live="polite">
            {move || {
                message
                    .get()
                    .map(|m| {
                        view! {
                            <p class="undo">
                                {m} " "
                                <button type="button" class="secondary" id=button_id on:click=move |_| on_undo.run(())>
                                    "Undo"
                                </button>
                            </p>
                        }
                    })
            }}
        </div>
    }
}

/// Focuses the Undo button `button_id` once the note is painted.
pub fn focus_undo(button_id: &'static str) {
    focus_selector_after_paint(format!("#{button_id}"));
}

/// The last thing removed from a list, with its place there, until it is
/// put back or something else is removed.
pub struct LastRemoved<T: Send + Sync + 'static> {
    last: RwSignal<Option<(usize, T)>>,
    button_id: &'static str,
}

impl<T: Send + Sync + 'static> Clone for LastRemoved<T> {
    fn clone(&self) -> Self {
        *self
    }
}

impl<T: Send + Sync + 'static> Copy for LastRemoved<T> {}

impl<T: Clone + Send + Sync + 'static> LastRemoved<T> {
    /// Nothing removed yet; `button_id` is the id of the note's Undo button.
    pub fn new(button_id: &'static str) -> Self {
        LastRemoved {
            last: RwSignal::new(None),
            button_id,
        }
    }

    /// Keeps what was removed from place `index`, and focuses Undo.
    pub fn keep(self, index: usize, item: T) {
        self.last.set(Some((index, item)));
        focus_undo(self.button_id);
    }

    /// What was removed, and from where, to put back; the note goes.
    pub fn take(self) -> Option<(usize, T)> {
        let last = self.last.get_untracked();
        if last.is_some() {
            self.last.set(None);
        }
        last
    }

    /// Puts what was kept back with `restore`, which gives its place (or
    /// `None` if it could not), and focuses that row's remove button
    /// (`#<remove_id>-<place>`).
    pub fn put_back(
        self,
        restore: impl FnOnce(usize, T) -> Option<usize>,
        remove_id: &'static str,
    ) {
        if let Some(at) = self.take().and_then(|(index, item)| restore(index, item)) {
            focus_selector_after_paint(format!("#{remove_id}-{at}"));
        }
    }

    /// The note's words while something is kept: `say` of it.
    pub fn message(self, say: fn(&T) -> String) -> Signal<Option<String>> {
        Signal::derive(move || self.last.with(|r| r.as_ref().map(|(_, item)| say(item))))
    }
}
