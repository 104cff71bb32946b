//! Stage 3b: section headings among the body lines.

use crate::text::{first_letterish, is_dash, is_quote_mark, words};
use crate::HeadingStyle;

/// A heading is at most this many bytes.
const MAX_HEADING_BYTES: usize = 150;
/// A heading is at most this many words.
const MAX_HEADING_WORDS: usize = 14;
/// A sentence-case heading is at most this many words.
const MAX_SENTENCE_CASE_WORDS: usize = 8;

/// What surrounds a candidate line.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Context {
    /// Whether the previous body line ended a sentence, or there is none.
    pub(crate) after_sentence: bool,
    /// Whether another body line follows.
    pub(crate) has_next: bool,
}

/// Classifies a bare line (no Markdown markers) as a heading, or not.
///
/// A heading is short, has no sentence-final punctuation and does not start
/// with a quote mark or list marker; it is in capitals, in headline case, or
/// (between paragraphs, at most eight words) in sentence case.
pub(crate) fn classify(s: &str, ctx: Context) -> Option<HeadingStyle> {
    if !ctx.has_next || !crate::front::is_title_like(s) || s.len() > MAX_HEADING_BYTES {
        return None;
    }
    if s.starts_with(is_quote_mark) || s.ends_with('?') {
        return None;
    }
    if s.chars()
        .next_back()
        .is_some_and(|c| is_dash(c) || c == ')')
    {
        return None;
    }
    let toks: Vec<&str> = words(s).map(|(_, w)| w).collect();
    if toks.len() > MAX_HEADING_WORDS {
        return None;
    }
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    if letters < 2 {
        return None;
    }
    if !first_letterish(s).is_some_and(|c| c.is_uppercase()) {
        return None;
    }
    if s.chars().all(|c| !c.is_lowercase()) {
        return Some(HeadingStyle::AllCaps);
    }
    if crate::text::headline_case_words(s).is_some() {
        return Some(HeadingStyle::HeadlineCase);
    }
    if ctx.after_sentence && toks.len() >= 2 && toks.len() <= MAX_SENTENCE_CASE_WORDS {
        return Some(HeadingStyle::SentenceCase);
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    const MID: Context = Context {
        after_sentence: true,
        has_next: true,
    };

    #[test]
    fn headings() {
        let cases = [
            (
                "Meeting Between Biden and Starmer",
                HeadingStyle::HeadlineCase,
            ),
            (
                "Putin’s Warning and UK’s Response",
                HeadingStyle::HeadlineCase,
            ),
            ("What to Expect Next", HeadingStyle::HeadlineCase),
            ("Background", HeadingStyle::HeadlineCase),
            ("THE AFTERMATH", HeadingStyle::AllCaps),
            ("What happens next", HeadingStyle::SentenceCase),
            ("Long-Range Missiles in 2024", HeadingStyle::HeadlineCase),
        ];
        for (line, want) in cases {
            assert_eq!(classify(line, MID), Some(want), "{line}");
        }
    }

    #[test]
    fn not_headings() {
        for line in [
            "He left.",
            "The vote is over!",
            "“We will not back down”",
            "- a list item",
            "Where does this leave the talks?",
            "WASHINGTON —",
            "the talks went on for hours and nobody left the room at all",
            "The talks went on for hours and nobody left the room",
            "Officials said:",
            "7",
        ] {
            assert_eq!(classify(line, MID), None, "{line}");
        }
        let last = Context {
            after_sentence: true,
            has_next: false,
        };
        assert_eq!(classify("Background", last), None);
        let after_fragment = Context {
            after_sentence: false,
            has_next: true,
        };
        assert_eq!(classify("What happens next", after_fragment), None);
    }
}
