//! Site header: product name and the primary navigation, with the current
//! section marked `aria-current="page"`. The participant's page, opened
//! from a workshop link on a phone, shows the name alone: its visitors
//! came for one form, and six links would take two rows above it.

use crate::domain::route::{Page, Route, Section};
use crate::ui::router::{href, this_page};
use leptos::prelude::*;

#[component]
pub fn Header(route: Memo<Route>) -> impl IntoView {
    let navigation = (this_page() != Page::Participant).then(|| {
        view! {
            <nav aria-label="Primary">
                <ul>
                    {Section::ALL
                        .into_iter()
                        .map(|section| view! { <NavLink section route /> })
                        .collect_view()}
                </ul>
            </nav>
        }
    });
    view! {
        <header class="site-header">
            <a class="brand" href=href(&Route::Home)>
                <span class="brand-mark" aria-hidden="true">"◈"</span>
                "Wayfinder"
            </a>
            {navigation}
        </header>
    }
}

/// One section's link, current while the route is in that section.
#[component]
fn NavLink(section: Section, route: Memo<Route>) -> impl IntoView {
    let current = move || (route.get().section() == Some(section)).then_some("page");
    view! {
        <li>
            <a href=href(&section.route()) aria-current=current>
                {section.label()}
            </a>
        </li>
    }
}
