//! The participant's side of a workshop link (`#/join/<code>`): a welcome
//! saying what will be shared, the profile form (the questions the
//! facilitator chose; competencies prefilled from the latest
//! self-assessment; identity questions each with its own consent), a
//! preview of exactly what leaves the device, and the profile code to
//! copy, email or download. The profile is kept on this device so the
//! participant can come back to it.

use super::code_box;
use crate::domain::assessment::framework::competency;
use crate::domain::route::Route;
use crate::domain::workshop::document::{Joined, Workshops};
use crate::domain::workshop::outputs::{competency_name, file_name, mailto};
use crate::domain::workshop::profile::{
    Format, IdentityAnswer, Level, LibraryType, Pref, Profile, Role, SLOTS,
};
use crate::domain::workshop::setup::{Identity, JoinInfo, Question};
use crate::ui::browser::{download, focus_by_id};
use crate::ui::dom::{el, tx, El};
use crate::ui::router::href;
use crate::ui::state::{new_id, now_ms, use_app, DocState};
use crate::ui::widgets::{
    button, checkbox, field_error, heading, link, radio, screen, select_field,
};
use leptos::prelude::*;

/// The profile being written, saved as the participant types.
#[derive(Clone, Copy)]
struct Form {
    p: RwSignal<Profile>,
    docs: DocState<Workshops>,
    info: StoredValue<JoinInfo>,
}

impl Form {
    fn edit(self, f: impl FnOnce(&mut Profile)) {
        self.p.update(f);
        let joined = Joined {
            id: self.info.with_value(|i| i.workshop),
            updated_at: now_ms(),
            info: self.info.get_value(),
            profile: self.p.get_untracked(),
        };
        self.docs.update(|d| d.joined.upsert(joined));
    }
    fn with<T>(self, f: impl FnOnce(&Profile) -> T) -> T {
        self.p.with(f)
    }
}

pub fn join_screen(code: &str) -> El {
    let info = match JoinInfo::from_code(code).map_err(|e| e.to_string()) {
        Ok(i) => i,
        Err(e) => {
            return screen("")
                .child(heading("This workshop link does not work"))
                .child(tx("p", "field-error", &e))
                .child(tx("p", "", "Ask the facilitator to send the link again, or scan the QR code once more. Nothing was saved."))
                .child(el("p").child(link(&href(&Route::Home), "Go to Wayfinder's home")));
        }
    };
    let app = use_app();
    let docs = app.workshops;
    let stored = docs
        .doc
        .with_untracked(|d| d.joined.get(info.workshop).map(|j| j.profile.clone()));
    let mut prefilled = String::new();
    let profile = stored.filter(|p| p.id != 0).unwrap_or_else(|| {
        let mut p = Profile { id: new_id(), workshop: info.workshop, ..Profile::default() };
        app.assessments.doc.with_untracked(|a| {
            if let Some(s) = a.latest() {
                (p.grow, p.offer) = Profile::prefill(s, &info.competencies);
                if !(p.grow.is_empty() && p.offer.is_empty()) {
                    prefilled = format!("Prefilled from your self-assessment \u{201c}{}\u{201d}: change anything you like.", s.title(&crate::ui::clock::BrowserZone));
                }
            }
        });
        p
    });
    let form = Form {
        p: RwSignal::new(profile),
        docs,
        info: StoredValue::new(info.clone()),
    };
    let stage = RwSignal::new(0u8);
    let go_to = move |s: u8| {
        stage.set(s);
        request_animation_frame(|| focus_by_id("stage-heading"));
    };
    let error = RwSignal::new(None::<String>);
    let preview = move || {
        let check = form.with(|p| p.validate());
        match check {
            Ok(()) => {
                error.set(None);
                go_to(1);
            }
            Err(e) if e.contains("no name") => {
                error.set(Some(
                    "Enter your name: the facilitator needs it to pair you.".into(),
                ));
                focus_by_id("p-name");
            }
            Err(e) => error.set(Some(format!("Please shorten your answers: {e}."))),
        }
    };
    let mut welcome = el("div").class("welcome")
        .child(heading(&format!("Join: {}", info.name)))
        .child(tx("p", "lead", "Fill in a short profile so the facilitator can pair you with a mentor or mentee. It takes a few minutes."))
        .child(tx("p", "", "What will be shared: only what you enter on this page, and only when you send your profile code to the facilitator. You will see all of it before anything leaves this device. Your self-assessment, goals and notes are never included."));
    if !info.dates.is_empty() {
        welcome = welcome.child(tx("p", "note", &format!("Dates: {}", info.dates)));
    }
    screen("join").child(welcome).child(el("div").region(
        move || stage.get(),
        move |s| {
            vec![match s {
                0 => profile_form(form, &prefilled, error, preview),
                1 => preview_stage(form, go_to),
                _ => code_stage(form, go_to),
            }]
        },
    ))
}

fn profile_form(
    form: Form,
    prefilled: &str,
    error: RwSignal<Option<String>>,
    preview: impl Fn() + Copy + 'static,
) -> El {
    let info = form.info.get_value();
    let p0 = form.p.get_untracked();
    let text = |id: &str, label: &str, value: &str, max: &str, set: fn(&mut Profile, String)| {
        el("div")
            .class("field")
            .child(el("label").attr("for", id).text(label))
            .child(
                el("input")
                    .id(id)
                    .attr("type", "text")
                    .attr("maxlength", max)
                    .prop("value", value)
                    .on_input(move |v| form.edit(|p| set(p, v))),
            )
    };
    let mut f = el("form")
        .class("profile-form")
        .attr("novalidate", "")
        .on_submit(preview)
        .child(
            el("h2")
                .id("stage-heading")
                .attr("tabindex", "-1")
                .text("Your profile"),
        )
        .child(
            el("div")
                .class("field")
                .child(
                    el("label")
                        .attr("for", "p-name")
                        .text("Your name (required)"),
                )
                .child(
                    el("input")
                        .id("p-name")
                        .attr("type", "text")
                        .attr("maxlength", "120")
                        .attr("autocomplete", "name")
                        .attr("aria-describedby", "p-name-error")
                        .prop("value", p0.name.as_str())
                        .on_input(move |v| form.edit(|p| p.name = v)),
                ),
        )
        .child(field_error("p-name-error", move || error.get()))
        .child(text(
            "p-contact",
            "How your match can reach you (email or phone)",
            &p0.contact,
            "120",
            |p, v| p.contact = v,
        ))
        .child(
            el("fieldset")
                .child(el("legend").text("I would like to"))
                .kids(
                    Role::ALL
                        .iter()
                        .map(|&r| {
                            radio(
                                "role",
                                &format!("role-{}", r.name()),
                                r.label(),
                                move || form.with(|p| p.role == r),
                                move || form.edit(|p| p.role = r),
                            )
                        })
                        .collect(),
                ),
        );
    let select = |id: &str,
                  label: &str,
                  names: &[&str],
                  labels: Vec<&str>,
                  current: Option<usize>,
                  set: fn(&mut Profile, Option<usize>)| {
        let mut opts: Vec<(&str, &str)> = vec![("", "Choose…")];
        opts.extend(names.iter().copied().zip(labels));
        let cur = current.map_or("", |i| names[i]);
        let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
        el("div")
            .class("field")
            .kids(select_field(id, label, &opts, cur, move |v| {
                let i = names.iter().position(|n| *n == v);
                form.edit(|p| set(p, i))
            }))
    };
    for q in Question::ALL.into_iter().filter(|q| info.asks(*q)) {
        f = f.child(match q {
            Question::LibraryType => select(
                "p-library",
                "Type of library",
                LibraryType::NAMES,
                LibraryType::ALL.iter().map(|x| x.label()).collect(),
                p0.library_type.map(|x| x as usize),
                |p, i| p.library_type = i.map(|i| LibraryType::ALL[i]),
            ),
            Question::Level => select(
                "p-level",
                "Your position",
                Level::NAMES,
                Level::ALL.iter().map(|x| x.label()).collect(),
                p0.level.map(|x| x as usize),
                |p, i| p.level = i.map(|i| Level::ALL[i]),
            ),
            Question::Format => select(
                "p-format",
                "How you would like to meet",
                Format::NAMES,
                Format::ALL.iter().map(|x| x.label()).collect(),
                p0.format.map(|x| x as usize),
                |p, i| p.format = i.map(|i| Format::ALL[i]),
            ),
            Question::Experience => el("div")
                .class("field")
                .child(
                    el("label")
                        .attr("for", "p-years")
                        .text("Years working in libraries"),
                )
                .child(
                    el("input")
                        .id("p-years")
                        .attr("type", "number")
                        .attr("min", "0")
                        .attr("max", "60")
                        .attr("inputmode", "numeric")
                        .prop("value", p0.years.map(|y| y.to_string()).unwrap_or_default())
                        .on_input(move |v| {
                            form.edit(|p| {
                                p.years = v.trim().parse::<u8>().ok().filter(|y| *y <= 60)
                            })
                        }),
                ),
            Question::Region => {
                let offsets: Vec<(String, String)> = (-12..=14)
                    .map(|o: i32| {
                        (
                            o.to_string(),
                            if o < 0 {
                                format!("UTC−{}", -o)
                            } else {
                                format!("UTC+{o}")
                            },
                        )
                    })
                    .collect();
                let mut opts: Vec<(&str, &str)> = vec![("", "Choose…")];
                opts.extend(offsets.iter().map(|(a, b)| (a.as_str(), b.as_str())));
                let cur = p0.utc_offset.map(|o| o.to_string()).unwrap_or_default();
                el("div")
                    .class("pair-fields")
                    .child(text(
                        "p-region",
                        "Region (e.g. state or country)",
                        &p0.region,
                        "120",
                        |p, v| p.region = v,
                    ))
                    .child(el("div").class("field").kids(select_field(
                        "p-offset",
                        "Time zone",
                        &opts,
                        &cur,
                        move |v| form.edit(|p| p.utc_offset = v.parse::<i8>().ok()),
                    )))
            }
            Question::Availability => el("fieldset")
                .child(el("legend").text("When you are usually free"))
                .kids(
                    SLOTS
                        .iter()
                        .enumerate()
                        .map(|(i, s)| {
                            let bit = 1u8 << i;
                            checkbox(
                                &format!("slot-{i}"),
                                s,
                                move || form.with(|p| p.availability & bit != 0),
                                move |on| {
                                    form.edit(|p| {
                                        if on {
                                            p.availability |= bit
                                        } else {
                                            p.availability &= !bit
                                        }
                                    })
                                },
                            )
                        })
                        .collect(),
                ),
        });
    }
    let comps = info.competencies.clone();
    let prefilled = prefilled.to_string();
    f = f.child(el("div").region(
        move || form.with(|p| p.role),
        move |role| {
            let mut out = Vec::new();
            if !prefilled.is_empty() {
                out.push(tx("p", "note", &prefilled));
            }
            for (grow, legend, show) in [
                (true, "Competencies I want to grow", role != Role::Mentor),
                (
                    false,
                    "Competencies I can offer a mentee",
                    role != Role::Mentee,
                ),
            ] {
                if !show || comps.is_empty() {
                    continue;
                }
                out.push(
                    el("fieldset")
                        .class("ticks")
                        .child(el("legend").text(legend))
                        .kids(
                            comps
                                .iter()
                                .filter_map(|c| competency(c))
                                .map(|c| {
                                    let cid = c.id;
                                    let list = move |p: &Profile| {
                                        if grow {
                                            p.grow.iter().any(|x| x == cid)
                                        } else {
                                            p.offer.iter().any(|x| x == cid)
                                        }
                                    };
                                    checkbox(
                                        &format!("{}-{cid}", if grow { "grow" } else { "offer" }),
                                        c.name,
                                        move || form.with(list),
                                        move |on| {
                                            form.edit(|p| {
                                                let l =
                                                    if grow { &mut p.grow } else { &mut p.offer };
                                                l.retain(|x| x != cid);
                                                if on {
                                                    l.push(cid.to_string())
                                                }
                                            })
                                        },
                                    )
                                })
                                .collect(),
                        ),
                );
            }
            out
        },
    ));
    f = f.child(text("p-goal", "What you hope to get from mentoring, in a sentence", &p0.goal, "300", |p, v| p.goal = v))
        .child(el("div").class("field")
            .child(el("label").attr("for", "p-exclude").text("People you must not be paired with, one per line (for example your supervisor). Optional."))
            .child(el("textarea").id("p-exclude").attr("rows", "2").attr("maxlength", "1000").prop("value", p0.exclude.join("\n"))
                .on_input(move |v| form.edit(|p| p.exclude = v.lines().map(str::trim).filter(|l| !l.is_empty()).take(16).map(str::to_string).collect()))));
    if !info.identity.is_empty() {
        f = f.child(el("h3").text("About you (optional)"))
            .child(tx("p", "note", "Some people want a mentor who shares their background; others want a different perspective. Share only what you want to: each answer needs its own tick, goes only to the facilitator, and is used only for your own wish below."));
        for d in info.identity.iter().copied() {
            f = f.child(identity_question(form, d));
        }
    }
    f.child(button("Preview what I will share", "primary").attr("type", "submit"))
}

fn identity_question(form: Form, d: Identity) -> El {
    let key = Identity::NAMES[d as usize];
    let label = d.label().to_ascii_lowercase();
    let shared = move || form.with(|p| p.identity.iter().any(|a| a.dimension == d));
    el("fieldset")
        .class("identity")
        .child(el("legend").text(d.label()))
        .child(checkbox(
            &format!("consent-{key}"),
            &format!("I agree to share my {label} with the facilitator for matching"),
            shared,
            move |on| {
                form.edit(|p| {
                    p.identity.retain(|a| a.dimension != d);
                    if on {
                        p.identity.push(IdentityAnswer::new(d));
                    }
                })
            },
        ))
        .region(shared, move |on| {
            if !on {
                return vec![];
            }
            let current = form.p.with_untracked(|p| {
                p.identity
                    .iter()
                    .find(|a| a.dimension == d)
                    .map(|a| a.described.clone())
                    .unwrap_or_default()
            });
            let edit = move |f: &dyn Fn(&mut IdentityAnswer)| {
                form.edit(|p| {
                    if let Some(a) = p.identity.iter_mut().find(|a| a.dimension == d) {
                        f(a)
                    }
                })
            };
            let chosen = move |id: &'static str| {
                form.with(|p| {
                    p.identity
                        .iter()
                        .any(|a| a.dimension == d && a.choices.iter().any(|c| c == id))
                })
            };
            let several = d.several();
            let choices = d
                .choices()
                .iter()
                .map(|c| {
                    let (cid, fid) = (c.id, format!("id-{key}-{}", c.id));
                    if several {
                        checkbox(
                            &fid,
                            c.label,
                            move || chosen(cid),
                            move |on| {
                                edit(&|a| {
                                    a.choices.retain(|x| x != cid);
                                    if on {
                                        a.choices.push(cid.to_string());
                                    }
                                })
                            },
                        )
                    } else {
                        radio(
                            &format!("id-{key}"),
                            &fid,
                            c.label,
                            move || chosen(cid),
                            move || edit(&|a| a.choices = vec![cid.to_string()]),
                        )
                    }
                })
                .collect();
            let fid = format!("id-{key}-own");
            let hint = if several {
                "Tick all that apply."
            } else {
                "Pick one, or describe yourself below."
            };
            vec![
                el("fieldset")
                    .class("choices")
                    .child(el("legend").text(&format!("My {label}")))
                    .child(tx("p", "hint", hint))
                    .child(el("div").class("row").kids(choices)),
                el("div")
                    .class("field")
                    .child(
                        el("label")
                            .attr("for", &fid)
                            .text("Prefer to self-describe (optional), in my own words"),
                    )
                    .child(
                        el("input")
                            .id(&fid)
                            .attr("type", "text")
                            .attr("maxlength", "60")
                            .prop("value", current.as_str())
                            .on_input(move |v| edit(&|a| a.described = v.clone())),
                    ),
                el("p").child(
                    button("Prefer not to say", "secondary")
                        .on_click(move || form.edit(|p| p.identity.retain(|a| a.dimension != d))),
                ),
                el("fieldset")
                    .class("choices")
                    .child(el("legend").text("My wish for the person I am paired with"))
                    .child(
                        el("div").class("row").kids(
                            Pref::ALL
                                .iter()
                                .map(|&pr| {
                                    let text = if pr == Pref::NoPreference {
                                        pr.label().to_string()
                                    } else {
                                        format!("{} {label}", pr.label())
                                    };
                                    radio(
                                        &format!("pref-{key}"),
                                        &format!("pref-{key}-{}", pr.name()),
                                        &text,
                                        move || {
                                            form.with(|p| {
                                                p.identity
                                                    .iter()
                                                    .any(|a| a.dimension == d && a.pref == pr)
                                            })
                                        },
                                        move || edit(&|a| a.pref = pr),
                                    )
                                })
                                .collect(),
                        ),
                    ),
            ]
        })
}

/// Every field of the profile, as it will be shared.
fn preview_stage(form: Form, go_to: impl Fn(u8) + Copy + 'static) -> El {
    let p = form.p.get_untracked().for_sharing();
    let mut rows: Vec<(String, String)> = vec![
        ("Name".into(), p.name.clone()),
        ("Contact".into(), p.contact.clone()),
        ("Role".into(), p.role.label().into()),
    ];
    let opt = |v: Option<&str>| v.unwrap_or("not answered").to_string();
    let info = form.info.get_value();
    for q in info.questions.iter() {
        let v = match q {
            Question::LibraryType => opt(p.library_type.map(|x| x.label())),
            Question::Level => opt(p.level.map(|x| x.label())),
            Question::Experience => p
                .years
                .map_or("not answered".into(), |y| format!("{y} years")),
            Question::Region => format!(
                "{} {}",
                p.region,
                p.utc_offset
                    .map(|o| format!("(UTC{o:+})"))
                    .unwrap_or_default()
            )
            .trim()
            .to_string(),
            Question::Format => opt(p.format.map(|x| x.label())),
            Question::Availability => SLOTS
                .iter()
                .enumerate()
                .filter(|(i, _)| p.availability & (1 << i) != 0)
                .map(|(_, s)| *s)
                .collect::<Vec<_>>()
                .join(", "),
        };
        rows.push((q.label().into(), v));
    }
    let names = |l: &[String]| {
        l.iter()
            .map(|c| competency_name(c))
            .collect::<Vec<_>>()
            .join(", ")
    };
    if p.mentee() {
        rows.push(("Competencies to grow".into(), names(&p.grow)));
    }
    if p.mentors() {
        rows.push(("Competencies to offer".into(), names(&p.offer)));
    }
    rows.push(("Hope from mentoring".into(), p.goal.clone()));
    rows.push(("Not to be paired with".into(), p.exclude.join(", ")));
    for a in &p.identity {
        rows.push((
            a.dimension.label().into(),
            format!(
                "{} (wish: {})",
                a.text(),
                a.pref.label().to_ascii_lowercase()
            ),
        ));
    }
    if !info.identity.is_empty() && p.identity.is_empty() {
        rows.push(("About you".into(), "nothing shared".into()));
    }
    el("section").class("preview")
        .child(el("h2").id("stage-heading").attr("tabindex", "-1").text("Exactly what you will share"))
        .child(tx("p", "", "This is everything your profile code contains. Nothing else on this device is included."))
        .child(el("dl").kids(rows.into_iter().flat_map(|(k, v)| [el("dt").text(&k), el("dd").text(if v.trim().is_empty() { "—" } else { &v })]).collect()))
        .child(el("p").class("actions")
            .child(button("← Change my answers", "secondary").on_click(move || go_to(0)))
            .child(button("Make my profile code", "primary").on_click(move || go_to(2))))
}

fn code_stage(form: Form, go_to: impl Fn(u8) + Copy + 'static) -> El {
    let p = form.p.get_untracked().for_sharing();
    let info = form.info.get_value();
    let code = p.code();
    let body = format!("My profile code for {}:\n\n{code}\n", info.name);
    let mail = mailto(
        &[&info.contact],
        &format!("Wayfinder profile: {}", p.name),
        &body,
    );
    let file = file_name(&p.name, "-profile.txt");
    let text = code.clone();
    el("section").class("share")
        .child(el("h2").id("stage-heading").attr("tabindex", "-1").text("Your profile code"))
        .child(tx("p", "", "Send this code to the facilitator: copy it into a message, email it, or save it as a file and hand it over."))
        .child(code_box("profile-code", "Profile code", &code))
        .child(el("p").class("actions")
            .maybe(mail.map(|m| el("a").attr("href", &m).text("Email it to the facilitator")))
            .child(button("Download as a file", "").on_click(move || { let _ = download(&file, "text/plain", &text); })))
        .child(tx("p", "note", "Your profile stays saved on this device: open the workshop link again to change it and make a new code. The facilitator's copy is updated, not doubled."))
        .child(button("← Change my answers", "secondary").on_click(move || go_to(0)))
}
