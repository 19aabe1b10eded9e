//! The binary Trunk builds: it only mounts the app.
fn main() {
    wayfinder::start();
}
