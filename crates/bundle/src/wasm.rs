//! Just enough of the WebAssembly binary format to read and rewrite the
//! names of a module's imports and exports, and to drop exports: the
//! import and export sections are decoded, every other section is kept
//! byte for byte.
//!
//! wasm-bindgen names each import after its JS function plus a 16-digit
//! hash (`__wbg_createElement_de4a31ed2fb252be`) and each import's module
//! after the glue file (`./back-spasm-check_bg.js`); the same names sit in
//! the glue's import object. Those hashes are random to a compressor, so
//! short names take kilobytes off both files (see [`crate::shrink`]).

use std::fmt;

/// Why a module could not be read.
#[derive(Debug, PartialEq, Eq)]
pub struct WasmError {
    kind: WasmErrorKind,
    at: usize,
}

/// The kind of [`WasmError`].
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WasmErrorKind {
    /// No `\0asm` version 1 header.
    NotWasm,
    /// The bytes end inside a section or a value.
    Truncated,
    /// A LEB128 number longer than its type allows.
    BadNumber,
    /// A name that is not UTF-8.
    BadName,
    /// An import or export of a kind this reader does not know.
    UnknownKind(u8),
}

impl WasmError {
    /// The kind of problem.
    pub fn kind(&self) -> WasmErrorKind {
        self.kind
    }
}

impl fmt::Display for WasmError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let what = match self.kind {
            WasmErrorKind::NotWasm => {
                "not a WebAssembly module (no \\0asm version 1 header)".to_owned()
            }
            WasmErrorKind::Truncated => "the module ends too early".to_owned(),
            WasmErrorKind::BadNumber => "a number is too long".to_owned(),
            WasmErrorKind::BadName => "a name is not UTF-8".to_owned(),
            WasmErrorKind::UnknownKind(k) => format!("unknown import or export kind 0x{k:02x}"),
        };
        write!(f, "{what} (at byte {})", self.at)
    }
}

impl std::error::Error for WasmError {}

const HEADER: &[u8] = b"\0asm\x01\0\0\0";
const IMPORT_SECTION: u8 = 2;
const EXPORT_SECTION: u8 = 7;
/// The sections the format puts after the export section: start, element,
/// data count, code and data.
const AFTER_EXPORTS: [u8; 5] = [8, 9, 12, 10, 11];

/// One import: its module and name, and the rest of its entry (kind and
/// type) as it was.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Import {
    pub module: String,
    pub name: String,
    desc: Vec<u8>,
}

/// One export: its name, kind and index as they were.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Export {
    pub name: String,
    desc: Vec<u8>,
}

#[derive(Clone, Debug, PartialEq, Eq)]
enum Section {
    Imports(Vec<Import>),
    Exports(Vec<Export>),
    Other(u8, Vec<u8>),
}

/// A module read by [`Module::parse`]; [`Module::to_bytes`] writes it back.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Module {
    sections: Vec<Section>,
}

struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
}

impl<'a> Reader<'a> {
    fn error(&self, kind: WasmErrorKind) -> WasmError {
        WasmError { kind, at: self.at }
    }

    fn byte(&mut self) -> Result<u8, WasmError> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or_else(|| self.error(WasmErrorKind::Truncated))?;
        self.at += 1;
        Ok(b)
    }

    fn take(&mut self, n: usize) -> Result<&'a [u8], WasmError> {
        let end = self
            .at
            .checked_add(n)
            .filter(|&end| end <= self.bytes.len())
            .ok_or_else(|| self.error(WasmErrorKind::Truncated))?;
        let out = &self.bytes[self.at..end];
        self.at = end;
        Ok(out)
    }

    /// An unsigned LEB128 number of at most 64 bits.
    fn uleb(&mut self) -> Result<u64, WasmError> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let b = self.byte()?;
            value |= u64::from(b & 0x7f) << shift;
            if b & 0x80 == 0 {
                return Ok(value);
            }
        }
        Err(self.error(WasmErrorKind::BadNumber))
    }

    fn len(&mut self) -> Result<usize, WasmError> {
        let n = self.uleb()?;
        usize::try_from(n).map_err(|_| self.error(WasmErrorKind::BadNumber))
    }

    /// A vector: its length, then that many items, each read by `item`.
    fn vec<T>(
        &mut self,
        mut item: impl FnMut(&mut Self) -> Result<T, WasmError>,
    ) -> Result<Vec<T>, WasmError> {
        let n = self.len()?;
        let mut out = Vec::with_capacity(n.min(self.bytes.len() - self.at));
        for _ in 0..n {
            out.push(item(self)?);
        }
        Ok(out)
    }

    fn name(&mut self) -> Result<String, WasmError> {
        let n = self.len()?;
        let start = self.at;
        let bytes = self.take(n)?;
        String::from_utf8(bytes.to_vec()).map_err(|_| WasmError {
            kind: WasmErrorKind::BadName,
            at: start,
        })
    }

    /// Skips table or memory limits: a flags byte, the minimum and, when
    /// flag bit 0 is set, the maximum.
    fn limits(&mut self) -> Result<(), WasmError> {
        let flags = self.byte()?;
        self.uleb()?;
        if flags & 1 == 1 {
            self.uleb()?;
        }
        Ok(())
    }

    /// Skips a value or reference type (one byte, or a `ref`/`ref null`
    /// with its heap type).
    fn value_type(&mut self) -> Result<(), WasmError> {
        if matches!(self.byte()?, 0x63 | 0x64) {
            self.uleb()?;
        }
        Ok(())
    }

    /// An import's kind and type, returned as raw bytes.
    fn import_desc(&mut self) -> Result<Vec<u8>, WasmError> {
        let start = self.at;
        match self.byte()? {
            0 => {
                self.uleb()?;
            }
            1 => {
                self.value_type()?;
                self.limits()?;
            }
            2 => self.limits()?,
            3 => {
                self.value_type()?;
                self.byte()?;
            }
            4 => {
                self.byte()?;
                self.uleb()?;
            }
            k => {
                self.at = start;
                return Err(self.error(WasmErrorKind::UnknownKind(k)));
            }
        }
        Ok(self.bytes[start..self.at].to_vec())
    }

    fn export_desc(&mut self) -> Result<Vec<u8>, WasmError> {
        let start = self.at;
        let kind = self.byte()?;
        if kind > 4 {
            self.at = start;
            return Err(self.error(WasmErrorKind::UnknownKind(kind)));
        }
        self.uleb()?;
        Ok(self.bytes[start..self.at].to_vec())
    }
}

fn put_uleb(out: &mut Vec<u8>, mut n: u64) {
    loop {
        let b = (n & 0x7f) as u8;
        n >>= 7;
        if n == 0 {
            out.push(b);
            return;
        }
        out.push(b | 0x80);
    }
}

fn put_name(out: &mut Vec<u8>, name: &str) {
    put_uleb(out, name.len() as u64);
    out.extend_from_slice(name.as_bytes());
}

impl Module {
    /// Reads a module.
    ///
    /// # Errors
    /// When `bytes` is not a WebAssembly module, or its import or export
    /// section cannot be read (see [`WasmErrorKind`]).
    pub fn parse(bytes: &[u8]) -> Result<Module, WasmError> {
        let mut r = Reader { bytes, at: 0 };
        if r.take(HEADER.len()).ok() != Some(HEADER) {
            return Err(WasmError {
                kind: WasmErrorKind::NotWasm,
                at: 0,
            });
        }
        let mut sections = Vec::new();
        while r.at < bytes.len() {
            let id = r.byte()?;
            let size = r.len()?;
            let body = r.take(size)?;
            let base = r.at - size;
            let mut s = Reader { bytes, at: base };
            let section = match id {
                IMPORT_SECTION => Section::Imports(s.vec(|s| {
                    Ok(Import {
                        module: s.name()?,
                        name: s.name()?,
                        desc: s.import_desc()?,
                    })
                })?),
                EXPORT_SECTION => Section::Exports(s.vec(|s| {
                    Ok(Export {
                        name: s.name()?,
                        desc: s.export_desc()?,
                    })
                })?),
                _ => Section::Other(id, body.to_vec()),
            };
            if matches!(id, IMPORT_SECTION | EXPORT_SECTION) && s.at != base + size {
                return Err(s.error(WasmErrorKind::Truncated));
            }
            sections.push(section);
        }
        Ok(Module { sections })
    }

    /// The module as bytes.
    pub fn to_bytes(&self) -> Vec<u8> {
        let mut out = HEADER.to_vec();
        for section in &self.sections {
            let (id, body) = match section {
                Section::Other(id, body) => (*id, body.clone()),
                Section::Imports(imports) => {
                    let mut body = Vec::new();
                    put_uleb(&mut body, imports.len() as u64);
                    for i in imports {
                        put_name(&mut body, &i.module);
                        put_name(&mut body, &i.name);
                        body.extend_from_slice(&i.desc);
                    }
                    (IMPORT_SECTION, body)
                }
                Section::Exports(exports) => {
                    let mut body = Vec::new();
                    put_uleb(&mut body, exports.len() as u64);
                    for e in exports {
                        put_name(&mut body, &e.name);
                        body.extend_from_slice(&e.desc);
                    }
                    (EXPORT_SECTION, body)
                }
            };
            out.push(id);
            put_uleb(&mut out, body.len() as u64);
            out.extend_from_slice(&body);
        }
        out
    }

    /// The imports, in order.
    pub fn imports_mut(&mut self) -> &mut [Import] {
        self.sections
            .iter_mut()
            .find_map(|s| match s {
                Section::Imports(i) => Some(i.as_mut_slice()),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// The exports, in order. A module without an export section gets an
    /// empty one, in the place the format gives it.
    pub fn exports_mut(&mut self) -> &mut Vec<Export> {
        if !self
            .sections
            .iter()
            .any(|s| matches!(s, Section::Exports(_)))
        {
            let at = self
                .sections
                .iter()
                .position(|s| matches!(s, Section::Other(id, _) if AFTER_EXPORTS.contains(id)))
                .unwrap_or(self.sections.len());
            self.sections.insert(at, Section::Exports(Vec::new()));
        }
        self.sections
            .iter_mut()
            .find_map(|s| match s {
                Section::Exports(e) => Some(e),
                _ => None,
            })
            .expect("an export section was just added")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A module with one function import, a memory import, a table import
    /// with a maximum, a global import, two exports and a custom section.
    fn sample() -> Vec<u8> {
        let mut imports = vec![4];
        for (module, name, desc) in [
            ("./glue.js", "__wbg_log_0123456789abcdef", &[0u8, 0][..]),
            ("env", "memory", &[2, 1, 17, 0x80, 0x02][..]),
            ("env", "table", &[1, 0x70, 1, 1, 2][..]),
            ("env", "flag", &[3, 0x7f, 0][..]),
        ] {
            put_name(&mut imports, module);
            put_name(&mut imports, name);
            imports.extend_from_slice(desc);
        }
        let mut exports = vec![2];
        put_name(&mut exports, "mount");
        exports.extend_from_slice(&[0, 1]);
        put_name(&mut exports, "intounderlyingsource_pull");
        exports.extend_from_slice(&[0, 0x85, 0x01]);
        let mut out = HEADER.to_vec();
        for (id, body) in [
            (1u8, vec![1, 0x60, 0, 0]),
            (IMPORT_SECTION, imports),
            (EXPORT_SECTION, exports),
            (0, b"\x04nameabc".to_vec()),
        ] {
            out.push(id);
            put_uleb(&mut out, body.len() as u64);
            out.extend_from_slice(&body);
        }
        out
    }

    #[test]
    fn reads_and_writes_back_byte_for_byte() {
        let bytes = sample();
        let mut module = Module::parse(&bytes).unwrap();
        assert_eq!(module.to_bytes(), bytes);
        let names: Vec<_> = module
            .imports_mut()
            .iter()
            .map(|i| (i.module.clone(), i.name.clone()))
            .collect();
        assert_eq!(
            names,
            [
                (
                    "./glue.js".to_owned(),
                    "__wbg_log_0123456789abcdef".to_owned()
                ),
                ("env".into(), "memory".into()),
                ("env".into(), "table".into()),
                ("env".into(), "flag".into()),
            ]
        );
        let exports: Vec<_> = module
            .exports_mut()
            .iter()
            .map(|e| e.name.clone())
            .collect();
        assert_eq!(exports, ["mount", "intounderlyingsource_pull"]);
    }

    #[test]
    fn renames_and_drops_keep_the_rest() {
        let mut module = Module::parse(&sample()).unwrap();
        module.imports_mut()[0].module = "a".into();
        module.imports_mut()[0].name = "b".into();
        module.exports_mut().retain(|e| e.name == "mount");
        module.exports_mut()[0].name = "m".into();
        let again = Module::parse(&module.to_bytes()).unwrap();
        assert_eq!(again, module);
        let mut again = again;
        assert_eq!(again.imports_mut()[0].module, "a");
        assert_eq!(again.imports_mut()[1].name, "memory");
        assert_eq!(again.exports_mut().len(), 1);
        // The export keeps its kind and index.
        assert_eq!(again.exports_mut()[0].desc, [0, 1]);
    }

    #[test]
    fn an_export_section_is_added_before_the_code() {
        // A type section, then a code section with one empty function body.
        let mut bytes = HEADER.to_vec();
        bytes.extend_from_slice(&[1, 4, 1, 0x60, 0, 0, 10, 4, 1, 2, 0, 0x0b]);
        let mut module = Module::parse(&bytes).unwrap();
        assert!(module.exports_mut().is_empty());
        let mut expected = HEADER.to_vec();
        expected.extend_from_slice(&[
            1,
            4,
            1,
            0x60,
            0,
            0,
            EXPORT_SECTION,
            1,
            0,
            10,
            4,
            1,
            2,
            0,
            0x0b,
        ]);
        assert_eq!(module.to_bytes(), expected);
    }

    #[test]
    fn refuses_what_it_cannot_read() {
        let good = sample();
        let mut bad_kind = good.clone();
        // The first import's kind byte: header 8, section id 1 + size 1 + 4
        // type bytes, import id 1 + size 1, count 1, two names.
        let at = 8 + 6 + 2 + 1 + 1 + "./glue.js".len() + 1 + "__wbg_log_0123456789abcdef".len();
        assert_eq!(bad_kind[at], 0);
        bad_kind[at] = 9;
        let rows: &[(&[u8], WasmErrorKind, &str)] = &[
            (
                b"\0asm\x02\0\0\0",
                WasmErrorKind::NotWasm,
                "not a WebAssembly module (no \\0asm version 1 header) (at byte 0)",
            ),
            (
                &good[..good.len() - 2],
                WasmErrorKind::Truncated,
                "the module ends too early (at byte 141)",
            ),
            (
                &bad_kind,
                WasmErrorKind::UnknownKind(9),
                "unknown import or export kind 0x09 (at byte 54)",
            ),
            (
                b"\0asm\x01\0\0\0\x01\xff\xff\xff\xff\xff\xff\xff\xff\xff\xff",
                WasmErrorKind::BadNumber,
                "a number is too long (at byte 19)",
            ),
        ];
        for (bytes, kind, message) in rows {
            let err = Module::parse(bytes).unwrap_err();
            assert_eq!((err.kind(), err.to_string().as_str()), (*kind, *message));
        }
    }
}
