//! The stylesheet build step (`build/css.rs`, run by `build.rs`): the
//! minifier, the dark palette emitted for `theme="auto"`, and the
//! stylesheet the widget actually includes.
#![cfg(not(target_arch = "wasm32"))]

#[path = "../build/css.rs"]
mod css;

use css::{build, minify, with_auto_dark, PaletteError, AUTO_DARK_OPEN, DARK_RULE};

/// What `build.rs` wrote for the widget.
const SHIPPED: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));
const SOURCE: &str = include_str!("../style/widget.css");

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
    let cases = [
        ("a{b:c}".to_owned(), PaletteError::Missing),
        ([dark, dark].concat(), PaletteError::Twice),
        (
            [
                dark,
                r#"@media (prefers-color-scheme:dark){.bsc[data-theme="auto"]{--_bg:#000}}"#,
            ]
            .concat(),
            PaletteError::AutoWrittenByHand,
        ),
    ];
    for (css, error) in cases {
        assert_eq!(with_auto_dark(&css), Err(error.clone()), "{css}");
    }
    assert_eq!(
        PaletteError::Twice.to_string(),
        "has more than one .bsc[data-theme=\"dark\"] rule; write the dark palette once"
    );
}

#[test]
fn the_source_writes_the_dark_palette_once() {
    assert_eq!(SOURCE.matches("--_bg: #17191d").count(), 1);
    assert!(!minify(SOURCE).contains(r#"[data-theme="auto"]"#));
}

#[test]
fn the_shipped_stylesheet_has_both_dark_palettes_alike() {
    assert_eq!(SHIPPED, build(SOURCE).unwrap());
    let palette = |open: &str| {
        let start = SHIPPED.find(open).expect(open) + open.len();
        &SHIPPED[start..start + SHIPPED[start..].find('}').unwrap()]
    };
    let dark = palette(DARK_RULE);
    assert!(
        dark.contains("--_bg:#17191d") && dark.ends_with("color-scheme:dark"),
        "{dark}"
    );
    assert_eq!(palette(AUTO_DARK_OPEN), dark);
    // The auto copy follows the dark rule directly, so both win over the
    // light palette in the same way.
    assert!(SHIPPED.contains(&[dark, "}", AUTO_DARK_OPEN].concat()));
    assert!(!SHIPPED.contains("/*") && !SHIPPED.contains('\n'));
}
