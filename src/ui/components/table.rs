//! A table in a wrapper that scrolls sideways on narrow screens: named,
//! reachable by keyboard (WCAG 2.1.1), with a caption for screen readers.

use leptos::prelude::*;

/// A table with a (visually hidden) caption, column headers and rows.
#[component]
pub fn Table(
    #[prop(into)] caption: String,
    headers: Vec<String>,
    children: Children,
) -> impl IntoView {
    let headers = headers
        .into_iter()
        .map(|h| view! { <th scope="col">{h}</th> })
        .collect_view();
    let label = caption.clone();
    view! {
        <div class="table-wrap" tabindex="0" role="region" aria-label=label>
            <table>
                <caption class="visually-hidden">{caption}</caption>
                <thead>
                    <tr>{headers}</tr>
                </thead>
                <tbody>{children()}</tbody>
            </table>
        </div>
    }
}
