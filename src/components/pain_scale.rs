//! The 0-10 pain scale: a row of radio buttons, so it works by keyboard
//! (arrow keys), by touch and by mouse, with no dragging.

use bsc_core::{format, ui, Answer, TextId};
use leptos::prelude::*;

use crate::components::heading::HEADING_ID;
use crate::ctx::use_ctx;
use crate::draft::Draft;

/// A numeric scale.
#[component]
pub fn PainScale(
    /// The step id, used as the radio group name.
    name: &'static str,
    /// The lowest value.
    min: u8,
    /// The highest value (inclusive).
    max: u8,
    /// Label of the low end (e.g. "no pain").
    low: TextId,
    /// Label of the high end.
    high: TextId,
    /// Receives `Answer::Scale(value)`.
    draft: Draft,
) -> impl IntoView {
    let ctx = use_ctx();
    let points = (min..=max)
        .map(|value| {
            let label = move || format(ctx.t(ui::SCALE_SELECTED), &[("n", &value.to_string())]);
            view! {
                <label class="scale-point">
                    <input
                        type="radio"
                        name=name
                        value=value
                        aria-label=label
                        prop:checked=move || draft.get() == Some(Answer::Scale(value))
                        on:change=move |_| draft.set(Some(Answer::Scale(value)))
                    />
                    <span aria-hidden="true">{value}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="scale" role="radiogroup" aria-labelledby=HEADING_ID aria-describedby="bsc-scale-ends">
            <div class="scale-points">{points}</div>
            <p class="scale-ends" id="bsc-scale-ends">
                <span>{ctx.text(low)}</span>
                <span>{ctx.text(high)}</span>
            </p>
        </div>
    }
}
