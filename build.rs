//! Minifies `style/widget.css` into `OUT_DIR/widget.css` for
//! `src/host/mount.rs` to include: comments and layout whitespace cost bytes on every
//! reader's phone and mean nothing to the browser.

use std::{env, fs, path::Path};

fn main() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("style/widget.css");
    println!("cargo:rerun-if-changed={}", source.display());
    let css = fs::read_to_string(&source)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", source.display()));
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("widget.css");
    fs::write(&out, minify(&css))
        .unwrap_or_else(|err| panic!("cannot write {}: {err}", out.display()));
}

/// Drops comments, collapses whitespace, and removes it where CSS never
/// needs it (around `{`, `}`, `;` and `,`). Whitespace before `:` is kept:
/// in a selector such as `.bsc :focus-visible` it is a combinator.
fn minify(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        text.push_str(&rest[..start]);
        let end = rest[start..]
            .find("*/")
            .map_or(rest.len(), |e| start + e + 2);
        rest = &rest[end..];
    }
    text.push_str(rest);
    let collapsed = text.split_whitespace().collect::<Vec<_>>().join(" ");
    let mut out = String::with_capacity(collapsed.len());
    let chars: Vec<char> = collapsed.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        let tight = |c: char| matches!(c, '{' | '}' | ';' | ',');
        if c == ' ' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            if before.is_some_and(tight) || after.is_some_and(tight) {
                continue;
            }
        }
        out.push(c);
    }
    out.replace(";}", "}")
}
