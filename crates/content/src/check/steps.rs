//! Steps: their options or bands (the facts), stop levels and `show_if`.

use std::collections::{BTreeSet, HashMap};

use super::{rules, CheckedKind, CheckedStep, Keys, Report, MAX_FACTS};
use crate::model::{Kind, StepDef};

/// Checks every step and lists the facts: `step.option` (or `step.band`)
/// with the level each carries, in flow order. `show_if` is compiled later
/// by [`show_if`], once every fact is known.
pub(super) fn steps(
    r: &mut Report,
    keys: &mut Keys,
    defs: &[StepDef],
    default_has: &dyn Fn(&str) -> bool,
) -> (Vec<CheckedStep>, Vec<(String, Option<usize>)>) {
    let mut steps = Vec::new();
    let mut facts = Vec::new();
    let mut step_ids = BTreeSet::new();
    if defs.is_empty() {
        r.error("there are no steps");
    }
    for step in defs {
        let id = &step.id;
        r.id(&mut step_ids, "step", id);
        let title = keys.add(format!("step.{id}.title"));
        let help_key = format!("step.{id}.help");
        let help = default_has(&help_key).then(|| keys.add(help_key));
        let stop_at = step
            .stop_at
            .as_ref()
            .and_then(|s| r.level(&format!("step {id}: stop_at"), s));
        let first_fact = facts.len();
        let mut options = Vec::new();
        let mut bands = Vec::new();
        let kind = match step.kind {
            Kind::Single | Kind::Multi => choices(r, keys, step, &mut facts, &mut options),
            Kind::Scale => scale(r, keys, step, &mut facts, &mut bands),
        };
        steps.push(CheckedStep {
            id: id.clone(),
            title,
            help,
            kind,
            options,
            bands,
            first_fact,
            stop_at,
            show_if: None,
        });
    }
    if facts.len() > MAX_FACTS {
        r.error(format!(
            "there are {} answer options and bands, at most {MAX_FACTS} are supported",
            facts.len()
        ));
    }
    (steps, facts)
}

/// The options of a single or multi step.
fn choices(
    r: &mut Report,
    keys: &mut Keys,
    step: &StepDef,
    facts: &mut Vec<(String, Option<usize>)>,
    options: &mut Vec<(String, usize)>,
) -> CheckedKind {
    let id = &step.id;
    if step.min.is_some() || step.max.is_some() || !step.bands.is_empty() {
        r.error(format!(
            "step {id}: min, max and bands are only for scale steps"
        ));
    }
    if step.options.len() < 2 {
        r.error(format!("step {id} needs at least 2 options"));
    }
    if step.options.len() > crate::MAX_OPTIONS {
        r.error(format!(
            "step {id} has {} options; at most {} fit on one screen (split it into two steps)",
            step.options.len(),
            crate::MAX_OPTIONS
        ));
    }
    let mut ids = BTreeSet::new();
    let mut nones = Vec::new();
    for (i, option) in step.options.iter().enumerate() {
        let oid = &option.id;
        r.id(&mut ids, &format!("step {id}: option"), oid);
        let level = option
            .level
            .as_ref()
            .and_then(|l| r.level(&format!("step {id}: option {oid}"), l));
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
        CheckedKind::Single
    } else {
        if nones.len() != 1 {
            r.error(format!(
                "step {id} needs exactly one option with none = true, found {}",
                nones.len()
            ));
        }
        CheckedKind::Multi {
            none: nones.first().copied().unwrap_or(0),
        }
    }
}

/// The bands of a scale step.
fn scale(
    r: &mut Report,
    keys: &mut Keys,
    step: &StepDef,
    facts: &mut Vec<(String, Option<usize>)>,
    bands: &mut Vec<u8>,
) -> CheckedKind {
    let id = &step.id;
    if !step.options.is_empty() {
        r.error(format!("step {id}: a scale step has bands, not options"));
    }
    let (min, max) = match (step.min, step.max) {
        (Some(min), Some(max)) => {
            if min >= max {
                r.error(format!("step {id}: min must be below max"));
            }
            (min, max)
        }
        _ => {
            r.error(format!("step {id} needs min and max"));
            (0, 0)
        }
    };
    if step.bands.is_empty() {
        r.error(format!("step {id} needs bands"));
    }
    let mut ids = BTreeSet::new();
    let mut last: Option<u8> = None;
    for band in &step.bands {
        let bid = &band.id;
        r.id(&mut ids, &format!("step {id}: band"), bid);
        if band.max < min || last.is_some_and(|l| band.max <= l) {
            r.error(format!(
                "step {id}: band {bid} must end above the band before it and at or above min"
            ));
        }
        last = Some(band.max);
        let level = band
            .level
            .as_ref()
            .and_then(|l| r.level(&format!("step {id}: band {bid}"), l));
        facts.push((format!("{id}.{bid}"), level));
        bands.push(band.max);
    }
    if last.is_some_and(|l| l != max) {
        r.error(format!("step {id}: the last band must end at max ({max})"));
    }
    CheckedKind::Scale {
        min,
        max,
        low: keys.add(format!("step.{id}.low")),
        high: keys.add(format!("step.{id}.high")),
    }
}

/// Compiles each step's `show_if`: a condition on answers of the steps
/// before it only (so whether a step is asked is known when it is reached).
pub(super) fn show_if(
    r: &mut Report,
    defs: &[StepDef],
    mut steps: Vec<CheckedStep>,
    fact_index: &HashMap<&str, usize>,
) -> Vec<CheckedStep> {
    for (def, step) in defs.iter().zip(&mut steps) {
        let Some(when) = &def.show_if else {
            continue;
        };
        let what = format!("step {}: show_if", def.id);
        let cond = rules::cond(r, fact_index, &what, &when.all, &when.any, &when.at_least);
        let names: Vec<&str> = when
            .all
            .iter()
            .chain(&when.any)
            .chain(when.at_least.iter().flat_map(|a| &a.of))
            .map(String::as_str)
            .collect();
        for name in names {
            if fact_index.get(name).is_some_and(|&f| f >= step.first_fact) {
                r.error(format!(
                    "{what} refers to {name}, which is not asked before it (use answers of earlier steps)"
                ));
            }
        }
        step.show_if = Some(cond);
    }
    steps
}
