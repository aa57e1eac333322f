//! The context every screen of one widget shares, provided by
//! [`App`](crate::app::App) and read by each component with [`use_ctx`].
//! Components depend on this module, never on `app`.

use bsc_core::{format, ui, Screen, Session, TextId};
use leptos::prelude::*;

use crate::config::Config;

/// What every component of one widget shares (provided by [`App`]).
#[derive(Clone, Copy)]
pub struct Ctx {
    /// The reader's answers and position in the flow.
    pub session: RwSignal<Session>,
    /// Host settings (language, theme, emergency number); may change live.
    /// Only the host writes it. A plain `RwSignal` rather than a `Signal`:
    /// a `Signal` compiles every kind of signal it may wrap into each read
    /// (its cost is in e2e/bench/SIZE.md).
    pub config: RwSignal<Config>,
    /// True once the reader has acted: from then on, each new screen takes
    /// the focus. Never on page load, so the widget does not steal focus
    /// from the host page.
    pub interacted: RwSignal<bool>,
    /// True while the page prints (from its `beforeprint` to its
    /// `afterprint`, or from a click on Print): only then are the reader's
    /// answers written into the DOM, where a session-replay script on the
    /// host page could otherwise read them.
    pub printing: RwSignal<bool>,
}

impl Ctx {
    /// The current screen (reactive: follows the session).
    pub fn screen(&self) -> Screen {
        self.session.with(Session::screen)
    }

    /// The text `id` in the widget's current language (reactive).
    pub fn t(&self, id: TextId) -> &'static str {
        self.config.with(|c| c.locale.text(id))
    }

    /// "Step 3 of 10" in the widget's current language (reactive).
    pub fn step_of(&self, number: usize, total: usize) -> String {
        let (n, total) = (number.to_string(), total.to_string());
        format(self.t(ui::STEP_OF), &[("n", &n), ("total", &total)])
    }

    /// A reactive text node for `id`: follows the widget's language.
    ///
    /// Every call returns the same closure type, so the whole widget shares
    /// one compiled text node instead of one per call site (this keeps the
    /// WebAssembly small).
    pub fn text(self, id: TextId) -> impl Fn() -> &'static str + Copy + Send + Sync + 'static {
        move || self.t(id)
    }

    /// Applies a change to the session as a reader's action. Readers of
    /// the session are told only if it did change, so the screen is drawn
    /// again only when the session moved (no memo needed on top).
    pub fn act(&self, change: impl FnOnce(&mut Session)) {
        self.interacted.set(true);
        self.session.maybe_update(|session| {
            let before = session.clone();
            change(session);
            *session != before
        });
    }
}

/// The context of the enclosing [`App`].
///
/// # Panics
/// Outside an [`App`] (a programming error).
pub fn use_ctx() -> Ctx {
    // Not `expect_context`: its message formats the type name and the
    // caller's location with `{:?}`, which compiles `Debug` for `str` (with
    // its escaping tables) into the WebAssembly.
    use_context::<Ctx>().expect("back-spasm-check: a component outside its App")
}
