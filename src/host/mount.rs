//! Mounting: the Leptos app in the host element's open Shadow DOM (whose
//! stylesheet the loader has adopted), in place of what it showed. The
//! [`Widget`] handle applies attribute changes and unmounts.

use std::any::Any;

use bsc_core::{default_locale, Locale};
use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use super::attributes::read_attributes;
use super::locale::pack_needed;
use super::registry;
use crate::app::App;
use crate::config::{parse, Config, RawAttributes};

/// A mounted widget, owned by the JavaScript loader.
#[wasm_bindgen]
pub struct Widget {
    host: HtmlElement,
    root: ShadowRoot,
    config: ArcRwSignal<Config>,
    raw: RawAttributes,
    /// The warnings already given for `raw` (each is given once).
    warned: Vec<String>,
    /// The `UnmountHandle`; dropping it unmounts the view and disposes of
    /// every signal and effect the widget created.
    handle: Option<Box<dyn Any>>,
}

/// Mounts a widget into `host` (its shadow root, made if missing, then the
/// app in place of what the root held: the loader's first screen, rendered
/// from this same app at build time, or the host's slot). `create_html`
/// is the `createHTML` of the loader's Trusted Types policy, if any: the
/// widget makes its escaped markup through it ([`crate::platform::html`]).
/// `on_stop` is
/// called if the widget stops for good (an internal error, after which its
/// instance traps): the loader then retires this instance.
///
/// # Errors
/// Fails, mounting nothing, when neither the widget's language nor English
/// has its texts loaded or when the element cannot have a shadow root; the
/// loader then shows its fallback message.
#[wasm_bindgen]
pub fn mount(
    host: HtmlElement,
    on_stop: js_sys::Function,
    create_html: Option<js_sys::Function>,
) -> Result<Widget, JsValue> {
    super::panic::install_hook();
    super::test_hooks::panic_if_armed("mount");
    crate::platform::set_html_policy(create_html);
    let raw = read_attributes(&host);
    let (config, warned) = parse(&raw);
    let Some(config) = with_texts(config, None) else {
        return Err(JsValue::from_str("no texts loaded"));
    };
    let root = match host.shadow_root() {
        Some(root) => root,
        None => {
            let init: ShadowRootInit = crate::platform::options();
            init.set_mode(ShadowRootMode::Open);
            host.attach_shadow(&init)?
        }
    };
    // Not innerHTML: a string there is refused on a page that enforces
    // Trusted Types. The new view is built in the same task, so the page
    // never paints the root empty.
    root.set_text_content(None);
    super::test_hooks::watch_clicks(&root);

    warn_all(&warned);
    let config = ArcRwSignal::new(config);

    let app_config = config.clone();
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), move || {
        view! { <App config=app_config /> }
    });
    registry::add(&root, &on_stop);
    Ok(Widget {
        host,
        root,
        config,
        raw,
        warned,
        handle: Some(Box::new(handle)),
    })
}

#[wasm_bindgen]
impl Widget {
    /// Re-reads the host's attributes (and inherited `lang`) and applies any
    /// change without losing the reader's answers.
    ///
    /// Returns the code of a language whose pack must be loaded first
    /// ([`load_locale`](super::load_locale)); the change then waits, and
    /// the loader calls `refresh(true)` once it has tried to load it. With
    /// `apply_now` the change applies at once with the texts at hand: a
    /// language whose texts are missing shows English, or, if English is
    /// missing too, keeps the language on screen (never a widget without
    /// words).
    pub fn refresh(&mut self, apply_now: bool) -> Option<String> {
        super::test_hooks::panic_if_armed("refresh");
        let raw = read_attributes(&self.host);
        if raw == self.raw {
            return None;
        }
        let (config, warnings) = parse(&raw);
        if !apply_now {
            if let Some(code) = pack_needed(&config) {
                return Some(code);
            }
        }
        let (shown, chosen) = self
            .config
            .with_untracked(|c| (c.locale, c.region_by_reader.then_some(c.region)));
        let mut config = with_texts(config, Some(shown))?;
        // The reader's own choice of country outlasts the host's changes.
        if let Some(region) = chosen {
            config.region = region;
            config.region_by_reader = true;
        }
        // Warn only about attributes whose value changed.
        for warning in warnings.iter().filter(|w| !self.warned.contains(w)) {
            warn(warning);
        }
        self.warned = warnings;
        self.raw = raw;
        if *self.config.read_untracked() != config {
            self.config.set(config);
        }
        None
    }

    /// Unmounts the app and frees everything it held. Idempotent.
    pub fn unmount(&mut self) {
        if self.handle.take().is_some() {
            self.root.set_text_content(None);
            registry::remove(&self.root);
        }
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        self.unmount();
    }
}

/// `config` with a language whose texts are here: its own, else English,
/// else the one `shown` (a live change), else none (nothing to show).
fn with_texts(mut config: Config, shown: Option<&'static Locale>) -> Option<Config> {
    if !config.locale.is_loaded() {
        let english = default_locale();
        config.locale = match shown {
            _ if english.is_loaded() => english,
            Some(shown) => shown,
            None => return None,
        };
    }
    Some(config)
}

fn warn_all(warnings: &[String]) {
    warnings.iter().for_each(|w| warn(w));
}

fn warn(warning: &str) {
    web_sys::console::warn_1(&JsValue::from_str(warning));
}
