//! Answers and their validation.

use std::fmt;

use crate::{Step, StepKind};

/// An answer to one step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Answer {
    /// The index of the chosen option of a single-choice step.
    Single(usize),
    /// The indices of the chosen options of a multi-choice step (in any
    /// order; the session keeps them sorted).
    Multi(Vec<usize>),
    /// The number chosen on a scale step.
    Scale(u8),
}

impl Answer {
    fn kind_name(&self) -> &'static str {
        match self {
            Answer::Single(_) => "one choice",
            Answer::Multi(_) => "a list of choices",
            Answer::Scale(_) => "a number",
        }
    }
}

/// Why an answer was refused. The session does not change when it refuses.
///
/// ```
/// use bsc_core::{Answer, Session};
/// let mut session = Session::new();
/// assert_eq!(
///     session.answer(Answer::Single(0)).unwrap_err().to_string(),
///     "there is no question to answer now (the check is at the intro or the result)"
/// );
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AnswerError {
    /// The session shows the intro or the result.
    NoQuestion,
    /// The answer is of the wrong kind for the step.
    WrongKind {
        /// The step's id.
        step: &'static str,
        /// What the step takes ("one choice", "a list of choices", "a number").
        expected: &'static str,
        /// What was given.
        got: &'static str,
    },
    /// An option index past the step's options.
    NoSuchOption {
        /// The step's id.
        step: &'static str,
        /// How many options it has.
        options: usize,
        /// The index given.
        got: usize,
    },
    /// A number outside the scale.
    OutOfScale {
        /// The step's id.
        step: &'static str,
        /// Lowest number.
        min: u8,
        /// Highest number.
        max: u8,
        /// The number given.
        got: u8,
    },
    /// A multi-choice answer with nothing chosen.
    NothingChosen {
        /// The step's id.
        step: &'static str,
    },
    /// "None of these" chosen together with other options.
    NoneWithOthers {
        /// The step's id.
        step: &'static str,
        /// Index of the "none" option.
        none: usize,
    },
    /// The same option given twice.
    ChosenTwice {
        /// The step's id.
        step: &'static str,
        /// The repeated index.
        option: usize,
    },
}

impl fmt::Display for AnswerError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AnswerError::NoQuestion => write!(
                f,
                "there is no question to answer now (the check is at the intro or the result)"
            ),
            AnswerError::WrongKind {
                step,
                expected,
                got,
            } => write!(f, "step \"{step}\" takes {expected}, got {got}"),
            AnswerError::NoSuchOption { step, options, got } => write!(
                f,
                "step \"{step}\" has options 0 to {}, got {got}",
                options - 1
            ),
            AnswerError::OutOfScale {
                step,
                min,
                max,
                got,
            } => write!(
                f,
                "step \"{step}\" takes a number from {min} to {max}, got {got}"
            ),
            AnswerError::NothingChosen { step } => {
                write!(f, "step \"{step}\" needs at least one choice")
            }
            AnswerError::NoneWithOthers { step, none } => write!(
                f,
                "step \"{step}\": option {none} (none of these) cannot be chosen with other options"
            ),
            AnswerError::ChosenTwice { step, option } => {
                write!(f, "step \"{step}\": option {option} is chosen twice")
            }
        }
    }
}

impl std::error::Error for AnswerError {}

/// Sorts a few indices. A plain insertion sort: answer lists are a handful
/// long, and it keeps the general-purpose sort (kilobytes of code) out of
/// the widget's WebAssembly.
fn insertion_sort(list: &mut [usize]) {
    for i in 1..list.len() {
        let mut j = i;
        while j > 0 && list[j - 1] > list[j] {
            list.swap(j - 1, j);
            j -= 1;
        }
    }
}

/// Checks an answer against a step; returns it normalised (multi-choice
/// indices sorted).
pub(crate) fn validate(step: &'static Step, answer: Answer) -> Result<Answer, AnswerError> {
    let id = step.id;
    let check_index = |options: &[crate::Choice], i: usize| {
        if i < options.len() {
            Ok(())
        } else {
            Err(AnswerError::NoSuchOption {
                step: id,
                options: options.len(),
                got: i,
            })
        }
    };
    match (step.kind, answer) {
        (StepKind::Single { options }, Answer::Single(i)) => {
            check_index(options, i)?;
            Ok(Answer::Single(i))
        }
        (StepKind::Multi { options, none }, Answer::Multi(mut list)) => {
            if list.is_empty() {
                return Err(AnswerError::NothingChosen { step: id });
            }
            for &i in &list {
                check_index(options, i)?;
            }
            insertion_sort(&mut list);
            if let Some(pair) = list.windows(2).find(|w| w[0] == w[1]) {
                return Err(AnswerError::ChosenTwice {
                    step: id,
                    option: pair[0],
                });
            }
            if list.len() > 1 && list.contains(&none) {
                return Err(AnswerError::NoneWithOthers { step: id, none });
            }
            Ok(Answer::Multi(list))
        }
        (StepKind::Scale { min, max, .. }, Answer::Scale(n)) => {
            if n < min || n > max {
                return Err(AnswerError::OutOfScale {
                    step: id,
                    min,
                    max,
                    got: n,
                });
            }
            Ok(Answer::Scale(n))
        }
        (kind, answer) => Err(AnswerError::WrongKind {
            step: id,
            expected: match kind {
                StepKind::Single { .. } => "one choice",
                StepKind::Multi { .. } => "a list of choices",
                StepKind::Scale { .. } => "a number",
            },
            got: answer.kind_name(),
        }),
    }
}
