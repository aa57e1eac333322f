//! Vignettes: case stories written from the guidelines (`vignettes.toml`,
//! see its header), each walked through the engine in every language as a
//! reader would answer, and its result compared with the level the
//! guidance sets for that story.
//!
//! Prints `vignettes: N cases, exact X, under-triaged U, over-triaged O`
//! and fails on any under-triaged case, or when fewer than 95% get exactly
//! the guideline's level.

use std::collections::BTreeMap;

use bsc_core::{
    answer_text, flow, locales, Answer, Level, Locale, Screen, Session, Step, StepKind,
};

/// One story: the answers given by step id, the level the guidance sets.
struct Case {
    id: String,
    story: String,
    answers: BTreeMap<String, String>,
    level: Level,
    source: String,
}

/// Reads the TOML subset of `vignettes.toml`: `[defaults]` and `[[case]]`
/// tables of `key = "text"` lines. Panics naming the line on anything else.
fn parse(text: &str) -> (BTreeMap<String, String>, Vec<Case>) {
    let mut defaults = BTreeMap::new();
    let mut tables: Vec<(usize, BTreeMap<String, String>)> = Vec::new();
    let mut in_defaults = false;
    for (n, raw) in text.lines().enumerate() {
        let line = raw.trim();
        let n = n + 1;
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        if line == "[defaults]" {
            in_defaults = true;
            continue;
        }
        if line == "[[case]]" {
            in_defaults = false;
            tables.push((n, BTreeMap::new()));
            continue;
        }
        let (key, value) = line
            .split_once('=')
            .unwrap_or_else(|| panic!("vignettes.toml:{n}: expected key = \"text\": {line}"));
        let (key, value) = (key.trim(), value.trim());
        let value = value
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .filter(|v| !v.contains(['"', '\\']))
            .unwrap_or_else(|| panic!("vignettes.toml:{n}: expected one plain \"text\": {line}"));
        let table = if in_defaults {
            assert!(
                key.starts_with("answers."),
                "vignettes.toml:{n}: [defaults] holds only answers.<step>"
            );
            &mut defaults
        } else {
            let (_, table) = tables
                .last_mut()
                .unwrap_or_else(|| panic!("vignettes.toml:{n}: a key before any table"));
            table
        };
        let known =
            ["id", "story", "level", "source"].contains(&key) || key.starts_with("answers.");
        assert!(known, "vignettes.toml:{n}: unknown key {key}");
        let previous = table.insert(key.to_owned(), value.to_owned());
        assert!(previous.is_none(), "vignettes.toml:{n}: {key} given twice");
    }
    let strip = |table: &BTreeMap<String, String>| -> BTreeMap<String, String> {
        table
            .iter()
            .filter_map(|(k, v)| Some((k.strip_prefix("answers.")?.to_owned(), v.clone())))
            .collect()
    };
    let cases = tables
        .iter()
        .map(|(n, table)| {
            let get = |key: &str| {
                table
                    .get(key)
                    .unwrap_or_else(|| panic!("vignettes.toml:{n}: the case lacks {key}"))
                    .clone()
            };
            let level = get("level");
            Case {
                id: get("id"),
                story: get("story"),
                answers: strip(table),
                level: Level::ALL
                    .into_iter()
                    .find(|l| l.as_str() == level)
                    .unwrap_or_else(|| panic!("vignettes.toml:{n}: unknown level {level}")),
                source: get("source"),
            }
        })
        .collect();
    (strip(&defaults), cases)
}

/// The answer `spec` names for `step`: option ids (comma-separated for a
/// multi-choice step) or a number on the scale.
fn answer(case: &str, step: &Step, spec: &str) -> Answer {
    let position = |options: &[bsc_core::Choice], id: &str| {
        options
            .iter()
            .position(|o| o.id == id)
            .unwrap_or_else(|| panic!("case {case}: step {} has no option {id}", step.id))
    };
    match step.kind {
        StepKind::Single { options } => Answer::Single(position(options, spec)),
        StepKind::Multi { options, .. } => Answer::Multi(
            spec.split(',')
                .map(|id| position(options, id.trim()))
                .collect(),
        ),
        StepKind::Scale { .. } => Answer::Scale(
            spec.parse()
                .unwrap_or_else(|_| panic!("case {case}: {} needs a number", step.id)),
        ),
    }
}

/// Walks one case through a session shown in `locale`; returns its level.
fn run(case: &Case, defaults: &BTreeMap<String, String>, locale: &'static Locale) -> Level {
    let mut session = Session::new();
    session.start();
    let mut last = 0;
    while let Screen::Question(q) = session.screen() {
        let spec = case
            .answers
            .get(q.step.id)
            .or_else(|| defaults.get(q.step.id))
            .unwrap_or_else(|| panic!("case {}: no answer for {}", case.id, q.step.id));
        let given = answer(&case.id, q.step, spec);
        // The reader reads the question and picks the words in this language.
        assert!(!locale.text(q.step.title).is_empty());
        assert!(!answer_text(q.step, &given, locale).is_empty());
        session
            .answer(given)
            .unwrap_or_else(|e| panic!("case {}: {e}", case.id));
        last = q.index;
    }
    // A step the case names must have been asked, unless the check ended
    // before it.
    for (i, step) in flow().steps().iter().enumerate() {
        let asked = session.answers().iter().any(|(s, _)| s.id == step.id);
        assert!(
            asked || i > last || !case.answers.contains_key(step.id),
            "case {}: names {}, which the flow skipped",
            case.id,
            step.id
        );
    }
    let outcome = session.outcome().expect("at the result");
    let summary = session
        .summary(locale, &bsc_core::Place::default())
        .unwrap();
    assert!(summary.contains(locale.text(outcome.level.title())));
    outcome.level
}

#[test]
fn vignettes_get_the_guideline_level() {
    let (defaults, cases) = parse(include_str!("vignettes.toml"));
    assert!(cases.len() >= 50, "at least 50 cases");
    let mut ids: Vec<&str> = cases.iter().map(|c| c.id.as_str()).collect();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), cases.len(), "case ids are unique");
    let (mut exact, mut under, mut over) = (0, Vec::new(), Vec::new());
    let mut by_level = [0; 4];
    for case in &cases {
        assert!(!case.story.is_empty() && !case.source.is_empty());
        by_level[case.level as usize] += 1;
        let levels: Vec<Level> = locales().iter().map(|l| run(case, &defaults, l)).collect();
        let got = levels[0];
        assert!(
            levels.iter().all(|l| *l == got),
            "case {}: the languages differ: {levels:?}",
            case.id
        );
        let line = format!(
            "{} (guideline {}, got {}): {} [{}]",
            case.id,
            case.level.as_str(),
            got.as_str(),
            case.story,
            case.source
        );
        match got.cmp(&case.level) {
            std::cmp::Ordering::Equal => exact += 1,
            std::cmp::Ordering::Less => under.push(line),
            std::cmp::Ordering::Greater => over.push(line),
        }
    }
    let n = cases.len();
    println!(
        "vignettes: {n} cases, exact {exact}, under-triaged {}, over-triaged {}",
        under.len(),
        over.len()
    );
    println!(
        "  by guideline level: {} emergency, {} urgent, {} soon, {} self-care; each walked in {}",
        by_level[3],
        by_level[2],
        by_level[1],
        by_level[0],
        locales()
            .iter()
            .map(Locale::code)
            .collect::<Vec<_>>()
            .join(", ")
    );
    for line in &over {
        println!("  over-triaged: {line}");
    }
    assert!(under.is_empty(), "under-triaged:\n{}", under.join("\n"));
    assert!(
        exact * 100 >= n * 95,
        "exact in {exact} of {n} cases, under 95%"
    );
}
