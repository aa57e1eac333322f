//! The questions, answer options, tips and sources, compiled in from
//! `content/flow.toml`.

use crate::generated::{STEPS, TIPS};
use crate::TextId;

/// The whole flow: steps in order, and tips. Get it with [`flow`].
#[derive(Debug)]
pub struct Flow {
    steps: &'static [Step],
    tips: &'static [Tip],
}

static FLOW: Flow = Flow {
    steps: &STEPS,
    tips: &TIPS,
};

/// The flow of the self-check.
///
/// ```
/// let flow = bsc_core::flow();
/// assert_eq!(flow.steps()[0].id, "emergency_flags");
/// assert!(flow.step("severity").is_some());
/// assert!(flow.tips().last().unwrap().safety_net);
/// ```
pub fn flow() -> &'static Flow {
    &FLOW
}

impl Flow {
    /// Every step, in the order they are asked (a step with a condition is
    /// asked only when the earlier answers meet it).
    pub fn steps(&self) -> &'static [Step] {
        self.steps
    }

    /// Every tip, in the order they are shown: those chosen for a reader's
    /// answers, then general ones, then the safety nets.
    pub fn tips(&self) -> &'static [Tip] {
        self.tips
    }

    /// The step with this id.
    pub fn step(&self, id: &str) -> Option<&'static Step> {
        self.steps.iter().find(|s| s.id == id)
    }
}

/// One question.
#[derive(Debug, PartialEq, Eq)]
pub struct Step {
    /// Stable id, e.g. `"severity"`.
    pub id: &'static str,
    /// The question.
    pub title: TextId,
    /// A hint shown under the question.
    pub help: Option<TextId>,
    /// How it is answered.
    pub kind: StepKind,
}

/// How a step is answered.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum StepKind {
    /// Exactly one option ([`Answer::Single`](crate::Answer::Single)).
    Single {
        /// The options.
        options: &'static [Choice],
    },
    /// One or more options ([`Answer::Multi`](crate::Answer::Multi)); the
    /// "none of these" option cannot be combined with others.
    Multi {
        /// The options.
        options: &'static [Choice],
        /// Index of the exclusive "none of these" option.
        none: usize,
    },
    /// A number from `min` to `max` ([`Answer::Scale`](crate::Answer::Scale)).
    Scale {
        /// Lowest number.
        min: u8,
        /// Highest number.
        max: u8,
        /// Label of the low end ("No pain").
        low: TextId,
        /// Label of the high end ("Worst pain").
        high: TextId,
    },
}

/// An answer option.
#[derive(Debug, PartialEq, Eq)]
pub struct Choice {
    /// Stable id within its step, e.g. `"below_knee"`.
    pub id: &'static str,
    /// Its text.
    pub label: TextId,
}

/// A care tip.
#[derive(Debug, PartialEq, Eq)]
pub struct Tip {
    /// Stable id, e.g. `"heat_cold"`.
    pub id: &'static str,
    /// Short title.
    pub title: TextId,
    /// A few plain sentences.
    pub body: TextId,
    /// What it rests on (at least one).
    pub sources: &'static [&'static Source],
    /// A tip on when to get help again, for its level; safety nets show
    /// last, and every result has at least one.
    pub safety_net: bool,
    /// General advice, not chosen for the reader's answers: shown after
    /// those, folded under its title.
    pub general: bool,
}

/// A guideline or page a tip rests on.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    /// Stable id, e.g. `"nice"`.
    pub id: &'static str,
    /// Short name, e.g. "NICE guideline NG59".
    pub label: TextId,
    /// Its public page, e.g. `"https://www.nice.org.uk/guidance/ng59"`.
    pub url: &'static str,
}
