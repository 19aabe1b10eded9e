//! "Deleted …. Undo": the way back after something is removed from a list.
//! The note is a polite live region, so a screen reader hears what went.
//! The button pressed to remove a row goes with the row, so whoever removes
//! moves the focus to this note's button ([`focus_undo`]), and whoever
//! undoes moves it to what came back.

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
