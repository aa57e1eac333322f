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
mod model;

use std::path::{Path, PathBuf};

pub use error::{Error, Errors};

/// The most options a single or multi step may have ("none of these"
/// included): more do not fit on one phone screen, and a long list of
/// warning signs is read less carefully. Split such a step into two.
pub const MAX_OPTIONS: usize = 8;

/// The triage levels, least urgent first (ids used in the content files).
pub const LEVELS: [&str; 4] = ["self-care", "soon", "urgent", "emergency"];

/// The placeholders texts may use. Besides the counters and names the
/// widget fills in, `{number}` (the emergency number) and one per key of
/// [`REGION_KEYS`] (`{country}` for `name`) come from the reader's country.
pub const PLACEHOLDERS: [&str; 11] = [
    "n",
    "total",
    "number",
    "source",
    "level",
    "country",
    "gp",
    "ed",
    "today",
    "maternity",
    "paracetamol",
];

/// The wording every locale gives for each country of `regions.toml` and
/// for no known country (`[region.<CODE>]`, `[region.neutral]`), in this
/// order: its name (in a picker and in "Numbers for: …"), primary care as
/// an object ("a GP"), the emergency department as the place after "go to"
/// ("A&E"), one or two sentences on where to get help the same day, the
/// maternity service as an object, and the name readers there know for
/// paracetamol. Texts put them in with `{country}`, `{gp}`, `{ed}`,
/// `{today}`, `{maternity}` and `{paracetamol}`.
pub const REGION_KEYS: [&str; 6] = ["name", "gp", "ed", "today", "maternity", "paracetamol"];

/// Texts that must use these placeholders in every locale, so that the
/// numbers, names and the emergency number the engine fills in are shown
/// whatever the language: `(key, placeholders)`.
pub const REQUIRED_PLACEHOLDERS: &[(&str, &[&str])] = &[
    ("ui.step_of", &["n", "total"]),
    ("ui.scale_selected", &["n"]),
    ("ui.source_label", &["source"]),
    ("ui.result_announce", &["level"]),
    ("level.emergency.action", &["number"]),
    ("ui.load_error", &["number"]),
    ("ui.region_shown", &["country"]),
];

/// The `[ui]` keys every locale must have (more are allowed, if the default
/// locale has them).
pub const REQUIRED_UI: &[&str] = &[
    "title",
    "intro_heading",
    "intro_body",
    "privacy",
    "not_diagnosis",
    "start",
    "continue",
    "back",
    "restart",
    "step_of",
    "choose_one",
    "choose_any",
    "choose_scale",
    "result_heading",
    "next_steps_heading",
    "tips_heading",
    "safety_net_heading",
    "source_label",
    "disclaimer",
    "summary_heading",
    "your_answers",
    "print",
    "save",
    "copy",
    "copied",
    "copy_failed",
    "save_filename",
    "result_announce",
    "load_error",
    "scale_selected",
    "region_shown",
    "region_change",
];

/// The generated Rust source.
#[derive(Clone, Debug)]
pub struct Generated {
    /// Body of the `ui` module: a `TextId` constant per ui key.
    pub ui: String,
    /// The tables (texts, locales, steps, rules, tips, sources).
    pub tables: String,
    /// The files read, for `cargo:rerun-if-changed`.
    pub files: Vec<PathBuf>,
}

/// Reads, checks and compiles the content directory `dir`.
///
/// Files are named in errors as `<dir name>/<file>`, e.g. `content/en.toml`.
pub fn compile_dir(dir: &Path) -> Result<Generated, Errors> {
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
    let mut files = vec![dir.join("flow.toml"), dir.join("regions.toml")];
    let read = |code: &str| {
        let path = dir.join(format!("{code}.toml"));
        std::fs::read_to_string(&path).map_err(|e| format!("cannot read: {e}"))
    };
    let mut generated = compile(&label, (&flow, &regions), read)?;
    let codes = generated.files.clone();
    files.extend(codes.iter().map(|c| dir.join(c)));
    generated.files = files;
    Ok(generated)
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
    compile("content", (flow, regions), |code| {
        locales
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, text)| (*text).to_owned())
            .ok_or_else(|| "cannot read: file not found".to_owned())
    })
}

fn compile(
    dir: &str,
    (flow, regions): (&str, &str),
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<Generated, Errors> {
    let flow_file = format!("{dir}/flow.toml");
    let regions_file = format!("{dir}/regions.toml");
    let parsed: model::FlowFile = toml::from_str(flow)
        .map_err(|e| Errors(vec![Error::new(&flow_file, toml_message(flow, &e))]))?;
    let parsed_regions: model::RegionsFile = toml::from_str(regions)
        .map_err(|e| Errors(vec![Error::new(&regions_file, toml_message(regions, &e))]))?;
    let mut errors = Vec::new();
    let mut locale_texts = Vec::new();
    let mut files = Vec::new();
    for code in &parsed.locales {
        if code.len() < 2 || code.len() > 3 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            errors.push(Error::new(
                &flow_file,
                format!("locale \"{code}\" must be a lowercase language code like \"en\""),
            ));
            continue;
        }
        let file = format!("{dir}/{code}.toml");
        files.push(PathBuf::from(format!("{code}.toml")));
        match read(code) {
            Ok(text) => match text.parse::<toml::Table>() {
                Ok(table) => locale_texts.push((file, code.clone(), table)),
                Err(e) => errors.push(Error::new(&file, toml_message(&text, &e))),
            },
            Err(message) => errors.push(Error::new(&file, message)),
        }
    }
    if !errors.is_empty() {
        return Err(Errors(errors));
    }
    let checked = check::check(
        (&flow_file, &parsed),
        (&regions_file, &parsed_regions),
        &locale_texts,
        &mut errors,
    );
    match checked {
        Some(c) if errors.is_empty() => Ok(Generated {
            ui: generate::ui(&c),
            tables: generate::tables(&c),
            files,
        }),
        _ => Err(Errors(errors)),
    }
}

/// A TOML error on one line: "TOML error at line 3, column 5: ...".
fn toml_message(src: &str, e: &toml::de::Error) -> String {
    let msg = e.message().trim().replace('\n', " ");
    match e.span() {
        Some(span) => {
            let before = &src[..span.start.min(src.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            format!("TOML error at line {line}, column {column}: {msg}")
        }
        None => format!("TOML error: {msg}"),
    }
}
