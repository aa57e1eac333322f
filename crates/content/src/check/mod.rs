//! Validation: turns the parsed files into a checked model, or errors.
//!
//! One module per concern, run in this order (later ones use what earlier
//! ones found): [`steps`] (steps, options, bands: the facts), [`rules`]
//! (triage rules and the conditions shared with tips and `show_if`),
//! [`tips`] (sources and tips) and [`texts`] (every locale's texts). Ids are
//! checked by one helper, [`Report::id`].

mod regions;
mod rules;
mod steps;
mod texts;
mod tips;

use std::collections::{BTreeSet, HashMap};

pub use regions::phone_runs;
pub(crate) use regions::CheckedRegions;

use crate::model::{FlowFile, RegionsFile};
use crate::{Error, LEVELS};

/// Most facts (answer options and scale bands) the engine's bit set holds.
pub const MAX_FACTS: usize = 128;

/// Bit mask of every level (bit i: `LEVELS[i]`).
pub(crate) const ALL_LEVELS: u8 = (1 << LEVELS.len()) - 1;

/// A condition over facts, by fact index.
#[derive(Clone, Debug, Default)]
pub(crate) struct Cond {
    pub all: Vec<usize>,
    pub any: Vec<usize>,
    pub at_least: usize,
    pub of: Vec<usize>,
}

/// How a checked step is answered.
pub(crate) enum CheckedKind {
    Single,
    Multi {
        /// Index of the "none of these" option.
        none: usize,
    },
    Scale {
        min: u8,
        max: u8,
        /// Text ids of the scale's end labels.
        low: usize,
        high: usize,
    },
}

/// A step, checked: its texts by text id, its facts by index.
pub(crate) struct CheckedStep {
    pub id: String,
    pub title: usize,
    pub help: Option<usize>,
    pub kind: CheckedKind,
    /// (option id, label text) for single and multi steps.
    pub options: Vec<(String, usize)>,
    /// Upper ends of the bands of a scale step.
    pub bands: Vec<u8>,
    pub first_fact: usize,
    pub stop_at: Option<usize>,
    /// Asked only when this holds (on facts of earlier steps only).
    pub show_if: Option<Cond>,
}

pub(crate) struct CheckedRule {
    pub id: String,
    pub level: usize,
    pub cond: Cond,
}

pub(crate) struct CheckedTip {
    pub id: String,
    pub title: usize,
    pub body: usize,
    pub sources: Vec<usize>,
    pub safety_net: bool,
    pub general: bool,
    /// Bit i set: applies at level i (index into LEVELS).
    pub levels: u8,
    /// All must hold.
    pub conds: Vec<Cond>,
}

pub(crate) struct CheckedSource {
    pub id: String,
    pub label: usize,
    pub url: String,
}

pub(crate) struct CheckedLocale {
    pub code: String,
    pub name: String,
    pub emergency_number_default: String,
    pub texts: Vec<String>,
}

/// The checked content, ready for code generation.
pub(crate) struct Checked {
    pub keys: Vec<String>,
    pub locales: Vec<CheckedLocale>,
    pub steps: Vec<CheckedStep>,
    /// (`step.option` name, level it carries) of every fact, by index.
    pub facts: Vec<(String, Option<usize>)>,
    pub rules: Vec<CheckedRule>,
    pub tips: Vec<CheckedTip>,
    pub sources: Vec<CheckedSource>,
    pub level_texts: Vec<(usize, usize)>,
    pub ui: Vec<(String, usize)>,
    pub regions: CheckedRegions,
}

/// Collects errors for one file.
pub(crate) struct Report<'a> {
    pub file: &'a str,
    pub errors: &'a mut Vec<Error>,
}

impl Report<'_> {
    pub(crate) fn error(&mut self, message: impl Into<String>) {
        self.errors.push(Error::new(self.file, message));
    }

    /// The one check for ids: `id` uses only `a-z`, `0-9` and `_`, and is
    /// not in `seen` yet (it is added). `what` names the kind of item as the
    /// messages do: `"step"`, `"step onset: option"`, `"tip"`, ...
    pub(crate) fn id(&mut self, seen: &mut BTreeSet<String>, what: &str, id: &str) {
        if !good_id(id) {
            self.error(format!(
                "{what} \"{id}\" has a bad id (use only a-z, 0-9 and _)"
            ));
        }
        if !seen.insert(id.to_owned()) {
            self.error(format!("{what} {id} is listed twice"));
        }
    }

    /// The index of a level named in the content, reporting an unknown one
    /// as `<what> has unknown level "<value>" (use self-care, ...)`.
    pub(crate) fn level(&mut self, what: &str, value: &str) -> Option<usize> {
        let index = LEVELS.iter().position(|l| l.id == value);
        if index.is_none() {
            let (last, rest) = LEVELS.split_last().expect("LEVELS is not empty");
            let rest: Vec<&str> = rest.iter().map(|l| l.id).collect();
            self.error(format!(
                "{what} has unknown level \"{value}\" (use {} or {last})",
                rest.join(", ")
            ));
        }
        index
    }
}

/// A public page: `https://`, a host, and no spaces, quotes, backslashes
/// or `<>` (URLs are written into the widget's markup as they are).
pub(crate) fn good_url(url: &str) -> bool {
    url.starts_with("https://")
        && url.len() > "https://".len()
        && !url.contains(|c: char| c.is_whitespace() || "\"'<>\\".contains(c))
}

pub(crate) fn good_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Keeps the order of text keys (their index is the TextId).
#[derive(Default)]
pub(crate) struct Keys {
    pub list: Vec<String>,
    index: HashMap<String, usize>,
}

impl Keys {
    pub(crate) fn add(&mut self, key: String) -> usize {
        if let Some(&i) = self.index.get(&key) {
            return i;
        }
        self.list.push(key.clone());
        self.index.insert(key, self.list.len() - 1);
        self.list.len() - 1
    }
}

/// Checks the flow file and the locale files.
///
/// `flow_file` and `regions_file` are the labels of the flow and regions
/// files; `locale_texts` holds each readable locale file as (label, code,
/// parsed table), the default first. Locale codes were checked when the
/// files were read.
pub(crate) fn check(
    (flow_file, flow): (&str, &FlowFile),
    (regions_file, regions_def): (&str, &RegionsFile),
    locale_texts: &[(String, String, toml::Table)],
    errors: &mut Vec<Error>,
) -> Option<Checked> {
    let start = errors.len();
    let mut r = Report {
        file: flow_file,
        errors,
    };
    let mut keys = Keys::default();

    if flow.locales.is_empty() {
        r.error("locales is empty; list at least one, e.g. locales = [\"en\"]");
    }
    let mut seen = BTreeSet::new();
    for code in &flow.locales {
        r.id(&mut seen, "locale", code);
    }

    // UI and level texts come first.
    let default = locale_texts
        .first()
        .map(|(file, _, table)| (file.as_str(), table));
    let ui = texts::ui_keys(&mut r, &mut keys, default);
    let level_texts: Vec<(usize, usize)> = LEVELS
        .iter()
        .map(|l| {
            (
                keys.add(format!("level.{l}.title")),
                keys.add(format!("level.{l}.action")),
            )
        })
        .collect();

    let default_has =
        |key: &str| default.is_some_and(|(_, table)| texts::lookup(table, key).is_some());
    let (steps, facts) = steps::steps(&mut r, &mut keys, &flow.step, &default_has);
    let fact_index: HashMap<&str, usize> = facts
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (name.as_str(), i))
        .collect();
    let steps = steps::show_if(&mut r, &flow.step, steps, &fact_index);
    let rules = rules::rules(&mut r, &flow.rule, &fact_index);
    let sources = tips::sources(&mut r, &mut keys, &flow.source);
    let tips = tips::tips(&mut r, &mut keys, &flow.tip, &sources, &rules, &fact_index);
    tips::cover_levels(&mut r, &tips, &facts, &rules);
    let mut rr = Report {
        file: regions_file,
        errors: r.errors,
    };
    let regions = regions::regions(&mut rr, &mut keys, regions_def);
    let locales = texts::locales(errors, (flow_file, regions_file), &keys.list, locale_texts);
    let labelled: Vec<(String, &CheckedLocale)> = locale_texts
        .iter()
        .map(|(file, _, _)| file.clone())
        .zip(&locales)
        .collect();
    regions::check_numbers(errors, regions_file, &keys.list, &regions, &labelled);

    if errors.len() > start {
        return None;
    }
    Some(Checked {
        keys: keys.list,
        locales,
        steps,
        facts,
        rules,
        tips,
        sources,
        level_texts,
        ui,
        regions,
    })
}
