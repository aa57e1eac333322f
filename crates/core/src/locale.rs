//! Locales: the texts of one language, and finding one from a tag.

use std::fmt;
use std::sync::OnceLock;

use crate::generated::LOCALES;
use crate::TextId;

/// The texts of one language. Get one from [`locales`], [`default_locale`]
/// or [`resolve_locale`]; locales compare equal by their code.
///
/// With the `all-locales` feature (on by default) every locale's texts are
/// compiled in. Without it, none are: a locale's texts arrive at run time as
/// a pack ([`crate::load_locale`]), so a page downloads only the language it
/// shows. Until then ([`Locale::is_loaded`]) a locale shows the default
/// locale's texts if those are loaded, else empty strings.
pub struct Locale {
    pub(crate) code: &'static str,
    pub(crate) name: &'static str,
    pub(crate) emergency_number_default: &'static str,
    /// Compiled-in texts; empty when they come from a pack.
    pub(crate) texts: &'static [&'static str],
    /// Texts loaded from a pack.
    pub(crate) loaded: OnceLock<&'static [&'static str]>,
}

impl Locale {
    /// The language code, e.g. `"en"`.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The language's name in that language, e.g. `"English"`.
    pub fn name(&self) -> &'static str {
        self.name
    }

    /// The words of a text in this locale.
    ///
    /// ```
    /// use bsc_core::{default_locale, ui};
    /// assert_eq!(default_locale().text(ui::STEP_OF), "Step {n} of {total}");
    /// ```
    pub fn text(&self, id: TextId) -> &'static str {
        self.table().get(usize::from(id.0)).copied().unwrap_or("")
    }

    /// Whether this locale's own texts are here (compiled in or loaded).
    ///
    /// ```
    /// use bsc_core::default_locale;
    /// assert!(default_locale().is_loaded()); // with the default features
    /// ```
    pub fn is_loaded(&self) -> bool {
        self.own().is_some()
    }

    /// Every text by `TextId`: its own, else the default locale's (empty
    /// when neither is here).
    pub(crate) fn table(&self) -> &'static [&'static str] {
        self.own().or_else(|| LOCALES[0].own()).unwrap_or(&[])
    }

    fn own(&self) -> Option<&'static [&'static str]> {
        if self.texts.is_empty() {
            self.loaded.get().copied()
        } else {
            Some(self.texts)
        }
    }

    /// The phrase put into `{number}` when the host gives no emergency
    /// number, e.g. `"999 (UK), 911 (US) or 112 (EU)"`.
    pub fn emergency_number_default(&self) -> &'static str {
        self.emergency_number_default
    }
}

impl PartialEq for Locale {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl fmt::Debug for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Locale")
            .field("code", &self.code)
            .field("name", &self.name)
            .finish()
    }
}

/// Every locale, the default (English) first.
pub fn locales() -> &'static [Locale] {
    &LOCALES
}

/// The default locale: English.
pub fn default_locale() -> &'static Locale {
    &LOCALES[0]
}

/// Finds the locale for a language tag such as `"en"`, `"EN-gb"`,
/// `"en_US"` or `"es-MX"`: only the language part counts, in any case.
/// `None` if the tag is empty or the language is not known.
///
/// ```
/// use bsc_core::resolve_locale;
/// assert_eq!(resolve_locale("en_US").map(|l| l.code()), Some("en"));
/// assert_eq!(resolve_locale("es-MX").map(|l| l.code()), Some("es"));
/// assert_eq!(resolve_locale("DE_ch").map(|l| l.code()), Some("de"));
/// assert_eq!(resolve_locale("xx-YY"), None);
/// assert_eq!(resolve_locale(""), None);
/// ```
pub fn resolve_locale(tag: &str) -> Option<&'static Locale> {
    let language = tag.trim().split(['-', '_']).next()?;
    if language.is_empty() {
        return None;
    }
    LOCALES
        .iter()
        .find(|l| l.code.eq_ignore_ascii_case(language))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolve_cases() {
        let cases: &[(&str, Option<&str>)] = &[
            ("en", Some("en")),
            ("EN-gb", Some("en")),
            ("en_US", Some("en")),
            (" en ", Some("en")),
            ("es", Some("es")),
            ("es-MX", Some("es")),
            ("es_419", Some("es")),
            ("ES-es", Some("es")),
            ("de", Some("de")),
            ("de-AT", Some("de")),
            ("DE_ch", Some("de")),
            ("de-DE", Some("de")),
            ("english", None),
            ("-en", None),
            ("", None),
            ("zz", None),
        ];
        for (tag, expected) in cases {
            assert_eq!(
                resolve_locale(tag).map(Locale::code),
                *expected,
                "tag {tag:?}"
            );
        }
    }

    /// Each locale's own name and emergency number (name, number).
    #[test]
    fn spanish_and_german() {
        let cases = [
            (
                "es",
                "Español",
                "112 (España y la UE) o 911 (México y EE. UU.)",
            ),
            ("de", "Deutsch", "112"),
        ];
        for (code, name, number) in cases {
            let locale = resolve_locale(code).unwrap();
            assert_eq!(locale.name(), name);
            assert_eq!(locale.emergency_number_default(), number);
        }
        let codes: Vec<&str> = locales().iter().map(Locale::code).collect();
        assert_eq!(codes[0], "en");
        assert!(codes.contains(&"es") && codes.contains(&"de"), "{codes:?}");
    }

    #[test]
    fn default_is_english() {
        let en = default_locale();
        assert_eq!(en.code(), "en");
        assert_eq!(en.name(), "English");
        assert_eq!(
            en.emergency_number_default(),
            "999 (UK), 911 (US) or 112 (EU)"
        );
        assert_eq!(locales()[0], *en);
        assert_eq!(
            format!("{en:?}"),
            r#"Locale { code: "en", name: "English" }"#
        );
    }
}
