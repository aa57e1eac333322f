//! Reads a host element's attributes (and the `lang` it inherits, and the
//! browser's languages) for
//! [`crate::config::parse`].

use web_sys::HtmlElement;

use crate::config::RawAttributes;

/// The reader's browser languages, most preferred first (read on the
/// device, never sent anywhere).
fn browser_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| w.navigator().languages())
        .map(|list| list.iter().filter_map(|v| v.as_string()).collect())
        .unwrap_or_default()
}

/// The host's own attributes, its nearest ancestor's `lang`, the page's,
/// and the browser's languages.
pub fn read_attributes(host: &HtmlElement) -> RawAttributes {
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
        region: host.get_attribute("region"),
        browser_languages: browser_languages(),
    }
}
