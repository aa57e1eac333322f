//! Thin components, one per file. Each documents its props; none holds
//! clinical logic (that is `bsc-core`'s).

pub mod answers_list;
pub mod choice_multi;
pub mod choice_single;
pub mod heading;
pub mod intro;
pub mod live_region;
pub mod nav;
pub mod pain_scale;
pub mod progress;
pub mod question;
pub mod result;
pub mod summary_actions;
pub mod tip_card;
pub mod urgency_icon;
