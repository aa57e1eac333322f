//! Care tips, each with the guideline source(s) it rests on, linked to
//! their public pages.
//!
//! The list's markup is written as one HTML string (`inner_html`) rather
//! than a Leptos template per tip, per link and per kind of tip: the
//! templates cost many times the WebAssembly of the string builder (the
//! figures are in e2e/bench/SIZE.md). Every text is escaped ([`escape`]); the only unescaped
//! parts are the tags written here and the sources' URLs, which the content
//! compiler checks (`https://`, no quotes, spaces or `<>`).

use bsc_core::{format, join, ui, Locale, Place, Tip};
use leptos::prelude::*;

use crate::ctx::use_ctx;
use crate::platform;

/// A list of tips. Each has a title, a few sentences, and "Source: …" with
/// a link per source; the links open in a new tab and load nothing until
/// clicked. A general tip (not chosen for the reader's answers) is folded
/// under its title in a `<details>`, so a phone reader sees the tips meant
/// for them first. Follows the widget's language.
#[component]
pub fn TipList(
    /// The tips to show, in this order (`tip.general` folds a tip).
    tips: Vec<&'static Tip>,
) -> impl IntoView {
    let ctx = use_ctx();
    let html = move || {
        ctx.config.with(|c| {
            tips.iter()
                .map(|tip| {
                    format(
                        "<li>{tip}</li>",
                        &[("tip", &tip_html(tip, c.locale, &c.place()))],
                    )
                })
                .collect::<String>()
        })
    };
    view! { <ul class="tips" prop:innerHTML=move || platform::html(html())></ul> }
}

/// The tip's markup in `locale`, with the numbers and services of `place`:
/// an `<article>`, or a closed `<details>` for a general tip, with
/// `data-tip` set to its id.
fn tip_html(tip: &Tip, locale: &Locale, place: &Place) -> String {
    let text = |id| escape(&place.fill(locale.text(id), locale));
    let links: Vec<String> = tip
        .sources
        .iter()
        .map(|source| {
            format(
                "<a href=\"{url}\" target=\"_blank\" rel=\"noopener noreferrer\">{label}</a>",
                &[("url", source.url), ("label", &text(source.label))],
            )
        })
        .collect();
    let (tag, heading) = if tip.general {
        ("details", "<summary><h4>{title}</h4></summary>")
    } else {
        ("article", "<h4>{title}</h4>")
    };
    let heading = format(heading, &[("title", &text(tip.title))]);
    let sources = format(&text(ui::SOURCE_LABEL), &[("source", &join(&links, "; "))]);
    format(
        "<{tag} class=\"tip\" data-tip=\"{id}\">{heading}<p>{body}</p><p class=\"source\">{sources}</p></{tag}>",
        &[
            ("tag", tag),
            ("id", tip.id),
            ("heading", &heading),
            ("body", &text(tip.body)),
            ("sources", &sources),
        ],
    )
}

/// `text` with `&`, `<`, `>` and `"` escaped for HTML.
pub(crate) fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_text() {
        assert_eq!(escape("A&E <b> \"x\""), "A&amp;E &lt;b&gt; &quot;x&quot;");
    }

    #[test]
    fn general_tips_fold_and_sources_link() {
        let en = bsc_core::default_locale();
        for tip in bsc_core::flow().tips() {
            let html = tip_html(tip, en, &bsc_core::Place::default());
            let tag = if tip.general { "details" } else { "article" };
            assert!(html.starts_with(&format!("<{tag} class=\"tip\" data-tip=\"{}\">", tip.id)));
            assert!(html.ends_with(&format!("</{tag}>")));
            assert_eq!(html.contains("<summary>"), tip.general, "{}", tip.id);
            for source in tip.sources {
                assert!(html.contains(&format!(
                    "<a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">",
                    source.url
                )));
            }
            assert_eq!(html.matches("<a ").count(), tip.sources.len());
        }
    }
}
