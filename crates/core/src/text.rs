//! Text ids and the placeholder formatter.

/// The id of a user-facing text. Look its words up in a [`Locale`]
/// with [`Locale::text`].
///
/// ```
/// let en = bsc_core::default_locale();
/// assert_eq!(en.text(bsc_core::ui::RESTART), "Start again");
/// ```
///
/// [`Locale`]: crate::Locale
/// [`Locale::text`]: crate::Locale::text
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct TextId(pub(crate) u16);

/// Replaces each `{key}` in `template` with the value given for `key` in
/// `args`. Placeholders without a value, and a lone `{`, are left as they
/// are. Values are put in as they are (not scanned again).
///
/// ```
/// use bsc_core::format;
/// assert_eq!(format("Step {n} of {total}", &[("n", "2"), ("total", "10")]), "Step 2 of 10");
/// assert_eq!(format("Call {number} {later}", &[("number", "999")]), "Call 999 {later}");
/// ```
pub fn format(template: &str, args: &[(&str, &str)]) -> String {
    // `split_once` rather than slicing by index: a slice's char-boundary
    // check would compile `str`'s panic message (with `char`'s `Debug` and
    // its escaping tables) into the widget's WebAssembly.
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some((before, after)) = rest.split_once('{') {
        out.push_str(before);
        let value = after.split_once('}').and_then(|(key, tail)| {
            args.iter()
                .find(|(k, _)| *k == key)
                .map(|(_, value)| (*value, tail))
        });
        match value {
            Some((value, tail)) => {
                out.push_str(value);
                rest = tail;
            }
            None => {
                out.push('{');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// `parts` one after another, with `sep` between each two.
///
/// The standard library's `join` and `concat` would do, but their copies,
/// unrolled for short separators, weigh about a kilobyte in the widget's
/// WebAssembly; this plain loop is a tenth of that.
///
/// ```
/// use bsc_core::join;
/// assert_eq!(join(&["a", "b", "c"], "; "), "a; b; c");
/// assert_eq!(join(&[String::from("x"), String::from("y")], ""), "xy");
/// assert_eq!(join::<&str>(&[], ", "), "");
/// ```
pub fn join<S: AsRef<str>>(parts: &[S], sep: &str) -> String {
    let mut out = String::new();
    for (i, part) in parts.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(part.as_ref());
    }
    out
}

/// How many characters of a value [`quote`] keeps.
pub const QUOTE_LIMIT: usize = 60;

/// `value` in double quotes for a message (a console warning, an error),
/// safe to print whatever a page or a file put in it: cut to
/// [`QUOTE_LIMIT`] characters (then `…`), with `"` and `\` escaped and
/// control and direction-changing characters written as `\u{hex}`.
///
/// ```
/// use bsc_core::quote;
/// assert_eq!(quote("purple"), r#""purple""#);
/// assert_eq!(quote("say \"hi\"\u{202e}"), r#""say \"hi\"\u{202e}""#);
/// assert_eq!(quote(&"a".repeat(100)), format!("\"{}…\"", "a".repeat(60)));
/// ```
pub fn quote(value: &str) -> String {
    let mut out = String::with_capacity(value.len().min(QUOTE_LIMIT) + 2);
    out.push('"');
    for (i, c) in value.chars().enumerate() {
        if i == QUOTE_LIMIT {
            out.push('…');
            break;
        }
        match c {
            '"' | '\\' => {
                out.push('\\');
                out.push(c);
            }
            c if is_hidden(c) => {
                out.push_str("\\u{");
                let code = u32::from(c);
                let digits = (32 - code.leading_zeros()).div_ceil(4).max(1);
                for shift in (0..digits).rev() {
                    let digit = (code >> (shift * 4)) & 0xf;
                    out.push(char::from_digit(digit, 16).unwrap_or('0'));
                }
                out.push('}');
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// Control characters, and the invisible ones that change how the text
/// around them is shown (bidirectional controls, zero-width characters).
fn is_hidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{061c}' | '\u{200b}'..='\u{200f}' | '\u{2028}'..='\u{202e}' | '\u{2060}'..='\u{206f}' | '\u{feff}')
}

#[cfg(test)]
mod tests {
    use super::{format, quote};

    #[test]
    fn quote_cases() {
        let sixty = "b".repeat(60);
        let rows: &[(&str, String)] = &[
            ("plain", r#""plain""#.into()),
            ("", r#""""#.into()),
            (r#"a"b"#, r#""a\"b""#.into()),
            (r"a\b", r#""a\\b""#.into()),
            ("line\nbreak\t", r#""line\u{a}break\u{9}""#.into()),
            ("\u{202e}evil\u{2066}", r#""\u{202e}evil\u{2066}""#.into()),
            (
                "zero\u{200b}width\u{feff}",
                r#""zero\u{200b}width\u{feff}""#.into(),
            ),
            ("\u{7f}\u{85}", r#""\u{7f}\u{85}""#.into()),
            ("Rückenkrämpfe ✓", r#""Rückenkrämpfe ✓""#.into()),
            (&sixty, format!("\"{sixty}\"")),
            (&format!("{sixty}c"), format!("\"{sixty}…\"")),
            (&"é".repeat(70), format!("\"{}…\"", "é".repeat(60))),
        ];
        for (value, expected) in rows {
            assert_eq!(&quote(value), expected, "{value:?}");
        }
    }

    type Case<'a> = (&'a str, &'a [(&'a str, &'a str)], &'a str);

    #[test]
    fn format_cases() {
        let cases: &[Case] = &[
            ("no placeholders", &[], "no placeholders"),
            ("{n} out of 10", &[("n", "7")], "7 out of 10"),
            ("{a}{a}", &[("a", "x")], "xx"),
            ("keep {unknown}", &[("n", "1")], "keep {unknown}"),
            ("lone { brace", &[], "lone { brace"),
            ("{n", &[("n", "1")], "{n"),
            ("{n}", &[("n", "{n}")], "{n}"),
            ("Say {level}.", &[("level", "Soon")], "Say Soon."),
            ("ü{n}ß{ä}", &[("n", "é"), ("ä", "1")], "üéß1"),
            ("}{}{", &[("", "x")], "}x{"),
        ];
        for (template, args, expected) in cases {
            assert_eq!(format(template, args), *expected, "template {template:?}");
        }
    }
}
