//! `bsc-bundle dist [DIR]`: the bundle build (see the library docs) on DIR
//! or `$TRUNK_STAGING_DIR`, a release build when `$TRUNK_PROFILE` is
//! `release`. Trunk's post-build hook runs it (`Trunk.toml`).

use std::path::PathBuf;
use std::process::ExitCode;

use bsc_bundle::{Profile, INTEGRITY};

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let command = args.next().and_then(|a| a.into_string().ok());
    let dir = args
        .next()
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from);
    let (Some("dist"), Some(dir)) = (command.as_deref(), dir) else {
        eprintln!("usage: bsc-bundle dist DIR (or set TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    let profile = match std::env::var("TRUNK_PROFILE").as_deref() {
        Ok("release") => Profile::Release,
        _ => Profile::Debug,
    };
    match bsc_bundle::dist(&dir, profile) {
        Ok((log, snippet)) => {
            for line in log {
                println!("bsc-bundle: {line}");
            }
            println!("bsc-bundle: {INTEGRITY} written; embed with:\n");
            for line in snippet.lines() {
                println!("  {line}");
            }
            println!("  <back-spasm-check></back-spasm-check>\n");
            ExitCode::SUCCESS
        }
        Err(err) => {
            eprintln!("bsc-bundle: {err}");
            ExitCode::FAILURE
        }
    }
}
