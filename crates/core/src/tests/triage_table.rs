//! One row per triage rule (and per option or band that carries a level).

use super::facts;
use crate::generated::{FACT_NAMES, LEVEL_FACTS, RULES};
use crate::triage::level_of;
use crate::Level::{self, *};

/// (what the row shows, the rule or fact it exercises, facts, level)
type Row = (&'static str, &'static str, &'static [&'static str], Level);

const ROWS: &[Row] = &[
    (
        "nothing worrying",
        "-",
        &["onset.sudden", "severity.mild"],
        SelfCare,
    ),
    // Emergency flags: each alone.
    (
        "saddle numbness or wiping feels different",
        "emergency_flags.saddle",
        &["emergency_flags.saddle"],
        Emergency,
    ),
    (
        "bladder or bowel",
        "emergency_flags.bladder_bowel",
        &["emergency_flags.bladder_bowel"],
        Emergency,
    ),
    (
        "both legs / very weak legs",
        "emergency_flags.legs",
        &["emergency_flags.legs"],
        Emergency,
    ),
    (
        "sexual function",
        "emergency_flags.sexual",
        &["emergency_flags.sexual"],
        Emergency,
    ),
    (
        "chest pain",
        "emergency_flags.chest",
        &["emergency_flags.chest"],
        Emergency,
    ),
    (
        "sudden severe tummy or side pain",
        "emergency_flags.tummy",
        &["emergency_flags.tummy"],
        Emergency,
    ),
    (
        "faint, sweaty, clammy or collapsed",
        "emergency_flags.faint",
        &["emergency_flags.faint"],
        Emergency,
    ),
    (
        "serious accident",
        "urgent_flags.accident",
        &["urgent_flags.accident"],
        Emergency,
    ),
    (
        "fever or very unwell, and confused or drowsy (sepsis)",
        "urgent_flags.sepsis",
        &["urgent_flags.sepsis"],
        Emergency,
    ),
    (
        "emergency beats urgent",
        "-",
        &["emergency_flags.chest", "urgent_flags.fever"],
        Emergency,
    ),
    // About you.
    ("under 16", "age.under_16", &["age.under_16"], Soon),
    (
        "16 to 49",
        "-",
        &["age.16_to_49", "recurrence.first"],
        SelfCare,
    ),
    (
        "50 or over, first episode",
        "first_at_50",
        &["age.50_or_over", "recurrence.first"],
        Soon,
    ),
    (
        "50 or over, had it before",
        "-",
        &["age.50_or_over", "recurrence.before"],
        SelfCare,
    ),
    (
        "pregnant, no warning sign",
        "-",
        &["pregnant.yes", "pregnancy_flags.none"],
        SelfCare,
    ),
    (
        "pregnant, bleeding",
        "pregnancy_flags.bleeding",
        &["pregnant.yes", "pregnancy_flags.bleeding"],
        Urgent,
    ),
    (
        "pregnant, contractions or tightening",
        "pregnancy_flags.tightening",
        &["pregnant.yes", "pregnancy_flags.tightening"],
        Urgent,
    ),
    (
        "pregnant, heavy bleeding",
        "pregnancy_flags.heavy_bleeding",
        &["pregnant.yes", "pregnancy_flags.heavy_bleeding"],
        Emergency,
    ),
    (
        "pregnant, constant severe pain in the bump",
        "pregnancy_flags.bump_pain",
        &["pregnant.yes", "pregnancy_flags.bump_pain"],
        Emergency,
    ),
    (
        "pregnant, waters leaking",
        "pregnancy_flags.waters",
        &["pregnant.yes", "pregnancy_flags.waters"],
        Urgent,
    ),
    (
        "pregnant, baby moving less",
        "pregnancy_flags.movements",
        &["pregnant.yes", "pregnancy_flags.movements"],
        Urgent,
    ),
    (
        "pregnant, signs of pre-eclampsia",
        "pregnancy_flags.pre_eclampsia",
        &["pregnant.yes", "pregnancy_flags.pre_eclampsia"],
        Urgent,
    ),
    (
        "pregnant, fever (asked of everyone)",
        "-",
        &["pregnant.yes", "pregnancy_flags.none", "urgent_flags.fever"],
        Urgent,
    ),
    // Urgent flags: each alone.
    (
        "fever",
        "urgent_flags.fever",
        &["urgent_flags.fever"],
        Urgent,
    ),
    (
        "weight loss",
        "urgent_flags.weight_loss",
        &["urgent_flags.weight_loss"],
        Urgent,
    ),
    (
        "history of cancer",
        "urgent_flags.cancer",
        &["urgent_flags.cancer"],
        Urgent,
    ),
    (
        "lump or changed shape",
        "more_flags.lump",
        &["more_flags.lump"],
        Urgent,
    ),
    (
        "pain all the time, even lying still",
        "more_flags.no_rest",
        &["more_flags.no_rest"],
        Urgent,
    ),
    (
        "pain or burning when peeing (kidney infection or stone)",
        "more_flags.pee",
        &["more_flags.pee"],
        Urgent,
    ),
    (
        "recent spine surgery, spinal injection or epidural",
        "more_flags.surgery",
        &["more_flags.surgery"],
        Urgent,
    ),
    (
        "weak immune system",
        "urgent_flags.immune",
        &["urgent_flags.immune"],
        Urgent,
    ),
    (
        "fracture risk, even without a fall",
        "more_flags.fracture_risk",
        &["more_flags.fracture_risk"],
        Urgent,
    ),
    // Rule fall_at_50.
    (
        "a small fall at 50 or over",
        "fall_at_50",
        &["more_flags.fall", "age.50_or_over", "recurrence.before"],
        Urgent,
    ),
    (
        "a small fall under 50",
        "-",
        &["more_flags.fall", "age.16_to_49"],
        SelfCare,
    ),
    (
        "one leg or foot getting weaker",
        "urgent_flags.one_leg",
        &["urgent_flags.one_leg"],
        Urgent,
    ),
    // Rule leg_with_infection_or_cancer.
    (
        "one leg weaker, with a fever",
        "leg_with_infection_or_cancer",
        &["urgent_flags.one_leg", "urgent_flags.fever"],
        Emergency,
    ),
    (
        "one leg weaker, weak immune system or injecting drugs",
        "-",
        &["urgent_flags.one_leg", "urgent_flags.immune"],
        Emergency,
    ),
    (
        "one leg weaker, cancer now or before",
        "-",
        &["urgent_flags.one_leg", "urgent_flags.cancer"],
        Emergency,
    ),
    (
        "fever and cancer, no weaker leg",
        "-",
        &["urgent_flags.fever", "urgent_flags.cancer"],
        Urgent,
    ),
    (
        "between shoulder blades",
        "area.upper",
        &["area.upper"],
        Urgent,
    ),
    (
        "urgent beats soon",
        "-",
        &["urgent_flags.cancer", "severity.severe"],
        Urgent,
    ),
    (
        "none of the flags",
        "-",
        &[
            "emergency_flags.none",
            "urgent_flags.none",
            "more_flags.none",
        ],
        SelfCare,
    ),
    // Soon.
    (
        "severe pain 8-10",
        "severity.severe",
        &["severity.severe"],
        Soon,
    ),
    ("moderate pain 4-7", "-", &["severity.moderate"], SelfCare),
    (
        "6-12 weeks",
        "duration.weeks_6_12",
        &["duration.weeks_6_12"],
        Soon,
    ),
    (
        "over 12 weeks",
        "duration.over_12_weeks",
        &["duration.over_12_weeks"],
        Soon,
    ),
    (
        "1-3 weeks, about the same",
        "-",
        &["duration.weeks_1_3", "trend.same"],
        SelfCare,
    ),
    (
        "3-6 weeks, getting better",
        "-",
        &["duration.weeks_3_6", "trend.better"],
        SelfCare,
    ),
    (
        "3-6 weeks, about the same",
        "not_improving",
        &["duration.weeks_3_6", "trend.same"],
        Soon,
    ),
    ("getting worse", "trend.worse", &["trend.worse"], Soon),
    (
        "keeps coming back",
        "recurrence.keeps_coming",
        &["recurrence.keeps_coming"],
        Soon,
    ),
    ("happened before", "-", &["recurrence.before"], SelfCare),
    ("stops daily tasks", "impact.daily", &["impact.daily"], Soon),
    (
        "worried about the pain",
        "impact.worry",
        &["impact.worry"],
        Soon,
    ),
    ("hard to cope", "impact.coping", &["impact.coping"], Soon),
    ("afraid of moving alone", "-", &["impact.fear"], SelfCare),
    ("low mood alone", "-", &["impact.low"], SelfCare),
    // Rule leg_pain_not_easing.
    (
        "below knee, 1-3 weeks, the same",
        "leg_pain_not_easing",
        &["spread.below_knee", "duration.weeks_1_3", "trend.same"],
        Soon,
    ),
    (
        "below knee, 1-3 weeks, getting better",
        "-",
        &["spread.below_knee", "duration.weeks_1_3", "trend.better"],
        SelfCare,
    ),
    (
        "below knee, 2-7 days, the same",
        "-",
        &["spread.below_knee", "duration.days_2_7", "trend.same"],
        SelfCare,
    ),
    (
        "thigh, 1-3 weeks, the same",
        "-",
        &["spread.thigh", "duration.weeks_1_3", "trend.same"],
        SelfCare,
    ),
    // Rule many_impacts.
    (
        "afraid of moving + low mood",
        "many_impacts",
        &["impact.fear", "impact.low"],
        Soon,
    ),
    (
        "triggers never set a level",
        "-",
        &[
            "triggers.sport",
            "triggers.lifting",
            "triggers.sitting",
            "triggers.bending",
        ],
        SelfCare,
    ),
];

#[test]
fn triage_rules_table() {
    for (what, _, names, expected) in ROWS {
        assert_eq!(level_of(facts(names)), *expected, "row {what:?}: {names:?}");
    }
}

/// Every rule and every fact that carries a level has a row of its own.
#[test]
fn table_covers_every_rule() {
    let covered: Vec<&str> = ROWS.iter().map(|r| r.1).collect();
    for rule in &RULES {
        assert!(covered.contains(&rule.id), "rule {} has no row", rule.id);
    }
    for (bit, name) in FACT_NAMES.iter().enumerate() {
        let carries = LEVEL_FACTS.iter().any(|m| m & (1 << bit) != 0);
        if carries {
            assert!(
                covered.contains(name),
                "{name} carries a level but has no row"
            );
        }
    }
}
