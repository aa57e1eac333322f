//! The heading of a screen, which takes the focus when the screen appears
//! after a reader's action (WCAG 2.4.3: focus order follows the flow).

use leptos::html::H2;
use leptos::prelude::*;

use crate::ctx::use_ctx;

/// Id of the current screen's heading (ids are scoped to the shadow root).
pub const HEADING_ID: &str = "bsc-heading";

/// A screen heading, with the id [`HEADING_ID`].
#[component]
pub fn Heading(
    /// The heading text.
    children: Children,
) -> impl IntoView {
    let ctx = use_ctx();
    let node = NodeRef::<H2>::new();
    Effect::new(move |_| {
        if let Some(heading) = node.get() {
            if ctx.interacted.get_untracked() {
                let _ = heading.focus();
            }
        }
    });
    view! {
        <h2 id=HEADING_ID class="heading" tabindex="-1" node_ref=node>
            {children()}
        </h2>
    }
}
