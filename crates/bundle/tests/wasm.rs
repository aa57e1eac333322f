//! The wasm edits of the bundle build, on modules made with wasm-encoder.

use std::collections::BTreeMap;

use bsc_bundle::wasm::{names, rewrite, Edit, WasmErrorKind};
use wasm_encoder::{
    CodeSection, EntityType, ExportKind, ExportSection, Function, FunctionSection, ImportSection,
    Instruction, MemoryType, Module, TypeSection,
};

/// A module with a function import, a memory import, one function that
/// calls the import, and two exports.
fn sample() -> Vec<u8> {
    let mut types = TypeSection::new();
    types.ty().function([], []);
    let mut imports = ImportSection::new();
    imports.import(
        "./glue.js",
        "__wbg_log_0123456789abcdef",
        EntityType::Function(0),
    );
    let memory = MemoryType {
        minimum: 17,
        maximum: None,
        memory64: false,
        shared: false,
        page_size_log2: None,
    };
    imports.import("./glue.js", "__wbindgen_memory", EntityType::Memory(memory));
    let mut functions = FunctionSection::new();
    functions.function(0);
    let mut exports = ExportSection::new();
    exports.export("mount", ExportKind::Func, 1);
    exports.export("intounderlyingsource_pull", ExportKind::Func, 1);
    let mut code = CodeSection::new();
    let mut body = Function::new([]);
    body.instruction(&Instruction::Call(0))
        .instruction(&Instruction::End);
    code.function(&body);
    let mut module = Module::new();
    module
        .section(&types)
        .section(&imports)
        .section(&functions)
        .section(&exports)
        .section(&code);
    module.finish()
}

fn valid(bytes: &[u8]) {
    wasmparser::Validator::new()
        .validate_all(bytes)
        .expect("a valid module");
}

fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
    pairs
        .iter()
        .map(|(a, b)| (a.to_string(), b.to_string()))
        .collect()
}

#[test]
fn reads_the_names() {
    let names = names(&sample()).unwrap();
    assert_eq!(
        names.imports,
        [
            (
                "./glue.js".to_owned(),
                "__wbg_log_0123456789abcdef".to_owned()
            ),
            ("./glue.js".to_owned(), "__wbindgen_memory".to_owned()),
        ]
    );
    assert_eq!(names.exports, ["mount", "intounderlyingsource_pull"]);
}

#[test]
fn an_empty_edit_keeps_the_module() {
    let bytes = sample();
    assert_eq!(rewrite(&bytes, &Edit::default()).unwrap(), bytes);
}

#[test]
fn drops_and_renames_into_a_valid_module() {
    let keep = ["mount".to_owned()].into();
    let imports = map(&[
        ("__wbg_log_0123456789abcdef", "a"),
        ("__wbindgen_memory", "b"),
    ]);
    let exports = map(&[("mount", "m")]);
    let out = rewrite(
        &sample(),
        &Edit {
            keep_exports: Some(&keep),
            import_module: Some("a"),
            imports: Some(&imports),
            exports: Some(&exports),
        },
    )
    .unwrap();
    valid(&out);
    let names = names(&out).unwrap();
    assert_eq!(
        names.imports,
        [("a".into(), "a".into()), ("a".into(), "b".into())]
    );
    assert_eq!(names.exports, ["m"]);
}

#[test]
fn refuses_what_it_cannot_read_or_name() {
    let imports = map(&[("__wbg_log_0123456789abcdef", "a")]);
    let rows: &[(&[u8], Edit, WasmErrorKind, &str)] = &[
        (
            b"\0asm\x01\0\0\0\x01\x05",
            Edit::default(),
            WasmErrorKind::Invalid,
            "not a valid module: unexpected end-of-file (at offset 0xa)",
        ),
        (
            &sample(),
            Edit {
                imports: Some(&imports),
                ..Edit::default()
            },
            WasmErrorKind::Unnamed,
            "no new name for the import `__wbindgen_memory`",
        ),
    ];
    for (bytes, edit, kind, message) in rows {
        let err = rewrite(bytes, edit).unwrap_err();
        assert_eq!((err.kind(), err.to_string().as_str()), (*kind, *message));
    }
    let err = names(&sample()[..20]).unwrap_err();
    assert_eq!(err.kind(), WasmErrorKind::Invalid);
}
