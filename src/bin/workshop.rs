//! The facilitator's page (`workshop.html`): workshops, their setup and
//! the matching wizard.
fn main() {
    wayfinder::start(wayfinder::ui::pages::FACILITATOR);
}
