//! An icon per urgency level, so the level never rests on colour alone
//! (the banner also states it in words). Decorative: hidden from assistive
//! technology.

use bsc_core::Level;
use leptos::prelude::*;

/// The level's icon.
#[component]
pub fn UrgencyIcon(
    /// The level whose icon to show.
    level: Level,
) -> impl IntoView {
    // Simple shapes, distinct at a glance: siren-like triangle, clock,
    // calendar-check, heart-like check.
    let path = match level {
        Level::Emergency => "M12 2 1 21h22L12 2zm1 15h-2v-2h2v2zm0-4h-2V9h2v4z",
        Level::Urgent => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm1 11h-5v-2h3V6h2v7z",
        Level::Soon => "M19 4h-1V2h-2v2H8V2H6v2H5a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h14a2 2 0 0 0 2-2V6a2 2 0 0 0-2-2zm0 16H5V9h14v11zm-8.5-2L7 14.5l1.4-1.4 2.1 2.1 5-5 1.4 1.4-6.4 6.4z",
        Level::SelfCare => "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20zm-2 15-5-5 1.4-1.4 3.6 3.6 7.6-7.6L19 8l-9 9z",
    };
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="40" height="40" aria-hidden="true" focusable="false">
            <path fill="currentColor" d=path></path>
        </svg>
    }
}
