//! The session state machine, through the public API only.

use bsc_core::{
    default_locale, flow, ui, Answer, AnswerError, Level, Place, QuestionScreen, Screen, Session,
    Step, StepKind,
};

fn question(s: &Session) -> QuestionScreen {
    match s.screen() {
        Screen::Question(q) => q,
        other => panic!("expected a question, got {other:?}"),
    }
}

/// Single-choice steps whose calm answer is not the first option.
const CALM: &[(&str, &str)] = &[("age", "16_to_49")];

/// The answer "nothing worrying" for a step: none / the calm option / min.
fn calm(step: &Step) -> Answer {
    match step.kind {
        StepKind::Single { .. } => Answer::Single(
            CALM.iter()
                .find(|(id, _)| *id == step.id)
                .map_or(0, |(_, option)| option_of(step.id, option)),
        ),
        StepKind::Multi { none, .. } => Answer::Multi(vec![none]),
        StepKind::Scale { min, .. } => Answer::Scale(min),
    }
}

/// Answers calmly until the step with this id is on screen.
fn go_to(s: &mut Session, id: &str) {
    while question(s).step.id != id {
        let step = question(s).step;
        s.answer(calm(step)).unwrap();
    }
}

fn finish_calm(s: &mut Session) {
    while let Screen::Question(q) = s.screen() {
        s.answer(calm(q.step)).unwrap();
    }
}

/// Steps asked of everyone (those without a condition).
fn unconditional() -> usize {
    flow()
        .steps()
        .iter()
        .filter(|s| s.id != "pregnancy_flags")
        .count()
}

fn option_of(step: &str, id: &str) -> usize {
    let kind = flow().step(step).unwrap().kind;
    let options = match kind {
        StepKind::Single { options } | StepKind::Multi { options, .. } => options,
        StepKind::Scale { .. } => panic!("{step} is a scale"),
    };
    options.iter().position(|o| o.id == id).unwrap()
}

#[test]
fn start_answer_back_restart() {
    let mut s = Session::new();
    assert_eq!(s.screen(), Screen::Intro);
    assert_eq!(s.outcome(), None);
    s.back(); // nothing before the intro
    assert_eq!(s.screen(), Screen::Intro);
    s.start();
    let q = question(&s);
    assert_eq!((q.index, q.number, q.total), (0, 1, unconditional()));
    assert_eq!(q.step.id, "emergency_flags");
    assert_eq!(q.saved, None);
    s.answer(calm(q.step)).unwrap();
    assert_eq!(question(&s).number, 2);
    s.back();
    assert_eq!(question(&s).saved, Some(calm(q.step)));
    s.back();
    assert_eq!(s.screen(), Screen::Intro);
    s.start(); // answers kept as pre-fills
    assert_eq!(question(&s).saved, Some(calm(q.step)));
    finish_calm(&mut s);
    assert_eq!(s.screen(), Screen::Result);
    assert_eq!(s.answers().len(), unconditional());
    let outcome = s.outcome().unwrap();
    assert_eq!(outcome.level, Level::SelfCare);
    s.back();
    assert_eq!(question(&s).step.id, flow().steps().last().unwrap().id);
    s.restart();
    assert_eq!(s, Session::new());
    assert!(s.answers().is_empty());
}

#[test]
fn emergency_flag_ends_at_once() {
    let mut s = Session::new();
    s.start();
    s.answer(Answer::Multi(vec![option_of("emergency_flags", "legs")]))
        .unwrap();
    assert_eq!(s.screen(), Screen::Result);
    let outcome = s.outcome().unwrap();
    assert_eq!(outcome.level, Level::Emergency);
    assert_eq!(outcome.tips.first().unwrap().id, "act_now");
    assert!(outcome.tips.last().unwrap().safety_net);
    assert_eq!(s.answers().len(), 1);
}

#[test]
fn urgent_flag_ends_with_what_is_safe_until_seen() {
    let mut s = Session::new();
    s.start();
    go_to(&mut s, "urgent_flags");
    s.answer(Answer::Multi(vec![option_of("urgent_flags", "fever")]))
        .unwrap();
    let outcome = s.outcome().unwrap();
    assert_eq!(outcome.level, Level::Urgent);
    let ids: Vec<&str> = outcome.tips.iter().map(|t| t.id).collect();
    assert_eq!(
        ids,
        ["until_seen", "heat_cold", "positions", "net_emergency"]
    );
}

#[test]
fn pregnancy_warning_signs_are_asked_only_when_pregnant() {
    // Not pregnant: the step is skipped, and not counted.
    let mut s = Session::new();
    s.start();
    go_to(&mut s, "pregnant");
    let before = question(&s);
    s.answer(Answer::Single(option_of("pregnant", "no")))
        .unwrap();
    let after = question(&s);
    assert_eq!(after.step.id, "urgent_flags");
    assert_eq!(after.number, before.number + 1);
    assert_eq!(after.total, unconditional());
    // Back skips it too.
    s.back();
    assert_eq!(question(&s).step.id, "pregnant");

    // Pregnant: it is asked, counted, and a warning sign gives "get help
    // today" with the maternity tip, after the urgent signs (where a
    // combination could still be an emergency).
    s.answer(Answer::Single(option_of("pregnant", "yes")))
        .unwrap();
    let q = question(&s);
    assert_eq!(q.step.id, "pregnancy_flags");
    assert_eq!(
        (q.number, q.total),
        (before.number + 1, unconditional() + 1)
    );
    s.answer(Answer::Multi(vec![option_of(
        "pregnancy_flags",
        "bleeding",
    )]))
    .unwrap();
    assert_eq!(question(&s).step.id, "urgent_flags");
    s.answer(Answer::Multi(vec![option_of("urgent_flags", "none")]))
        .unwrap();
    let outcome = s.outcome().unwrap();
    assert_eq!(outcome.level, Level::Urgent);
    assert_eq!(outcome.tips[1].id, "pregnancy_today");

    // Changing "pregnant" back to "no" drops the warning-sign answer.
    s.back();
    s.back();
    s.back();
    assert_eq!(question(&s).step.id, "pregnant");
    s.answer(Answer::Single(option_of("pregnant", "no")))
        .unwrap();
    finish_calm(&mut s);
    assert!(s
        .answers()
        .iter()
        .all(|(step, _)| step.id != "pregnancy_flags"));
    assert_eq!(s.outcome().unwrap().level, Level::SelfCare);
}

#[test]
fn pregnancy_changes_the_painkiller_tip() {
    let tips = |pregnant: &str| {
        let mut s = Session::new();
        s.start();
        go_to(&mut s, "pregnant");
        s.answer(Answer::Single(option_of("pregnant", pregnant)))
            .unwrap();
        finish_calm(&mut s);
        let outcome = s.outcome().unwrap();
        assert_eq!(outcome.level, Level::SelfCare);
        outcome.tips.iter().map(|t| t.id).collect::<Vec<_>>()
    };
    let (no, yes) = (tips("no"), tips("yes"));
    assert!(no.contains(&"painkillers") && !no.contains(&"painkillers_pregnancy"));
    assert!(yes.contains(&"painkillers_pregnancy") && !yes.contains(&"painkillers"));
    assert!(yes.contains(&"pregnancy"));
}

#[test]
fn upper_back_ends_with_urgent() {
    let mut s = Session::new();
    s.start();
    go_to(&mut s, "area");
    s.answer(Answer::Single(option_of("area", "upper")))
        .unwrap();
    assert_eq!(s.outcome().unwrap().level, Level::Urgent);
}

#[test]
fn changing_an_answer_drops_later_answers() {
    let mut s = Session::new();
    s.start();
    finish_calm(&mut s);
    assert_eq!(s.outcome().unwrap().level, Level::SelfCare);
    // Back to the first step, same answer again: later answers survive.
    while s.screen() != Screen::Intro {
        s.back();
    }
    s.start();
    let first = question(&s);
    s.answer(first.saved.clone().unwrap()).unwrap();
    assert_eq!(s.answers().len(), unconditional());
    assert!(question(&s).saved.is_some());
    // A different answer: everything after it is gone.
    s.back();
    s.answer(Answer::Multi(vec![option_of("emergency_flags", "chest")]))
        .unwrap();
    assert_eq!(s.screen(), Screen::Result);
    assert_eq!(s.answers().len(), 1);
    assert_eq!(s.outcome().unwrap().level, Level::Emergency);
    // Back and answer "none": the later steps start empty.
    s.back();
    s.answer(calm(first.step)).unwrap();
    assert_eq!(question(&s).saved, None);
    assert_eq!(s.answers().len(), 1);
}

#[test]
fn changing_severity_changes_the_result() {
    let mut s = Session::new();
    s.start();
    go_to(&mut s, "severity");
    s.answer(Answer::Scale(9)).unwrap();
    finish_calm(&mut s);
    assert_eq!(s.outcome().unwrap().level, Level::Soon);
    while question_or_result_id(&s) != "severity" {
        s.back();
    }
    assert_eq!(question(&s).saved, Some(Answer::Scale(9)));
    s.answer(Answer::Scale(2)).unwrap();
    finish_calm(&mut s);
    assert_eq!(s.outcome().unwrap().level, Level::SelfCare);
}

fn question_or_result_id(s: &Session) -> &'static str {
    match s.screen() {
        Screen::Question(q) => q.step.id,
        _ => "",
    }
}

#[test]
fn multi_answers_are_kept_sorted() {
    let mut s = Session::new();
    s.start();
    go_to(&mut s, "triggers");
    s.answer(Answer::Multi(vec![3, 0])).unwrap();
    s.back();
    assert_eq!(question(&s).saved, Some(Answer::Multi(vec![0, 3])));
}

#[test]
fn refused_answers_have_exact_messages() {
    let mut s = Session::new();
    let cases: &[(&str, Answer, &str)] = &[
        ("emergency_flags", Answer::Single(0), "step \"emergency_flags\" takes a list of choices, got one choice"),
        ("emergency_flags", Answer::Multi(vec![]), "step \"emergency_flags\" needs at least one choice"),
        ("emergency_flags", Answer::Multi(vec![9]), "step \"emergency_flags\" has options 0 to 7, got 9"),
        ("emergency_flags", Answer::Multi(vec![1, 1]), "step \"emergency_flags\": option 1 is chosen twice"),
        (
            "emergency_flags",
            Answer::Multi(vec![0, 7]),
            "step \"emergency_flags\": option 7 (none of these) cannot be chosen with other options",
        ),
        ("onset", Answer::Scale(3), "step \"onset\" takes one choice, got a number"),
        ("onset", Answer::Single(4), "step \"onset\" has options 0 to 3, got 4"),
        ("severity", Answer::Scale(11), "step \"severity\" takes a number from 0 to 10, got 11"),
        ("severity", Answer::Multi(vec![1]), "step \"severity\" takes a number, got a list of choices"),
    ];
    for (step, answer, message) in cases {
        s.restart();
        s.start();
        go_to(&mut s, step);
        let before = s.clone();
        let error = s.answer(answer.clone()).unwrap_err();
        assert_eq!(error.to_string(), *message);
        assert_eq!(s, before, "a refused answer changes nothing");
    }
    s.restart();
    assert_eq!(s.answer(Answer::Single(0)), Err(AnswerError::NoQuestion));
    s.start();
    finish_calm(&mut s);
    assert_eq!(s.answer(Answer::Single(0)), Err(AnswerError::NoQuestion));
}

#[test]
fn summary_lists_result_answers_and_tips() {
    let mut s = Session::new();
    assert_eq!(s.summary(default_locale(), &Place::default()), None);
    s.start();
    go_to(&mut s, "severity");
    s.answer(Answer::Scale(8)).unwrap();
    finish_calm(&mut s);
    let text = s.summary(default_locale(), &Place::default()).unwrap();
    let en = default_locale();
    assert!(text.starts_with(en.text(ui::TITLE)));
    assert!(text.contains("Your result: See a doctor or physio soon"));
    assert!(text.contains("8 out of 10"));
    assert!(text.contains("None of these"));
    assert!(text.contains(
        "Source: NICE guideline NG59 (https://www.nice.org.uk/guidance/ng59); \
         NHS: Back pain (https://www.nhs.uk/conditions/back-pain/)"
    ));
    // The disclaimer, then the footer with the one version of the project.
    let footer = concat!("\n\nback-spasm-check ", env!("CARGO_PKG_VERSION"), "\n");
    assert!(text.ends_with(footer), "{text}");
    let body = text.strip_suffix(footer).unwrap();
    assert!(body.ends_with(en.text(ui::DISCLAIMER)));
    for (step, _) in s.answers() {
        assert!(text.contains(en.text(step.title)), "{}", step.id);
    }
    // Emergency: the number goes into the action.
    s.restart();
    s.start();
    s.answer(Answer::Multi(vec![0])).unwrap();
    let text = s.summary(en, &Place::default()).unwrap();
    assert!(text.contains("Call 999 (UK), 911 (US) or 112 (EU) now"));
    assert!(s
        .summary(
            en,
            &Place {
                region: None,
                emergency_number: Some("000")
            }
        )
        .unwrap()
        .contains("Call 000 now"));
}
