//! Parity between languages, on the baseline of tests/common.

mod common;

use common::*;

type Edit = (File, &'static str, &'static str);

/// Parity between languages: every locale has exactly the items of the
/// default one (`en`), no fewer and no more. Each row: the edits, and the
/// exact and only errors they give (the language's file and the item id).
const PARITY: &[(&str, &[Edit], &[&str])] = &[
    (
        "German lacks a tip body",
        &[(De, "body = \"Text of tip.heat.body.\"\n", "")],
        &["content/de.toml: tip.heat.body is missing (present in content/en.toml)"],
    ),
    (
        "Spanish lacks an option label",
        &[(Es, "option.slow = \"Text of step.onset.option.slow.\"\n", "")],
        &["content/es.toml: step.onset.option.slow is missing (present in content/en.toml)"],
    ),
    (
        "German lacks its emergency number",
        &[(De, "emergency_number_default = \"112\"\n", "")],
        &["content/de.toml: meta.emergency_number_default is missing (present in content/en.toml)"],
    ),
    (
        "Spanish has an extra option",
        &[(Es, "[step.onset]\n", "[step.onset]\noption.foo = \"Foo.\"\n")],
        &["content/es.toml: step.onset.option.foo is not in content/en.toml"],
    ),
    (
        "German has an extra tip",
        &[(De, "[tip.net]\n", "[tip.extra]\ntitle = \"Extra.\"\n\n[tip.net]\n")],
        &["content/de.toml: tip.extra.title is not in content/en.toml"],
    ),
    (
        "English and Spanish have an extra ui text, German lacks it",
        &[
            (En, "[ui]\n", "[ui]\nextra = \"Extra.\"\n"),
            (Es, "[ui]\n", "[ui]\nextra = \"Extra.\"\n"),
        ],
        &["content/de.toml: ui.extra is missing (present in content/en.toml)"],
    ),
    (
        "English and German have a help text, Spanish lacks it",
        &[
            (En, "[step.onset]\n", "[step.onset]\nhelp = \"Help.\"\n"),
            (De, "[step.onset]\n", "[step.onset]\nhelp = \"Hilfe.\"\n"),
        ],
        &["content/es.toml: step.onset.help is missing (present in content/en.toml)"],
    ),
    (
        "Spanish and German have a help text, English lacks it",
        &[
            (Es, "[step.onset]\n", "[step.onset]\nhelp = \"Ayuda.\"\n"),
            (De, "[step.onset]\n", "[step.onset]\nhelp = \"Hilfe.\"\n"),
        ],
        &[
            "content/es.toml: step.onset.help is not in content/en.toml",
            "content/de.toml: step.onset.help is not in content/en.toml",
        ],
    ),
    (
        "English lacks a text the others have",
        &[(En, "body = \"Text of tip.heat.body.\"\n", "")],
        &["content/en.toml: tip.heat.body is missing"],
    ),
    (
        "one language lacks an item, another has an extra one",
        &[
            (Es, "label = \"Text of source.nhs.label.\"\n", ""),
            (De, "[source.nhs]\n", "[source.nhs]\nnote = \"Notiz.\"\n"),
        ],
        &[
            "content/es.toml: source.nhs.label is missing (present in content/en.toml)",
            "content/de.toml: source.nhs.note is not in content/en.toml",
        ],
    ),
];

#[test]
fn every_language_has_the_same_items() {
    let mut failures = Vec::new();
    for (what, edits, expected) in PARITY {
        match compile_edits(edits) {
            Ok(_) => failures.push(format!("{what}: no error, expected {expected:#?}")),
            Err(errors) if errors != *expected => {
                failures.push(format!("{what}: expected {expected:#?}\n  got {errors:#?}"));
            }
            Err(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
