//! Growth panels: what changed between two snapshots, the priority ×
//! rating quadrant with "Make this a goal" on each growth area, and the
//! plain-words summary.

use crate::domain::assessment::framework::level_name;
use crate::domain::assessment::growth::{changes, quadrants, summary, Change, Placed};
use crate::domain::assessment::Snapshot;
use crate::domain::route::Route;
use crate::ui::dom::{el, tx, El};
use crate::ui::router::go;
use crate::ui::state::{new_id, now_ms, use_app};
use crate::ui::widgets::button;

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

fn list_or(items: Vec<El>, empty: &str) -> El {
    if items.is_empty() {
        tx("p", "note", empty)
    } else {
        el("ul").kids(items)
    }
}

/// Gains and drops from `earlier` to `later`.
pub fn changes_panel(earlier: &Snapshot, later: &Snapshot) -> Vec<El> {
    let all = changes(earlier, later);
    let gains = all
        .iter()
        .filter(|c| c.delta() > 0)
        .map(|c| el("li").text(&change_line(c)))
        .collect();
    let drops = all
        .iter()
        .rev()
        .filter(|c| c.delta() < 0)
        .map(|c| el("li").text(&change_line(c)))
        .collect();
    let same = all.iter().filter(|c| c.delta() == 0).count();
    vec![
        el("div")
            .class("changes")
            .child(
                el("div")
                    .child(el("h3").text("Biggest gains"))
                    .child(list_or(gains, "No gains between these two.")),
            )
            .child(el("div").child(el("h3").text("Drops")).child(list_or(
                drops,
                "No drops. A drop is not always bad news: it often means you now see the competency more clearly.",
            ))),
        tx(
            "p",
            "note",
            &format!("{same} rated the same in both. Competencies rated in only one of them are left out."),
        ),
    ]
}

fn placed_text(p: &Placed) -> String {
    format!("{} ({})", p.competency.name, level_name(p.level))
}

/// A growth area with its "Make this a goal" button.
fn growth_item(p: &Placed) -> El {
    let goals = use_app().goals;
    let c = p.competency;
    let level = p.level;
    el("li").child(el("span").text(&placed_text(p))).child(
        button("Make this a goal", "secondary small")
            .attr("aria-label", &format!("Make this a goal: {}", c.name))
            .on_click(move || {
                let id = new_id();
                let now = now_ms();
                if goals
                    .update(|g| g.add_from_gap(id, c, Some(level), now))
                    .is_some()
                {
                    go(&Route::Goals);
                }
            }),
    )
}

fn quad(class: &str, title: &str, hint: &str, body: El) -> El {
    let id = format!("q-{class}");
    el("section")
        .class(&format!("quad {class}"))
        .attr("aria-labelledby", &id)
        .child(el("h3").id(&id).text(title))
        .child(tx("p", "hint", hint))
        .child(body)
}

/// The priority × rating quadrant and the summary of one snapshot.
pub fn focus_panel(s: &Snapshot) -> Vec<El> {
    let q = quadrants(s);
    let growth = |items: &[Placed], empty: &str| {
        if items.is_empty() {
            tx("p", "note", empty)
        } else {
            el("ul")
                .class("growth-list")
                .kids(items.iter().map(growth_item).collect())
        }
    };
    let strong = |items: &[Placed], empty: &str| {
        list_or(
            items
                .iter()
                .map(|p| el("li").text(&placed_text(p)))
                .collect(),
            empty,
        )
    };
    vec![
        el("div")
            .class("summary-words")
            .kids(summary(s).iter().map(|t| el("p").text(t)).collect()),
        el("div")
            .class("quadrant")
            .child(quad(
                "now",
                "Work on now",
                "High priority, rated below proficient.",
                growth(
                    &q.work_on_now,
                    "Nothing here: mark a competency as high priority to see it.",
                ),
            ))
            .child(quad(
                "keep",
                "Keep using",
                "High priority and already strong.",
                strong(&q.keep_using, "None yet."),
            ))
            .child(quad(
                "later",
                "Later",
                "Lower priority, rated below proficient.",
                growth(&q.later, "None."),
            ))
            .child(quad(
                "share",
                "Share with others",
                "Strengths you could mentor others in.",
                strong(&q.share, "None yet."),
            )),
        tx(
            "p",
            "note",
            "After the importance × proficiency view in Wong (College & Research Libraries, 2019).",
        ),
    ]
}
