//! Reading: the files parsed (serde for `flow.toml` and `regions.toml`,
//! tables for the locale files), then checked.

use std::path::PathBuf;

use crate::check::{self, Checked};
use crate::{model, Error, Errors};

/// Parses and checks the content: `(flow, regions)` are the texts of
/// `flow.toml` and `regions.toml`, `read` gives a locale file's text by
/// code. Files are named `<dir>/<file>` in errors. Returns the checked
/// model and the locale files read (`<code>.toml`).
pub(crate) fn check(
    dir: &str,
    (flow, regions): (&str, &str),
    read: impl Fn(&str) -> Result<String, String>,
) -> Result<(Checked, Vec<PathBuf>), Errors> {
    let flow_file = format!("{dir}/flow.toml");
    let regions_file = format!("{dir}/regions.toml");
    let parsed: model::FlowFile = toml::from_str(flow)
        .map_err(|e| Errors(vec![Error::new(&flow_file, toml_message(flow, &e))]))?;
    let parsed_regions: model::RegionsFile = toml::from_str(regions)
        .map_err(|e| Errors(vec![Error::new(&regions_file, toml_message(regions, &e))]))?;
    let mut errors = Vec::new();
    let mut locale_texts = Vec::new();
    let mut files = Vec::new();
    for code in &parsed.locales {
        if code.len() < 2 || code.len() > 3 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            errors.push(Error::new(
                &flow_file,
                format!("locale \"{code}\" must be a lowercase language code like \"en\""),
            ));
            continue;
        }
        let file = format!("{dir}/{code}.toml");
        files.push(PathBuf::from(format!("{code}.toml")));
        match read(code) {
            Ok(text) => match text.parse::<toml::Table>() {
                Ok(table) => locale_texts.push((file, code.clone(), table)),
                Err(e) => errors.push(Error::new(&file, toml_message(&text, &e))),
            },
            Err(message) => errors.push(Error::new(&file, message)),
        }
    }
    if !errors.is_empty() {
        return Err(Errors(errors));
    }
    let checked = check::check(
        (&flow_file, &parsed),
        (&regions_file, &parsed_regions),
        &locale_texts,
        &mut errors,
    );
    match checked {
        Some(c) if errors.is_empty() => Ok((c, files)),
        _ => Err(Errors(errors)),
    }
}

/// A TOML error on one line: "TOML error at line 3, column 5: ...".
fn toml_message(src: &str, e: &toml::de::Error) -> String {
    let msg = e.message().trim().replace('\n', " ");
    match e.span() {
        Some(span) => {
            let before = &src[..span.start.min(src.len())];
            let line = before.matches('\n').count() + 1;
            let column = before.len() - before.rfind('\n').map_or(0, |i| i + 1) + 1;
            format!("TOML error at line {line}, column {column}: {msg}")
        }
        None => format!("TOML error: {msg}"),
    }
}
