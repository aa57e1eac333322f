//! The tables of the flow: steps, their triage data, facts, rules, tips.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{cond, int, len, level, mask, option, radix, text_id};
use crate::check::{Checked, CheckedKind, CheckedStep};
use crate::LEVELS;

/// Each step's options (`OPTIONS_<i>`), then `STEPS`.
pub(super) fn steps(c: &Checked) -> TokenStream {
    let options = c
        .steps
        .iter()
        .enumerate()
        .filter(|(_, s)| !s.options.is_empty())
        .map(|(i, s)| {
            let (name, n) = (format_ident!("OPTIONS_{i}"), len(s.options.len()));
            let rows = s.options.iter().map(|(id, label)| {
                let label = text_id(*label);
                quote! { Choice { id: #id, label: #label } }
            });
            quote! { static #name: [Choice; #n] = [#(#rows),*]; }
        });
    let n = len(c.steps.len());
    let rows = c.steps.iter().enumerate().map(|(i, s)| step(i, s));
    quote! {
        #(#options)*
        /// Every step, in order.
        pub(crate) static STEPS: [Step; #n] = [#(#rows),*];
    }
}

/// `Step { .. }` of step `i`.
fn step(i: usize, s: &CheckedStep) -> TokenStream {
    let options = format_ident!("OPTIONS_{i}");
    let kind = match &s.kind {
        CheckedKind::Single => quote! { StepKind::Single { options: &#options } },
        CheckedKind::Multi { none } => {
            let none = len(*none);
            quote! { StepKind::Multi { options: &#options, none: #none } }
        }
        CheckedKind::Scale {
            min,
            max,
            low,
            high,
        } => {
            let (min, max, low, high) = (int(*min), int(*max), text_id(*low), text_id(*high));
            quote! { StepKind::Scale { min: #min, max: #max, low: #low, high: #high } }
        }
    };
    let (id, title, help) = (&s.id, text_id(s.title), option(s.help.map(text_id)));
    quote! { Step { id: #id, title: #title, help: #help, kind: #kind } }
}

/// `STEP_RULES`: each step's triage data.
pub(super) fn step_rules(c: &Checked) -> TokenStream {
    let n = len(c.steps.len());
    let rows = c.steps.iter().map(|s| {
        let first_fact = len(s.first_fact);
        let stop_at = option(s.stop_at.map(level));
        let bands = s.bands.iter().map(|b| int(*b));
        let show_if = option(s.show_if.as_ref().map(|c| {
            let c = cond(c);
            quote! { &#c }
        }));
        quote! {
            StepRules { first_fact: #first_fact, stop_at: #stop_at, bands: &[#(#bands),*], show_if: #show_if }
        }
    });
    quote! {
        /// Triage data of each step, in step order.
        pub(crate) static STEP_RULES: [StepRules; #n] = [#(#rows),*];
    }
}

/// `Facts` (the smallest type that holds every fact), `FACT_NAMES` and
/// `LEVEL_FACTS`.
pub(super) fn facts(c: &Checked) -> TokenStream {
    let count = c.facts.len();
    let ty = format_ident!("{}", if count <= 64 { "u64" } else { "u128" });
    let doc = format!(" A set of facts, one bit each: the smallest type that holds {count} facts.");
    let names = c.facts.iter().map(|(name, _)| name);
    let level_facts = (0..LEVELS.len()).map(|l| {
        let facts: Vec<usize> = c
            .facts
            .iter()
            .enumerate()
            .filter(|(_, (_, level))| *level == Some(l))
            .map(|(i, _)| i)
            .collect();
        mask(&facts)
    });
    let (n, levels) = (len(count), len(LEVELS.len()));
    quote! {
        #[doc = #doc]
        pub(crate) type Facts = #ty;
        /// The name (`step.option`) of every fact, by bit.
        #[cfg_attr(not(all(test, feature = "all-locales")), allow(dead_code))]
        pub(crate) static FACT_NAMES: [&str; #n] = [#(#names),*];
        /// Facts that alone set at least each level, in `Level` order.
        pub(crate) static LEVEL_FACTS: [Facts; #levels] = [#(#level_facts),*];
    }
}

/// `RULES`: the triage rules.
pub(super) fn rules(c: &Checked) -> TokenStream {
    let n = len(c.rules.len());
    let rows = c.rules.iter().map(|r| {
        let (id, level, when) = (&r.id, level(r.level), cond(&r.cond));
        quote! { Rule { id: #id, level: #level, when: #when } }
    });
    quote! {
        /// The triage rules.
        pub(crate) static RULES: [Rule; #n] = [#(#rows),*];
    }
}

/// Each tip's sources (`TIP_SOURCES_<i>`), `TIPS` and `TIP_RULES`.
pub(super) fn tips(c: &Checked) -> TokenStream {
    let sources = c.tips.iter().enumerate().map(|(i, t)| {
        let (name, n) = (format_ident!("TIP_SOURCES_{i}"), len(t.sources.len()));
        let refs = t.sources.iter().map(|s| len(*s));
        quote! { static #name: [&Source; #n] = [#(&SOURCES[#refs]),*]; }
    });
    let n = len(c.tips.len());
    let tips = c.tips.iter().enumerate().map(|(i, t)| {
        let (id, title, body) = (&t.id, text_id(t.title), text_id(t.body));
        let (sources, safety_net, general) = (format_ident!("TIP_SOURCES_{i}"), t.safety_net, t.general);
        quote! {
            Tip { id: #id, title: #title, body: #body, sources: &#sources, safety_net: #safety_net, general: #general }
        }
    });
    let rules = c.tips.iter().map(|t| {
        let levels = radix("0b", format!("{:0w$b}", t.levels, w = LEVELS.len()));
        let when = t.conds.iter().map(cond);
        quote! { TipRule { levels: #levels, when: &[#(#when),*] } }
    });
    quote! {
        #(#sources)*
        /// Every tip, in the order they show.
        pub(crate) static TIPS: [Tip; #n] = [#(#tips),*];
        /// When each tip applies, in tip order.
        pub(crate) static TIP_RULES: [TipRule; #n] = [#(#rules),*];
    }
}
