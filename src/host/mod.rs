//! The boundary with the JavaScript loader: the only module `web/embed.js`
//! talks to. Everything else in the crate is plain Rust and Leptos.
//!
//! # The contract with `web/embed.js`
//!
//! The loader compiles the wasm once and gives each widget element its own
//! instance (its own copy of the JS glue), so a panic stops one widget only.
//! For each element it calls, in order:
//!
//! 1. [`locale_needed`]`(host)`: the language code whose texts this
//!    instance still lacks, or `undefined`;
//! 2. [`load_locale`]`(text)` with that language's `locale-<code>.txt`
//!    (throws a message string when the pack is refused);
//! 3. [`mount`]`(host)`, which returns a [`Widget`] handle (throws when the
//!    element cannot take a shadow root);
//! 4. on any attribute change, [`Widget::refresh`]: `undefined` when the
//!    change applied, or a language code whose pack must be loaded first,
//!    after which the loader calls `refresh` again;
//! 5. when the element leaves the page, [`Widget::unmount`] then `free()`;
//!    the instance may then serve another element.
//!
//! A panic (release builds abort) runs the hook in [`panic`]: it replaces
//! every root this instance mounted ([`registry`]) with the load-error
//! message, and the trap that follows stops the instance for good.

mod attributes;
mod locale;
mod mount;
mod panic;
mod registry;

pub use locale::{load_locale, locale_needed};
pub use mount::{mount, Widget};
