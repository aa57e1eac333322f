//! The few browser services the widget uses, all local: printing, saving a
//! text file, and the clipboard. Nothing here touches the network.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{Blob, BlobPropertyBag, HtmlAnchorElement, ShadowRoot, Url};

/// Marks the host element while printing; the print sheet that
/// `embed.js` (web/loader/main.js) adopts once per document then hides the rest of the page,
/// so only this widget's result is printed.
const PRINT_ATTR: &str = "data-bsc-printing";

/// Prints only the widget that holds the clicked button.
pub fn print_widget(ev: &web_sys::MouseEvent) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let Some(document) = window.document() else {
        return;
    };
    let host = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Node>().ok())
        .map(|n| n.get_root_node())
        .and_then(|root| root.dyn_into::<ShadowRoot>().ok())
        .map(|root| root.host());
    let html = document.document_element();
    if let (Some(host), Some(html)) = (&host, &html) {
        host.set_attribute(PRINT_ATTR, "").ok();
        html.set_attribute(PRINT_ATTR, "").ok();
    }
    window.print().ok();
    // print() blocks until the dialog closes in current browsers.
    if let (Some(host), Some(html)) = (host, html) {
        host.remove_attribute(PRINT_ATTR).ok();
        html.remove_attribute(PRINT_ATTR).ok();
    }
}

/// Offers `text` as a download named `filename` (a Blob URL, revoked after).
pub fn download_text(filename: &str, text: &str) {
    let run = || -> Result<(), JsValue> {
        let document = web_sys::window()
            .and_then(|w| w.document())
            .ok_or(JsValue::NULL)?;
        let options = BlobPropertyBag::new();
        options.set_type("text/plain;charset=utf-8");
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let blob = Blob::new_with_str_sequence_and_options(&parts, &options)?;
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
