//! Codes brought in by pasting or by picking files: a text box with its
//! button, and a file picker whose files are read as text (each capped in
//! size). What is brought in goes to the caller as (source, text) pairs —
//! "" for pasted text, the file's name for a file — with the files that
//! could not be read; and what the import then did (`ImportOutcome`).
//! Shared by the profile import and the response import.

use crate::ui::browser::read_file_text;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// Texts brought in, and what could not be read ("name: why.").
pub(super) type Brought = (Vec<(String, String)>, Vec<String>);

#[component]
pub(super) fn PasteOrFiles(
    /// Id prefix of the two fields.
    id: &'static str,
    paste_label: &'static str,
    button: &'static str,
    files_label: &'static str,
    /// File types offered by the picker.
    accept: &'static str,
    /// Largest file read, in bytes.
    max_bytes: usize,
    /// Said when the button is pressed with nothing pasted.
    empty: &'static str,
    on_texts: Callback<Brought>,
) -> impl IntoView {
    let pasted = RwSignal::new(String::new());
    let paste_id = format!("{id}-codes");
    let files_id = format!("{id}-files");
    let import_pasted = move |_| {
        let text = pasted.get_untracked();
        if text.trim().is_empty() {
            on_texts.run((Vec::new(), vec![empty.to_string()]));
            return;
        }
        on_texts.run((vec![(String::new(), text)], Vec::new()));
        pasted.set(String::new());
    };
    let import_files = move |ev: web_sys::Event| {
        let Some(list) = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::HtmlInputElement>().ok())
            .and_then(|i| i.files())
        else {
            return;
        };
        let files: Vec<web_sys::File> = (0..list.length()).filter_map(|i| list.get(i)).collect();
        leptos::task::spawn_local(async move {
            let (mut texts, mut problems) = (Vec::new(), Vec::new());
            for f in files {
                let name = f.name();
                if f.size() > max_bytes as f64 {
                    problems.push(format!("{name}: too large to import."));
                    continue;
                }
                match read_file_text(&f).await {
                    Ok(t) => texts.push((name, t)),
                    Err(e) => problems.push(format!("{name}: {e}.")),
                }
            }
            on_texts.run((texts, problems));
        });
    };
    view! {
        <div class="field">
            <label for=paste_id.clone()>{paste_label}</label>
            <textarea
                id=paste_id
                rows="4"
                spellcheck="false"
                prop:value=pasted
                on:input=move |ev| pasted.set(event_target_value(&ev))
            ></textarea>
        </div>
        <button type="button" on:click=import_pasted>{button}</button>
        <div class="field">
            <label for=files_id.clone()>{files_label}</label>
            <input id=files_id type="file" multiple accept=accept on:change=import_files />
        </div>
    }
}

/// What an import did: its summary line, then the entries read with
/// changes (`notes`) and those left out (`problems`), each naming its line.
#[component]
pub(super) fn ImportOutcome(
    summary: String,
    #[prop(optional)] notes: Vec<String>,
    problems: Vec<String>,
) -> impl IntoView {
    let list = |class: &'static str, items: Vec<String>| {
        (!items.is_empty()).then(|| {
            let items = items
                .into_iter()
                .map(|p| view! { <li>{p}</li> })
                .collect_view();
            view! { <ul class=class>{items}</ul> }
        })
    };
    let read_differently = (!notes.is_empty()).then(|| view! { <p>"Read with changes:"</p> });
    view! {
        <p class="success">{summary}</p>
        {read_differently}
        {list("notes", notes)}
        {list("problems", problems)}
    }
}
