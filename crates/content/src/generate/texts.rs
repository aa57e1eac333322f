//! The tables of words: text keys, locales, regions, level texts, sources.

use proc_macro2::TokenStream;
use quote::{format_ident, quote};

use super::{len, text_id};
use crate::check::{Checked, CheckedRegions};

/// `TEXT_KEYS` (bsc-core fingerprints packs by them) and `TEXT_COUNT`.
pub(super) fn text_keys(c: &Checked) -> TokenStream {
    let (n, keys) = (len(c.keys.len()), &c.keys);
    quote! {
        /// The dotted key of every text, by `TextId`.
        pub(crate) static TEXT_KEYS: [&str; #n] = [#(#keys),*];
        /// How many texts each locale has.
        pub(crate) const TEXT_COUNT: usize = #n;
    }
}

/// Each locale's texts (compiled in with the `all-locales` feature; without
/// it they are loaded at run time, see bsc-core's `load_locale`), then
/// `LOCALES`.
pub(super) fn locales(c: &Checked) -> TokenStream {
    let tables = c.locales.iter().map(|l| {
        let (name, texts) = (texts_name(&l.code), &l.texts);
        quote! {
            #[cfg(not(feature = "all-locales"))]
            static #name: &[&str] = &[];
            #[cfg(feature = "all-locales")]
            static #name: &[&str] = &[#(#texts),*];
        }
    });
    let n = len(c.locales.len());
    let locales = c.locales.iter().map(|l| {
        let (code, name, number) = (&l.code, &l.name, &l.emergency_number_default);
        let texts = texts_name(&l.code);
        quote! {
            Locale {
                code: #code,
                name: #name,
                emergency_number_default: #number,
                texts: #texts,
                loaded: std::sync::OnceLock::new(),
            }
        }
    });
    quote! {
        #(#tables)*
        /// Every locale, the default first.
        pub(crate) static LOCALES: [Locale; #n] = [#(#locales),*];
    }
}

fn texts_name(code: &str) -> proc_macro2::Ident {
    format_ident!("TEXTS_{}", code.to_ascii_uppercase())
}

/// `[TextId(a), TextId(b), ...]`.
fn ids(texts: &[usize]) -> TokenStream {
    let ids = texts.iter().map(|t| text_id(*t));
    quote! { [#(#ids),*] }
}

/// `NEUTRAL` (the wording for no known country) and `REGIONS`.
pub(super) fn regions(regions: &CheckedRegions) -> TokenStream {
    let (neutral_len, neutral) = (len(regions.neutral.len()), ids(&regions.neutral));
    let n = len(regions.regions.len());
    let rows = regions.regions.iter().map(|g| {
        let (code, emergency, texts) = (&g.code, &g.emergency, ids(&g.texts));
        quote! { Region { code: #code, emergency: #emergency, texts: #texts } }
    });
    quote! {
        /// The wording for no known country, by region key.
        pub(crate) static NEUTRAL: [TextId; #neutral_len] = #neutral;
        /// Every country the texts can name, in regions.toml order.
        pub(crate) static REGIONS: [Region; #n] = [#(#rows),*];
    }
}

/// `LEVEL_TEXTS`: (title, action) of each level.
pub(super) fn level_texts(c: &Checked) -> TokenStream {
    let n = len(c.level_texts.len());
    let rows = c.level_texts.iter().map(|(title, action)| {
        let (title, action) = (text_id(*title), text_id(*action));
        quote! { (#title, #action) }
    });
    quote! {
        /// (title, action) of each level, in `Level` order.
        pub(crate) static LEVEL_TEXTS: [(TextId, TextId); #n] = [#(#rows),*];
    }
}

/// `SOURCES`.
pub(super) fn sources(c: &Checked) -> TokenStream {
    let n = len(c.sources.len());
    let rows = c.sources.iter().map(|s| {
        let (id, label, url) = (&s.id, text_id(s.label), &s.url);
        quote! { Source { id: #id, label: #label, url: #url } }
    });
    quote! {
        /// Every source.
        pub(crate) static SOURCES: [Source; #n] = [#(#rows),*];
    }
}
