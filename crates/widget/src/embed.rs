//! The embed entry point: attach an open Shadow DOM to a host element, adopt
//! the widget's stylesheet inside it, and mount the Leptos app there.
//!
//! `web/embed.js` calls [`mount`] once per `<back-spasm-check>` (or
//! `<div data-back-spasm-check>`) and keeps the returned [`Widget`] to
//! [`Widget::refresh`] it when an attribute changes and to
//! [`Widget::unmount`] it when the element leaves the page.

use std::any::Any;
use std::cell::RefCell;

use leptos::prelude::*;
use wasm_bindgen::prelude::*;
use web_sys::{CssStyleSheet, HtmlElement, ShadowRoot, ShadowRootInit, ShadowRootMode};

use crate::app::App;
use crate::config::{parse, Config, RawAttributes};

/// The widget's whole stylesheet (`style/widget.css`, minified by
/// `build.rs`). Constructed stylesheets are not blocked by a strict
/// `style-src 'self'` CSP, unlike `<style>` elements.
const STYLES: &str = include_str!(concat!(env!("OUT_DIR"), "/widget.css"));

thread_local! {
    static SHEET: RefCell<Option<CssStyleSheet>> = const { RefCell::new(None) };
    /// Shadow roots of the widgets this wasm instance serves, for the panic hook.
    static ROOTS: RefCell<Vec<ShadowRoot>> = const { RefCell::new(Vec::new()) };
}

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

/// Mounts a widget into `host` (shadow root, styles, app).
///
/// # Errors
/// Fails when the element cannot have a shadow root or the browser lacks
/// constructed stylesheets; the loader then shows its fallback message.
#[wasm_bindgen]
pub fn mount(host: HtmlElement) -> Result<Widget, JsValue> {
    crate::panic::install_hook();
    let root = match host.shadow_root() {
        Some(root) => root,
        None => host.attach_shadow(&ShadowRootInit::new(ShadowRootMode::Open))?,
    };
    root.set_inner_html("");
    let sheet = stylesheet()?;
    root.set_adopted_style_sheets(&js_sys::Array::of1(&sheet));

    let raw = read_attributes(&host);
    let (config, warned) = parse(&raw);
    warn_all(&warned);
    let config = ArcRwSignal::new(config);

    let app_config = config.clone();
    let handle = leptos::mount::mount_to(root.clone().unchecked_into(), move || {
        view! { <App config=app_config /> }
    });
    ROOTS.with_borrow_mut(|roots| roots.push(root.clone()));
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
    /// ([`load_locale`]); the change then waits, and the loader calls
    /// `refresh` again once the pack is in. With `anyway` (the pack could
    /// not be had) the change applies at once, in English words.
    pub fn refresh(&mut self, anyway: bool) -> Option<String> {
        let raw = read_attributes(&self.host);
        if raw == self.raw {
            return None;
        }
        let (config, warnings) = parse(&raw);
        if !anyway {
            if let Some(code) = pack_needed(&config) {
                return Some(code);
            }
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

    /// Panics on purpose, as an internal error would: the test hook that
    /// proves a panic stops only this widget (its instance shows the
    /// fallback message; other widgets keep working).
    #[wasm_bindgen(js_name = simulatePanic)]
    pub fn simulate_panic(&self) {
        panic!("simulated internal error (test hook)");
    }

    /// Unmounts the app and frees everything it held. Idempotent.
    pub fn unmount(&mut self) {
        if self.handle.take().is_some() {
            self.root.set_inner_html("");
            ROOTS.with_borrow_mut(|roots| roots.retain(|r| r != &self.root));
        }
    }
}

impl Drop for Widget {
    fn drop(&mut self) {
        self.unmount();
    }
}

/// The language `host` will show, if its texts are not here yet: the
/// loader then fetches `locale-<code>.txt` and passes it to
/// [`load_locale`] before [`mount`].
#[wasm_bindgen(js_name = localeNeeded)]
pub fn locale_needed(host: &HtmlElement) -> Option<String> {
    pack_needed(&parse(&read_attributes(host)).0)
}

/// The code of `config`'s language if its texts are not loaded yet.
fn pack_needed(config: &Config) -> Option<String> {
    (!config.locale.is_loaded()).then(|| config.locale.code().to_owned())
}

/// Loads a locale pack (the text of a `locale-<code>.txt` file).
///
/// # Errors
/// The pack's problem, as a message, when it is refused.
#[wasm_bindgen(js_name = loadLocale)]
pub fn load_locale(pack: &str) -> Result<(), JsValue> {
    bsc_core::load_locale(pack)
        .map(|_| ())
        .map_err(|err| JsValue::from_str(&err.to_string()))
}

/// Shadow roots mounted by this instance (used by the panic hook).
pub(crate) fn mounted_roots() -> Vec<ShadowRoot> {
    ROOTS.with_borrow(Clone::clone)
}

fn stylesheet() -> Result<CssStyleSheet, JsValue> {
    SHEET.with_borrow_mut(|sheet| {
        if let Some(sheet) = sheet {
            return Ok(sheet.clone());
        }
        let new = CssStyleSheet::new()?;
        new.replace_sync(STYLES)?;
        *sheet = Some(new.clone());
        Ok(new)
    })
}

fn read_attributes(host: &HtmlElement) -> RawAttributes {
    let ancestor_lang = host
        .parent_element()
        .and_then(|parent| parent.closest("[lang]").ok().flatten())
        .and_then(|el| el.get_attribute("lang"));
    let document_lang = host
        .owner_document()
        .and_then(|doc| doc.document_element())
        .and_then(|html| html.get_attribute("lang"));
    RawAttributes {
        lang: host.get_attribute("lang"),
        ancestor_lang,
        document_lang,
        theme: host.get_attribute("theme"),
        emergency_number: host.get_attribute("emergency-number"),
    }
}

fn warn_all(warnings: &[String]) {
    warnings.iter().for_each(|w| warn(w));
}

fn warn(warning: &str) {
    web_sys::console::warn_1(&JsValue::from_str(warning));
}
