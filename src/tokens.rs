//! One pass over the words of every piece of an article (title, dateline,
//! headings and paragraphs) for the entities and quotes stages together.
//!
//! Both stages read the same pieces word by word, but cut them a little
//! differently: the entities stage takes each run of non-space characters
//! as a token and trims its punctuation ([`Token`]); the quotes stage takes
//! runs of letters and digits joined by apostrophes, hyphens and periods
//! ([`Word`]). No character that ends a token (white space) is a letter, a
//! digit or a joiner, so a word never crosses a token's edges: each piece
//! is split at white space once, and each chunk between two spaces gives
//! its token and its words, with their lexicon flags looked up there once.
//! Most chunks are plain ASCII letters and digits, whose one word is the
//! whole chunk.

use std::ops::Range;

use once_cell::sync::Lazy;

use crate::entities::{self, Token};
use crate::lexicon::{FnvMap, Packed, ShortWordMap};
use crate::quotes::{self, Word};
use crate::text::is_space;
use crate::Span;

/// What the two stages' word lists say of a word as written.
#[derive(Clone, Copy, Default)]
struct Listed {
    /// The lists of the entities stage the word is in
    /// ([`entities::listed_words`]).
    entities: u8,
    /// The quotes stage's flags of the word ([`quotes::flags`], which also
    /// looks the word up in lower case).
    quotes: u32,
}

/// Every word of the entities stage's lists and of the quotes stage's
/// vocabulary, as written: one lookup of a plain word gives what both
/// stages look up. A word that is not here is in none of the lists as
/// written; its quote flags are then those of its lower-case form, which
/// is here when it has any.
static LEXICON: Lazy<ShortWordMap<Listed>> = Lazy::new(|| {
    let mut map: FnvMap<&'static str, Listed> = FnvMap::default();
    for (w, lists) in entities::listed_words() {
        map.entry(w).or_default().entities |= lists;
    }
    for w in quotes::vocabulary() {
        map.entry(w).or_default();
    }
    for (w, listed) in &mut map {
        listed.quotes = quotes::flags(w);
    }
    ShortWordMap::new(map)
});

/// The tokens and words of an article's pieces, piece after piece.
pub(crate) struct Tokens<'t> {
    /// The entities stage's tokens of every piece (none when that stage is
    /// off).
    tokens: Vec<Token<'t>>,
    /// The quotes stage's words of every piece (none when that stage is
    /// off).
    words: Vec<Word>,
    /// Each piece, in the order given, with its ranges of `tokens` and
    /// `words`.
    pieces: Vec<PieceTokens>,
    /// The indexes of `pieces` ordered by their start, for finding a piece
    /// by its span.
    by_start: Vec<usize>,
}

/// Where one piece's tokens and words are in [`Tokens`].
struct PieceTokens {
    span: Span,
    tokens: Range<usize>,
    words: Range<usize>,
}

impl<'t> Tokens<'t> {
    /// Splits `pieces` of `text`: into the entities stage's tokens when
    /// `entities`, into the quotes stage's words when `quotes`.
    pub(crate) fn new(text: &'t str, pieces: &[Span], entities: bool, quotes: bool) -> Tokens<'t> {
        // About one word in six bytes of news text; room for one in five,
        // so that shorter words rarely make a list grow (and be copied).
        let bytes: usize = pieces.iter().map(|p| p.len()).sum();
        let room = |wanted: bool| if wanted { bytes / 5 + 1 } else { 0 };
        let mut all = Tokens {
            tokens: Vec::with_capacity(room(entities)),
            words: Vec::with_capacity(room(quotes)),
            pieces: Vec::with_capacity(pieces.len()),
            by_start: (0..pieces.len()).collect(),
        };
        for &span in pieces {
            let (first_token, first_word) = (all.tokens.len(), all.words.len());
            split(
                text,
                span,
                entities.then_some(&mut all.tokens),
                quotes.then_some(&mut all.words),
            );
            all.pieces.push(PieceTokens {
                span,
                tokens: first_token..all.tokens.len(),
                words: first_word..all.words.len(),
            });
        }
        all.by_start.sort_by_key(|&k| pieces[k].start);
        all
    }

    /// Every token, piece after piece.
    pub(crate) fn all_tokens(&self) -> &[Token<'t>] {
        &self.tokens
    }

    /// The range of [`Tokens::all_tokens`] of piece `k` (in the order given
    /// to [`Tokens::new`]).
    pub(crate) fn token_range(&self, k: usize) -> Range<usize> {
        self.pieces[k].tokens.clone()
    }

    /// The words of the piece `span`, if it is one of the pieces.
    pub(crate) fn words_of(&self, span: Span) -> Option<&[Word]> {
        let first = self
            .by_start
            .partition_point(|&k| self.pieces[k].span.start < span.start);
        self.by_start[first..]
            .iter()
            .map(|&k| &self.pieces[k])
            .take_while(|p| p.span.start == span.start)
            .find(|p| p.span == span)
            .map(|p| &self.words[p.words.clone()])
    }
}

/// Appends the quotes stage's words of `text[span]` to `out` (for a span
/// that is none of the pieces).
pub(crate) fn words(text: &str, span: Span, out: &mut Vec<Word>) {
    split(text, span, None, Some(out));
}

/// What a byte of UTF-8 text is, for [`split`]: an ASCII letter or digit
/// ([`ALNUM`]), ASCII white space ([`SPACE`]), any other ASCII character
/// ([`OTHER`]), or a byte of a wider character ([`WIDE`]), decoded to be
/// told.
static BYTE_CLASS: [u8; 256] = {
    let mut class = [WIDE; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        class[b] = if c.is_ascii_alphanumeric() {
            ALNUM
        } else if matches!(c, b' ' | b'\t' | b'\n' | b'\r' | 0x0B | 0x0C) {
            // `char::is_whitespace` for ASCII.
            SPACE
        } else {
            OTHER
        };
        b += 1;
    }
    class
};
const ALNUM: u8 = 0;
const SPACE: u8 = 1;
const OTHER: u8 = 2;
const WIDE: u8 = 3;

/// The length of the character at byte `i` of `text` (a character
/// boundary), and whether it is white space ([`is_space`]), for a byte
/// that is not ASCII.
#[inline]
fn wide_char_at(text: &str, i: usize) -> (usize, bool) {
    text[i..]
        .chars()
        .next()
        .map_or((1, false), |c| (c.len_utf8(), is_space(c)))
}

/// `text[a..z]` packed, if it is a plain word: 1 to 16 ASCII letters and
/// digits.
#[inline]
fn plain_between(text: &str, a: usize, z: usize) -> Option<Packed> {
    let w = &text.as_bytes()[a..z];
    if w.len() > 16 || !w.iter().all(u8::is_ascii_alphanumeric) {
        return None;
    }
    Packed::new(&text[a..z])
}

/// The quotes stage's flags of the packed word `p`, which the lexicon
/// lists as `exact` as written.
#[inline]
fn quote_flags(p: Packed, exact: Option<Listed>) -> u32 {
    match exact {
        Some(l) => l.quotes,
        // Not listed as written: in lower case, perhaps.
        None if p.has_ascii_upper() => LEXICON
            .get_packed(p.to_ascii_lowercase())
            .map_or(0, |l| l.quotes),
        None => 0,
    }
}

/// Splits `text[span]` at white space and appends each chunk's token to
/// `tokens` and its words to `words`, for each list given.
fn split<'t>(
    text: &'t str,
    span: Span,
    mut tokens: Option<&mut Vec<Token<'t>>>,
    mut words: Option<&mut Vec<Word>>,
) {
    let b = &text.as_bytes()[..span.end];
    let first_token = tokens.as_deref().map_or(0, Vec::len);
    let mut i = span.start;
    while let Some(&c) = b.get(i) {
        // To the next character that is not white space.
        match BYTE_CLASS[usize::from(c)] {
            SPACE => {
                i += 1;
                continue;
            }
            WIDE => {
                let (n, space) = wide_char_at(text, i);
                if space {
                    i += n;
                    continue;
                }
            }
            _ => {}
        }
        // The chunk: to the next white space; `plain` while it holds only
        // ASCII letters and digits.
        let start = i;
        let mut plain = true;
        while let Some(&c) = b.get(i) {
            match BYTE_CLASS[usize::from(c)] {
                ALNUM => i += 1,
                SPACE => break,
                OTHER => {
                    plain = false;
                    i += 1;
                }
                _ => {
                    let (n, space) = wide_char_at(text, i);
                    if space {
                        break;
                    }
                    plain = false;
                    i += n;
                }
            }
        }
        let packed = if plain {
            Packed::new(&text[start..i])
        } else {
            None
        };
        if let Some(p) = packed {
            // Most words: one lookup for both stages.
            let exact = LEXICON.get_packed(p);
            if let Some(tokens) = tokens.as_deref_mut() {
                let listed = exact.map_or(0, |l| l.entities);
                tokens.push(entities::plain_token(text, start, i, listed));
            }
            if let Some(words) = words.as_deref_mut() {
                words.push(quotes::word_with_flags(start, i, quote_flags(p, exact)));
            }
            continue;
        }
        // The chunk without its opening quotes and brackets and its
        // trailing punctuation (for a plain chunk too long to pack,
        // nothing to trim).
        let (a, z) = if plain {
            (start, i)
        } else {
            entities::trim_bounds(text, start, i)
        };
        // A parenthesis ends the name before it: "Rep. Grace Okafor (R.,
        // Ohio)", "Tom Hale (D-Ohio)".
        let opens = matches!(b[start], b'(' | b'[');
        // A plain word in quote marks or brackets or before punctuation
        // ("“We", "said,", "(AP)"): what is trimmed around it holds no
        // letter or digit, so the chunk's token is the plain word's (with
        // `breaks` when punctuation follows it) and the plain word is the
        // chunk's only word, both read with one lookup.
        if let Some(p) = plain_between(text, a, z).filter(|_| !plain) {
            let exact = LEXICON.get_packed(p);
            if let Some(tokens) = tokens.as_deref_mut() {
                if opens && tokens.len() > first_token {
                    if let Some(prev) = tokens.last_mut() {
                        prev.breaks = true;
                    }
                }
                let listed = exact.map_or(0, |l| l.entities);
                let mut t = entities::plain_token(text, a, z, listed);
                t.breaks = z != i;
                tokens.push(t);
            }
            if let Some(words) = words.as_deref_mut() {
                words.push(quotes::word_with_flags(a, z, quote_flags(p, exact)));
            }
            continue;
        }
        if let Some(tokens) = tokens.as_deref_mut() {
            // (`entities::token`, trimmed above.)
            if let Some(t) = entities::trimmed_token(text, a, z, z != i) {
                if opens && tokens.len() > first_token {
                    if let Some(prev) = tokens.last_mut() {
                        prev.breaks = true;
                    }
                }
                tokens.push(t);
            }
        }
        if let Some(words) = words.as_deref_mut() {
            if plain {
                words.push(quotes::word(text, start, i));
            } else {
                quotes::words_in(text, start, i, words);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A plain word read with the shared lexicon gives the token and the
    /// word that the stages' own lookups give.
    #[test]
    fn plain_words_read_as_each_stage_reads_them() {
        let mut samples: Vec<String> = [
            "said",
            "Said",
            "SAID",
            "The",
            "the",
            "von",
            "Von",
            "President",
            "president",
            "Biden",
            "2024",
            "a1",
            "Monday",
            "McDonald",
            "al",
            "X",
            "WHO",
            "it",
            "It",
            "IT",
            "Spokeswoman",
            "spokeswoman",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "Abcdefghijklmnopqrs",
        ]
        .iter()
        .map(|w| w.to_string())
        .collect();
        let listed = entities::listed_words()
            .map(|(w, _)| w)
            .chain(quotes::vocabulary());
        for w in listed {
            let mut capitalized = w.to_string();
            capitalized[..1].make_ascii_uppercase();
            samples.extend([w.to_string(), capitalized, w.to_ascii_uppercase()]);
        }
        let mut checked = 0;
        for w in samples
            .iter()
            .filter(|w| !w.is_empty() && w.bytes().all(|b| b.is_ascii_alphanumeric()))
        {
            let span = Span::new(0, w.len());
            let (mut tokens, mut words) = (Vec::new(), Vec::new());
            split(w, span, Some(&mut tokens), Some(&mut words));
            let token = entities::token(w, 0, w.len()).expect("a word");
            assert_eq!(format!("{tokens:?}"), format!("{:?}", [token]), "{w:?}");
            let word = quotes::word(w, 0, w.len());
            assert_eq!(format!("{words:?}"), format!("{:?}", [word]), "{w:?}");
            checked += 1;
        }
        assert!(checked > 1000, "{checked}");
    }

    /// A word in quote marks or brackets or before punctuation, plain or
    /// not, gives the token and the words each stage reads of it alone.
    #[test]
    fn punctuated_words_read_as_each_stage_reads_them() {
        let words = [
            "said",
            "Said",
            "The",
            "von",
            "President",
            "Biden",
            "2024",
            "it's",
            "U.S",
            "Mr",
            "J",
            "Co",
            "Police",
            "abcdefghijklmnopq",
            "Café",
            "al-Assad",
        ];
        let wraps = [
            ("“", ""),
            ("", ","),
            ("(", ")"),
            ("[", "],"),
            ("\"", ".\""),
            ("‘", "’"),
            ("", "’s"),
            ("", "'"),
            ("", "."),
            ("—", ":"),
            ("'", "?!"),
            ("«", "»;"),
            ("*", ","),
            ("", "-"),
        ];
        for w in words {
            for (open, close) in wraps {
                // After a word, so that a parenthesis ends the name before.
                let text = format!("Jane {open}{w}{close}");
                let (mut tokens, mut split_words) = (Vec::new(), Vec::new());
                split(
                    &text,
                    Span::new(0, text.len()),
                    Some(&mut tokens),
                    Some(&mut split_words),
                );
                let mut want = vec![entities::token(&text, 0, 4).expect("a word")];
                want.extend(entities::token(&text, 5, text.len()));
                if matches!(open, "(" | "[") && want.len() > 1 {
                    want[0].breaks = true;
                }
                assert_eq!(format!("{tokens:?}"), format!("{want:?}"), "{text:?}");
                let mut want_words = vec![quotes::word(&text, 0, 4)];
                quotes::words_in(&text, 5, text.len(), &mut want_words);
                assert_eq!(
                    format!("{split_words:?}"),
                    format!("{want_words:?}"),
                    "{text:?}"
                );
            }
        }
    }

    /// A piece's words are found by its span; a span that is no piece has
    /// none.
    #[test]
    fn words_by_piece() {
        let text = "Jane Doe said: “We’re ready,” she said.\n\nIt's U.S.-made.";
        let pieces = [Span::new(0, 45), Span::new(47, text.len())];
        let tokens = Tokens::new(text, &pieces, true, true);
        let words: Vec<&str> = tokens
            .words_of(pieces[1])
            .expect("a piece")
            .iter()
            .map(|w| &text[w.start..w.end])
            .collect();
        assert_eq!(words, ["It's", "U.S", "made"]);
        assert!(tokens.words_of(Span::new(0, 4)).is_none());
        assert_eq!(tokens.all_tokens().len(), 9);
        assert_eq!(tokens.token_range(1), 7..9);
    }
}
