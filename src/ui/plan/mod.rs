//! The development plan (`#/plan`): the leader's aspiration and horizon,
//! top growth areas from the latest self-assessment, active goals with
//! tasks and dates, mentor and sponsor asks, and review dates; on screen
//! and as one printed page (A4 or Letter).

use crate::domain::assessment::framework::level_name;
use crate::domain::date::Ymd;
use crate::domain::plan::{compose, suggested_reviews, Horizon, MAX_ASPIRATION_CHARS};
use crate::domain::route::Route;
use crate::ui::clock::today;
use crate::ui::dom::{el, tx, El};
use crate::ui::goals::{kind_label, status_label};
use crate::ui::state::{now_ms, use_app};
use crate::ui::widgets::{button, field_error, heading, link, screen};
use leptos::prelude::*;

pub fn plan_screen() -> El {
    let app = use_app();
    let plan = app.plan;
    let initial = plan.doc.get_untracked();
    let review_error = RwSignal::new(None::<String>);
    let set_plan = move |f: &dyn Fn(&mut crate::domain::plan::Plan)| {
        let now = now_ms();
        plan.update(|p| {
            f(p);
            p.updated_at = now;
        });
    };
    let horizon_choice = move |h: Horizon, id: &str| {
        el("label")
            .class("choice")
            .child(
                el("input")
                    .attr("type", "radio")
                    .attr("name", "horizon")
                    .id(id)
                    .dyn_flag("checked", move || plan.doc.with(|p| p.horizon == h))
                    .on("change", move |_| set_plan(&|p| p.horizon = h)),
            )
            .text(h.label())
    };
    let body = move || {
        let a = app.assessments.doc.get();
        let g = app.goals.doc.get();
        let v = compose(&a, &g);
        let growth: Vec<String> = v
            .growth
            .iter()
            .map(|p| format!("{} (now {})", p.competency.name, level_name(p.level)))
            .collect();
        let goals: Vec<(u64, String, String, Vec<String>)> = v
            .goals
            .iter()
            .map(|g| {
                let meta = format!(
                    "{} · {} · {}% done{}",
                    kind_label(g.kind),
                    status_label(g.status),
                    g.progress(),
                    g.target_date
                        .as_ref()
                        .map_or(String::new(), |d| format!(" · target {d}"))
                );
                let tasks = g
                    .tasks
                    .iter()
                    .map(|t| {
                        format!(
                            "{}{}{}",
                            if t.done { "✓ " } else { "" },
                            t.title,
                            t.due
                                .as_ref()
                                .map_or(String::new(), |d| format!(" (due {d})"))
                        )
                    })
                    .collect();
                (g.id, g.title.clone(), meta, tasks)
            })
            .collect();
        let asks = |v: &[(&str, &str)]| {
            v.iter()
                .map(|(t, a)| format!("{a} — for “{t}”"))
                .collect::<Vec<_>>()
        };
        (growth, goals, asks(&v.mentor_asks), asks(&v.sponsor_asks))
    };
    let list = |items: Vec<String>, empty: &str| -> El {
        if items.is_empty() {
            tx("p", "note", empty)
        } else {
            el("ul").kids(items.iter().map(|i| el("li").text(i)).collect())
        }
    };
    screen("wide plan")
        .child(heading("Development plan"))
        .child(tx("p", "lead no-print", "One page to bring to a mentor, a sponsor or your supervisor. It gathers your aspiration, where you want to grow, your active goals and what you need from others."))
        .child(el("div").class("actions no-print").child(button("Print the plan", "").on_click(|| {
            let _ = window().print();
        })))
        .child(el("h2").text("Where I want to be"))
        .child(el("label").attr("for", "aspiration").class("no-print").text("My aspiration"))
        .child(
            el("textarea")
                .id("aspiration")
                .class("no-print")
                .attr("rows", "3")
                .attr("maxlength", &MAX_ASPIRATION_CHARS.to_string())
                .attr("placeholder", "For example: lead a mid-sized public library system")
                .prop("value", initial.aspiration.as_str())
                .on_input(move |v| set_plan(&|p| p.aspiration = v.clone())),
        )
        .child(
            el("fieldset")
                .class("no-print")
                .child(el("legend").text("Horizon"))
                .child(horizon_choice(Horizon::OneToThree, "horizon-1-3"))
                .child(horizon_choice(Horizon::ThreeToFive, "horizon-3-5")),
        )
        .child(el("p").class("print-only aspiration").dyn_text(move || {
            plan.doc.with(|p| {
                if p.aspiration.trim().is_empty() {
                    "(No aspiration written yet.)".to_string()
                } else {
                    format!("{} — {}", p.aspiration.trim(), p.horizon.label())
                }
            })
        }))
        .region(body, move |(growth, goals, mentor, sponsor)| {
            let goal_items = goals
                .into_iter()
                .map(|(id, title, meta, tasks)| {
                    el("li")
                        .class("plan-goal")
                        .child(el("strong").child(link(&Route::Goal(id).to_hash(), &title)))
                        .child(tx("span", "goal-meta", &meta))
                        .maybe((!tasks.is_empty()).then(|| el("ul").kids(tasks.iter().map(|t| el("li").text(t)).collect())))
                })
                .collect::<Vec<_>>();
            vec![
                el("h2").text("Where I want to grow"),
                list(growth, "Take the self-assessment to see your growth areas here."),
                el("h2").text("Active goals"),
                if goal_items.is_empty() {
                    el("p").class("note").text("No active goals yet. ").child(link("#/goals", "Add a goal"))
                } else {
                    el("ol").class("plan-goals").kids(goal_items)
                },
                el("h2").text("What I ask of a mentor"),
                list(mentor, "No mentor asks yet: add them on a goal."),
                el("h2").text("What I ask of a sponsor"),
                list(sponsor, "No sponsor asks yet. A sponsor advocates for you: think of a stretch assignment, an introduction or a nomination."),
            ]
        })
        .child(el("h2").text("Review dates"))
        .child(el("ul").class("review-dates").region(
            move || plan.doc.with(|p| p.review_dates.clone()),
            move |dates| {
                if dates.is_empty() {
                    return vec![tx("li", "note", "No review dates yet.")];
                }
                dates
                    .into_iter()
                    .map(|d| {
                        let dd = d.clone();
                        el("li").class("record-row").child(el("span").text(&d)).child(
                            button("Remove", "secondary small no-print")
                                .attr("aria-label", &format!("Remove review date {d}"))
                                .on_click(move || {
                                    let dd = dd.clone();
                                    set_plan(&move |p| p.review_dates.retain(|x| *x != dd))
                                }),
                        )
                    })
                    .collect()
            },
        ))
        .child(
            el("div")
                .class("actions no-print")
                .child(button("Suggest quarterly reviews", "secondary").on_click(move || {
                    let s = suggested_reviews(today());
                    set_plan(&|p| p.add_reviews(&s))
                }))
                .child(el("label").attr("for", "review-date").class("visually-hidden").text("Add a review date"))
                .child(el("input").id("review-date").attr("type", "date").attr("aria-describedby", "review-error").on_change(move |v| {
                    if Ymd::parse(&v).is_some() {
                        review_error.set(None);
                        set_plan(&|p| p.add_reviews(std::slice::from_ref(&v)));
                    } else if !v.is_empty() {
                        review_error.set(Some("Enter the date as year-month-day.".into()));
                    }
                })),
        )
        .child(field_error("review-error", move || review_error.get()))
}
