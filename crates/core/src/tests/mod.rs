//! Tests that need the engine's internals (fact bits, compiled tables).

mod exhaustive;
mod locales;
mod readability;
mod readability_native;
mod triage_table;

use crate::generated::{FACT_NAMES, LEVEL_FACTS, STEP_RULES};
use crate::triage::Facts;
use crate::{Answer, StepKind};

/// The facts named `step.option` (or `step.band`); panics on a bad name.
pub(crate) fn facts(names: &[&str]) -> Facts {
    names.iter().fold(0, |f, name| {
        let bit = FACT_NAMES
            .iter()
            .position(|n| n == name)
            .unwrap_or_else(|| panic!("unknown fact {name}"));
        f | 1 << bit
    })
}

/// A calm answer to step `index`: "none of these", the first option that
/// carries no level, or the scale's `scale` point.
pub(crate) fn calm(index: usize, kind: StepKind, scale: u8) -> Answer {
    let carries = |i: usize| {
        let bit = STEP_RULES[index].first_fact as usize + i;
        LEVEL_FACTS.iter().any(|m| m & (1 << bit) != 0)
    };
    match kind {
        StepKind::Single { options } => {
            Answer::Single((0..options.len()).find(|&i| !carries(i)).unwrap())
        }
        StepKind::Multi { none, .. } => Answer::Multi(vec![none]),
        StepKind::Scale { .. } => Answer::Scale(scale),
    }
}
