//! The boundary with the JavaScript loader: the only module `embed.js`
//! talks to. Everything else in the crate is plain Rust and Leptos.
//!
//! # The contract with `embed.js` (source: `web/loader/`)
//!
//! This is the one written form of it; `embed.js` points here.
//!
//! **Instances.** The loader compiles the wasm once and gives each widget
//! element an instance of its own: a fresh copy of the wasm-bindgen glue
//! (inlined into `embed.js` at build time, so a new instance costs no
//! request) instantiated from the shared module, or the spare instance a
//! removed widget left. An instance serves one widget at a time, so a
//! panic stops one widget only.
//!
//! **Calls**, per element, in order:
//!
//! 1. [`locale_needed`]`(host)`: the code of the language whose texts this
//!    instance still lacks, or `undefined`.
//! 2. [`load_locale`]`(code, text)` with the text of `locale-<code>.txt`
//!    fetched for `code` (the loader has checked its SHA-384 first). Throws
//!    the engine's message (a string) when it refuses the pack: another
//!    language's, cut short, changed, from other content. The loader then
//!    tries English once, and drops the refused text from its cache so a
//!    later need fetches it again. It asks again (step 1) at most once per
//!    language.
//! 3. [`mount`]`(host, onStop, createHtml)`: a [`Widget`] handle, in place
//!    of the first screen the loader showed (below).
//!    `createHtml` is the `createHTML` of the loader's Trusted Types policy
//!    `back-spasm-check` (or `undefined` where the browser has no Trusted
//!    Types); the widget makes the markup it escapes itself (tips, the
//!    country list, the printed answers) through it and assigns no string
//!    to `innerHTML`. On a page that enforces Trusted Types without
//!    allowing the policy, the loader shows its fallback instead of calling
//!    `mount`. Throws a message
//!    string, mounting nothing, when no texts are loaded (neither the
//!    widget's language nor English) or the element cannot have a shadow
//!    root; the loader shows its fallback message and keeps the instance,
//!    which is still healthy, for the next widget.
//! 4. On a change of the host's attributes or of an inherited `lang`:
//!    [`Widget::refresh`]`(false)`: `undefined` when the change applied, or
//!    a language code whose pack is missing. The loader then loads it
//!    (step 2) and calls `refresh(true)` exactly once, which applies the
//!    change with the texts at hand. No call asks for a pack twice, so no
//!    pack, however wrong, can make the two sides loop.
//! 5. When the element leaves the page: [`Widget::unmount`], then `free()`;
//!    the instance is then spare.
//!
//! **Stopping.** A panic (release builds abort) runs the hook in [`panic`]:
//! it replaces the content of each widget this instance mounted with the
//! load-error message, calls that widget's `onStop()`, and the instance
//! traps. From `onStop` on, the loader never calls into the instance again
//! and never reuses it, and it keeps exactly one `WebAssembly.RuntimeError`
//! (the trap) out of the page's console: in the catch block of its own call
//! that trapped, or, when the panic came from a reader's action, as the
//! page's `error` or `unhandledrejection` event. Every other
//! `RuntimeError` reaches the page. A call that traps before `mount`
//! retires its instance the same way. The wasm writes nothing on any
//! global and never reads the loader's global object; on the host element
//! it writes only the print mark below.
//!
//! **Before mount.** The loader attaches the open shadow root itself (its
//! options object has a null prototype, so a page's polluted
//! `Object.prototype` cannot change it) with one `<slot>` in it. First it
//! puts the session-replay masking hints on the host (classes `rr-block`,
//! `ph-no-capture`, `sentry-block`, `fs-exclude`, attributes
//! `data-private` and `data-clarity-mask="true"`); the widget's `.bsc` root
//! inside carries the same, as rrweb records a shadow root without looking
//! at its host. It watches `lang`, `theme`, `emergency-number`, `region`
//! and `loading`.
//!
//! **The first screen.** When a widget starts, the loader adopts the
//! widget's stylesheet (`style/widget.css`, minified by `bsc-bundle`; one
//! constructed sheet per document) in its shadow root and shows its first
//! screen there: the markup [`mount`] builds for the widget's language with
//! the default settings, rendered at build time from the same [`App`](crate::App)
//! (`crate::first_screen`, feature `first-screen`), with the root's
//! `data-theme` and `data-number` set as [`crate::config::parse`] would
//! (`web/loader/screen.js`). [`mount`] replaces the root's content, in the
//! same task, with the same markup, and leaves `adoptedStyleSheets` alone;
//! the loader then focuses the element that had the focus on the first
//! screen and clicks again, on the widget's own button, a button a reader
//! clicked there. An element the host put content of its own in (more than
//! white space) shows that instead, through the slot, until [`mount`] (or
//! the loader's fallback message, with `{number}` filled in as
//! `web/region-cases.tsv` says, and without the widget's stylesheet)
//! replaces it.
//!
//! **After mount.** When the element is moved into another document (a
//! same-origin iframe) the loader adopts there a copy of the widget's
//! stylesheet made in that document: a constructed stylesheet applies only
//! where it was made.
//!
//! **Printing.** A click on Print sets `data-bsc-printing` on that
//! widget's host, writes the reader's answers in (they are in the DOM only
//! while the page prints: between `beforeprint` and `afterprint`, which each
//! widget follows) and calls `print()` from a task of its own
//! (`src/platform.rs`). The loader, on `beforeprint`, marks `<html>` with
//! `data-bsc-printing` and the host's ancestors (across shadow roots) with
//! `data-bsc-print-path`, and on `afterprint` removes every mark, so this
//! holds where `print()` returns before the page is printed. Its document
//! stylesheet (the reserved box of every widget, and the `@media print`
//! rules keyed on these marks) then leaves out everything but that widget;
//! the widget's own `:host` rules are `!important` on screen only, so they
//! do not override it.
//!
//! **Test builds** (feature `test-hooks`, `make dist-test`) read
//! `globalThis.__bscTestPanic` to panic on purpose (see [`test_hooks`]);
//! release bundles have no such hook (`scripts/check-dist.sh`).

mod attributes;
mod locale;
mod mount;
mod panic;
mod registry;
mod test_hooks;

pub use locale::{load_locale, locale_needed};
pub use mount::{mount, Widget};
