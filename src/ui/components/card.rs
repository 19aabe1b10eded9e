//! A card in a grid of places to go: a linked title and a line on what is
//! there.

use leptos::prelude::*;

/// One card: its title links to `href`; `level` is the heading level of
/// the title (2 on the home screen, 3 under a section heading).
#[component]
pub fn Card(
    #[prop(into)] href: String,
    #[prop(into)] title: String,
    #[prop(into)] text: String,
    #[prop(default = 3)] level: u8,
) -> impl IntoView {
    let link = view! { <a href=href>{title}</a> };
    let heading = if level == 2 {
        view! { <h2>{link}</h2> }.into_any()
    } else {
        view! { <h3>{link}</h3> }.into_any()
    };
    view! {
        <li class="card">
            {heading}
            <p>{text}</p>
        </li>
    }
}
