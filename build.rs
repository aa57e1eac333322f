//! Writes `style/widget.css` as the widget ships it to
//! `OUT_DIR/widget.css` for `src/host/mount.rs` to include: minified
//! (comments and layout whitespace cost bytes on every reader's phone and
//! mean nothing to the browser), with the dark palette, written once in the
//! source, also emitted for `theme="auto"` (see `build/css.rs`).

use std::{env, fs, path::Path};

#[path = "build/css.rs"]
mod css;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let source = root.join("style/widget.css");
    println!("cargo:rerun-if-changed={}", source.display());
    println!(
        "cargo:rerun-if-changed={}",
        root.join("build/css.rs").display()
    );
    let text = fs::read_to_string(&source)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", source.display()));
    let css = css::build(&text).unwrap_or_else(|err| panic!("style/widget.css {err}"));
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("widget.css");
    fs::write(&out, css).unwrap_or_else(|err| panic!("cannot write {}: {err}", out.display()));
}
