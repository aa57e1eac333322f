//! The JavaScript steps of the build, run by `node scripts/js-steps.mjs`
//! with the tools made for them (acorn for the glue's syntax tree, esbuild
//! for the loader's modules, terser for minifying): one JSON object in on
//! stdin, one out on stdout.

use std::collections::BTreeMap;
use std::io::Write as _;
use std::path::Path;
use std::process::{Command, Stdio};

use serde::{de::DeserializeOwned, Deserialize, Serialize};

use crate::{Error, ErrorKind};

/// The script, relative to the workspace root.
pub const STEPS: &str = "scripts/js-steps.mjs";

/// Runs `step` on `input` and reads its output.
fn run<T: DeserializeOwned>(root: &Path, step: &str, input: &impl Serialize) -> Result<T, Error> {
    let tool = |message: String| Error::new(ErrorKind::Tool, message);
    let mut child = Command::new("node")
        .arg(root.join(STEPS))
        .arg(step)
        .current_dir(root)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|err| {
            tool(format!(
                "cannot run node: {err} (scripts/setup.sh installs it)"
            ))
        })?;
    let input = serde_json::to_vec(input).expect("the inputs serialize");
    let mut stdin = child.stdin.take().expect("piped");
    let writer = std::thread::spawn(move || stdin.write_all(&input));
    let out = child
        .wait_with_output()
        .map_err(|err| tool(format!("node {STEPS} {step}: {err}")))?;
    let written = writer.join().expect("the writer does not panic");
    if !out.status.success() {
        let stderr = String::from_utf8_lossy(&out.stderr);
        return Err(tool(format!("{step}: {}", stderr.trim())));
    }
    written.map_err(|err| tool(format!("{step}: cannot write its input: {err}")))?;
    serde_json::from_slice(&out.stdout)
        .map_err(|err| tool(format!("{step}: unexpected output: {err}")))
}

/// One import module of the glue and the names of its functions.
#[derive(Debug, Deserialize, PartialEq, Eq)]
pub struct ImportModule {
    /// The module name (wasm-bindgen names it after the glue file).
    pub module: String,
    /// Its functions' names, in order.
    pub names: Vec<String>,
}

/// What the glue holds, as `scripts/glue.mjs` reads it.
#[derive(Debug, Deserialize, PartialEq, Eq)]
pub struct GlueNames {
    /// Its top-level classes.
    pub classes: Vec<String>,
    /// Its import objects.
    pub imports: Vec<ImportModule>,
    /// The exports it reads as `wasm.name`, sorted.
    pub reads: Vec<String>,
}

/// The glue's names (see [`GlueNames`]).
///
/// # Errors
/// When node fails or the glue is not wasm-bindgen's no-modules glue.
pub fn glue_names(root: &Path, glue: &str) -> Result<GlueNames, Error> {
    #[derive(Serialize)]
    struct Input<'a> {
        glue: &'a str,
    }
    run(root, "glue-names", &Input { glue })
}

/// An edit of the glue (see `editGlue` in `scripts/glue.mjs`).
#[derive(Debug, Default, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct GlueEdit<'a> {
    /// Classes to remove, with their alias, export and registry.
    pub remove_classes: &'a [&'a str],
    /// Return `initSync` and the exports without the async `init`.
    pub sync: bool,
    /// The module every import object is moved to.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub import_module: Option<&'a str>,
    /// New import names by old name; imports not named are removed.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub imports: Option<&'a BTreeMap<String, String>>,
    /// New export names by old name.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub exports: Option<&'a BTreeMap<String, String>>,
}

/// The glue with `edit` made.
///
/// # Errors
/// When node fails or the glue lacks what `edit` names.
pub fn edit_glue(root: &Path, glue: &str, edit: &GlueEdit) -> Result<String, Error> {
    #[derive(Serialize)]
    struct Input<'a> {
        glue: &'a str,
        edit: &'a GlueEdit<'a>,
    }
    #[derive(Deserialize)]
    struct Output {
        glue: String,
    }
    let out: Output = run(root, "glue-edit", &Input { glue, edit })?;
    Ok(out.glue)
}

/// The build's values for the loader's `bsc:build` module.
#[derive(Debug, Serialize)]
#[serde(rename_all = "camelCase")]
pub struct BuildValues {
    /// The package version.
    pub version: String,
    /// Each locale's load-error message (with a `{number}`), by code: also
    /// the languages the bundle has.
    pub load_errors: BTreeMap<String, String>,
    /// The numbers for the load-error message.
    pub regions: RegionValues,
    /// Each locale's first screen (`back_spasm_check::first_screen`), by
    /// code: what the loader shows until the wasm takes over.
    pub screens: BTreeMap<String, String>,
    /// The `sha384-…` of each file the loader fetches, by name.
    pub integrity: BTreeMap<String, String>,
    /// The reserved box's rules ([`crate::EMBED_CSS`], minified), which
    /// the loader adopts for pages without the snippet's `<link>`.
    pub reserve: String,
    /// The widget's stylesheet ([`crate::widget_styles`]), which the
    /// loader adopts in each widget's shadow root.
    pub styles: String,
}

/// Each country's emergency number, and each language's wording for a
/// reader in no known country.
#[derive(Debug, Serialize)]
pub struct RegionValues {
    /// Emergency number by country code.
    pub numbers: BTreeMap<String, String>,
    /// Neutral wording by language code.
    pub neutral: BTreeMap<String, String>,
}

#[derive(Deserialize)]
struct Code {
    code: String,
}

/// `embed.js`: the loader's modules bundled with `build` and the glue.
///
/// # Errors
/// When node or esbuild fails.
pub fn bundle_loader(root: &Path, glue: &str, build: &BuildValues) -> Result<String, Error> {
    #[derive(Serialize)]
    struct Input<'a> {
        glue: &'a str,
        build: &'a BuildValues,
    }
    let out: Code = run(root, "loader", &Input { glue, build })?;
    Ok(out.code)
}

/// `css` minified by esbuild.
///
/// # Errors
/// When node or esbuild fails (say, on a syntax error).
pub fn minify_css(root: &Path, css: &str) -> Result<String, Error> {
    #[derive(Serialize)]
    struct Input<'a> {
        css: &'a str,
    }
    #[derive(Deserialize)]
    struct Output {
        css: String,
    }
    let out: Output = run(root, "css", &Input { css })?;
    Ok(out.css)
}

/// `code` minified by terser.
///
/// # Errors
/// When node or terser fails.
pub fn minify(root: &Path, code: &str) -> Result<String, Error> {
    #[derive(Serialize)]
    struct Input<'a> {
        code: &'a str,
    }
    let out: Code = run(root, "minify", &Input { code })?;
    Ok(out.code)
}
