//! Writes `locale-<code>.txt`, the pack of every locale (the widget has
//! none compiled in), into a folder: the first argument,
//! else `$TRUNK_STAGING_DIR` (so it runs as a Trunk post-build hook).

use std::path::PathBuf;
use std::process::ExitCode;

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from)
    else {
        eprintln!("usage: locale-packs DIR (or set TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    for locale in bsc_core::locales() {
        let path = dir.join(format!("locale-{}.txt", locale.code()));
        let pack = locale.to_pack();
        if let Err(err) = std::fs::write(&path, &pack) {
            eprintln!("locale-packs: cannot write {}: {err}", path.display());
            return ExitCode::FAILURE;
        }
        println!("locale-packs: {} ({} bytes)", path.display(), pack.len());
    }
    ExitCode::SUCCESS
}
