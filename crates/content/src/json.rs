//! The checked content as the end-to-end tests read it (`e2e/lib/content.mjs`,
//! through the `content-json` tool):
//!
//! ```json
//! { "locales": ["en", "es", "de"],
//!   "regions": [{ "code": "GB", "emergency": "999" }],
//!   "steps": [{ "id": "emergency_flags", "kind": "multi", "options": ["saddle", "..."] }],
//!   "texts": { "en": { "ui.start": "Start the check", "step.onset.title": "..." } } }
//! ```
//!
//! Text keys are the dotted paths of the locale files (`[step.onset]
//! option.sudden = ...` is `step.onset.option.sudden`), `[meta]` included;
//! steps are in flow order, regions in `regions.toml` order.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::check::{Checked, CheckedKind};

/// The content's JSON view (fields in the order they are written).
#[derive(Serialize)]
pub struct ContentJson<'a> {
    locales: Vec<&'a str>,
    regions: Vec<RegionJson<'a>>,
    steps: Vec<StepJson<'a>>,
    /// Each locale's texts by key, both sorted.
    texts: BTreeMap<&'a str, BTreeMap<&'a str, &'a str>>,
}

#[derive(Serialize)]
struct RegionJson<'a> {
    code: &'a str,
    emergency: &'a str,
}

#[derive(Serialize)]
struct StepJson<'a> {
    id: &'a str,
    kind: &'static str,
    /// Option ids (none for a scale step).
    options: Vec<&'a str>,
}

impl<'a> ContentJson<'a> {
    pub(crate) fn new(c: &'a Checked) -> Self {
        let texts = c.locales.iter().map(|l| {
            let meta = [
                ("meta.name", l.name.as_str()),
                (
                    "meta.emergency_number_default",
                    l.emergency_number_default.as_str(),
                ),
            ];
            let texts = c
                .keys
                .iter()
                .map(String::as_str)
                .zip(l.texts.iter().map(String::as_str));
            (l.code.as_str(), meta.into_iter().chain(texts).collect())
        });
        ContentJson {
            locales: c.locales.iter().map(|l| l.code.as_str()).collect(),
            regions: c
                .regions
                .regions
                .iter()
                .map(|r| RegionJson {
                    code: &r.code,
                    emergency: &r.emergency,
                })
                .collect(),
            steps: c
                .steps
                .iter()
                .map(|s| StepJson {
                    id: &s.id,
                    kind: match s.kind {
                        CheckedKind::Single => "single",
                        CheckedKind::Multi { .. } => "multi",
                        CheckedKind::Scale { .. } => "scale",
                    },
                    options: s.options.iter().map(|(id, _)| id.as_str()).collect(),
                })
                .collect(),
            texts: texts.collect(),
        }
    }
}
