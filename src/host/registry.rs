//! The shadow roots this wasm instance has mounted: the panic hook replaces
//! each one's content with the fallback message.

use std::cell::RefCell;

use web_sys::ShadowRoot;

thread_local! {
    static ROOTS: RefCell<Vec<ShadowRoot>> = const { RefCell::new(Vec::new()) };
}

/// Records a newly mounted root.
pub fn add(root: &ShadowRoot) {
    ROOTS.with_borrow_mut(|roots| roots.push(root.clone()));
}

/// Forgets an unmounted root.
pub fn remove(root: &ShadowRoot) {
    ROOTS.with_borrow_mut(|roots| roots.retain(|r| r != root));
}

/// Every root currently mounted by this instance.
pub fn all() -> Vec<ShadowRoot> {
    ROOTS.with_borrow(Clone::clone)
}
