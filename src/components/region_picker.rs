//! Which country the numbers and services are for, and a control to change
//! it. The country was chosen on the device (the host's `region`, the
//! page's or browser's language); the reader's own choice wins from then
//! on and keeps their answers. A change is announced to screen readers.
//!
//! The options are one HTML string (`inner_html`), like
//! [`TipList`](crate::components::tip_list::TipList): a Leptos template
//! per option would cost more WebAssembly. Every name is escaped.

use bsc_core::{find_region, regions, ui, Locale, Place, Region};
use leptos::prelude::*;

use crate::components::tip_list::escape;
use crate::ctx::use_ctx;
use crate::platform;

/// "Numbers and services for: Canada" and a country picker (reads the
/// shared context; no props).
#[component]
pub fn RegionPicker() -> impl IntoView {
    let ctx = use_ctx();
    let shown = move || {
        ctx.config
            .with(|c| c.place().fill(c.locale.text(ui::REGION_SHOWN), c.locale))
    };
    let options = move || ctx.config.with(|c| options_html(c.region, c.locale));
    let choose = move |ev: leptos::ev::Event| {
        let code = event_target_value(&ev);
        ctx.config.update(|c| {
            c.region = find_region(&code);
            c.region_by_reader = true;
        });
    };
    view! {
        <div class="region">
            <p id="bsc-region" role="status">{shown}</p>
            <label>
                {ctx.text(ui::REGION_CHANGE)}
                <select aria-describedby="bsc-region" on:change=choose prop:innerHTML=move || platform::html(options())></select>
            </label>
        </div>
    }
}

/// An `<option>` per country, named in `locale`, then one for no country
/// (the neutral wording); `chosen`'s is selected.
fn options_html(chosen: Option<&'static Region>, locale: &Locale) -> String {
    let mut html = String::new();
    let mut option = |code: &str, name: &str, selected: bool| {
        html.push_str("<option value=\"");
        html.push_str(code);
        html.push_str(if selected { "\" selected>" } else { "\">" });
        html.push_str(&escape(name));
        html.push_str("</option>");
    };
    for region in regions() {
        option(region.code(), region.name(locale), chosen == Some(region));
    }
    let none = Place::default();
    option("", none.country(locale), chosen.is_none());
    html
}
