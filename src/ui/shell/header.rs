//! Site header: product name and the primary navigation, with the current
//! section marked `aria-current="page"`. Which navigation a page has is
//! its own (`PageSetup::navigation`): the participant's page, opened from
//! a workshop link on a phone, shows the name alone (its visitors came
//! for one form, and six links would take two rows above it), so its
//! binary does not hold the navigation at all.

use crate::domain::route::{Route, Section};
use crate::ui::router::href;
use leptos::prelude::*;

#[component]
pub fn Header(route: Memo<Route>, navigation: fn(Memo<Route>) -> AnyView) -> impl IntoView {
    view! {
        <header class="site-header">
            <a class="brand" href=href(&Route::Home)>
                <span class="brand-mark" aria-hidden="true">"◈"</span>
                "Wayfinder"
            </a>
            {navigation(route)}
        </header>
    }
}

/// The primary navigation: a link per section.
pub fn primary_navigation(route: Memo<Route>) -> AnyView {
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
    .into_any()
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
