//! One person in the support network (`#/guide/network/<id>`): who they
//! are and what they are to me (several roles), Hewlett's sponsor
//! checklist with its reading in plain words, the meeting log (with the
//! goals discussed) and the asks made with their outcomes.

use crate::domain::guide::network::{
    clean_name, read_checklist, Ask, AskKind, AskOutcome, Meeting, Person, Relation, HEWLETT,
    HEWLETT_PRECONDITION,
};
use crate::domain::guide::Guide;
use crate::domain::route::Route;
use crate::ui::browser::focus_by_id;
use crate::ui::clock::today_iso;
use crate::ui::dom::{el, tx, El};
use crate::ui::router::go;
use crate::ui::state::{now_ms, use_app, DocState};
use crate::ui::widgets::{
    bound_field, button, checkbox, field_error, heading, link, screen, select_field, text_field,
};
use leptos::prelude::*;

/// Applies `f` to person `id`, bumping their update time.
fn edit<R>(network: DocState<Guide>, id: u64, f: impl FnOnce(&mut Person) -> R) -> Option<R> {
    let now = now_ms();
    network
        .update(|d| {
            let p = d.network.people.items.iter_mut().find(|p| p.id == id)?;
            let r = f(p);
            p.updated_at = now.max(p.updated_at + 1);
            Some(r)
        })
        .flatten()
}

pub fn person_screen(id: u64) -> El {
    let network = use_app().guide;
    el("div").region(
        move || network.doc.with(|d| d.network.people.get(id).is_some()),
        move |exists| {
            if exists {
                return vec![person_view(network, id)];
            }
            vec![screen("")
                .child(heading("Person not found"))
                .child(el("p").text("This person is not in your network in this browser: they may have been removed."))
                .child(el("p").child(link(&Route::Network.to_hash(), "Back to my support network")))]
        },
    )
}

fn person_view(network: DocState<Guide>, id: u64) -> El {
    let person = move || network.doc.with(|d| d.network.people.get(id).cloned());
    let initial = person().unwrap_or_else(|| Person::new(id, "", 0));
    let name_error = RwSignal::new(None::<String>);
    let field = |key: &str, label: &str, value: &str, set: fn(&mut Person, String)| {
        text_field(&format!("person-{key}"), label, "text", value, move |v| {
            edit(network, id, |p| set(p, v));
        })
    };
    let relations = el("fieldset")
        .child(el("legend").text("What they are to you"))
        .kids(
            Relation::ALL
                .iter()
                .map(|&r| {
                    checkbox(
                        &format!("rel-{}", r.label()),
                        r.label(),
                        move || person().is_some_and(|p| p.is(r)),
                        move |on| {
                            edit(network, id, |p| {
                                let keep = |x: Relation| if x == r { on } else { p.is(x) };
                                p.relations =
                                    Relation::ALL.into_iter().filter(|x| keep(*x)).collect();
                            });
                        },
                    )
                })
                .collect(),
        );
    let tick = |i: usize| {
        checkbox(
            &format!("hewlett-{i}"),
            HEWLETT[i],
            move || person().is_some_and(|p| p.hewlett[i]),
            move |on| {
                edit(network, id, |p| p.hewlett[i] = on);
            },
        )
    };
    let checklist = el("section")
        .class("checklist")
        .attr("aria-labelledby", "checklist-heading")
        .child(el("h2").id("checklist-heading").text("Is this person a sponsor?"))
        .child(tx("p", "hint", "Tick what is true and what they actually do for you. Hewlett (2013): a sponsor is a senior leader with power where decisions about you are made, does all three core things and at least two of the others."))
        .child(el("fieldset").child(el("legend").text("First: who they are")).child(checkbox(
            "hewlett-senior",
            HEWLETT_PRECONDITION,
            move || person().is_some_and(|p| p.senior),
            move |on| {
                edit(network, id, |p| p.senior = on);
            },
        )))
        .child(el("fieldset").child(el("legend").text("The core: all three")).kids((0..3).map(tick).collect()))
        .child(el("fieldset").child(el("legend").text("And at least two of these")).kids((3..10).map(tick).collect()))
        .child(el("p").class("callout reading").attr("aria-live", "polite").dyn_text(move || {
            person().map_or(String::new(), |p| read_checklist(p.senior, &p.hewlett).text().to_string())
        }))
        .child(el("p").child(link(&Route::GuidePage("sponsorship".into()).to_hash(), "How to attract a sponsor")));
    screen("wide person")
        .child(
            el("p")
                .class("no-print")
                .child(link(&Route::Network.to_hash(), "← My support network")),
        )
        .child(
            el("h1")
                .id(crate::ui::app::HEADING_ID)
                .attr("tabindex", "-1")
                .dyn_text(move || person().map(|p| p.name).unwrap_or_default()),
        )
        .child(
            el("form")
                .attr("novalidate", "")
                .on_submit(|| {})
                .child(
                    el("div")
                        .class("field")
                        .child(el("label").attr("for", "person-name").text("Name"))
                        .child(
                            el("input")
                                .id("person-name")
                                .attr("type", "text")
                                .attr("maxlength", "120")
                                .attr("aria-describedby", "person-name-error")
                                .prop("value", initial.name.as_str())
                                .on_input(move |v| match clean_name(&v) {
                                    Ok(name) => {
                                        name_error.set(None);
                                        edit(network, id, |p| p.name = name);
                                    }
                                    Err(e) => name_error.set(Some(e)),
                                }),
                        )
                        .child(field_error("person-name-error", move || name_error.get())),
                )
                .child(
                    el("div")
                        .class("field-row")
                        .child(field("role", "Role", &initial.role, |p, v| p.role = v))
                        .child(field(
                            "org",
                            "Organisation",
                            &initial.organisation,
                            |p, v| p.organisation = v,
                        )),
                )
                .child(field(
                    "how",
                    "How I know them",
                    &initial.how_known,
                    |p, v| p.how_known = v,
                ))
                .child(relations),
        )
        .child(checklist)
        .child(meetings(network, id))
        .child(asks(network, id))
        .child(remove(network, id))
}

fn meetings(network: DocState<Guide>, id: u64) -> El {
    let goals = use_app().goals;
    let date = RwSignal::new(today_iso());
    let topics = RwSignal::new(String::new());
    let follow = RwSignal::new(String::new());
    let linked = RwSignal::new(Vec::<u64>::new());
    let error = RwSignal::new(None::<String>);
    let add = move || {
        let m = Meeting {
            date: date.get_untracked(),
            topics: topics.get_untracked().trim().to_string(),
            follow_ups: follow.get_untracked().trim().to_string(),
            goals: linked.get_untracked(),
        };
        match edit(network, id, |p| p.log_meeting(m)) {
            Some(Err(e)) => error.set(Some(e)),
            _ => {
                error.set(None);
                topics.set(String::new());
                follow.set(String::new());
                linked.set(Vec::new());
            }
        }
    };
    let goal_list: Vec<(u64, String)> = goals.doc.with_untracked(|g| {
        g.goals
            .items
            .iter()
            .map(|g| (g.id, g.title.clone()))
            .collect()
    });
    let titles = goal_list.clone();
    // Meetings are only ever added: their count is the region's key.
    let log = move || {
        network
            .doc
            .with(|d| d.network.people.get(id).map_or(0, |p| p.meetings.len()))
    };
    el("section")
        .attr("aria-labelledby", "meetings-heading")
        .child(el("h2").id("meetings-heading").text("Meetings"))
        .child(
            el("form")
                .attr("novalidate", "")
                .on_submit(add)
                .child(
                    el("div")
                        .class("field-row")
                        .child(bound_field("meeting-date", "Date", "date", "", "", date))
                        .child(bound_field(
                            "meeting-topics",
                            "What we talked about",
                            "text",
                            "grow",
                            "meeting-error",
                            topics,
                        )),
                )
                .child(bound_field(
                    "meeting-follow",
                    "Follow-ups",
                    "text",
                    "",
                    "",
                    follow,
                ))
                .maybe((!goal_list.is_empty()).then(|| {
                    el("fieldset")
                        .child(el("legend").text("Goals we discussed"))
                        .kids(
                            goal_list
                                .iter()
                                .map(|(gid, title)| {
                                    let gid = *gid;
                                    checkbox(
                                        &format!("meeting-goal-{gid}"),
                                        title,
                                        move || linked.with(|l| l.contains(&gid)),
                                        move |on| {
                                            linked.update(|l| {
                                                l.retain(|x| *x != gid);
                                                if on {
                                                    l.push(gid)
                                                }
                                            })
                                        },
                                    )
                                })
                                .collect(),
                        )
                }))
                .child(el("button").attr("type", "submit").text("Log meeting"))
                .child(field_error("meeting-error", move || error.get())),
        )
        .child(el("ul").class("record-list").region(log, move |_| {
            let ms = network.doc.with_untracked(|d| {
                d.network
                    .people
                    .get(id)
                    .map(|p| p.meetings.clone())
                    .unwrap_or_default()
            });
            if ms.is_empty() {
                return vec![tx("li", "note", "No meetings logged yet.")];
            }
            ms.iter()
                .map(|m| {
                    let goals: Vec<&str> = m
                        .goals
                        .iter()
                        .filter_map(|g| titles.iter().find(|t| t.0 == *g).map(|t| t.1.as_str()))
                        .collect();
                    el("li").class("record-row").child(
                        el("span")
                            .child(el("strong").text(&format!("{} · {}", m.date, m.topics)))
                            .maybe((!m.follow_ups.is_empty()).then(|| {
                                el("span").text(&format!(" — follow-ups: {}", m.follow_ups))
                            }))
                            .maybe((!goals.is_empty()).then(|| {
                                tx(
                                    "span",
                                    "goal-meta",
                                    &format!(" — goals: {}", goals.join("; ")),
                                )
                            })),
                    )
                })
                .collect()
        }))
}

fn asks(network: DocState<Guide>, id: u64) -> El {
    let date = RwSignal::new(today_iso());
    // The chosen kind, as its index in `AskKind::ALL`.
    let kind = RwSignal::new(0u32);
    let what = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let add = move || {
        let a = Ask {
            date: date.get_untracked(),
            kind: AskKind::ALL[kind.get_untracked() as usize % AskKind::ALL.len()],
            what: what.get_untracked().trim().to_string(),
            outcome: AskOutcome::Pending,
        };
        match edit(network, id, |p| p.add_ask(a)) {
            Some(Err(e)) => error.set(Some(e)),
            _ => {
                error.set(None);
                what.set(String::new());
            }
        }
    };
    let kinds: Vec<(&str, &str)> = AskKind::ALL
        .iter()
        .map(|k| (AskKind::NAMES[*k as usize], k.label()))
        .collect();
    let outcomes: Vec<(&str, &str)> = AskOutcome::ALL
        .iter()
        .map(|o| (AskOutcome::NAMES[*o as usize], o.label()))
        .collect();
    // Asks are only added, and outcomes change in place: keyed on the
    // count, so changing an outcome keeps its select (and the keyboard
    // focus) where it is.
    let list = move || {
        network
            .doc
            .with(|d| d.network.people.get(id).map_or(0, |p| p.asks.len()))
    };
    el("section").attr("aria-labelledby", "asks-heading")
        .child(el("h2").id("asks-heading").text("Asks and outcomes"))
        .child(tx("p", "hint", "Sponsors act on specific asks: a stretch assignment, an introduction, a nomination. Note what you asked for and what happened."))
        .child(el("form").attr("novalidate", "").on_submit(add)
            .child(el("div").class("field-row")
                .child(bound_field("ask-date", "Date", "date", "", "", date))
                .child(el("div").class("field").kids(select_field("ask-kind", "Kind", &kinds, AskKind::NAMES[0], move |v| {
                    if let Some(i) = AskKind::NAMES.iter().position(|n| *n == v) {
                        kind.set(i as u32);
                    }
                }))))
            .child(bound_field("ask-what", "What I asked for", "text", "", "ask-error", what))
            .child(el("button").attr("type", "submit").text("Add ask"))
            .child(field_error("ask-error", move || error.get())))
        .child(el("ul").class("record-list").region(list, move |_| {
            let asks: Vec<String> = network.doc.with_untracked(|d| {
                d.network.people.get(id).map_or(Vec::new(), |p| {
                    p.asks
                        .iter()
                        .map(|a| format!("{} · {}: {}", a.date, a.kind.label(), a.what))
                        .collect()
                })
            });
            if asks.is_empty() {
                return vec![tx("li", "note", "No asks yet.")];
            }
            asks.iter().enumerate().map(|(i, text)| {
                let sid = format!("ask-outcome-{i}");
                let now = network.doc.with_untracked(|d| d.network.people.get(id).and_then(|p| p.asks.get(i)).map_or(AskOutcome::Pending, |a| a.outcome));
                el("li").class("record-row")
                    .child(el("span").text(text))
                    .child(el("span").kids(select_field(&sid, "Outcome", &outcomes, AskOutcome::NAMES[now as usize], move |v| {
                        if let Some(o) = AskOutcome::NAMES.iter().position(|n| *n == v) {
                            edit(network, id, |p| if let Some(a) = p.asks.get_mut(i) { a.outcome = AskOutcome::ALL[o] });
                        }
                    })))
            }).collect()
        }))
}

fn remove(network: DocState<Guide>, id: u64) -> El {
    let asking = RwSignal::new(false);
    el("section").class("danger-zone no-print").region(
        move || asking.get(),
        move |confirm| {
            if !confirm {
                return vec![
                    button("Remove from my network", "secondary").on_click(move || {
                        asking.set(true);
                        request_animation_frame(|| focus_by_id("remove-confirm"));
                    }),
                ];
            }
            vec![
                el("p").text(
                    "Remove this person with their meetings and asks? This cannot be undone.",
                ),
                button("Yes, remove", "danger")
                    .id("remove-confirm")
                    .on_click(move || {
                        let now = now_ms();
                        if network
                            .update(|d| d.network.people.remove(id, now))
                            .is_some()
                        {
                            go(&Route::Network);
                        }
                    }),
                button("Cancel", "secondary").on_click(move || asking.set(false)),
            ]
        },
    )
}
