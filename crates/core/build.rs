//! Compiles `content/` (flow and texts) into static Rust tables in OUT_DIR.
//! Invalid content fails the build with the content compiler's messages.

use std::path::PathBuf;

fn main() {
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("CARGO_MANIFEST_DIR"));
    let dir = manifest.join("../../content");
    let dir = dir.canonicalize().unwrap_or(dir);
    println!("cargo:rerun-if-changed={}", dir.display());
    let generated = match bsc_content::compile_dir(&dir) {
        Ok(generated) => generated,
        Err(errors) => panic!(
            "\n\nThe content in {} is not valid:\n{errors}\n\n",
            dir.display()
        ),
    };
    for file in &generated.files {
        println!("cargo:rerun-if-changed={}", file.display());
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("OUT_DIR"));
    std::fs::write(out.join("ui.rs"), generated.ui).expect("write ui.rs");
    std::fs::write(out.join("tables.rs"), generated.tables).expect("write tables.rs");
}
