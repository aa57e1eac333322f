//! Regions: the reader's country, whose emergency number and services the
//! texts name, and [`Place`], which fills them into a text.
//!
//! The countries, their numbers and the sources for each come from
//! `content/regions.toml`; their wording in each language from the locale
//! files (`[region.<CODE>]`). A reader in no known country gets each
//! language's neutral wording (`[region.neutral]`), which lists several
//! numbers.

use std::fmt;

use crate::generated::{NEUTRAL, REGIONS};
use crate::text::format;
use crate::{Locale, TextId};

/// A country the widget knows: its code, emergency number, and its wording
/// in every language.
pub struct Region {
    pub(crate) code: &'static str,
    pub(crate) emergency: &'static str,
    /// Text ids of its wording: name, primary care, emergency department,
    /// same-day route, maternity service, paracetamol's local name.
    pub(crate) texts: [TextId; 6],
}

impl Region {
    /// ISO 3166-1 alpha-2 code, upper case, e.g. `"US"`.
    pub fn code(&self) -> &'static str {
        self.code
    }

    /// The number to call in an emergency, e.g. `"911"`.
    pub fn emergency_number(&self) -> &'static str {
        self.emergency
    }

    /// The country's name in `locale`, e.g. "United States".
    pub fn name(&self, locale: &Locale) -> &'static str {
        locale.text(self.texts[0])
    }
}

impl PartialEq for Region {
    fn eq(&self, other: &Self) -> bool {
        self.code == other.code
    }
}

impl fmt::Debug for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_tuple("Region").field(&self.code).finish()
    }
}

/// Every country the widget knows, in `content/regions.toml` order.
pub fn regions() -> &'static [Region] {
    &REGIONS
}

/// The country for an ISO 3166-1 alpha-2 code, in any case and with
/// spaces around it; "UK" is read as GB. `None` for a code the widget does
/// not know.
///
/// ```
/// use bsc_core::find_region;
/// assert_eq!(find_region("us").map(|r| r.emergency_number()), Some("911"));
/// assert_eq!(find_region(" UK ").map(|r| r.code()), Some("GB"));
/// assert_eq!(find_region("ZZ"), None);
/// ```
pub fn find_region(code: &str) -> Option<&'static Region> {
    let code = code.trim();
    let code = if code.eq_ignore_ascii_case("uk") {
        "GB"
    } else {
        code
    };
    REGIONS.iter().find(|r| r.code.eq_ignore_ascii_case(code))
}

/// Where the reader gets care: their country (`None`: not known, so the
/// neutral wording) and the emergency number the host page gave, which
/// wins over the country's.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub struct Place<'a> {
    /// The reader's country, if known.
    pub region: Option<&'static Region>,
    /// The host's `emergency-number`, if it gave one.
    pub emergency_number: Option<&'a str>,
}

impl Place<'_> {
    /// The emergency number (or, with no number and no country, the
    /// language's neutral wording, e.g. "999 (UK), 911 (US) or 112 (EU)").
    pub fn number(&self, locale: &Locale) -> &str {
        match (self.emergency_number, self.region) {
            (Some(number), _) => number,
            (None, Some(region)) => region.emergency,
            (None, None) => locale.emergency_number_default(),
        }
    }

    /// The country's name in `locale`, or the neutral wording's name for
    /// no known country (e.g. "Other country").
    pub fn country(&self, locale: &Locale) -> &'static str {
        locale.text(self.texts()[0])
    }

    fn texts(&self) -> &'static [TextId; 6] {
        self.region.map_or(&NEUTRAL, |r| &r.texts)
    }

    /// `template` with the emergency number and the country's wording
    /// filled in: `{number}`, `{country}`, `{gp}`, `{ed}`, `{today}`,
    /// `{maternity}` and `{paracetamol}`. Other placeholders are left as
    /// they are.
    ///
    /// ```
    /// use bsc_core::{default_locale, find_region, Place};
    /// let en = default_locale();
    /// let us = Place { region: find_region("US"), emergency_number: None };
    /// assert_eq!(us.fill("Call {number} now.", en), "Call 911 now.");
    /// let own = Place { emergency_number: Some("000"), ..us };
    /// assert_eq!(own.fill("Call {number} now.", en), "Call 000 now.");
    /// ```
    pub fn fill(&self, template: &str, locale: &Locale) -> String {
        let [name, gp, ed, today, maternity, paracetamol] = self.texts().map(|id| locale.text(id));
        format(
            template,
            &[
                ("number", self.number(locale)),
                ("country", name),
                ("gp", gp),
                ("ed", ed),
                ("today", today),
                ("maternity", maternity),
                ("paracetamol", paracetamol),
            ],
        )
    }
}
