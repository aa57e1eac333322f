//! The flow as a state machine: intro, one question at a time, result.
//!
//! # Rule for going back and changing an answer
//! The flow is linear (it can only end early, after a step with a stop
//! level), so the path is always steps `0..k`. Answers are kept for every
//! step on the path. Going [`back`](Session::back) keeps them, and the
//! step shows its earlier answer as [`QuestionScreen::saved`]. Answering a
//! step with **a different answer drops every later answer** (nothing
//! stale survives a change of path); answering it with **the same answer
//! keeps the later answers** as pre-fills. Multi-choice answers are
//! compared as sets.

use crate::answer::validate;
use crate::triage::{answer_facts, level_of, stops_after, tips_for, Facts, Level};
use crate::{flow, Answer, AnswerError, Step, Tip};

/// What the reader sees now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// What the check is, privacy, not a diagnosis; a Start button.
    Intro,
    /// A question.
    Question(QuestionScreen),
    /// The result: see [`Session::outcome`].
    Result,
}

/// A question on screen.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct QuestionScreen {
    /// The step asked.
    pub step: &'static Step,
    /// Its index in [`Flow::steps`](crate::Flow::steps).
    pub index: usize,
    /// Its 1-based position on the reader's path ("Step {n} of {total}").
    pub number: usize,
    /// Steps on the path: all steps of the flow. It does not change while
    /// the reader goes; a path that ends early simply ends before it.
    pub total: usize,
    /// The earlier answer to this step (after Back), to pre-fill.
    pub saved: Option<Answer>,
}

/// The result of a finished check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// How urgent.
    pub level: Level,
    /// Tips for these answers, in flow order; the safety-net tip last,
    /// always present.
    pub tips: Vec<&'static Tip>,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Position {
    #[default]
    Intro,
    Question(usize),
    Result,
}

/// One reader's way through the check.
///
/// ```
/// use bsc_core::{Answer, Level, Screen, Session};
/// let mut s = Session::new();
/// assert_eq!(s.screen(), Screen::Intro);
/// s.start();
/// s.answer(Answer::Multi(vec![0])).unwrap(); // an emergency flag
/// assert_eq!(s.screen(), Screen::Result);
/// assert_eq!(s.outcome().unwrap().level, Level::Emergency);
/// s.back();
/// let Screen::Question(q) = s.screen() else { panic!() };
/// assert_eq!(q.saved, Some(Answer::Multi(vec![0])));
/// ```
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Session {
    position: Position,
    /// Answers of steps `0..answers.len()`, all on the current path.
    answers: Vec<Answer>,
}

impl Session {
    /// A new session at the intro.
    pub fn new() -> Self {
        Self::default()
    }

    /// What to show now.
    pub fn screen(&self) -> Screen {
        match self.position {
            Position::Intro => Screen::Intro,
            Position::Result => Screen::Result,
            Position::Question(index) => {
                let steps = flow().steps();
                Screen::Question(QuestionScreen {
                    step: &steps[index],
                    index,
                    number: index + 1,
                    total: steps.len(),
                    saved: self.answers.get(index).cloned(),
                })
            }
        }
    }

    /// From the intro to the first question (kept answers stay as
    /// pre-fills). Does nothing elsewhere.
    pub fn start(&mut self) {
        if self.position == Position::Intro {
            self.position = Position::Question(0);
        }
    }

    /// Answers the current question and moves on: to the next step, or to
    /// the result after the last step or when the flow stops early.
    ///
    /// See the module docs for what happens to later answers.
    pub fn answer(&mut self, answer: Answer) -> Result<(), AnswerError> {
        let Position::Question(index) = self.position else {
            return Err(AnswerError::NoQuestion);
        };
        let steps = flow().steps();
        let answer = validate(&steps[index], answer)?;
        if self.answers.get(index) != Some(&answer) {
            self.answers.truncate(index);
            self.answers.push(answer);
        }
        let facts = facts_of(&self.answers[..=index]);
        self.position = if stops_after(index, facts) {
            self.answers.truncate(index + 1);
            Position::Result
        } else if index + 1 == steps.len() {
            Position::Result
        } else {
            Position::Question(index + 1)
        };
        Ok(())
    }

    /// One screen back: result to the last question, a question to the one
    /// before (its answer kept as `saved`), the first question to the
    /// intro. Does nothing at the intro.
    pub fn back(&mut self) {
        self.position = match self.position {
            Position::Intro | Position::Question(0) => Position::Intro,
            Position::Question(i) => Position::Question(i - 1),
            Position::Result => Position::Question(self.answers.len() - 1),
        };
    }

    /// Clears everything and goes back to the intro.
    pub fn restart(&mut self) {
        *self = Self::new();
    }

    /// The answers on the current path, in step order: from the first
    /// step on, including answers kept for steps after the current one
    /// (after Back), which are still on the path until an answer changes.
    pub fn answers(&self) -> Vec<(&'static Step, Answer)> {
        flow()
            .steps()
            .iter()
            .zip(self.answers.iter().cloned())
            .collect()
    }

    /// The result, only at the result screen.
    pub fn outcome(&self) -> Option<Outcome> {
        if self.position != Position::Result {
            return None;
        }
        let facts = facts_of(&self.answers);
        let level = level_of(facts);
        Some(Outcome {
            level,
            tips: tips_for(level, facts),
        })
    }
}

/// The facts of the answers to steps `0..answers.len()`.
pub(crate) fn facts_of(answers: &[Answer]) -> Facts {
    answers
        .iter()
        .enumerate()
        .fold(0, |f, (i, a)| f | answer_facts(i, a))
}
