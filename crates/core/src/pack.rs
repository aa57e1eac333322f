//! Locale packs: one language's texts as a small text file, so a page
//! downloads only the languages it shows (see the `all-locales` feature).
//!
//! A pack is a header line, `bsc-locale 1 <code> <count> <fingerprint>`,
//! then every text in `TextId` order, separated by NUL characters. The
//! fingerprint ties a pack to the content it was built from.

use std::fmt;

use crate::generated::{FINGERPRINT, LOCALES, TEXT_COUNT};
use crate::locale::Locale;

const MAGIC: &str = "bsc-locale";
const VERSION: &str = "1";

/// Why a locale pack was refused.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PackError {
    /// The text does not start with a pack header.
    NotAPack,
    /// The pack is for a language this build does not know.
    UnknownLocale(String),
    /// The pack was built from other content than this build.
    OtherContent(String),
    /// The pack holds a different number of texts than this build.
    WrongCount {
        /// The pack's language.
        code: String,
        /// Texts this build has.
        expected: usize,
        /// Texts the pack has.
        found: usize,
    },
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            PackError::NotAPack => write!(f, "not a locale pack (no \"{MAGIC} {VERSION}\" header)"),
            PackError::UnknownLocale(code) => {
                write!(f, "locale pack for unknown language \"{code}\"")
            }
            PackError::OtherContent(code) => {
                write!(
                    f,
                    "locale pack for \"{code}\" was built from other content than this widget"
                )
            }
            PackError::WrongCount {
                code,
                expected,
                found,
            } => write!(
                f,
                "locale pack for \"{code}\" has {found} texts; this widget needs {expected}"
            ),
        }
    }
}

impl std::error::Error for PackError {}

impl Locale {
    /// This locale's texts as a pack for [`load_locale`].
    ///
    /// ```
    /// use bsc_core::default_locale;
    /// let pack = default_locale().to_pack();
    /// assert!(pack.starts_with("bsc-locale 1 en "));
    /// ```
    pub fn to_pack(&self) -> String {
        let table = self.table();
        format!(
            "{MAGIC} {VERSION} {} {} {FINGERPRINT:016x}\n{}",
            self.code,
            table.len(),
            table.join("\0")
        )
    }
}

/// Loads a locale pack made by [`Locale::to_pack`], so that its locale
/// shows its own texts from now on. Loading a locale that is already here
/// changes nothing. The texts are kept for the life of the program.
///
/// # Errors
/// A [`PackError`] when the text is not a pack, names an unknown language,
/// or was built from other content.
///
/// ```
/// use bsc_core::{load_locale, resolve_locale, PackError};
/// let spanish = resolve_locale("es").unwrap();
/// let loaded = load_locale(&spanish.to_pack()).unwrap();
/// assert_eq!(loaded.code(), "es");
/// assert!(loaded.is_loaded());
/// assert_eq!(load_locale("hello"), Err(PackError::NotAPack));
/// ```
pub fn load_locale(pack: &str) -> Result<&'static Locale, PackError> {
    let (header, body) = pack.split_once('\n').ok_or(PackError::NotAPack)?;
    let fields: Vec<&str> = header.split(' ').collect();
    let [MAGIC, VERSION, code, count, fingerprint] = fields[..] else {
        return Err(PackError::NotAPack);
    };
    let locale = LOCALES
        .iter()
        .find(|l| l.code == code)
        .ok_or_else(|| PackError::UnknownLocale(code.to_owned()))?;
    if u64::from_str_radix(fingerprint, 16) != Ok(FINGERPRINT) {
        return Err(PackError::OtherContent(code.to_owned()));
    }
    let expected = TEXT_COUNT;
    let found = body.split('\0').count();
    if count.parse() != Ok(expected) || found != expected {
        return Err(PackError::WrongCount {
            code: code.to_owned(),
            expected,
            found,
        });
    }
    if !locale.is_loaded() {
        let body: &'static str = Box::leak(body.into());
        let texts: &'static [&'static str] = Box::leak(body.split('\0').collect::<Box<[_]>>());
        // Another thread may have won the race; either copy is the same.
        let _ = locale.loaded.set(texts);
    }
    Ok(locale)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::default_locale;

    #[test]
    fn refusals_have_exact_messages() {
        let en = default_locale().to_pack();
        let fp = format!("{FINGERPRINT:016x}");
        let (_, body) = en.split_once('\n').unwrap();
        let n = TEXT_COUNT;
        let rows: Vec<(&str, String, String)> = vec![
            (
                "no header",
                "just text".into(),
                "not a locale pack (no \"bsc-locale 1\" header)".into(),
            ),
            (
                "other version",
                format!("bsc-locale 2 en {n} {fp}\n{body}"),
                "not a locale pack (no \"bsc-locale 1\" header)".into(),
            ),
            (
                "unknown language",
                format!("bsc-locale 1 xx {n} {fp}\n{body}"),
                "locale pack for unknown language \"xx\"".into(),
            ),
            (
                "other content",
                format!("bsc-locale 1 en {n} 0000000000000000\n{body}"),
                "locale pack for \"en\" was built from other content than this widget".into(),
            ),
            (
                "text missing",
                format!("bsc-locale 1 en {n} {fp}\na\0b"),
                format!("locale pack for \"en\" has 2 texts; this widget needs {n}"),
            ),
        ];
        for (what, pack, message) in rows {
            let err = load_locale(&pack).expect_err(what);
            assert_eq!(err.to_string(), message, "{what}");
        }
    }

    /// What the widget sees: no texts compiled in, each language loaded
    /// when a page shows it.
    #[cfg(not(feature = "all-locales"))]
    #[test]
    fn locales_wait_for_their_pack() {
        use crate::{resolve_locale, ui};
        let german = resolve_locale("de").unwrap();
        assert!(!german.is_loaded() && !default_locale().is_loaded());
        assert_eq!(german.text(ui::START), "", "nothing to show yet");
        let fp = format!("{FINGERPRINT:016x}");
        let pack = |code: &str| {
            let texts: Vec<String> = (0..TEXT_COUNT).map(|i| format!("{code} {i}")).collect();
            format!(
                "bsc-locale 1 {code} {TEXT_COUNT} {fp}\n{}",
                texts.join("\0")
            )
        };
        load_locale(&pack("en")).unwrap();
        let start = usize::from(ui::START.0);
        assert_eq!(
            german.text(ui::START),
            format!("en {start}"),
            "English meanwhile"
        );
        load_locale(&pack("de")).unwrap();
        assert!(german.is_loaded());
        assert_eq!(german.text(ui::START), format!("de {start}"));
        // A second pack for a loaded language changes nothing.
        load_locale(&pack("de").replace("de 0", "other")).unwrap();
        assert_eq!(
            german.text(ui::TITLE),
            format!("de {}", usize::from(ui::TITLE.0))
        );
    }

    #[cfg(feature = "all-locales")]
    #[test]
    fn every_locale_round_trips() {
        for locale in LOCALES.iter() {
            let loaded = load_locale(&locale.to_pack()).unwrap();
            assert!(std::ptr::eq(loaded, locale));
            assert_eq!(loaded.table(), locale.table());
        }
    }
}
