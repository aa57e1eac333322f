//! The flow as a state machine: intro, one question at a time, result.
//!
//! # Rule for going back and changing an answer
//! The flow is linear: it can only end early, after a step with a stop
//! level, and skip a step whose condition (`show_if`, on earlier answers)
//! does not hold. So the path is steps `0..k` less the skipped ones.
//! Answers are kept for every step on the path. Going [`back`](Session::back) keeps them, and the
//! step shows its earlier answer as [`QuestionScreen::saved`]. Answering a
//! step with **a different answer drops every later answer** (nothing
//! stale survives a change of path); answering it with **the same answer
//! keeps the later answers** as pre-fills. Multi-choice answers are
//! compared as sets.

use crate::answer::validate;
use crate::triage::{answer_facts, is_asked, level_of, stops_after, tips_for, Facts, Level};
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
    /// Steps on the path: every step of the flow but those the answers so
    /// far skip. It grows by one when an answer brings in a conditional
    /// step; a path that ends early simply ends before it.
    pub total: usize,
    /// The earlier answer to this step (after Back), to pre-fill.
    pub saved: Option<Answer>,
}

/// The result of a finished check.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// How urgent.
    pub level: Level,
    /// Tips for these answers, in flow order: those chosen for the
    /// answers, general ones, then the safety nets (at least one).
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
    /// Answers of steps `0..answers.len()`, all on the current path; `None`
    /// for a step the path skips. The last one is never `None`.
    answers: Vec<Option<Answer>>,
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
                // Conditions look only at earlier answers, so the facts of
                // every kept answer decide every step up to the next one
                // not yet answered; steps after that count once asked.
                let facts = facts_of(&self.answers);
                let asked = |i: &usize| is_asked(*i, facts);
                Screen::Question(QuestionScreen {
                    step: &steps[index],
                    index,
                    number: (0..=index).filter(asked).count(),
                    total: (0..steps.len()).filter(asked).count(),
                    saved: self.answers.get(index).cloned().flatten(),
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
        if self.answers.get(index).and_then(Option::as_ref) != Some(&answer) {
            self.answers.truncate(index);
            self.answers.push(Some(answer));
        }
        let facts = facts_of(&self.answers[..=index]);
        let next = (index + 1..steps.len()).find(|&i| is_asked(i, facts));
        self.position = match next {
            Some(next) if !stops_after(index, facts) => {
                // Mark the steps skipped on the way (kept answers after
                // them are still on the path: nothing before them changed).
                for skipped in index + 1..next {
                    match self.answers.get_mut(skipped) {
                        Some(kept) => *kept = None,
                        None => self.answers.push(None),
                    }
                }
                Position::Question(next)
            }
            _ => {
                self.answers.truncate(index + 1);
                Position::Result
            }
        };
        Ok(())
    }

    /// One screen back: result to the last question, a question to the one
    /// asked before it (its answer kept as `saved`), the first question to
    /// the intro. Does nothing at the intro.
    pub fn back(&mut self) {
        let end = match self.position {
            Position::Intro => return,
            Position::Question(i) => i,
            Position::Result => self.answers.len(),
        };
        self.position = (0..end)
            .rev()
            .find(|&i| matches!(self.answers.get(i), Some(Some(_))))
            .map_or(Position::Intro, Position::Question);
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
            .zip(&self.answers)
            .filter_map(|(step, answer)| Some((step, answer.clone()?)))
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

/// The facts of the answers to steps `0..answers.len()` (`None`: skipped).
pub(crate) fn facts_of(answers: &[Option<Answer>]) -> Facts {
    answers
        .iter()
        .enumerate()
        .filter_map(|(i, a)| Some(answer_facts(i, a.as_ref()?)))
        .fold(0, |f, a| f | a)
}
