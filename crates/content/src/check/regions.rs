//! Regions: the countries whose emergency number and services the texts
//! name (`regions.toml`, each fact with its source), their wording in every
//! locale (`[region.<CODE>]`, `[region.neutral]`), and the phone numbers
//! texts may contain.
//!
//! A wrong number is a safety fault, so every number a text names must be
//! listed, with a source, for the country whose wording names it; texts
//! outside the region wording name no listed number at all (they get it
//! through `{number}` or `{today}`).

use std::collections::BTreeSet;

use super::{good_url, CheckedLocale, Keys, Report};
use crate::model::{NumberDef, RegionsFile};
use crate::{Error, REGION_KEYS};

/// A country, checked: its code, emergency number, and the text ids of its
/// wording (in [`REGION_KEYS`] order).
pub(crate) struct CheckedRegion {
    pub code: String,
    pub emergency: String,
    pub texts: Vec<usize>,
    /// Every number it lists, as digits only.
    pub numbers: Vec<String>,
}

/// The checked `regions.toml`: the neutral wording's text ids and numbers,
/// and the countries.
pub(crate) struct CheckedRegions {
    pub neutral: Vec<usize>,
    pub neutral_numbers: Vec<String>,
    pub regions: Vec<CheckedRegion>,
}

/// Checks `regions.toml` and adds the text keys of every region's wording
/// (the neutral wording first) to `keys`.
pub(super) fn regions(r: &mut Report, keys: &mut Keys, file: &RegionsFile) -> CheckedRegions {
    let neutral = wording(keys, "neutral");
    let neutral_numbers = numbers(r, "neutral", &file.neutral.numbers);
    let mut seen = BTreeSet::new();
    let regions = file
        .region
        .iter()
        .map(|def| {
            let code = &def.code;
            if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
                r.error(format!(
                    "region \"{code}\" needs an ISO 3166-1 alpha-2 code in upper case, e.g. \"US\""
                ));
            }
            if !seen.insert(code.clone()) {
                r.error(format!("region {code} is listed twice"));
            }
            let what = format!("region {code}");
            let numbers = numbers(r, &what, &def.numbers);
            let emergency = digits(&def.emergency);
            if !numbers.contains(&emergency) {
                r.error(format!(
                    "{what}: emergency {} is not among its numbers (list it with a source)",
                    def.emergency
                ));
            }
            for service in &def.services {
                if service.what.trim().is_empty() {
                    r.error(format!("{what}: a service has no `what`"));
                }
                if !good_url(&service.source) {
                    r.error(format!(
                        "{what}: service \"{}\": source \"{}\" must start with https:// and have no spaces, quotes or <>",
                        service.what, service.source
                    ));
                }
            }
            CheckedRegion {
                code: code.clone(),
                emergency: def.emergency.clone(),
                texts: wording(keys, code),
                numbers,
            }
        })
        .collect();
    CheckedRegions {
        neutral,
        neutral_numbers,
        regions,
    }
}

fn wording(keys: &mut Keys, name: &str) -> Vec<usize> {
    REGION_KEYS
        .iter()
        .map(|key| keys.add(format!("region.{name}.{key}")))
        .collect()
}

/// Checks a list of numbers (digits and single spaces, 2 to 15 digits,
/// what it is, an `https://` source); returns each as digits only.
fn numbers(r: &mut Report, what: &str, defs: &[NumberDef]) -> Vec<String> {
    defs.iter()
        .map(|def| {
            let number = &def.number;
            let shaped = number.split(' ').all(|group| {
                !group.is_empty() && group.bytes().all(|b| b.is_ascii_digit())
            });
            let count = digits(number).len();
            if !shaped || !(2..=15).contains(&count) {
                r.error(format!(
                    "{what}: number \"{number}\" must be 2 to 15 digits, in groups split by single spaces"
                ));
            }
            if def.what.trim().is_empty() {
                r.error(format!("{what}: number {number} has no `what`"));
            }
            if !good_url(&def.source) {
                r.error(format!(
                    "{what}: number {number}: source \"{}\" must start with https:// and have no spaces, quotes or <>",
                    def.source
                ));
            }
            digits(number)
        })
        .collect()
}

fn digits(number: &str) -> String {
    number.chars().filter(char::is_ascii_digit).collect()
}

/// The phone-number-like runs of a text, as digits only: digits, with
/// single spaces or hyphens between groups ("1800 022 222" is one run).
///
/// ```
/// assert_eq!(bsc_content::phone_runs("Call 116 117 or 112."), ["116117", "112"]);
/// ```
pub fn phone_runs(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut runs = Vec::new();
    let mut run = String::new();
    for (i, &c) in chars.iter().enumerate() {
        if c.is_ascii_digit() {
            run.push(c);
            continue;
        }
        let joins = matches!(c, ' ' | '-')
            && !run.is_empty()
            && chars.get(i + 1).is_some_and(char::is_ascii_digit);
        if !joins && !run.is_empty() {
            runs.push(std::mem::take(&mut run));
        }
    }
    if !run.is_empty() {
        runs.push(run);
    }
    runs
}

/// Checks the numbers in every locale's texts: region wording names only
/// its own region's numbers and uses no placeholders; every other text
/// names none of the listed numbers; the neutral emergency wording names
/// only neutral numbers.
pub(super) fn check_numbers(
    errors: &mut Vec<Error>,
    regions_file: &str,
    keys: &[String],
    regions: &CheckedRegions,
    locales: &[(String, &CheckedLocale)],
) {
    let listed: BTreeSet<&str> = regions
        .regions
        .iter()
        .flat_map(|region| region.numbers.iter())
        .chain(&regions.neutral_numbers)
        .map(String::as_str)
        .collect();
    for (file, locale) in locales {
        let mut r = Report { file, errors };
        let emergency = &locale.emergency_number_default;
        for run in phone_runs(emergency) {
            if !regions.neutral_numbers.contains(&run) {
                r.error(format!(
                    "meta.emergency_number_default names {run}, which is not among the neutral numbers in {regions_file}"
                ));
            }
        }
        for (key, text) in keys.iter().zip(&locale.texts) {
            check_text(&mut r, (regions_file, regions, &listed), key, text);
        }
    }
}

/// The numbers in one text: region wording (`region.<CODE>.*`,
/// `region.neutral.*`) names only its own numbers and uses no
/// placeholders; any other text names none of the `listed` numbers.
fn check_text(
    r: &mut Report,
    (regions_file, regions, listed): (&str, &CheckedRegions, &BTreeSet<&str>),
    key: &str,
    text: &str,
) {
    let own = key.strip_prefix("region.").and_then(|rest| {
        let (name, _) = rest.split_once('.')?;
        if name == "neutral" {
            return Some(("the neutral numbers".to_owned(), &regions.neutral_numbers));
        }
        let region = regions.regions.iter().find(|g| g.code == name)?;
        Some((format!("region {}'s numbers", region.code), &region.numbers))
    });
    let Some((whose, numbers)) = own else {
        for run in phone_runs(text) {
            if listed.contains(run.as_str()) {
                r.error(format!(
                    "{key} names the phone number {run}; numbers belong in the region wording and reach texts as {{number}} or {{today}}"
                ));
            }
        }
        return;
    };
    if text.contains('{') {
        r.error(format!(
            "{key} is region wording and cannot use placeholders"
        ));
    }
    for run in phone_runs(text) {
        if !numbers.contains(&run) {
            r.error(format!(
                "{key} names {run}, which is not among {whose} in {regions_file} (each needs a source)"
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::phone_runs;

    #[test]
    fn phone_runs_cases() {
        let rows: &[(&str, &[&str])] = &[
            ("Call 999 now.", &["999"]),
            ("healthdirect on 1800 022 222.", &["1800022222"]),
            ("116 117 or 112", &["116117", "112"]),
            ("2 to 7 days", &["2", "7"]),
            ("0800-611-116", &["0800611116"]),
            ("no digits", &[]),
            ("ends 112", &["112"]),
            ("a 1 - b", &["1"]),
        ];
        for (text, expected) in rows {
            assert_eq!(phone_runs(text), *expected, "{text:?}");
        }
    }
}
