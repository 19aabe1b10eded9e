//! Step 1: who is there (mentees, mentors, those who said either), the
//! places mentors offer, and what stands in the way of matching.

use super::{Step, WorkshopRef};
use crate::domain::workshop::matching::review as review_of;
use crate::ui::workshop::setup::read;
use leptos::prelude::*;

#[component]
pub(super) fn Review(workshop: WorkshopRef) -> impl IntoView {
    let WorkshopRef { docs, id } = workshop;
    let (people, review) = read(docs, id, |w| {
        Some((
            w.participants.len(),
            review_of(&w.participants, &w.constraints),
        ))
    })
    .unwrap_or_else(|| (0, review_of(&[], &Default::default())));
    let readiness = if review.warnings.is_empty() {
        view! { <p class="success">"Ready to match: every mentee can have a place."</p> }.into_any()
    } else {
        let items = review
            .warnings
            .into_iter()
            .map(|w| view! { <li>{w}</li> })
            .collect_view();
        view! { <ul class="warnings">{items}</ul> }.into_any()
    };
    view! {
        <Step title="1. Participants">
            <ul class="counts">
                <li>{format!("{people} participants")}</li>
                <li>
                    {format!(
                        "{} mentees, {} mentors ({} said either and were placed where needed)",
                        review.mentees,
                        review.mentors,
                        review.either,
                    )}
                </li>
                <li>{format!("{} mentor places", review.places)}</li>
            </ul>
            {readiness}
        </Step>
    }
}
