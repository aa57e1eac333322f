//! One question screen: progress, heading, the answer control, Continue
//! (unavailable until answered, with the reason shown), Back, Start again.

use bsc_core::{ui, QuestionScreen, StepKind};
use leptos::prelude::*;

use crate::components::heading::{Heading, HEADING_ID};
use crate::components::multi_choice::MultiChoice;
use crate::components::nav::Nav;
use crate::components::pain_scale::PainScale;
use crate::components::progress::Progress;
use crate::components::single_choice::SingleChoice;
use crate::ctx::use_ctx;

/// A question screen.
#[component]
pub fn Question(
    /// The step to ask, its place in the flow, and any earlier answer (after
    /// Back), which pre-fills the control.
    screen: QuestionScreen,
) -> impl IntoView {
    let ctx = use_ctx();
    let step = screen.step;
    let draft = RwSignal::new(screen.saved.clone());
    let answered = move || draft.with(Option::is_some);

    let submit = move |_| {
        let Some(answer) = draft.get_untracked() else {
            return;
        };
        ctx.act(|session| {
            if let Err(err) = session.answer(answer) {
                web_sys::console::warn_1(&format!("back-spasm-check: {err}").into());
            }
        });
    };
    let hint = match step.kind {
        StepKind::Single { .. } => ui::CHOOSE_ONE,
        StepKind::Multi { .. } => ui::CHOOSE_ANY,
        StepKind::Scale { .. } => ui::CHOOSE_SCALE,
    };
    let control = match step.kind {
        StepKind::Single { options } => {
            view! { <SingleChoice name=step.id options=options draft=draft /> }.into_any()
        }
        StepKind::Multi { options, none } => {
            view! { <MultiChoice name=step.id options=options none=none draft=draft /> }.into_any()
        }
        StepKind::Scale {
            min,
            max,
            low,
            high,
        } => view! { <PainScale name=step.id min=min max=max low=low high=high draft=draft /> }
            .into_any(),
    };

    view! {
        <section class="screen question" aria-labelledby=HEADING_ID>
            <Progress number=screen.number total=screen.total />
            <Heading>{ctx.text(step.title)}</Heading>
            {step.help.map(|help| view! { <p class="help">{ctx.text(help)}</p> })}
            {control}
            <p id="bsc-hint" class="hint" hidden=answered>{ctx.text(hint)}</p>
            <div class="actions">
                <button
                    type="button"
                    class="primary"
                    aria-disabled=move || (!answered()).then_some("true")
                    aria-describedby=move || (!answered()).then_some("bsc-hint")
                    on:click=submit
                >
                    {ctx.text(ui::CONTINUE)}
                </button>
                <Nav />
            </div>
        </section>
    }
}
