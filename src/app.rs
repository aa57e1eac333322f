//! The root component: owns the reader's session and switches between the
//! intro, question and result screens.

use bsc_core::{Screen, Session};
use leptos::either::EitherOf3;
use leptos::prelude::*;

use crate::components::{
    intro::Intro, live_region::LiveRegion, question::Question, result_view::ResultView,
};
use crate::config::Config;
use crate::ctx::Ctx;
use crate::fresh::Fresh;

/// The whole widget.
#[component]
pub fn App(
    /// Language, theme and emergency number; changes apply live and keep the
    /// reader's answers. The host passes its `ArcRwSignal`.
    #[prop(into)]
    config: RwSignal<Config>,
) -> impl IntoView {
    let session = RwSignal::new(Session::new());
    let ctx = Ctx {
        session,
        config,
        interacted: RwSignal::new(false),
        printing: RwSignal::new(false),
    };
    provide_context(ctx);
    crate::platform::follow_printing(ctx.printing);

    view! {
        // The masking hints of session-replay scripts (README, "Privacy"),
        // here too: rrweb records a shadow root's content without looking
        // at its host's classes, but not what is inside a blocked element.
        <div
            class="bsc rr-block ph-no-capture sentry-block fs-exclude"
            data-private=""
            data-clarity-mask="true"
            lang=move || config.with(|c| c.locale.code())
            data-theme=move || config.with(|c| c.theme.as_str())
            data-number=move || config.with(|c| c.place().number(c.locale).to_owned())
        >
            <LiveRegion />
            {move || match ctx.screen() {
                Screen::Intro => EitherOf3::A(Fresh(view! { <Intro /> })),
                Screen::Question(question) => EitherOf3::B(Fresh(view! { <Question screen=question /> })),
                Screen::Result => EitherOf3::C(Fresh(view! { <ResultView /> })),
            }}
        </div>
    }
}
