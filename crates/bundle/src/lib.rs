//! The build of the embeddable bundle: `bsc-bundle dist DIR`, run by
//! Trunk's post-build hook (`Trunk.toml`) on its staging folder after
//! wasm-bindgen has written the wasm and its `--target no-modules` glue.
//! [`dist`] is the one place the pipeline's order is written:
//!
//! 1. **shrink** (release builds, [`shrink::shrink`]): the glue loses the
//!    classes the loader never uses, the wasm every export the glue no
//!    longer reads; `wasm-opt` optimizes it; every import and export gets a
//!    short name in both files. The wasm is read and written with
//!    `wasmparser` and `wasm-encoder` ([`wasm`]), the glue on its syntax
//!    tree with acorn (`scripts/glue.mjs`).
//! 2. **packs**: `locale-<code>.txt` for every locale (the widget has none
//!    compiled in); each file the loader fetches is written under its
//!    [`names::served_name`], which carries its hash.
//! 3. **loader**: `web/embed.css` is minified into `embed.css`; esbuild
//!    bundles `web/loader/` into `embed.js`, with the glue as a module
//!    (`bsc:glue`) and the build's values (`bsc:build`: version,
//!    load-error messages and emergency numbers from `content/`, the
//!    SHA-384 of the wasm and of every pack, the rules of `embed.css`).
//! 4. **minify** (release builds): terser.
//! 5. **seal** ([`seal::seal`]): the demo page's `<link>` and `<script>`
//!    signed, `integrity.json` (the SHA-384 of every file) and the host
//!    snippet.
//!
//! The JavaScript steps run in node (`scripts/js-steps.mjs`, [`js`]).
//! `scripts/check-dist.sh` checks the result independently.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};

use back_spasm_check::first_screen::first_screen;
use bsc_core::{locales, regions, ui, Locale};

pub mod js;
pub mod names;
pub mod seal;
pub mod shrink;
pub mod wasm;

/// The loader hosts include.
pub const LOADER: &str = "embed.js";
/// The wasm-bindgen glue Trunk writes (`--target no-modules`); bundled
/// into the loader, then removed.
pub const GLUE: &str = "back-spasm-check.js";
/// The WebAssembly module.
pub const WASM: &str = "back-spasm-check_bg.wasm";
/// The demo page.
pub const DEMO: &str = "index.html";
/// The reserved box's stylesheet, which the snippet links (from
/// `web/embed.css`, minified).
pub const EMBED_CSS: &str = "embed.css";
/// The hashes of every file, written by [`seal::seal`].
pub const INTEGRITY: &str = "integrity.json";
/// The package version (the workspace's, shared by every crate).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// A step that could not be done.
#[derive(Debug, PartialEq, Eq)]
pub struct Error {
    kind: ErrorKind,
    message: String,
}

/// The kind of [`Error`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    /// A file could not be read, written or listed.
    Io,
    /// A file is not what the build expects (see the message).
    Input,
    /// The wasm could not be read or rewritten.
    Wasm,
    /// A tool (node, esbuild, terser, wasm-opt) failed.
    Tool,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind, message: impl Into<String>) -> Self {
        Error {
            kind,
            message: message.into(),
        }
    }

    /// The kind of problem.
    pub fn kind(&self) -> ErrorKind {
        self.kind
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

impl From<wasm::WasmError> for Error {
    fn from(err: wasm::WasmError) -> Self {
        Error::new(ErrorKind::Wasm, format!("{WASM}: {err}"))
    }
}

/// Whether [`dist`] makes a release build (shrunk and minified).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Profile {
    /// Trunk's debug builds (`trunk serve`): no shrinking or minifying.
    Debug,
    /// `trunk build --release`.
    Release,
}

/// The workspace root, where `scripts/` and `web/` are.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The whole pipeline, in order (see the crate docs), on `dir`. Returns
/// the build log's lines and the snippet a host pastes.
///
/// # Errors
/// The first step that fails.
pub fn dist(dir: &Path, profile: Profile) -> Result<(Vec<String>, String), Error> {
    let root = root();
    let glue_path = dir.join(GLUE);
    let mut glue = read_text(&glue_path)?;
    let mut wasm = read(&dir.join(WASM))?;
    let mut log = Vec::new();
    if profile == Profile::Release {
        let shrunk = shrink::shrink(&root, dir, &glue, &wasm)?;
        (glue, wasm) = (shrunk.glue, shrunk.wasm);
        log.push(shrunk.log);
    }
    let sync = js::GlueEdit {
        sync: true,
        ..js::GlueEdit::default()
    };
    glue = js::edit_glue(&root, &glue, &sync)?;
    let mut integrity = BTreeMap::new();
    let mut files = vec![(WASM.to_owned(), wasm)];
    files.extend(
        locales()
            .iter()
            .map(|l| (names::pack_name(l.code()), l.to_pack().into_bytes())),
    );
    for (name, bytes) in files {
        let hash = names::sri(&bytes);
        let served = names::served_name(&name, &hash);
        write(&dir.join(&served), &bytes)?;
        log.push(format!("{served} ({} bytes)", bytes.len()));
        integrity.insert(name, hash);
    }
    std::fs::remove_file(dir.join(WASM)).map_err(|err| io("remove", &dir.join(WASM), err))?;
    let reserve = js::minify_css(&root, &read_text(&root.join("web").join(EMBED_CSS))?)?;
    write(&dir.join(EMBED_CSS), format!("{reserve}\n").as_bytes())?;
    let styles = widget_styles(&root)?;
    let values = build_values(integrity, reserve, styles);
    let mut loader = js::bundle_loader(&root, &glue, &values)?;
    if profile == Profile::Release {
        let before = loader.len();
        loader = js::minify(&root, &loader)?;
        log.push(format!(
            "{LOADER}: minified {before} -> {} bytes",
            loader.len()
        ));
    }
    write(&dir.join(LOADER), loader.as_bytes())?;
    std::fs::remove_file(&glue_path).map_err(|err| io("remove", &glue_path, err))?;
    let snippet = seal::seal(dir)?;
    Ok((log, snippet))
}

/// `style/widget.css` as the widget ships it: minified, with the dark
/// palette also emitted for `theme="auto"` (`bsc_content::css`).
pub fn widget_styles(root: &Path) -> Result<String, Error> {
    let path = root.join("style").join("widget.css");
    bsc_content::css::build(&read_text(&path)?)
        .map_err(|err| Error::new(ErrorKind::Input, format!("{}: {err}", path.display())))
}

/// The loader's build values: version, load-error messages, emergency
/// numbers (from `content/`), each language's first screen (rendered from
/// the widget's components), `integrity`, `reserve` and `styles`.
pub fn build_values(
    integrity: BTreeMap<String, String>,
    reserve: String,
    styles: String,
) -> js::BuildValues {
    let by_locale = |text: fn(&'static Locale) -> String| {
        locales()
            .iter()
            .map(|l| (l.code().to_owned(), text(l)))
            .collect()
    };
    js::BuildValues {
        version: VERSION.to_owned(),
        load_errors: by_locale(|l| l.text(ui::LOAD_ERROR).to_owned()),
        regions: js::RegionValues {
            numbers: regions()
                .iter()
                .map(|r| (r.code().to_owned(), r.emergency_number().to_owned()))
                .collect(),
            neutral: by_locale(|l| l.emergency_number_default().to_owned()),
        },
        screens: by_locale(first_screen),
        integrity,
        reserve,
        styles,
    }
}

/// An [`ErrorKind::Io`] error: "cannot `what` `path`: `err`".
pub(crate) fn io(what: &str, path: &Path, err: std::io::Error) -> Error {
    Error::new(
        ErrorKind::Io,
        format!("cannot {what} {}: {err}", path.display()),
    )
}

pub(crate) fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|err| io("read", path, err))
}

pub(crate) fn read_text(path: &Path) -> Result<String, Error> {
    String::from_utf8(read(path)?).map_err(|_| {
        Error::new(
            ErrorKind::Input,
            format!("{} is not UTF-8 text", path.display()),
        )
    })
}

pub(crate) fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes).map_err(|err| io("write", path, err))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn build_values_name_every_locale_and_country() {
        let values = build_values(BTreeMap::new(), String::new(), String::new());
        assert_eq!(values.version, VERSION);
        for locale in locales() {
            let code = locale.code();
            assert_eq!(values.load_errors[code], locale.text(ui::LOAD_ERROR));
            assert_eq!(
                values.regions.neutral[code],
                locale.emergency_number_default()
            );
            assert_eq!(values.screens[code], first_screen(locale));
        }
        for region in regions() {
            assert_eq!(
                values.regions.numbers[region.code()],
                region.emergency_number()
            );
        }
        let json = serde_json::to_value(&values).unwrap();
        let keys: Vec<_> = json.as_object().unwrap().keys().cloned().collect();
        assert_eq!(
            keys,
            [
                "integrity",
                "loadErrors",
                "regions",
                "reserve",
                "screens",
                "styles",
                "version"
            ]
        );
    }

    #[test]
    fn errors_say_which_file() {
        let err = read(Path::new("/nonexistent/x.wasm")).unwrap_err();
        assert_eq!(err.kind(), ErrorKind::Io);
        assert!(
            err.to_string()
                .starts_with("cannot read /nonexistent/x.wasm: "),
            "{err}"
        );
    }
}
