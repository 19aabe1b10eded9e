//! My data's page (`data.html`): storage used, backup, restore and
//! deleting everything, for every audience's sections.
fn main() {
    wayfinder::start(wayfinder::ui::pages::DATA);
}
