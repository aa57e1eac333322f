//! The widget's first screen as HTML, rendered natively at build time from
//! the same [`App`] the browser runs: `bsc-bundle` puts each language's
//! into `embed.js`, whose loader shows it at once and lets the wasm take
//! it over (`src/host/mod.rs`, "Before mount").
//!
//! Only with the feature `first-screen`, which bsc-bundle turns on: it
//! needs tachys' `ssr` feature, which the widget's WebAssembly does not
//! carry.

use bsc_core::Locale;
use leptos::prelude::*;
use leptos::reactive::diagnostics::SpecialNonReactiveZone;

use crate::app::App;
use crate::config::Config;

/// The first screen of a widget in `locale`, with the default settings
/// (theme `auto`, no country): the markup [`mount`](crate::mount) builds
/// for it, without the hydration markers.
pub fn first_screen(locale: &'static Locale) -> String {
    // Rendered once, not followed: reading signals outside a tracking
    // context is what is meant here (no debug warnings for it).
    let _zone = SpecialNonReactiveZone::enter();
    // An owner of its own, dropped (with every signal it made) on return.
    Owner::new().with(|| {
        let config = RwSignal::new(Config {
            locale,
            ..Config::default()
        });
        view! { <App config=config /> }.to_html()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn renders_the_intro_in_each_language() {
        for locale in bsc_core::locales() {
            let html = first_screen(locale);
            assert!(html.starts_with("<div "), "{html}");
            assert!(html.contains(" class=\"bsc "), "{html}");
            assert!(
                html.contains(&format!("lang=\"{}\"", locale.code())),
                "{html}"
            );
            let start = locale.text(bsc_core::ui::START);
            assert!(html.contains(&format!(">{start}</button>")), "{html}");
        }
    }
}
