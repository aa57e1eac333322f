//! Safety, proven by enumeration: every answer combination the flow can
//! produce.
//!
//! The walk uses the same triage code as [`Session`] (`answer_facts`,
//! `is_asked`, `level_of`, `stops_after`, `tips_for`) on fact bit sets, and
//! a sample of the paths is also driven through a real `Session` to show
//! both agree.
//!
//! Answers the engine cannot tell apart are walked once, with their number
//! as weight: two answers to a step whose facts differ only in facts that no
//! level, rule, tip or `show_if` looks at (pain 4 and pain 5, both
//! "moderate"; any two ways the pain started) lead to the same later
//! questions, result and tips whatever else is answered. The set of facts
//! looked at is read from the compiled tables, so a new rule that looks at
//! a fact splits its answers apart again. The count printed is of every
//! combination of answers; each one is covered by the class it falls in.
//!
//! The rules are about answers, not words, so one walk covers every
//! language. What differs per language is the text shown: the sampled
//! sessions (every 997th path, and the first path of each level) are then
//! summarised in every locale, and each summary must show that locale's
//! level title and action, tips, questions and disclaimer, and none of
//! another locale's.

use std::time::Instant;

use crate::generated::{FACT_NAMES, LEVEL_FACTS, RULES, STEP_RULES, TIP_RULES};
use crate::triage::{answer_facts, is_asked, level_of, stops_after, tips_for, Cond, Facts};
use crate::{
    flow, locales, ui, Answer, Level, Locale, Place, Screen, Session, StepKind, TextId, Tip,
};

/// Every valid answer of a step: each single option; every non-empty
/// subset of the multi options without "none", plus "none" alone; every
/// scale number.
fn all_answers(kind: StepKind) -> Vec<Answer> {
    match kind {
        StepKind::Single { options } => (0..options.len()).map(Answer::Single).collect(),
        StepKind::Multi { options, none } => {
            let others: Vec<usize> = (0..options.len()).filter(|&i| i != none).collect();
            let mut out = vec![Answer::Multi(vec![none])];
            for mask in 1u32..(1 << others.len()) {
                let list = others
                    .iter()
                    .enumerate()
                    .filter(|(bit, _)| mask & (1 << bit) != 0)
                    .map(|(_, &i)| i)
                    .collect();
                out.push(Answer::Multi(list));
            }
            out
        }
        StepKind::Scale { min, max, .. } => (min..=max).map(Answer::Scale).collect(),
    }
}

fn cond_facts(c: &Cond) -> Facts {
    c.all | c.any | c.of
}

/// Every fact that a level, a rule, a tip's condition or a step's
/// `show_if` looks at.
fn observable() -> Facts {
    let levels = LEVEL_FACTS.iter().fold(0, |m, f| m | f);
    let rules = RULES.iter().fold(0, |m, r| m | cond_facts(&r.when));
    let tips = TIP_RULES
        .iter()
        .flat_map(|t| t.when)
        .fold(0, |m, c| m | cond_facts(c));
    let shown = STEP_RULES
        .iter()
        .filter_map(|s| s.show_if)
        .fold(0, |m, c| m | cond_facts(c));
    levels | rules | tips | shown
}

/// Answers of one step the engine cannot tell apart: one of them, its
/// facts, and how many answers there are like it.
struct Class {
    answer: Answer,
    facts: Facts,
    count: u64,
}

fn classes(step: usize, kind: StepKind, observable: Facts) -> Vec<Class> {
    let mut out: Vec<Class> = Vec::new();
    for answer in all_answers(kind) {
        let facts = answer_facts(step, &answer);
        match out
            .iter_mut()
            .find(|c| c.facts & observable == facts & observable)
        {
            Some(class) => class.count += 1,
            None => out.push(Class {
                answer,
                facts,
                count: 1,
            }),
        }
    }
    out
}

/// The level of a path given the facts of each step's answer (`None`: no
/// answer), following the flow's `show_if` and early stops. `Err` with the
/// level of the facts so far if a step the path now asks has no answer (the
/// path would go on, and only more facts can follow).
fn path_level(step_facts: &[Option<Facts>]) -> Result<Level, Level> {
    let mut acc = 0;
    for i in 0..flow().steps().len() {
        let answer = step_facts.get(i).copied().flatten();
        if !is_asked(i, acc) {
            assert!(answer.is_none(), "adding a fact hid step {i}");
            continue;
        }
        let Some(f) = answer else {
            return Err(level_of(acc));
        };
        acc |= f;
        if stops_after(i, acc) {
            return Ok(level_of(acc));
        }
    }
    Ok(level_of(acc))
}

/// A change that adds a level-carrying option to one step's answer.
struct Flag {
    step: usize,
    bit: u32,
    /// The facts of the step's answer after adding the flag, given the
    /// facts of its answer before.
    apply: fn(&Flag, Facts, &Ctx) -> Facts,
}

struct Ctx {
    none_bits: Vec<Option<u32>>,
}

fn add_to_multi(flag: &Flag, before: Facts, ctx: &Ctx) -> Facts {
    let none = ctx.none_bits[flag.step].map_or(0, |b| (1 as Facts) << b);
    (before & !none) | 1 << flag.bit
}

fn replace_single(flag: &Flag, _before: Facts, _ctx: &Ctx) -> Facts {
    1 << flag.bit
}

/// When a tip would be unsafe, given the facts and the level.
type Unsafe = fn(Facts, Level) -> bool;

/// Tips that must never show: (tip id, why, when it must not show).
type Never = (&'static str, &'static str, Unsafe);

#[derive(Default)]
struct Stats {
    paths: u64,
    combinations: u128,
    ended_after: Vec<u128>,
    by_level: [u128; 4],
    monotonic_checks: u64,
    monotonic_open: u64,
    session_checked: u64,
    /// The sessions driven at the result, for the per-locale checks.
    samples: Vec<Session>,
}

struct Walk {
    classes: Vec<Vec<Class>>,
    flags: Vec<Flag>,
    ctx: Ctx,
    emergency_step: usize,
    /// The steps of urgent signs, asked of every reader not yet sent for
    /// help today or now.
    urgent_steps: Vec<usize>,
    never: Vec<(&'static Tip, &'static str, Unsafe)>,
    stats: Stats,
    /// The class chosen at each step so far (`None`: not asked).
    chosen: Vec<Option<usize>>,
    step_facts: Vec<Option<Facts>>,
}

impl Walk {
    fn walk(&mut self, step: usize, acc: Facts, weight: u128) {
        if step == self.classes.len() {
            self.leaf(acc, weight);
            return;
        }
        if !is_asked(step, acc) {
            self.chosen.push(None);
            self.step_facts.push(None);
            self.walk(step + 1, acc, weight);
            self.chosen.pop();
            self.step_facts.pop();
            return;
        }
        for c in 0..self.classes[step].len() {
            let class = &self.classes[step][c];
            let (f, w) = (class.facts, weight * u128::from(class.count));
            self.chosen.push(Some(c));
            self.step_facts.push(Some(f));
            if stops_after(step, acc | f) {
                self.leaf(acc | f, w);
            } else {
                self.walk(step + 1, acc | f, w);
            }
            self.chosen.pop();
            self.step_facts.pop();
        }
    }

    fn leaf(&mut self, facts: Facts, weight: u128) {
        let level = level_of(facts);
        let last = self.chosen.iter().rposition(Option::is_some).unwrap();
        let s = &mut self.stats;
        s.paths += 1;
        s.combinations += weight;
        s.ended_after[last] += weight;
        s.by_level[level as usize] += weight;

        // (a) Red flags are always asked: the emergency signs on every
        // path, the urgent signs (every step of them) on every path that
        // did not end at least urgent before them; an emergency (a flag or
        // a combination rule) ends the check right after the step that
        // made it one.
        assert!(self.chosen[self.emergency_step].is_some());
        if level < Level::Urgent {
            for &step in &self.urgent_steps {
                assert!(
                    self.chosen.get(step).copied().flatten().is_some(),
                    "urgent signs not asked: {}",
                    self.describe()
                );
            }
        }
        if facts & LEVEL_FACTS[Level::Emergency as usize] != 0 {
            assert_eq!(level, Level::Emergency, "{}", self.describe());
        }
        if level == Level::Emergency {
            let mut acc = 0;
            let first = self
                .step_facts
                .iter()
                .position(|f| {
                    acc |= f.unwrap_or(0);
                    level_of(acc) == Level::Emergency
                })
                .unwrap();
            assert_eq!(
                last,
                first,
                "did not stop after the step that made it an emergency: {}",
                self.describe()
            );
        }
        // (b) Any fact that carries a level, and any rule that holds, gives
        // at least that level.
        for l in Level::ALL {
            if facts & LEVEL_FACTS[l as usize] != 0 {
                assert!(level >= l, "{}", self.describe());
            }
        }
        for rule in &RULES {
            if rule.when.holds(facts) {
                assert!(level >= rule.level, "rule {}: {}", rule.id, self.describe());
            }
        }
        // (c) Adding any level-carrying option never lowers the level.
        for flag in &self.flags {
            let Some(before) = self.step_facts.get(flag.step).copied().flatten() else {
                continue;
            };
            if before & (1 << flag.bit) != 0 {
                continue;
            }
            let mut changed = self.step_facts.clone();
            changed[flag.step] = Some((flag.apply)(flag, before, &self.ctx));
            let new = path_level(&changed).unwrap_or_else(|lower| {
                // The change lifted an early stop or brought in a
                // conditional step; the path would go on, and only more
                // facts can follow.
                self.stats.monotonic_open += 1;
                lower
            });
            assert!(
                new >= level,
                "adding {} lowered {level:?} to {new:?}: {}",
                FACT_NAMES[flag.bit as usize],
                self.describe()
            );
            self.stats.monotonic_checks += 1;
        }
        // (d) At least one tip besides the safety nets, at least one safety
        // net; tips for the answers, then general tips, then safety nets.
        let tips = tips_for(level, facts);
        let place = |t: &&Tip| usize::from(t.general) + 2 * usize::from(t.safety_net);
        assert!(tips.iter().any(|t| !t.safety_net), "{}", self.describe());
        assert!(tips.last().is_some_and(|t| t.safety_net));
        assert!(tips.windows(2).all(|w| place(&w[0]) <= place(&w[1])));
        // (e) Tips that would be unsafe for these answers never show.
        for (tip, why, unsafe_here) in &self.never {
            assert!(
                !(unsafe_here(facts, level) && tips.contains(tip)),
                "tip {} shown {why}: {}",
                tip.id,
                self.describe()
            );
        }

        // Every 997th path, and the first of each level, also goes through
        // a real Session.
        if self.stats.paths % 997 == 1 || self.stats.by_level[level as usize] == weight {
            self.check_session(level, &tips);
        }
    }

    fn check_session(&mut self, level: Level, tips: &[&Tip]) {
        let mut session = Session::new();
        session.start();
        let mut number = 0;
        for (step, chosen) in self.chosen.iter().enumerate() {
            let Some(c) = chosen else {
                continue;
            };
            let Screen::Question(q) = session.screen() else {
                panic!("session ended early: {}", self.describe());
            };
            number += 1;
            assert_eq!(q.index, step, "{}", self.describe());
            assert_eq!(q.number, number, "{}", self.describe());
            assert!(q.total >= number && q.total <= flow().steps().len());
            session
                .answer(self.classes[step][*c].answer.clone())
                .unwrap();
        }
        assert_eq!(session.screen(), Screen::Result, "{}", self.describe());
        let outcome = session.outcome().unwrap();
        assert_eq!(outcome.level, level);
        assert_eq!(outcome.tips, tips);
        self.stats.session_checked += 1;
        self.stats.samples.push(session);
    }

    fn describe(&self) -> String {
        let steps = flow().steps();
        self.chosen
            .iter()
            .enumerate()
            .filter_map(|(i, c)| {
                let c = (*c)?;
                Some(format!("{}={:?}", steps[i].id, self.classes[i][c].answer))
            })
            .collect::<Vec<_>>()
            .join(", ")
    }
}

fn has(facts: Facts, name: &str) -> bool {
    facts & super::facts(&[name]) != 0
}

/// Tips that must never show, and when.
const NEVER: &[Never] = &[
    ("painkillers", "(ibuprofen) to a pregnant reader", |f, _| {
        has(f, "pregnant.yes")
    }),
    (
        "painkillers",
        "(adult doses) to a reader under 16",
        |f, _| has(f, "age.under_16"),
    ),
    (
        "no_scans",
        "(no scan needed) to a reader sent to a doctor to rule out a cause: under 16, \
         or new back pain at 50 or over",
        |f, _| has(f, "age.under_16") || (has(f, "age.50_or_over") && has(f, "recurrence.first")),
    ),
    (
        "keep_moving",
        "(carry on with your day) when the reader needs a check today or now",
        |_, level| level >= Level::Urgent,
    ),
];

#[test]
fn every_path_is_safe() {
    let started = Instant::now();
    let steps = flow().steps();
    let observable = observable();
    let classes: Vec<Vec<Class>> = steps
        .iter()
        .enumerate()
        .map(|(i, step)| classes(i, step.kind, observable))
        .collect();
    let mut ctx = Ctx {
        none_bits: Vec::new(),
    };
    let mut flags = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let first = STEP_RULES[i].first_fact;
        let count = match step.kind {
            StepKind::Single { options } | StepKind::Multi { options, .. } => options.len(),
            StepKind::Scale { .. } => STEP_RULES[i].bands.len(),
        };
        ctx.none_bits.push(match step.kind {
            StepKind::Multi { none, .. } => Some(first + none as u32),
            _ => None,
        });
        for bit in first..first + count as u32 {
            if LEVEL_FACTS.iter().all(|m| m & (1 << bit) == 0) {
                continue;
            }
            let apply = match step.kind {
                StepKind::Multi { .. } => add_to_multi,
                // A scale answer moves into the band: same as a single choice.
                _ => replace_single,
            };
            flags.push(Flag {
                step: i,
                bit,
                apply,
            });
        }
    }
    let index_of = |id: &str| steps.iter().position(|s| s.id == id).unwrap();
    let never = NEVER
        .iter()
        .map(|(id, why, when)| {
            let tip = flow().tips().iter().find(|t| t.id == *id).expect(id);
            (tip, *why, *when)
        })
        .collect();
    let flag_count = flags.len();
    let mut walk = Walk {
        classes,
        flags,
        ctx,
        emergency_step: index_of("emergency_flags"),
        urgent_steps: vec![index_of("urgent_flags"), index_of("more_flags")],
        never,
        stats: Stats {
            ended_after: vec![0; steps.len()],
            ..Stats::default()
        },
        chosen: Vec::new(),
        step_facts: Vec::new(),
    };
    walk.walk(0, 0, 1);
    let s = &walk.stats;
    let per_step: Vec<String> = walk
        .classes
        .iter()
        .zip(steps)
        .map(|(c, step)| {
            let answers: u64 = c.iter().map(|c| c.count).sum();
            format!("{} {answers} ({} distinct)", step.id, c.len())
        })
        .collect();
    println!(
        "exhaustive safety check: {} answer combinations, every one the flow can produce \
         (early stops and skipped steps included), walked as {} paths the engine can tell \
         apart, in {:.1?}",
        s.combinations,
        s.paths,
        started.elapsed()
    );
    println!("  answers per step: {}", per_step.join(", "));
    let ended: Vec<String> = s
        .ended_after
        .iter()
        .zip(steps)
        .filter(|(n, _)| **n > 0)
        .map(|(n, step)| format!("{n} after {}", step.id))
        .collect();
    println!("  combinations ended: {}", ended.join(", "));
    println!(
        "  results: {} self-care, {} soon, {} urgent, {} emergency",
        s.by_level[0], s.by_level[1], s.by_level[2], s.by_level[3]
    );
    println!(
        "  monotonicity: {} checks of adding one of {flag_count} level-carrying options \
         ({} lifted an early stop or brought in a step and were checked against the facts so far)",
        s.monotonic_checks, s.monotonic_open
    );
    println!(
        "  {} paths also driven through Session, same questions, result and tips",
        s.session_checked
    );
    assert!(s.combinations > 1_000_000);

    let checked = texts_are_each_locales_own(&s.samples);
    println!(
        "  per language: {} sampled results (every level) summarised in each of {} \
         ({checked} summaries), each with only its own language's texts",
        s.samples.len(),
        locales()
            .iter()
            .map(Locale::code)
            .collect::<Vec<_>>()
            .join(", ")
    );
}

/// The texts of a finished session a summary must show: level title and
/// action, tip titles and bodies, the titles of the questions answered,
/// and the check's title and disclaimer.
fn shown_texts(session: &Session) -> Vec<TextId> {
    let outcome = session.outcome().expect("at the result");
    let mut ids = vec![
        outcome.level.title(),
        outcome.level.action(),
        ui::TITLE,
        ui::DISCLAIMER,
    ];
    for tip in &outcome.tips {
        ids.extend([tip.title, tip.body]);
    }
    ids.extend(session.answers().iter().map(|(step, _)| step.title));
    ids
}

/// A text as the summary shows it (placeholders filled; no country).
fn shown(locale: &Locale, id: TextId) -> String {
    Place::default().fill(locale.text(id), locale)
}

/// Summarises each session in each locale and checks that the summary has
/// that locale's texts and no other locale's. Returns the summaries made.
fn texts_are_each_locales_own(samples: &[Session]) -> usize {
    let mut levels = [false; 4];
    let mut count = 0;
    for session in samples {
        let level = session.outcome().unwrap().level;
        levels[level as usize] = true;
        let ids = shown_texts(session);
        for locale in locales() {
            let summary = session.summary(locale, &Place::default()).unwrap();
            let code = locale.code();
            assert!(
                !summary.contains('{') && !summary.contains('}'),
                "{code}: a placeholder is left in the summary:\n{summary}"
            );
            for &id in &ids {
                let own = shown(locale, id);
                assert!(
                    summary.contains(&own),
                    "{code} summary of a {level:?} result lacks {own:?}:\n{summary}"
                );
                for other in locales().iter().filter(|o| *o != locale) {
                    let foreign = shown(other, id);
                    assert!(
                        foreign == own || !summary.contains(&foreign),
                        "{code} summary of a {level:?} result shows {}'s {foreign:?}:\n{summary}",
                        other.code()
                    );
                }
            }
            // The level titles of other locales, for every level: a summary
            // never names a level in another language.
            for other in locales().iter().filter(|o| *o != locale) {
                for l in Level::ALL {
                    let foreign = other.text(l.title());
                    assert!(
                        foreign == locale.text(l.title()) || !summary.contains(foreign),
                        "{code} summary shows {}'s level title {foreign:?}",
                        other.code()
                    );
                }
            }
            count += 1;
        }
    }
    assert_eq!(levels, [true; 4], "the samples must cover every level");
    count
}
