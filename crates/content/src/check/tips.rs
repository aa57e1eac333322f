//! Sources and tips: what each tip rests on, when it applies, its place.

use std::collections::{BTreeSet, HashMap};

use super::{rules, CheckedRule, CheckedSource, CheckedTip, Keys, Report, ALL_LEVELS};
use crate::model::{CondDef, SourceDef, TipDef};
use crate::LEVELS;

/// Checks the sources: ids, and a public `https://` URL each.
pub(super) fn sources(r: &mut Report, keys: &mut Keys, defs: &[SourceDef]) -> Vec<CheckedSource> {
    let mut ids = BTreeSet::new();
    defs.iter()
        .map(|source| {
            let id = &source.id;
            r.id(&mut ids, "source", id);
            let url = source.url.clone().unwrap_or_default();
            if source.url.is_none() {
                r.error(format!("source {id} has no url"));
            } else if !super::good_url(&url) {
                r.error(format!(
                    "source {id}: url \"{url}\" must start with https:// and have no spaces, quotes or <>"
                ));
            }
            CheckedSource {
                id: id.clone(),
                label: keys.add(format!("source.{id}.label")),
                url,
            }
        })
        .collect()
}

/// Where a tip shows: tips chosen for the reader first, then general ones
/// (folded), then the safety nets. Tips show in file order, so the file
/// must list them in this order.
fn place(tip: &TipDef) -> (usize, &'static str) {
    match (tip.safety_net, tip.general) {
        (true, _) => (2, "safety nets"),
        (false, true) => (1, "general tips"),
        (false, false) => (0, "tips"),
    }
}

/// Checks the tips: ids, sources, levels, conditions, order.
pub(super) fn tips(
    r: &mut Report,
    keys: &mut Keys,
    defs: &[TipDef],
    sources: &[CheckedSource],
    rules: &[CheckedRule],
    fact_index: &HashMap<&str, usize>,
) -> Vec<CheckedTip> {
    let mut ids = BTreeSet::new();
    let mut latest = (0, "tips");
    let mut tips = Vec::new();
    for tip in defs {
        let id = &tip.id;
        let what = format!("tip {id}");
        r.id(&mut ids, "tip", id);
        if tip.sources.is_empty() {
            r.error(format!("tip {id} has no source"));
        }
        let mut tip_sources = Vec::new();
        for s in &tip.sources {
            match sources.iter().position(|source| source.id == *s) {
                Some(i) => tip_sources.push(i),
                None => r.error(format!("tip {id} refers to unknown source {s}")),
            }
        }
        let mut levels = 0u8;
        for l in &tip.levels {
            if let Some(i) = r.level(&what, l) {
                levels |= 1 << i;
            }
        }
        if tip.levels.is_empty() {
            levels = ALL_LEVELS;
        }
        let mut conds = Vec::new();
        if let Some(CondDef { all, any, at_least }) = &tip.when {
            conds.push(rules::cond(r, fact_index, &what, all, any, at_least));
        }
        if let Some(rule) = &tip.rule {
            match rules.iter().find(|x| x.id == *rule) {
                Some(x) => conds.push(x.cond.clone()),
                None => r.error(format!("tip {id} refers to unknown rule {rule}")),
            }
        }
        if tip.safety_net && !conds.is_empty() {
            r.error(format!(
                "tip {id} is a safety net, so it cannot have when or rule (it shows on every result of its levels)"
            ));
        }
        if tip.safety_net && tip.general {
            r.error(format!(
                "tip {id} is a safety net, so it cannot be general (safety nets are never folded)"
            ));
        }
        let here = place(tip);
        if here.0 < latest.0 {
            r.error(format!(
                "tip {id} must come before the {} (tips show in file order: tips for the reader's answers, then general tips, then safety nets)",
                latest.1
            ));
        }
        latest = latest.max(here);
        tips.push(CheckedTip {
            id: id.clone(),
            title: keys.add(format!("tip.{id}.title")),
            body: keys.add(format!("tip.{id}.body")),
            sources: tip_sources,
            safety_net: tip.safety_net,
            general: tip.general,
            levels,
            conds,
        });
    }
    tips
}

/// Every level a result can reach needs a tip (besides the safety nets)
/// that always applies to it, and a safety net.
pub(super) fn cover_levels(
    r: &mut Report,
    tips: &[CheckedTip],
    facts: &[(String, Option<usize>)],
    rules: &[CheckedRule],
) {
    let reachable = facts
        .iter()
        .filter_map(|(_, level)| *level)
        .chain(rules.iter().map(|rule| rule.level))
        .fold(1u8, |mask, level| mask | 1 << level); // self-care: the default
    for (i, level) in LEVELS.iter().enumerate() {
        if reachable & (1 << i) == 0 {
            continue;
        }
        let always = |net: bool| {
            tips.iter()
                .any(|t| t.safety_net == net && t.levels & (1 << i) != 0 && t.conds.is_empty())
        };
        if !always(false) {
            r.error(format!(
                "level {level} has no tip that always applies to it (every result needs one besides the safety net)"
            ));
        }
        if !always(true) {
            r.error(format!(
                "level {level} has no safety net (every result needs a tip with safety_net = true for its level)"
            ));
        }
    }
}
