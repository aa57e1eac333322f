//! Any number of answers from a list, as checkboxes, with an exclusive
//! "none of these" option.

use bsc_core::Choice;
use leptos::prelude::*;

use crate::components::heading::HEADING_ID;
use crate::ctx::use_ctx;
use crate::draft::{is_picked, toggle, Draft};

/// A group of checkboxes.
#[component]
pub fn MultiChoice(
    /// The step id, used as the checkbox name.
    name: &'static str,
    /// The choices, in order.
    options: &'static [Choice],
    /// Index of the "none of these" option: ticking it clears the others,
    /// and ticking any other clears it.
    none: usize,
    /// Receives `Answer::Multi(indices)`, or `None` when nothing is ticked.
    draft: Draft,
) -> impl IntoView {
    let ctx = use_ctx();
    let rows = options
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let on_change = move |ev: leptos::ev::Event| {
                let checked = event_target_checked(&ev);
                draft.update(|d| *d = toggle(d.as_ref(), index, checked, none));
            };
            view! {
                <label class="choice" class:none-option=index == none>
                    <input
                        type="checkbox"
                        name=name
                        value=choice.id
                        prop:checked=move || draft.with(|d| is_picked(d.as_ref(), index))
                        on:change=on_change
                    />
                    <span>{ctx.text(choice.label)}</span>
                </label>
            }
        })
        .collect_view();
    view! {
        <div class="choices" role="group" aria-labelledby=HEADING_ID>
            {rows}
        </div>
    }
}
