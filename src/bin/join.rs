//! The participant's page (`join.html`): the join form, its profile code,
//! and match links. Kept light for phones on a venue's Wi-Fi.
fn main() {
    wayfinder::start(wayfinder::ui::pages::PARTICIPANT);
}
