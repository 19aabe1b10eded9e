//! A screen still built with `ui::dom` shown inside the component app,
//! while screens move to components one by one: the screen's element is
//! put into a host `<div>` as that is created (or, when the route changes
//! and Leptos keeps the host, in place of the last screen). The screen's
//! effects and listeners belong to the reactive owner current when it was
//! built (the route's), and are disposed with it.

use crate::ui::dom::El;
use leptos::prelude::*;

/// Shows `screen` (already built) as a view.
pub fn legacy(screen: El) -> AnyView {
    fn adopt(host: leptos::tachys::renderer::types::Element, screen: web_sys::Element) {
        host.set_text_content(None);
        let _ = host.append_child(&screen);
    }
    let node = screen.0;
    view! { <div class="screen-host" use:adopt=node></div> }.into_any()
}
