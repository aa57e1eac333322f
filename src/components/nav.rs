//! Back and Start again, shown on every question and on the result.

use bsc_core::{ui, Session};
use leptos::prelude::*;

use crate::components::button::Button;
use crate::ctx::use_ctx;

/// The Back and Start again buttons (reads the shared context; no props).
#[component]
pub fn Nav() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <Button class="secondary" label=ui::BACK on_click=Box::new(move |_| ctx.act(|s| { s.back(); })) />
        <Button class="link" label=ui::RESTART on_click=Box::new(move |_| ctx.act(Session::restart)) />
    }
}
