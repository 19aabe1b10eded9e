//! Site header: product name and the primary navigation, with the current
//! section marked `aria-current="page"`.

use crate::domain::route::{Route, Section};
use leptos::prelude::*;

#[component]
pub fn Header(route: ReadSignal<Route>) -> impl IntoView {
    let links = Section::ALL
        .into_iter()
        .map(|section| {
            let current = move || (route.get().section() == Some(section)).then_some("page");
            view! {
                <li>
                    <a href=section.route().to_hash() aria-current=current>
                        {section.label()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <header class="site-header">
            <a class="brand" href="#/">
                <span class="brand-mark" aria-hidden="true">"◈"</span>
                "Wayfinder"
            </a>
            <nav aria-label="Primary">
                <ul>{links}</ul>
            </nav>
        </header>
    }
}
