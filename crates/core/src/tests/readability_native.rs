//! Readability of the Spanish and German texts, each measured with a
//! formula made for its language (Flesch-Kincaid is tuned to English
//! syllables and word lengths).
//!
//! - Spanish: Fernández-Huerta (1959), a Flesch reading ease for Spanish:
//!   `206.84 - 0.60 * P - 1.02 * F`, with `P` the syllables per 100 words
//!   and `F` the words per sentence, as in Flesch's formula that it adapts
//!   (Flesch: `206.835 - 0.846 * syllables per 100 words - 1.015 * words
//!   per sentence`). Some citations read `F` as sentences per 100 words,
//!   which would score longer sentences as easier. Higher is easier. Fernández-Huerta's own
//!   table reads 60-70 as "normal", the level of the 7th and 8th school
//!   years; 70-80 "fairly easy" (6th year). So every text must score 60
//!   or above (as no English text may be above grade 8), and the average
//!   70 or above (as the English average must be grade 7 or below).
//! - German: the fourth Wiener Sachtextformel (Bamberger and Vanecek,
//!   1984): `0.2656 * SL + 0.2744 * MS - 1.693`, with `SL` the words per
//!   sentence and `MS` the percent of words of three or more syllables. It
//!   gives a school year directly (4 very easy, 15 very hard), so the limits
//!   are those of English: every text 8 or below, the average 7 or below.
//!
//! Words and sentences are counted as for English (`super::readability`).
//! Both formulas are made for running text: on a title of four words, one
//! long word moves the German score by several school years. So they
//! measure the texts of 10 words or more (bodies, actions, help, options
//! that are a sentence); shorter titles and labels are held to the plain
//! limits of `super::readability` (words per sentence, letters per word)
//! instead. Skipped as for English: `ui.save_filename` and the `source.*`
//! labels; and here the region wording too, even its `today` sentences:
//! they name each country's services in its own language ("urgencias de
//! atención primaria"), which these formulas read as long words. (English
//! grades them; a German `today` sentence of the regions change scores up
//! to about 14.) Placeholders are filled first, the country's with the
//! wording for no known country.
//!
//! Syllables are counted by rules for each language (a heuristic, tested
//! on known words below); a number counts one syllable per digit.

use super::readability::{sentences, skipped_key, words};
use crate::generated::{LOCALES, TEXT_KEYS};
use crate::{format, Place};

/// Spanish syllables: one per vowel nucleus. Two vowels side by side share
/// a syllable (a diphthong) unless both are strong (a, e, o, or an
/// accented á, é, ó: a hiatus, "le-er") or one is an accented weak vowel
/// (í, ú: "dí-a", "pa-ís"). The "u" of "qu" and of "gue"/"gui" is silent;
/// "y" is a vowel when no vowel follows it ("hoy", "muy", "y").
fn syllables_es(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().collect();
    if !w.is_empty() && w.iter().all(char::is_ascii_digit) {
        return w.len();
    }
    let strong = |c: char| "aeoáéó".contains(c);
    let accented_weak = |c: char| "íú".contains(c);
    let is_vowel = |i: usize| -> bool {
        let c = w[i];
        match c {
            'a' | 'e' | 'i' | 'o' | 'á' | 'é' | 'í' | 'ó' | 'ú' | 'ü' => true,
            'u' => {
                let prev = i.checked_sub(1).map(|j| w[j]);
                let next = w.get(i + 1).copied();
                let silent = prev == Some('q')
                    || (prev == Some('g') && matches!(next, Some('e' | 'i' | 'é' | 'í')));
                !silent
            }
            'y' => !w.get(i + 1).is_some_and(|n| "aeiouáéíóú".contains(*n)),
            _ => false,
        }
    };
    let mut count = 0;
    let mut prev: Option<char> = None;
    for (i, &c) in w.iter().enumerate() {
        if !is_vowel(i) {
            prev = None;
            continue;
        }
        let new = match prev {
            None => true,
            Some(p) => (strong(p) && strong(c)) || accented_weak(p) || accented_weak(c),
        };
        if new {
            count += 1;
        }
        prev = Some(c);
    }
    count.max(1)
}

/// German syllables: one per group of vowels (a, e, i, o, u, ä, ö, ü, y),
/// so that "ei", "ie", "au", "eu", "äu" and doubled vowels are one; but
/// "io" is two unless an "n" follows ("Ra-di-o", "Physi-o"; "-tion" and
/// "-sion" are one), "ua" is two ("Situ-a-tion"), a diphthong before "e"
/// is two ("neu-e", "Bau-er"), and "be"/"ge" before a vowel other than i
/// or u start a syllable of their own ("be-obachten", "ge-eignet"). The
/// "u" of "qu" is not a vowel.
fn syllables_de(word: &str) -> usize {
    let w: Vec<char> = word.to_lowercase().chars().collect();
    if !w.is_empty() && w.iter().all(char::is_ascii_digit) {
        return w.len();
    }
    let vowel = |i: usize| -> bool {
        match w[i] {
            'a' | 'e' | 'i' | 'o' | 'ä' | 'ö' | 'ü' | 'y' => true,
            'u' => i == 0 || w[i - 1] != 'q',
            _ => false,
        }
    };
    let mut count = 0;
    let mut i = 0;
    while i < w.len() {
        if !vowel(i) {
            i += 1;
            continue;
        }
        let start = i;
        while i < w.len() && vowel(i) {
            i += 1;
        }
        let group: String = w[start..i].iter().collect();
        count += 1;
        let next = w.get(i).copied();
        if group.contains("io") && next != Some('n') {
            count += 1;
        }
        if group.contains("ua") {
            count += 1;
        }
        if ["aue", "eue", "äue", "eie"]
            .iter()
            .any(|d| group.contains(d))
        {
            count += 1;
        }
        let prefixed = start == 1
            && matches!(w[0], 'b' | 'g')
            && group.starts_with('e')
            && matches!(w.get(start + 1), Some('a' | 'o' | 'ä' | 'ö' | 'ü' | 'e'));
        if prefixed {
            count += 1;
        }
    }
    count.max(1)
}

/// Fernández-Huerta reading ease of a Spanish text.
fn fernandez_huerta(text: &str) -> f64 {
    let words = words(text);
    let n = words.len() as f64;
    let syllables: usize = words.iter().map(|w| syllables_es(w)).sum();
    let p = 100.0 * syllables as f64 / n;
    let f = n / sentences(text) as f64;
    206.84 - 0.60 * p - 1.02 * f
}

/// The fourth Wiener Sachtextformel of a German text (a school year).
fn wiener_sachtextformel(text: &str) -> f64 {
    let words = words(text);
    let n = words.len() as f64;
    let long = words.iter().filter(|w| syllables_de(w) >= 3).count() as f64;
    let sl = n / sentences(text) as f64;
    let ms = 100.0 * long / n;
    0.2656 * sl + 0.2744 * ms - 1.693
}

#[test]
fn spanish_syllables() {
    let cases = [
        ("espalda", 3),
        ("dolor", 2),
        ("día", 2),
        ("país", 2),
        ("ciudad", 2),
        ("muy", 1),
        ("hoy", 1),
        ("y", 1),
        ("leer", 2),
        ("poeta", 3),
        ("aéreo", 4),
        ("que", 1),
        ("guitarra", 3),
        ("cigüeña", 3),
        ("paracetamol", 5),
        ("urgencias", 3),
        ("embarazada", 5),
        ("fisioterapeuta", 6),
        ("ayuda", 3),
        ("112", 3),
    ];
    for (word, expected) in cases {
        assert_eq!(syllables_es(word), expected, "{word}");
    }
}

#[test]
fn german_syllables() {
    let cases = [
        ("Rücken", 2),
        ("Schmerzen", 2),
        ("Schwangerschaft", 3),
        ("Notaufnahme", 4),
        ("neue", 2),
        ("Idee", 2),
        ("Infektion", 3),
        ("Physiotherapie", 6),
        ("Radio", 3),
        ("beobachten", 4),
        ("geeignet", 3),
        ("bei", 1),
        ("Beule", 2),
        ("Baby", 2),
        ("Quartal", 2),
        ("Situation", 4),
        ("heißt", 1),
        ("Nahrungsergänzungsmittel", 7),
        ("112", 3),
    ];
    for (word, expected) in cases {
        assert_eq!(syllables_de(word), expected, "{word}");
    }
}

#[test]
fn formulas_on_known_texts() {
    // Two sentences of 5 words, 20 syllables: P 200, F 5.
    let es = "Hola hola hola hola hola. Hola hola hola hola hola.";
    assert!((fernandez_huerta(es) - (206.84 - 120.0 - 5.1)).abs() < 1e-9);
    // Two sentences of 5 words, 2 of the 10 with 3 syllables: SL 5, MS 20.
    let de = "Ich gehe heute Banane essen. Du gehst morgen Tomate holen.";
    let expected = 0.2656 * 5.0 + 0.2744 * 20.0 - 1.693;
    assert!((wiener_sachtextformel(de) - expected).abs() < 1e-9);
}

/// Fewest words in a text the formulas measure.
const MIN_WORDS: usize = 10;

/// Measures every text of `code` of at least [`MIN_WORDS`] words with
/// `score`: the country placeholders filled with the wording for no known
/// country (as English is), the others with `fill`. Returns the scores by
/// key.
fn scores(code: &str, fill: &[(&str, &str)], score: fn(&str) -> f64) -> Vec<(f64, &'static str)> {
    let locale = LOCALES.iter().find(|l| l.code == code).unwrap();
    TEXT_KEYS
        .iter()
        .zip(locale.texts)
        .filter_map(|(key, text)| {
            let text = format(&Place::default().fill(text, locale), fill);
            let skip =
                skipped_key(key) || key.starts_with("region.") || words(&text).len() < MIN_WORDS;
            (!skip).then(|| (score(&text), *key))
        })
        .collect()
}

#[test]
fn spanish_texts_are_easy_to_read() {
    let fill = [
        ("n", "3"),
        ("total", "10"),
        ("level", "Pida ayuda hoy"),
        ("source", "NHS: Dolor de espalda"),
    ];
    let mut graded = scores("es", &fill, fernandez_huerta);
    graded.sort_by(|a, b| a.0.total_cmp(&b.0));
    let average = graded.iter().map(|(s, _)| s).sum::<f64>() / graded.len() as f64;
    let (hardest, key) = graded[0];
    println!(
        "readability es: average {average:.1}, hardest {hardest:.1}: {key} (Fernández-Huerta, \
         higher is easier, {} texts of {MIN_WORDS} or more words; every text 60 or above, \
         the average 70 or above)",
        graded.len()
    );
    let too_hard: Vec<String> = graded
        .iter()
        .filter(|(s, _)| *s < 60.0)
        .map(|(s, k)| format!("{k}: {s:.1}"))
        .collect();
    assert!(
        too_hard.is_empty(),
        "es texts below 60:\n{}",
        too_hard.join("\n")
    );
    assert!(average >= 70.0, "es average {average:.1} is below 70");
}

#[test]
fn german_texts_are_easy_to_read() {
    let fill = [
        ("n", "3"),
        ("total", "10"),
        ("level", "Holen Sie sich heute noch Hilfe"),
        ("source", "NHS: Rückenschmerzen"),
    ];
    let mut graded = scores("de", &fill, wiener_sachtextformel);
    graded.sort_by(|a, b| b.0.total_cmp(&a.0));
    let average = graded.iter().map(|(s, _)| s).sum::<f64>() / graded.len() as f64;
    let (hardest, key) = graded[0];
    println!(
        "readability de: average {average:.1}, hardest {hardest:.1}: {key} (Wiener \
         Sachtextformel 4, a school year, {} texts of {MIN_WORDS} or more words; every text 8 \
         or below, the average 7 or below)",
        graded.len()
    );
    let too_hard: Vec<String> = graded
        .iter()
        .filter(|(s, _)| *s > 8.0)
        .map(|(s, k)| format!("{k}: {s:.1}"))
        .collect();
    assert!(
        too_hard.is_empty(),
        "de texts above 8:\n{}",
        too_hard.join("\n")
    );
    assert!(average <= 7.0, "de average {average:.1} is above 7");
}
