//! The first screen: what the check is, privacy, not a diagnosis, Start.

use bsc_core::{ui, Session};
use leptos::prelude::*;

use crate::app::use_ctx;
use crate::components::heading::Heading;

/// The intro screen.
///
/// Props: none (reads the shared context).
#[component]
pub fn Intro() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <section class="screen intro" aria-labelledby="bsc-heading">
            <p class="eyebrow">{move || ctx.t(ui::TITLE)}</p>
            <Heading>{move || ctx.t(ui::INTRO_HEADING)}</Heading>
            <p>{move || ctx.t(ui::INTRO_BODY)}</p>
            <ul class="notes">
                <li>{move || ctx.t(ui::PRIVACY)}</li>
                <li>{move || ctx.t(ui::NOT_DIAGNOSIS)}</li>
            </ul>
            <div class="actions">
                <button type="button" class="primary" on:click=move |_| ctx.act(Session::start)>
                    {move || ctx.t(ui::START)}
                </button>
            </div>
        </section>
    }
}
