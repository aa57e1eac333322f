//! Texts: the `[ui]` keys, and every locale's texts (present, non-empty,
//! placeholders, and the same keys in every locale).

use std::collections::{BTreeMap, BTreeSet};

use super::{good_id, CheckedLocale, Keys, Report};
use crate::{Error, PLACEHOLDERS, REQUIRED_PLACEHOLDERS, REQUIRED_UI};

/// The `[ui]` keys: the required ones, then any extra ones the default
/// locale (`(file, table)`) has. Returns (key, text id) of each.
pub(super) fn ui_keys(
    r: &mut Report,
    keys: &mut Keys,
    default: Option<(&str, &toml::Table)>,
) -> Vec<(String, usize)> {
    let mut ui: Vec<(String, usize)> = REQUIRED_UI
        .iter()
        .map(|key| (key.to_string(), keys.add(format!("ui.{key}"))))
        .collect();
    let Some((file, table)) = default else {
        return ui;
    };
    if let Some(toml::Value::Table(extra)) = table.get("ui") {
        for key in extra.keys().filter(|k| !REQUIRED_UI.contains(&k.as_str())) {
            if good_id(key) {
                ui.push((key.clone(), keys.add(format!("ui.{key}"))));
            } else {
                r.errors.push(Error::new(
                    file,
                    format!("ui key \"{key}\" must use only a-z, 0-9 and _"),
                ));
            }
        }
    }
    ui
}

/// Every locale's texts, in `keys` order; reports what is missing, extra,
/// empty or lacks a placeholder, naming each locale's file.
pub(super) fn locales(
    errors: &mut Vec<Error>,
    (flow_file, regions_file): (&str, &str),
    keys: &[String],
    locale_texts: &[(String, String, toml::Table)],
) -> Vec<CheckedLocale> {
    let default_keys: Option<BTreeSet<String>> = locale_texts.first().map(|(_, _, t)| {
        let mut flat = Vec::new();
        flatten("", t, &mut flat);
        flat.into_iter().map(|(k, _)| k).collect()
    });
    let mut locales = Vec::new();
    for (n, (file, code, table)) in locale_texts.iter().enumerate() {
        let mut r = Report { file, errors };
        let mut flat = Vec::new();
        flatten("", table, &mut flat);
        let mut values: BTreeMap<String, String> = BTreeMap::new();
        for (key, value) in flat {
            match value {
                toml::Value::String(s) => {
                    values.insert(key, s.clone());
                }
                _ => r.error(format!("{key} must be text in quotes")),
            }
        }
        // Parity: a key another locale lacks is named with the default
        // locale's file, where it is present.
        let present_in = |key: &str| -> Option<&str> {
            (n > 0 && default_keys.as_ref().is_some_and(|d| d.contains(key)))
                .then(|| locale_texts[0].0.as_str())
        };
        let mut text = |key: &str| get(&mut r, &values, key, present_in(key));
        let name = text("meta.name");
        let emergency = text("meta.emergency_number_default");
        let texts: Vec<String> = keys.iter().map(|k| text(k)).collect();
        for (key, names) in REQUIRED_PLACEHOLDERS {
            let Some(value) = values.get(*key) else {
                continue;
            };
            for name in *names {
                if !value.trim().is_empty() && !value.contains(&format!("{{{name}}}")) {
                    r.error(format!("{key} must use the placeholder {{{name}}}"));
                }
            }
        }
        // Keys nobody asked for.
        let known: BTreeSet<&str> = keys
            .iter()
            .map(String::as_str)
            .chain(["meta.name", "meta.emergency_number_default"])
            .collect();
        for key in values.keys().filter(|k| !known.contains(k.as_str())) {
            if n > 0 && default_keys.as_ref().is_some_and(|d| !d.contains(key)) {
                r.error(format!("{key} is not in {}", locale_texts[0].0));
            } else if key.starts_with("step.") && key.ends_with(".help") {
                r.error(format!("{key} is missing in {}", locale_texts[0].0));
            } else if key.starts_with("region.") {
                r.error(format!(
                    "{key} is not used: {regions_file} lists no such region, or region wording has no such key"
                ));
            } else {
                r.error(format!("{key} is not used by {flow_file}"));
            }
        }
        locales.push(CheckedLocale {
            code: code.clone(),
            name,
            emergency_number_default: emergency,
            texts,
        });
    }
    locales
}

/// Looks up a dotted key in a table.
pub(super) fn lookup<'t>(table: &'t toml::Table, key: &str) -> Option<&'t toml::Value> {
    let mut parts = key.split('.');
    let mut value = table.get(parts.next()?)?;
    for part in parts {
        value = value.as_table()?.get(part)?;
    }
    Some(value)
}

/// Flattens nested tables into dotted keys and their leaf values.
fn flatten<'t>(prefix: &str, table: &'t toml::Table, out: &mut Vec<(String, &'t toml::Value)>) {
    for (key, value) in table {
        let full = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::Table(t) => flatten(&full, t, out),
            v => out.push((full, v)),
        }
    }
}

/// Reports `{name}` placeholders that are not known.
fn check_placeholders(r: &mut Report, key: &str, text: &str) {
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                if !PLACEHOLDERS.contains(&name) {
                    r.error(format!("{key} uses unknown placeholder {{{name}}}"));
                }
                rest = &after[close + 1..];
            }
            None => {
                r.error(format!("{key} has a {{ without a closing }}"));
                return;
            }
        }
    }
}

/// The text of a key in one locale, reporting it missing or empty.
/// `present_in` names the default locale's file when it has the key (then
/// a missing key is a parity error: "... is missing (present in ...)").
fn get(
    r: &mut Report,
    values: &BTreeMap<String, String>,
    key: &str,
    present_in: Option<&str>,
) -> String {
    match values.get(key) {
        None => {
            match present_in {
                Some(file) => r.error(format!("{key} is missing (present in {file})")),
                None => r.error(format!("{key} is missing")),
            }
            String::new()
        }
        Some(s) if s.trim().is_empty() => {
            r.error(format!("{key} is empty"));
            String::new()
        }
        // NUL separates the texts of a locale pack (bsc-core's load_locale).
        Some(s) if s.contains('\0') => {
            r.error(format!("{key} contains a NUL character"));
            String::new()
        }
        Some(s) => {
            check_placeholders(r, key, s);
            s.clone()
        }
    }
}
