//! The baseline content the error tests edit: a small valid flow, regions
//! and three locales, and helpers to compile it with edits.
#![allow(dead_code)] // each test file uses some of these

use bsc_content::{compile_str, LEVELS, REGION_KEYS, REQUIRED_PLACEHOLDERS, REQUIRED_UI};

pub const FLOW: &str = r#"
locales = ["en", "es", "de"]

[[step]]
id = "flags"
kind = "multi"
stop_at = "emergency"
options = [{ id = "chest", level = "emergency" }, { id = "none", none = true }]

[[step]]
id = "pain"
kind = "scale"
min = 0
max = 10
bands = [{ id = "mild", max = 7 }, { id = "severe", max = 10, level = "soon" }]

[[step]]
id = "onset"
kind = "single"
show_if = { any = ["flags.none"] }
options = [{ id = "sudden" }, { id = "slow" }]

[[rule]]
id = "slow_severe"
level = "soon"
all = ["onset.slow", "pain.severe"]

[[tip]]
id = "act"
levels = ["emergency"]
sources = ["nice"]

[[tip]]
id = "heat"
levels = ["soon", "self-care"]
sources = ["nhs"]
general = true

[[tip]]
id = "net"
safety_net = true
sources = ["nice", "nhs"]

[[source]]
id = "nice"
url = "https://www.nice.org.uk/guidance/ng59"

[[source]]
id = "nhs"
url = "https://www.nhs.uk/conditions/back-pain/"
"#;

pub const REGIONS: &str = r#"
[neutral]
numbers = [{ number = "112", what = "EU emergency number", source = "https://example.org/112" }]

[[region]]
code = "AU"
emergency = "000"
numbers = [
  { number = "000", what = "emergency", source = "https://example.org/000" },
  { number = "1800 022 222", what = "health line", source = "https://example.org/hd" },
]
services = [{ what = "GP", source = "https://example.org/gp" }]
"#;

/// The baseline text of a key: "Text of <key>.", with the placeholders the
/// key must use, e.g. "Text of ui.step_of {n} {total}."
pub fn text(key: &str) -> String {
    let names = REQUIRED_PLACEHOLDERS
        .iter()
        .find(|(k, _)| *k == key)
        .map_or(&[][..], |(_, names)| *names);
    let placeholders: String = names.iter().map(|n| format!(" {{{n}}}")).collect();
    format!("Text of {key}{placeholders}.")
}

/// A valid locale file: every text is "Text of <key>." (see [`text`]).
pub fn locale(name: &str) -> String {
    let mut s = format!("[meta]\nname = \"{name}\"\nemergency_number_default = \"112\"\n\n[ui]\n");
    for key in REQUIRED_UI {
        s += &format!("{key} = \"{}\"\n", text(&format!("ui.{key}")));
    }
    for level in LEVELS {
        s += &format!(
            "\n[level.{level}]\ntitle = \"Text of level.{level}.title.\"\naction = \"{}\"\n",
            text(&format!("level.{level}.action"))
        );
    }
    s += "\n[step.flags]\ntitle = \"Text of step.flags.title.\"\n";
    s += "option.chest = \"Text of step.flags.option.chest.\"\noption.none = \"Text of step.flags.option.none.\"\n";
    s += "\n[step.pain]\ntitle = \"Text of step.pain.title.\"\nlow = \"Text of step.pain.low.\"\nhigh = \"Text of step.pain.high.\"\n";
    s += "\n[step.onset]\ntitle = \"Text of step.onset.title.\"\n";
    s += "option.sudden = \"Text of step.onset.option.sudden.\"\noption.slow = \"Text of step.onset.option.slow.\"\n";
    for tip in ["act", "heat", "net"] {
        s += &format!(
            "\n[tip.{tip}]\ntitle = \"Text of tip.{tip}.title.\"\nbody = \"Text of tip.{tip}.body.\"\n"
        );
    }
    for source in ["nice", "nhs"] {
        s += &format!("\n[source.{source}]\nlabel = \"Text of source.{source}.label.\"\n");
    }
    for region in ["neutral", "AU"] {
        s += &format!("\n[region.{region}]\n");
        for key in REGION_KEYS {
            s += &format!("{key} = \"Text of region.{region}.{key}.\"\n");
        }
    }
    s
}

#[derive(Clone, Copy)]
pub enum File {
    Flow,
    Regions,
    En,
    Es,
    De,
}
pub use File::*;

/// Compiles the baseline with `from` replaced by `to` in `file`.
pub fn compile_with(
    file: File,
    from: &str,
    to: &str,
) -> Result<bsc_content::Generated, Vec<String>> {
    compile_edits(&[(file, from, to)])
}

/// Compiles the baseline with each edit `(file, from, to)` applied in turn.
pub fn compile_edits(edits: &[(File, &str, &str)]) -> Result<bsc_content::Generated, Vec<String>> {
    let mut flow = FLOW.to_owned();
    let mut regions = REGIONS.to_owned();
    let mut en = locale("English");
    let mut es = locale("Español");
    let mut de = locale("Deutsch");
    for &(file, from, to) in edits {
        let target = match file {
            Flow => &mut flow,
            Regions => &mut regions,
            En => &mut en,
            Es => &mut es,
            De => &mut de,
        };
        assert!(target.contains(from), "the edit {from:?} does not apply");
        *target = target.replacen(from, to, 1);
    }
    compile_str(&flow, &regions, &[("en", &en), ("es", &es), ("de", &de)]).map_err(|e| e.messages())
}

/// Whether generated source holds `code`, whatever its layout: both are
/// compared without whitespace.
pub fn holds(source: &str, code: &str) -> bool {
    let squash = |s: &str| s.split_whitespace().collect::<String>();
    squash(source).contains(&squash(code))
}
