//! Tests that need the engine's internals (fact bits, compiled tables).

mod exhaustive;
mod locales;
mod readability;
mod triage_table;

use crate::generated::FACT_NAMES;
use crate::triage::Facts;

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
