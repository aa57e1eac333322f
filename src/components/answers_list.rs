//! The reader's answers, question by question. Shown only when printing, so
//! the printed page is the whole summary (the screen already showed them),
//! and written into the DOM only then ([`Ctx::printing`]): a session-replay
//! script on the host page finds no list of answers.
//!
//! [`Ctx::printing`]: crate::ctx::Ctx::printing
//!
//! Written as one HTML string (`inner_html`), like [`TipList`]: a Leptos
//! template per row would cost about a kilobyte of WebAssembly more. Every
//! text is escaped.
//!
//! [`TipList`]: crate::components::tip_list::TipList

use bsc_core::{answer_text, ui, Locale, Session};
use leptos::prelude::*;

use crate::components::tip_list::escape;
use crate::ctx::use_ctx;
use crate::platform;

/// Every question on the reader's path with the answer given (reads the
/// shared context; no props).
#[component]
pub fn AnswersList() -> impl IntoView {
    let ctx = use_ctx();
    let rows = move || {
        if !ctx.printing.get() {
            return String::new();
        }
        let locale = ctx.config.with(|c| c.locale);
        ctx.session.with(|s| rows_html(s, locale))
    };
    view! {
        <section class="answers print-only" aria-labelledby="bsc-answers-heading">
            <h3 id="bsc-answers-heading">{ctx.text(ui::YOUR_ANSWERS)}</h3>
            <dl prop:innerHTML=move || platform::html(rows())></dl>
        </section>
    }
}

/// A `<dt>` (the question) and a `<dd>` (the answer) per answered step.
fn rows_html(session: &Session, locale: &Locale) -> String {
    let mut html = String::new();
    for (step, answer) in session.answers() {
        html.push_str("<dt>");
        html.push_str(&escape(locale.text(step.title)));
        html.push_str("</dt><dd>");
        html.push_str(&escape(&answer_text(step, &answer, locale)));
        html.push_str("</dd>");
    }
    html
}

#[cfg(test)]
mod tests {
    use super::*;
    use bsc_core::{default_locale, Answer};

    #[test]
    fn a_row_per_answer() {
        let en = default_locale();
        let mut session = Session::new();
        assert_eq!(rows_html(&session, en), "");
        session.start();
        session.answer(Answer::Multi(vec![4])).unwrap(); // chest pain
        let (step, answer) = session.answers().remove(0);
        let expected = [
            "<dt>",
            &escape(en.text(step.title)),
            "</dt><dd>",
            &escape(&answer_text(step, &answer, en)),
            "</dd>",
        ]
        .concat();
        assert_eq!(rows_html(&session, en), expected);
        assert!(expected.contains("Chest pain"), "{expected}");
    }
}
