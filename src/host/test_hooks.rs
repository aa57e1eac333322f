//! Test hooks, compiled in only with the `test-hooks` feature (the
//! end-to-end tests' build, `make dist-test`; `scripts/check-dist.sh`
//! fails if a release bundle holds them).
//!
//! A test sets `globalThis.__bscTestPanic` to the name of a point
//! (`"loadLocale"`, `"mount"`, `"refresh"`, `"click"`); the next instance
//! to pass that point clears it and panics there, as an internal error
//! would.

/// Panics if a test armed `point` (see the module docs).
#[cfg(feature = "test-hooks")]
pub fn panic_if_armed(point: &str) {
    use wasm_bindgen::JsValue;
    let global = js_sys::global();
    let key = JsValue::from_str("__bscTestPanic");
    let armed = js_sys::Reflect::get(&global, &key)
        .ok()
        .and_then(|v| v.as_string());
    if armed.as_deref() == Some(point) {
        js_sys::Reflect::set(&global, &key, &JsValue::UNDEFINED).ok();
        panic!("test hook: panic in {point}");
    }
}

/// Without the feature: nothing.
#[cfg(not(feature = "test-hooks"))]
#[inline(always)]
pub fn panic_if_armed(_point: &str) {}

/// In test builds, a click anywhere in the widget passes the point
/// `"click"`: a panic from a reader's action, outside any loader call.
#[cfg(feature = "test-hooks")]
pub fn watch_clicks(root: &web_sys::ShadowRoot) {
    use wasm_bindgen::closure::Closure;
    use wasm_bindgen::JsCast;
    let listener = Closure::<dyn Fn()>::new(|| panic_if_armed("click"));
    root.add_event_listener_with_callback_and_bool(
        "click",
        listener.as_ref().unchecked_ref(),
        true,
    )
    .ok();
    listener.forget();
}

/// Without the feature: nothing.
#[cfg(not(feature = "test-hooks"))]
#[inline(always)]
pub fn watch_clicks(_root: &web_sys::ShadowRoot) {}
