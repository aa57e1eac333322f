//! One option of a question: a native radio button or checkbox inside its
//! label, so the whole row is the click and touch target. Every control
//! (one answer, any answers, the pain scale) is built from this one view,
//! which keeps the WebAssembly small.

use bsc_core::{format, ui, Choice};
use leptos::prelude::*;

use crate::ctx::use_ctx;
use crate::draft::{Draft, Pick};

/// An option.
#[component]
pub fn AnswerOption(
    /// The step id: the input's name (one group per step).
    name: &'static str,
    /// What ticking it does to the draft; a checkbox for
    /// [`Pick::Any`], else a radio button.
    pick: Pick,
    /// The option of a choice step (its id is the input's value, its text
    /// the label); `None` for a point of a scale, which shows its number and
    /// is named "{n} out of 10".
    choice: Option<&'static Choice>,
    /// The answer being built.
    draft: Draft,
) -> impl IntoView {
    let ctx = use_ctx();
    let point = match pick {
        Pick::Point(value) => Some(value.to_string()),
        _ => None,
    };
    let value = match (choice, &point) {
        (Some(choice), _) => choice.id.to_owned(),
        (None, point) => point.clone().unwrap_or_default(),
    };
    let (class, kind) = match pick {
        Pick::One(_) => ("choice", "radio"),
        Pick::Any { index, none } if index == none => ("choice none-option", "checkbox"),
        Pick::Any { .. } => ("choice", "checkbox"),
        Pick::Point(_) => ("scale-point", "radio"),
    };
    let name_of_point = {
        let point = point.clone();
        move || {
            let n = point.as_deref()?;
            Some(format(ctx.t(ui::SCALE_SELECTED), &[("n", n)]))
        }
    };
    let text = move || match (choice, &point) {
        (Some(choice), _) => ctx.t(choice.label).to_owned(),
        (None, point) => point.clone().unwrap_or_default(),
    };
    let on_change = move |ev: leptos::ev::Event| {
        let checked = event_target_checked(&ev);
        draft.update(|d| *d = pick.apply(d.as_ref(), checked));
    };
    view! {
        <label class=class>
            <input
                type=kind
                name=name
                value=value
                aria-label=name_of_point
                prop:checked=move || draft.with(|d| pick.is_picked(d.as_ref()))
                on:change=on_change
            />
            <span aria-hidden=choice.is_none().then_some("true")>{text}</span>
        </label>
    }
}
