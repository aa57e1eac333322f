//! One answer from a list, as a native radio group (arrow keys move and
//! select; each whole row is the click and touch target).

use bsc_core::{Answer, Choice};
use leptos::prelude::*;

use crate::components::heading::HEADING_ID;
use crate::ctx::use_ctx;
use crate::draft::{is_picked, Draft};

/// A radio group.
#[component]
pub fn SingleChoice(
    /// The step id, used as the radio group name.
    name: &'static str,
    /// The choices, in order.
    options: &'static [Choice],
    /// Receives `Answer::Single(index)`.
    draft: Draft,
) -> impl IntoView {
    let ctx = use_ctx();
    let rows = options
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            view! {
                <label class="choice">
                    <input
                        type="radio"
                        name=name
                        value=choice.id
                        prop:checked=move || draft.with(|d| is_picked(d.as_ref(), index))
                        on:change=move |_| draft.set(Some(Answer::Single(index)))
                    />
                    <span>{ctx.text(choice.label)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="choices" role="radiogroup" aria-labelledby=HEADING_ID>
            {rows}
        </div>
    }
}
