//! `style/widget.css` as the widget ships it: minified, with the dark
//! palette written once in the source and emitted twice.
//!
//! Used by the package's `build.rs` (which writes the result to `OUT_DIR`
//! for `src/host/mount.rs`) and tested natively by `tests/style.rs`.

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
    // 1. Comments out, whitespace runs to one space, strings untouched.
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
    // 2. Spaces out where they mean nothing.
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
    out.replace(";}", "}")
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
