//! The plan's review dates: the list (each removable), quarterly dates
//! suggested from today, and a date added by hand.

use super::edit_plan;
use crate::domain::date::Ymd;
use crate::domain::plan::{suggested_reviews, Plan};
use crate::ui::clock::today;
use crate::ui::components::{row_key, FieldError};
use crate::ui::state::DocState;
use leptos::prelude::*;

/// "Review dates" with their list and the ways to add one.
#[component]
pub(super) fn ReviewDates(plan: DocState<Plan>) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    let dates = Memo::new(move |_| plan.doc.with(|p| p.review_dates.clone()));
    let empty = move || {
        dates
            .with(Vec::is_empty)
            .then(|| view! { <li class="note">"No review dates yet."</li> })
    };
    let row = move |date: String| {
        let label = format!("Remove review date {date}");
        let shown = date.clone();
        let remove = move |_| edit_plan(plan, |p| p.review_dates.retain(|d| *d != date));
        view! {
            <li class="record-row">
                <span>{shown}</span>
                <button type="button" class="secondary small no-print" aria-label=label on:click=remove>
                    "Remove"
                </button>
            </li>
        }
    };
    let suggest = move |_| {
        let dates = suggested_reviews(today());
        edit_plan(plan, |p| p.add_reviews(&dates))
    };
    let add = move |ev: web_sys::Event| {
        let date = event_target_value(&ev);
        if Ymd::parse(&date).is_some() {
            error.set(None);
            edit_plan(plan, |p| p.add_reviews(std::slice::from_ref(&date)));
        } else if !date.is_empty() {
            error.set(Some("Enter the date as year-month-day.".into()));
        }
    };
    view! {
        <h2>"Review dates"</h2>
        <ul class="review-dates">
            {empty}
            <For each=move || dates.get() key=row_key children=row />
        </ul>
        <div class="actions no-print">
            <button type="button" class="secondary" on:click=suggest>"Suggest quarterly reviews"</button>
            <label for="review-date" class="visually-hidden">"Add a review date"</label>
            <input id="review-date" type="date" aria-describedby="review-error" on:change=add />
        </div>
        <FieldError id="review-error" message=error.into() />
    }
}
