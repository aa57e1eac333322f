//! The wasm edits of [`crate::shrink`], made with the Bytecode Alliance's
//! `wasmparser` (reading) and `wasm-encoder`'s `reencode` (writing back
//! every other section unchanged), the libraries wasm-bindgen's own tools
//! are built on.
//!
//! wasm-bindgen names each import after its JS function plus a 16-digit
//! hash (`__wbg_createElement_de4a31ed2fb252be`) and each import's module
//! after the glue file; the same names sit in the glue's import object.
//! Those hashes are random to a compressor, so short names take kilobytes
//! off both files.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;

use wasm_encoder::reencode::{Error as ReencodeError, Reencode};

/// Why a module could not be read or rewritten.
#[derive(Debug, PartialEq, Eq)]
pub struct WasmError {
    kind: WasmErrorKind,
    detail: String,
}

/// The kind of [`WasmError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WasmErrorKind {
    /// `wasmparser` could not read the bytes as a module.
    Invalid,
    /// An import or export that the given names do not rename.
    Unnamed,
}

impl WasmError {
    /// The kind of problem.
    pub fn kind(&self) -> WasmErrorKind {
        self.kind
    }

    fn invalid(err: impl fmt::Display) -> Self {
        WasmError {
            kind: WasmErrorKind::Invalid,
            detail: err.to_string(),
        }
    }
}

impl fmt::Display for WasmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.kind {
            WasmErrorKind::Invalid => write!(f, "not a valid module: {}", self.detail),
            WasmErrorKind::Unnamed => write!(f, "no new name for {}", self.detail),
        }
    }
}

impl std::error::Error for WasmError {}

/// A module's imports (module and name, in order) and export names.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Names {
    /// Each import's module and name.
    pub imports: Vec<(String, String)>,
    /// Each export's name.
    pub exports: Vec<String>,
}

/// The names `bytes` imports and exports.
///
/// # Errors
/// When `bytes` is not a module `wasmparser` can read.
pub fn names(bytes: &[u8]) -> Result<Names, WasmError> {
    let mut names = Names::default();
    for payload in wasmparser::Parser::new(0).parse_all(bytes) {
        match payload.map_err(WasmError::invalid)? {
            wasmparser::Payload::ImportSection(section) => {
                for import in section.into_imports() {
                    let import = import.map_err(WasmError::invalid)?;
                    names
                        .imports
                        .push((import.module.to_owned(), import.name.to_owned()));
                }
            }
            wasmparser::Payload::ExportSection(section) => {
                for export in section {
                    names
                        .exports
                        .push(export.map_err(WasmError::invalid)?.name.to_owned());
                }
            }
            _ => {}
        }
    }
    Ok(names)
}

/// What [`rewrite`] changes; every other byte of meaning stays.
#[derive(Debug, Default)]
pub struct Edit<'a> {
    /// Keep only these exports (all when `None`).
    pub keep_exports: Option<&'a BTreeSet<String>>,
    /// The one module every import is moved to (unchanged when `None`).
    pub import_module: Option<&'a str>,
    /// New import names by old name; when set, every import must have one.
    pub imports: Option<&'a BTreeMap<String, String>>,
    /// New export names by old name; when set, every kept export must
    /// have one.
    pub exports: Option<&'a BTreeMap<String, String>>,
}

/// `bytes` with `edit` made.
///
/// # Errors
/// When `bytes` is not a module `wasmparser` can read, or a name map
/// lacks an import or a kept export.
pub fn rewrite(bytes: &[u8], edit: &Edit) -> Result<Vec<u8>, WasmError> {
    let mut module = wasm_encoder::Module::new();
    let mut editor = Editor {
        edit,
        missing: None,
    };
    let result = editor.parse_core_module(&mut module, wasmparser::Parser::new(0), bytes);
    if let Some(name) = editor.missing {
        return Err(WasmError {
            kind: WasmErrorKind::Unnamed,
            detail: name,
        });
    }
    result.map_err(|err| match err {
        ReencodeError::ParseError(err) => WasmError::invalid(err),
        other => WasmError::invalid(format!("{other:?}")),
    })?;
    Ok(module.finish())
}

/// Copies every section as it is (the trait's default methods), but for
/// the import and export sections.
struct Editor<'a> {
    edit: &'a Edit<'a>,
    /// The first import or export without a new name.
    missing: Option<String>,
}

impl Editor<'_> {
    fn rename<'n>(
        &mut self,
        map: Option<&'n BTreeMap<String, String>>,
        what: &str,
        name: &'n str,
    ) -> &'n str {
        let Some(map) = map else { return name };
        match map.get(name) {
            Some(new) => new,
            None => {
                self.missing
                    .get_or_insert_with(|| format!("the {what} `{name}`"));
                name
            }
        }
    }
}

impl Reencode for Editor<'_> {
    type Error = std::convert::Infallible;

    fn parse_import_section(
        &mut self,
        out: &mut wasm_encoder::ImportSection,
        section: wasmparser::ImportSectionReader<'_>,
    ) -> Result<(), ReencodeError<Self::Error>> {
        for import in section.into_imports() {
            let import = import?;
            let module = self.edit.import_module.unwrap_or(import.module);
            let name = self.rename(self.edit.imports, "import", import.name);
            let ty = self.entity_type(import.ty)?;
            out.import(module, name, ty);
        }
        Ok(())
    }

    fn parse_export(
        &mut self,
        out: &mut wasm_encoder::ExportSection,
        export: wasmparser::Export<'_>,
    ) -> Result<(), ReencodeError<Self::Error>> {
        if self
            .edit
            .keep_exports
            .is_some_and(|keep| !keep.contains(export.name))
        {
            return Ok(());
        }
        let name = self.rename(self.edit.exports, "export", export.name);
        let kind = self.export_kind(export.kind)?;
        let index = self.external_index(export.kind, export.index)?;
        out.export(name, kind, index);
        Ok(())
    }
}
