//! Build-time content compiler of back-spasm-check.
//!
//! Reads `content/flow.toml` (the structure: steps, options, triage rules,
//! tips, sources; language-neutral) and one `content/<code>.toml` per
//! locale listed in `flow.toml` (`locales = ["en", ...]`, the first is the
//! default), checks them, and generates Rust source with static tables that
//! `bsc-core`'s build script writes to `OUT_DIR` and `include!`s.
//!
//! # What is checked
//! - every id referenced (answers in rules and tips, sources, rules) exists,
//!   and ids are unique and use only `a-z`, `0-9` and `_`;
//! - every step, option, scale end, tip, source, level and ui key has a
//!   non-empty text in every locale, and every locale has exactly the same
//!   set of text keys as the default one (parity): a key another locale
//!   lacks is reported as `content/de.toml: tip.heat_cold.body is missing
//!   (present in content/en.toml)`, an extra one as `content/es.toml:
//!   step.onset.option.foo is not in content/en.toml`;
//! - every tip has at least one source, and every source a public
//!   `https://` URL; every level a result can reach has a tip (besides the
//!   safety nets) that always applies to it, and a safety net (a tip with
//!   `safety_net = true`, which has no condition); tips are listed in the
//!   order they show: those for the reader's answers, then `general` ones
//!   (shown folded), then the safety nets;
//! - a single or multi step has from 2 to [`MAX_OPTIONS`] options;
//! - a step's `show_if` uses only answers of the steps before it;
//! - texts use only the [`PLACEHOLDERS`], and the texts of
//!   [`REQUIRED_PLACEHOLDERS`] use theirs (`ui.step_of` needs `{n}` and
//!   `{total}`, and so on);
//! - `regions.toml` lists each country once (ISO 3166-1 alpha-2), with its
//!   emergency number among its `numbers`, and every number and service
//!   with what it is and an `https://` source; every locale has the
//!   [`REGION_KEYS`] wording for each country and for no known country
//!   (`[region.neutral]`); a country's wording names only that country's
//!   listed numbers and uses no placeholders, and no other text names any
//!   listed number (texts get it through `{number}` or `{today}`).
//!
//! Every problem is reported as an [`Error`] naming the file and the item:
//!
//! ```
//! let flow = r#"locales = []"#;
//! let errors = bsc_content::compile_str(flow, "", &[]).unwrap_err();
//! assert_eq!(
//!     errors.messages()[0],
//!     "content/flow.toml: locales is empty; list at least one, e.g. locales = [\"en\"]"
//! );
//! ```
//!
//! # Locale file format
//! `[meta] name, emergency_number_default` (the neutral wording's
//! `{number}`); `[ui] <key>`;
//! `[level.<level>] title, action`; `[step.<id>] title, help (optional),
//! option.<id>` and for scale steps `low, high`; `[tip.<id>] title, body`;
//! `[source.<id>] label`; `[region.neutral]` and `[region.<CODE>]` with
//! the [`REGION_KEYS`].
//!
//! # Regions file format
//! `[neutral] numbers`; one `[[region]]` each with `code`, `emergency`,
//! `numbers = [{ number, what, source }]` and `services = [{ what,
//! source }]`.

mod check;
pub mod css;
mod error;
mod generate;
mod json;
mod model;
mod read;
mod spec;

use std::path::{Path, PathBuf};

pub use check::phone_runs;
pub use error::{Error, Errors};
pub use json::ContentJson;
pub use spec::{
    Level, LEVELS, MAX_OPTIONS, PLACEHOLDERS, REGION_KEYS, REQUIRED_PLACEHOLDERS, REQUIRED_UI,
};

/// The generated Rust source.
#[derive(Clone, Debug)]
pub struct Generated {
    /// Body of the `ui` module: a `TextId` constant per ui key.
    pub ui: String,
    /// The tables (texts, locales, steps, rules, tips, sources).
    pub tables: String,
    /// The levels, for `bsc-core`'s `levels!` macro.
    pub levels: String,
    /// The files read, for `cargo:rerun-if-changed`.
    pub files: Vec<PathBuf>,
}

/// The content, read and checked: [`generate`](Content::generate) it as
/// Rust, or view it as JSON ([`json`](Content::json)).
pub struct Content {
    checked: check::Checked,
    files: Vec<PathBuf>,
}

impl Content {
    /// The Rust source of its tables.
    pub fn generate(&self) -> Generated {
        Generated {
            ui: generate::ui(&self.checked),
            tables: generate::tables(&self.checked),
            levels: generate::levels(),
            files: self.files.clone(),
        }
    }

    /// Its texts, steps and regions for the end-to-end tests (serialize
    /// it with serde).
    pub fn json(&self) -> ContentJson<'_> {
        ContentJson::new(&self.checked)
    }
}

/// Reads and checks the content directory `dir`.
///
/// Files are named in errors as `<dir name>/<file>`, e.g. `content/en.toml`.
pub fn check_dir(dir: &Path) -> Result<Content, Errors> {
    let label = dir
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "content".to_owned());
    let read_file = |name: &str| {
        std::fs::read_to_string(dir.join(name)).map_err(|e| {
            Errors(vec![Error::new(
                &format!("{label}/{name}"),
                format!("cannot read: {e}"),
            )])
        })
    };
    let flow = read_file("flow.toml")?;
    let regions = read_file("regions.toml")?;
    let read = |code: &str| {
        let path = dir.join(format!("{code}.toml"));
        std::fs::read_to_string(&path).map_err(|e| format!("cannot read: {e}"))
    };
    let (checked, codes) = read::check(&label, (&flow, &regions), read)?;
    let mut files = vec![dir.join("flow.toml"), dir.join("regions.toml")];
    files.extend(codes.iter().map(|c| dir.join(c)));
    Ok(Content { checked, files })
}

/// Reads, checks and compiles the content directory `dir` (see
/// [`check_dir`]).
pub fn compile_dir(dir: &Path) -> Result<Generated, Errors> {
    check_dir(dir).map(|content| content.generate())
}

/// Checks and compiles content given as strings: `flow` is `flow.toml`,
/// `regions` is `regions.toml`, `locales` holds `(code, text)` of each
/// locale file. Files are named `content/flow.toml`,
/// `content/regions.toml` and `content/<code>.toml` in errors.
pub fn compile_str(
    flow: &str,
    regions: &str,
    locales: &[(&str, &str)],
) -> Result<Generated, Errors> {
    let read = |code: &str| {
        locales
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, text)| (*text).to_owned())
            .ok_or_else(|| "cannot read: file not found".to_owned())
    };
    let (checked, files) = read::check("content", (flow, regions), read)?;
    Ok(Content { checked, files }.generate())
}
