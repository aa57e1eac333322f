//! Compiles `content/` (flow and texts) into static Rust tables in OUT_DIR.
//! Invalid content fails the build with the content compiler's messages.

use std::path::PathBuf;

fn main() {
    // Set in .cargo/config.toml ([env], relative to the workspace root).
    let dir = PathBuf::from(std::env::var("BSC_CONTENT_DIR").expect(
        "BSC_CONTENT_DIR is not set: build from the workspace (.cargo/config.toml sets it)",
    ));
    println!("cargo:rerun-if-env-changed=BSC_CONTENT_DIR");
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
    std::fs::write(out.join("levels.rs"), generated.levels).expect("write levels.rs");
}
