//! Stage 4: sentence boundaries inside a paragraph.
//!
//! A sentence ends at `.`, `!`, `?` or an ellipsis, together with any closing
//! quote marks or brackets after it, when white space and then a capital
//! letter, a digit or an opening quote follow. A period after an
//! abbreviation ends a sentence only as its kind allows (see
//! `data/abbreviations.tsv`); initials and words with inner periods
//! ("U.S.", "a.m.") end one only before a typical sentence opener.

use crate::lexicon::{AbbrevKind, ABBREVIATIONS};
use crate::text::{floor_char_boundary, is_closer, is_opener, is_space, trim};
use crate::Span;

/// How far back a period looks for the word it ends, in bytes.
const WORD_LOOK_BEHIND: usize = 32;
/// How far ahead a boundary looks for the next word, in bytes.
const WORD_LOOK_AHEAD: usize = 32;

/// Appends the sentence spans of the paragraph at `para` to `out`.
pub(crate) fn split(text: &str, para: Span, out: &mut Vec<Span>) {
    let b = text.as_bytes();
    let end = para.end;
    let mut sent_start = para.start;
    let mut i = para.start;
    let is_ellipsis = |k: usize| b[k..end].starts_with("…".as_bytes());
    // A SIMD search for '.', '!' and '?'; the ellipsis character '…' only
    // where the paragraph holds one.
    let ellipses = memchr::memmem::find(&b[para.start..end], "…".as_bytes()).is_some();
    let next_terminal = |from: usize| {
        if ellipses {
            b[from..end]
                .iter()
                .position(|&c| matches!(c, b'.' | b'!' | b'?' | 0xE2))
        } else {
            memchr::memchr3(b'.', b'!', b'?', &b[from..end])
        }
    };
    while i < end {
        match next_terminal(i) {
            Some(off) => i += off,
            None => break,
        }
        if b[i] == 0xE2 && !is_ellipsis(i) {
            i += 1;
            continue;
        }
        let p = i;
        let mut j = i;
        loop {
            if j < end && matches!(b[j], b'.' | b'!' | b'?') {
                j += 1;
            } else if j < end && is_ellipsis(j) {
                j += 3;
            } else {
                break;
            }
        }
        let run = &text[p..j];
        while let Some(c) = text[j..end].chars().next().filter(|&c| is_closer(c)) {
            j += c.len_utf8();
        }
        i = j;
        let rest = &text[j..end];
        let after_space = rest.trim_start_matches(is_space);
        if after_space.len() == rest.len() || after_space.is_empty() {
            continue;
        }
        let k = end - after_space.len();
        if !is_boundary(text, sent_start, p, run, after_space) {
            continue;
        }
        out.push(Span::new(sent_start, j));
        sent_start = k;
        i = k;
    }
    if sent_start < end {
        let last = trim(text, Span::new(sent_start, end));
        if !last.is_empty() {
            out.push(last);
        }
    }
}

/// Whether the terminal punctuation `run` at byte `p` ends a sentence,
/// given the text `next` that follows after white space.
fn is_boundary(text: &str, sent_start: usize, p: usize, run: &str, next: &str) -> bool {
    let next = &next[..floor_char_boundary(next, WORD_LOOK_AHEAD)];
    let after_openers = next.trim_start_matches(is_opener);
    let opener = after_openers.len() != next.len();
    let Some(nc) = after_openers.chars().next() else {
        return opener;
    };
    if nc.is_lowercase() {
        return false;
    }
    if !(nc.is_uppercase() || nc.is_numeric() || opener) {
        // A dash, a symbol: no new sentence starts here.
        return false;
    }
    if run != "." {
        // “Why now?” Smith asked. — the quote's question ends no sentence
        // when its attribution follows.
        let closed_quote = text[p..]
            .chars()
            .skip(run.chars().count())
            .take_while(|&c| is_closer(c))
            .any(crate::text::is_quote_mark);
        return !(closed_quote && attribution_follows(after_openers));
    }
    let word = word_before(text, sent_start, p);
    let next_word = after_openers
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    let starter = || opener || ABBREVIATIONS.is_starter(next_word);
    if word.is_empty() {
        return true;
    }
    if word.contains('.') && word.chars().all(|c| c.is_alphabetic() || c == '.') {
        // U.S., a.m., e.g. (but not a decimal, "2.5").
        return starter();
    }
    let mut chars = word.chars();
    if let (Some(c), None) = (chars.next(), chars.next()) {
        if c.is_uppercase() {
            // An initial: "John F. Kennedy".
            return starter();
        }
    }
    match ABBREVIATIONS.kind(word) {
        Some(AbbrevKind::Title) => false,
        Some(AbbrevKind::Number) => !nc.is_ascii_digit(),
        Some(AbbrevKind::Other) => starter(),
        None => true,
    }
}

/// Whether `next` starts with an attribution: up to three capitalized
/// words, then a speech verb ("Smith said", "Prime Minister Jones told").
fn attribution_follows(next: &str) -> bool {
    for (i, w) in next
        .split(is_space)
        .filter(|w| !w.is_empty())
        .take(4)
        .enumerate()
    {
        let bare = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if i > 0 && crate::lexicon::is_speech_verb(bare) {
            return true;
        }
        if !bare.starts_with(char::is_uppercase) {
            return false;
        }
    }
    false
}

/// The word that ends at byte `p`, without opening quotes or brackets,
/// looking back at most `WORD_LOOK_BEHIND` bytes.
fn word_before(text: &str, sent_start: usize, p: usize) -> &str {
    let mut start = p.saturating_sub(WORD_LOOK_BEHIND).max(sent_start);
    while !text.is_char_boundary(start) {
        start += 1;
    }
    let window = &text[start..p];
    let word_start = window
        .char_indices()
        .rev()
        .find(|&(_, c)| is_space(c))
        .map_or(0, |(i, c)| i + c.len_utf8());
    window[word_start..].trim_start_matches(|c: char| is_opener(c) || c == '—' || c == '–')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentences(text: &str) -> Vec<&str> {
        let mut out = Vec::new();
        split(text, Span::new(0, text.len()), &mut out);
        out.iter().map(|&s| &text[s]).collect()
    }

    #[test]
    fn table() {
        let cases: &[(&str, &[&str])] = &[
            ("One. Two! Three? Four", &["One.", "Two!", "Three?", "Four"]),
            (
                "Mr. Smith met Dr. Jones and Gen. Lee. They talked.",
                &["Mr. Smith met Dr. Jones and Gen. Lee.", "They talked."],
            ),
            (
                "The U.S. stance shifted. The U.K. agreed.",
                &["The U.S. stance shifted.", "The U.K. agreed."],
            ),
            (
                "He flew to the U.S. The trip was short.",
                &["He flew to the U.S.", "The trip was short."],
            ),
            (
                "He met U.S. President Joe Biden.",
                &["He met U.S. President Joe Biden."],
            ),
            (
                "Talks at No. 10 ended. Growth was 2.5 percent.",
                &["Talks at No. 10 ended.", "Growth was 2.5 percent."],
            ),
            (
                "It starts Jan. 5 in St. Louis. John F. Kennedy spoke.",
                &["It starts Jan. 5 in St. Louis.", "John F. Kennedy spoke."],
            ),
            (
                "He said “It is over.” Then he left.",
                &["He said “It is over.”", "Then he left."],
            ),
            (
                "“Why now?” she asked. 'We won.' Crowds cheered.",
                &["“Why now?” she asked.", "'We won.'", "Crowds cheered."],
            ),
            (
                "Wait... and see. Then… Nothing.",
                &["Wait... and see.", "Then…", "Nothing."],
            ),
            (
                "It closed at 5 p.m. on Friday. Acme Inc. The firm said so.",
                &[
                    "It closed at 5 p.m. on Friday.",
                    "Acme Inc.",
                    "The firm said so.",
                ],
            ),
            (
                "Shares fell (sharply.) Later",
                &["Shares fell (sharply.)", "Later"],
            ),
            (
                "U.S.-provided arms. Yahoo!News",
                &["U.S.-provided arms.", "Yahoo!News"],
            ),
            (
                "Oil rose to $90.76. Brent rose 2.5%. Then it fell.",
                &["Oil rose to $90.76.", "Brent rose 2.5%.", "Then it fell."],
            ),
            (
                "“What do we do now?” Johnson said. “Wait!” Mary Smith told reporters.",
                &[
                    "“What do we do now?” Johnson said.",
                    "“Wait!” Mary Smith told reporters.",
                ],
            ),
            (
                "“Is it over?” Nobody knows.",
                &["“Is it over?”", "Nobody knows."],
            ),
            ("Approx. 200 people came.", &["Approx. 200 people came."]),
        ];
        for (text, want) in cases {
            assert_eq!(&sentences(text), want, "{text}");
        }
    }

    #[test]
    fn multibyte_and_degenerate() {
        assert_eq!(sentences("..."), ["..."]);
        assert_eq!(sentences("”””. ‘"), ["”””.", "‘"]);
        assert_eq!(sentences("Él llegó. Ça va."), ["Él llegó.", "Ça va."]);
    }
}
