//! Growth panels: what changed between two snapshots, the priority ×
//! rating quadrant with "Make this a goal" on each growth area, and the
//! plain-words summary.

use crate::domain::assessment::framework::level_name;
use crate::domain::assessment::growth::{changes, quadrants, summary, Change, Placed};
use crate::domain::assessment::Snapshot;
use crate::domain::route::Route;
use crate::ui::router::go;
use crate::ui::state::{new_id, now_ms, use_app};
use leptos::prelude::*;

/// "Communication: Aware → Proficient (+2)".
fn change_line(c: &Change) -> String {
    format!(
        "{}: {} → {} ({}{})",
        c.competency.name,
        level_name(c.from),
        level_name(c.to),
        if c.delta() > 0 { "+" } else { "" },
        c.delta()
    )
}

/// "Communication (Aware)".
fn placed_text(p: &Placed) -> String {
    format!("{} ({})", p.competency.name, level_name(p.level))
}

/// A list of lines, or a note when there are none.
fn lines_or(lines: Vec<String>, empty: &'static str) -> AnyView {
    if lines.is_empty() {
        return view! { <p class="note">{empty}</p> }.into_any();
    }
    let items = lines
        .into_iter()
        .map(|l| view! { <li>{l}</li> })
        .collect_view();
    view! { <ul>{items}</ul> }.into_any()
}

/// Gains and drops from `earlier` to `later`.
#[component]
pub fn Changes(earlier: Snapshot, later: Snapshot) -> impl IntoView {
    let all = changes(&earlier, &later);
    let gains = all
        .iter()
        .filter(|c| c.delta() > 0)
        .map(change_line)
        .collect();
    let drops = all
        .iter()
        .rev()
        .filter(|c| c.delta() < 0)
        .map(change_line)
        .collect();
    let same = all.iter().filter(|c| c.delta() == 0).count();
    view! {
        <div class="changes">
            <div>
                <h3>"Biggest gains"</h3>
                {lines_or(gains, "No gains between these two.")}
            </div>
            <div>
                <h3>"Drops"</h3>
                {lines_or(
                    drops,
                    "No drops. A drop is not always bad news: it often means you now see the competency more clearly.",
                )}
            </div>
        </div>
        <p class="note">
            {format!("{same} rated the same in both. Competencies rated in only one of them are left out.")}
        </p>
    }
}

/// Growth areas, each with "Make this a goal", or a note.
fn growth_list(items: &[Placed], empty: &'static str) -> AnyView {
    if items.is_empty() {
        return view! { <p class="note">{empty}</p> }.into_any();
    }
    let goals = use_app().goals;
    let items = items
        .iter()
        .map(|p| {
            let (competency, level) = (p.competency, p.level);
            let make_goal = move |_| {
                let (id, now) = (new_id(), now_ms());
                if goals
                    .update(|g| g.add_from_gap(id, competency, Some(level), now))
                    .is_some()
                {
                    go(&Route::Goals);
                }
            };
            view! {
                <li>
                    <span>{placed_text(p)}</span>
                    <button
                        type="button"
                        class="secondary small"
                        aria-label=format!("Make this a goal: {}", competency.name)
                        on:click=make_goal
                    >
                        "Make this a goal"
                    </button>
                </li>
            }
        })
        .collect_view();
    view! { <ul class="growth-list">{items}</ul> }.into_any()
}

/// One quarter of the quadrant.
#[component]
fn Quad(
    class: &'static str,
    title: &'static str,
    hint: &'static str,
    children: Children,
) -> impl IntoView {
    let id = format!("q-{class}");
    let labelled_by = id.clone();
    view! {
        <section class=format!("quad {class}") aria-labelledby=labelled_by>
            <h3 id=id>{title}</h3>
            <p class="hint">{hint}</p>
            {children()}
        </section>
    }
}

/// The priority × rating quadrant and the summary of one snapshot.
#[component]
pub fn Focus(snapshot: Snapshot) -> impl IntoView {
    let q = quadrants(&snapshot);
    let strong = |items: &[Placed], empty| lines_or(items.iter().map(placed_text).collect(), empty);
    let words = summary(&snapshot)
        .into_iter()
        .map(|t| view! { <p>{t}</p> })
        .collect_view();
    view! {
        <div class="summary-words">{words}</div>
        <div class="quadrant">
            <Quad class="now" title="Work on now" hint="High priority, rated below proficient.">
                {growth_list(&q.work_on_now, "Nothing here: mark a competency as high priority to see it.")}
            </Quad>
            <Quad class="keep" title="Keep using" hint="High priority and already strong.">
                {strong(&q.keep_using, "None yet.")}
            </Quad>
            <Quad class="later" title="Later" hint="Lower priority, rated below proficient.">
                {growth_list(&q.later, "None.")}
            </Quad>
            <Quad class="share" title="Share with others" hint="Strengths you could mentor others in.">
                {strong(&q.share, "None yet.")}
            </Quad>
        </div>
        <p class="note">
            "After the importance × proficiency view in Wong (College & Research Libraries, 2019)."
        </p>
    }
}
