//! Site footer: the privacy promise, always in view at the end of a page.

use crate::domain::route::Route;
use crate::ui::router::href;
use leptos::prelude::*;

#[component]
pub fn Footer() -> impl IntoView {
    view! {
        <footer class="site-footer">
            <p>
                "Your data stays in this browser on this device. No account, no server, no tracking. "
                <a href=href(&Route::Data)>"Back up or delete your data"</a>
            </p>
        </footer>
    }
}
