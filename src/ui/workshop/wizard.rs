//! The matching wizard (`#/workshop/<id>/match`), in four steps: review
//! the participants (counts, places, warnings), weights (a plain-language
//! slider per criterion), constraints (capacities, locked and forbidden
//! pairs, the participants' own exclusions), and results: the optimal
//! assignment with each pair's fit and reasons, the best alternative and
//! why it lost, unmatched people and why, a cohort summary, swapping two
//! mentees by hand, and the outputs (CSV, print, introductions, match
//! links). Every change re-runs the matching; large cohorts show that
//! they are being matched first.

use super::refocus;
use super::setup::{edit, missing, read};
use crate::domain::route::Route;
use crate::domain::workshop::assign::solve;
use crate::domain::workshop::document::{Workshops, MAX_CAPACITY};
use crate::domain::workshop::matching::{
    problem, review as review_of, score_all, sides, Matching, NoSwap,
};
use crate::domain::workshop::outputs::{competency_name, file_name, pairs_csv, MatchInfo};
use crate::domain::workshop::profile::Profile;
use crate::domain::workshop::score::{fit, percent, Criterion, Weights};
use crate::domain::workshop::setup::JoinInfo;
use crate::ui::browser::download;
use crate::ui::documents::use_doc;
use crate::ui::dom::{el, stamp, tx, El};
use crate::ui::router::address;
use crate::ui::state::DocState;
use crate::ui::widgets::{button, heading, link, print_button, screen, select_field};
use leptos::prelude::*;

const STEPS: [&str; 4] = ["Participants", "Weights", "Constraints", "Results"];

/// The last matching run, and the pairs shown (the optimum, or after a
/// swap by hand).
struct Run {
    stamp: i64,
    info: JoinInfo,
    weights: Weights,
    mentees: Vec<Profile>,
    mentors: Vec<Profile>,
    m: Matching,
    optimal: Vec<Option<usize>>,
    swap_note: String,
}

pub fn wizard_screen(id: u64) -> El {
    let docs = use_doc::<Workshops>();
    if docs.doc.with_untracked(|d| d.workshops.get(id).is_none()) {
        return missing();
    }
    let step = RwSignal::new(0usize);
    let title = docs
        .doc
        .with_untracked(|d| d.workshops.get(id).map(|w| w.title().to_string()))
        .unwrap_or_default();
    let steps = el("ol").class("steps no-print").kids(
        STEPS
            .iter()
            .enumerate()
            .map(|(i, name)| {
                el("li").child(
                    button(&format!("{}. {name}", i + 1), "secondary step")
                        .dyn_attr("aria-current", move || {
                            (step.get() == i).then(|| "step".to_string())
                        })
                        .on_click(move || step.set(i)),
                )
            })
            .collect(),
    );
    let nav = el("div").class("step-nav no-print").region(
        move || step.get(),
        move |s| {
            let mut out = Vec::new();
            if s > 0 {
                out.push(
                    button(&format!("← {}", STEPS[s - 1]), "secondary").on_click(move || {
                        step.set(s - 1);
                        refocus("step-heading");
                    }),
                );
            }
            if s < 3 {
                out.push(
                    button(&format!("{} →", STEPS[s + 1]), "primary").on_click(move || {
                        step.set(s + 1);
                        refocus("step-heading");
                    }),
                );
            }
            out
        },
    );
    screen("wide wizard")
        .child(el("p").class("no-print").child(link(
            &Route::WorkshopEdit(id).to_hash(),
            "← Workshop setup and participants",
        )))
        .child(heading(&format!("Matching: {title}")))
        .child(steps)
        .child(el("div").region(
            move || step.get(),
            move |s| {
                vec![match s {
                    0 => review(docs, id),
                    1 => weights(docs, id),
                    2 => constraints(docs, id),
                    _ => results(docs, id),
                }]
            },
        ))
        .child(nav)
}

fn review(docs: DocState<Workshops>, id: u64) -> El {
    let (people, r) = docs.doc.with_untracked(|d| {
        d.workshops
            .get(id)
            .map(|w| {
                (
                    w.participants.len(),
                    review_of(&w.participants, &w.constraints),
                )
            })
            .unwrap_or_else(|| (0, review_of(&[], &Default::default())))
    });
    step_section("1. Participants")
        .child(
            el("ul")
                .class("counts")
                .child(el("li").text(&format!("{} participants", people)))
                .child(el("li").text(&format!(
                    "{} mentees, {} mentors ({} said either and were placed where needed)",
                    r.mentees, r.mentors, r.either
                )))
                .child(el("li").text(&format!("{} mentor places", r.places))),
        )
        .child(if r.warnings.is_empty() {
            tx(
                "p",
                "success",
                "Ready to match: every mentee can have a place.",
            )
        } else {
            el("ul")
                .class("warnings")
                .kids(r.warnings.iter().map(|w| el("li").text(w)).collect())
        })
}

fn weights(docs: DocState<Workshops>, id: u64) -> El {
    let level = |n: u8| match n {
        0 => "ignored",
        1..=3 => "low",
        4..=6 => "medium",
        _ => "high",
    };
    let sliders = Criterion::ALL
        .iter()
        .map(|&c| {
            let k = c as usize;
            let sid = format!("weight-{k}");
            let value = move || read(docs, id, |w| w.weights.0[k]);
            el("div")
                .class("field slider")
                .child(el("label").attr("for", &sid).text(c.label()))
                .child(
                    el("input")
                        .id(&sid)
                        .attr("type", "range")
                        .attr("min", "0")
                        .attr("max", "10")
                        .attr("step", "1")
                        .dyn_value(move || value().to_string())
                        .dyn_attr("aria-valuetext", move || {
                            Some(format!("{} of 10, {}", value(), level(value())))
                        })
                        .on_input(move |v| {
                            if let Ok(n) = v.parse::<u8>() {
                                edit(docs, id, |w| w.weights.0[k] = n.min(10));
                            }
                        }),
                )
                .child(
                    el("span")
                        .class("slider-value")
                        .attr("aria-hidden", "true")
                        .dyn_text(move || format!("{} ({})", value(), level(value()))),
                )
        })
        .collect();
    step_section("2. What matters in a pair")
        .child(tx("p", "", "Each criterion counts as much as its weight, from 0 (ignored) to 10. A criterion is left out of a pair's fit when either person did not answer it. Background counts only each person's own wish (same or different), and only for what they chose to share."))
        .kids(sliders)
        .child(button("Back to the suggested weights", "").on_click(move || edit(docs, id, |w| w.weights = Weights::default())))
}

fn constraints(docs: DocState<Workshops>, id: u64) -> El {
    // Rebuilt when people, locks or forbidden pairs change, not when a
    // capacity is typed (which would close its <details> and lose focus).
    let key = move || {
        read(docs, id, |w| {
            let c = &w.constraints;
            let pairs = c
                .locks
                .iter()
                .chain(&c.forbids)
                .map(|&(a, b)| (a ^ (b << 1), c.forbids.len() as i64));
            let people = w.participants.iter().map(|p| (p.id, p.role as i64));
            (stamp(pairs.chain(people)), c.default_capacity)
        })
    };
    step_section("3. Constraints").region(key, move |_| {
        docs.doc.with_untracked(|d| {
            let Some(w) = d.workshops.get(id) else {
                return vec![];
            };
            let (mentees, mentors) = sides(&w.participants, w.constraints.default_capacity);
            let name = |pid: u64| {
                w.participants
                    .iter()
                    .find(|p| p.id == pid)
                    .map_or("(removed)".to_string(), |p| p.name.clone())
            };
            let mut out = Vec::new();
            out.push(el("h3").text("Mentees per mentor"));
            out.push(
                el("div")
                    .class("field")
                    .child(
                        el("label")
                            .attr("for", "default-capacity")
                            .text("Default for every mentor"),
                    )
                    .child(
                        el("input")
                            .id("default-capacity")
                            .attr("type", "number")
                            .attr("min", "1")
                            .attr("max", &MAX_CAPACITY.to_string())
                            .prop("value", w.constraints.default_capacity.to_string())
                            .on_change(move |v| {
                                if let Ok(n) = v.parse::<u32>() {
                                    edit(docs, id, |w| w.constraints.set_default_capacity(n));
                                }
                            }),
                    ),
            );
            if !mentors.is_empty() {
                out.push(
                    el("details")
                        .child(el("summary").text("A different number for some mentors"))
                        .kids(
                            mentors
                                .iter()
                                .map(|m| {
                                    let mid = m.id;
                                    let fid = format!("cap-{mid}");
                                    el("div")
                                        .class("field inline")
                                        .child(el("label").attr("for", &fid).text(&m.name))
                                        .child(
                                            el("input")
                                                .id(&fid)
                                                .attr("type", "number")
                                                .attr("min", "0")
                                                .attr("max", &MAX_CAPACITY.to_string())
                                                .prop(
                                                    "value",
                                                    w.constraints.capacity_of(mid).to_string(),
                                                )
                                                .on_change(move |v| {
                                                    if let Ok(n) = v.parse::<u32>() {
                                                        edit(docs, id, |w| {
                                                            w.constraints.set_capacity(mid, n)
                                                        });
                                                    }
                                                }),
                                        )
                                })
                                .collect(),
                        ),
                );
            }
            for (forbid, title, empty) in [
                (false, "Locked pairs (always made)", "No locked pairs."),
                (true, "Forbidden pairs (never made)", "No forbidden pairs."),
            ] {
                out.push(el("h3").text(title));
                let list = if forbid {
                    &w.constraints.forbids
                } else {
                    &w.constraints.locks
                };
                if list.is_empty() {
                    out.push(tx("p", "note", empty));
                } else {
                    out.push(
                        el("ul").kids(
                            list.iter()
                                .map(|&(e, m)| {
                                    el("li")
                                        .text(&format!("{} with {} ", name(e), name(m)))
                                        .child(
                                            button("Remove", "link")
                                                .attr(
                                                    "aria-label",
                                                    &format!("Remove {} with {}", name(e), name(m)),
                                                )
                                                .on_click(move || {
                                                    edit(docs, id, |w| {
                                                        let c = &mut w.constraints;
                                                        if forbid {
                                                            c.unforbid(e, m)
                                                        } else {
                                                            c.unlock(e, m)
                                                        }
                                                    });
                                                    refocus("step-heading");
                                                }),
                                        )
                                })
                                .collect(),
                        ),
                    );
                }
                if !mentees.is_empty() && !mentors.is_empty() {
                    out.push(pair_form(docs, id, forbid, &mentees, &mentors));
                }
            }
            out.push(el("h3").text("Participants' own exclusions (always respected)"));
            let own: Vec<String> = w
                .participants
                .iter()
                .flat_map(|p| {
                    p.exclude
                        .iter()
                        .map(move |x| format!("{} not with {}", p.name, x))
                })
                .collect();
            if own.is_empty() {
                out.push(tx(
                    "p",
                    "note",
                    "Nobody asked not to be paired with someone.",
                ));
            } else {
                out.push(el("ul").kids(own.iter().map(|t| el("li").text(t)).collect()));
            }
            out
        })
    })
}

/// Two selects and a button adding a locked (or forbidden) pair.
fn pair_form(
    docs: DocState<Workshops>,
    id: u64,
    forbid: bool,
    mentees: &[Profile],
    mentors: &[Profile],
) -> El {
    let pick = RwSignal::new((mentees[0].id, mentors[0].id));
    let options = |list: &[Profile]| {
        list.iter()
            .map(|p| (p.id.to_string(), p.name.clone()))
            .collect::<Vec<_>>()
    };
    let (a, b) = (options(mentees), options(mentors));
    fn refs(v: &[(String, String)]) -> Vec<(&str, &str)> {
        v.iter().map(|(x, y)| (x.as_str(), y.as_str())).collect()
    }
    let kind = if forbid { "forbid" } else { "lock" };
    el("div")
        .class("pair-form")
        .child(el("div").class("field").kids(select_field(
            &format!("{kind}-mentee"),
            "Mentee",
            &refs(&a),
            &a[0].0,
            move |v| pick.update(|p| p.0 = v.parse().unwrap_or(p.0)),
        )))
        .child(el("div").class("field").kids(select_field(
            &format!("{kind}-mentor"),
            "Mentor",
            &refs(&b),
            &b[0].0,
            move |v| pick.update(|p| p.1 = v.parse().unwrap_or(p.1)),
        )))
        .child(
            button(
                if forbid {
                    "Forbid this pair"
                } else {
                    "Lock this pair"
                },
                "",
            )
            .on_click(move || {
                let pair = pick.get_untracked();
                edit(docs, id, |w| {
                    let c = &mut w.constraints;
                    if forbid {
                        c.forbid(pair.0, pair.1)
                    } else {
                        c.lock(pair.0, pair.1)
                    }
                })
            }),
        )
}

fn results(docs: DocState<Workshops>, id: u64) -> El {
    let latest: StoredValue<Option<Run>, LocalStorage> = StoredValue::new_local(None);
    let version = RwSignal::new(0u32);
    let busy = RwSignal::new(String::new());
    // Re-run whenever the workshop changes. Large cohorts are scored a
    // slice of mentees at a time, yielding to the browser between slices
    // with the progress shown; a newer run stops an older one.
    let generation = StoredValue::new_local(0u32);
    Effect::new(move |_| {
        let stamp = read(docs, id, |w| w.updated_at);
        if latest.with_value(|r| r.as_ref().is_some_and(|r| r.stamp == stamp)) {
            return;
        }
        let Some((w, mentees, mentors)) = docs.doc.with_untracked(|d| {
            let w = d.workshops.get(id)?.clone();
            let (e, m) = sides(&w.participants, w.constraints.default_capacity);
            Some((w, e, m))
        }) else {
            return;
        };
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        leptos::task::spawn_local(async move {
            // The task outlives a frame. Once this step's owner is gone
            // (another step, another screen) its values are disposed and
            // `try_get_value` says so: the task stops instead of touching
            // them, as it stops for a newer run.
            let current = || generation.try_get_value() == Some(mine);
            if !current() {
                return;
            }
            let slice = (40_000 / mentors.len().max(1)).max(1);
            let big = mentees.len() * mentors.len() > 40_000;
            let mut fits = Vec::with_capacity(mentees.len());
            for chunk in mentees.chunks(slice) {
                if big {
                    busy.set(format!(
                        "Scoring pairs: {} of {} mentees…",
                        fits.len(),
                        mentees.len()
                    ));
                    next_frame().await;
                    if !current() {
                        return;
                    }
                }
                fits.extend(score_all(chunk, &mentors, &w.weights));
            }
            if big {
                busy.set(format!(
                    "Finding the best assignment for {} mentees…",
                    mentees.len()
                ));
                next_frame().await;
                if !current() {
                    return;
                }
            }
            let problem = problem(&mentees, &mentors, &fits, &w.constraints);
            let (pairs, _) = solve(&problem);
            let m = Matching {
                fits,
                problem,
                pairs,
            };
            latest.set_value(Some(Run {
                stamp: w.updated_at,
                info: w.info,
                weights: w.weights,
                optimal: m.pairs.clone(),
                mentees,
                mentors,
                m,
                swap_note: String::new(),
            }));
            busy.set(String::new());
            version.update(|v| *v += 1);
            refocus("step-heading");
        });
    });
    step_section("4. Results")
        .child(
            el("p")
                .class("note")
                .attr("role", "status")
                .dyn_text(move || busy.get()),
        )
        .region(
            move || version.get(),
            move |_| {
                latest.with_value(|r| {
                    r.as_ref()
                        .map(|r| render_results(docs, id, r, latest, version))
                        .unwrap_or_default()
                })
            },
        )
}

fn render_results(
    docs: DocState<Workshops>,
    id: u64,
    r: &Run,
    latest: StoredValue<Option<Run>, LocalStorage>,
    version: RwSignal<u32>,
) -> Vec<El> {
    let (mentees, mentors, m) = (&r.mentees, &r.mentors, &r.m);
    if mentees.is_empty() || mentors.is_empty() {
        return vec![tx("p", "note", "Matching needs at least one mentee and one mentor. Bring in profiles on the workshop page.")];
    }
    let s = m.summary(mentees, mentors);
    let locks = docs.doc.with_untracked(|d| {
        d.workshops
            .get(id)
            .map(|w| w.constraints.locks.clone())
            .unwrap_or_default()
    });
    let mut out = Vec::new();
    let across = s.background_text();
    out.push(
        el("ul")
            .class("summary")
            .child(el("li").text(&format!(
                "{} pairs; {} mentees unmatched",
                s.pairs,
                mentees.len() - s.pairs
            )))
            .child(el("li").text(&format!(
                "Mean fit {}, lowest {}",
                percent(s.mean),
                percent(s.lowest)
            )))
            .child(el("li").text(&across)),
    );
    if !r.swap_note.is_empty() {
        out.push(el("p").class("success").text(&r.swap_note).child(
            button("Back to the optimal assignment", "").on_click(move || {
                latest.update_value(|r| {
                    if let Some(r) = r {
                        r.m.pairs = r.optimal.clone();
                        r.swap_note.clear();
                    }
                });
                version.update(|v| *v += 1);
                refocus("step-heading");
            }),
        ));
    }
    let mut rows: Vec<(Profile, Profile, crate::domain::workshop::score::Fit)> = Vec::new();
    let mut cards = Vec::new();
    for (i, j) in m.pairs.iter().enumerate() {
        let Some(j) = *j else { continue };
        let (e, mt) = (&mentees[i], &mentors[j]);
        let f = fit(e, mt, &r.weights, competency_name);
        let alt = m.alternative(i, mentees, mentors, &r.weights, competency_name);
        let info = MatchInfo::new(&r.info, e, mt, &f);
        let url = address(&Route::MatchLink(info.code()));
        let pair = (e.id, mt.id);
        let locked = locks.contains(&pair);
        let card = el("li")
            .class("pair")
            .child(
                el("h3")
                    .text(&format!("{} → {}", e.name, mt.name))
                    .child(tx("span", "fit", &format!(" fit {}", percent(f.score))))
                    .maybe(locked.then(|| tx("span", "tag", " locked"))),
            )
            .child(
                el("ul").class("why").kids(
                    f.parts
                        .iter()
                        .map(|p| {
                            // Reasons about background stay off printouts.
                            let class = if p.criterion == Criterion::Background {
                                "no-print"
                            } else {
                                ""
                            };
                            el("li")
                                .class(class)
                                .text(&format!("{} ({})", p.why, percent(p.fit)))
                        })
                        .collect(),
                ),
            )
            .maybe(alt.map(|(k, why)| {
                tx(
                    "p",
                    "alt",
                    &format!(
                        "Next best for {}: {} (fit {}), not chosen: {}.",
                        e.name,
                        mentors[k].name,
                        percent(m.fits[i][k].score),
                        why
                    ),
                )
            }))
            .child(
                el("p")
                    .class("actions no-print")
                    .child(
                        button(
                            if locked { "Unlock" } else { "Lock this pair" },
                            "secondary",
                        )
                        .on_click(move || {
                            edit(docs, id, |w| {
                                let c = &mut w.constraints;
                                if c.locks.contains(&pair) {
                                    c.unlock(pair.0, pair.1)
                                } else {
                                    c.lock(pair.0, pair.1)
                                }
                            })
                        }),
                    )
                    .child(button("Forbid and re-run", "secondary").on_click(move || {
                        edit(docs, id, |w| {
                            w.constraints.forbid(pair.0, pair.1);
                        })
                    }))
                    .child(el("a").attr("href", &url).text("Match link"))
                    .maybe(
                        info.mailto()
                            .map(|href| el("a").attr("href", &href).text("Email the introduction")),
                    ),
            )
            .child(
                el("details")
                    .class("no-print")
                    .child(el("summary").text("Introduction text"))
                    .child(tx("p", "intro-text", &info.introduction().1)),
            );
        cards.push(card);
        rows.push((e.clone(), mt.clone(), f));
    }
    out.push(el("ol").class("pairs").kids(cards));
    let unmatched: Vec<El> = (0..mentees.len())
        .filter(|&i| m.pairs[i].is_none())
        .map(|i| {
            el("li").text(&format!(
                "{}: {}.",
                mentees[i].name,
                m.unmatched_reason(i, mentors)
            ))
        })
        .collect();
    out.push(el("h3").text("Unmatched"));
    out.push(if unmatched.is_empty() {
        tx("p", "note", "Every mentee has a mentor.")
    } else {
        el("ul").kids(unmatched)
    });
    // Swap two mentees' mentors by hand.
    let matched: Vec<(String, String)> = (0..mentees.len())
        .filter(|&i| m.pairs[i].is_some())
        .map(|i| (i.to_string(), mentees[i].name.clone()))
        .collect();
    if matched.len() >= 2 {
        let pick = RwSignal::new((
            matched[0].0.parse::<usize>().unwrap_or(0),
            matched[1].0.parse::<usize>().unwrap_or(0),
        ));
        let opts: Vec<(&str, &str)> = matched
            .iter()
            .map(|(a, b)| (a.as_str(), b.as_str()))
            .collect();
        out.push(
            el("div")
                .class("swap no-print")
                .child(el("h3").text("Swap two mentees' mentors"))
                .child(el("div").class("field").kids(select_field(
                    "swap-a",
                    "Mentee",
                    &opts,
                    &matched[0].0,
                    move |v| pick.update(|p| p.0 = v.parse().unwrap_or(p.0)),
                )))
                .child(el("div").class("field").kids(select_field(
                    "swap-b",
                    "with mentee",
                    &opts,
                    &matched[1].0,
                    move |v| pick.update(|p| p.1 = v.parse().unwrap_or(p.1)),
                )))
                .child(button("Swap and compare", "").on_click(move || {
                    let (a, b) = pick.get_untracked();
                    latest.update_value(|r| {
                        let Some(r) = r else { return };
                        r.swap_note = swap(&mut r.m, a, b, &r.mentees);
                    });
                    version.update(|v| *v += 1);
                    refocus("step-heading");
                })),
        );
    }
    let csv_rows: Vec<(&Profile, &Profile, &crate::domain::workshop::score::Fit)> =
        rows.iter().map(|(a, b, f)| (a, b, f)).collect();
    let csv = pairs_csv(&csv_rows);
    let name = file_name(&r.info.name, "-pairs.csv");
    out.push(
        el("p")
            .class("outputs no-print")
            .child(button("Download pairs (CSV)", "").on_click(move || {
                let _ = download(&name, "text/csv", &csv);
            }))
            .child(print_button("Print all pairs")),
    );
    let stored = docs
        .doc
        .with_untracked(|d| d.workshops.get(id).map_or(0, |w| w.background_answers()));
    if stored > 0 {
        out.push(remove_background(docs, id, stored));
    }
    out
}

/// Once pairs are made, background answers have done their job: this
/// removes them from the workshop (and so from every later save and
/// backup), after a confirmation.
fn remove_background(docs: DocState<Workshops>, id: u64, people: usize) -> El {
    let confirming = RwSignal::new(false);
    let who = crate::domain::format::plural(people, "person", "people");
    el("section")
        .class("background-answers no-print")
        .attr("aria-labelledby", "background-heading")
        .child(el("h3").id("background-heading").text("Background answers"))
        .child(tx("p", "", &format!("Background answers from {who} are stored with this workshop. They were shared only for matching: once the pairs are final, remove them, so they are not kept longer than needed or carried in backups.")))
        .region(move || confirming.get(), move |sure| {
            if !sure {
                return vec![button("Remove background answers", "").on_click(move || confirming.set(true))];
            }
            vec![
                tx("p", "warning", "Remove every participant's background answers from this workshop? This cannot be undone; re-running the match will no longer weigh background wishes."),
                el("p").class("actions")
                    .child(button("Yes, remove them", "danger").on_click(move || {
                        edit(docs, id, |w| {
                            w.remove_background_answers();
                        });
                    }))
                    .child(button("Cancel", "secondary").on_click(move || confirming.set(false))),
            ]
        })
}

/// Swaps the mentors of mentees `a` and `b` (see [`Matching::swap`]) and
/// says how the total fit changed, or why it could not.
fn swap(m: &mut Matching, a: usize, b: usize, mentees: &[Profile]) -> String {
    let (x, y) = (&mentees[a].name, &mentees[b].name);
    match m.swap(a, b) {
        Err(NoSwap::Unmatched) => "Pick two mentees who both have a mentor.".into(),
        Err(NoSwap::SameMentor) => "Those two have the same mentor: swapping changes nothing.".into(),
        Err(NoSwap::NotAllowed) => format!("Not swapped: {x} and {y} cannot have each other's mentor (an exclusion or a forbidden pair)."),
        Ok((before, after)) => {
            let d = after - before;
            let sign = if d < 0 { "−" } else { "+" };
            let pts = |n: i64| format!("{}.{}", n / 10, n % 10);
            format!(
                "Swapped {x} and {y}: the sum of all pairs' fits went from {} to {} ({sign}{} points).",
                pts(before),
                pts(after),
                pts(d.abs())
            )
        }
    }
}

/// Resolves after the browser has had a chance to paint and handle input.
async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let _ = window().set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 0);
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// A wizard step's section, labelled by its heading (focused after
/// actions that rebuild the step).
fn step_section(title: &str) -> El {
    el("section").attr("aria-labelledby", "step-heading").child(
        el("h2")
            .id("step-heading")
            .attr("tabindex", "-1")
            .text(title),
    )
}
