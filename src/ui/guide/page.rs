//! One reading page of the guide: its blocks as headings, paragraphs,
//! lists and a table (first column as row headers), then its sources and a
//! link to the next page. Text only ever enters the DOM as text.

use super::BackToGuide;
use crate::domain::guide::pages::{page, split_link, Block, PAGES};
use crate::domain::links::{host, safe_href};
use crate::domain::route::Route;
use crate::ui::components::{Screen, ScreenHeading, Table};
use leptos::prelude::*;

/// Where each page points next, besides the next page.
fn tool_for(slug: &str) -> Option<(Route, &'static str)> {
    match slug {
        "programs" => Some((Route::Timeline, "Plan your months in a program")),
        "mentorship" => Some((Route::Agreement, "Build a mentoring agreement")),
        "sponsorship" => Some((Route::Network, "Check your network for sponsors")),
        "differences" => Some((Route::Diagnostic, "What do I need now?")),
        _ => None,
    }
}

/// A list item: its text, then a link to check its current details when
/// it ends with one (http or https only).
#[component]
fn Item(line: &'static str) -> impl IntoView {
    let (text, url) = split_link(line);
    let check = url.and_then(safe_href).map(|href| {
        let label = format!("check current details ({})", host(&href));
        view! { " · " <a href=href>{label}</a> }
    });
    view! { <li>{text} {check}</li> }
}

/// One block of a page's body.
fn block(b: Block, caption: &'static str) -> AnyView {
    match b {
        Block::Heading(h) => view! { <h2>{h}</h2> }.into_any(),
        Block::Para(p) => view! { <p>{p}</p> }.into_any(),
        Block::List(items) => {
            let items = items
                .into_iter()
                .map(|line| view! { <Item line /> })
                .collect_view();
            view! { <ul>{items}</ul> }.into_any()
        }
        Block::Table(rows) => {
            let mut rows = rows.into_iter();
            let headers = rows
                .next()
                .unwrap_or_default()
                .into_iter()
                .map(str::to_string)
                .collect();
            let body = rows
                .map(|row| {
                    let mut cells = row.into_iter();
                    let first = cells.next().unwrap_or("");
                    let rest = cells.map(|c| view! { <td>{c}</td> }).collect_view();
                    view! {
                        <tr>
                            <th scope="row">{first}</th>
                            {rest}
                        </tr>
                    }
                })
                .collect_view();
            view! { <Table caption headers>{body}</Table> }.into_any()
        }
    }
}

/// `#/guide/<slug>`: one reading page.
#[component]
pub fn GuidePageScreen(slug: String) -> impl IntoView {
    let Some(p) = page(&slug) else {
        return view! {
            <Screen>
                <ScreenHeading text="Guide page not found" />
                <p>"There is no guide page at this address."</p>
                <p>
                    <a href=Route::Guide.to_hash()>"See all guide pages"</a>
                </p>
            </Screen>
        }
        .into_any();
    };
    let at = PAGES.iter().position(|x| x.slug == slug).unwrap_or(0);
    let next = &PAGES[(at + 1) % PAGES.len()];
    let tool = tool_for(&slug).map(|(route, text)| {
        view! {
            <li>
                <a href=route.to_hash()>{text}</a>
            </li>
        }
    });
    let blocks = p
        .blocks()
        .into_iter()
        .map(|b| block(b, p.title()))
        .collect_view();
    let sources = p
        .sources()
        .into_iter()
        .map(|line| view! { <Item line /> })
        .collect_view();
    view! {
        <Screen class="guide-page">
            <BackToGuide />
            <ScreenHeading text=p.title() />
            <p class="lead">{p.summary()}</p>
            {blocks}
            <h2>"Sources"</h2>
            <ul class="sources">{sources}</ul>
            <nav aria-label="More in the guide">
                <ul class="more">
                    {tool}
                    <li>
                        <a href=Route::GuidePage(next.slug.into()).to_hash()>
                            {format!("Next: {}", next.title())}
                        </a>
                    </li>
                </ul>
            </nav>
        </Screen>
    }
    .into_any()
}
