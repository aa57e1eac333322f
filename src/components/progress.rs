//! "Step 3 of 11" with a bar. The text is what assistive technology reads;
//! the bar is decoration.

use leptos::prelude::*;

use crate::ctx::use_ctx;

/// Progress through the questions.
#[component]
pub fn Progress(
    /// This step, counted from 1.
    number: usize,
    /// The number of question steps.
    total: usize,
) -> impl IntoView {
    let ctx = use_ctx();
    let text = move || ctx.step_of(number, total);
    // Whole percent, so the inline width is a plain CSSOM value.
    let percent = number * 100 / total.max(1);
    view! {
        <div class="progress">
            <p class="progress-text">{text}</p>
            <div class="progress-bar" aria-hidden="true">
                <div class="progress-fill" style:width=percent.to_string() + "%"></div>
            </div>
        </div>
    }
}
