//! **back-spasm-check**: the embeddable widget.
//!
//! - [`host`]: the boundary the loader (`embed.js`, built from `web/loader/`) talks to, and its
//!   contract: [`mount`] attaches a Shadow DOM, adopts the styles and
//!   mounts [`App`].
//! - [`app`]: the root component; it owns the reader's [`bsc_core::Session`]
//!   and switches between the intro, question and result screens.
//! - [`ctx`]: the context every component reads ([`ctx::use_ctx`]).
//! - [`components`]: thin components, one per file, that wire signals to the
//!   engine in `bsc-core` (all clinical logic and text lives there).
//! - [`config`] and [`draft`]: small pure helpers, tested natively.
//! - `first_screen` (feature `first-screen`, bsc-bundle's): the first screen as HTML, rendered at
//!   build time for the loader to show before the wasm is ready.

pub mod app;
pub mod components;
pub mod config;
pub mod ctx;
pub mod draft;
#[cfg(feature = "first-screen")]
pub mod first_screen;
pub mod fresh;
pub mod host;
mod platform;

pub use app::App;
pub use host::{mount, Widget};
