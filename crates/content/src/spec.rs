//! What the content must hold: the levels, the limits, the placeholders
//! and the keys every locale gives.

/// The most options a single or multi step may have ("none of these"
/// included): more do not fit on one phone screen, and a long list of
/// warning signs is read less carefully. Split such a step into two.
pub const MAX_OPTIONS: usize = 8;

/// The triage levels, least urgent first: the one list of them. The
/// content files name them by [`id`](Level::id), and `bsc-core`'s `Level`
/// enum (its variants, `Level::ALL`, `Level::as_str`) is generated from it.
pub const LEVELS: [Level; 4] = [
    Level {
        id: "self-care",
        meaning: "Care for it at home.",
    },
    Level {
        id: "soon",
        meaning: "See a GP or physiotherapist within days.",
    },
    Level {
        id: "urgent",
        meaning: "Get help the same day.",
    },
    Level {
        id: "emergency",
        meaning: "Call the emergency number or go to an emergency department now.",
    },
];

/// A triage level of [`LEVELS`]; it displays as its id.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Level {
    /// Its id in the content files and the widget's markup: `"self-care"`.
    pub id: &'static str,
    /// What it asks of the reader (the doc of its `bsc_core::Level` variant).
    pub meaning: &'static str,
}

impl Level {
    /// Its `bsc_core::Level` variant: the id in UpperCamelCase
    /// (`"self-care"` is `SelfCare`).
    ///
    /// ```
    /// assert_eq!(bsc_content::LEVELS[0].variant(), "SelfCare");
    /// ```
    pub fn variant(&self) -> String {
        self.id
            .split('-')
            .flat_map(|word| {
                let mut chars = word.chars();
                chars
                    .next()
                    .map(|first| first.to_ascii_uppercase())
                    .into_iter()
                    .chain(chars)
            })
            .collect()
    }
}

impl std::fmt::Display for Level {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

/// The placeholders texts may use. Besides the counters and names the
/// widget fills in, `{number}` (the emergency number) and one per key of
/// [`REGION_KEYS`] (`{country}` for `name`) come from the reader's country.
pub const PLACEHOLDERS: [&str; 11] = [
    "n",
    "total",
    "number",
    "source",
    "level",
    "country",
    "gp",
    "ed",
    "today",
    "maternity",
    "paracetamol",
];

/// The wording every locale gives for each country of `regions.toml` and
/// for no known country (`[region.<CODE>]`, `[region.neutral]`), in this
/// order: its name (in a picker and in "Numbers for: …"), primary care as
/// an object ("a GP"), the emergency department as the place after "go to"
/// ("A&E"), one or two sentences on where to get help the same day, the
/// maternity service as an object, and the name readers there know for
/// paracetamol. Texts put them in with `{country}`, `{gp}`, `{ed}`,
/// `{today}`, `{maternity}` and `{paracetamol}`.
pub const REGION_KEYS: [&str; 6] = ["name", "gp", "ed", "today", "maternity", "paracetamol"];

/// Texts that must use these placeholders in every locale, so that the
/// numbers, names and the emergency number the engine fills in are shown
/// whatever the language: `(key, placeholders)`.
pub const REQUIRED_PLACEHOLDERS: &[(&str, &[&str])] = &[
    ("ui.step_of", &["n", "total"]),
    ("ui.scale_selected", &["n"]),
    ("ui.source_label", &["source"]),
    ("ui.result_announce", &["level"]),
    ("level.emergency.action", &["number"]),
    ("ui.load_error", &["number"]),
    ("ui.region_shown", &["country"]),
];

/// The `[ui]` keys every locale must have (more are allowed, if the default
/// locale has them).
pub const REQUIRED_UI: &[&str] = &[
    "title",
    "intro_heading",
    "intro_body",
    "privacy",
    "not_diagnosis",
    "start",
    "continue",
    "back",
    "restart",
    "step_of",
    "choose_one",
    "choose_any",
    "choose_scale",
    "result_heading",
    "next_steps_heading",
    "tips_heading",
    "safety_net_heading",
    "source_label",
    "disclaimer",
    "summary_heading",
    "your_answers",
    "print",
    "save",
    "copy",
    "copied",
    "copy_failed",
    "save_filename",
    "result_announce",
    "load_error",
    "scale_selected",
    "region_shown",
    "region_change",
];
