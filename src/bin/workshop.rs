//! The facilitator's page (`workshop.html`): workshops, their setup and
//! the matching wizard.
fn main() {
    wayfinder::start(
        wayfinder::domain::route::Page::Facilitator,
        wayfinder::ui::pages::facilitator,
    );
}
