//! Every content error, one row each, on small inline TOML: a valid
//! baseline (tests/common) with one edit.

mod common;

use bsc_content::compile_dir;
use common::*;

#[test]
fn baseline_is_valid() {
    let generated = compile_with(Flow, "", "").unwrap();
    let tables = &generated.tables;
    let rows = [
        (&generated.ui, "pub const STEP_OF: TextId"),
        (tables, "pub(crate) static LOCALES: [Locale; 3]"),
        (tables, "\"Text of tip.heat.body.\""),
        // A step's condition, a source's URL and a general tip reach the tables.
        (tables, "show_if: Some(&Cond {"),
        (tables, "url: \"https://www.nhs.uk/conditions/back-pain/\""),
        (tables, "safety_net: false, general: true"),
    ];
    for (source, code) in rows {
        assert!(holds(source, code), "{code}");
    }
    assert!(!tables.contains("serde"));
    assert!(generated.levels.contains("SelfCare = \"self-care\","));
}

const ROWS: &[(&str, File, &str, &str, &str)] = &[
    // Texts.
    ("empty text", En, "\"Text of tip.heat.body.\"", "\"\"", "content/en.toml: tip.heat.body is empty"),
    ("blank text", Es, "\"Text of step.onset.title.\"", "\"  \"", "content/es.toml: step.onset.title is empty"),
    ("NUL in a text", De, "\"Text of step.onset.title.\"", "\"a\\u0000b\"", "content/de.toml: step.onset.title contains a NUL character"),
    ("missing text", Es, "body = \"Text of tip.heat.body.\"\n", "", "content/es.toml: tip.heat.body is missing (present in content/en.toml)"),
    ("missing option label", En, "option.slow = \"Text of step.onset.option.slow.\"\n", "", "content/en.toml: step.onset.option.slow is missing"),
    ("missing scale end", En, "low = \"Text of step.pain.low.\"\n", "", "content/en.toml: step.pain.low is missing"),
    ("missing level text", En, "action = \"Text of level.soon.action.\"\n", "", "content/en.toml: level.soon.action is missing"),
    ("missing source label", Es, "label = \"Text of source.nhs.label.\"\n", "", "content/es.toml: source.nhs.label is missing (present in content/en.toml)"),
    ("missing ui text", Es, "copy = \"Text of ui.copy.\"\n", "", "content/es.toml: ui.copy is missing (present in content/en.toml)"),
    ("missing meta", Es, "name = \"Español\"\n", "", "content/es.toml: meta.name is missing (present in content/en.toml)"),
    ("not text", En, "\"Text of tip.heat.title.\"", "3", "content/en.toml: tip.heat.title must be text in quotes"),
    ("extra ui key in one locale", Es, "[ui]\n", "[ui]\nextra = \"Extra.\"\n", "content/es.toml: ui.extra is not in content/en.toml"),
    ("extra ui key missing in another", En, "[ui]\n", "[ui]\nextra = \"Extra.\"\n", "content/es.toml: ui.extra is missing (present in content/en.toml)"),
    ("help only in one locale", Es, "[step.onset]\n", "[step.onset]\nhelp = \"Help.\"\n", "content/es.toml: step.onset.help is not in content/en.toml"),
    ("help missing in one locale", En, "[step.onset]\n", "[step.onset]\nhelp = \"Help.\"\n", "content/es.toml: step.onset.help is missing (present in content/en.toml)"),
    ("text for an unknown step", En, "[step.onset]\n", "[step.nope]\ntitle = \"X.\"\n\n[step.onset]\n", "content/en.toml: step.nope.title is not used by content/flow.toml"),
    ("unknown placeholder", En, "\"Text of ui.step_of {n} {total}.\"", "\"Step {n} of {count}\"", "content/en.toml: ui.step_of uses unknown placeholder {count}"),
    ("unclosed placeholder", En, "\"Text of ui.step_of {n} {total}.\"", "\"Step {n of\"", "content/en.toml: ui.step_of has a { without a closing }"),
    ("step count without total", De, "\"Text of ui.step_of {n} {total}.\"", "\"Schritt {n}\"", "content/de.toml: ui.step_of must use the placeholder {total}"),
    ("scale label without number", Es, "\"Text of ui.scale_selected {n}.\"", "\"de 10\"", "content/es.toml: ui.scale_selected must use the placeholder {n}"),
    ("emergency action without number", De, "\"Text of level.emergency.action {number}.\"", "\"Rufen Sie an.\"", "content/de.toml: level.emergency.action must use the placeholder {number}"),
    ("bad ui key", En, "[ui]\n", "[ui]\nstep-of = \"X.\"\n", "content/en.toml: ui key \"step-of\" must use only a-z, 0-9 and _"),
    // Locales.
    ("no locales", Flow, "locales = [\"en\", \"es\", \"de\"]", "locales = []", "content/flow.toml: locales is empty; list at least one, e.g. locales = [\"en\"]"),
    ("missing locale file", Flow, "locales = [\"en\", \"es\", \"de\"]", "locales = [\"en\", \"es\", \"de\", \"fr\"]", "content/fr.toml: cannot read: file not found"),
    ("bad locale code", Flow, "locales = [\"en\", \"es\", \"de\"]", "locales = [\"en\", \"es\", \"de\", \"EN\"]", "content/flow.toml: locale \"EN\" must be a lowercase language code like \"en\""),
    ("locale listed twice", Flow, "locales = [\"en\", \"es\", \"de\"]", "locales = [\"en\", \"es\", \"de\", \"es\"]", "content/flow.toml: locale es is listed twice"),
    // Steps.
    ("bad step id", Flow, "id = \"onset\"", "id = \"on-set\"", "content/flow.toml: step \"on-set\" has a bad id (use only a-z, 0-9 and _)"),
    ("duplicate step", Flow, "id = \"onset\"", "id = \"pain\"", "content/flow.toml: step pain is listed twice"),
    ("duplicate option", Flow, "{ id = \"slow\" }", "{ id = \"sudden\" }", "content/flow.toml: step onset: option sudden is listed twice"),
    ("bad option id", Flow, "{ id = \"slow\" }", "{ id = \"Slow\" }", "content/flow.toml: step onset: option \"Slow\" has a bad id (use only a-z, 0-9 and _)"),
    ("too many options", Flow, "options = [{ id = \"sudden\" }, { id = \"slow\" }]", "options = [{ id = \"o1\" }, { id = \"o2\" }, { id = \"o3\" }, { id = \"o4\" }, { id = \"o5\" }, { id = \"o6\" }, { id = \"o7\" }, { id = \"o8\" }, { id = \"o9\" }]", "content/flow.toml: step onset has 9 options; at most 8 fit on one screen (split it into two steps)"),
    ("one option only", Flow, "options = [{ id = \"sudden\" }, { id = \"slow\" }]", "options = [{ id = \"sudden\" }]", "content/flow.toml: step onset needs at least 2 options"),
    ("multi without none", Flow, "{ id = \"none\", none = true }", "{ id = \"none\" }", "content/flow.toml: step flags needs exactly one option with none = true, found 0"),
    ("none on a single step", Flow, "{ id = \"slow\" }", "{ id = \"slow\", none = true }", "content/flow.toml: step onset: none = true is only for multi steps"),
    ("none with a level", Flow, "{ id = \"none\", none = true }", "{ id = \"none\", none = true, level = \"soon\" }", "content/flow.toml: step flags: option none is the \"none\" option, so it cannot have a level"),
    ("unknown option level", Flow, "level = \"emergency\" }", "level = \"now\" }", "content/flow.toml: step flags: option chest has unknown level \"now\" (use self-care, soon, urgent or emergency)"),
    ("unknown stop level", Flow, "stop_at = \"emergency\"", "stop_at = \"asap\"", "content/flow.toml: step flags: stop_at has unknown level \"asap\" (use self-care, soon, urgent or emergency)"),
    ("bad band id", Flow, "{ id = \"mild\", max = 7 }", "{ id = \"mild!\", max = 7 }", "content/flow.toml: step pain: band \"mild!\" has a bad id (use only a-z, 0-9 and _)"),
    ("duplicate band", Flow, "{ id = \"mild\", max = 7 }", "{ id = \"severe\", max = 7 }", "content/flow.toml: step pain: band severe is listed twice"),
    ("show_if on its own answer", Flow, "show_if = { any = [\"flags.none\"] }", "show_if = { any = [\"onset.sudden\"] }", "content/flow.toml: step onset: show_if refers to onset.sudden, which is not asked before it (use answers of earlier steps)"),
    ("show_if on a later answer", Flow, "kind = \"scale\"\n", "kind = \"scale\"\nshow_if = { all = [\"onset.slow\"] }\n", "content/flow.toml: step pain: show_if refers to onset.slow, which is not asked before it (use answers of earlier steps)"),
    ("show_if on an unknown answer", Flow, "show_if = { any = [\"flags.none\"] }", "show_if = { any = [\"flags.nope\"] }", "content/flow.toml: step onset: show_if refers to unknown answer flags.nope"),
    ("empty show_if", Flow, "show_if = { any = [\"flags.none\"] }", "show_if = {}", "content/flow.toml: step onset: show_if has no condition (all, any or at_least)"),
    ("bands short of max", Flow, "max = 10, level", "max = 9, level", "content/flow.toml: step pain: the last band must end at max (10)"),
    ("bands out of order", Flow, "{ id = \"mild\", max = 7 }", "{ id = \"mild\", max = 10 }", "content/flow.toml: step pain: band severe must end above the band before it and at or above min"),
    ("scale without min", Flow, "min = 0\n", "", "content/flow.toml: step pain needs min and max"),
    ("options on a scale", Flow, "kind = \"scale\"\n", "kind = \"scale\"\noptions = [{ id = \"x\" }]\n", "content/flow.toml: step pain: a scale step has bands, not options"),
    ("bands on a single step", Flow, "kind = \"single\"\n", "kind = \"single\"\nmin = 1\n", "content/flow.toml: step onset: min, max and bands are only for scale steps"),
    // Regions.
    ("bad region code", Regions, "code = \"AU\"", "code = \"au\"", "content/regions.toml: region \"au\" needs an ISO 3166-1 alpha-2 code in upper case, e.g. \"US\""),
    ("region listed twice", Regions, "[[region]]\ncode = \"AU\"", "[[region]]\ncode = \"AU\"\nemergency = \"000\"\nnumbers = [{ number = \"000\", what = \"x\", source = \"https://example.org/x\" }]\n\n[[region]]\ncode = \"AU\"", "content/regions.toml: region AU is listed twice"),
    ("emergency not listed", Regions, "emergency = \"000\"", "emergency = \"001\"", "content/regions.toml: region AU: emergency 001 is not among its numbers (list it with a source)"),
    ("number not a number", Regions, "number = \"000\"", "number = \"0O0\"", "content/regions.toml: region AU: number \"0O0\" must be 2 to 15 digits, in groups split by single spaces"),
    ("number without what", Regions, "what = \"emergency\"", "what = \" \"", "content/regions.toml: region AU: number 000 has no `what`"),
    ("number without https", Regions, "https://example.org/000", "http://example.org/000", "content/regions.toml: region AU: number 000: source \"http://example.org/000\" must start with https:// and have no spaces, quotes or <>"),
    ("service without https", Regions, "https://example.org/gp", "example.org/gp", "content/regions.toml: region AU: service \"GP\": source \"example.org/gp\" must start with https:// and have no spaces, quotes or <>"),
    ("neutral number without source", Regions, "https://example.org/112", "", "content/regions.toml: neutral: number 112: source \"\" must start with https:// and have no spaces, quotes or <>"),
    ("unknown field in regions", Regions, "emergency = \"000\"", "emergency = \"000\"\nphone = \"000\"", "content/regions.toml: TOML error at line 8, column 1: unknown field `phone`, expected one of `code`, `emergency`, `numbers`, `services`"),
    ("region wording missing", Es, "gp = \"Text of region.AU.gp.\"\n", "", "content/es.toml: region.AU.gp is missing (present in content/en.toml)"),
    ("neutral wording missing", En, "ed = \"Text of region.neutral.ed.\"\n", "", "content/en.toml: region.neutral.ed is missing"),
    ("wording for an unknown region", De, "[region.AU]\n", "[region.FR]\nname = \"Frankreich\"\n\n[region.AU]\n", "content/de.toml: region.FR.name is not in content/en.toml"),
    ("wording for an unlisted region", En, "[region.AU]\n", "[region.FR]\nname = \"France\"\n\n[region.AU]\n", "content/en.toml: region.FR.name is not used: content/regions.toml lists no such region, or region wording has no such key"),
    ("unlisted number in wording", En, "\"Text of region.AU.today.\"", "\"Call healthdirect on 1800 022 223.\"", "content/en.toml: region.AU.today names 1800022223, which is not among region AU's numbers in content/regions.toml (each needs a source)"),
    ("neutral wording names a number", De, "\"Text of region.neutral.today.\"", "\"Rufen Sie 116 117 an.\"", "content/de.toml: region.neutral.today names 116117, which is not among the neutral numbers in content/regions.toml (each needs a source)"),
    ("placeholder in region wording", En, "\"Text of region.AU.ed.\"", "\"the {ed}\"", "content/en.toml: region.AU.ed is region wording and cannot use placeholders"),
    ("number in an ordinary text", En, "\"Text of tip.heat.body.\"", "\"Call 000 if it hurts.\"", "content/en.toml: tip.heat.body names the phone number 000; numbers belong in the region wording and reach texts as {number} or {today}"),
    ("unlisted neutral emergency number", Es, "emergency_number_default = \"112\"", "emergency_number_default = \"112 o 911\"", "content/es.toml: meta.emergency_number_default names 911, which is not among the neutral numbers in content/regions.toml"),
    ("load error without number", Es, "\"Text of ui.load_error {number}.\"", "\"No se pudo cargar.\"", "content/es.toml: ui.load_error must use the placeholder {number}"),
    // Rules.
    ("unknown answer in rule", Flow, "\"onset.slow\"", "\"onset.slowly\"", "content/flow.toml: rule slow_severe refers to unknown answer onset.slowly"),
    ("unknown rule level", Flow, "level = \"soon\"\nall", "level = \"sooon\"\nall", "content/flow.toml: rule slow_severe has unknown level \"sooon\" (use self-care, soon, urgent or emergency)"),
    ("rule without condition", Flow, "all = [\"onset.slow\", \"pain.severe\"]", "", "content/flow.toml: rule slow_severe has no condition (all, any or at_least)"),
    ("at_least too many", Flow, "all = [\"onset.slow\", \"pain.severe\"]", "at_least = { n = 3, of = [\"onset.slow\", \"pain.severe\"] }", "content/flow.toml: rule slow_severe: at_least n must be from 1 to 2 (the number in of)"),
    ("bad rule id", Flow, "id = \"slow_severe\"", "id = \"slow severe\"", "content/flow.toml: rule \"slow severe\" has a bad id (use only a-z, 0-9 and _)"),
    ("duplicate rule", Flow, "[[tip]]\nid = \"act\"", "[[rule]]\nid = \"slow_severe\"\nlevel = \"soon\"\nany = [\"onset.slow\"]\n\n[[tip]]\nid = \"act\"", "content/flow.toml: rule slow_severe is listed twice"),
    // Tips and sources.
    ("tip without source", Flow, "sources = [\"nhs\"]", "sources = []", "content/flow.toml: tip heat has no source"),
    ("unknown source", Flow, "sources = [\"nhs\"]", "sources = [\"acp\"]", "content/flow.toml: tip heat refers to unknown source acp"),
    ("unknown rule in tip", Flow, "sources = [\"nhs\"]", "sources = [\"nhs\"]\nrule = \"nope\"", "content/flow.toml: tip heat refers to unknown rule nope"),
    ("unknown answer in tip", Flow, "sources = [\"nhs\"]", "sources = [\"nhs\"]\nwhen = { any = [\"pain.worst\"] }", "content/flow.toml: tip heat refers to unknown answer pain.worst"),
    ("unknown tip level", Flow, "levels = [\"soon\", \"self-care\"]", "levels = [\"soon\", \"selfcare\"]", "content/flow.toml: tip heat has unknown level \"selfcare\" (use self-care, soon, urgent or emergency)"),
    ("no safety net", Flow, "safety_net = true", "safety_net = false", "content/flow.toml: level self-care has no safety net (every result needs a tip with safety_net = true for its level)"),
    ("safety net for some levels", Flow, "id = \"net\"\n", "id = \"net\"\nlevels = [\"soon\"]\n", "content/flow.toml: level emergency has no safety net (every result needs a tip with safety_net = true for its level)"),
    ("safety net with a condition", Flow, "id = \"net\"\n", "id = \"net\"\nwhen = { any = [\"onset.slow\"] }\n", "content/flow.toml: tip net is a safety net, so it cannot have when or rule (it shows on every result of its levels)"),
    ("general safety net", Flow, "id = \"net\"\n", "id = \"net\"\ngeneral = true\n", "content/flow.toml: tip net is a safety net, so it cannot be general (safety nets are never folded)"),
    ("general tip before a tip for the answers", Flow, "[[tip]]\nid = \"act\"", "[[tip]]\nid = \"gen\"\ngeneral = true\nsources = [\"nice\"]\n\n[[tip]]\nid = \"act\"", "content/flow.toml: tip act must come before the general tips (tips show in file order: tips for the reader's answers, then general tips, then safety nets)"),
    ("safety net before other tips", Flow, "id = \"act\"\n", "id = \"act\"\nsafety_net = true\n", "content/flow.toml: tip heat must come before the safety nets (tips show in file order: tips for the reader's answers, then general tips, then safety nets)"),
    ("reachable level without tip", Flow, "levels = [\"emergency\"]", "levels = [\"urgent\"]", "content/flow.toml: level emergency has no tip that always applies to it (every result needs one besides the safety net)"),
    ("level with conditional tips only", Flow, "levels = [\"soon\", \"self-care\"]", "levels = [\"soon\", \"self-care\"]\nwhen = { any = [\"onset.slow\"] }", "content/flow.toml: level soon has no tip that always applies to it (every result needs one besides the safety net)"),
    ("duplicate source", Flow, "[[source]]\nid = \"nhs\"", "[[source]]\nid = \"nice\"", "content/flow.toml: source nice is listed twice"),
    ("bad source id", Flow, "[[source]]\nid = \"nhs\"", "[[source]]\nid = \"NHS\"", "content/flow.toml: source \"NHS\" has a bad id (use only a-z, 0-9 and _)"),
    ("source without url", Flow, "url = \"https://www.nhs.uk/conditions/back-pain/\"\n", "", "content/flow.toml: source nhs has no url"),
    ("source url not https", Flow, "url = \"https://www.nhs.uk/conditions/back-pain/\"", "url = \"http://www.nhs.uk/\"", "content/flow.toml: source nhs: url \"http://www.nhs.uk/\" must start with https:// and have no spaces, quotes or <>"),
    ("source url with a space", Flow, "url = \"https://www.nhs.uk/conditions/back-pain/\"", "url = \"https://www.nhs.uk/back pain\"", "content/flow.toml: source nhs: url \"https://www.nhs.uk/back pain\" must start with https:// and have no spaces, quotes or <>"),
    ("bad tip id", Flow, "id = \"heat\"", "id = \"Heat\"", "content/flow.toml: tip \"Heat\" has a bad id (use only a-z, 0-9 and _)"),
    ("duplicate tip", Flow, "id = \"heat\"", "id = \"act\"", "content/flow.toml: tip act is listed twice"),
];

#[test]
fn each_error_is_reported_by_file_and_item() {
    let mut failures = Vec::new();
    for (what, file, from, to, expected) in ROWS {
        match compile_with(*file, from, to) {
            Ok(_) => failures.push(format!("{what}: no error, expected {expected}")),
            Err(errors) if !errors.iter().any(|e| e == expected) => {
                failures.push(format!("{what}: expected {expected}\n  got {errors:#?}"));
            }
            Err(_) => {}
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A country's wording may name its own listed numbers, however they are
/// grouped; the region tables carry each country's emergency number.
#[test]
fn region_wording_names_its_own_numbers() {
    let generated = compile_edits(&[
        (
            Es,
            "\"Text of region.AU.today.\"",
            "\"Llame a healthdirect al 1800 022 222.\"",
        ),
        (En, "\"Text of region.AU.today.\"", "\"Call 1800-022-222.\""),
    ])
    .unwrap();
    assert!(holds(
        &generated.tables,
        "Region { code: \"AU\", emergency: \"000\", texts: [TextId("
    ));
    assert!(holds(
        &generated.tables,
        "pub(crate) static NEUTRAL: [TextId; 6]"
    ));
}

#[test]
fn toml_errors_name_file_line_and_column() {
    let errors = compile_with(En, "[ui]\n", "[ui]\ntitle = \n").unwrap_err();
    assert!(
        errors[0].starts_with("content/en.toml: TOML error at line "),
        "{errors:?}"
    );
    let errors =
        compile_with(Flow, "kind = \"single\"", "kind = \"single\"\noptoins = []").unwrap_err();
    assert!(
        errors[0].starts_with("content/flow.toml: TOML error at line "),
        "{errors:?}"
    );
    assert!(errors[0].contains("unknown field `optoins`"), "{errors:?}");
}

#[test]
fn committed_content_is_valid() {
    let dir = std::path::Path::new(env!("BSC_CONTENT_DIR"));
    let generated = compile_dir(dir).unwrap_or_else(|e| panic!("{e}"));
    let names: Vec<String> = generated
        .files
        .iter()
        .map(|f| f.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names[..3], ["flow.toml", "regions.toml", "en.toml"]);
    // One file per language listed in flow.toml, English first.
    assert!(names.len() >= 5, "{names:?}");
    assert!(names.contains(&"es.toml".to_owned()), "{names:?}");
    assert!(names.contains(&"de.toml".to_owned()), "{names:?}");
}
