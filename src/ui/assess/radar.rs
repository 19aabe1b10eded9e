//! The radar chart of one snapshot, or two overlaid, at a fixed size (no
//! layout shift), with a legend, and the same values as a table for
//! screen readers and anyone who prefers numbers.

use crate::domain::assessment::framework::{level_label, COMPETENCIES, MAX_LEVEL};
use crate::domain::assessment::radar::{label_position, point, polygon, ring, SIZE, VIEW_BOX};
use crate::domain::assessment::Snapshot;
use crate::domain::format::tenths;
use crate::ui::components::Table;
use leptos::prelude::*;

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

/// The class of a series: the current one (filled), or the one compared
/// against (dashed outline).
fn kind(k: usize) -> &'static str {
    if k == 0 {
        "current"
    } else {
        "compared"
    }
}

/// `series[0]` is drawn as the current one; `series[1]`, if any, as the
/// one compared against.
#[component]
pub fn Radar(series: Vec<Series>) -> impl IntoView {
    let n = COMPETENCIES.len();
    let names: Vec<String> = series.iter().map(|s| s.name.clone()).collect();
    let rings = (1..=MAX_LEVEL)
        .map(|l| view! { <polygon class="radar-ring" points=ring(l, n) /> })
        .collect_view();
    let c = tenths(SIZE / 2.0);
    let axes = COMPETENCIES
        .iter()
        .enumerate()
        .map(|(i, comp)| {
            let (x, y) = point(i, n, 1.0);
            let (lx, ly, anchor) = label_position(i, n);
            view! {
                <line class="radar-axis" x1=c.clone() y1=c.clone() x2=tenths(x) y2=tenths(y) />
                <text
                    class="radar-label"
                    x=tenths(lx)
                    y=tenths(ly)
                    text-anchor=anchor
                    dominant-baseline="middle"
                >
                    {comp.short}
                </text>
            }
        })
        .collect_view();
    let shapes = series
        .iter()
        .enumerate()
        .rev()
        .map(|(k, s)| view! { <polygon class=format!("radar-shape {}", kind(k)) points=polygon(&s.levels) /> })
        .collect_view();
    let legend = series
        .iter()
        .enumerate()
        .map(|(k, s)| {
            view! {
                <li>
                    <span class=format!("swatch {}", kind(k)) aria-hidden="true"></span>
                    {s.name.clone()}
                </li>
            }
        })
        .collect_view();
    let rows = COMPETENCIES
        .iter()
        .enumerate()
        .map(|(i, c)| {
            let cells = series
                .iter()
                .map(|s| {
                    let level = s.levels[i].map_or("Not rated".to_string(), level_label);
                    view! { <td>{level}</td> }
                })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{c.name}</th>
                    {cells}
                </tr>
            }
        })
        .collect_view();
    let label = format!(
        "Radar chart of {}. The same values are in the table below.",
        names.join(" compared with ")
    );
    let mut headers = vec!["Competency".to_string()];
    headers.extend(names);
    view! {
        <figure class="radar">
            <svg viewBox=VIEW_BOX width="500" height="326" role="img" aria-label=label>
                {rings}
                {axes}
                {shapes}
            </svg>
            <figcaption>
                <ul class="legend">{legend}</ul>
            </figcaption>
        </figure>
        <details class="chart-table">
            <summary>"Show the chart as a table"</summary>
            <Table caption="Ratings by competency" headers>
                {rows}
            </Table>
        </details>
    }
}
