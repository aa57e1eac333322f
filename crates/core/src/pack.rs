//! Locale packs: one language's texts as a small text file, so a page
//! downloads only the languages it shows (see the `all-locales` feature).
//!
//! A pack is a header line, then every text in `TextId` order, separated by
//! NUL characters:
//!
//! ```text
//! bsc-locale 2 <code> <count> <fingerprint> <bytes> <hash>
//! ```
//!
//! `<code>` is the pack's language, `<count>` its number of texts,
//! `<fingerprint>` ties it to the content it was built from, `<bytes>` is
//! the length of everything after the header line and `<hash>` its 64-bit
//! FNV-1a hash (16 hex digits). A pack cut short, added to or changed in
//! transit, or the pack of another language served under this one's name,
//! is refused. (The loader also checks each file's SHA-384 before use; this
//! check is the engine's own, so no caller can load a damaged pack.)

use std::fmt;

use crate::generated::{LOCALES, TEXT_COUNT, TEXT_KEYS};
use crate::locale::Locale;
use crate::text::quote;

const MAGIC: &str = "bsc-locale";
const VERSION: &str = "2";

/// What kind of problem made [`load_locale`] refuse a pack.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum PackErrorKind {
    /// The text does not start with a pack header of this format.
    NotAPack,
    /// The pack is for another language than the one asked for.
    WrongLocale,
    /// The pack is for a language this build does not know.
    UnknownLocale,
    /// The pack was built from other content than this build.
    OtherContent,
    /// The pack's text is longer or shorter than its header says (cut
    /// short in transit, or added to).
    WrongLength,
    /// The pack's text does not match its hash (changed after it was built).
    Altered,
    /// The pack holds a different number of texts than this build.
    WrongCount,
}

/// Why a locale pack was refused: its [`kind`](PackError::kind), and a
/// message naming the pack's language and the problem.
///
/// ```
/// use bsc_core::{load_locale, PackErrorKind};
/// let err = load_locale("es", "hello").unwrap_err();
/// assert_eq!(err.kind(), PackErrorKind::NotAPack);
/// assert_eq!(err.to_string(), r#"not a locale pack (no "bsc-locale 2" header)"#);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PackError(Repr);

#[derive(Clone, Debug, PartialEq, Eq)]
enum Repr {
    NotAPack,
    WrongLocale {
        asked: String,
        found: String,
    },
    UnknownLocale(String),
    OtherContent(String),
    WrongLength {
        code: String,
        header: usize,
        found: usize,
    },
    Altered(String),
    WrongCount {
        code: String,
        expected: usize,
        found: usize,
    },
}

impl PackError {
    /// The kind of problem, for callers that act on it.
    pub fn kind(&self) -> PackErrorKind {
        match self.0 {
            Repr::NotAPack => PackErrorKind::NotAPack,
            Repr::WrongLocale { .. } => PackErrorKind::WrongLocale,
            Repr::UnknownLocale(_) => PackErrorKind::UnknownLocale,
            Repr::OtherContent(_) => PackErrorKind::OtherContent,
            Repr::WrongLength { .. } => PackErrorKind::WrongLength,
            Repr::Altered(_) => PackErrorKind::Altered,
            Repr::WrongCount { .. } => PackErrorKind::WrongCount,
        }
    }
}

impl fmt::Display for PackError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.0 {
            Repr::NotAPack => write!(f, "not a locale pack (no \"{MAGIC} {VERSION}\" header)"),
            Repr::WrongLocale { asked, found } => write!(
                f,
                "locale pack for {} where {} was asked for",
                quote(found),
                quote(asked)
            ),
            Repr::UnknownLocale(code) => {
                write!(f, "locale pack for unknown language {}", quote(code))
            }
            Repr::OtherContent(code) => write!(
                f,
                "locale pack for {} was built from other content than this widget",
                quote(code)
            ),
            Repr::WrongLength {
                code,
                header,
                found,
            } => write!(
                f,
                "locale pack for {} has {found} bytes of text; its header says {header}",
                quote(code)
            ),
            Repr::Altered(code) => write!(
                f,
                "locale pack for {} does not match its hash (changed after it was built)",
                quote(code)
            ),
            Repr::WrongCount {
                code,
                expected,
                found,
            } => write!(
                f,
                "locale pack for {} has {found} texts; this widget needs {expected}",
                quote(code)
            ),
        }
    }
}

impl std::error::Error for PackError {}

/// The 64-bit FNV-1a hash of `bytes`: small and quick, enough to notice a
/// pack changed by accident (integrity against an attacker is the job of
/// the loader's SHA-384 check).
const fn fnv1a(bytes: &[u8]) -> u64 {
    fnv1a_from(FNV_OFFSET, bytes)
}

/// FNV-1a's starting state (its offset basis).
const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;

/// FNV-1a of `bytes`, continuing from `hash`.
const fn fnv1a_from(mut hash: u64, mut bytes: &[u8]) -> u64 {
    // A const fn has no `for`; the slice pattern needs no bounds check.
    while let [byte, rest @ ..] = bytes {
        hash = (hash ^ *byte as u64).wrapping_mul(0x0100_0000_01b3);
        bytes = rest;
    }
    hash
}

/// The FNV-1a hash of the keys, each followed by a newline: the content a
/// pack was built from, as far as `TextId`s go.
const fn fingerprint(keys: &[&str]) -> u64 {
    let mut hash = FNV_OFFSET;
    let mut i = 0;
    while i < keys.len() {
        hash = fnv1a_from(hash, keys[i].as_bytes());
        hash = fnv1a_from(hash, b"\n");
        i += 1;
    }
    hash
}

/// Ties a pack to the content it was built from: the [`fingerprint`] of
/// every text key, in `TextId` order.
const FINGERPRINT: u64 = fingerprint(&TEXT_KEYS);

impl Locale {
    /// This locale's texts as a pack for [`load_locale`].
    ///
    /// ```
    /// use bsc_core::default_locale;
    /// let pack = default_locale().to_pack();
    /// assert!(pack.starts_with("bsc-locale 2 en "));
    /// ```
    pub fn to_pack(&self) -> String {
        let table = self.table();
        let body = table.join("\0");
        format!(
            "{MAGIC} {VERSION} {} {} {FINGERPRINT:016x} {} {:016x}\n{body}",
            self.code,
            table.len(),
            body.len(),
            fnv1a(body.as_bytes())
        )
    }
}

/// Loads a locale pack made by [`Locale::to_pack`] for the language
/// `asked` (a code such as `"es"`), so that this locale shows its own texts
/// from now on. Loading a locale that is already here changes nothing. The
/// texts are kept for the life of the program.
///
/// # Errors
/// A [`PackError`] when the text is not a pack, is the pack of another
/// language than `asked` or of an unknown one, was built from other
/// content, or was cut short, added to or changed since it was built.
///
/// ```
/// use bsc_core::{load_locale, resolve_locale, PackErrorKind};
/// let spanish = resolve_locale("es").unwrap();
/// let loaded = load_locale("es", &spanish.to_pack()).unwrap();
/// assert_eq!(loaded.code(), "es");
/// assert!(loaded.is_loaded());
/// let german = resolve_locale("de").unwrap().to_pack();
/// assert_eq!(load_locale("es", &german).unwrap_err().kind(), PackErrorKind::WrongLocale);
/// ```
pub fn load_locale(asked: &str, pack: &str) -> Result<&'static Locale, PackError> {
    let refuse = |repr| Err(PackError(repr));
    let (header, body) = pack.split_once('\n').ok_or(PackError(Repr::NotAPack))?;
    let fields: Vec<&str> = header.split(' ').collect();
    let [MAGIC, VERSION, code, count, fingerprint, bytes, hash] = fields[..] else {
        return refuse(Repr::NotAPack);
    };
    if code != asked {
        return refuse(Repr::WrongLocale {
            asked: asked.to_owned(),
            found: code.to_owned(),
        });
    }
    let Some(locale) = LOCALES.iter().find(|l| l.code == code) else {
        return refuse(Repr::UnknownLocale(code.to_owned()));
    };
    if u64::from_str_radix(fingerprint, 16) != Ok(FINGERPRINT) {
        return refuse(Repr::OtherContent(code.to_owned()));
    }
    let Ok(header_bytes) = bytes.parse::<usize>() else {
        return refuse(Repr::NotAPack);
    };
    if body.len() != header_bytes {
        return refuse(Repr::WrongLength {
            code: code.to_owned(),
            header: header_bytes,
            found: body.len(),
        });
    }
    if u64::from_str_radix(hash, 16) != Ok(fnv1a(body.as_bytes())) {
        return refuse(Repr::Altered(code.to_owned()));
    }
    let found = body.split('\0').count();
    if count.parse() != Ok(TEXT_COUNT) || found != TEXT_COUNT {
        return refuse(Repr::WrongCount {
            code: code.to_owned(),
            expected: TEXT_COUNT,
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

    /// A pack with this header's fields and `body`, its length and hash
    /// computed unless given.
    fn pack(code: &str, count: usize, fp: u64, body: &str) -> String {
        let (bytes, hash) = (body.len(), fnv1a(body.as_bytes()));
        format!("bsc-locale 2 {code} {count} {fp:016x} {bytes} {hash:016x}\n{body}")
    }

    #[test]
    fn fnv1a_reference_values() {
        // The published FNV-1a 64 test vectors.
        let rows: [(&str, u64); 3] = [
            ("", 0xcbf2_9ce4_8422_2325),
            ("a", 0xaf63_dc4c_8601_ec8c),
            ("foobar", 0x8594_4171_f739_67e8),
        ];
        for (text, hash) in rows {
            assert_eq!(fnv1a(text.as_bytes()), hash, "{text:?}");
        }
    }

    #[test]
    fn fingerprint_hashes_each_key_and_a_newline() {
        let rows: [(&[&str], &str); 3] = [
            (&[], ""),
            (&["a"], "a\n"),
            (&["ui.start", "ui.back"], "ui.start\nui.back\n"),
        ];
        for (keys, text) in rows {
            assert_eq!(fingerprint(keys), fnv1a(text.as_bytes()), "{keys:?}");
        }
    }

    // Needs the real English texts: without them the pack body is only
    // separators, too short to cut or reword.
    #[test]
    #[cfg(feature = "all-locales")]
    fn refusals_have_exact_messages_and_kinds() {
        use PackErrorKind::*;
        let en = default_locale().to_pack();
        let (header, body) = en.split_once('\n').unwrap();
        let n = TEXT_COUNT;
        let len = body.len();
        let cut = &body[..len - 40];
        // One byte changed, length kept: a reworded text.
        let reworded = body.replacen('e', "a", 1);
        // The header of the real pack with the body of another.
        let with_header = |other: &str| format!("{header}\n{other}");
        let long = "x".repeat(100);
        let rows: Vec<(&str, &str, String, PackErrorKind, String)> = vec![
            (
                "no header",
                "en",
                "just text".into(),
                NotAPack,
                "not a locale pack (no \"bsc-locale 2\" header)".into(),
            ),
            (
                "older format",
                "en",
                format!("bsc-locale 1 en {n} {FINGERPRINT:016x}\n{body}"),
                NotAPack,
                "not a locale pack (no \"bsc-locale 2\" header)".into(),
            ),
            (
                "length not a number",
                "en",
                en.replacen(&format!(" {len} "), " many ", 1),
                NotAPack,
                "not a locale pack (no \"bsc-locale 2\" header)".into(),
            ),
            (
                "another language's pack",
                "es",
                en.clone(),
                WrongLocale,
                "locale pack for \"en\" where \"es\" was asked for".into(),
            ),
            (
                "a hostile code is quoted, escaped and cut",
                "es",
                pack(&format!("\u{202e}{long}"), n, FINGERPRINT, body),
                WrongLocale,
                format!(
                    "locale pack for \"\\u{{202e}}{}…\" where \"es\" was asked for",
                    "x".repeat(59)
                ),
            ),
            (
                "unknown language",
                "xx",
                pack("xx", n, FINGERPRINT, body),
                UnknownLocale,
                "locale pack for unknown language \"xx\"".into(),
            ),
            (
                "other content",
                "en",
                pack("en", n, 0, body),
                OtherContent,
                "locale pack for \"en\" was built from other content than this widget".into(),
            ),
            (
                "cut short by 40 bytes",
                "en",
                with_header(cut),
                WrongLength,
                format!(
                    "locale pack for \"en\" has {} bytes of text; its header says {len}",
                    len - 40
                ),
            ),
            (
                "added to",
                "en",
                format!("{en}\0more"),
                WrongLength,
                format!(
                    "locale pack for \"en\" has {} bytes of text; its header says {len}",
                    len + 5
                ),
            ),
            (
                "reworded, same length",
                "en",
                with_header(&reworded),
                Altered,
                "locale pack for \"en\" does not match its hash (changed after it was built)"
                    .into(),
            ),
            (
                "text missing, header and hash agree",
                "en",
                pack("en", n, FINGERPRINT, "a\0b"),
                WrongCount,
                format!("locale pack for \"en\" has 2 texts; this widget needs {n}"),
            ),
        ];
        for (what, asked, pack, kind, message) in rows {
            let err = load_locale(asked, &pack).expect_err(what);
            assert_eq!(err.kind(), kind, "{what}");
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
        let numbered = |code: &str| {
            let texts: Vec<String> = (0..TEXT_COUNT).map(|i| format!("{code} {i}")).collect();
            pack(code, TEXT_COUNT, FINGERPRINT, &texts.join("\0"))
        };
        // A refused pack loads nothing.
        assert!(load_locale("de", &numbered("en")).is_err());
        assert!(!default_locale().is_loaded() && !german.is_loaded());
        load_locale("en", &numbered("en")).unwrap();
        let start = usize::from(ui::START.0);
        assert_eq!(
            german.text(ui::START),
            format!("en {start}"),
            "English meanwhile"
        );
        load_locale("de", &numbered("de")).unwrap();
        assert!(german.is_loaded());
        assert_eq!(german.text(ui::START), format!("de {start}"));
        // A second pack for a loaded language changes nothing.
        let other = numbered("de").replace("de 0\0", "other\0");
        load_locale(
            "de",
            &pack(
                "de",
                TEXT_COUNT,
                FINGERPRINT,
                other.split_once('\n').unwrap().1,
            ),
        )
        .unwrap();
        assert_eq!(
            german.text(ui::TITLE),
            format!("de {}", usize::from(ui::TITLE.0))
        );
    }

    #[cfg(feature = "all-locales")]
    #[test]
    fn every_locale_round_trips() {
        for locale in LOCALES.iter() {
            let loaded = load_locale(locale.code, &locale.to_pack()).unwrap();
            assert!(std::ptr::eq(loaded, locale));
            assert_eq!(loaded.table(), locale.table());
        }
    }
}
