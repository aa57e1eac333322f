//! The heading of a screen, which takes the focus when the screen appears
//! after a reader's action (WCAG 2.4.3: focus order follows the flow).

use std::cell::Cell;
use std::rc::Rc;

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
    // The element, handed over by the `keep` directive when it is built (a
    // cell rather than a `NodeRef`, which is a signal type of its own).
    let heading = Rc::new(Cell::new(None::<web_sys::Element>));
    if ctx.interacted.get_untracked() {
        // The screen is in the document once the action that built it is
        // done: a microtask later. (A plain microtask rather than an
        // `Effect`: no async executor is needed for it.)
        let heading = heading.clone();
        queue_microtask(move || {
            if let Some(heading) = heading.take() {
                let _ = heading.unchecked_into::<web_sys::HtmlElement>().focus();
            }
        });
    }
    view! {
        <h2 id=HEADING_ID class="heading" tabindex="-1" use:keep=heading>
            {children.into_inner()()}
        </h2>
    }
}

/// A directive: puts the element in `cell`.
fn keep(element: web_sys::Element, cell: Rc<Cell<Option<web_sys::Element>>>) {
    cell.set(Some(element));
}
