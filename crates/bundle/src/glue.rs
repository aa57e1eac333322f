//! Edits of wasm-bindgen's `--target no-modules` glue, made together with
//! the matching edits of the wasm by [`crate::shrink`]. They rely on the
//! glue's regular layout (one item per line, nested by four spaces):
//!
//! - a class is `class Name {` up to the `}` at its own indent, with its
//!   doc comment before it and three statements after it (the
//!   `Symbol.dispose` alias, `exports.Name = Name;` and its
//!   `NameFinalization` registry);
//! - the import object is `const import0 = {` up to `};` at its indent,
//!   each entry `name: function(...) {` up to `},` one level deeper;
//! - the module's exports are read as `wasm.name` only.
//!
//! Each edit checks what it expects and says what it did not find, so a
//! new wasm-bindgen that lays the glue out otherwise stops the build
//! rather than shipping a broken loader.

use std::collections::{BTreeMap, BTreeSet};

use crate::Error;

const IMPORTS_START: &str = "const import0 = {";

fn is_ident(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || c == '$'
}

fn indent(line: &str) -> &str {
    &line[..line.len() - line.trim_start().len()]
}

/// The glue without the exported class `class`: its doc comment, body,
/// `Symbol.dispose` alias, export and finalization registry.
///
/// # Errors
/// When the glue has no such class, or the class does not end.
pub fn remove_class(glue: &str, class: &str) -> Result<String, Error> {
    let lines: Vec<&str> = glue.lines().collect();
    let (start, end) = block(&lines, &format!("class {class} {{"), "}")?;
    let mut first = start;
    if first > 0 && lines[first - 1].trim() == "*/" {
        while first > 0 && lines[first].trim() != "/**" {
            first -= 1;
        }
    }
    let alias =
        format!("if (Symbol.dispose) {class}.prototype[Symbol.dispose] = {class}.prototype.free;");
    let export = format!("exports.{class} = {class};");
    let registry = format!("const {class}Finalization = ");
    let mut out = Vec::with_capacity(lines.len());
    let mut in_registry = false;
    for (i, line) in lines.iter().enumerate() {
        let t = line.trim();
        if (first..=end).contains(&i) || t == alias || t == export {
            continue;
        }
        if t.starts_with(&registry) {
            in_registry = true;
        }
        if in_registry {
            in_registry = !t.ends_with(';');
            continue;
        }
        out.push(*line);
    }
    Ok(out.join("\n") + "\n")
}

/// The names the glue reads as `wasm.name`: the exports it uses.
///
/// # Errors
/// When the glue reads an export by a computed name (`wasm[...]`), which
/// no list of names could follow.
pub fn used_exports(glue: &str) -> Result<BTreeSet<String>, Error> {
    if glue.contains("wasm[") {
        return Err(Error(
            "the glue reads a wasm export by a computed name (`wasm[`)".into(),
        ));
    }
    Ok(export_reads(glue)
        .into_iter()
        .filter(|name| !name.is_empty())
        .map(|name| glue[name].to_owned())
        .collect())
}

/// Where the glue reads an export: the byte range of `name` in each
/// `wasm.name` (not in `mywasm.name`).
fn export_reads(glue: &str) -> Vec<std::ops::Range<usize>> {
    let mut reads = Vec::new();
    let mut from = 0;
    while let Some(at) = glue[from..].find("wasm.") {
        let dot = from + at;
        let start = dot + "wasm.".len();
        let end = glue[start..]
            .find(|c| !is_ident(c))
            .map_or(glue.len(), |n| start + n);
        if !glue[..dot].chars().next_back().is_some_and(is_ident) {
            reads.push(start..end);
        }
        from = start;
    }
    reads
}

/// The lines of the block that opens with the line `head` (indent aside)
/// and closes with `close` at the same indent: the indexes of both.
fn block(lines: &[&str], head: &str, close: &str) -> Result<(usize, usize), Error> {
    let start = lines
        .iter()
        .position(|l| l.trim() == head)
        .ok_or_else(|| Error(format!("the glue has no `{head}`")))?;
    let close = format!("{}{close}", indent(lines[start]));
    let end = start
        + lines[start..]
            .iter()
            .position(|l| *l == close)
            .ok_or_else(|| Error(format!("`{head}` in the glue does not end")))?;
    Ok((start, end))
}

/// The line range of the import object's entries, and their indent.
fn import_block(lines: &[&str]) -> Result<(usize, usize, String), Error> {
    let (start, end) = block(lines, IMPORTS_START, "};")?;
    Ok((start + 1, end, format!("{}    ", indent(lines[start]))))
}

/// The name of the import entry that starts on `line`, if one does.
fn entry_name<'a>(line: &'a str, ind: &str) -> Option<&'a str> {
    let rest = line.strip_prefix(ind)?;
    let (name, tail) = rest.split_once(": ")?;
    (name != "__proto__"
        && !name.is_empty()
        && name.chars().all(is_ident)
        && !rest.starts_with(' '))
    .then_some(name)
    .filter(|_| tail.starts_with("function("))
}

/// The names of the functions in the glue's import object.
///
/// # Errors
/// When the glue has no import object.
pub fn import_names(glue: &str) -> Result<BTreeSet<String>, Error> {
    let lines: Vec<&str> = glue.lines().collect();
    let (start, end, ind) = import_block(&lines)?;
    Ok(lines[start..end]
        .iter()
        .filter_map(|l| entry_name(l, &ind))
        .map(str::to_owned)
        .collect())
}

/// The glue with its import object cut down to the imports in `keep`
/// (those the wasm still has after dead code is removed), each renamed to
/// its new name in `keep`, the import module `module.0` renamed to
/// `module.1`, and every `wasm.name` renamed by `exports`.
///
/// # Errors
/// When the glue lacks an import `keep` names, has no module `module.0`,
/// or reads an export `exports` does not rename.
pub fn rename(
    glue: &str,
    module: (&str, &str),
    keep: &BTreeMap<String, String>,
    exports: &BTreeMap<String, String>,
) -> Result<String, Error> {
    let lines: Vec<&str> = glue.lines().collect();
    let (start, end, ind) = import_block(&lines)?;
    let entry_end = format!("{ind}}},");
    let old_key = format!("{}: import0,", crate::js_string(module.0));
    let new_key = format!("{}: import0,", crate::js_string(module.1));
    let mut out = String::with_capacity(glue.len());
    let mut seen = BTreeSet::new();
    let mut skipping = false;
    let mut keyed = false;
    for (i, line) in lines.iter().enumerate() {
        if skipping {
            skipping = *line != entry_end;
            continue;
        }
        let mut line = (*line).to_owned();
        if (start..end).contains(&i) {
            if let Some(name) = entry_name(&line, &ind) {
                match keep.get(name) {
                    Some(new) => {
                        seen.insert(name.to_owned());
                        line = format!("{ind}{new}{}", &line[ind.len() + name.len()..]);
                    }
                    None => {
                        skipping = true;
                        continue;
                    }
                }
            }
        } else if line.trim() == old_key {
            keyed = true;
            line = format!("{}{new_key}", indent(&line));
        }
        out.push_str(&line);
        out.push('\n');
    }
    if let Some(missing) = keep.keys().find(|k| !seen.contains(*k)) {
        return Err(Error(format!(
            "the glue's import object has no `{missing}`, which the wasm imports"
        )));
    }
    if !keyed {
        return Err(Error(format!("the glue has no `{old_key}`")));
    }
    rename_exports(&out, exports)
}

fn rename_exports(glue: &str, exports: &BTreeMap<String, String>) -> Result<String, Error> {
    let mut out = String::with_capacity(glue.len());
    let mut copied = 0;
    for name in export_reads(glue) {
        let old = &glue[name.clone()];
        let new = exports.get(old).ok_or_else(|| {
            Error(format!(
                "the glue reads `wasm.{old}`, which the wasm does not export"
            ))
        })?;
        out.push_str(&glue[copied..name.start]);
        out.push_str(new);
        copied = name.end;
    }
    out.push_str(&glue[copied..]);
    Ok(out)
}

/// The `n`th short name: `a`..`z`, `A`..`Z`, then two characters and
/// more. Valid as a JS property name and a wasm name.
pub fn short_name(mut n: usize) -> String {
    const FIRST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const NEXT: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_$";
    let mut name = vec![FIRST[n % FIRST.len()]];
    n /= FIRST.len();
    while n > 0 {
        n -= 1;
        name.push(NEXT[n % NEXT.len()]);
        n /= NEXT.len();
    }
    String::from_utf8(name).expect("ASCII")
}

#[cfg(test)]
mod tests {
    use super::*;

    const GLUE: &str = r#"let wasm_bindgen = (function(exports) {
    /**
     * Streams.
     */
    class IntoUnderlyingSink {
        close() {
            const ret = wasm.intounderlyingsink_close(this.__wbg_ptr);
            return ret;
        }
    }
    if (Symbol.dispose) IntoUnderlyingSink.prototype[Symbol.dispose] = IntoUnderlyingSink.prototype.free;
    exports.IntoUnderlyingSink = IntoUnderlyingSink;

    class Widget {
        unmount() {
            wasm.widget_unmount(this.__wbg_ptr);
        }
    }
    exports.Widget = Widget;

    function __wbg_get_imports() {
        const import0 = {
            __proto__: null,
            __wbg_close_0123456789abcdef: function(arg0) {
                arg0.close();
            },
            __wbg_log_fedcba9876543210: function(arg0) {
                console.log(arg0);
            },
        };
        return {
            __proto__: null,
            "./back-spasm-check_bg.js": import0,
        };
    }
    const IntoUnderlyingSinkFinalization = (typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(ptr => wasm.__wbg_intounderlyingsink_free(ptr, 1));
    const WidgetFinalization = (typeof FinalizationRegistry === 'undefined')
        ? { register: () => {}, unregister: () => {} }
        : new FinalizationRegistry(ptr => wasm.__wbg_widget_free(ptr, 1));
    function start(instance) { wasm = instance.exports; wasm.__wbindgen_start(); }
    return exports;
})({ __proto__: null });
"#;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(a, b)| ((*a).to_owned(), (*b).to_owned()))
            .collect()
    }

    #[test]
    fn a_class_goes_with_its_doc_alias_export_and_registry() {
        let out = remove_class(GLUE, "IntoUnderlyingSink").unwrap();
        assert!(!out.contains("IntoUnderlying"), "{out}");
        assert!(!out.contains("Streams."), "{out}");
        assert!(!out.contains("intounderlyingsink"), "{out}");
        assert!(out.contains("class Widget {") && out.contains("const WidgetFinalization = "));
        assert_eq!(out.lines().count(), GLUE.lines().count() - 14);
        assert_eq!(
            remove_class(GLUE, "Gone").unwrap_err().to_string(),
            "the glue has no `class Gone {`"
        );
    }

    #[test]
    fn exports_are_read_as_wasm_dot_name() {
        let used = used_exports(GLUE).unwrap();
        let want = [
            "__wbg_intounderlyingsink_free",
            "__wbg_widget_free",
            "__wbindgen_start",
            "intounderlyingsink_close",
            "widget_unmount",
        ];
        assert_eq!(used.iter().map(String::as_str).collect::<Vec<_>>(), want);
        assert_eq!(
            used_exports("wasm[name]()").unwrap_err().to_string(),
            "the glue reads a wasm export by a computed name (`wasm[`)"
        );
        // `mywasm.x` is not an export read.
        assert!(used_exports("mywasm.x; wasm.y")
            .unwrap()
            .into_iter()
            .eq(["y".to_owned()]));
    }

    #[test]
    fn imports_are_cut_and_renamed_and_exports_renamed() {
        let glue = remove_class(GLUE, "IntoUnderlyingSink").unwrap();
        assert_eq!(
            import_names(&glue).unwrap().into_iter().collect::<Vec<_>>(),
            ["__wbg_close_0123456789abcdef", "__wbg_log_fedcba9876543210"]
        );
        let exports = map(&[
            ("__wbg_widget_free", "a"),
            ("widget_unmount", "b"),
            ("__wbindgen_start", "c"),
        ]);
        let keep = map(&[("__wbg_log_fedcba9876543210", "a")]);
        let out = rename(&glue, ("./back-spasm-check_bg.js", "a"), &keep, &exports).unwrap();
        assert!(out.contains("            a: function(arg0) {\n                console.log(arg0);\n            },\n        };"), "{out}");
        assert!(!out.contains("close"), "{out}");
        assert!(out.contains("            \"a\": import0,"), "{out}");
        assert!(
            out.contains("wasm.b(this.__wbg_ptr)")
                && out.contains("wasm.a(ptr, 1)")
                && out.contains("wasm.c();"),
            "{out}"
        );
        assert_eq!(
            import_names(&out).unwrap().into_iter().collect::<Vec<_>>(),
            ["a"]
        );
    }

    #[test]
    fn renaming_refuses_a_glue_that_does_not_fit() {
        let glue = remove_class(GLUE, "IntoUnderlyingSink").unwrap();
        let exports = map(&[
            ("__wbg_widget_free", "a"),
            ("widget_unmount", "b"),
            ("__wbindgen_start", "c"),
        ]);
        let rows = [
            (
                map(&[("__wbg_gone_0000000000000000", "a")]),
                ("./back-spasm-check_bg.js", "a"),
                exports.clone(),
                "the glue's import object has no `__wbg_gone_0000000000000000`, which the wasm imports",
            ),
            (
                BTreeMap::new(),
                ("wbg", "a"),
                exports.clone(),
                "the glue has no `\"wbg\": import0,`",
            ),
            (
                BTreeMap::new(),
                ("./back-spasm-check_bg.js", "a"),
                map(&[("widget_unmount", "b")]),
                "the glue reads `wasm.__wbg_widget_free`, which the wasm does not export",
            ),
        ];
        for (keep, module, exports, message) in rows {
            assert_eq!(
                rename(&glue, module, &keep, &exports)
                    .unwrap_err()
                    .to_string(),
                message
            );
        }
        assert_eq!(
            import_names("let x = 1;").unwrap_err().to_string(),
            "the glue has no `const import0 = {`"
        );
    }

    #[test]
    fn short_names_are_distinct_and_short() {
        let names: Vec<String> = (0..5000).map(short_name).collect();
        assert_eq!(&names[..3], ["a", "b", "c"]);
        assert_eq!(names[51], "Z");
        assert_eq!(names[52], "aa");
        assert_eq!(names.iter().collect::<BTreeSet<_>>().len(), names.len());
        assert!(names
            .iter()
            .all(|n| n.len() <= 3 && n.starts_with(|c: char| c.is_ascii_alphabetic())));
    }
}
