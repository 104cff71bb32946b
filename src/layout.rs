//! Stage 1: the text's layout. Splits the input into lines, groups them
//! into blocks separated by blank lines, and joins hard-wrapped lines into
//! one unit, so that each unit is a paragraph candidate.

use crate::text::{char_len, ends_sentence, is_list_item, trim};
use crate::Span;

/// Lines wider than this (in characters) are not hard-wrapped text.
const MAX_WRAP_WIDTH: usize = 120;
/// Narrower blocks (in characters) are short lines, not hard-wrapped text.
const MIN_WRAP_WIDTH: usize = 40;
/// Bytes: a line longer than this is wider than `MAX_WRAP_WIDTH` characters.
const MAX_WRAP_BYTES: usize = MAX_WRAP_WIDTH * 4;

/// A paragraph candidate: one line, or hard-wrapped lines joined.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Unit {
    /// The unit's text, trimmed of white space at both ends.
    pub(crate) span: Span,
    /// Whether the unit consists of more than one input line.
    pub(crate) wrapped: bool,
}

/// Splits `text` into units, in order. Blank lines and the other line or
/// paragraph separators (`\r\n`, `\r`, U+0085, U+2028, U+2029) are handled
/// here; every non-white-space byte ends up in exactly one unit.
pub(crate) fn units(text: &str) -> Vec<Unit> {
    // Lines, and where each block of non-blank lines ends.
    let mut lines: Vec<Span> = Vec::new();
    let mut block_ends: Vec<usize> = Vec::new();
    for_each_line(text, |line| match line {
        Some(span) => lines.push(span),
        None => {
            if block_ends.last() != Some(&lines.len()) && !lines.is_empty() {
                block_ends.push(lines.len());
            }
        }
    });
    if block_ends.last() != Some(&lines.len()) && !lines.is_empty() {
        block_ends.push(lines.len());
    }
    // Text whose paragraphs are set apart by blank lines wraps them freely;
    // text without blank lines is one paragraph per line unless its lines
    // clearly run on mid-sentence.
    let separated = block_ends.len() > 1;
    let mut out = Vec::new();
    let mut start = 0;
    for end in block_ends {
        flush_block(text, &lines[start..end], separated, &mut out);
        start = end;
    }
    out
}

/// Calls `f` with each non-blank line's trimmed span, and with `None` for
/// each blank line or paragraph separator.
fn for_each_line(text: &str, mut f: impl FnMut(Option<Span>)) {
    let b = text.as_bytes();
    let mut emit = |start: usize, end: usize| {
        let span = trim(text, Span { start, end });
        f(if span.is_empty() { None } else { Some(span) });
    };
    // Most text breaks lines with '\n' and '\r' alone: then a SIMD search
    // for those two bytes finds every break. Only text that holds U+0085,
    // U+2028 or U+2029 needs the search for their lead bytes too.
    let unicode_breaks = ["\u{85}", "\u{2028}", "\u{2029}"]
        .iter()
        .any(|sep| memchr::memmem::find(b, sep.as_bytes()).is_some());
    let next_break = |from: usize| {
        if matches!(b.get(from), Some(b'\n' | b'\r')) {
            // Runs of blank lines: no search needed.
            Some(0)
        } else if unicode_breaks {
            b[from..]
                .iter()
                .position(|&c| matches!(c, b'\n' | b'\r' | 0xC2 | 0xE2))
        } else {
            memchr::memchr2(b'\n', b'\r', &b[from..])
        }
    };
    let mut line_start = 0;
    let mut i = 0;
    while i < b.len() {
        match next_break(i) {
            Some(off) => i += off,
            None => break,
        }
        match b[i] {
            b'\n' => {
                emit(line_start, i);
                i += 1;
                line_start = i;
            }
            b'\r' => {
                emit(line_start, i);
                i += if b.get(i + 1) == Some(&b'\n') { 2 } else { 1 };
                line_start = i;
            }
            0xC2 if b.get(i + 1) == Some(&0x85) => {
                emit(line_start, i);
                i += 2;
                line_start = i;
            }
            0xE2 if b.get(i + 1) == Some(&0x80) && matches!(b.get(i + 2), Some(0xA8 | 0xA9)) => {
                emit(line_start, i);
                if b[i + 2] == 0xA9 {
                    // PARAGRAPH SEPARATOR: as a blank line.
                    emit(i, i);
                }
                i += 3;
                line_start = i;
            }
            _ => i += 1,
        }
    }
    emit(line_start, b.len());
}

/// Turns one block of consecutive non-blank lines into units.
fn flush_block(text: &str, block: &[Span], separated: bool, out: &mut Vec<Unit>) {
    if block.is_empty() {
        return;
    }
    let joins = wrap_joins(text, block, separated);
    let mut start = block[0];
    let mut wrapped = false;
    for (i, &line) in block.iter().enumerate().skip(1) {
        if joins.as_ref().is_some_and(|j| j[i - 1]) {
            wrapped = true;
            continue;
        }
        let end = block[i - 1].end;
        out.push(Unit {
            span: Span::new(start.start, end),
            wrapped,
        });
        start = line;
        wrapped = false;
    }
    let end = block[block.len() - 1].end;
    out.push(Unit {
        span: Span::new(start.start, end),
        wrapped,
    });
}

/// Decides, for each pair of neighbouring lines in a block, whether the
/// second continues the first's paragraph (the block is hard-wrapped).
/// Returns `None` when the block is one paragraph per line.
///
/// A block is hard-wrapped when its widest line is between `MIN_WRAP_WIDTH`
/// and `MAX_WRAP_WIDTH` characters, at least one line end is "full" (the
/// next line's first word would not have fit within the block's width) and
/// falls inside a sentence, and two thirds of the line ends are full; in
/// text without blank lines, two thirds must also fall inside a sentence,
/// since one-paragraph-per-line text ends its lines with sentences. Then a line joins the next when it is
/// full. Lines that stand alone (list items, Markdown headings, bylines,
/// headline-case lines after a sentence) join nothing and do not vote.
fn wrap_joins(text: &str, block: &[Span], separated: bool) -> Option<Vec<bool>> {
    if block.len() < 2 || block.iter().any(|l| l.len() > MAX_WRAP_BYTES) {
        return None;
    }
    let mut widths = Vec::with_capacity(block.len());
    for &l in block {
        let w = char_len(&text[l]);
        if w > MAX_WRAP_WIDTH {
            // Most one-paragraph-per-line text stops here, at its first
            // long line.
            return None;
        }
        widths.push(w);
    }
    let width = widths.iter().copied().max().unwrap_or(0);
    if width < MIN_WRAP_WIDTH {
        return None;
    }
    let mut alone = Vec::with_capacity(block.len());
    for (i, &l) in block.iter().enumerate() {
        let after_sentence = i == 0 || ends_sentence(&text[block[i - 1]]);
        alone.push(stands_alone(&text[l], after_sentence));
    }
    let mut joins = Vec::with_capacity(block.len() - 1);
    let (mut voters, mut full_lines, mut mid_sentence) = (0, 0, 0usize);
    for i in 0..block.len() - 1 {
        if alone[i] || alone[i + 1] {
            joins.push(false);
            continue;
        }
        let line = &text[block[i]];
        let next = &text[block[i + 1]];
        let next_word = next.split(crate::text::is_space).next().unwrap_or("");
        let full = widths[i] + 1 + char_len(next_word) > width;
        voters += 1;
        if full {
            full_lines += 1;
            if !ends_sentence(line) {
                mid_sentence += 1;
            }
        }
        joins.push(full);
    }
    let evidence = if separated { full_lines } else { mid_sentence };
    if mid_sentence == 0 || evidence * 3 < voters * 2 {
        return None;
    }
    Some(joins)
}

/// Whether a line stands on its own even in hard-wrapped text: a list
/// item, a Markdown heading, a byline, or, at the start of a block or after
/// a sentence, a headline-case line of three or more words without
/// sentence-final punctuation (a title or heading above its paragraph).
fn stands_alone(s: &str, after_sentence: bool) -> bool {
    if is_list_item(s) || s.starts_with('#') || crate::text::starts_like_byline(s) {
        return true;
    }
    if !after_sentence {
        return false;
    }
    !ends_sentence(s) && crate::text::headline_case_words(s).is_some_and(|n| n >= 3)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str) -> Vec<&str> {
        units(text).iter().map(|u| &text[u.span]).collect()
    }

    #[test]
    fn one_paragraph_per_line() {
        let text = "First line of text that ends.\nSecond line.\r\nThird\u{2028}Fourth";
        assert_eq!(
            texts(text),
            [
                "First line of text that ends.",
                "Second line.",
                "Third",
                "Fourth"
            ]
        );
    }

    #[test]
    fn blank_lines_and_separators() {
        let text = "\u{feff}One.\n\n  \n\tTwo.\u{2029}Three.\r\rFour.";
        assert_eq!(texts(text), ["One.", "Two.", "Three.", "Four."]);
    }

    #[test]
    fn hard_wrapped_paragraphs_join() {
        let text = "The committee voted on Tuesday to approve the\n\
                    measure, which now goes to the full Senate for a\n\
                    vote next week.\n\
                    \n\
                    Opponents said they would keep fighting the bill\n\
                    in court.";
        assert_eq!(
            texts(text),
            [
                "The committee voted on Tuesday to approve the\nmeasure, which now goes to the full Senate for a\nvote next week.",
                "Opponents said they would keep fighting the bill\nin court."
            ]
        );
        assert!(units(text).iter().all(|u| u.wrapped));
    }

    #[test]
    fn heading_above_paragraph_does_not_join() {
        let text = "What Happens Next\nThe bill goes to the Senate, where it faces a close vote.";
        assert_eq!(texts(text).len(), 2);
    }

    #[test]
    fn short_sentences_per_line_do_not_join() {
        let text = "The vote was 52 to 48.\nThe bill now goes to the House of Representatives for a vote.\nIt is expected to pass.";
        assert_eq!(texts(text).len(), 3);
    }

    #[test]
    fn front_matter_in_its_own_block_does_not_join() {
        let text = "Chip Stocks Slide After Veltrix Cuts Sales Forecast\nBy Priya Raman\n\nNEW YORK (Reuters) - Shares fell.";
        assert_eq!(texts(text).len(), 3);
    }

    #[test]
    fn wrapped_paragraph_above_a_list_joins() {
        let text = "The plan covers three projects that the board approved in\n\
                    March after a year of public hearings and two lawsuits:\n\
                    - a new treatment plant\n\
                    - a second reservoir";
        let t = texts(text);
        assert_eq!(t.len(), 3, "{t:?}");
        assert!(t[0].ends_with("lawsuits:"));
    }

    #[test]
    fn one_paragraph_per_line_with_an_unpunctuated_line_does_not_join() {
        let text = "Quake Shakes Southern Japan\n\
                    A magnitude 6.1 earthquake struck off southern Japan on Tuesday.\n\
                    There were no immediate reports of damage or injuries.\n\
                    The Japan Meteorological Agency said no tsunami was expected\n\
                    Trains were briefly halted in the region as a precaution.";
        assert_eq!(texts(text).len(), 5);
    }

    #[test]
    fn wrapped_line_in_headline_case_joins() {
        let text = "President Joe Biden is set to meet with British\n\
                    Prime Minister Keir Starmer at the White House\n\
                    later today to discuss whether Ukraine may use\n\
                    long-range missiles against targets in Russia.";
        assert_eq!(texts(text).len(), 1);
    }

    #[test]
    fn short_lines_do_not_join() {
        let text = "By Jane Doe\nAdvertisement\nSenior Reporter\nText.";
        assert_eq!(texts(text).len(), 4);
    }

    #[test]
    fn list_items_stay_apart_in_wrapped_text() {
        let text = "The plan includes the following measures, which\n\
                    officials described on Monday as urgent and necessary:\n\
                    - a curfew\n\
                    - new checkpoints";
        let t = texts(text);
        assert_eq!(t.len(), 3, "{t:?}");
        assert_eq!(t[1], "- a curfew");
    }
}
