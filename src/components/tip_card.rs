//! One care tip with the guideline source(s) it rests on, each linked to
//! its public page.

use bsc_core::{ui, Tip};
use leptos::prelude::*;

use crate::ctx::use_ctx;

/// A tip: title, a few sentences, and "Source: …" with a link per source.
/// The links open in a new tab and load nothing until clicked. A general
/// tip (not chosen for the reader's answers) is folded under its title in
/// a `<details>`, so a phone reader sees the tips meant for them first.
#[component]
pub fn TipCard(
    /// The tip to show: its title, body and sources; `tip.general` folds it.
    tip: &'static Tip,
) -> impl IntoView {
    let ctx = use_ctx();
    // The words around `{source}` in "Source: {source}", in the current
    // language.
    let around = move || {
        ctx.t(ui::SOURCE_LABEL)
            .split_once("{source}")
            .unwrap_or_default()
    };
    let links = tip
        .sources
        .iter()
        .enumerate()
        .map(|(i, source)| {
            view! {
                {(i > 0).then_some("; ")}
                <a href=source.url target="_blank" rel="noopener noreferrer">{ctx.text(source.label)}</a>
            }
        })
        .collect_view();
    let title = view! { <h4>{ctx.text(tip.title)}</h4> };
    let body = view! {
        <p>{ctx.text(tip.body)}</p>
        <p class="source">{move || around().0}{links}{move || around().1}</p>
    };
    if tip.general {
        view! { <details class="tip" data-tip=tip.id><summary>{title}</summary>{body}</details> }
            .into_any()
    } else {
        view! { <article class="tip" data-tip=tip.id>{title}{body}</article> }.into_any()
    }
}
