//! Print, Save and Copy the plain-text summary. All local: printing uses the
//! browser's print dialog, saving a Blob download, copying the clipboard.

use std::cell::Cell;
use std::rc::Rc;

use bsc_core::ui;
use gloo_timers::callback::Timeout;
use leptos::prelude::*;

use crate::components::button::Button;
use crate::ctx::use_ctx;
use crate::platform;

/// How long "Copied" stays in the status line. A failure stays until the
/// next try: the reader may need it to copy some other way.
const COPIED_FOR_MS: u32 = 5_000;

/// The three summary actions and their status line (reads the shared
/// context; no props).
#[component]
pub fn SummaryActions() -> impl IntoView {
    let ctx = use_ctx();
    // What the last copy did, for the status line. Two flags rather than
    // an `Option<TextId>`: `bool` signals are compiled in already, and each
    // new signal type costs the WebAssembly about a kilobyte.
    let copied = RwSignal::new(false);
    let failed = RwSignal::new(false);
    // The timer that clears "Copied"; replacing or dropping it (when the
    // screen goes) cancels it.
    let clear = Rc::new(Cell::new(None::<Timeout>));
    let summary = move || {
        ctx.config.with_untracked(|c| {
            ctx.session
                .with_untracked(|s| s.summary(c.locale, &c.place()))
                .unwrap_or_default()
        })
    };
    let status = move || match (copied.get(), failed.get()) {
        (true, _) => ctx.t(ui::COPIED),
        (_, true) => ctx.t(ui::COPY_FAILED),
        _ => "",
    };
    let print = move |ev: leptos::ev::MouseEvent| platform::print_widget(&ev);
    let save = move |_| platform::download_text(ctx.t(ui::SAVE_FILENAME), &summary());
    let copy = move |_| {
        let clear = clear.clone();
        platform::copy_text(&summary(), move |ok| {
            copied.set(ok);
            failed.set(!ok);
            clear.set(ok.then(|| Timeout::new(COPIED_FOR_MS, move || copied.set(false))));
        });
    };
    view! {
        <section class="summary-actions" aria-labelledby="bsc-summary-heading">
            <h3 id="bsc-summary-heading">{ctx.text(ui::SUMMARY_HEADING)}</h3>
            <div class="actions">
                <Button class="secondary" label=ui::PRINT on_click=Box::new(print) />
                <Button class="secondary" label=ui::SAVE on_click=Box::new(save) />
                <Button class="secondary" label=ui::COPY on_click=Box::new(copy) />
            </div>
            <p class="status" role="status">{status}</p>
        </section>
    }
}
