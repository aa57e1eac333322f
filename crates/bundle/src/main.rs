//! `bsc-bundle shrink|fill|seal [DIR]`: the passes of the bundle build (see
//! the library docs), on DIR or `$TRUNK_STAGING_DIR`. Run by
//! `scripts/post-build.mjs` as Trunk's post-build hook.

use std::process::ExitCode;

fn main() -> ExitCode {
    let mut args = std::env::args_os().skip(1);
    let pass = args.next().and_then(|a| a.into_string().ok());
    let (Some(pass), Some(dir)) = (pass, bsc_bundle::folder(args.next())) else {
        eprintln!("usage: bsc-bundle shrink|fill|seal DIR (or set TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    let log = |lines: Vec<String>| {
        for line in lines {
            println!("bsc-bundle: {line}");
        }
    };
    let result = match pass.as_str() {
        "shrink" => bsc_bundle::shrink(&dir).map(log),
        "fill" => bsc_bundle::fill(&dir).map(log),
        "seal" => bsc_bundle::seal(&dir).map(|snippet| {
            println!(
                "bsc-bundle: {} written; embed with:\n\n  {snippet}\n  <back-spasm-check></back-spasm-check>\n",
                bsc_bundle::INTEGRITY
            );
        }),
        other => {
            eprintln!("bsc-bundle: unknown pass {other:?} (expected shrink, fill or seal)");
            return ExitCode::FAILURE;
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("bsc-bundle: {err}");
            ExitCode::FAILURE
        }
    }
}
