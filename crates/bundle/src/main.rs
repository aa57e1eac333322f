//! Build step for the bundle, run as a Trunk post-build hook (through
//! `scripts/post-build.mjs`) on a folder: the first argument, else
//! `$TRUNK_STAGING_DIR`. It
//! - writes `locale-<code>.txt`, the pack of every locale (the widget has
//!   none compiled in), and
//! - fills in the `/* @load-errors */ {}` placeholder of `embed.js` with
//!   each locale's `ui.load_error`, the message shown when the WebAssembly
//!   itself cannot start, so that text too comes from `content/`.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use bsc_core::{locales, ui};

const PLACEHOLDER: &str = "/* @load-errors */ {}";

fn main() -> ExitCode {
    let Some(dir) = std::env::args_os()
        .nth(1)
        .or_else(|| std::env::var_os("TRUNK_STAGING_DIR"))
        .map(PathBuf::from)
    else {
        eprintln!("usage: locale-packs DIR (or set TRUNK_STAGING_DIR)");
        return ExitCode::FAILURE;
    };
    match run(&dir) {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("locale-packs: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(dir: &Path) -> Result<(), String> {
    for locale in locales() {
        let path = dir.join(format!("locale-{}.txt", locale.code()));
        let pack = locale.to_pack();
        write(&path, &pack)?;
        println!("locale-packs: {} ({} bytes)", path.display(), pack.len());
    }
    let loader = dir.join("embed.js");
    let source = std::fs::read_to_string(&loader)
        .map_err(|err| format!("cannot read {}: {err}", loader.display()))?;
    if !source.contains(PLACEHOLDER) {
        return Err(format!(
            "{} has no {PLACEHOLDER} placeholder",
            loader.display()
        ));
    }
    write(&loader, &source.replace(PLACEHOLDER, &load_errors()))?;
    println!(
        "locale-packs: {} (load-error messages filled in)",
        loader.display()
    );
    Ok(())
}

fn write(path: &Path, text: &str) -> Result<(), String> {
    std::fs::write(path, text).map_err(|err| format!("cannot write {}: {err}", path.display()))
}

/// `{"en":"…","es":"…"}`: each locale's load-error message, as JavaScript.
fn load_errors() -> String {
    let entries: Vec<String> = locales()
        .iter()
        .map(|l| {
            format!(
                "{}:{}",
                js_string(l.code()),
                js_string(l.text(ui::LOAD_ERROR))
            )
        })
        .collect();
    format!("{{{}}}", entries.join(","))
}

/// A JavaScript string literal (JSON's escaping, which JavaScript accepts).
fn js_string(text: &str) -> String {
    let mut out = String::from("\"");
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if u32::from(c) < 0x20 || c == '\u{2028}' || c == '\u{2029}' => {
                out.push_str(&format!("\\u{:04x}", u32::from(c)));
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn js_strings() {
        let rows = [
            ("plain", "\"plain\""),
            ("say \"hi\"", "\"say \\\"hi\\\"\""),
            ("a\\b", "\"a\\\\b\""),
            ("line\nbreak", "\"line\\u000abreak\""),
            ("Rückenkrämpfe", "\"Rückenkrämpfe\""),
        ];
        for (text, literal) in rows {
            assert_eq!(js_string(text), literal, "{text:?}");
        }
    }

    #[test]
    fn load_errors_name_every_locale() {
        let object = load_errors();
        for locale in locales() {
            let entry = format!(
                "\"{}\":{}",
                locale.code(),
                js_string(locale.text(ui::LOAD_ERROR))
            );
            assert!(object.contains(&entry), "{object}");
        }
    }
}
