//! One question screen: progress, heading, the answer control, Continue
//! (unavailable until answered, with the reason shown), Back, Start again.

use bsc_core::{join, ui, QuestionScreen, StepKind};
use leptos::either::Either;
use leptos::prelude::*;

use crate::components::choices::Choices;
use crate::components::heading::{Heading, HEADING_ID};
use crate::components::nav::Nav;
use crate::components::pain_scale::PainScale;
use crate::components::progress::Progress;
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

    // Boxed like every `Button`'s handler, so the click listener compiles once.
    let submit: Box<dyn FnMut(leptos::ev::MouseEvent)> = Box::new(move |_| {
        let Some(answer) = draft.get_untracked() else {
            return;
        };
        ctx.act(|session| {
            // The controls offer only valid answers; the engine refuses any
            // other and leaves the session as it was. (No formatted error
            // message: it would compile the formatting machinery in.)
            if session.answer(answer).is_err() {
                let message = [
                    "back-spasm-check: the answer to \"",
                    step.id,
                    "\" was refused",
                ];
                web_sys::console::warn_1(&join(&message, "").into());
            }
        });
    });
    let hint = match step.kind {
        StepKind::Single { .. } => ui::CHOOSE_ONE,
        StepKind::Multi { .. } => ui::CHOOSE_ANY,
        StepKind::Scale { .. } => ui::CHOOSE_SCALE,
    };
    let control = match step.kind {
        StepKind::Single { options } => {
            Either::Left(view! { <Choices name=step.id options=options none=None draft=draft /> })
        }
        StepKind::Multi { options, none } => Either::Left(
            view! { <Choices name=step.id options=options none=Some(none) draft=draft /> },
        ),
        StepKind::Scale {
            min,
            max,
            low,
            high,
        } => Either::Right(
            view! { <PainScale name=step.id min=min max=max low=low high=high draft=draft /> },
        ),
    };

    view! {
        <section class="screen question" aria-labelledby=HEADING_ID>
            <Progress number=screen.number total=screen.total />
            <Heading>{ctx.text(step.title)}</Heading>
            {step.help.map(|help| view! { <p class="help">{ctx.text(help)}</p> })}
            {control}
            <p id="bsc-hint" class="hint" hidden=move || answered().then_some("")>{ctx.text(hint)}</p>
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
