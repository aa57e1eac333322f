//! Print, Save and Copy the plain-text summary. All local: printing uses the
//! browser's print dialog, saving a Blob download, copying the clipboard.

use bsc_core::ui;
use leptos::prelude::*;

use crate::ctx::use_ctx;
use crate::platform;

/// The three summary actions and their status line.
///
/// Props: none (reads the shared context).
#[component]
pub fn SummaryActions() -> impl IntoView {
    let ctx = use_ctx();
    let status = RwSignal::new(None::<bsc_core::TextId>);
    let summary = move || {
        ctx.config.with_untracked(|c| {
            ctx.session
                .with_untracked(|s| s.summary(c.locale, c.emergency_number.as_deref()))
                .unwrap_or_default()
        })
    };
    let print = move |ev: leptos::ev::MouseEvent| platform::print_widget(&ev);
    let save = move |_| platform::download_text(ctx.t(ui::SAVE_FILENAME), &summary());
    let copy = move |_| {
        platform::copy_text(&summary(), move |ok| {
            status.set(Some(if ok { ui::COPIED } else { ui::COPY_FAILED }));
        });
    };
    view! {
        <section class="summary-actions" aria-labelledby="bsc-summary-heading">
            <h3 id="bsc-summary-heading">{ctx.text(ui::SUMMARY_HEADING)}</h3>
            <div class="actions">
                <button type="button" class="secondary" on:click=print>{ctx.text(ui::PRINT)}</button>
                <button type="button" class="secondary" on:click=save>{ctx.text(ui::SAVE)}</button>
                <button type="button" class="secondary" on:click=copy>{ctx.text(ui::COPY)}</button>
            </div>
            <p class="status" role="status">{move || status.get().map(|id| ctx.t(id))}</p>
        </section>
    }
}
