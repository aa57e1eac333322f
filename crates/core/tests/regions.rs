//! Every country in every language: what a reader is told names only their
//! own country's numbers and services.
//!
//! For each (country, language), every text a result can show (each
//! level's action, every tip, the could-not-load message, the country line)
//! is filled in for that country. The table checks that it names the
//! country's emergency number, no other country's numbers or same-day
//! route, and leaves no placeholder; a second table holds the cases a reader
//! would check first (no 999 or NHS 111 in the US, 000 in Australia ...).

use bsc_content::phone_runs as numbers;
use bsc_core::{flow, locales, regions, resolve_locale, ui, Level, Locale, Place, Region};

/// Every text a result can show, filled in for `place` in `locale`.
fn shown(locale: &Locale, place: &Place) -> Vec<(String, String)> {
    let mut ids = vec![
        ("ui.load_error".to_owned(), ui::LOAD_ERROR),
        ("ui.region_shown".to_owned(), ui::REGION_SHOWN),
    ];
    for level in [
        Level::Emergency,
        Level::Urgent,
        Level::Soon,
        Level::SelfCare,
    ] {
        ids.push((format!("level.{}.title", level.as_str()), level.title()));
        ids.push((format!("level.{}.action", level.as_str()), level.action()));
    }
    for tip in flow().tips() {
        ids.push((format!("tip.{}.title", tip.id), tip.title));
        ids.push((format!("tip.{}.body", tip.id), tip.body));
    }
    ids.into_iter()
        .map(|(key, id)| (key, place.fill(locale.text(id), locale)))
        .collect()
}

/// The numbers a country's wording names in `locale`, and its emergency
/// number.
fn own_numbers(region: &'static Region, locale: &Locale) -> Vec<String> {
    let place = Place {
        region: Some(region),
        emergency_number: None,
    };
    let mut own = numbers(&place.fill("{today} {gp} {ed} {maternity}", locale));
    own.push(region.emergency_number().to_owned());
    own
}

#[test]
fn each_country_in_each_language_names_only_its_own_numbers_and_services() {
    assert!(regions().len() >= 15, "{} regions", regions().len());
    let mut failures = Vec::new();
    for locale in locales() {
        for region in regions() {
            let place = Place {
                region: Some(region),
                emergency_number: None,
            };
            let texts = shown(locale, &place);
            let own = own_numbers(region, locale);
            let own_wording = place.fill("{ed}\n{today}", locale);
            let who = format!("{} in {}", region.code(), locale.code());
            let emergency = region.emergency_number();
            for key in ["ui.load_error", "level.emergency.action"] {
                let text = &texts.iter().find(|(k, _)| k == key).unwrap().1;
                if !text.contains(emergency) {
                    failures.push(format!("{who}: {key} lacks {emergency}: {text}"));
                }
            }
            let country = region.name(locale);
            if !texts.iter().any(|(_, t)| t.contains(country)) {
                failures.push(format!("{who}: no text names the country {country}"));
            }
            for (key, text) in &texts {
                if text.contains('{') {
                    failures.push(format!("{who}: {key} keeps a placeholder: {text}"));
                }
                for number in numbers(text) {
                    let foreign = regions()
                        .iter()
                        .filter(|other| other.code() != region.code())
                        .any(|other| own_numbers(other, locale).contains(&number));
                    if foreign && !own.contains(&number) {
                        failures.push(format!("{who}: {key} names {number}: {text}"));
                    }
                }
                // Another country's emergency department or same-day route.
                for other in regions().iter().filter(|o| o.code() != region.code()) {
                    let theirs = Place {
                        region: Some(other),
                        emergency_number: None,
                    };
                    let today = theirs.fill("{today}", locale);
                    if text.contains(&today) && !own_wording.contains(&today) {
                        failures.push(format!(
                            "{who}: {key} has {}'s same-day route: {text}",
                            other.code()
                        ));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// What the shown texts must (and must not) contain for a reader: (language,
/// country, present, absent).
#[test]
fn readers_get_their_own_number() {
    type Row = (
        &'static str,
        &'static str,
        &'static [&'static str],
        &'static [&'static str],
    );
    let rows: &[Row] = &[
        (
            "en",
            "US",
            &["911", "ER"],
            &["999", "NHS", "112", "A&E", "GP"],
        ),
        ("en", "GB", &["999", "NHS 111", "A&E"], &["911", "000"]),
        ("en", "AU", &["000"], &["999", "911", "NHS"]),
        ("es", "US", &["911"], &["999", "NHS", "112"]),
        ("de", "US", &["911"], &["112", "116 117"]),
        ("en", "IE", &["999"], &["911", "NHS 111"]),
        ("en", "CA", &["911"], &["999", "NHS"]),
        ("en", "NZ", &["111"], &["999", "911", "NHS"]),
        ("es", "MX", &["911"], &["112", "999", "NHS"]),
        ("es", "ES", &["112"], &["911", "999", "NHS"]),
        (
            "de",
            "CH",
            &["144", "Notfallstation"],
            &["116 117", "1450", "999"],
        ),
        ("de", "AT", &["144", "1450"], &["116 117", "999"]),
        ("de", "DE", &["112", "116 117"], &["1450", "999", "911"]),
    ];
    for (language, code, present, absent) in rows {
        let locale = resolve_locale(language).unwrap();
        let region = bsc_core::find_region(code).unwrap_or_else(|| panic!("{code} is not known"));
        let place = Place {
            region: Some(region),
            emergency_number: None,
        };
        let all: String = shown(locale, &place)
            .into_iter()
            .map(|(_, text)| text + "\n")
            .collect();
        for word in *present {
            assert!(all.contains(word), "{language}-{code}: no {word:?}");
        }
        for word in *absent {
            assert!(!all.contains(word), "{language}-{code}: {word:?} in\n{all}");
        }
    }
}

/// The host's `emergency-number` reaches every text that names the number,
/// whatever the country.
#[test]
fn the_hosts_number_wins() {
    for locale in locales() {
        for region in regions().iter().map(Some).chain([None]) {
            let place = Place {
                region,
                emergency_number: Some("000 555"),
            };
            for key in ["ui.load_error", "level.emergency.action"] {
                let text = &shown(locale, &place)
                    .into_iter()
                    .find(|(k, _)| k == key)
                    .unwrap()
                    .1;
                assert!(text.contains("000 555"), "{}: {key}: {text}", locale.code());
            }
        }
    }
}
