//! Back and Start again, shown on every question and on the result.

use bsc_core::{ui, Session};
use leptos::prelude::*;

use crate::ctx::use_ctx;

/// The Back and Start again buttons (reads the shared context; no props).
#[component]
pub fn Nav() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <button type="button" class="secondary" on:click=move |_| ctx.act(|s| { s.back(); })>
            {ctx.text(ui::BACK)}
        </button>
        <button type="button" class="link" on:click=move |_| ctx.act(Session::restart)>
            {ctx.text(ui::RESTART)}
        </button>
    }
}
