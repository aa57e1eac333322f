//! Browser tests of the real widget (wasm-bindgen-test in headless
//! Chromium): each test mounts a widget into a fresh element, exactly as
//! `embed.js` does, and drives it through its shadow DOM like a reader.
//!
//! Expected texts come from the engine's content (`bsc_core`), never typed
//! in here, so the tests follow the content files.
#![cfg(target_arch = "wasm32")]

use back_spasm_check::{mount, Widget};
use bsc_core::{
    default_locale, flow, format, ui, Answer, Level, Locale, Screen, Session, StepKind, TextId,
};
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlElement, HtmlInputElement, ShadowRoot};

wasm_bindgen_test_configure!(run_in_browser);

/// One mounted widget and the reader's view of it.
struct Harness {
    host: HtmlElement,
    root: ShadowRoot,
    widget: Widget,
    locale: &'static Locale,
}

impl Harness {
    fn new(attributes: &[(&str, &str)]) -> Self {
        let document = web_sys::window().unwrap().document().unwrap();
        let host: HtmlElement = document
            .create_element("back-spasm-check")
            .unwrap()
            .unchecked_into();
        for (name, value) in attributes {
            host.set_attribute(name, value).unwrap();
        }
        document.body().unwrap().append_child(&host).unwrap();
        let widget = mount(host.clone(), js_sys::Function::new_no_args(""), None).expect("mount");
        let root = host.shadow_root().expect("an open shadow root");
        Harness {
            host,
            root,
            widget,
            locale: default_locale(),
        }
    }

    fn t(&self, id: TextId) -> &'static str {
        self.locale.text(id)
    }

    fn all(&self, selector: &str) -> Vec<Element> {
        let list = self.root.query_selector_all(selector).unwrap();
        (0..list.length())
            .map(|i| list.item(i).unwrap().unchecked_into())
            .collect()
    }

    fn text(&self, selector: &str) -> String {
        self.root
            .query_selector(selector)
            .unwrap()
            .and_then(|el| el.text_content())
            .unwrap_or_default()
            .trim()
            .to_owned()
    }

    fn heading(&self) -> String {
        self.text("#bsc-heading")
    }

    fn button(&self, id: TextId) -> HtmlElement {
        let label = self.t(id);
        self.all("button")
            .into_iter()
            .find(|b| b.text_content().unwrap_or_default().trim() == label)
            .unwrap_or_else(|| panic!("no button {label:?} on screen {:?}", self.heading()))
            .unchecked_into()
    }

    async fn click(&self, id: TextId) {
        self.button(id).click();
        settle().await;
    }

    fn inputs(&self) -> Vec<HtmlInputElement> {
        self.all("input")
            .into_iter()
            .map(JsCast::unchecked_into)
            .collect()
    }

    /// Gives `answer` through the controls (not through the engine).
    async fn give(&self, answer: &Answer) {
        let inputs = self.inputs();
        match answer {
            Answer::Single(i) => inputs[*i].click(),
            Answer::Multi(picks) => picks.iter().for_each(|i| inputs[*i].click()),
            Answer::Scale(n) => inputs
                .iter()
                .find(|input| input.value() == n.to_string())
                .expect("a scale point")
                .click(),
        }
        settle().await;
    }

    fn urgency(&self) -> Option<String> {
        self.root
            .query_selector("section[data-urgency]")
            .unwrap()
            .and_then(|el| el.get_attribute("data-urgency"))
    }

    fn active_id(&self) -> Option<String> {
        self.root.active_element().map(|el| el.id())
    }
}

impl Drop for Harness {
    fn drop(&mut self) {
        self.widget.unmount();
        self.host.remove();
    }
}

/// Lets Leptos run its scheduled effects: the executor runs tasks in the
/// order they were queued, so when this one's turn comes, every effect the
/// last action queued has run.
async fn settle() {
    leptos::task::tick().await;
}

/// Single-choice steps whose calm answer is not the first option.
const CALM: &[(&str, &str)] = &[("age", "16_to_49")];

/// The answer a plan gives to the step `id` (by option id or scale value);
/// a step the plan does not name gets a calm answer: "none of these", the
/// calm option, or the lowest number.
fn planned(plan: &[(&str, &str)], step: &bsc_core::Step) -> Answer {
    let wanted = plan
        .iter()
        .chain(CALM)
        .find(|(id, _)| *id == step.id)
        .map(|(_, v)| *v);
    match step.kind {
        StepKind::Single { options } => {
            let pick = wanted.map_or(0, |w| options.iter().position(|o| o.id == w).expect(w));
            Answer::Single(pick)
        }
        StepKind::Multi { options, none } => Answer::Multi(match wanted {
            None => vec![none],
            Some(list) => list
                .split(',')
                .map(|w| options.iter().position(|o| o.id == w).expect(w))
                .collect(),
        }),
        StepKind::Scale { min, .. } => Answer::Scale(wanted.map_or(min, |w| w.parse().unwrap())),
    }
}

/// Walks a whole flow through the UI, checking every screen against the
/// engine driven with the same answers, and returns the result's urgency.
async fn walk(h: &Harness, plan: &[(&str, &str)]) -> String {
    let mut model = Session::new();
    model.start();
    h.click(ui::START).await;
    while let Screen::Question(q) = model.screen() {
        assert_eq!(
            h.heading(),
            h.t(q.step.title),
            "screen {} of the plan {plan:?}",
            q.number
        );
        let progress = format(
            h.t(ui::STEP_OF),
            &[
                ("n", &q.number.to_string()),
                ("total", &q.total.to_string()),
            ],
        );
        assert_eq!(h.text(".progress-text"), progress);
        let continue_button = h.button(ui::CONTINUE);
        assert_eq!(
            continue_button.get_attribute("aria-disabled").as_deref(),
            Some("true")
        );
        let answer = planned(plan, q.step);
        h.give(&answer).await;
        assert_eq!(
            continue_button.get_attribute("aria-disabled"),
            None,
            "answered: Continue is available"
        );
        h.click(ui::CONTINUE).await;
        model.answer(answer).unwrap();
    }
    let outcome = model.outcome().unwrap();
    assert_eq!(h.heading(), h.t(outcome.level.title()));
    // The tips shown are exactly the engine's, in its order.
    let shown: Vec<String> = h
        .all("[data-tip]")
        .iter()
        .filter_map(|t| t.get_attribute("data-tip"))
        .collect();
    // (The safety net is last in the model and shown in its own section last.)
    let expected: Vec<&str> = outcome.tips.iter().map(|t| t.id).collect();
    assert_eq!(shown, expected);
    h.urgency().expect("the result carries data-urgency")
}

#[wasm_bindgen_test]
async fn mounts_the_intro_in_an_open_shadow_root() {
    let h = Harness::new(&[]);
    assert_eq!(h.heading(), h.t(ui::INTRO_HEADING));
    assert!(h.button(ui::START).is_connected());
    // The page's light DOM holds no widget markup.
    assert_eq!(h.host.children().length(), 0);
    // Nothing takes the focus on load.
    assert_eq!(h.active_id(), None);
    assert_eq!(
        h.root
            .query_selector(".bsc")
            .unwrap()
            .unwrap()
            .get_attribute("lang")
            .as_deref(),
        Some("en")
    );
}

#[wasm_bindgen_test]
async fn an_emergency_flag_ends_the_check_at_once() {
    let h = Harness::new(&[("region", "AU")]);
    let flags = flow().step("emergency_flags").expect("the emergency step");
    let StepKind::Multi { options, .. } = flags.kind else {
        panic!("emergency flags are a multi choice")
    };
    let first = options[0].id;
    let urgency = walk(&h, &[("emergency_flags", first)]).await;
    assert_eq!(urgency, Level::Emergency.as_str());
    // The country's emergency number is in the action, and the country is
    // named beside it.
    let au = bsc_core::find_region("AU").expect("Australia is a known country");
    assert!(h.text(".action").contains(au.emergency_number()));
    assert!(h.text("#bsc-region").contains(au.name(default_locale())));
}

#[wasm_bindgen_test]
async fn the_emergency_number_attribute_is_used() {
    let h = Harness::new(&[("emergency-number", "000")]);
    let flags = flow().step("emergency_flags").unwrap();
    let StepKind::Multi { options, .. } = flags.kind else {
        unreachable!()
    };
    walk(&h, &[("emergency_flags", options[1].id)]).await;
    assert!(h.text(".action").contains("000"), "{}", h.text(".action"));
}

#[wasm_bindgen_test]
async fn an_urgent_flag_gives_the_urgent_result_with_what_is_safe_until_seen() {
    let h = Harness::new(&[]);
    let flags = flow().step("urgent_flags").unwrap();
    let StepKind::Multi { options, .. } = flags.kind else {
        unreachable!()
    };
    let urgency = walk(&h, &[("urgent_flags", options[0].id)]).await;
    assert_eq!(urgency, Level::Urgent.as_str());
    assert!(!h.all(".result > .tips [data-tip]").is_empty());
    assert_eq!(h.all(".safety-net [data-tip]").len(), 1);
}

#[wasm_bindgen_test]
async fn pregnancy_warning_signs_are_asked_only_when_pregnant() {
    let h = Harness::new(&[]);
    // `walk` checks each screen and its "Step n of m" against the engine.
    let urgency = walk(&h, &[("pregnant", "yes"), ("pregnancy_flags", "bleeding")]).await;
    assert_eq!(urgency, Level::Urgent.as_str());
    h.click(ui::RESTART).await;
    let urgency = walk(&h, &[("pregnant", "no")]).await;
    assert_eq!(urgency, Level::SelfCare.as_str());
}

#[wasm_bindgen_test]
async fn sources_are_links_and_general_tips_fold() {
    let mut h = Harness::new(&[]);
    walk(&h, &[("severity", "2")]).await;
    let mut folded = 0;
    for tip in h.all("[data-tip]") {
        let id = tip.get_attribute("data-tip").unwrap();
        let model = flow().tips().iter().find(|t| t.id == id).unwrap();
        // General tips are folded under their title; the others are open.
        assert_eq!(tip.tag_name() == "DETAILS", model.general, "{id}");
        assert!(!tip.has_attribute("open"), "{id}");
        folded += usize::from(model.general);
        let links = tip.query_selector_all(".source a").unwrap();
        assert_eq!(links.length() as usize, model.sources.len(), "{id}");
        for (i, source) in model.sources.iter().enumerate() {
            let a: Element = links.item(i as u32).unwrap().unchecked_into();
            assert_eq!(a.get_attribute("href").as_deref(), Some(source.url));
            assert_eq!(a.get_attribute("target").as_deref(), Some("_blank"));
            assert_eq!(
                a.get_attribute("rel").as_deref(),
                Some("noopener noreferrer")
            );
            assert_eq!(a.text_content().unwrap(), h.t(source.label));
        }
    }
    assert!(folded > 0, "a self-care result has general tips");
    // Tips for the reader's answers come before the folded general ones.
    let kinds: Vec<String> = h
        .all(".result > .tips [data-tip]")
        .iter()
        .map(Element::tag_name)
        .collect();
    assert!(
        kinds
            .windows(2)
            .all(|w| !(w[0] == "DETAILS" && w[1] == "ARTICLE")),
        "{kinds:?}"
    );
    // The tips follow a change of language on the result screen.
    h.host.set_attribute("lang", "es").unwrap();
    h.widget.refresh(false);
    settle().await;
    let es = bsc_core::resolve_locale("es").unwrap();
    let first = h.all("[data-tip]").remove(0);
    let id = first.get_attribute("data-tip").unwrap();
    let tip = flow().tips().iter().find(|t| t.id == id).unwrap();
    let title = first.query_selector("h4").unwrap().unwrap();
    assert_eq!(title.text_content().unwrap(), es.text(tip.title));
}

#[wasm_bindgen_test]
async fn severe_pain_means_see_someone_soon() {
    let h = Harness::new(&[]);
    assert_eq!(walk(&h, &[("severity", "9")]).await, Level::Soon.as_str());
}

#[wasm_bindgen_test]
async fn mild_new_pain_means_self_care() {
    let h = Harness::new(&[]);
    assert_eq!(
        walk(&h, &[("severity", "2")]).await,
        Level::SelfCare.as_str()
    );
    for tip in h.all("[data-tip]") {
        assert!(
            tip.query_selector(".source").unwrap().is_some(),
            "every tip names its source"
        );
    }
}

#[wasm_bindgen_test]
async fn back_changes_an_answer_and_the_result_follows() {
    let h = Harness::new(&[]);
    assert_eq!(
        walk(&h, &[("severity", "2")]).await,
        Level::SelfCare.as_str()
    );
    // Back through the steps after severity, keeping their answers.
    let after: usize = flow()
        .steps()
        .iter()
        .rev()
        .take_while(|s| s.id != "severity")
        .count();
    for _ in 0..=after {
        h.click(ui::BACK).await;
    }
    assert_eq!(h.heading(), h.t(flow().step("severity").unwrap().title));
    let checked: Vec<String> = h
        .inputs()
        .iter()
        .filter(|i| i.checked())
        .map(|i| i.value())
        .collect();
    assert_eq!(checked, ["2"], "the earlier answer is kept on the way back");
    h.give(&Answer::Scale(9)).await;
    h.click(ui::CONTINUE).await;
    // The later steps were answered again from scratch or kept; either way
    // the result must follow the new answer.
    let mut guard = 0;
    while h.urgency().is_none() {
        let step = flow()
            .steps()
            .iter()
            .find(|s| h.t(s.title) == h.heading())
            .expect("a known step");
        if h.inputs().iter().all(|i| !i.checked()) {
            h.give(&planned(&[], step)).await;
        }
        h.click(ui::CONTINUE).await;
        guard += 1;
        assert!(guard < 20, "the flow ends");
    }
    assert_eq!(h.urgency().as_deref(), Some(Level::Soon.as_str()));
}

#[wasm_bindgen_test]
async fn start_again_clears_everything() {
    let h = Harness::new(&[]);
    walk(&h, &[("severity", "9")]).await;
    h.click(ui::RESTART).await;
    assert_eq!(h.heading(), h.t(ui::INTRO_HEADING));
    h.click(ui::START).await;
    assert!(
        h.inputs().iter().all(|i| !i.checked()),
        "no answer survives a restart"
    );
    assert_eq!(
        h.button(ui::CONTINUE)
            .get_attribute("aria-disabled")
            .as_deref(),
        Some("true")
    );
}

#[wasm_bindgen_test]
async fn focus_and_announcements_follow_the_steps() {
    let h = Harness::new(&[]);
    h.click(ui::START).await;
    assert_eq!(
        h.active_id().as_deref(),
        Some("bsc-heading"),
        "focus moves to the new heading"
    );
    let first = &flow().steps()[0];
    let live = h.text("[aria-live]");
    assert!(
        live.contains(h.t(first.title)),
        "live region announces the step: {live:?}"
    );
}

#[wasm_bindgen_test]
async fn continue_says_why_it_is_unavailable() {
    let h = Harness::new(&[]);
    h.click(ui::START).await;
    let heading = h.heading();
    let button = h.button(ui::CONTINUE);
    assert_eq!(
        button.get_attribute("aria-describedby").as_deref(),
        Some("bsc-hint")
    );
    assert_eq!(h.text("#bsc-hint"), h.t(ui::CHOOSE_ANY));
    button.click();
    settle().await;
    assert_eq!(h.heading(), heading, "an unanswered step does not move on");
}

#[wasm_bindgen_test]
async fn none_of_these_is_exclusive() {
    let h = Harness::new(&[]);
    h.click(ui::START).await;
    let StepKind::Multi { options, none } = flow().steps()[0].kind else {
        panic!("first step is a multi choice")
    };
    let inputs = h.inputs();
    assert_eq!(inputs.len(), options.len());
    inputs[0].click();
    inputs[none].click();
    settle().await;
    assert!(!inputs[0].checked() && inputs[none].checked());
    inputs[1].click();
    settle().await;
    assert!(inputs[1].checked() && !inputs[none].checked());
}

#[wasm_bindgen_test]
async fn attribute_changes_apply_live_and_keep_answers() {
    let mut h = Harness::new(&[]);
    h.click(ui::START).await;
    h.inputs()[0].click();
    settle().await;
    h.host.set_attribute("theme", "dark").unwrap();
    h.widget.refresh(false);
    settle().await;
    let bsc = h.root.query_selector(".bsc").unwrap().unwrap();
    assert_eq!(bsc.get_attribute("data-theme").as_deref(), Some("dark"));
    assert!(h.inputs()[0].checked(), "the draft answer survives");
}

#[wasm_bindgen_test]
async fn unmount_empties_the_shadow_root_and_is_idempotent() {
    let mut h = Harness::new(&[]);
    h.widget.unmount();
    h.widget.unmount();
    assert_eq!(h.root.child_element_count(), 0);
}
