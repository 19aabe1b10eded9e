//! The guide's screens: the index (`#/guide`), reading pages
//! (`#/guide/<slug>`), "What do I need now?" (`#/guide/needs`), my support
//! network and each person in it (`#/guide/network[/<id>]`), the mentoring
//! agreement builder (`#/guide/agreement`) and the program timeline
//! (`#/guide/timeline`). Content, scoring and rules live in
//! `domain::guide`; these only render and edit.

mod agreement;
mod index;
mod needs;
mod network;
mod page;
mod person;
mod timeline;

pub use agreement::{start_agreement_with, AgreementScreen};
pub use index::GuideScreen;
pub use needs::NeedsScreen;
pub use network::NetworkScreen;
pub use page::GuidePageScreen;
pub use person::PersonScreen;
pub use timeline::TimelineScreen;

use crate::domain::route::Route;
use leptos::prelude::*;

/// "← Guide" above a guide screen.
#[component]
fn BackToGuide() -> impl IntoView {
    view! {
        <p class="no-print">
            <a href=Route::Guide.to_hash()>"← Guide"</a>
        </p>
    }
}
