//! The answer a reader is building on the current screen, before Continue.
//! Pure and tested natively.

use bsc_core::Answer;
use leptos::prelude::RwSignal;

/// The answer a question's control writes while the reader works on it;
/// `None` until the step is answered. Continue submits it.
pub type Draft = RwSignal<Option<Answer>>;

/// Ticks or unticks option `index` of a multiple-choice step whose exclusive
/// "none of these" option is `none`, returning the new selection (sorted).
///
/// Ticking "none" clears the rest; ticking anything else clears "none".
/// An empty selection is `None`: the step is not answered yet.
///
/// ```
/// use back_spasm_check::draft::toggle;
/// use bsc_core::Answer;
/// let a = toggle(None, 2, true, 5);
/// assert_eq!(a, Some(Answer::Multi(vec![2])));
/// let b = toggle(a.as_ref(), 5, true, 5); // "none of these"
/// assert_eq!(b, Some(Answer::Multi(vec![5])));
/// assert_eq!(toggle(b.as_ref(), 5, false, 5), None);
/// ```
pub fn toggle(
    current: Option<&Answer>,
    index: usize,
    checked: bool,
    none: usize,
) -> Option<Answer> {
    let mut picked: Vec<usize> = match current {
        Some(Answer::Multi(picked)) => picked.clone(),
        _ => Vec::new(),
    };
    if checked {
        if index == none {
            picked.clear();
        } else {
            picked.retain(|&i| i != none);
        }
        // Insert in order (no general sort: it costs kilobytes of wasm).
        if let Err(at) = picked.binary_search(&index) {
            picked.insert(at, index);
        }
    } else {
        picked.retain(|&i| i != index);
    }
    (!picked.is_empty()).then_some(Answer::Multi(picked))
}

/// One option of a question's control: what ticking it does to the draft.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pick {
    /// Option `index` of a single-choice step (a radio button).
    One(usize),
    /// Option `index` of a multiple-choice step (a checkbox) whose exclusive
    /// "none of these" option is `none`.
    Any {
        /// This option.
        index: usize,
        /// The "none of these" option.
        none: usize,
    },
    /// The point `value` of a scale (a radio button).
    Point(u8),
}

impl Pick {
    /// The draft after the reader ticks (`checked`) or unticks this option.
    /// A radio button is only ever ticked.
    ///
    /// ```
    /// use back_spasm_check::draft::Pick;
    /// use bsc_core::Answer;
    /// assert_eq!(Pick::Point(7).apply(None, true), Some(Answer::Scale(7)));
    /// let none = Pick::Any { index: 5, none: 5 };
    /// assert_eq!(none.apply(Some(&Answer::Multi(vec![1])), true), Some(Answer::Multi(vec![5])));
    /// ```
    pub fn apply(self, current: Option<&Answer>, checked: bool) -> Option<Answer> {
        match self {
            Pick::One(index) => Some(Answer::Single(index)),
            Pick::Any { index, none } => toggle(current, index, checked, none),
            Pick::Point(value) => Some(Answer::Scale(value)),
        }
    }

    /// Whether this option is ticked in `current`.
    pub fn is_picked(self, current: Option<&Answer>) -> bool {
        match (self, current) {
            (Pick::One(index), Some(Answer::Single(i))) => index == *i,
            (Pick::Any { index, .. }, Some(Answer::Multi(picked))) => picked.contains(&index),
            (Pick::Point(value), Some(Answer::Scale(n))) => value == *n,
            _ => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const NONE: usize = 3;

    fn multi(v: &[usize]) -> Option<Answer> {
        (!v.is_empty()).then(|| Answer::Multi(v.to_vec()))
    }

    #[test]
    fn toggle_table() {
        // (before, option, checked) -> after
        let rows: &[(&[usize], usize, bool, &[usize])] = &[
            (&[], 0, true, &[0]),
            (&[0], 2, true, &[0, 2]),
            (&[2], 0, true, &[0, 2]),
            (&[0, 2], 0, false, &[2]),
            (&[2], 2, false, &[]),
            (&[0, 2], NONE, true, &[NONE]),
            (&[NONE], 1, true, &[1]),
            (&[NONE], NONE, false, &[]),
            (&[1], 1, true, &[1]),
            (&[], 1, false, &[]),
        ];
        for &(before, option, checked, after) in rows {
            assert_eq!(
                toggle(multi(before).as_ref(), option, checked, NONE),
                multi(after),
                "{before:?} + ({option}, {checked})"
            );
        }
    }

    #[test]
    fn apply_table() {
        let any = |index| Pick::Any { index, none: NONE };
        // (pick, before, checked) -> after
        let rows: &[(Pick, Option<Answer>, bool, Option<Answer>)] = &[
            (Pick::One(2), None, true, Some(Answer::Single(2))),
            (
                Pick::One(0),
                Some(Answer::Single(2)),
                true,
                Some(Answer::Single(0)),
            ),
            (any(1), None, true, multi(&[1])),
            (any(2), multi(&[1]), true, multi(&[1, 2])),
            (any(1), multi(&[1, 2]), false, multi(&[2])),
            (any(NONE), multi(&[1, 2]), true, multi(&[NONE])),
            (any(1), multi(&[NONE]), true, multi(&[1])),
            (any(1), multi(&[1]), false, None),
            (Pick::Point(0), None, true, Some(Answer::Scale(0))),
            (
                Pick::Point(9),
                Some(Answer::Scale(3)),
                true,
                Some(Answer::Scale(9)),
            ),
        ];
        for (pick, before, checked, after) in rows {
            assert_eq!(
                &pick.apply(before.as_ref(), *checked),
                after,
                "{pick:?} {before:?} {checked}"
            );
        }
    }

    #[test]
    fn picked_table() {
        let any = |index| Pick::Any { index, none: NONE };
        // (pick, draft) -> ticked?
        let rows: &[(Pick, Option<Answer>, bool)] = &[
            (Pick::One(2), Some(Answer::Single(2)), true),
            (Pick::One(1), Some(Answer::Single(2)), false),
            (any(4), multi(&[1, 4]), true),
            (any(2), multi(&[1, 4]), false),
            (Pick::Point(4), Some(Answer::Scale(4)), true),
            (Pick::Point(5), Some(Answer::Scale(4)), false),
            // An answer of another kind never ticks an option.
            (Pick::One(4), Some(Answer::Scale(4)), false),
            (any(2), Some(Answer::Single(2)), false),
            (Pick::Point(1), multi(&[1]), false),
            (Pick::One(0), None, false),
        ];
        for (pick, draft, ticked) in rows {
            assert_eq!(
                pick.is_picked(draft.as_ref()),
                *ticked,
                "{pick:?} {draft:?}"
            );
        }
    }
}
