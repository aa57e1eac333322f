//! The assessment engine of back-spasm-check: questions, flow, triage and
//! care tips, with no web (or any other runtime) dependency.
//!
//! Content (structure and texts of every language) lives in `content/` at
//! the workspace root and is compiled into static tables by `build.rs`
//! (see the `bsc-content` crate); invalid content fails the build.
//!
//! ```
//! use bsc_core::{default_locale, flow, format, ui, Answer, Level, Screen, Session};
//!
//! let en = default_locale();
//! let mut session = Session::new();
//! session.start();
//! // Walk the whole flow with a harmless answer to each step: "none of
//! // these", the first option (the second for the age: 16 to 49), no pain.
//! while let Screen::Question(q) = session.screen() {
//!     let progress = format(en.text(ui::STEP_OF), &[
//!         ("n", &q.number.to_string()),
//!         ("total", &q.total.to_string()),
//!     ]);
//!     assert!(progress.starts_with("Step "));
//!     let answer = match q.step.kind {
//!         bsc_core::StepKind::Single { .. } if q.step.id == "age" => Answer::Single(1),
//!         bsc_core::StepKind::Single { .. } => Answer::Single(0),
//!         bsc_core::StepKind::Multi { none, .. } => Answer::Multi(vec![none]),
//!         bsc_core::StepKind::Scale { min, .. } => Answer::Scale(min),
//!     };
//!     session.answer(answer).unwrap();
//! }
//! let outcome = session.outcome().unwrap();
//! assert_eq!(outcome.level, Level::SelfCare);
//! assert!(outcome.tips.last().unwrap().safety_net);
//! // Every step was asked but one: the pregnancy warning signs.
//! assert_eq!(session.answers().len(), flow().steps().len() - 1);
//! ```
#![deny(missing_docs)]
#![forbid(unsafe_code)]

mod answer;
mod flow;
mod locale;
mod pack;
mod region;
mod session;
mod summary;
mod text;
mod triage;

pub use answer::{Answer, AnswerError};
pub use flow::{flow, Choice, Flow, Source, Step, StepKind, Tip};
pub use locale::{default_locale, locales, resolve_locale, Locale};
pub use pack::{load_locale, PackError, PackErrorKind};
pub use region::{find_region, regions, Place, Region};
pub use session::{Outcome, QuestionScreen, Screen, Session};
pub use summary::{action_text, answer_text, source_text};
pub use text::{format, join, quote, TextId, QUOTE_LIMIT};
pub use triage::Level;

/// Text ids of the interface texts (`[ui]` of the locale files), one
/// constant per key in UPPER_SNAKE case, e.g. `ui.step_of` is
/// [`ui::STEP_OF`].
pub mod ui {
    use crate::TextId;
    include!(concat!(env!("OUT_DIR"), "/ui.rs"));
}

/// The compiled content tables.
mod generated {
    use crate::triage::{Cond, Rule, StepRules, TipRule};
    use crate::{Choice, Level, Locale, Region, Source, Step, StepKind, TextId, Tip};
    include!(concat!(env!("OUT_DIR"), "/tables.rs"));
}

// The content tests read every language's texts, compiled in.
#[cfg(all(test, feature = "all-locales"))]
mod tests;
