//! Panic isolation. Release builds abort on panic, which traps this wasm
//! instance; the loader runs one instance per widget, so only this widget is
//! lost. The hook replaces the widget's content with a short readable
//! message, then calls the `on_stop` callback the loader gave
//! [`mount`](super::mount), so the loader retires the instance and keeps
//! the trap that follows out of the host page's console.

use std::sync::Once;

use wasm_bindgen::JsValue;

/// Installs the hook once per wasm instance (each entry point calls it).
pub fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(move |info| {
            web_sys::console::warn_1(&JsValue::from_str(&format!(
                "back-spasm-check: internal error, this widget stopped: {info}"
            )));
            for (root, on_stop) in super::registry::all() {
                let doc = root.owner_document();
                let message = doc.as_ref().and_then(|d| d.create_element("p").ok());
                if let Some(p) = message {
                    p.set_attribute("role", "status").ok();
                    p.set_text_content(Some(&fallback_message(&root)));
                    root.set_text_content(None);
                    root.append_child(&p).ok();
                }
                on_stop.call0(&JsValue::NULL).ok();
            }
        }));
    });
}

/// The load-error message in the language the widget was showing, with
/// the emergency number it was showing (`lang` and `data-number` of the
/// app's root element, see `App`).
fn fallback_message(root: &web_sys::ShadowRoot) -> String {
    let app = root.query_selector(".bsc").ok().flatten();
    let read = |name| app.as_ref().and_then(|el| el.get_attribute(name));
    let locale = read("lang")
        .as_deref()
        .and_then(bsc_core::resolve_locale)
        .unwrap_or_else(bsc_core::default_locale);
    let number = read("data-number");
    let number = number
        .as_deref()
        .unwrap_or(locale.emergency_number_default());
    bsc_core::format(locale.text(bsc_core::ui::LOAD_ERROR), &[("number", number)])
}
