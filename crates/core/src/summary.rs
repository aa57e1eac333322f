//! The plain-text summary for print, save and copy.

use crate::{format, join, ui, Answer, Level, Locale, Session, Step, StepKind, Tip};

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

/// What to do now for `level` in `locale`, with the host's
/// `emergency_number` or, without one, the locale's default wording.
///
/// ```
/// use bsc_core::{action_text, default_locale, Level};
/// let en = default_locale();
/// assert!(action_text(Level::Emergency, en, Some("112")).starts_with("Call 112 now"));
/// assert!(action_text(Level::Emergency, en, None).contains(en.emergency_number_default()));
/// ```
pub fn action_text(level: Level, locale: &Locale, emergency_number: Option<&str>) -> String {
    let number = emergency_number.unwrap_or(locale.emergency_number_default());
    fill_services(locale.text(level.action()), locale, number)
}

/// `template` with the emergency `number` and the services a reader in no
/// known country is sent to (`{gp}`, `{ed}`, `{today}`, `{maternity}`,
/// `{paracetamol}`, `{country}`) filled in, in `locale`'s words.
///
/// A stopgap of the clinical branch (issue 19) until the regions change
/// (issue 20) fills these from the reader's country: on merge, its
/// `Place::fill` replaces this function. The words are those of each
/// language's neutral wording there.
pub(crate) fn fill_services(template: &str, locale: &Locale, number: &str) -> String {
    let [gp, ed, today, maternity, paracetamol] = match locale.code() {
        "es" => [
            "su médico",
            "urgencias del hospital más cercano",
            "Si no le dan cita, acuda a un servicio de urgencias o llame a una línea de consejo médico de su zona.",
            "su matrona o su ginecólogo",
            "paracetamol",
        ],
        "de" => [
            "Ihre Hausarztpraxis",
            "die nächste Notaufnahme",
            "Bekommen Sie keinen Termin, rufen Sie den ärztlichen Bereitschaftsdienst an.",
            "Ihre Hebamme oder Ihre Frauenarztpraxis",
            "Paracetamol",
        ],
        _ => [
            "a doctor",
            "the nearest emergency department",
            "If you cannot get an appointment, use an urgent care service or health advice line near you.",
            "your midwife or maternity unit",
            "paracetamol (acetaminophen)",
        ],
    };
    format(
        template,
        &[
            ("number", number),
            ("country", ""),
            ("gp", gp),
            ("ed", ed),
            ("today", today),
            ("maternity", maternity),
            ("paracetamol", paracetamol),
        ],
    )
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
    /// result and what to do (with `emergency_number`, or the locale's
    /// default), each question with the answer given, the tips with their
    /// sources, the disclaimer, and a footer naming the widget's version
    /// (the workspace version: the npm package's and the loader's too).
    /// `None` unless at the result.
    ///
    /// ```
    /// use bsc_core::{default_locale, Answer, Session};
    /// let mut s = Session::new();
    /// s.start();
    /// s.answer(Answer::Multi(vec![4])).unwrap(); // chest pain
    /// let text = s.summary(default_locale(), Some("112")).unwrap();
    /// assert!(text.contains("Call 112 now"));
    /// assert!(text.contains("Chest pain, or trouble breathing, as well as back pain"));
    /// ```
    pub fn summary(
        &self,
        locale: &'static Locale,
        emergency_number: Option<&str>,
    ) -> Option<String> {
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
        line(&action_text(outcome.level, locale, emergency_number));
        let number = emergency_number.unwrap_or(locale.emergency_number_default());
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
                line(&format!(
                    "- {}",
                    fill_services(t(tip.title), locale, number)
                ));
                line(&format!("  {}", fill_services(t(tip.body), locale, number)));
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
