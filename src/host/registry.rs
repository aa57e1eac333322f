//! The widgets this wasm instance has mounted, each with the loader's
//! `on_stop` callback: the panic hook replaces each one's content with the
//! fallback message and calls its callback.

use std::cell::RefCell;

use js_sys::Function;
use web_sys::ShadowRoot;

thread_local! {
    static MOUNTED: RefCell<Vec<(ShadowRoot, Function)>> = const { RefCell::new(Vec::new()) };
}

/// Records a newly mounted root and the callback to call if it stops.
pub fn add(root: &ShadowRoot, on_stop: &Function) {
    MOUNTED.with_borrow_mut(|all| all.push((root.clone(), on_stop.clone())));
}

/// Forgets an unmounted root.
pub fn remove(root: &ShadowRoot) {
    MOUNTED.with_borrow_mut(|all| all.retain(|(r, _)| r != root));
}

/// Every widget currently mounted by this instance.
pub fn all() -> Vec<(ShadowRoot, Function)> {
    MOUNTED.with_borrow(Clone::clone)
}
