//! Host attributes (`lang`, `theme`, `emergency-number`, `region`) and the
//! browser's languages parsed into a [`Config`]. Pure logic, tested natively: the browser side only collects
//! the raw attribute values ([`RawAttributes`]) and prints the warnings.
//! Warnings are put together with [`join`](bsc_core::join), not `format!`:
//! in the widget's WebAssembly the formatting machinery costs more than the
//! messages.

use bsc_core::{
    default_locale, find_region, join, quote, regions, resolve_locale, Locale, Place, Region,
};

/// Colour scheme requested by the host's `theme` attribute.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    /// Follow the reader's `prefers-color-scheme` (the default).
    #[default]
    Auto,
    /// Always light.
    Light,
    /// Always dark.
    Dark,
}

impl Theme {
    /// The value used in the markup (`data-theme`).
    pub fn as_str(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }
}

/// The raw attribute values read from the host page.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawAttributes {
    /// The element's own `lang` attribute.
    pub lang: Option<String>,
    /// `lang` of the nearest ancestor that has one.
    pub ancestor_lang: Option<String>,
    /// The document's language (`<html lang>`).
    pub document_lang: Option<String>,
    /// The `theme` attribute.
    pub theme: Option<String>,
    /// The `emergency-number` attribute.
    pub emergency_number: Option<String>,
    /// The `region` attribute (an ISO 3166-1 alpha-2 country code).
    pub region: Option<String>,
    /// The reader's browser languages (`navigator.languages`), most
    /// preferred first.
    pub browser_languages: Vec<String>,
}

/// The widget's settings after parsing, with the defaults filled in.
#[derive(Clone, Debug, PartialEq)]
pub struct Config {
    /// Language of every text the widget shows.
    pub locale: &'static Locale,
    /// Colour scheme.
    pub theme: Theme,
    /// Emergency number given by the host; `None` means the country's (or,
    /// with no country, the locale's neutral wording, which names several).
    pub emergency_number: Option<String>,
    /// The reader's country, chosen on the device (see [`parse`]) or by the
    /// reader; `None`: not known, so the neutral wording.
    pub region: Option<&'static Region>,
    /// Whether the reader chose `region` (in the widget): their choice
    /// then outlasts changes of the host's attributes.
    pub region_by_reader: bool,
}

impl Default for Config {
    fn default() -> Self {
        Config {
            locale: default_locale(),
            theme: Theme::Auto,
            emergency_number: None,
            region: None,
            region_by_reader: false,
        }
    }
}

impl Config {
    /// Where the reader gets care: their country and the host's emergency
    /// number, for [`Place::fill`].
    pub fn place(&self) -> Place<'_> {
        Place {
            region: self.region,
            emergency_number: self.emergency_number.as_deref(),
        }
    }
}

/// Parses the attributes. Returns the config and one message per attribute
/// whose value was not usable (attribute, value and the default used).
///
/// The country, whose emergency number and services the texts name, is
/// chosen on the device, in this order (`web/region-cases.tsv` is the
/// table both this and the loader are tested against): the `region`
/// attribute; the region subtag of the first of the element's own `lang`,
/// its nearest ancestor's and the page's whose language is the widget's
/// (`en-US`, `de-CH`; a numeric area such as `es-419` names no country);
/// the first of the browser's languages in the widget's language that has
/// one. A country the widget does not know gives the neutral wording (with
/// a warning when the `region` attribute named it); so does none.
///
/// ```
/// use back_spasm_check::config::{parse, RawAttributes, Theme};
/// let raw = RawAttributes { theme: Some("purple".into()), ..Default::default() };
/// let (config, warnings) = parse(&raw);
/// assert_eq!(config.theme, Theme::Auto);
/// assert_eq!(
///     warnings,
///     ["back-spasm-check: theme=\"purple\" is not supported; using \"auto\" (expected light, dark or auto)"]
/// );
/// ```
pub fn parse(raw: &RawAttributes) -> (Config, Vec<String>) {
    let mut warnings = Vec::new();
    let locale = parse_locale(raw, &mut warnings);
    let theme = match raw.theme.as_deref().map(str::trim) {
        None | Some("") => Theme::Auto,
        Some(value) => match value.to_ascii_lowercase().as_str() {
            "auto" => Theme::Auto,
            "light" => Theme::Light,
            "dark" => Theme::Dark,
            _ => {
                warnings.push(join(
                    &[
                        "back-spasm-check: theme=",
                        &quote(value),
                        " is not supported; using \"auto\" (expected light, dark or auto)",
                    ],
                    "",
                ));
                Theme::Auto
            }
        },
    };
    let emergency_number = match raw.emergency_number.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(value) if is_phone_number(value) => Some(value.to_owned()),
        Some(value) => {
            warnings.push(join(
                &[
                    "back-spasm-check: emergency-number=",
                    &quote(value),
                    " is not a phone number; using the default for ",
                    locale.name(),
                    " (expected up to 15 digits, spaces, + or -)",
                ],
                "",
            ));
            None
        }
    };
    let region = parse_region(raw, locale, &mut warnings);
    (
        Config {
            locale,
            theme,
            emergency_number,
            region,
            region_by_reader: false,
        },
        warnings,
    )
}

/// The country (see [`parse`]).
fn parse_region(
    raw: &RawAttributes,
    locale: &Locale,
    warnings: &mut Vec<String>,
) -> Option<&'static Region> {
    if let Some(code) = raw
        .region
        .as_deref()
        .map(str::trim)
        .filter(|c| !c.is_empty())
    {
        let found = find_region(code);
        if found.is_none() {
            let known: Vec<&str> = regions().iter().map(|r| r.code()).collect();
            warnings.push(join(
                &[
                    "back-spasm-check: region=",
                    &quote(code),
                    " is not known; using the general emergency numbers for ",
                    locale.name(),
                    ". Known: ",
                    &join(&known, ", "),
                ],
                "",
            ));
        }
        return found;
    }
    let tags = [&raw.lang, &raw.ancestor_lang, &raw.document_lang]
        .into_iter()
        .flatten()
        .chain(&raw.browser_languages);
    for tag in tags {
        let mut parts = tag.trim().split(['-', '_']);
        if !parts
            .next()
            .is_some_and(|language| language.eq_ignore_ascii_case(locale.code()))
        {
            continue;
        }
        if let Some(country) = country_subtag(parts) {
            return find_region(country);
        }
    }
    None
}

/// The country subtag among the subtags after the language: the first
/// two-letter one, past a four-letter script subtag; none for anything else
/// (a numeric area such as `419`, a variant).
fn country_subtag<'a>(parts: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    for part in parts {
        let letters = part.bytes().all(|b| b.is_ascii_alphabetic());
        match part.len() {
            2 if letters => return Some(part),
            4 if letters => continue,
            _ => return None,
        }
    }
    None
}

/// The element's own `lang` wins, then the nearest ancestor's, then the
/// document's, then English. Only the element's own attribute can be "bad":
/// a page in a language the widget lacks is not an error of the embed.
fn parse_locale(raw: &RawAttributes, warnings: &mut Vec<String>) -> &'static Locale {
    if let Some(tag) = raw.lang.as_deref().map(str::trim).filter(|t| !t.is_empty()) {
        if let Some(locale) = resolve_locale(tag) {
            return locale;
        }
        let fallback = inherited_locale(raw);
        let available: Vec<&str> = bsc_core::locales().iter().map(|l| l.code()).collect();
        warnings.push(join(
            &[
                "back-spasm-check: lang=",
                &quote(tag),
                " is not available; using ",
                fallback.name(),
                " (",
                fallback.code(),
                "). Available: ",
                &join(&available, ", "),
            ],
            "",
        ));
        return fallback;
    }
    inherited_locale(raw)
}

fn inherited_locale(raw: &RawAttributes) -> &'static Locale {
    [&raw.ancestor_lang, &raw.document_lang]
        .into_iter()
        .flatten()
        .find_map(|tag| resolve_locale(tag.trim()))
        .unwrap_or_else(default_locale)
}

fn is_phone_number(value: &str) -> bool {
    let digits = value.chars().filter(char::is_ascii_digit).count();
    (2..=15).contains(&digits)
        && value.len() <= 24
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '+' | '-'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn raw(lang: Option<&str>, ancestor: Option<&str>, document: Option<&str>) -> RawAttributes {
        RawAttributes {
            lang: lang.map(Into::into),
            ancestor_lang: ancestor.map(Into::into),
            document_lang: document.map(Into::into),
            ..Default::default()
        }
    }

    #[test]
    fn locale_fallback_chain() {
        // (own lang, ancestor lang, document lang) -> locale code, warned?
        type Row = (
            Option<&'static str>,
            Option<&'static str>,
            Option<&'static str>,
            &'static str,
            bool,
        );
        let rows: &[Row] = &[
            (None, None, None, "en", false),
            (Some("en-GB"), None, None, "en", false),
            (Some("EN"), Some("fr"), None, "en", false),
            (None, Some("en-US"), Some("fr"), "en", false),
            (None, None, Some("en"), "en", false),
            (None, Some("fr"), Some("fr"), "en", false),
            (Some("xx"), None, None, "en", true),
            (Some(""), None, None, "en", false),
        ];
        for &(own, ancestor, document, code, warned) in rows {
            let (config, warnings) = parse(&raw(own, ancestor, document));
            assert_eq!(
                config.locale.code(),
                code,
                "{own:?} {ancestor:?} {document:?}"
            );
            assert_eq!(!warnings.is_empty(), warned, "{warnings:?}");
        }
    }

    /// The table the loader's guess (`languageOf` in web/loader/fallback.js) is
    /// tested against too, so the two stay in step.
    /// A cell of the shared tables: `-` is an absent attribute, `''` an
    /// empty one.
    fn cell(field: &str) -> Option<String> {
        match field {
            "-" => None,
            "''" => Some(String::new()),
            other => Some(other.to_owned()),
        }
    }

    /// The rows of a shared table (comments left out), each with its
    /// tab-separated cells.
    fn table_rows(table: &str) -> impl Iterator<Item = (&str, Vec<&str>)> {
        table
            .lines()
            .filter(|l| !l.starts_with('#'))
            .map(|line| (line, line.split('\t').collect()))
    }

    #[test]
    fn language_cases_shared_with_the_loader() {
        let mut rows = 0;
        for (line, fields) in table_rows(include_str!("../web/language-cases.tsv")) {
            let [own, ancestor, page, shown] = fields[..] else {
                panic!("web/language-cases.tsv: not four tab-separated columns: {line:?}");
            };
            let raw = RawAttributes {
                lang: cell(own),
                ancestor_lang: cell(ancestor),
                document_lang: cell(page),
                ..Default::default()
            };
            assert_eq!(parse(&raw).0.locale.code(), shown, "{line:?}");
            rows += 1;
        }
        assert!(rows >= 20, "{rows} rows");
    }

    /// The table the loader's choice (`regionOf` in web/loader/fallback.js)
    /// is tested against too, so the two stay in step.
    #[test]
    fn region_cases_shared_with_the_loader() {
        let mut rows = 0;
        for (line, fields) in table_rows(include_str!("../web/region-cases.tsv")) {
            let [region, own, ancestor, page, browser, language, country] = fields[..] else {
                panic!("web/region-cases.tsv: not seven tab-separated columns: {line:?}");
            };
            let raw = RawAttributes {
                region: cell(region),
                lang: cell(own),
                ancestor_lang: cell(ancestor),
                document_lang: cell(page),
                browser_languages: match browser {
                    "-" => Vec::new(),
                    list => list.split(',').map(str::to_owned).collect(),
                },
                ..Default::default()
            };
            let (config, warnings) = parse(&raw);
            assert_eq!(config.locale.code(), language, "{line:?}");
            let expected = (country != "-").then_some(country);
            assert_eq!(config.region.map(|r| r.code()), expected, "{line:?}");
            let named_unknown =
                cell(region).is_some_and(|r| !r.trim().is_empty()) && expected.is_none();
            let region_warnings = warnings.iter().filter(|w| w.contains(" region=")).count();
            assert_eq!(
                region_warnings,
                usize::from(named_unknown),
                "{line:?}: {warnings:?}"
            );
            rows += 1;
        }
        assert!(rows >= 30, "{rows} rows");
    }

    #[test]
    fn unknown_region_warning_names_the_known_ones() {
        let raw = RawAttributes {
            region: Some("FR".into()),
            ..Default::default()
        };
        let (config, warnings) = parse(&raw);
        assert_eq!(config.region, None);
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0].starts_with("back-spasm-check: region=\"FR\" is not known; using the general emergency numbers for English. Known: "),
            "{}",
            warnings[0]
        );
        assert!(warnings[0].contains("US"), "{}", warnings[0]);
    }

    #[test]
    fn hostile_values_are_quoted_escaped_and_cut_in_warnings() {
        let long = format!("\u{202e}{}", "9".repeat(100));
        let rows = [
            (
                RawAttributes {
                    theme: Some(long.clone()),
                    ..Default::default()
                },
                format!(
                    "back-spasm-check: theme=\"\\u{{202e}}{}…\" is not supported; using \"auto\" (expected light, dark or auto)",
                    "9".repeat(59)
                ),
            ),
            (
                RawAttributes {
                    lang: Some("x\"y\u{2066}".into()),
                    ..Default::default()
                },
                "back-spasm-check: lang=\"x\\\"y\\u{2066}\" is not available; using English (en). Available: en, es, de".into(),
            ),
            (
                RawAttributes {
                    emergency_number: Some("<b>\n</b>".into()),
                    ..Default::default()
                },
                "back-spasm-check: emergency-number=\"<b>\\u{a}</b>\" is not a phone number; using the default for English (expected up to 15 digits, spaces, + or -)".into(),
            ),
        ];
        for (raw, warning) in rows {
            assert_eq!(parse(&raw).1, [warning]);
        }
    }

    #[test]
    fn every_available_locale_resolves_from_its_region_tag() {
        for locale in bsc_core::locales() {
            let tag = format!("{}-ZZ", locale.code());
            let (config, warnings) = parse(&raw(Some(&tag), None, None));
            assert_eq!(config.locale.code(), locale.code());
            assert!(warnings.is_empty());
        }
    }

    #[test]
    fn unavailable_lang_warning_names_attribute_value_and_default() {
        let (_, warnings) = parse(&raw(Some("xx-YY"), None, None));
        assert_eq!(warnings.len(), 1);
        assert!(
            warnings[0].starts_with("back-spasm-check: lang=\"xx-YY\" is not available; using English (en). Available: en"),
            "{}",
            warnings[0]
        );
    }

    #[test]
    fn themes() {
        let rows = [
            (None, Theme::Auto, false),
            (Some("light"), Theme::Light, false),
            (Some(" DARK "), Theme::Dark, false),
            (Some("auto"), Theme::Auto, false),
            (Some(""), Theme::Auto, false),
            (Some("blue"), Theme::Auto, true),
        ];
        for (value, theme, warned) in rows {
            let raw = RawAttributes {
                theme: value.map(Into::into),
                ..Default::default()
            };
            let (config, warnings) = parse(&raw);
            assert_eq!(config.theme, theme, "{value:?}");
            assert_eq!(warnings.len(), usize::from(warned), "{value:?}");
        }
    }

    #[test]
    fn emergency_numbers() {
        let rows = [
            (Some("999"), Some("999")),
            (Some(" 112 "), Some("112")),
            (Some("+1 911"), Some("+1 911")),
            (Some("000"), Some("000")),
            (Some("1"), None),
            (Some("call us"), None),
            (Some("<b>911</b>"), None),
            (Some("1234567890123456"), None),
            (Some(""), None),
            (None, None),
        ];
        for (value, expected) in rows {
            let raw = RawAttributes {
                emergency_number: value.map(Into::into),
                ..Default::default()
            };
            let (config, warnings) = parse(&raw);
            assert_eq!(config.emergency_number.as_deref(), expected, "{value:?}");
            let bad = value.is_some_and(|v| !v.trim().is_empty()) && expected.is_none();
            assert_eq!(warnings.len(), usize::from(bad), "{value:?}: {warnings:?}");
        }
        let (_, warnings) = parse(&RawAttributes {
            emergency_number: Some("call us".into()),
            ..Default::default()
        });
        assert_eq!(
            warnings,
            ["back-spasm-check: emergency-number=\"call us\" is not a phone number; using the default for English (expected up to 15 digits, spaces, + or -)"]
        );
    }
}
