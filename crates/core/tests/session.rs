//! The session state machine, through the public API only.

use bsc_core::{
    default_locale, flow, ui, Answer, AnswerError, Level, QuestionScreen, Screen, Session, StepKind,
};

fn question(s: &Session) -> QuestionScreen {
    match s.screen() {
        Screen::Question(q) => q,
        other => panic!("expected a question, got {other:?}"),
    }
}

/// The answer "nothing worrying" for each step: none / first option / min.
fn calm(kind: StepKind) -> Answer {
    match kind {
        StepKind::Single { .. } => Answer::Single(0),
        StepKind::Multi { none, .. } => Answer::Multi(vec![none]),
        StepKind::Scale { min, .. } => Answer::Scale(min),
    }
}

/// Answers calmly until the step with this id is on screen.
fn go_to(s: &mut Session, id: &str) {
    while question(s).step.id != id {
        let kind = question(s).step.kind;
        s.answer(calm(kind)).unwrap();
    }
}

fn finish_calm(s: &mut Session) {
    while let Screen::Question(q) = s.screen() {
        s.answer(calm(q.step.kind)).unwrap();
    }
}

fn option(step: &str, id: &str) -> usize {
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
    assert_eq!((q.index, q.number, q.total), (0, 1, flow().steps().len()));
    assert_eq!(q.step.id, "emergency_flags");
    assert_eq!(q.saved, None);
    s.answer(calm(q.step.kind)).unwrap();
    assert_eq!(question(&s).number, 2);
    s.back();
    assert_eq!(question(&s).saved, Some(calm(q.step.kind)));
    s.back();
    assert_eq!(s.screen(), Screen::Intro);
    s.start(); // answers kept as pre-fills
    assert_eq!(question(&s).saved, Some(calm(q.step.kind)));
    finish_calm(&mut s);
    assert_eq!(s.screen(), Screen::Result);
    assert_eq!(s.answers().len(), flow().steps().len());
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
    s.answer(Answer::Multi(vec![option("emergency_flags", "legs")]))
        .unwrap();
    assert_eq!(s.screen(), Screen::Result);
    let outcome = s.outcome().unwrap();
    assert_eq!(outcome.level, Level::Emergency);
    assert_eq!(outcome.tips.first().unwrap().id, "act_now");
    assert!(outcome.tips.last().unwrap().safety_net);
    assert_eq!(s.answers().len(), 1);
}

#[test]
fn urgent_flag_ends_with_comfort_tips() {
    let mut s = Session::new();
    s.start();
    go_to(&mut s, "urgent_flags");
    s.answer(Answer::Multi(vec![option("urgent_flags", "fever")]))
        .unwrap();
    let outcome = s.outcome().unwrap();
    assert_eq!(outcome.level, Level::Urgent);
    let ids: Vec<&str> = outcome.tips.iter().map(|t| t.id).collect();
    assert_eq!(
        ids,
        [
            "keep_moving",
            "heat_cold",
            "positions",
            "painkillers",
            "safety_net"
        ]
    );
}

#[test]
fn upper_back_ends_with_urgent() {
    let mut s = Session::new();
    s.start();
    go_to(&mut s, "area");
    s.answer(Answer::Single(option("area", "upper"))).unwrap();
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
    assert_eq!(s.answers().len(), flow().steps().len());
    assert!(question(&s).saved.is_some());
    // A different answer: everything after it is gone.
    s.back();
    s.answer(Answer::Multi(vec![option("emergency_flags", "chest")]))
        .unwrap();
    assert_eq!(s.screen(), Screen::Result);
    assert_eq!(s.answers().len(), 1);
    assert_eq!(s.outcome().unwrap().level, Level::Emergency);
    // Back and answer "none": the later steps start empty.
    s.back();
    s.answer(calm(first.step.kind)).unwrap();
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
        ("emergency_flags", Answer::Multi(vec![9]), "step \"emergency_flags\" has options 0 to 6, got 9"),
        ("emergency_flags", Answer::Multi(vec![1, 1]), "step \"emergency_flags\": option 1 is chosen twice"),
        (
            "emergency_flags",
            Answer::Multi(vec![0, 6]),
            "step \"emergency_flags\": option 6 (none of these) cannot be chosen with other options",
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
    assert_eq!(s.summary(default_locale(), None), None);
    s.start();
    go_to(&mut s, "severity");
    s.answer(Answer::Scale(8)).unwrap();
    finish_calm(&mut s);
    let text = s.summary(default_locale(), None).unwrap();
    let en = default_locale();
    assert!(text.starts_with(en.text(ui::TITLE)));
    assert!(text.contains("Your result: See a GP or physio soon"));
    assert!(text.contains("8 out of 10"));
    assert!(text.contains("None of these"));
    assert!(text.contains("Source: NICE guideline NG59; NHS: Back pain"));
    assert!(text.trim_end().ends_with(en.text(ui::DISCLAIMER)));
    for (step, _) in s.answers() {
        assert!(text.contains(en.text(step.title)), "{}", step.id);
    }
    // Emergency: the number goes into the action.
    s.restart();
    s.start();
    s.answer(Answer::Multi(vec![0])).unwrap();
    let text = s.summary(en, None).unwrap();
    assert!(text.contains("Call 999 (UK), 911 (US) or 112 (EU) now"));
    assert!(s.summary(en, Some("000")).unwrap().contains("Call 000 now"));
}
