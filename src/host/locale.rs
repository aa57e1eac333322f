//! Locale packs: which language a widget needs, and loading its texts.

use wasm_bindgen::prelude::*;
use web_sys::HtmlElement;

use super::attributes::read_attributes;
use crate::config::{parse, Config};

/// The language `host` will show, if its texts are not here yet: the
/// loader then fetches `locale-<code>.txt` and passes it to
/// [`load_locale`] before [`mount`].
#[wasm_bindgen(js_name = localeNeeded)]
pub fn locale_needed(host: &HtmlElement) -> Option<String> {
    pack_needed(&parse(&read_attributes(host)).0)
}

/// The code of `config`'s language if its texts are not loaded yet.
pub(super) fn pack_needed(config: &Config) -> Option<String> {
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
