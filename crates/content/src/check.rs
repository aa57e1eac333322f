//! Validation: turns the parsed files into a checked model, or errors.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use crate::model::{AtLeast, CondDef, FlowFile, Kind};
use crate::{Error, LEVELS, PLACEHOLDERS, REQUIRED_PLACEHOLDERS, REQUIRED_UI};

/// Most facts (answer options and scale bands) the engine's bit set holds.
pub const MAX_FACTS: usize = 128;

/// A condition over facts, by fact index.
#[derive(Debug, Default)]
pub(crate) struct Cond {
    pub all: Vec<usize>,
    pub any: Vec<usize>,
    pub at_least: usize,
    pub of: Vec<usize>,
}

pub(crate) enum KindOut {
    Single,
    Multi {
        none: usize,
    },
    Scale {
        min: u8,
        max: u8,
        low: usize,
        high: usize,
    },
}

pub(crate) struct StepOut {
    pub id: String,
    pub title: usize,
    pub help: Option<usize>,
    pub kind: KindOut,
    /// (option id, label text) for single and multi steps.
    pub options: Vec<(String, usize)>,
    /// Upper ends of the bands of a scale step.
    pub bands: Vec<u8>,
    pub first_fact: usize,
    pub stop_at: Option<usize>,
}

pub(crate) struct RuleOut {
    pub id: String,
    pub level: usize,
    pub cond: Cond,
}

pub(crate) struct TipOut {
    pub id: String,
    pub title: usize,
    pub body: usize,
    pub sources: Vec<usize>,
    pub safety_net: bool,
    /// Bit i set: applies at level i (index into LEVELS).
    pub levels: u8,
    /// All must hold.
    pub conds: Vec<Cond>,
}

pub(crate) struct LocaleOut {
    pub code: String,
    pub name: String,
    pub emergency_number_default: String,
    pub texts: Vec<String>,
}

/// The checked content, ready for code generation.
pub(crate) struct Checked {
    pub keys: Vec<String>,
    pub locales: Vec<LocaleOut>,
    pub steps: Vec<StepOut>,
    pub facts: Vec<(String, Option<usize>)>,
    pub rules: Vec<RuleOut>,
    pub tips: Vec<TipOut>,
    pub sources: Vec<(String, usize)>,
    pub level_texts: Vec<(usize, usize)>,
    pub ui: Vec<(String, usize)>,
}

/// Collects errors for one file.
struct Report<'a> {
    file: &'a str,
    errors: &'a mut Vec<Error>,
}

impl Report<'_> {
    fn error(&mut self, message: impl Into<String>) {
        self.errors.push(Error::new(self.file, message));
    }
}

fn good_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

fn level_index(name: &str) -> Option<usize> {
    LEVELS.iter().position(|l| *l == name)
}

fn unknown_level(what: &str, value: &str) -> String {
    format!(
        "{what} has unknown level \"{value}\" (use {})",
        "self-care, soon, urgent or emergency"
    )
}

/// Keeps the order of text keys (their index is the TextId).
#[derive(Default)]
struct Keys {
    list: Vec<String>,
    index: HashMap<String, usize>,
}

impl Keys {
    fn add(&mut self, key: String) -> usize {
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
/// `flow_file` is the label of the flow file; `locale_files` maps each
/// locale code to its label and its text (None if it could not be read, the
/// error already reported).
pub(crate) fn check(
    flow_file: &str,
    flow: &FlowFile,
    locale_texts: &[(String, String, toml::Table)],
    errors: &mut Vec<Error>,
) -> Option<Checked> {
    let start = errors.len();
    let mut r = Report {
        file: flow_file,
        errors,
    };
    let mut keys = Keys::default();

    // Locales.
    if flow.locales.is_empty() {
        r.error("locales is empty; list at least one, e.g. locales = [\"en\"]");
    }
    let mut seen = BTreeSet::new();
    for code in &flow.locales {
        if code.len() < 2 || code.len() > 3 || !code.bytes().all(|b| b.is_ascii_lowercase()) {
            r.error(format!(
                "locale \"{code}\" must be a lowercase language code like \"en\""
            ));
        }
        if !seen.insert(code) {
            r.error(format!("locale {code} is listed twice"));
        }
    }

    // UI and level texts come first.
    let mut ui = Vec::new();
    for key in REQUIRED_UI {
        ui.push((key.to_string(), keys.add(format!("ui.{key}"))));
    }
    // Extra ui keys of the default locale.
    if let Some((_, _, table)) = locale_texts.first() {
        if let Some(toml::Value::Table(extra)) = table.get("ui") {
            for key in extra.keys() {
                if !REQUIRED_UI.contains(&key.as_str()) {
                    if good_id(key) {
                        ui.push((key.clone(), keys.add(format!("ui.{key}"))));
                    } else {
                        r.errors.push(Error::new(
                            &locale_texts[0].0,
                            format!("ui key \"{key}\" must use only a-z, 0-9 and _"),
                        ));
                    }
                }
            }
        }
    }
    let level_texts: Vec<(usize, usize)> = LEVELS
        .iter()
        .map(|l| {
            (
                keys.add(format!("level.{l}.title")),
                keys.add(format!("level.{l}.action")),
            )
        })
        .collect();

    // Steps and facts.
    let mut steps = Vec::new();
    let mut facts: Vec<(String, Option<usize>)> = Vec::new();
    let mut step_ids = BTreeSet::new();
    if flow.step.is_empty() {
        r.error("there are no steps");
    }
    let default_has = |key: &str| -> bool {
        locale_texts
            .first()
            .is_some_and(|(_, _, t)| lookup(t, key).is_some())
    };
    for step in &flow.step {
        let id = &step.id;
        if !good_id(id) {
            r.error(format!(
                "step \"{id}\" has a bad id (use only a-z, 0-9 and _)"
            ));
        }
        if !step_ids.insert(id.clone()) {
            r.error(format!("step {id} is listed twice"));
        }
        let title = keys.add(format!("step.{id}.title"));
        let help_key = format!("step.{id}.help");
        let help = default_has(&help_key).then(|| keys.add(help_key));
        let stop_at = step.stop_at.as_ref().and_then(|s| {
            let l = level_index(s);
            if l.is_none() {
                r.error(unknown_level(&format!("step {id}: stop_at"), s));
            }
            l
        });
        let first_fact = facts.len();
        let mut options = Vec::new();
        let mut bands = Vec::new();
        let kind = match step.kind {
            Kind::Single | Kind::Multi => {
                if step.min.is_some() || step.max.is_some() || !step.bands.is_empty() {
                    r.error(format!(
                        "step {id}: min, max and bands are only for scale steps"
                    ));
                }
                if step.options.len() < 2 {
                    r.error(format!("step {id} needs at least 2 options"));
                }
                let mut ids = BTreeSet::new();
                let mut nones = Vec::new();
                for (i, option) in step.options.iter().enumerate() {
                    let oid = &option.id;
                    if !good_id(oid) {
                        r.error(format!(
                            "step {id}: option \"{oid}\" has a bad id (use only a-z, 0-9 and _)"
                        ));
                    }
                    if !ids.insert(oid) {
                        r.error(format!("step {id}: option {oid} is listed twice"));
                    }
                    let level = option.level.as_ref().and_then(|l| {
                        let i = level_index(l);
                        if i.is_none() {
                            r.error(unknown_level(&format!("step {id}: option {oid}"), l));
                        }
                        i
                    });
                    if option.none {
                        nones.push(i);
                        if option.level.is_some() {
                            r.error(format!(
                                "step {id}: option {oid} is the \"none\" option, so it cannot have a level"
                            ));
                        }
                    }
                    facts.push((format!("{id}.{oid}"), level));
                    options.push((oid.clone(), keys.add(format!("step.{id}.option.{oid}"))));
                }
                if step.kind == Kind::Single {
                    if !nones.is_empty() {
                        r.error(format!("step {id}: none = true is only for multi steps"));
                    }
                    KindOut::Single
                } else {
                    if nones.len() != 1 {
                        r.error(format!(
                            "step {id} needs exactly one option with none = true, found {}",
                            nones.len()
                        ));
                    }
                    KindOut::Multi {
                        none: nones.first().copied().unwrap_or(0),
                    }
                }
            }
            Kind::Scale => {
                if !step.options.is_empty() {
                    r.error(format!("step {id}: a scale step has bands, not options"));
                }
                let (min, max) = match (step.min, step.max) {
                    (Some(min), Some(max)) => (min, max),
                    _ => {
                        r.error(format!("step {id} needs min and max"));
                        (0, 0)
                    }
                };
                if min >= max && step.min.is_some() && step.max.is_some() {
                    r.error(format!("step {id}: min must be below max"));
                }
                if step.bands.is_empty() {
                    r.error(format!("step {id} needs bands"));
                }
                let mut ids = BTreeSet::new();
                let mut last: Option<u8> = None;
                for band in &step.bands {
                    let bid = &band.id;
                    if !good_id(bid) {
                        r.error(format!(
                            "step {id}: band \"{bid}\" has a bad id (use only a-z, 0-9 and _)"
                        ));
                    }
                    if !ids.insert(bid) {
                        r.error(format!("step {id}: band {bid} is listed twice"));
                    }
                    if band.max < min || last.is_some_and(|l| band.max <= l) {
                        r.error(format!(
                            "step {id}: band {bid} must end above the band before it and at or above min"
                        ));
                    }
                    last = Some(band.max);
                    let level = band.level.as_ref().and_then(|l| {
                        let i = level_index(l);
                        if i.is_none() {
                            r.error(unknown_level(&format!("step {id}: band {bid}"), l));
                        }
                        i
                    });
                    facts.push((format!("{id}.{bid}"), level));
                    bands.push(band.max);
                }
                if last.is_some_and(|l| l != max) {
                    r.error(format!("step {id}: the last band must end at max ({max})"));
                }
                KindOut::Scale {
                    min,
                    max,
                    low: keys.add(format!("step.{id}.low")),
                    high: keys.add(format!("step.{id}.high")),
                }
            }
        };
        steps.push(StepOut {
            id: id.clone(),
            title,
            help,
            kind,
            options,
            bands,
            first_fact,
            stop_at,
        });
    }
    if facts.len() > MAX_FACTS {
        r.error(format!(
            "there are {} answer options and bands, at most {MAX_FACTS} are supported",
            facts.len()
        ));
    }
    let fact_index: HashMap<&str, usize> = facts
        .iter()
        .enumerate()
        .map(|(i, (name, _))| (name.as_str(), i))
        .collect();

    // Rules.
    let mut rules = Vec::new();
    let mut rule_ids = BTreeMap::new();
    for (i, rule) in flow.rule.iter().enumerate() {
        let id = &rule.id;
        if !good_id(id) {
            r.error(format!(
                "rule \"{id}\" has a bad id (use only a-z, 0-9 and _)"
            ));
        }
        if rule_ids.insert(id.clone(), i).is_some() {
            r.error(format!("rule {id} is listed twice"));
        }
        let level = level_index(&rule.level).unwrap_or_else(|| {
            r.error(unknown_level(&format!("rule {id}"), &rule.level));
            0
        });
        let c = cond(
            &mut r,
            &fact_index,
            &format!("rule {id}"),
            &rule.all,
            &rule.any,
            &rule.at_least,
        );
        rules.push(RuleOut {
            id: id.clone(),
            level,
            cond: c,
        });
    }

    // Sources.
    let mut source_ids = HashMap::new();
    let mut sources = Vec::new();
    for (i, source) in flow.source.iter().enumerate() {
        let id = &source.id;
        if !good_id(id) {
            r.error(format!(
                "source \"{id}\" has a bad id (use only a-z, 0-9 and _)"
            ));
        }
        if source_ids.insert(id.clone(), i).is_some() {
            r.error(format!("source {id} is listed twice"));
        }
        sources.push((id.clone(), keys.add(format!("source.{id}.label"))));
    }

    // Tips.
    let mut tips = Vec::new();
    let mut tip_ids = BTreeSet::new();
    for tip in &flow.tip {
        let id = &tip.id;
        let what = format!("tip {id}");
        if !good_id(id) {
            r.error(format!(
                "tip \"{id}\" has a bad id (use only a-z, 0-9 and _)"
            ));
        }
        if !tip_ids.insert(id.clone()) {
            r.error(format!("tip {id} is listed twice"));
        }
        if tip.sources.is_empty() {
            r.error(format!("tip {id} has no source"));
        }
        let mut tip_sources = Vec::new();
        for s in &tip.sources {
            match source_ids.get(s) {
                Some(&i) => tip_sources.push(i),
                None => r.error(format!("tip {id} refers to unknown source {s}")),
            }
        }
        let mut levels = 0u8;
        for l in &tip.levels {
            match level_index(l) {
                Some(i) => levels |= 1 << i,
                None => r.error(unknown_level(&what, l)),
            }
        }
        if tip.levels.is_empty() {
            levels = 0b1111;
        }
        let mut conds = Vec::new();
        if let Some(CondDef { all, any, at_least }) = &tip.when {
            conds.push(cond(&mut r, &fact_index, &what, all, any, at_least));
        }
        if let Some(rule) = &tip.rule {
            match rule_ids.get(rule) {
                Some(&i) => {
                    let c = &rules[i].cond;
                    conds.push(Cond {
                        all: c.all.clone(),
                        any: c.any.clone(),
                        at_least: c.at_least,
                        of: c.of.clone(),
                    });
                }
                None => r.error(format!("tip {id} refers to unknown rule {rule}")),
            }
        }
        tips.push(TipOut {
            id: id.clone(),
            title: keys.add(format!("tip.{id}.title")),
            body: keys.add(format!("tip.{id}.body")),
            sources: tip_sources,
            safety_net: tip.safety_net,
            levels,
            conds,
        });
    }
    let nets: Vec<&TipOut> = tips.iter().filter(|t| t.safety_net).collect();
    if nets.len() != 1 {
        r.error(format!(
            "there must be exactly one tip with safety_net = true, found {}",
            nets.len()
        ));
    }
    for net in nets {
        if net.levels != 0b1111 || !net.conds.is_empty() {
            r.error(format!(
                "tip {} is the safety net, so it must apply to every level (remove levels, when and rule)",
                net.id
            ));
        }
    }
    // Every level a result can have needs a tip (besides the safety net)
    // that always applies to it.
    let mut reachable = 1u8; // self-care: the default
    for (_, level) in &facts {
        if let Some(l) = level {
            reachable |= 1 << l;
        }
    }
    for rule in &rules {
        reachable |= 1 << rule.level;
    }
    for (i, level) in LEVELS.iter().enumerate() {
        let covered = tips
            .iter()
            .any(|t| !t.safety_net && t.levels & (1 << i) != 0 && t.conds.is_empty());
        if reachable & (1 << i) != 0 && !covered {
            r.error(format!(
                "level {level} has no tip that always applies to it (every result needs one besides the safety net)"
            ));
        }
    }

    // Locale texts.
    let mut locales = Vec::new();
    let default_keys: Option<BTreeSet<String>> = locale_texts.first().map(|(_, _, t)| {
        let mut flat = Vec::new();
        flatten("", t, &mut flat);
        flat.into_iter().map(|(k, _)| k).collect()
    });
    for (n, (file, code, table)) in locale_texts.iter().enumerate() {
        let mut lr = Report {
            file,
            errors: r.errors,
        };
        let mut flat = Vec::new();
        flatten("", table, &mut flat);
        let mut values: BTreeMap<String, String> = BTreeMap::new();
        for (key, value) in flat {
            match value {
                toml::Value::String(s) => {
                    values.insert(key, s.clone());
                }
                _ => lr.error(format!("{key} must be text in quotes")),
            }
        }
        // Parity: a key another locale lacks is named with the default
        // locale's file, where it is present.
        let present_in = |key: &str| -> Option<&str> {
            (n > 0 && default_keys.as_ref().is_some_and(|d| d.contains(key)))
                .then(|| locale_texts[0].0.as_str())
        };
        let mut text = |key: &str| get(&mut lr, &values, key, present_in(key));
        let name = text("meta.name");
        let emergency = text("meta.emergency_number_default");
        let texts: Vec<String> = keys.list.iter().map(|k| text(k)).collect();
        for (key, names) in REQUIRED_PLACEHOLDERS {
            let Some(value) = values.get(*key) else {
                continue;
            };
            for name in *names {
                if !value.trim().is_empty() && !value.contains(&format!("{{{name}}}")) {
                    lr.error(format!("{key} must use the placeholder {{{name}}}"));
                }
            }
        }
        // Keys nobody asked for.
        let known: BTreeSet<&str> = keys
            .list
            .iter()
            .map(String::as_str)
            .chain(["meta.name", "meta.emergency_number_default"])
            .collect();
        for key in values.keys() {
            if known.contains(key.as_str()) {
                continue;
            }
            if n > 0 && default_keys.as_ref().is_some_and(|d| !d.contains(key)) {
                lr.error(format!("{key} is not in {}", locale_texts[0].0));
            } else if key.starts_with("step.") && key.ends_with(".help") {
                lr.error(format!("{key} is missing in {}", locale_texts[0].0));
            } else {
                lr.error(format!("{key} is not used by {flow_file}"));
            }
        }
        locales.push(LocaleOut {
            code: code.clone(),
            name,
            emergency_number_default: emergency,
            texts,
        });
    }

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
    })
}

/// Looks up a dotted key in a table.
fn lookup<'t>(table: &'t toml::Table, key: &str) -> Option<&'t toml::Value> {
    let mut parts = key.split('.');
    let mut value = table.get(parts.next()?)?;
    for part in parts {
        value = value.as_table()?.get(part)?;
    }
    Some(value)
}

/// Flattens nested tables into dotted keys and their leaf values.
fn flatten<'t>(prefix: &str, table: &'t toml::Table, out: &mut Vec<(String, &'t toml::Value)>) {
    for (key, value) in table {
        let full = if prefix.is_empty() {
            key.clone()
        } else {
            format!("{prefix}.{key}")
        };
        match value {
            toml::Value::Table(t) => flatten(&full, t, out),
            v => out.push((full, v)),
        }
    }
}

/// Reports `{name}` placeholders that are not known.
fn check_placeholders(r: &mut Report, key: &str, text: &str) {
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let after = &rest[open + 1..];
        match after.find('}') {
            Some(close) => {
                let name = &after[..close];
                if !PLACEHOLDERS.contains(&name) {
                    r.error(format!("{key} uses unknown placeholder {{{name}}}"));
                }
                rest = &after[close + 1..];
            }
            None => {
                r.error(format!("{key} has a {{ without a closing }}"));
                return;
            }
        }
    }
}

/// Compiles one condition, reporting unknown facts.
fn cond(
    r: &mut Report,
    fact_index: &HashMap<&str, usize>,
    what: &str,
    all: &[String],
    any: &[String],
    at_least: &Option<AtLeast>,
) -> Cond {
    let mut lookup = |names: &[String]| -> Vec<usize> {
        names
            .iter()
            .filter_map(|n| {
                let i = fact_index.get(n.as_str()).copied();
                if i.is_none() {
                    r.error(format!("{what} refers to unknown answer {n}"));
                }
                i
            })
            .collect()
    };
    let mut out = Cond {
        all: lookup(all),
        any: lookup(any),
        ..Cond::default()
    };
    if let Some(a) = at_least {
        out.of = lookup(&a.of);
        out.at_least = a.n;
        if a.n == 0 || a.n > a.of.len() {
            r.error(format!(
                "{what}: at_least n must be from 1 to {} (the number in of)",
                a.of.len()
            ));
        }
    }
    if all.is_empty() && any.is_empty() && at_least.is_none() {
        r.error(format!("{what} has no condition (all, any or at_least)"));
    }
    out
}

/// The text of a key in one locale, reporting it missing or empty.
/// `present_in` names the default locale's file when it has the key (then
/// a missing key is a parity error: "... is missing (present in ...)").
fn get(
    r: &mut Report,
    values: &BTreeMap<String, String>,
    key: &str,
    present_in: Option<&str>,
) -> String {
    match values.get(key) {
        None => {
            match present_in {
                Some(file) => r.error(format!("{key} is missing (present in {file})")),
                None => r.error(format!("{key} is missing")),
            }
            String::new()
        }
        Some(s) if s.trim().is_empty() => {
            r.error(format!("{key} is empty"));
            String::new()
        }
        // NUL separates the texts of a locale pack (bsc-core's load_locale).
        Some(s) if s.contains('\0') => {
            r.error(format!("{key} contains a NUL character"));
            String::new()
        }
        Some(s) => {
            check_placeholders(r, key, s);
            s.clone()
        }
    }
}
