//! The heading of a screen, which takes the focus when the screen appears
//! after a reader's action (WCAG 2.4.3: focus order follows the flow).

use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    // After a reader's action, the new screen's heading takes the focus
    // once it is in the document: a microtask after it is built.
    let focus_later = move |heading: web_sys::Element| {
        if ctx.interacted.get_untracked() {
            leptos::prelude::queue_microtask(move || {
                let _ = heading.unchecked_into::<web_sys::HtmlElement>().focus();
            });
        }
    };
    view! {
        <h2 id=HEADING_ID class="heading" tabindex="-1" use:focus_later>
            {children.into_inner()()}
        </h2>
    }
}
