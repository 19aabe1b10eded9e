//! Labelled form fields: a text input or textarea, a select, and the live
//! error message under a field.

use leptos::prelude::*;

/// A labelled text input (or, with `rows`, a textarea) in a `.field`
/// (`class` adds to it), showing `value` (a fixed start, or a signal the
/// field follows, e.g. to clear it after a submit); `on_input` gets every
/// edit. A `hint` is shown
/// under the control and describes it; `invalid` marks it for assistive
/// technology while an error stands.
#[component]
pub fn TextField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    #[prop(into)] value: Signal<String>,
    on_input: Callback<String>,
    #[prop(optional)] class: &'static str,
    /// An input type ("text", "number", "date").
    #[prop(default = "text")]
    kind: &'static str,
    #[prop(default = 200)] maxlength: u32,
    /// Rows of a textarea; 0 for a one-line input.
    #[prop(optional)]
    rows: u32,
    #[prop(optional)] autocomplete: Option<&'static str>,
    /// The id of the message that describes this field.
    #[prop(optional)]
    described_by: Option<&'static str>,
    #[prop(optional)] inputmode: Option<&'static str>,
    #[prop(optional, into)] min: Option<String>,
    #[prop(optional, into)] max: Option<String>,
    #[prop(optional)] hint: Option<&'static str>,
    #[prop(optional, into)] invalid: Option<Signal<bool>>,
) -> impl IntoView {
    let edit = move |ev: web_sys::Event| on_input.run(event_target_value(&ev));
    let hint_id = hint.map(|_| format!("{id}-hint"));
    let described_by = described_by.map(str::to_string).or(hint_id.clone());
    let invalid = move || invalid.and_then(|i| i.get().then_some("true"));
    let hint = hint.map(|text| view! { <p class="hint" id=hint_id>{text}</p> });
    let control = if rows > 0 {
        view! {
            <textarea
                id=id.clone()
                rows=rows
                maxlength=maxlength
                aria-describedby=described_by
                aria-invalid=invalid
                prop:value=value
                on:input=edit
            />
        }
        .into_any()
    } else {
        view! {
            <input
                id=id.clone()
                type=kind
                maxlength=maxlength
                autocomplete=autocomplete
                aria-describedby=described_by
                aria-invalid=invalid
                inputmode=inputmode
                min=min
                max=max
                prop:value=value
                on:input=edit
            />
        }
        .into_any()
    };
    view! {
        <div class=if class.is_empty() { "field".to_string() } else { format!("field {class}") }>
            <label for=id>{label}</label>
            {control}
            {hint}
        </div>
    }
}

/// A labelled `<select>` in a `.field`: `options` are (value, text)
/// pairs, `selected` the value chosen at first; `on_change` gets the new
/// value.
#[component]
pub fn SelectField(
    #[prop(into)] id: String,
    #[prop(into)] label: String,
    options: Vec<(String, String)>,
    #[prop(into)] selected: String,
    on_change: Callback<String>,
) -> impl IntoView {
    let options = options
        .into_iter()
        .map(|(value, text)| {
            let chosen = value == selected;
            view! { <option value=value selected=chosen>{text}</option> }
        })
        .collect_view();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <select id=id on:change=move |ev| on_change.run(event_target_value(&ev))>
                {options}
            </select>
        </div>
    }
}

/// A live error message under a field: empty while `message` is `None`.
/// `id` is what the field or button names with `aria-describedby`.
#[component]
pub fn FieldError(id: &'static str, message: Signal<Option<String>>) -> impl IntoView {
    view! {
        <p id=id class="field-error" aria-live="polite">
            {move || message.get().unwrap_or_default()}
        </p>
    }
}
