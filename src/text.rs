//! Small character and string helpers shared by the stages.

use crate::Span;

/// White space for the purposes of trimming and of the "nothing is lost"
/// guarantee: Unicode white space plus the byte-order mark and zero-width
/// space that scrapers leave behind.
#[inline]
pub(crate) fn is_space(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}')
}

/// Returns `span` with white space trimmed from both ends.
pub(crate) fn trim(text: &str, span: Span) -> Span {
    let s = &text[span];
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let s2 = &s[lead..];
    let kept = s2.trim_end_matches(is_space).len();
    Span {
        start: span.start + lead,
        end: span.start + lead + kept,
    }
}

/// Sentence-final punctuation.
#[inline]
pub(crate) fn is_terminal(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '。' | '！' | '？')
}

/// Closing quote marks and brackets that may follow sentence-final
/// punctuation.
#[inline]
pub(crate) fn is_closer(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '”' | '’' | '»' | '«' | '›' | '‹' | ')' | ']' | '}'
    )
}

/// Opening quote marks and brackets that may start a sentence.
#[inline]
pub(crate) fn is_opener(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '‘' | '„' | '‚' | '«' | '»' | '‹' | '›' | '(' | '[' | '{'
    )
}

/// Any quote mark, opening or closing.
#[inline]
pub(crate) fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\'' | '“' | '”' | '‘' | '’' | '„' | '‚' | '«' | '»' | '‹' | '›'
    )
}

/// Dashes that close a dateline or separate byline parts.
#[inline]
pub(crate) fn is_dash(c: char) -> bool {
    matches!(c, '-' | '–' | '—' | '―' | '‒')
}

/// Whether `s` ends with sentence-final punctuation, possibly followed by
/// closing quote marks or brackets.
pub(crate) fn ends_sentence(s: &str) -> bool {
    let trimmed = s.trim_end_matches(is_closer);
    trimmed.chars().next_back().is_some_and(is_terminal)
}

/// The first character of `s` that is not an opening quote or bracket.
pub(crate) fn first_letterish(s: &str) -> Option<char> {
    s.chars().find(|&c| !is_opener(c))
}

/// Whether a character can be part of a word: letters and digits.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric()
}

/// The largest char boundary of `s` at or below `max`.
pub(crate) fn floor_char_boundary(s: &str, max: usize) -> usize {
    if max >= s.len() {
        return s.len();
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Number of characters in `s` (not bytes).
#[inline]
pub(crate) fn char_len(s: &str) -> usize {
    s.bytes().filter(|&b| (b & 0xC0) != 0x80).count()
}

/// Whether `s` starts with a list-item marker ("- ", "* ", "• ", "1. ", "2) ").
pub(crate) fn is_list_item(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some('-' | '*' | '•' | '·' | '◦' | '▪' | '‣' | '+') => {
            chars.next().is_some_and(is_space)
        }
        Some(c) if c.is_ascii_digit() => {
            let rest = s.trim_start_matches(|c: char| c.is_ascii_digit());
            let digits = s.len() - rest.len();
            let mut r = rest.chars();
            digits <= 3 && matches!(r.next(), Some('.' | ')')) && r.next().is_some_and(is_space)
        }
        _ => false,
    }
}

/// Whether `s` starts like a byline: "By " and a capital.
pub(crate) fn starts_like_byline(s: &str) -> bool {
    ["By ", "BY "].iter().any(|p| {
        s.strip_prefix(p)
            .is_some_and(|rest| rest.starts_with(char::is_uppercase))
    }) && s.len() <= 200
}

/// Splits `s` into white-space separated words with their byte offsets
/// relative to `s`.
pub(crate) fn words(s: &str) -> impl Iterator<Item = (usize, &str)> + '_ {
    s.split(is_space)
        .filter(|w| !w.is_empty())
        .map(move |w| (w.as_ptr() as usize - s.as_ptr() as usize, w))
}

/// Every word that is not a small word starts with a capital (or is not a
/// word: numbers, symbols). The first word always counts.
/// Returns the number of words when `s` is in headline case, else `None`.
pub(crate) fn headline_case_words(s: &str) -> Option<usize> {
    let mut lower_small = 0;
    let mut n = 0;
    for (i, (_, w)) in words(s).enumerate() {
        n = i + 1;
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let Some(first) = bare.chars().next() else {
            continue;
        };
        if !first.is_alphabetic() || first.is_uppercase() {
            continue;
        }
        if i > 0 && crate::lexicon::SMALL_WORDS.contains(bare) {
            lower_small += 1;
            continue;
        }
        return None;
    }
    // A run of small words is prose, not a headline.
    (lower_small * 2 <= n).then_some(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trims_unicode_space() {
        let text = "\u{feff}\u{a0} Hello\t\u{200b} ";
        let span = trim(text, Span::from(0..text.len()));
        assert_eq!(&text[span], "Hello");
    }

    #[test]
    fn list_items() {
        for yes in ["- item", "* item", "• item", "1. item", "12) item"] {
            assert!(is_list_item(yes), "{yes}");
        }
        for no in ["-item", "1.5 million", "2024. The", "Item", "— dash"] {
            assert!(!is_list_item(no), "{no}");
        }
    }

    #[test]
    fn sentence_end() {
        assert!(ends_sentence("He left."));
        assert!(ends_sentence("“We won.”"));
        assert!(ends_sentence("Really?)"));
        assert!(!ends_sentence("What to Expect Next"));
        assert!(!ends_sentence("“Quoted,”"));
    }

    #[test]
    fn word_offsets() {
        let w: Vec<_> = words(" a  bc\u{a0}d").collect();
        assert_eq!(w, [(1, "a"), (4, "bc"), (8, "d")]);
    }
}
