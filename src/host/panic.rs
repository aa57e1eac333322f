//! Panic isolation. Release builds abort on panic, which traps this wasm
//! instance; the loader runs one instance per widget, so only this widget is
//! lost. The hook replaces the widget's content with a short readable message
//! and tells the loader to keep the trap out of the host page's console.

use std::sync::Once;

use wasm_bindgen::JsValue;

/// Installs the hook once per wasm instance.
pub fn install_hook() {
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        std::panic::set_hook(Box::new(move |info| {
            web_sys::console::warn_1(&JsValue::from_str(&format!(
                "back-spasm-check: internal error, this widget stopped: {info}"
            )));
            for root in super::registry::all() {
                // Tells the loader this instance is done (never reused).
                let flag = JsValue::from_str("bscStopped");
                js_sys::Reflect::set(&root.host(), &flag, &JsValue::TRUE).ok();
                let doc = root.owner_document();
                let message = doc.as_ref().and_then(|d| d.create_element("p").ok());
                if let Some(p) = message {
                    p.set_attribute("role", "status").ok();
                    p.set_text_content(Some(fallback_message(&root)));
                    root.set_inner_html("");
                    root.append_child(&p).ok();
                }
            }
            count_panic_for_loader();
        }));
    });
}

/// The load-error message in the language the widget was showing.
fn fallback_message(root: &web_sys::ShadowRoot) -> &'static str {
    let lang = root
        .query_selector(".bsc")
        .ok()
        .flatten()
        .and_then(|el| el.get_attribute("lang"));
    lang.as_deref()
        .and_then(bsc_core::resolve_locale)
        .unwrap_or_else(bsc_core::default_locale)
        .text(bsc_core::ui::LOAD_ERROR)
}

/// `globalThis[Symbol.for('back-spasm-check')].pendingPanics += 1`, read by
/// web/embed.js to silence the trap that follows.
fn count_panic_for_loader() {
    let key = js_sys::Symbol::for_("back-spasm-check");
    let Ok(state) = js_sys::Reflect::get(&js_sys::global(), &key) else {
        return;
    };
    if state.is_object() {
        let name = JsValue::from_str("pendingPanics");
        let count = js_sys::Reflect::get(&state, &name)
            .ok()
            .and_then(|v| v.as_f64())
            .unwrap_or(0.0);
        js_sys::Reflect::set(&state, &name, &JsValue::from_f64(count + 1.0)).ok();
    }
}
