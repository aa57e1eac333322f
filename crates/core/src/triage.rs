//! Triage: answers become facts, facts become a level and tips.
//!
//! Each chosen option is a fact (`step.option`); a scale answer is the fact
//! of the band its number falls in (`severity.severe`). The level is the
//! highest of the levels carried by the facts that hold and by the rules of
//! `content/flow.toml` whose conditions hold; self-care if none. Conditions
//! only ever ask for facts to be present (`all`, `any`, `at_least`), so
//! adding a fact can never lower the level.

use crate::generated::{LEVEL_FACTS, LEVEL_TEXTS, RULES, STEP_RULES, TIPS, TIP_RULES};
use crate::{Answer, TextId, Tip};

/// A set of facts, one bit each (numbered in flow order): `u64` while the
/// content has at most 64 facts, else `u128` (the content compiler picks
/// it; 64-bit sets keep the WebAssembly smaller).
pub(crate) use crate::generated::Facts;

/// Defines [`Level`] from the content compiler's list of levels (its
/// `LEVELS`, written once there): one variant per level, least urgent
/// first, with [`Level::ALL`] and [`Level::as_str`].
macro_rules! levels {
    ($($(#[$doc:meta])* $variant:ident = $id:literal,)+) => {
        /// How urgent the result is, least urgent first (so `Ord` compares
        /// urgency).
        ///
        /// ```
        /// use bsc_core::Level;
        /// assert!(Level::Emergency > Level::Soon);
        /// assert_eq!(Level::SelfCare.as_str(), "self-care");
        /// let en = bsc_core::default_locale();
        /// assert_eq!(en.text(Level::Urgent.title()), "Get help today");
        /// ```
        #[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Level {
            $($(#[$doc])* $variant,)+
        }

        impl Level {
            /// Every level, least urgent first.
            pub const ALL: [Level; [$($id),+].len()] = [$(Level::$variant),+];

            /// The id used in markup (`data-urgency`) and content:
            /// `"self-care"`, `"soon"`, `"urgent"` or `"emergency"`.
            pub fn as_str(self) -> &'static str {
                match self {
                    $(Level::$variant => $id,)+
                }
            }
        }
    };
}

include!(concat!(env!("OUT_DIR"), "/levels.rs"));

impl Level {
    /// The result's headline ("Get help today").
    pub fn title(self) -> TextId {
        LEVEL_TEXTS[self as usize].0
    }

    /// What to do next; may hold `{number}`, the emergency number.
    pub fn action(self) -> TextId {
        LEVEL_TEXTS[self as usize].1
    }
}

/// A condition over facts (all bits of `all`; at least one of `any` unless
/// empty; at least `at_least` of `of`).
#[derive(Debug)]
pub(crate) struct Cond {
    pub(crate) all: Facts,
    pub(crate) any: Facts,
    pub(crate) at_least: u32,
    pub(crate) of: Facts,
}

impl Cond {
    pub(crate) fn holds(&self, facts: Facts) -> bool {
        facts & self.all == self.all
            && (self.any == 0 || facts & self.any != 0)
            && (facts & self.of).count_ones() >= self.at_least
    }
}

/// A triage rule: when the condition holds, the level is at least `level`.
#[derive(Debug)]
pub(crate) struct Rule {
    #[cfg_attr(not(all(test, feature = "all-locales")), allow(dead_code))]
    pub(crate) id: &'static str,
    pub(crate) level: Level,
    pub(crate) when: Cond,
}

/// Triage data of a step.
#[derive(Debug)]
pub(crate) struct StepRules {
    /// Bit of its first option (or band).
    pub(crate) first_fact: u32,
    /// The flow ends after this step if the level so far reaches this.
    pub(crate) stop_at: Option<Level>,
    /// Upper ends of the bands of a scale step.
    pub(crate) bands: &'static [u8],
    /// The step is asked only if this holds on the answers before it.
    pub(crate) show_if: Option<&'static Cond>,
}

/// When a tip applies: bit `level as usize` of `levels`, and every `when`.
#[derive(Debug)]
pub(crate) struct TipRule {
    pub(crate) levels: u8,
    pub(crate) when: &'static [Cond],
}

/// The facts of a (valid) answer to step `index`.
pub(crate) fn answer_facts(index: usize, answer: &Answer) -> Facts {
    let rules = &STEP_RULES[index];
    let bit = |i: usize| (1 as Facts) << (rules.first_fact as usize + i);
    match answer {
        Answer::Single(i) => bit(*i),
        Answer::Multi(list) => list.iter().fold(0, |f, &i| f | bit(i)),
        Answer::Scale(n) => rules.bands.iter().position(|&max| *n <= max).map_or(0, bit),
    }
}

/// The level a set of facts gives.
pub(crate) fn level_of(facts: Facts) -> Level {
    // The most urgent level a fact alone sets; self-care if none.
    let mut level = Level::SelfCare;
    for &l in Level::ALL[1..].iter().rev() {
        if facts & LEVEL_FACTS[l as usize] != 0 {
            level = l;
            break;
        }
    }
    for rule in &RULES {
        if rule.level > level && rule.when.holds(facts) {
            level = rule.level;
        }
    }
    level
}

/// Whether step `index` is asked, given the facts of the answers before it.
pub(crate) fn is_asked(index: usize, facts_before: Facts) -> bool {
    STEP_RULES[index]
        .show_if
        .is_none_or(|c| c.holds(facts_before))
}

/// Whether the flow ends after step `index`, given the facts so far.
pub(crate) fn stops_after(index: usize, facts_so_far: Facts) -> bool {
    STEP_RULES[index]
        .stop_at
        .is_some_and(|stop| level_of(facts_so_far) >= stop)
}

/// The tips for a result: those that apply, in flow order. The content
/// compiler keeps that order as tips for the reader's answers, general
/// tips, then the safety nets (every level has at least one).
pub(crate) fn tips_for(level: Level, facts: Facts) -> Vec<&'static Tip> {
    TIPS.iter()
        .zip(TIP_RULES.iter())
        .filter(|(_, rule)| {
            rule.levels & (1 << level as u8) != 0 && rule.when.iter().all(|c| c.holds(facts))
        })
        .map(|(tip, _)| tip)
        .collect()
}
