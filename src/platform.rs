//! The few browser services the widget uses, all local: printing, saving a
//! text file, and the clipboard. Nothing here touches the network.

use leptos::prelude::{on_cleanup, window_event_listener_untyped, RwSignal, Set};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, ShadowRoot, Url};

thread_local! {
    /// The loader's `createHTML` of its Trusted Types policy
    /// (`back-spasm-check`), given to [`mount`](crate::host::mount); none
    /// where the browser has no Trusted Types.
    static HTML: std::cell::RefCell<Option<js_sys::Function>> = const { std::cell::RefCell::new(None) };
}

/// Keeps the loader's `createHTML` for [`html`].
pub fn set_html_policy(create_html: Option<js_sys::Function>) {
    HTML.set(create_html);
}

/// The widget's own escaped markup (tips, the country list, the printed
/// answers), for an `innerHTML`: made through the loader's Trusted Types
/// policy where there is one, so it works on a page that enforces them.
pub fn html(markup: String) -> JsValue {
    HTML.with_borrow(|create| match create {
        Some(create) => create
            .call1(&JsValue::NULL, &JsValue::from_str(&markup))
            .unwrap_or_else(|_| JsValue::from_str(&markup)),
        None => JsValue::from_str(&markup),
    })
}

/// A new, empty options object (a `web_sys` dictionary such as
/// [`BlobPropertyBag`]) with no prototype, for every options object the
/// widget gives the browser. The browser then reads only the options set on
/// it: a page's `Object.prototype.endings` (or `delegatesFocus`, or a
/// `type` accessor whose setter swallows the value) cannot add to or change
/// them.
pub fn options<T: JsCast>() -> T {
    let null = JsValue::NULL;
    js_sys::Object::<JsValue>::create(null.unchecked_ref()).unchecked_into()
}

/// Marks the host of the widget that is printed; the loader (`embed.js`,
/// `web/loader/lifecycle.js`) then, on the page's `beforeprint`, marks
/// `<html>` and the host's ancestors so that its print sheet hides the rest
/// of the page, and on `afterprint` takes every mark off again: also on
/// browsers where `print()` returns before the page is printed.
const PRINT_ATTR: &str = "data-bsc-printing";

/// Prints only the widget that holds the clicked button: marks its host,
/// writes the reader's answers in (`printing`), and calls `print()` from a
/// task of its own, once they are drawn.
pub fn print_widget(ev: &web_sys::MouseEvent, printing: RwSignal<bool>) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let host = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .map(|n| n.get_root_node())
        .and_then(|root| root.dyn_into::<ShadowRoot>().ok())
        .map(|root| root.host());
    if let Some(host) = host {
        host.set_attribute(PRINT_ATTR, "").ok();
    }
    printing.set(true);
    let print = Closure::once_into_js(|| {
        if let Some(window) = web_sys::window() {
            window.print().ok();
        }
    });
    window.set_timeout_with_callback(print.unchecked_ref()).ok();
}

/// Keeps `printing` true from the page's `beforeprint` to its `afterprint`
/// (any print, the browser's own menu too), until the widget is unmounted.
/// Nothing off the web (the first screen rendered at build time,
/// `crate::first_screen`), where there is no window to follow.
pub fn follow_printing(printing: RwSignal<bool>) {
    if cfg!(not(target_arch = "wasm32")) {
        return;
    }
    let before = window_event_listener_untyped("beforeprint", move |_| printing.set(true));
    let after = window_event_listener_untyped("afterprint", move |_| printing.set(false));
    on_cleanup(move || {
        before.remove();
        after.remove();
    });
}

/// Offers `text` as a download named `filename` (a Blob URL, revoked after).
pub fn download_text(filename: &str, text: &str) {
    let run = || -> Result<(), JsValue> {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or(JsValue::NULL)?;
        let bag: BlobPropertyBag = options();
        bag.set_type("text/plain;charset=utf-8");
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let blob = Blob::new_with_str_sequence_and_options(&parts, &bag)?;
        let url = Url::create_object_url_with_blob(&blob)?;
        let link: HtmlAnchorElement = document.create_element("a")?.dyn_into()?;
        link.set_href(&url);
        link.set_download(filename);
        link.click();
        Url::revoke_object_url(&url)?;
        Ok(())
    };
    if let Err(err) = run() {
        web_sys::console::warn_2(&"back-spasm-check: could not save the summary".into(), &err);
    }
}

/// Copies `text` to the clipboard, then calls `done` with whether it worked
/// (false when the browser refuses, for example outside a secure context).
///
/// Uses the promise's own callbacks rather than an async task: no Rust
/// future executor is needed for this one call, which keeps the wasm small.
pub fn copy_text(text: &str, done: impl Fn(bool) + 'static) {
    let clipboard = web_sys::window().map(|w| w.navigator().clipboard());
    let Some(clipboard) = clipboard.filter(|c| !c.is_undefined()) else {
        done(false);
        return;
    };
    let done = std::rc::Rc::new(done);
    let on_error = done.clone();
    let ok = Closure::<dyn FnMut(JsValue)>::new(move |_| done(true));
    let failed = Closure::<dyn FnMut(JsValue)>::new(move |_| on_error(false));
    let _ = clipboard.write_text(text).then2(&ok, &failed);
    // Hand both to JavaScript: they are freed when its promise lets go.
    let _ = (ok.into_js_value(), failed.into_js_value());
}
