//! The leader's page (`index.html`): it only mounts the app's screens for
//! a leader. `src/bin/workshop.rs`, `src/bin/join.rs` and `src/bin/data.rs`
//! are the other pages.
fn main() {
    wayfinder::start(wayfinder::ui::pages::LEADER);
}
