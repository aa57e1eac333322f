//! The options of a choice step: a native radio group (one answer; arrow
//! keys move and select) or a group of checkboxes (any number, with an
//! exclusive "none of these" option).

use bsc_core::Choice;
use leptos::prelude::*;

use crate::components::answer_option::AnswerOption;
use crate::components::heading::HEADING_ID;
use crate::draft::{Draft, Pick};

/// A radio group or a group of checkboxes.
#[component]
pub fn Choices(
    /// The step id, used as the inputs' name.
    name: &'static str,
    /// The choices, in order.
    options: &'static [Choice],
    /// For a multiple-choice step, the index of its "none of these" option
    /// (ticking it clears the others, and ticking any other clears it);
    /// `None` for a single-choice step.
    none: Option<usize>,
    /// Receives `Answer::Single(index)`, or `Answer::Multi(indices)` (`None`
    /// when nothing is ticked).
    draft: Draft,
) -> impl IntoView {
    let rows = options
        .iter()
        .enumerate()
        .map(|(index, choice)| {
            let pick = match none {
                Some(none) => Pick::Any { index, none },
                None => Pick::One(index),
            };
            view! { <AnswerOption name=name pick=pick choice=Some(choice) draft=draft /> }
        })
        .collect_view();
    let role = if none.is_some() {
        "group"
    } else {
        "radiogroup"
    };
    view! {
        <div class="choices" role=role aria-labelledby=HEADING_ID>
            {rows}
        </div>
    }
}
