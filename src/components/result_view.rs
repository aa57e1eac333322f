//! The result: urgency banner (colour, icon and words), what to do now
//! (with the country its numbers and services are for, which the reader
//! can change), the tips (those for the reader's answers first, then general ones,
//! folded), the safety nets for the level, the disclaimer, and the summary
//! actions. The section carries `data-urgency`.

use bsc_core::{action_text, ui};
use leptos::prelude::*;

use crate::components::answers_list::AnswersList;
use crate::components::heading::{Heading, HEADING_ID};
use crate::components::nav::Nav;
use crate::components::region_picker::RegionPicker;
use crate::components::summary_actions::SummaryActions;
use crate::components::tip_list::TipList;
use crate::components::urgency_icon::UrgencyIcon;
use crate::ctx::use_ctx;

/// The result screen. It takes no props: it reads the shared context, and
/// shows nothing unless the session has an outcome.
#[component]
pub fn ResultView() -> Option<impl IntoView> {
    let ctx = use_ctx();
    let outcome = ctx.session.with_untracked(|s| s.outcome())?;
    let level = outcome.level;
    let action = move || {
        ctx.config
            .with(|c| action_text(level, c.locale, &c.place()))
    };
    let (safety_net, tips): (Vec<_>, Vec<_>) =
        outcome.tips.into_iter().partition(|tip| tip.safety_net);

    Some(view! {
        <section class="screen result" data-urgency=level.as_str() aria-labelledby=HEADING_ID>
            <div class="banner" data-urgency=level.as_str()>
                <UrgencyIcon level=level />
                <div>
                    <p class="eyebrow">{ctx.text(ui::RESULT_HEADING)}</p>
                    <Heading>{ctx.text(level.title())}</Heading>
                </div>
            </div>
            <h3>{ctx.text(ui::NEXT_STEPS_HEADING)}</h3>
            <p class="action">{action}</p>
            <RegionPicker />
            <h3>{ctx.text(ui::TIPS_HEADING)}</h3>
            <TipList tips=tips />
            <section class="safety-net" aria-labelledby="bsc-safety-net">
                <h3 id="bsc-safety-net">{ctx.text(ui::SAFETY_NET_HEADING)}</h3>
                <TipList tips=safety_net />
            </section>
            <AnswersList />
            <p class="disclaimer">{ctx.text(ui::DISCLAIMER)}</p>
            <SummaryActions />
            <div class="actions">
                <Nav />
            </div>
        </section>
    })
}
