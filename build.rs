//! Writes `style/widget.css` as the widget ships it to `OUT_DIR/widget.css`
//! for `src/host/mount.rs` to include: minified, with the dark palette also
//! emitted for `theme="auto"` (see `bsc_content::css`, tested there).

use std::{env, fs, path::Path};

fn main() {
    let source = Path::new(env!("CARGO_MANIFEST_DIR")).join("style/widget.css");
    println!("cargo:rerun-if-changed={}", source.display());
    let text = fs::read_to_string(&source)
        .unwrap_or_else(|err| panic!("cannot read {}: {err}", source.display()));
    let css = bsc_content::css::build(&text).unwrap_or_else(|err| panic!("style/widget.css {err}"));
    let out = Path::new(&env::var("OUT_DIR").expect("OUT_DIR")).join("widget.css");
    fs::write(&out, css).unwrap_or_else(|err| panic!("cannot write {}: {err}", out.display()));
}
