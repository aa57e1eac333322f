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
    let mut out = String::with_capacity(template.len() + 16);
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let after = &rest[open + 1..];
        let value = after.find('}').and_then(|close| {
            let key = &after[..close];
            args.iter()
                .find(|(k, _)| *k == key)
                .map(|(_, v)| (*v, close))
        });
        match value {
            Some((value, close)) => {
                out.push_str(value);
                rest = &after[close + 1..];
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

#[cfg(test)]
mod tests {
    use super::format;

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
        ];
        for (template, args, expected) in cases {
            assert_eq!(format(template, args), *expected, "template {template:?}");
        }
    }
}
