//! Thin components, one per file, each named after the component it holds.
//! Each documents its props with `///`; none holds clinical logic (that is
//! `bsc-core`'s). Components read the shared [`crate::ctx::Ctx`] and may use
//! smaller components beside them, never the root [`crate::app::App`].

pub mod answer_option;
pub mod answers_list;
pub mod button;
pub mod choices;
pub mod heading;
pub mod intro;
pub mod live_region;
pub mod nav;
pub mod pain_scale;
pub mod progress;
pub mod question;
pub mod region_picker;
pub mod result_view;
pub mod summary_actions;
pub mod tip_list;
pub mod urgency_icon;
