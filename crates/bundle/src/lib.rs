//! The build step of the embeddable bundle, run by Trunk's post-build hook
//! (`scripts/post-build.mjs`) in passes over the staging folder:
//!
//! 0. [`shrink`], in release builds only: drops the wasm exports the glue
//!    never uses, runs `wasm-opt` (Trunk's is off) and gives every import
//!    and export (but [`KEPT_EXPORTS`]) a short name, in the wasm and in
//!    the glue alike.
//! 1. [`fill`], before the JavaScript is minified: writes
//!    `locale-<code>.txt`, the pack of every locale (the widget has none
//!    compiled in); inlines the wasm-bindgen glue into `embed.js` (so one
//!    SRI hash on the script tag covers it, and each widget instantiates it
//!    without another request); and fills in `embed.js`'s build-time
//!    values: the package version, each locale's load-error message and
//!    each country's emergency number (from `content/`), and the SHA-384 of the wasm and of every pack, which
//!    `embed.js` checks before it uses them. The wasm and the packs are
//!    written under [`served_name`]s, which carry their hash.
//! 2. [`seal`], after minification: writes `integrity.json` (the SHA-384 of
//!    every file), puts `integrity` and `crossorigin` on the demo page's
//!    script tag and returns the snippet a host pastes.
//!
//! The engine (`bsc-core`) knows nothing of these file names; they live
//! here and in the loader (`web/loader/`).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use base64::Engine as _;
use bsc_core::{locales, regions, ui};
use sha2::{Digest, Sha384};

pub mod glue;
pub mod wasm;

/// The loader hosts include.
pub const LOADER: &str = "embed.js";
/// The wasm-bindgen glue Trunk writes (`--target no-modules`); inlined
/// into the loader, then removed.
pub const GLUE: &str = "back-spasm-check.js";
/// The WebAssembly module.
pub const WASM: &str = "back-spasm-check_bg.wasm";
/// The demo page.
pub const DEMO: &str = "index.html";
/// The hashes of every file, written by [`seal`].
pub const INTEGRITY: &str = "integrity.json";
/// The package version (the workspace's, shared by every crate).
pub const VERSION: &str = env!("CARGO_PKG_VERSION");

/// Classes of the glue that the loader never uses: wasm-streams' adapters
/// between Rust and JS streams, compiled in for Leptos's server functions,
/// which a client-side widget does not call. [`shrink`] removes them and
/// the wasm exports behind them.
pub const UNUSED_CLASSES: &[&str] = &[
    "IntoUnderlyingByteSource",
    "IntoUnderlyingSink",
    "IntoUnderlyingSource",
];

/// Exports [`shrink`] does not rename: the memory keeps its usual name,
/// which tools and test probes look for (short names have at most three
/// characters, so none can clash with it).
pub const KEPT_EXPORTS: &[&str] = &["memory"];

/// How [`shrink`] runs `wasm-opt` (binaryen, pinned in package.json):
/// smallest code, with the features Rust 1.95 emits; `--zero-filled-memory`
/// holds because the module owns its memory; `--low-memory-unused` because
/// Rust puts the 1 MiB stack first, so the lowest 1 KiB is only reached by
/// a stack overflow.
pub const WASM_OPT: &[&str] = &[
    "-Oz",
    "--converge",
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-reference-types",
    "--enable-multivalue",
    "--enable-mutable-globals",
    "--strip-debug",
    "--strip-producers",
    "--strip-target-features",
    "--zero-filled-memory",
    "--low-memory-unused",
];

/// The placeholders in `embed.js` (bundled from `web/loader/`), each replaced exactly once.
const VERSION_SLOT: &str = "/* @version */ ''";
const LOAD_ERRORS_SLOT: &str = "/* @load-errors */ {}";
const REGIONS_SLOT: &str = "/* @regions */ {}";
const INTEGRITY_SLOT: &str = "/* @integrity */ {}";
const GLUE_SLOT: &str = "/* @glue */ null";
/// How the no-modules glue starts its one binding.
const GLUE_BINDING: &str = "let wasm_bindgen";
/// What the no-modules glue binds: its async `init` (which fetches and
/// instantiates) with `initSync` and the exports on it.
const GLUE_RESULT: &str = "return Object.assign(__wbg_init, { initSync }, exports);";
/// What the wrapped glue returns instead: the loader compiles and checks
/// the module itself and instantiates it with `initSync`, so the async
/// path (`__wbg_init`, `__wbg_load`) is unused and terser drops it.
const GLUE_RESULT_SYNC: &str = "return Object.assign({ initSync }, exports);";

/// A step that could not be done, with the file it concerns.
#[derive(Debug, PartialEq, Eq)]
pub struct Error(pub(crate) String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

/// `locale-<code>.txt` for a language code: the name `embed.js` knows the
/// pack by (its hash is filed under it); the file is served under
/// [`served_name`].
pub fn pack_name(code: &str) -> String {
    format!("locale-{code}.txt")
}

/// The name a file is written and served under: `name` with the first 10
/// characters of its SHA-384 (`sri`, base64 in the URL-safe alphabet)
/// before its extension, e.g. `locale-en.Xy3_-a9QkL.txt`. A CDN can cache
/// such a file for good (`immutable`): a new build's file has a new name,
/// so an update never mixes the files of two builds. `embed.js` derives the
/// same name from the hash it carries (`web/loader/files.js`).
pub fn served_name(name: &str, sri: &str) -> String {
    let hash: String = sri
        .trim_start_matches("sha384-")
        .chars()
        .take(10)
        .map(|c| match c {
            '+' => '-',
            '/' => '_',
            c => c,
        })
        .collect();
    match name.rsplit_once('.') {
        Some((stem, ext)) => format!("{stem}.{hash}.{ext}"),
        None => format!("{name}.{hash}"),
    }
}

/// The subresource-integrity value of `bytes`: `sha384-<base64>`.
pub fn sri(bytes: &[u8]) -> String {
    let digest = Sha384::digest(bytes);
    format!(
        "sha384-{}",
        base64::engine::general_purpose::STANDARD.encode(digest)
    )
}

/// A JavaScript string literal: JSON's, with U+2028 and U+2029 escaped
/// too (JSON allows them raw; JavaScript before ES2019 does not).
pub fn js_string(text: &str) -> String {
    to_js(&text)
}

/// Pairs serialized as a JSON object, keeping their order (a map would
/// sort the keys).
struct Ordered<'a>(Vec<(&'a str, String)>);

impl serde::Serialize for Ordered<'_> {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_map(self.0.iter().map(|(key, value)| (key, value)))
    }
}

/// `{"a":"…","b":"…"}` from pairs, in order.
fn js_object<'a>(pairs: impl IntoIterator<Item = (&'a str, String)>) -> String {
    to_js(&Ordered(pairs.into_iter().collect()))
}

/// `value` as compact JSON with U+2028 and U+2029 escaped: a JavaScript
/// expression.
fn to_js(value: &impl serde::Serialize) -> String {
    let json = serde_json::to_string(value).expect("strings and maps of them serialize");
    json.replace('\u{2028}', "\\u2028")
        .replace('\u{2029}', "\\u2029")
}

/// `{"en":"…","es":"…"}`: each locale's load-error message, shown when
/// the widget cannot start. Its keys are also the languages the bundle has.
pub fn load_errors() -> String {
    js_object(
        locales()
            .iter()
            .map(|l| (l.code(), l.text(ui::LOAD_ERROR).to_owned())),
    )
}

/// `{"numbers":{"GB":"999",…},"neutral":{"en":"…",…}}`: each country's
/// emergency number, and each language's wording for no known country,
/// for the number in the load-error message (its `{number}`) when the
/// widget cannot start.
pub fn regions_table() -> String {
    #[derive(serde::Serialize)]
    struct Table<'a> {
        numbers: Ordered<'a>,
        neutral: Ordered<'a>,
    }
    to_js(&Table {
        numbers: Ordered(
            regions()
                .iter()
                .map(|r| (r.code(), r.emergency_number().to_owned()))
                .collect(),
        ),
        neutral: Ordered(
            locales()
                .iter()
                .map(|l| (l.code(), l.emergency_number_default().to_owned()))
                .collect(),
        ),
    })
}

/// The glue as a function that returns a fresh copy of it on each call:
/// each widget's wasm instance needs glue state of its own, and a new
/// `import()` of the glue would cost a request per widget. The copy is a
/// plain object: `initSync` and the exports, without the async `init`
/// (see [`GLUE_RESULT_SYNC`]).
///
/// # Errors
/// When `glue` is not wasm-bindgen's `--target no-modules` output.
pub fn wrap_glue(glue: &str) -> Result<String, Error> {
    if glue.matches(GLUE_BINDING).count() != 1
        || glue.matches(GLUE_RESULT).count() != 1
        || glue.contains("import.meta")
    {
        return Err(Error(format!(
            "{GLUE} is not wasm-bindgen's no-modules glue (one `{GLUE_BINDING}`, one `{GLUE_RESULT}`, \
             no import.meta); is data-bindgen-target=\"no-modules\" set in index.html?"
        )));
    }
    let glue = glue.replacen(GLUE_RESULT, GLUE_RESULT_SYNC, 1);
    Ok(format!("function () {{\n{glue}\nreturn wasm_bindgen;\n}}"))
}

/// The values [`fill_loader`] puts into `embed.js`.
pub struct LoaderValues<'a> {
    /// The package version.
    pub version: &'a str,
    /// [`load_errors`].
    pub load_errors: &'a str,
    /// [`regions_table`].
    pub regions: &'a str,
    /// The `integrity` value of each file the loader fetches, by name.
    pub integrity: &'a BTreeMap<String, String>,
    /// [`wrap_glue`]'s output.
    pub glue: &'a str,
}

/// `embed.js` with its placeholders filled in.
///
/// # Errors
/// When a placeholder is missing or there twice (the file and the build
/// disagree).
pub fn fill_loader(source: &str, values: &LoaderValues) -> Result<String, Error> {
    let integrity = js_object(
        values
            .integrity
            .iter()
            .map(|(name, hash)| (name.as_str(), hash.clone())),
    );
    let slots = [
        (VERSION_SLOT, js_string(values.version)),
        (LOAD_ERRORS_SLOT, values.load_errors.to_owned()),
        (REGIONS_SLOT, values.regions.to_owned()),
        (INTEGRITY_SLOT, integrity),
        (GLUE_SLOT, values.glue.to_owned()),
    ];
    let mut out = source.to_owned();
    for (slot, value) in slots {
        match source.matches(slot).count() {
            1 => out = out.replacen(slot, &value, 1),
            n => {
                return Err(Error(format!(
                    "{LOADER} has the placeholder `{slot}` {n} times; expected once"
                )))
            }
        }
    }
    Ok(out)
}

/// Pass 1 (before minification), in `dir`. Returns one line per file
/// written, for the build log.
///
/// # Errors
/// A file that cannot be read or written, or a loader or glue that does
/// not fit (see [`fill_loader`], [`wrap_glue`]).
pub fn fill(dir: &Path) -> Result<Vec<String>, Error> {
    let mut log = Vec::new();
    let mut integrity = BTreeMap::new();
    let wasm_hash = sri(&read(&dir.join(WASM))?);
    let wasm_served = served_name(WASM, &wasm_hash);
    std::fs::rename(dir.join(WASM), dir.join(&wasm_served))
        .map_err(|err| Error(format!("cannot rename {WASM} to {wasm_served}: {err}")))?;
    log.push(format!("{wasm_served} (the wasm, named by its hash)"));
    integrity.insert(WASM.to_owned(), wasm_hash);
    for locale in locales() {
        let name = pack_name(locale.code());
        let pack = locale.to_pack();
        let hash = sri(pack.as_bytes());
        let served = served_name(&name, &hash);
        write(&dir.join(&served), pack.as_bytes())?;
        log.push(format!("{served} ({} bytes)", pack.len()));
        integrity.insert(name, hash);
    }
    let glue_path = dir.join(GLUE);
    let glue = wrap_glue(&read_text(&glue_path)?)?;
    let loader_path = dir.join(LOADER);
    let loader = fill_loader(
        &read_text(&loader_path)?,
        &LoaderValues {
            version: VERSION,
            load_errors: &load_errors(),
            regions: &regions_table(),
            integrity: &integrity,
            glue: &glue,
        },
    )?;
    write(&loader_path, loader.as_bytes())?;
    std::fs::remove_file(&glue_path)
        .map_err(|err| Error(format!("cannot remove {}: {err}", glue_path.display())))?;
    log.push(format!(
        "{LOADER} (version {VERSION}, glue inlined, load-error messages, emergency numbers and hashes of {} files filled in)",
        integrity.len()
    ));
    Ok(log)
}

/// Pass 0 (release builds), in `dir`: removes [`UNUSED_CLASSES`] from the
/// glue, drops every wasm export the glue does not read, optimizes the wasm
/// with `wasm-opt` ([`WASM_OPT`]; dead code goes with the exports), then
/// renames every import and export (but [`KEPT_EXPORTS`]) to a short name
/// in both files (the glue's imports the wasm no longer has go too).
/// Returns log lines.
///
/// # Errors
/// A file that cannot be read or written, a wasm or glue that does not fit
/// (see [`wasm::WasmError`] and [`glue`]), or `wasm-opt` failing.
pub fn shrink(dir: &Path) -> Result<Vec<String>, Error> {
    let glue_path = dir.join(GLUE);
    let wasm_path = dir.join(WASM);
    let mut text = read_text(&glue_path)?;
    let mut removed = Vec::new();
    for class in UNUSED_CLASSES {
        if let Ok(without) = glue::remove_class(&text, class) {
            text = without;
            removed.push(*class);
        }
    }
    let used = glue::used_exports(&text)?;
    let parse = |bytes: &[u8]| {
        wasm::Module::parse(bytes).map_err(|err| Error(format!("{}: {err}", wasm_path.display())))
    };
    let before = read(&wasm_path)?;
    let mut module = parse(&before)?;
    let exports = module.exports_mut();
    let count = exports.len();
    exports.retain(|e| used.contains(&e.name));
    let dropped = count - exports.len();
    let unoptimized = dir.join("unoptimized.wasm");
    write(&unoptimized, &module.to_bytes())?;
    let run = std::process::Command::new("wasm-opt")
        .args(WASM_OPT)
        .arg(&unoptimized)
        .arg("-o")
        .arg(&wasm_path)
        .status();
    // Removed whatever happened, so it never reaches the bundle.
    std::fs::remove_file(&unoptimized)
        .map_err(|err| Error(format!("cannot remove {}: {err}", unoptimized.display())))?;
    let run = run.map_err(|err| {
        Error(format!(
            "cannot run wasm-opt: {err} (scripts/setup.sh installs it)"
        ))
    })?;
    if !run.success() {
        return Err(Error(format!("wasm-opt failed ({run})")));
    }
    let optimized = read(&wasm_path)?;
    let mut module = parse(&optimized)?;
    let modules: BTreeSet<String> = module
        .imports_mut()
        .iter()
        .map(|i| i.module.clone())
        .collect();
    let mut modules = modules.into_iter();
    let (Some(import_module), None) = (modules.next(), modules.next()) else {
        return Err(Error(format!(
            "{WASM} imports from several modules or none; expected wasm-bindgen's one"
        )));
    };
    let short_module = glue::short_name(0);
    let mut imports = BTreeMap::new();
    for (n, import) in module.imports_mut().iter_mut().enumerate() {
        let short = glue::short_name(n);
        imports.insert(std::mem::replace(&mut import.name, short.clone()), short);
        import.module.clone_from(&short_module);
    }
    let mut exports = BTreeMap::new();
    let mut shorts = (0..).map(glue::short_name);
    for export in module.exports_mut().iter_mut() {
        let name = if KEPT_EXPORTS.contains(&export.name.as_str()) {
            export.name.clone()
        } else {
            shorts.next().expect("endless names")
        };
        exports.insert(std::mem::replace(&mut export.name, name.clone()), name);
    }
    let all_imports = glue::import_names(&text)?.len();
    let text = glue::rename(&text, (&import_module, &short_module), &imports, &exports)?;
    write(&wasm_path, &module.to_bytes())?;
    write(&glue_path, text.as_bytes())?;
    Ok(vec![
        format!(
            "{GLUE}: removed {} unused classes ({}); {} of {all_imports} imports left",
            removed.len(),
            removed.join(", "),
            imports.len()
        ),
        format!(
            "{WASM}: dropped {dropped} unused exports, wasm-opt {} -> {} bytes, {} imports and {} exports renamed",
            before.len(),
            optimized.len(),
            imports.len(),
            exports.iter().filter(|(old, new)| old != new).count()
        ),
    ])
}

/// The `<script>` tag a host pastes, with the loader's integrity.
pub fn snippet(src: &str, integrity: &str) -> String {
    format!(
        "<script type=\"module\" src=\"{src}\" integrity=\"{integrity}\" crossorigin=\"anonymous\"></script>"
    )
}

/// The demo page with `integrity` and `crossorigin` on its loader tag.
///
/// # Errors
/// When the page has no `src="./embed.js"` (or unquoted) attribute.
pub fn sign_demo(page: &str, integrity: &str) -> Result<String, Error> {
    for src in ["src=\"./embed.js\"", "src=./embed.js"] {
        if page.matches(src).count() == 1 {
            let signed = format!("{src} integrity=\"{integrity}\" crossorigin=\"anonymous\"");
            return Ok(page.replacen(src, &signed, 1));
        }
    }
    Err(Error(format!(
        "{DEMO} has no single <script src=\"./embed.js\"> to sign"
    )))
}

/// Pass 2 (after minification), in `dir`: signs the demo page, writes
/// [`INTEGRITY`] and returns the host snippet.
///
/// # Errors
/// A file that cannot be read or written, or a demo page without the
/// loader's script tag.
pub fn seal(dir: &Path) -> Result<String, Error> {
    let loader = sri(&read(&dir.join(LOADER))?);
    let demo_path = dir.join(DEMO);
    if demo_path.exists() {
        let page = sign_demo(&read_text(&demo_path)?, &loader)?;
        write(&demo_path, page.as_bytes())?;
    }
    let mut hashes = BTreeMap::new();
    for entry in std::fs::read_dir(dir)
        .map_err(|err| Error(format!("cannot list {}: {err}", dir.display())))?
    {
        let path = entry.map_err(|err| Error(err.to_string()))?.path();
        let name = file_name(&path);
        if path.is_file() && name != INTEGRITY {
            hashes.insert(name, sri(&read(&path)?));
        }
    }
    let json = serde_json::to_string_pretty(&hashes).expect("a map of strings serializes");
    write(&dir.join(INTEGRITY), format!("{json}\n").as_bytes())?;
    Ok(snippet(
        &format!("https://YOUR-HOST/back-spasm-check/{LOADER}"),
        &loader,
    ))
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default()
}

fn read(path: &Path) -> Result<Vec<u8>, Error> {
    std::fs::read(path).map_err(|err| Error(format!("cannot read {}: {err}", path.display())))
}

fn read_text(path: &Path) -> Result<String, Error> {
    String::from_utf8(read(path)?)
        .map_err(|_| Error(format!("{} is not UTF-8 text", path.display())))
}

fn write(path: &Path, bytes: &[u8]) -> Result<(), Error> {
    std::fs::write(path, bytes)
        .map_err(|err| Error(format!("cannot write {}: {err}", path.display())))
}

/// The folder to work on: `arg`, else `$TRUNK_STAGING_DIR`.
pub fn folder(arg: Option<std::ffi::OsString>) -> Option<PathBuf> {
    arg.or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn served_names_carry_the_hash_url_safe() {
        let hash = "sha384-ab+/cdEFghIJklmnop";
        assert_eq!(
            served_name("locale-en.txt", hash),
            "locale-en.ab-_cdEFgh.txt"
        );
        assert_eq!(
            served_name("back-spasm-check_bg.wasm", hash),
            "back-spasm-check_bg.ab-_cdEFgh.wasm"
        );
        assert_eq!(served_name("plain", hash), "plain.ab-_cdEFgh");
    }

    #[test]
    fn js_strings() {
        let rows = [
            ("plain", "\"plain\""),
            ("say \"hi\"", "\"say \\\"hi\\\"\""),
            ("a\\b", "\"a\\\\b\""),
            ("line\nbreak", "\"line\\nbreak\""),
            ("bell\u{7}", "\"bell\\u0007\""),
            ("sep\u{2028}\u{2029}", "\"sep\\u2028\\u2029\""),
            ("Rückenkrämpfe", "\"Rückenkrämpfe\""),
        ];
        for (text, literal) in rows {
            assert_eq!(js_string(text), literal, "{text:?}");
        }
    }

    #[test]
    fn seal_lists_every_file_in_integrity_json() {
        let dir = std::env::temp_dir().join(format!("bsc-bundle-seal-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        std::fs::write(dir.join(LOADER), "").unwrap();
        std::fs::write(dir.join("a.txt"), "abc").unwrap();
        let snippet = seal(&dir).unwrap();
        let json = std::fs::read_to_string(dir.join(INTEGRITY)).unwrap();
        std::fs::remove_dir_all(&dir).unwrap();
        let empty = "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb";
        let abc = "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn";
        assert_eq!(
            json,
            format!("{{\n  \"a.txt\": \"{abc}\",\n  \"embed.js\": \"{empty}\"\n}}\n")
        );
        assert!(
            snippet.contains(&format!("integrity=\"{empty}\"")),
            "{snippet}"
        );
    }

    #[test]
    fn sri_matches_the_published_sha384_vectors() {
        // sha384("") and sha384("abc") from FIPS 180-2, in base64.
        let rows = [
            (
                "",
                "sha384-OLBgp1GsljhM2TJ+sbHjaiH9txEUvgdDTAzHv2P24donTt6/529l+9Ua0vFImLlb",
            ),
            (
                "abc",
                "sha384-ywB1P0WjXou1oD1pmsZQBycsMqsO3tFjGotgWkP/W+2AhgcroefMI1i67KE0yCWn",
            ),
        ];
        for (text, value) in rows {
            assert_eq!(sri(text.as_bytes()), value, "{text:?}");
        }
    }

    #[test]
    fn load_errors_name_every_locale() {
        let object = load_errors();
        for locale in locales() {
            let entry = format!(
                "\"{}\":{}",
                locale.code(),
                js_string(locale.text(ui::LOAD_ERROR))
            );
            assert!(object.contains(&entry), "{object}");
        }
        assert!(object.starts_with("{\"en\":"), "English first: {object}");
    }

    #[test]
    fn regions_table_has_every_number_and_neutral_wording() {
        let table = regions_table();
        assert!(table.starts_with("{\"numbers\":{"), "{table}");
        assert!(table.contains(",\"neutral\":{"), "{table}");
        for region in regions() {
            let entry = format!(
                "\"{}\":{}",
                region.code(),
                js_string(region.emergency_number())
            );
            assert!(table.contains(&entry), "{entry} in {table}");
        }
        for locale in locales() {
            let entry = format!(
                "\"{}\":{}",
                locale.code(),
                js_string(locale.emergency_number_default())
            );
            assert!(table.contains(&entry), "{entry} in {table}");
        }
    }

    const LOADER_SOURCE: &str = "const V = /* @version */ '';\nconst F = /* @load-errors */ {};\nconst R = /* @regions */ {};\nconst I = /* @integrity */ {};\nconst G = /* @glue */ null;\n";

    fn values<'a>(integrity: &'a BTreeMap<String, String>) -> LoaderValues<'a> {
        LoaderValues {
            version: "1.2.3",
            load_errors: "{\"en\":\"x\"}",
            regions: "{\"numbers\":{}}",
            integrity,
            glue: "function () {}",
        }
    }

    #[test]
    fn fill_loader_replaces_each_placeholder() {
        let integrity = BTreeMap::from([("a.wasm".to_owned(), "sha384-A".to_owned())]);
        let filled = fill_loader(LOADER_SOURCE, &values(&integrity)).unwrap();
        assert_eq!(
            filled,
            "const V = \"1.2.3\";\nconst F = {\"en\":\"x\"};\nconst R = {\"numbers\":{}};\nconst I = {\"a.wasm\":\"sha384-A\"};\nconst G = function () {};\n"
        );
    }

    #[test]
    fn fill_loader_refuses_a_missing_or_doubled_placeholder() {
        let integrity = BTreeMap::new();
        let rows = [
            (
                LOADER_SOURCE.replace("/* @glue */ null", "null"),
                "embed.js has the placeholder `/* @glue */ null` 0 times; expected once",
            ),
            (
                format!("{LOADER_SOURCE}/* @version */ ''"),
                "embed.js has the placeholder `/* @version */ ''` 2 times; expected once",
            ),
        ];
        for (source, message) in rows {
            let err = fill_loader(&source, &values(&integrity)).unwrap_err();
            assert_eq!(err.to_string(), message);
        }
    }

    #[test]
    fn glue_is_wrapped_into_a_factory() {
        let glue = "let wasm_bindgen = (function(exports) {\n    return Object.assign(__wbg_init, { initSync }, exports);\n})({});";
        assert_eq!(
            wrap_glue(glue).unwrap(),
            "function () {\nlet wasm_bindgen = (function(exports) {\n    return Object.assign({ initSync }, exports);\n})({});\nreturn wasm_bindgen;\n}"
        );
        let message = "back-spasm-check.js is not wasm-bindgen's no-modules glue (one `let wasm_bindgen`, one `return Object.assign(__wbg_init, { initSync }, exports);`, no import.meta); is data-bindgen-target=\"no-modules\" set in index.html?";
        for bad in [
            "export default function __wbg_init() {}",
            "let wasm_bindgen = (function(exports) { return exports; })({});",
            "let wasm_bindgen = 1; return Object.assign(__wbg_init, { initSync }, exports); new URL('x', import.meta.url);",
        ] {
            assert_eq!(wrap_glue(bad).unwrap_err().to_string(), message, "{bad}");
        }
    }

    #[test]
    fn demo_page_and_snippet_are_signed() {
        let page = "<script type=\"module\" src=\"./embed.js\"></script>";
        assert_eq!(
            sign_demo(page, "sha384-X").unwrap(),
            "<script type=\"module\" src=\"./embed.js\" integrity=\"sha384-X\" crossorigin=\"anonymous\"></script>"
        );
        assert_eq!(
            sign_demo("<p>no script</p>", "sha384-X")
                .unwrap_err()
                .to_string(),
            "index.html has no single <script src=\"./embed.js\"> to sign"
        );
        assert_eq!(
            snippet("https://h/embed.js", "sha384-X"),
            "<script type=\"module\" src=\"https://h/embed.js\" integrity=\"sha384-X\" crossorigin=\"anonymous\"></script>"
        );
    }
}
