//! One reading page of the guide: its blocks as headings, paragraphs,
//! lists and a table (first column as row headers), then its sources and a
//! link to the next page. Text only ever enters the DOM as text.

use super::back_to_guide;
use crate::domain::guide::pages::{page, split_link, Block, PAGES};
use crate::domain::links::safe_href;
use crate::domain::route::Route;
use crate::ui::dom::{el, tx, El};
use crate::ui::widgets::{heading, link, screen, table};

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
/// it ends with one.
fn item(line: &str) -> El {
    let (text, url) = split_link(line);
    let li = el("li").text(text);
    match url.and_then(safe_href) {
        Some(href) => {
            let host = crate::domain::links::host(&href);
            li.text(" · ").child(
                el("a")
                    .attr("href", &href)
                    .text(&format!("check current details ({host})")),
            )
        }
        None => li,
    }
}

fn block(b: Block, caption: &str) -> El {
    match b {
        Block::Heading(h) => el("h2").text(h),
        Block::Para(p) => el("p").text(p),
        Block::List(items) => el("ul").kids(items.iter().map(|i| item(i)).collect()),
        Block::Table(rows) => {
            let mut rows = rows.into_iter();
            let head = rows.next().unwrap_or_default();
            table(
                caption,
                &head,
                rows.map(|r| {
                    let mut cells = r.into_iter();
                    el("tr")
                        .child(
                            el("th")
                                .attr("scope", "row")
                                .text(cells.next().unwrap_or("")),
                        )
                        .kids(cells.map(|c| el("td").text(c)).collect())
                })
                .collect(),
            )
        }
    }
}

pub fn guide_page_screen(slug: &str) -> El {
    let Some(p) = page(slug) else {
        return screen("")
            .child(heading("Guide page not found"))
            .child(el("p").text("There is no guide page at this address."))
            .child(el("p").child(link(&Route::Guide.to_hash(), "See all guide pages")));
    };
    let at = PAGES.iter().position(|x| x.slug == slug).unwrap_or(0);
    let next = &PAGES[(at + 1) % PAGES.len()];
    let mut more = el("ul").class("more");
    if let Some((route, text)) = tool_for(slug) {
        more = more.child(el("li").child(link(&route.to_hash(), text)));
    }
    more = more.child(el("li").child(link(
        &Route::GuidePage(next.slug.into()).to_hash(),
        &format!("Next: {}", next.title()),
    )));
    screen("guide-page")
        .child(back_to_guide())
        .child(heading(p.title()))
        .child(tx("p", "lead", p.summary()))
        .kids(
            p.blocks()
                .into_iter()
                .map(|b| block(b, p.title()))
                .collect(),
        )
        .child(el("h2").text("Sources"))
        .child(
            el("ul")
                .class("sources")
                .kids(p.sources().iter().map(|s| item(s)).collect()),
        )
        .child(
            el("nav")
                .attr("aria-label", "More in the guide")
                .child(more),
        )
}
