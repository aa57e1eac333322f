//! One care tip with the guideline source(s) it rests on.

use bsc_core::{source_text, Tip};
use leptos::prelude::*;

use crate::ctx::use_ctx;

/// A tip.
///
/// Props:
/// - `tip`: the tip to show (title, body, sources).
#[component]
pub fn TipCard(tip: &'static Tip) -> impl IntoView {
    let ctx = use_ctx();
    let sources = move || ctx.config.with(|c| source_text(tip, c.locale));
    view! {
        <article class="tip" data-tip=tip.id>
            <h4>{ctx.text(tip.title)}</h4>
            <p>{ctx.text(tip.body)}</p>
            <p class="source">{sources}</p>
        </article>
    }
}
