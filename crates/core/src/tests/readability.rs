//! Readability of every English user-facing text: Flesch-Kincaid grade.
//!
//! Grade = 0.39 * (words / sentences) + 11.8 * (syllables / words) - 15.59.
//!
//! - Words: runs of letters or digits (an apostrophe or hyphen inside a
//!   word keeps it one word: "don't", "self-care").
//! - Sentences: ended by `.`, `!` or `?` (followed by a space or the end);
//!   at least one per text.
//! - Syllables (a heuristic, good to about one syllable in ten): groups of
//!   vowels (a, e, i, o, u, y) in the lower-cased word; a final silent "e"
//!   is dropped ("time"), but not "-le" after a consonant ("simple"); a
//!   final "-ed" is silent unless after "t" or "d" ("moved" 1, "wanted" 2);
//!   a final "-es" is silent after most letters ("takes" 1) but not after
//!   s, x, z, ch, sh, g or c ("boxes", "changes" 2); at least 1. A number
//!   counts one syllable per digit ("999" is 3).
//! - Texts of fewer than 3 words (buttons and short labels such as
//!   "Continue" or "Print") are skipped: the formula is meaningless for
//!   them. So are `ui.save_filename`, a file name, the `source.*`
//!   labels, which are the names of guidelines and pages, cited as they
//!   are, and the region wording but its `today` sentences: names and
//!   noun phrases ("your midwife or maternity unit") that are measured
//!   inside the sentences they fill. Placeholders are filled with typical
//!   values first (the wording for no known country).

use crate::{format, Place};

/// A country's wording with its phone numbers taken out: a number is read
/// as data, digit by digit, not as words of the sentence.
fn without_numbers(key: &str, text: String) -> String {
    if !key.starts_with("region.") {
        return text;
    }
    let kept: String = text.chars().filter(|c| !c.is_ascii_digit()).collect();
    kept.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// Keys whose texts are not sentences to grade (see the module docs).
pub(super) fn skipped_key(key: &str) -> bool {
    key == "ui.save_filename"
        || key.starts_with("source.")
        || (key.starts_with("region.") && !key.ends_with(".today"))
}
use crate::generated::{LOCALES, TEXT_KEYS};

fn syllables(word: &str) -> usize {
    let w = word.to_ascii_lowercase();
    if w.bytes().all(|b| b.is_ascii_digit()) {
        return w.len();
    }
    let w: Vec<u8> = w.bytes().filter(u8::is_ascii_alphabetic).collect();
    let vowel = |b: u8| b"aeiouy".contains(&b);
    let mut count = 0;
    let mut prev = false;
    for &b in &w {
        let v = vowel(b);
        if v && !prev {
            count += 1;
        }
        prev = v;
    }
    let n = w.len();
    let ends = |s: &[u8]| w.ends_with(s);
    let silent_e = n > 2 && ends(b"e") && !ends(b"le") && !ends(b"ee") && !vowel(w[n - 2]);
    let silent_le = n > 2 && ends(b"le") && vowel(w[n - 3]);
    let silent_ed = n > 3 && ends(b"ed") && !matches!(w[n - 3], b't' | b'd') && !vowel(w[n - 3]);
    let silent_es = n > 3
        && ends(b"es")
        && !vowel(w[n - 3])
        && !matches!(w[n - 3], b's' | b'x' | b'z' | b'g' | b'c')
        && !(ends(b"ches") || ends(b"shes"));
    if silent_e || silent_le || silent_ed || silent_es {
        count -= 1;
    }
    count.max(1)
}

pub(super) fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '-'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '-'))
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .collect()
}

pub(super) fn sentences(text: &str) -> usize {
    let chars: Vec<char> = text.trim_end().chars().collect();
    let ends = chars
        .iter()
        .enumerate()
        .filter(|(i, c)| {
            matches!(c, '.' | '!' | '?') && chars.get(i + 1).is_none_or(|n| n.is_whitespace())
        })
        .count();
    ends.max(1)
}

/// The Flesch-Kincaid grade of a text.
pub(crate) fn grade(text: &str) -> f64 {
    let words = words(text);
    let syllables: usize = words.iter().map(|w| syllables(w)).sum();
    let w = words.len() as f64;
    0.39 * (w / sentences(text) as f64) + 11.8 * (syllables as f64 / w) - 15.59
}

#[test]
fn syllable_heuristic() {
    let cases = [
        ("back", 1),
        ("spasm", 1),
        ("time", 1),
        ("simple", 2),
        ("moved", 1),
        ("wanted", 2),
        ("takes", 1),
        ("changes", 2),
        ("boxes", 2),
        ("emergency", 4),
        ("pharmacist", 3),
        ("the", 1),
        ("999", 3),
        ("every", 3),
    ];
    for (word, expected) in cases {
        assert_eq!(syllables(word), expected, "{word}");
    }
    assert_eq!(
        words("Don't wait; self-care, 2 to 7 days."),
        ["Don't", "wait", "self-care", "2", "to", "7", "days"]
    );
    assert_eq!(sentences("One. Two? 2.5 three"), 2);
}

#[test]
fn english_texts_are_easy_to_read() {
    let en = &LOCALES[0];
    let mut graded = Vec::new();
    let mut skipped = 0;
    let mut too_hard = Vec::new();
    for (key, text) in TEXT_KEYS.iter().zip(en.texts) {
        let text = without_numbers(key, text.to_string());
        let text = format(
            &Place::default().fill(&text, en),
            &[
                ("n", "3"),
                ("total", "10"),
                ("number", "999"),
                ("level", "Get help today"),
                ("source", "NHS: Back pain"),
            ],
        );
        if skipped_key(key) || words(&text).len() < 3 {
            skipped += 1;
            continue;
        }
        let g = grade(&text);
        if g > 8.0 {
            too_hard.push(format!("{key}: grade {g:.1}: {text}"));
        }
        graded.push((g, *key));
    }
    let average = graded.iter().map(|(g, _)| g).sum::<f64>() / graded.len() as f64;
    let long: Vec<f64> = TEXT_KEYS
        .iter()
        .zip(en.texts)
        .filter(|(k, t)| graded.iter().any(|(_, g)| g == *k) && sentences(t) >= 2)
        .map(|(_, t)| grade(t))
        .collect();
    let long_average = long.iter().sum::<f64>() / long.len() as f64;
    graded.sort_by(|a, b| b.0.total_cmp(&a.0));
    let hardest: Vec<String> = graded
        .iter()
        .take(5)
        .map(|(g, k)| format!("{k} {g:.1}"))
        .collect();
    println!(
        "readability (Flesch-Kincaid grade) of {} English texts: average {average:.1} \
         (target 7 or below); {} texts of 2 or more sentences: average {long_average:.1}; \
         hardest: {}; {skipped} texts under 3 words skipped",
        graded.len(),
        long.len(),
        hardest.join(", ")
    );
    assert!(
        too_hard.is_empty(),
        "texts above grade 8:\n{}",
        too_hard.join("\n")
    );
    assert!(average <= 7.0, "average grade {average:.1} is above 7");
}

// ---------------------------------------------------------------------------
// Other languages: Flesch-Kincaid is tuned to English syllables and word
// lengths, so it is not used for them. Instead every text of every locale
// but English is held to two plain limits that keep it easy to read:
//
// - at most 25 words in a sentence (sentences and words as above);
// - at most 30 letters in a word, so that no German compound grows too
//   long to read at a glance ("Nahrungsergänzungsmittel", 24, is fine). A
//   hyphen splits a word into parts here ("Kortison-Tabletten" is two).
//
// Skipped as for English: `ui.save_filename` and the `source.*` labels.
// Placeholders are filled with typical values first.

/// Most words in one sentence of a non-English text.
const MAX_SENTENCE_WORDS: usize = 25;
/// Most letters in one word (or hyphenated part) of a non-English text.
const MAX_WORD_LETTERS: usize = 30;

/// The sentences of a text, ended by `.`, `!` or `?` before a space or the
/// end (as [`sentences`] counts them).
fn split_sentences(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        let end =
            matches!(c, '.' | '!' | '?') && chars.peek().is_none_or(|(_, n)| n.is_whitespace());
        if end {
            out.push(text[start..=i].trim());
            start = i + 1;
        }
    }
    if !text[start..].trim().is_empty() {
        out.push(text[start..].trim());
    }
    out
}

/// What is too long in one text: a message per long sentence or word.
fn too_long(key: &str, text: &str) -> Vec<String> {
    let mut problems = Vec::new();
    for sentence in split_sentences(text) {
        let n = words(sentence).len();
        if n > MAX_SENTENCE_WORDS {
            problems.push(format!(
                "{key}: sentence of {n} words (at most {MAX_SENTENCE_WORDS}): {sentence}"
            ));
        }
    }
    for word in words(text) {
        for part in word.split('-') {
            let letters = part.chars().filter(|c| c.is_alphabetic()).count();
            if letters > MAX_WORD_LETTERS {
                problems.push(format!(
                    "{key}: word of {letters} letters (at most {MAX_WORD_LETTERS}): {part}"
                ));
            }
        }
    }
    problems
}

#[test]
fn length_limits() {
    assert_eq!(
        split_sentences("Eins. Zwei? 2.5 drei"),
        ["Eins.", "Zwei?", "2.5 drei"]
    );
    let long_sentence = "wort ".repeat(26);
    let cases: &[(&str, usize)] = &[
        ("Ein kurzer Satz. Noch einer.", 0),
        (&long_sentence, 1),
        (&"wort ".repeat(25), 0),
        (
            "Die Rückenschmerzvorbeugungsübungsprogrammbroschüre hilft.",
            1,
        ),
        ("Nahrungsergänzungsmittel helfen kaum.", 0),
        ("Kortison-Tabletten und Nieren- oder Herzprobleme.", 0),
    ];
    for (text, expected) in cases {
        assert_eq!(too_long("k", text).len(), *expected, "{text:?}");
    }
    assert_eq!(
        too_long("tip.x.body", "Die Rückenschmerzvorbeugungsübungsprogrammbroschüre."),
        ["tip.x.body: word of 47 letters (at most 30): Rückenschmerzvorbeugungsübungsprogrammbroschüre"]
    );
}

#[test]
fn other_languages_have_short_sentences_and_words() {
    let mut problems = Vec::new();
    for locale in LOCALES.iter().filter(|l| l.code != "en") {
        let mut sentence_count = 0;
        let mut word_count = 0;
        let mut longest = (0, "");
        for (key, text) in TEXT_KEYS.iter().zip(locale.texts) {
            if skipped_key(key) {
                continue;
            }
            let text = without_numbers(key, text.to_string());
            let text = format(
                &Place::default().fill(&text, locale),
                &[
                    ("n", "3"),
                    ("total", "10"),
                    ("number", locale.emergency_number_default),
                    ("level", locale.texts[0]),
                    ("source", "NHS"),
                ],
            );
            for sentence in split_sentences(&text) {
                let n = words(sentence).len();
                sentence_count += 1;
                word_count += n;
                if n > longest.0 {
                    longest = (n, *key);
                }
            }
            problems.extend(
                too_long(key, &text)
                    .into_iter()
                    .map(|p| format!("content/{}.toml: {p}", locale.code)),
            );
        }
        println!(
            "readability ({}): {sentence_count} sentences, {:.1} words each on average, \
             longest {} words ({}); limits {MAX_SENTENCE_WORDS} words a sentence, \
             {MAX_WORD_LETTERS} letters a word",
            locale.code,
            word_count as f64 / sentence_count as f64,
            longest.0,
            longest.1
        );
    }
    assert!(
        problems.is_empty(),
        "texts too long:\n{}",
        problems.join("\n")
    );
}
