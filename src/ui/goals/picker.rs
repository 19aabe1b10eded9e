//! The leader's goals as checkboxes, to pick the ones something is about
//! (the goals a mentoring pair works on, the goals a meeting discussed).

use crate::ui::components::Checkbox;
use crate::ui::state::use_app;
use leptos::prelude::*;

/// A fieldset of the leader's goals (`<prefix>-<id>` each), ticked while
/// `picked` holds them; `on_pick` gets a goal and whether it is now
/// picked. Nothing when there are no goals.
#[component]
pub fn GoalPicker(
    prefix: &'static str,
    legend: &'static str,
    picked: Signal<Vec<u64>>,
    on_pick: Callback<(u64, bool)>,
) -> impl IntoView {
    let goals: Vec<(u64, String)> = use_app().goals.doc.with_untracked(|g| {
        g.goals
            .items
            .iter()
            .map(|g| (g.id, g.title.clone()))
            .collect()
    });
    (!goals.is_empty()).then(|| {
        let boxes = goals
            .into_iter()
            .map(|(goal, title)| {
                view! {
                    <Checkbox
                        id=format!("{prefix}-{goal}")
                        label=title
                        checked=Signal::derive(move || picked.with(|p| p.contains(&goal)))
                        on_change=Callback::new(move |on| on_pick.run((goal, on)))
                    />
                }
            })
            .collect_view();
        view! {
            <fieldset>
                <legend>{legend}</legend>
                {boxes}
            </fieldset>
        }
    })
}

/// `ids` with `goal` in it or not.
pub fn toggled(ids: &mut Vec<u64>, goal: u64, on: bool) {
    ids.retain(|g| *g != goal);
    if on {
        ids.push(goal);
    }
}
