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

/// Whether option `index` is ticked in `current`.
pub fn is_picked(current: Option<&Answer>, index: usize) -> bool {
    match current {
        Some(Answer::Multi(picked)) => picked.contains(&index),
        Some(Answer::Single(i)) => *i == index,
        _ => false,
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
    fn picked() {
        assert!(is_picked(Some(&Answer::Single(2)), 2));
        assert!(!is_picked(Some(&Answer::Single(2)), 1));
        assert!(is_picked(Some(&Answer::Multi(vec![1, 4])), 4));
        assert!(!is_picked(Some(&Answer::Scale(4)), 4));
        assert!(!is_picked(None, 0));
    }
}
