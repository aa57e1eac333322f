//! A plain button: words in the widget's language and what a click does.
//! Every such button is this one view (the click handler is boxed), which
//! keeps the WebAssembly small.

use bsc_core::TextId;
use leptos::ev::MouseEvent;
use leptos::prelude::*;

use crate::ctx::use_ctx;

/// A button.
#[component]
pub fn Button(
    /// Its style: `primary`, `secondary` or `link`.
    class: &'static str,
    /// Its words.
    label: TextId,
    /// What a click does.
    on_click: Box<dyn FnMut(MouseEvent)>,
) -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <button type="button" class=class on:click=on_click>
            {ctx.text(label)}
        </button>
    }
}
