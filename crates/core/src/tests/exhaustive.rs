//! Safety, proven by enumeration: every answer path the flow can produce.
//!
//! The walk uses the same triage code as [`Session`] (`answer_facts`,
//! `level_of`, `stops_after`, `tips_for`) on fact bit sets, and a sample of
//! the paths is also driven through a real `Session` to show both agree.
//!
//! The rules are about answers, not words, so one walk covers every
//! language. What differs per language is the text shown: the sampled
//! sessions (every 997th path, and the first path of each level) are then
//! summarised in every locale, and each summary must show that locale's
//! level title and action, tips, questions and disclaimer, and none of
//! another locale's.

use std::time::Instant;

use crate::generated::{LEVEL_FACTS, STEP_RULES};
use crate::triage::{answer_facts, level_of, stops_after, tips_for, Facts};
use crate::{flow, format, locales, ui, Answer, Level, Locale, Screen, Session, StepKind, TextId};

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

/// The level of a path given the facts of each answered step, following
/// the flow's early stops. `None` if the path would go on past the steps
/// given (then `lower_bound` gets the level of all facts given).
fn path_level(step_facts: &[Facts], lower_bound: &mut Level) -> Option<Level> {
    let mut acc = 0;
    for (i, f) in step_facts.iter().enumerate() {
        acc |= f;
        if stops_after(i, acc) {
            return Some(level_of(acc));
        }
    }
    if step_facts.len() == flow().steps().len() {
        Some(level_of(acc))
    } else {
        *lower_bound = level_of(acc);
        None
    }
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
    step_masks: Vec<Facts>,
    none_bits: Vec<Option<u32>>,
}

fn add_to_multi(flag: &Flag, before: Facts, ctx: &Ctx) -> Facts {
    let none = ctx.none_bits[flag.step].map_or(0, |b| 1u128 << b);
    (before & !none) | 1 << flag.bit
}

fn replace_single(flag: &Flag, _before: Facts, _ctx: &Ctx) -> Facts {
    1 << flag.bit
}

#[derive(Default)]
struct Stats {
    paths: u64,
    ended_after: Vec<u64>,
    by_level: [u64; 4],
    monotonic_checks: u64,
    monotonic_open: u64,
    session_checked: u64,
    /// The sessions driven at the result, for the per-locale checks.
    samples: Vec<Session>,
}

struct Walk {
    answers: Vec<Vec<(Answer, Facts)>>,
    flags: Vec<Flag>,
    ctx: Ctx,
    emergency_flags: Facts,
    urgent_flags: Facts,
    stats: Stats,
    chosen: Vec<usize>,
    step_facts: Vec<Facts>,
}

impl Walk {
    fn walk(&mut self, step: usize, acc: Facts) {
        for choice in 0..self.answers[step].len() {
            let f = self.answers[step][choice].1;
            let facts = acc | f;
            self.chosen.push(choice);
            self.step_facts.push(f);
            if stops_after(step, facts) || step + 1 == self.answers.len() {
                self.leaf(step, facts);
            } else {
                self.walk(step + 1, facts);
            }
            self.chosen.pop();
            self.step_facts.pop();
        }
    }

    fn leaf(&mut self, last: usize, facts: Facts) {
        let level = level_of(facts);
        let s = &mut self.stats;
        s.paths += 1;
        s.ended_after[last] += 1;
        s.by_level[level as usize] += 1;

        // (a) any emergency flag: emergency, and the flow ended right after
        // the emergency step (step 0).
        if facts & self.emergency_flags != 0 {
            assert_eq!(level, Level::Emergency, "{}", self.describe());
            assert_eq!(
                last,
                0,
                "did not stop after the emergency flags: {}",
                self.describe()
            );
        }
        // (b) any urgent flag: at least urgent.
        if facts & self.urgent_flags != 0 {
            assert!(level >= Level::Urgent, "{}", self.describe());
        }
        // Any fact that carries a level gives at least that level.
        for l in Level::ALL {
            if facts & LEVEL_FACTS[l as usize] != 0 {
                assert!(level >= l, "{}", self.describe());
            }
        }
        // (c) adding any level-carrying option never lowers the level.
        for flag in &self.flags {
            if flag.step > last || self.step_facts[flag.step] & (1 << flag.bit) != 0 {
                continue;
            }
            let mut changed = self.step_facts.clone();
            changed[flag.step] = (flag.apply)(flag, changed[flag.step], &self.ctx);
            let mut lower = Level::SelfCare;
            let new = match path_level(&changed, &mut lower) {
                Some(new) => new,
                None => {
                    // The change lifted an early stop; the path would go on,
                    // and only more facts can follow.
                    self.stats.monotonic_open += 1;
                    lower
                }
            };
            assert!(
                new >= level,
                "adding {} lowered {level:?} to {new:?}: {}",
                crate::generated::FACT_NAMES[flag.bit as usize],
                self.describe()
            );
            self.stats.monotonic_checks += 1;
        }
        // (d) at least one tip besides the safety net, the safety net last.
        let tips = tips_for(level, facts);
        assert!(tips.len() >= 2, "{}", self.describe());
        assert!(tips.last().is_some_and(|t| t.safety_net));
        assert_eq!(tips.iter().filter(|t| t.safety_net).count(), 1);

        // Every 997th path, and the first of each level, also goes through
        // a real Session.
        if self.stats.paths % 997 == 1 || self.stats.by_level[level as usize] == 1 {
            self.check_session(level, &tips);
        }
    }

    fn check_session(&mut self, level: Level, tips: &[&crate::Tip]) {
        let mut session = Session::new();
        session.start();
        for (step, &choice) in self.chosen.iter().enumerate() {
            let Screen::Question(q) = session.screen() else {
                panic!("session ended early: {}", self.describe());
            };
            assert_eq!(q.index, step);
            session
                .answer(self.answers[step][choice].0.clone())
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
            .map(|(i, &c)| format!("{}={:?}", steps[i].id, self.answers[i][c].0))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

#[test]
fn every_path_is_safe() {
    let started = Instant::now();
    let steps = flow().steps();
    let answers: Vec<Vec<(Answer, Facts)>> = steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            all_answers(step.kind)
                .into_iter()
                .map(|a| {
                    let f = answer_facts(i, &a);
                    (a, f)
                })
                .collect()
        })
        .collect();
    let mut ctx = Ctx {
        step_masks: Vec::new(),
        none_bits: Vec::new(),
    };
    let mut flags = Vec::new();
    for (i, step) in steps.iter().enumerate() {
        let first = STEP_RULES[i].first_fact;
        let count = match step.kind {
            StepKind::Single { options } | StepKind::Multi { options, .. } => options.len(),
            StepKind::Scale { .. } => STEP_RULES[i].bands.len(),
        };
        ctx.step_masks.push(((1u128 << count) - 1) << first);
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
    let flags_of = |id: &str| {
        let i = steps.iter().position(|s| s.id == id).unwrap();
        ctx.step_masks[i] & !ctx.none_bits[i].map_or(0, |b| 1u128 << b)
    };
    let emergency_flags = flags_of("emergency_flags");
    let urgent_flags = flags_of("urgent_flags");
    let flag_count = flags.len();
    let mut walk = Walk {
        answers,
        flags,
        ctx,
        emergency_flags,
        urgent_flags,
        stats: Stats {
            ended_after: vec![0; steps.len()],
            ..Stats::default()
        },
        chosen: Vec::new(),
        step_facts: Vec::new(),
    };
    walk.walk(0, 0);
    let s = &walk.stats;
    let per_step: Vec<String> = walk
        .answers
        .iter()
        .zip(steps)
        .map(|(a, step)| format!("{} {}", step.id, a.len()))
        .collect();
    println!(
        "exhaustive safety check: {} complete answer paths, every one the flow can produce \
         (answers per step: {}; early stops included), in {:.1?}",
        s.paths,
        per_step.join(", "),
        started.elapsed()
    );
    let ended: Vec<String> = s
        .ended_after
        .iter()
        .zip(steps)
        .filter(|(n, _)| **n > 0)
        .map(|(n, step)| format!("{n} after {}", step.id))
        .collect();
    println!("  paths ended: {}", ended.join(", "));
    println!(
        "  results: {} self-care, {} soon, {} urgent, {} emergency",
        s.by_level[0], s.by_level[1], s.by_level[2], s.by_level[3]
    );
    println!(
        "  monotonicity: {} checks of adding one of {flag_count} level-carrying options \
         ({} lifted an early stop and were checked against the facts so far)",
        s.monotonic_checks, s.monotonic_open
    );
    println!(
        "  {} paths also driven through Session, same result",
        s.session_checked
    );
    assert!(s.paths > 1_000_000);

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

/// A text as the summary shows it (placeholders filled).
fn shown(locale: &Locale, id: TextId) -> String {
    format(
        locale.text(id),
        &[("number", locale.emergency_number_default())],
    )
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
            let summary = session.summary(locale, None).unwrap();
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
