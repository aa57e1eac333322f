//! The 0-10 pain scale: a row of radio buttons, so it works by keyboard
//! (arrow keys), by touch and by mouse, with no dragging.

use bsc_core::TextId;
use leptos::prelude::*;

use crate::components::answer_option::AnswerOption;
use crate::components::heading::HEADING_ID;
use crate::ctx::use_ctx;
use crate::draft::{Draft, Pick};

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
            view! { <AnswerOption name=name pick=Pick::Point(value) choice=None draft=draft /> }
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
