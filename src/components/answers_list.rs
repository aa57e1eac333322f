//! The reader's answers, question by question. Shown only when printing, so
//! the printed page is the whole summary (the screen already showed them).

use bsc_core::{answer_text, ui};
use leptos::prelude::*;

use crate::ctx::use_ctx;
use crate::fresh::Fresh;

/// Every question on the reader's path with the answer given (reads the
/// shared context; no props).
#[component]
pub fn AnswersList() -> impl IntoView {
    let ctx = use_ctx();
    let rows = move || {
        let locale = ctx.config.with(|c| c.locale);
        ctx.session.with(|s| {
            s.answers()
                .into_iter()
                .map(|(step, answer)| {
                    view! {
                        <dt>{locale.text(step.title)}</dt>
                        <dd>{answer_text(step, &answer, locale)}</dd>
                    }
                })
                .collect_view()
        })
    };
    // Redrawn whole when the language changes (see `Fresh`).
    let rows = move || Fresh(rows());
    view! {
        <section class="answers print-only" aria-labelledby="bsc-answers-heading">
            <h3 id="bsc-answers-heading">{ctx.text(ui::YOUR_ANSWERS)}</h3>
            <dl>{rows}</dl>
        </section>
    }
}
