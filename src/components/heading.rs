//! The heading of a screen, which takes the focus when the screen appears
//! after a reader's action (WCAG 2.4.3: focus order follows the flow).

use leptos::html::H2;
use leptos::prelude::*;

use crate::ctx::use_ctx;

/// Id of the current screen's heading (ids are scoped to the shadow root).
pub const HEADING_ID: &str = "bsc-heading";

/// A screen heading, with the id [`HEADING_ID`].
#[component]
pub fn Heading<T: IntoView + 'static>(
    /// The heading text. Typed rather than `Children` (a boxed view): every
    /// heading shows a text node of the same type, so this compiles once
    /// and needs no type-erased view.
    children: TypedChildren<T>,
) -> impl IntoView {
    let ctx = use_ctx();
    let node = NodeRef::<H2>::new();
    if ctx.interacted.get_untracked() {
        // The screen is in the document once the action that built it is
        // done: a microtask later. (A plain microtask rather than an
        // `Effect`: no async executor is needed for it.)
        leptos::prelude::queue_microtask(move || {
            if let Some(heading) = node.try_get_untracked().flatten() {
                let _ = heading.focus();
            }
        });
    }
    view! {
        <h2 id=HEADING_ID class="heading" tabindex="-1" node_ref=node>
            {children.into_inner()()}
        </h2>
    }
}
