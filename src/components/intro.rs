//! The first screen: what the check is, privacy, not a diagnosis, Start.

use bsc_core::{ui, Session};
use leptos::prelude::*;

use crate::components::button::Button;
use crate::components::heading::{Heading, HEADING_ID};
use crate::ctx::use_ctx;

/// The intro screen (reads the shared context; no props).
#[component]
pub fn Intro() -> impl IntoView {
    let ctx = use_ctx();
    view! {
        <section class="screen intro" aria-labelledby=HEADING_ID>
            <p class="eyebrow">{ctx.text(ui::TITLE)}</p>
            <Heading>{ctx.text(ui::INTRO_HEADING)}</Heading>
            <p>{ctx.text(ui::INTRO_BODY)}</p>
            <ul class="notes">
                <li>{ctx.text(ui::PRIVACY)}</li>
                <li>{ctx.text(ui::NOT_DIAGNOSIS)}</li>
            </ul>
            <div class="actions">
                <Button class="primary" label=ui::START on_click=Box::new(move |_| ctx.act(Session::start)) />
            </div>
        </section>
    }
}
