//! Triage rules, and the conditions that rules, tips and `show_if` share.

use std::collections::{BTreeSet, HashMap};

use super::{CheckedRule, Cond, Report};
use crate::model::{AtLeast, RuleDef};

/// Checks the rules: ids, levels and conditions.
pub(super) fn rules(
    r: &mut Report,
    defs: &[RuleDef],
    fact_index: &HashMap<&str, usize>,
) -> Vec<CheckedRule> {
    let mut ids = BTreeSet::new();
    defs.iter()
        .map(|rule| {
            let id = &rule.id;
            let what = format!("rule {id}");
            r.id(&mut ids, "rule", id);
            let level = r.level(&what, &rule.level).unwrap_or(0);
            let cond = cond(r, fact_index, &what, &rule.all, &rule.any, &rule.at_least);
            CheckedRule {
                id: id.clone(),
                level,
                cond,
            }
        })
        .collect()
}

/// Compiles one condition, reporting unknown facts and a bad `at_least`.
pub(super) fn cond(
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
