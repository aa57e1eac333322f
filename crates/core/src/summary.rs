//! The plain-text summary for print, save and copy.

use crate::{format, join, ui, Answer, Level, Locale, Place, Session, Step, StepKind, Tip};

/// The product name in the summary's footer, before the version.
const PRODUCT: &str = "back-spasm-check";

/// The words of `answer` to `step` in `locale`: the chosen option, the
/// chosen options joined with "; ", or the scale point ("8 out of 10").
/// An answer of the wrong kind for the step gives an empty string.
///
/// ```
/// use bsc_core::{answer_text, default_locale, flow, Answer};
/// let severity = flow().step("severity").unwrap();
/// assert_eq!(answer_text(severity, &Answer::Scale(8), default_locale()), "8 out of 10");
/// ```
pub fn answer_text(step: &Step, answer: &Answer, locale: &Locale) -> String {
    let t = |id| locale.text(id);
    match (step.kind, answer) {
        (StepKind::Single { options }, Answer::Single(i)) => {
            options.get(*i).map_or("", |o| t(o.label)).to_owned()
        }
        (StepKind::Multi { options, .. }, Answer::Multi(list)) => {
            let labels: Vec<&str> = list
                .iter()
                .filter_map(|&i| options.get(i))
                .map(|o| t(o.label))
                .collect();
            join(&labels, "; ")
        }
        (StepKind::Scale { .. }, Answer::Scale(n)) => {
            format(t(ui::SCALE_SELECTED), &[("n", &n.to_string())])
        }
        _ => String::new(),
    }
}

/// What to do now for `level` in `locale`, with the emergency number and
/// services of the reader's `place` (see [`Place::fill`]).
///
/// ```
/// use bsc_core::{action_text, default_locale, find_region, Level, Place};
/// let en = default_locale();
/// let own = Place { region: None, emergency_number: Some("112") };
/// assert!(action_text(Level::Emergency, en, &own).starts_with("Call 112 now"));
/// let neutral = Place::default();
/// assert!(action_text(Level::Emergency, en, &neutral).contains(en.emergency_number_default()));
/// let au = Place { region: find_region("AU"), emergency_number: None };
/// assert!(action_text(Level::Emergency, en, &au).starts_with("Call 000 now"));
/// ```
pub fn action_text(level: Level, locale: &Locale, place: &Place) -> String {
    place.fill(locale.text(level.action()), locale)
}

/// The line naming a tip's guideline sources in `locale`, each with its
/// public page, e.g. "Source: NICE guideline NG59
/// (https://www.nice.org.uk/guidance/ng59)", several joined with "; ".
///
/// ```
/// use bsc_core::{default_locale, flow, source_text};
/// let tip = &flow().tips()[0];
/// let line = source_text(tip, default_locale());
/// assert!(line.starts_with("Source: "));
/// assert!(line.contains(" (https://"));
/// ```
pub fn source_text(tip: &Tip, locale: &Locale) -> String {
    let labels: Vec<String> = tip
        .sources
        .iter()
        .map(|s| join(&[locale.text(s.label), " (", s.url, ")"], ""))
        .collect();
    format(
        locale.text(ui::SOURCE_LABEL),
        &[("source", &join(&labels, "; "))],
    )
}

impl Session {
    /// A plain-text summary of the finished check in `locale`: title,
    /// result and what to do (with the number and services of `place`),
    /// the country they are for, each question with the answer given, the
    /// tips with their sources, the disclaimer, and a footer naming the
    /// widget's version
    /// (the workspace version: the npm package's and the loader's too).
    /// `None` unless at the result.
    ///
    /// ```
    /// use bsc_core::{default_locale, find_region, flow, Answer, Place, Session, StepKind};
    /// let mut s = Session::new();
    /// s.start();
    /// let StepKind::Multi { options, .. } = flow().step("emergency_flags").unwrap().kind else {
    ///     unreachable!()
    /// };
    /// let chest = options.iter().position(|o| o.id == "chest").unwrap();
    /// s.answer(Answer::Multi(vec![chest])).unwrap();
    /// let place = Place { region: find_region("AU"), emergency_number: Some("112") };
    /// let text = s.summary(default_locale(), &place).unwrap();
    /// assert!(text.contains("Call 112 now"));
    /// assert!(text.contains("Australia"));
    /// ```
    pub fn summary(&self, locale: &'static Locale, place: &Place) -> Option<String> {
        let outcome = self.outcome()?;
        let t = |id| locale.text(id);
        let mut out = String::new();
        let mut line = |s: &str| {
            out.push_str(s);
            out.push('\n');
        };
        line(t(ui::TITLE));
        line("");
        line(&format(
            t(ui::RESULT_ANNOUNCE),
            &[("level", t(outcome.level.title()))],
        ));
        line(&action_text(outcome.level, locale, place));
        line(&place.fill(t(ui::REGION_SHOWN), locale));
        line("");
        line(t(ui::YOUR_ANSWERS));
        for (step, answer) in self.answers() {
            let chosen = answer_text(step, &answer, locale);
            line(&format!("- {}", t(step.title)));
            line(&format!("  {chosen}"));
        }
        let (net, tips): (Vec<&Tip>, Vec<&Tip>) =
            outcome.tips.iter().partition(|tip| tip.safety_net);
        for (heading, tips) in [(ui::TIPS_HEADING, tips), (ui::SAFETY_NET_HEADING, net)] {
            line("");
            line(t(heading));
            for tip in tips {
                line(&format!("- {}", place.fill(t(tip.title), locale)));
                line(&format!("  {}", place.fill(t(tip.body), locale)));
                line(&format!("  {}", source_text(tip, locale)));
            }
        }
        line("");
        line(t(ui::DISCLAIMER));
        line("");
        line(&format!("{PRODUCT} {}", env!("CARGO_PKG_VERSION")));
        Some(out)
    }
}
