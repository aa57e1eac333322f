//! The questions, answer options, tips and sources, compiled in from
//! `content/flow.toml`.

use crate::generated::{SOURCES, STEPS, TIPS};
use crate::TextId;

/// The whole flow: steps in order, tips, sources. Get it with [`flow`].
#[derive(Debug)]
pub struct Flow {
    steps: &'static [Step],
    tips: &'static [Tip],
    sources: &'static [Source],
}

static FLOW: Flow = Flow {
    steps: &STEPS,
    tips: &TIPS,
    sources: &SOURCES,
};

/// The flow of the self-check.
///
/// ```
/// let flow = bsc_core::flow();
/// assert_eq!(flow.steps()[0].id, "emergency_flags");
/// assert!(flow.step("severity").is_some());
/// assert_eq!(flow.tips().iter().filter(|t| t.safety_net).count(), 1);
/// ```
pub fn flow() -> &'static Flow {
    &FLOW
}

impl Flow {
    /// Every step, in the order they are asked.
    pub fn steps(&self) -> &'static [Step] {
        self.steps
    }

    /// Every tip, in the order they are shown.
    pub fn tips(&self) -> &'static [Tip] {
        self.tips
    }

    /// Every source a tip can name.
    pub fn sources(&self) -> &'static [Source] {
        self.sources
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
    /// The one tip on when to get help again, shown last on every result.
    pub safety_net: bool,
}

/// A guideline or page a tip rests on.
#[derive(Debug, PartialEq, Eq)]
pub struct Source {
    /// Stable id, e.g. `"nice"`.
    pub id: &'static str,
    /// Short name, e.g. "NICE guideline NG59".
    pub label: TextId,
}
