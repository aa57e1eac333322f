//! The shrink step of release builds: the wasm and its glue lose what the
//! loader never uses and get short names, in both files alike.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::js::{self, GlueEdit};
use crate::names::short_name;
use crate::wasm::{self, Edit};
use crate::{Error, ErrorKind};

/// Classes of the glue that the loader never uses: wasm-streams' adapters
/// between Rust and JS streams, linked for Leptos's server functions (leptos
/// 0.8 turns on `server_fn`'s `browser` feature with no way to opt out),
/// which a client-side widget does not call. Their exports go with them.
pub const UNUSED_CLASSES: &[&str] = &[
    "IntoUnderlyingByteSource",
    "IntoUnderlyingSink",
    "IntoUnderlyingSource",
];

/// Exports not renamed: the memory keeps its usual name, which tools and
/// test probes look for (short names have at most three characters, so
/// none can clash with it).
pub const KEPT_EXPORTS: &[&str] = &["memory"];

/// How `wasm-opt` (binaryen, pinned in package.json) runs: smallest code,
/// with the features Rust emits; `--zero-filled-memory` holds because the
/// module owns its memory; `--low-memory-unused` because Rust puts the
/// stack first, so the lowest 1 KiB is only reached by a stack overflow.
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

/// The glue and the wasm after shrinking, and a line for the build log.
pub struct Shrunk {
    /// The edited glue.
    pub glue: String,
    /// The optimized, renamed wasm.
    pub wasm: Vec<u8>,
    /// What was done.
    pub log: String,
}

/// Removes [`UNUSED_CLASSES`] from the glue and every export the glue no
/// longer reads from the wasm, runs `wasm-opt` ([`WASM_OPT`]; dead code
/// goes with the exports), then renames every import and export (but
/// [`KEPT_EXPORTS`]) to a [`short_name`] in both (the glue's imports the
/// wasm no longer has go too). `scratch` is a folder for `wasm-opt`'s files.
///
/// # Errors
/// A glue or wasm that does not fit, or `wasm-opt` failing.
pub fn shrink(root: &Path, scratch: &Path, glue: &str, wasm_bytes: &[u8]) -> Result<Shrunk, Error> {
    let glue = js::edit_glue(
        root,
        glue,
        &GlueEdit {
            remove_classes: UNUSED_CLASSES,
            ..GlueEdit::default()
        },
    )?;
    let read = js::glue_names(root, &glue)?;
    let all_exports = wasm::names(wasm_bytes)?.exports.len();
    let used: BTreeSet<String> = read.reads.iter().cloned().collect();
    let kept = wasm::rewrite(
        wasm_bytes,
        &Edit {
            keep_exports: Some(&used),
            ..Edit::default()
        },
    )?;
    let optimized = wasm_opt(scratch, &kept)?;
    let names = wasm::names(&optimized)?;
    let (module, imports, exports) = short_names(&names)?;
    let edit = Edit {
        import_module: Some(&module),
        imports: Some(&imports),
        exports: Some(&exports),
        ..Edit::default()
    };
    let wasm = wasm::rewrite(&optimized, &edit)?;
    let glue = js::edit_glue(
        root,
        &glue,
        &GlueEdit {
            import_module: Some(&module),
            imports: Some(&imports),
            exports: Some(&exports),
            ..GlueEdit::default()
        },
    )?;
    let all_imports: usize = read.imports.iter().map(|m| m.names.len()).sum();
    let log = format!(
        "shrink: removed {} unused glue classes; {} of {} exports and {} of {all_imports} imports left; \
         wasm-opt {} -> {} bytes; every import and export but {} renamed",
        UNUSED_CLASSES.len(),
        exports.len(),
        all_exports,
        imports.len(),
        wasm_bytes.len(),
        optimized.len(),
        KEPT_EXPORTS.join(", "),
    );
    Ok(Shrunk { glue, wasm, log })
}

/// The one import module's new name, and new names for every import and
/// export (but [`KEPT_EXPORTS`]).
type ShortNames = (String, BTreeMap<String, String>, BTreeMap<String, String>);

fn short_names(names: &wasm::Names) -> Result<ShortNames, Error> {
    let modules: BTreeSet<&str> = names.imports.iter().map(|(m, _)| m.as_str()).collect();
    if modules.len() != 1 {
        return Err(Error::new(
            ErrorKind::Input,
            format!(
                "the wasm imports from {} modules; expected wasm-bindgen's one",
                modules.len()
            ),
        ));
    }
    let imports = names
        .imports
        .iter()
        .enumerate()
        .map(|(n, (_, name))| (name.clone(), short_name(n)))
        .collect();
    let mut shorts = (0..).map(short_name);
    let exports = names
        .exports
        .iter()
        .map(|name| {
            let new = match KEPT_EXPORTS.contains(&name.as_str()) {
                true => name.clone(),
                false => shorts.next().expect("endless names"),
            };
            (name.clone(), new)
        })
        .collect();
    Ok((short_name(0), imports, exports))
}

/// `bytes` optimized by `wasm-opt` from `PATH`, through files in `scratch`
/// that are removed whatever happens.
fn wasm_opt(scratch: &Path, bytes: &[u8]) -> Result<Vec<u8>, Error> {
    let input = scratch.join("unoptimized.wasm");
    let output = scratch.join("optimized.wasm");
    crate::write(&input, bytes)?;
    let run = std::process::Command::new("wasm-opt")
        .args(WASM_OPT)
        .arg(&input)
        .arg("-o")
        .arg(&output)
        .status();
    let optimized = match run {
        Ok(status) if status.success() => crate::read(&output),
        Ok(status) => Err(Error::new(
            ErrorKind::Tool,
            format!("wasm-opt failed ({status})"),
        )),
        Err(err) => Err(Error::new(
            ErrorKind::Tool,
            format!("cannot run wasm-opt: {err} (scripts/setup.sh installs it)"),
        )),
    };
    for file in [&input, &output] {
        let _ = std::fs::remove_file(file);
    }
    optimized
}
