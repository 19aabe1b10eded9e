//! The pairs a running program follows, each of which the facilitator
//! may release for a no-fault re-match (one or both asked, or someone
//! left): every other pair is then locked, the released two are not
//! paired again, and the matching wizard pairs them anew.

use crate::domain::route::Route;
use crate::domain::workshop::document::Workshops;
use crate::domain::workshop::rematch::release;
use crate::ui::components::{row_key, AskTwice};
use crate::ui::router::href;
use crate::ui::state::DocState;
use crate::ui::workshop::setup::{edit, read};
use leptos::prelude::*;

/// One pair: (mentee id, mentor id, "Ana Diaz and Bo Chen").
type Pair = (u64, u64, String);

#[component]
pub(super) fn ProgramPairs(docs: DocState<Workshops>, id: u64) -> impl IntoView {
    let pairs = Memo::new(move |_| read(docs, id, |w| w.program_pairs()));
    let released = RwSignal::new(None::<String>);
    let row = move |(mentee, mentor, names): Pair| {
        let said = names.clone();
        let confirm = Callback::new(move |()| {
            edit(docs, id, |w| {
                release(w, mentee, mentor);
            });
            released.set(Some(said.clone()));
        });
        view! {
            <li>
                <span>{names.clone()}</span>
                <AskTwice
                    ask="Release for a no-fault re-match"
                    ask_class="secondary small"
                    question=format!("Release {names}? Every other pair is locked, these two will not be paired together again, and nobody is blamed.")
                    confirm="Yes, release them"
                    confirm_id=format!("release-{mentee}-{mentor}")
                    cancel="Keep the pair"
                    on_confirm=confirm
                />
            </li>
        }
    };
    let status = move || {
        released.get().map(|names| {
            view! {
                <p class="success">
                    {format!("Released {names}: the other pairs are locked and these two will not be paired together again. ")}
                    <a href=href(&Route::WorkshopMatch(id))>"Pair them anew in the matching wizard →"</a>
                    " Only the new pairs need new match links."
                </p>
            }
        })
    };
    view! {
        <section class="program-pairs" aria-labelledby="program-pairs-heading">
            <h2 id="program-pairs-heading">"Pairs"</h2>
            <div role="status">{status}</div>
            <ul class="pair-list">
                <For each=move || pairs.get() key=|p| row_key(&(p.0, p.1)) children=row />
            </ul>
        </section>
    }
}
