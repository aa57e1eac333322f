//! [`Fresh`]: a view that is built afresh, never patched, when its place is
//! drawn again.
//!
//! Leptos compiles, for every distinct view type, code to build it and code
//! to patch ("rebuild") an earlier copy of the same type in place. A screen
//! that replaces the one before it gains little from patching, yet the
//! patching code for its whole tree is compiled in as soon as the screen can
//! be drawn again (by a reactive closure, or behind `.into_any()`, which
//! also copies the tree into an owned form). Wrapped in `Fresh`, drawing it
//! again builds the new view, puts it where the old one was and drops the
//! old one, so no patching code for the tree is compiled at all: about a
//! quarter of the widget's WebAssembly. The reactive parts inside (texts,
//! attributes) still update in place.
//!
//! Use it with `Either`/`EitherOf3` rather than `.into_any()` for the
//! alternatives: an `AnyView` compiles the patching code of what it holds.

use leptos::tachys::{
    html::attribute::{any_attribute::AnyAttribute, Attribute},
    hydration::Cursor,
    ssr::StreamBuilder,
    view::{add_attr::AddAnyAttr, Mountable, Position, PositionState, Render, RenderHtml},
};

/// A view built afresh on every redraw (see the module docs).
pub struct Fresh<T>(pub T);

impl<T: Render> Render for Fresh<T> {
    type State = T::State;

    fn build(self) -> Self::State {
        self.0.build()
    }

    fn rebuild(self, state: &mut Self::State) {
        let mut new = self.0.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

impl<T: RenderHtml> AddAnyAttr for Fresh<T> {
    type Output<A: Attribute> = Fresh<T::Output<A>>;

    fn add_any_attr<A: Attribute>(self, attr: A) -> Self::Output<A>
    where
        Self::Output<A>: RenderHtml,
    {
        Fresh(self.0.add_any_attr(attr))
    }
}

impl<T: RenderHtml> RenderHtml for Fresh<T> {
    type AsyncOutput = T::AsyncOutput;
    type Owned = Fresh<T::Owned>;

    const MIN_LENGTH: usize = T::MIN_LENGTH;

    fn dry_resolve(&mut self) {
        self.0.dry_resolve();
    }

    async fn resolve(self) -> Self::AsyncOutput {
        self.0.resolve().await
    }

    fn to_html_with_buf(
        self,
        buf: &mut String,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) {
        self.0
            .to_html_with_buf(buf, position, escape, mark_branches, extra_attrs);
    }

    fn to_html_async_with_buf<const OUT_OF_ORDER: bool>(
        self,
        buf: &mut StreamBuilder,
        position: &mut Position,
        escape: bool,
        mark_branches: bool,
        extra_attrs: Vec<AnyAttribute>,
    ) where
        Self: Sized,
    {
        self.0.to_html_async_with_buf::<OUT_OF_ORDER>(
            buf,
            position,
            escape,
            mark_branches,
            extra_attrs,
        );
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        cursor: &Cursor,
        position: &PositionState,
    ) -> Self::State {
        self.0.hydrate::<FROM_SERVER>(cursor, position)
    }

    fn into_owned(self) -> Self::Owned {
        Fresh(self.0.into_owned())
    }
}
