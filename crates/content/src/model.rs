//! The shape of `flow.toml`, as read by serde (unknown fields are errors).

use serde::Deserialize;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct FlowFile {
    pub locales: Vec<String>,
    #[serde(default)]
    pub step: Vec<StepDef>,
    #[serde(default)]
    pub rule: Vec<RuleDef>,
    #[serde(default)]
    pub tip: Vec<TipDef>,
    #[serde(default)]
    pub source: Vec<SourceDef>,
}

#[derive(Deserialize, Clone, Copy, PartialEq, Eq)]
#[serde(rename_all = "lowercase")]
pub(crate) enum Kind {
    Single,
    Multi,
    Scale,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct StepDef {
    pub id: String,
    pub kind: Kind,
    #[serde(default)]
    pub options: Vec<OptionDef>,
    pub min: Option<u8>,
    pub max: Option<u8>,
    #[serde(default)]
    pub bands: Vec<BandDef>,
    pub stop_at: Option<String>,
    /// Ask this step only when the condition holds on the answers of the
    /// steps before it.
    pub show_if: Option<CondDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct OptionDef {
    pub id: String,
    pub level: Option<String>,
    #[serde(default)]
    pub none: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct BandDef {
    pub id: String,
    pub max: u8,
    pub level: Option<String>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct CondDef {
    #[serde(default)]
    pub all: Vec<String>,
    #[serde(default)]
    pub any: Vec<String>,
    pub at_least: Option<AtLeast>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct AtLeast {
    pub n: usize,
    pub of: Vec<String>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RuleDef {
    pub id: String,
    pub level: String,
    #[serde(default)]
    pub all: Vec<String>,
    #[serde(default)]
    pub any: Vec<String>,
    pub at_least: Option<AtLeast>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct TipDef {
    pub id: String,
    #[serde(default)]
    pub levels: Vec<String>,
    pub when: Option<CondDef>,
    pub rule: Option<String>,
    #[serde(default)]
    pub sources: Vec<String>,
    #[serde(default)]
    pub safety_net: bool,
    /// General advice (not chosen for the reader's answers): shown after
    /// the others, folded under its title.
    #[serde(default)]
    pub general: bool,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct SourceDef {
    pub id: String,
    /// The public page, linked on screen and printed in the summary.
    pub url: Option<String>,
}

/// The shape of `regions.toml`: the countries whose numbers and services
/// the texts can name, each fact with its source.
#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegionsFile {
    /// The numbers the neutral wording (no known country) names.
    #[serde(default)]
    pub neutral: NeutralDef,
    #[serde(default)]
    pub region: Vec<RegionDef>,
}

#[derive(Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(crate) struct NeutralDef {
    #[serde(default)]
    pub numbers: Vec<NumberDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct RegionDef {
    /// ISO 3166-1 alpha-2, upper case.
    pub code: String,
    /// The number to call in an emergency; one of `numbers`.
    pub emergency: String,
    /// Every phone number the region's wording names.
    #[serde(default)]
    pub numbers: Vec<NumberDef>,
    /// The services the region's wording names.
    #[serde(default)]
    pub services: Vec<ServiceDef>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct NumberDef {
    pub number: String,
    pub what: String,
    pub source: String,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
pub(crate) struct ServiceDef {
    pub what: String,
    pub source: String,
}
