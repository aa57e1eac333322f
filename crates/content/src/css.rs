//! The widget's stylesheet (`style/widget.css`) as it ships: minified
//! (comments and layout whitespace cost bytes on every reader's phone and
//! mean nothing to the browser), with the dark palette written once in the
//! source and emitted twice.
//!
//! The widget's `build.rs` writes [`build`]'s result to `OUT_DIR` for
//! `src/host/mount.rs` to include.

use std::fmt;

/// The rule holding the dark palette, as it reads after [`minify`].
pub const DARK_RULE: &str = r#".bsc[data-theme="dark"]{"#;

/// What [`with_auto_dark`] puts after the dark rule: the same palette for
/// `theme="auto"` when the reader's system is dark. A media query rather
/// than `light-dark()`, which older Safari lacks.
pub const AUTO_DARK_OPEN: &str = r#"@media (prefers-color-scheme:dark){.bsc[data-theme="auto"]{"#;

/// Why the dark palette could not be emitted.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PaletteError {
    /// No `.bsc[data-theme="dark"]` rule.
    Missing,
    /// More than one `.bsc[data-theme="dark"]` rule.
    Twice,
    /// The `theme="auto"` copy is written by hand (it must not be: the build
    /// writes it).
    AutoWrittenByHand,
}

impl fmt::Display for PaletteError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            PaletteError::Missing => "has no .bsc[data-theme=\"dark\"] rule (the dark palette)",
            PaletteError::Twice => "has more than one .bsc[data-theme=\"dark\"] rule; write the dark palette once",
            PaletteError::AutoWrittenByHand => "writes a .bsc[data-theme=\"auto\"] rule; the build emits it from the dark palette, so leave it out",
        })
    }
}

impl std::error::Error for PaletteError {}

/// The stylesheet the widget includes: [`minify`], then [`with_auto_dark`].
pub fn build(source: &str) -> Result<String, PaletteError> {
    with_auto_dark(&minify(source))
}

/// Drops comments, collapses whitespace, and removes it where CSS never
/// needs it: around `{`, `}`, `;` and `,`, after `:` and before `!`.
/// Whitespace before `:` is kept (in `.bsc :focus-visible` it is a
/// combinator), and so is whitespace around `+`, `-`, `>` and `(` (`calc()`
/// and `and (` need it). Quoted strings are kept as they are.
pub fn minify(css: &str) -> String {
    tighten(&collapse(css)).replace(";}", "}")
}

/// Comments out and whitespace runs to one space, quoted strings kept as
/// they are.
fn collapse(css: &str) -> String {
    let mut text = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote = None;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            text.push(c);
            if c == '\\' {
                text.extend(chars.next());
            } else if c == q {
                quote = None;
            }
        } else if c == '"' || c == '\'' {
            quote = Some(c);
            text.push(c);
        } else if c == '/' && chars.peek() == Some(&'*') {
            chars.next();
            let mut last = ' ';
            for c in chars.by_ref() {
                if last == '*' && c == '/' {
                    break;
                }
                last = c;
            }
            push_space(&mut text);
        } else if c.is_whitespace() {
            push_space(&mut text);
        } else {
            text.push(c);
        }
    }
    text
}

/// The single spaces [`collapse`] left out where they mean nothing.
fn tighten(text: &str) -> String {
    let chars: Vec<char> = text.trim().chars().collect();
    let mut out = String::with_capacity(chars.len());
    let mut quote = None;
    for (i, &c) in chars.iter().enumerate() {
        if let Some(q) = quote {
            if c == q && chars[i - 1] != '\\' {
                quote = None;
            }
        } else if c == '"' || c == '\'' {
            quote = Some(c);
        } else if c == ' ' {
            let before = i.checked_sub(1).map(|j| chars[j]);
            let after = chars.get(i + 1).copied();
            let tight_before = before.is_some_and(|b| matches!(b, '{' | '}' | ';' | ',' | ':'));
            let tight_after = after.is_some_and(|a| matches!(a, '{' | '}' | ';' | ',' | '!'));
            if tight_before || tight_after {
                continue;
            }
        }
        out.push(c);
    }
    out
}

fn push_space(text: &mut String) {
    if !text.ends_with(' ') {
        text.push(' ');
    }
}

/// Puts a copy of the dark palette (the body of the one
/// `.bsc[data-theme="dark"]` rule) right after that rule, for
/// `theme="auto"` inside `@media (prefers-color-scheme: dark)`. Works on
/// minified CSS (see [`minify`]).
pub fn with_auto_dark(css: &str) -> Result<String, PaletteError> {
    if css.contains(r#".bsc[data-theme="auto"]"#) {
        return Err(PaletteError::AutoWrittenByHand);
    }
    let start = css.find(DARK_RULE).ok_or(PaletteError::Missing)?;
    let body_start = start + DARK_RULE.len();
    if css[body_start..].contains(DARK_RULE) {
        return Err(PaletteError::Twice);
    }
    // A palette is declarations only: its rule ends at the first `}`.
    let body_end = css[body_start..]
        .find('}')
        .map_or(css.len(), |end| body_start + end);
    let body = &css[body_start..body_end];
    let after = (body_end + 1).min(css.len());
    Ok([&css[..after], AUTO_DARK_OPEN, body, "}}", &css[after..]].concat())
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The real stylesheet, as the widget's `build.rs` reads it.
    const SOURCE: &str = include_str!(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../style/widget.css"
    ));

    #[test]
    fn minify_cases() {
        let cases = [
            ("a { color: red; }", "a{color:red}"),
            ("/* note */\na  {\n  color :  red ;\n}\n", "a{color :red}"),
            (
                ".bsc :focus-visible { outline: 0 }",
                ".bsc :focus-visible{outline:0}",
            ),
            ("a, b\n{ margin: 0 0 1em; }", "a,b{margin:0 0 1em}"),
            (
                "a { width: calc(1em + 2px) !important; }",
                "a{width:calc(1em + 2px)!important}",
            ),
            (
                "@media (min-width: 30em) and (hover: hover) { a { b: c } }",
                "@media (min-width:30em) and (hover:hover){a{b:c}}",
            ),
            (
                "a { font-family: \"Segoe  UI\", x; }",
                "a{font-family:\"Segoe  UI\",x}",
            ),
            (
                "a::before { content: \"a: b { /* c */ }\"; }",
                "a::before{content:\"a: b { /* c */ }\"}",
            ),
            (
                "a::before { content: 'it\\'s ; }'; }",
                "a::before{content:'it\\'s ; }'}",
            ),
            ("a { b: c } /* unclosed", "a{b:c}"),
            ("", ""),
        ];
        for (source, expected) in cases {
            assert_eq!(minify(source), expected, "{source:?}");
        }
    }

    #[test]
    fn the_dark_palette_is_emitted_for_auto() {
        let css = r#"a{b:c}.bsc[data-theme="dark"]{--_bg:#000;color-scheme:dark}.x{y:z}"#;
        assert_eq!(
            with_auto_dark(css).unwrap(),
            r#"a{b:c}.bsc[data-theme="dark"]{--_bg:#000;color-scheme:dark}@media (prefers-color-scheme:dark){.bsc[data-theme="auto"]{--_bg:#000;color-scheme:dark}}.x{y:z}"#
        );
    }

    #[test]
    fn palette_errors() {
        let dark = r#".bsc[data-theme="dark"]{--_bg:#000}"#;
        let auto = r#"@media (prefers-color-scheme:dark){.bsc[data-theme="auto"]{--_bg:#000}}"#;
        let cases = [
            (
                "a{b:c}".to_owned(),
                PaletteError::Missing,
                "has no .bsc[data-theme=\"dark\"] rule (the dark palette)",
            ),
            (
                [dark, dark].concat(),
                PaletteError::Twice,
                "has more than one .bsc[data-theme=\"dark\"] rule; write the dark palette once",
            ),
            (
                [dark, auto].concat(),
                PaletteError::AutoWrittenByHand,
                "writes a .bsc[data-theme=\"auto\"] rule; the build emits it from the dark palette, so leave it out",
            ),
        ];
        for (css, error, message) in cases {
            assert_eq!(with_auto_dark(&css), Err(error.clone()), "{css}");
            assert_eq!(error.to_string(), message);
        }
    }

    #[test]
    fn the_source_writes_the_dark_palette_once() {
        assert_eq!(SOURCE.matches("--_bg: #17191d").count(), 1);
        assert!(!minify(SOURCE).contains(r#"[data-theme="auto"]"#));
    }

    #[test]
    fn the_built_stylesheet_has_both_dark_palettes_alike() {
        let built = build(SOURCE).unwrap();
        let palette = |open: &str| {
            let start = built.find(open).expect(open) + open.len();
            &built[start..start + built[start..].find('}').unwrap()]
        };
        let dark = palette(DARK_RULE);
        assert!(
            dark.contains("--_bg:#17191d") && dark.ends_with("color-scheme:dark"),
            "{dark}"
        );
        assert_eq!(palette(AUTO_DARK_OPEN), dark);
        // The auto copy follows the dark rule directly, so both win over the
        // light palette in the same way.
        assert!(built.contains(&[dark, "}", AUTO_DARK_OPEN].concat()));
        assert!(!built.contains("/*") && !built.contains('\n'));
    }
}
