//! Every language: numbers in counted texts, and no text left in English.

use crate::generated::{LOCALES, TEXT_KEYS};
use crate::{format, resolve_locale, ui, Level, Session};

/// "Step n of m" and the pain scale label, as read in each language.
#[test]
fn counted_texts_read_right() {
    // (locale, step 1 of 10, step 10 of 10, scale 0, scale 7)
    let cases = [
        (
            "en",
            "Step 1 of 10",
            "Step 10 of 10",
            "0 out of 10",
            "7 out of 10",
        ),
        ("es", "Paso 1 de 10", "Paso 10 de 10", "0 de 10", "7 de 10"),
        (
            "de",
            "Schritt 1 von 10",
            "Schritt 10 von 10",
            "0 von 10",
            "7 von 10",
        ),
    ];
    for (code, first, last, zero, seven) in cases {
        let l = resolve_locale(code).unwrap();
        let step = |n: &str| format(l.text(ui::STEP_OF), &[("n", n), ("total", "10")]);
        let scale = |n: &str| format(l.text(ui::SCALE_SELECTED), &[("n", n)]);
        assert_eq!(step("1"), first, "{code}");
        assert_eq!(step("10"), last, "{code}");
        assert_eq!(scale("0"), zero, "{code}");
        assert_eq!(scale("7"), seven, "{code}");
    }
}

/// A pain answer in each language's summary reads "7 de 10", not "7 out of
/// 10".
#[test]
fn summary_scale_answer_in_each_language() {
    use crate::Screen;
    let mut s = Session::new();
    s.start();
    while let Screen::Question(q) = s.screen() {
        s.answer(super::calm(q.index, q.step.kind, 7)).unwrap();
    }
    assert!(s.answers().iter().any(|(step, _)| step.id == "severity"));
    let cases = [
        ("en", "  7 out of 10\n"),
        ("es", "  7 de 10\n"),
        ("de", "  7 von 10\n"),
    ];
    for (code, line) in cases {
        let l = resolve_locale(code).unwrap();
        let summary = s.summary(l, &crate::Place::default()).unwrap();
        assert!(summary.contains(line), "{code}:\n{summary}");
        assert!(summary.contains(l.text(Level::SelfCare.title())), "{code}");
    }
}

/// A text of three or more words that is the same as the English one was
/// most likely not translated. (Short texts such as "Yoga" may match.)
#[test]
fn no_text_is_left_in_english() {
    let en = &LOCALES[0];
    let mut same = Vec::new();
    for locale in LOCALES.iter().skip(1) {
        for ((key, text), english) in TEXT_KEYS.iter().zip(locale.texts).zip(en.texts) {
            if text == english && text.split_whitespace().count() >= 3 {
                same.push(format!(
                    "content/{}.toml: {key} is the English text",
                    locale.code
                ));
            }
        }
        for (what, text, english) in [
            ("meta.name", locale.name, en.name),
            (
                "meta.emergency_number_default",
                locale.emergency_number_default,
                en.emergency_number_default,
            ),
        ] {
            if text == english {
                same.push(format!(
                    "content/{}.toml: {what} is the English text",
                    locale.code
                ));
            }
        }
    }
    assert!(same.is_empty(), "{}", same.join("\n"));
}

/// File names for saving stay plain ASCII (no accents) in every language.
#[test]
fn save_file_names_are_ascii() {
    for locale in LOCALES.iter() {
        let name = locale.text(ui::SAVE_FILENAME);
        assert!(
            name.ends_with(".txt")
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-.".contains(&b)),
            "content/{}.toml: ui.save_filename {name:?} must be lowercase ASCII ending in .txt",
            locale.code
        );
    }
}
