//! The radar chart of one snapshot, or two overlaid, at a fixed size (no
//! layout shift), with a legend, and the same values as a table for
//! screen readers and anyone who prefers numbers.

use crate::domain::assessment::framework::{level_name, COMPETENCIES, MAX_LEVEL};
use crate::domain::assessment::radar::{label_position, point, polygon, ring, SIZE, VIEW_BOX};
use crate::domain::assessment::Snapshot;
use crate::domain::format::tenths;
use crate::ui::dom::{el, svg, El};
use crate::ui::widgets::table;

/// One polygon: a name for the legend and a level per competency.
#[derive(Clone, PartialEq)]
pub struct Series {
    pub name: String,
    pub levels: Vec<Option<u8>>,
}

impl Series {
    pub fn of(s: &Snapshot) -> Series {
        Series {
            name: s.title(&crate::ui::clock::BrowserZone),
            levels: COMPETENCIES.iter().map(|c| s.level(c.id)).collect(),
        }
    }
}

/// `series[0]` is drawn as the current one (filled); `series[1]`, if any,
/// as the one compared against (dashed outline).
pub fn radar(series: &[Series]) -> Vec<El> {
    let n = COMPETENCIES.len();
    let names: Vec<&str> = series.iter().map(|s| s.name.as_str()).collect();
    let mut chart = svg("svg")
        .attr("viewBox", VIEW_BOX)
        .attr("width", "500")
        .attr("height", "326")
        .attr("role", "img")
        .attr(
            "aria-label",
            &format!(
                "Radar chart of {}. The same values are in the table below.",
                names.join(" compared with ")
            ),
        );
    for l in 1..=MAX_LEVEL {
        chart = chart.child(
            svg("polygon")
                .class("radar-ring")
                .attr("points", &ring(l, n)),
        );
    }
    let c = tenths(SIZE / 2.0);
    for (i, comp) in COMPETENCIES.iter().enumerate() {
        let (x, y) = point(i, n, 1.0);
        let (lx, ly, anchor) = label_position(i, n);
        chart = chart
            .child(
                svg("line")
                    .class("radar-axis")
                    .attr("x1", &c)
                    .attr("y1", &c)
                    .attr("x2", &tenths(x))
                    .attr("y2", &tenths(y)),
            )
            .child(
                svg("text")
                    .class("radar-label")
                    .attr("x", &tenths(lx))
                    .attr("y", &tenths(ly))
                    .attr("text-anchor", anchor)
                    .attr("dominant-baseline", "middle")
                    .text(comp.short),
            );
    }
    let kind = |k: usize| if k == 0 { "current" } else { "compared" };
    for (k, s) in series.iter().enumerate().rev() {
        chart = chart.child(
            svg("polygon")
                .class(&format!("radar-shape {}", kind(k)))
                .attr("points", &polygon(&s.levels)),
        );
    }
    let legend = el("ul").class("legend").kids(
        series
            .iter()
            .enumerate()
            .map(|(k, s)| {
                el("li")
                    .child(
                        el("span")
                            .class(&format!("swatch {}", kind(k)))
                            .attr("aria-hidden", "true"),
                    )
                    .text(&s.name)
            })
            .collect(),
    );
    let mut headers = vec!["Competency"];
    headers.extend(names.iter().copied());
    let rows = COMPETENCIES
        .iter()
        .enumerate()
        .map(|(i, c)| {
            el("tr")
                .child(el("th").attr("scope", "row").text(c.name))
                .kids(
                    series
                        .iter()
                        .map(|s| {
                            el("td").text(&s.levels[i].map_or("Not rated".to_string(), |l| {
                                format!("{l} · {}", level_name(l))
                            }))
                        })
                        .collect(),
                )
        })
        .collect();
    vec![
        el("figure")
            .class("radar")
            .child(chart)
            .child(el("figcaption").child(legend)),
        el("details")
            .class("chart-table")
            .child(el("summary").text("Show the chart as a table"))
            .child(table("Ratings by competency", &headers, rows)),
    ]
}
