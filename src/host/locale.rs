//! Locale packs: which language a widget needs, and loading its texts.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::attributes::read_attributes;
use crate::config::{parse, Config};

/// The language `host` will show, if its texts are not here yet: the
/// loader then fetches `locale-<code>.txt` and passes it to
/// [`load_locale`] before [`mount`](super::mount).
#[wasm_bindgen(js_name = localeNeeded)]
pub fn locale_needed(host: &HtmlElement) -> Option<String> {
    super::panic::install_hook();
    pack_needed(&parse(&read_attributes(host)).0)
}

/// The code of `config`'s language if its texts are not loaded yet.
pub(super) fn pack_needed(config: &Config) -> Option<String> {
    (!config.locale.is_loaded()).then(|| config.locale.code().to_owned())
}

/// Loads the locale pack `pack` (the text of `locale-<code>.txt`) fetched
/// for the language `code`.
///
/// # Errors
/// The engine's message ([`bsc_core::PackError`]) when the pack is refused:
/// not a pack, another language's, built from other content, or cut short
/// or changed. Nothing is loaded then.
#[wasm_bindgen(js_name = loadLocale)]
pub fn load_locale(code: &str, pack: &str) -> Result<(), JsValue> {
    super::panic::install_hook();
    super::test_hooks::panic_if_armed("loadLocale");
    bsc_core::load_locale(code, pack)
        .map(|_| ())
        .map_err(|err| JsValue::from_str(&err.to_string()))
}
