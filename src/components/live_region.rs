//! A polite live region that announces each new step and the result to
//! screen readers (it is always in the DOM, so changes are announced).

use bsc_core::{format, join, ui, Screen};
use leptos::prelude::*;

use crate::ctx::use_ctx;

/// Announces screen changes after the reader's first action (reads the
/// shared context; no props).
#[component]
pub fn LiveRegion() -> impl IntoView {
    let ctx = use_ctx();
    let message = move || {
        if !ctx.interacted.get() {
            return String::new();
        }
        let t = |id| ctx.t(id);
        match ctx.screen() {
            Screen::Intro => t(ui::TITLE).to_owned(),
            Screen::Question(q) => join(
                &[&ctx.step_of(q.number, q.total), ": ", t(q.step.title)],
                "",
            ),
            Screen::Result => {
                let level = ctx
                    .session
                    .with(|s| s.outcome())
                    .map(|o| t(o.level.title()))
                    .unwrap_or_default();
                format(t(ui::RESULT_ANNOUNCE), &[("level", level)])
            }
        }
    };
    view! { <div class="visually-hidden" aria-live="polite" aria-atomic="true">{message}</div> }
}
