//! Word lists embedded from `data/` and compiled once per process.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

use aho_corasick::MatchKind;
use once_cell::sync::Lazy;

use crate::BoilerplateReason;

const ABBREVIATIONS_TSV: &str = include_str!("../data/abbreviations.tsv");
const SMALL_WORDS_TXT: &str = include_str!("../data/headline_small_words.txt");
const BYLINE_WORDS_TSV: &str = include_str!("../data/byline_words.tsv");
const BOILERPLATE_TSV: &str = include_str!("../data/boilerplate.tsv");
const KICKERS_TXT: &str = include_str!("../data/kickers.txt");

/// The data lines of an embedded file: comments and blank lines skipped.
pub(crate) fn data_lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
}

/// How a period after an abbreviation behaves.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum AbbrevKind {
    /// Never ends a sentence.
    Title,
    /// Ends a sentence unless a number follows.
    Number,
    /// Ends a sentence only before a typical sentence opener.
    Other,
}

/// FNV-1a, a byte at a time: the gazetteer's word index hashes names a
/// word at a time and needs a hash that can be extended piece by piece
/// (see `matcher.rs`). Word maps use the faster [`WordHasher`].
#[derive(Clone, Copy, Default)]
pub(crate) struct Fnv(u64);

impl Fnv {
    /// The FNV-1a offset basis: the state before any byte.
    pub(crate) const START: Fnv = Fnv(0xcbf2_9ce4_8422_2325);
}

impl Hasher for Fnv {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut h = if self.0 == 0 { Fnv::START.0 } else { self.0 };
        for &b in bytes {
            h ^= u64::from(b);
            h = h.wrapping_mul(0x0100_0000_01b3);
        }
        self.0 = h;
    }
}

/// A quick test that rejects most words absent from a word list before it
/// is looked up: for each first byte, the lengths of the listed words that
/// start with it (bit `n` for length `n`, bit 31 for 31 bytes and more)
/// and their last bytes. Words on the hot path are looked up once per
/// token; most are in no list.
pub(crate) struct WordShapes {
    lengths: [u32; 256],
    last_bytes: [[u64; 4]; 256],
}

impl WordShapes {
    pub(crate) fn new<'a>(words: impl IntoIterator<Item = &'a str>) -> WordShapes {
        let mut shapes = WordShapes {
            lengths: [0; 256],
            last_bytes: [[0; 4]; 256],
        };
        for w in words {
            if let (Some(&first), Some(&last)) = (w.as_bytes().first(), w.as_bytes().last()) {
                shapes.lengths[usize::from(first)] |= 1 << w.len().min(31);
                shapes.last_bytes[usize::from(first)][usize::from(last >> 6)] |= 1 << (last & 63);
            }
        }
        shapes
    }

    /// Whether a listed word may be `w` (false: it is surely none).
    #[inline]
    pub(crate) fn may_contain(&self, w: &str) -> bool {
        let b = w.as_bytes();
        let (Some(&first), Some(&last)) = (b.first(), b.last()) else {
            return false;
        };
        let first = usize::from(first);
        self.lengths[first] & (1 << b.len().min(31)) != 0
            && self.last_bytes[first][usize::from(last >> 6)] & (1 << (last & 63)) != 0
    }
}

/// The hasher of the word maps and sets: every word of an article is
/// looked up in some of them, and most words are short. It reads eight
/// bytes at a time and mixes them with a multiplication, as FxHash does
/// (rustc-hash 2), where SipHash's resistance to collision attacks would
/// buy little for these short-lived maps of words.
#[derive(Clone, Copy, Default)]
pub(crate) struct WordHasher(u64);

impl WordHasher {
    const K: u64 = 0xf135_7aea_2e62_a9c5;

    #[inline]
    fn add(&mut self, word: u64) {
        self.0 = (self.0 ^ word).wrapping_mul(WordHasher::K);
    }
}

impl Hasher for WordHasher {
    #[inline]
    fn finish(&self) -> u64 {
        // The multiplications leave their best bits at the top; the table
        // indexes with the low bits.
        self.0.rotate_left(26)
    }

    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        // The last 1 to 7 bytes: two overlapping 4-byte reads, or the
        // first, middle and last byte, cover them all without a loop.
        let rest = chunks.remainder();
        let n = rest.len();
        let u32_at = |i: usize| {
            let mut w = [0u8; 4];
            w.copy_from_slice(&rest[i..i + 4]);
            u64::from(u32::from_le_bytes(w))
        };
        if n >= 4 {
            self.add(u32_at(0) | u32_at(n - 4) << 32);
        } else if n > 0 {
            let b = |i: usize| u64::from(rest[i]);
            self.add(b(0) | b(n / 2) << 8 | b(n - 1) << 16 | (n as u64) << 24);
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }
}

/// A word of 1 to 16 bytes packed into two integers, zero-padded, with its
/// length: compared and hashed without a loop or a call to `memcmp`.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) struct Packed {
    lo: u64,
    hi: u64,
    len: u8,
}

/// Bytes `b[at..at + 8]` as a little-endian integer.
#[inline]
fn u64_at(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[at..at + 8]);
    u64::from_le_bytes(w)
}

/// Bytes `b[at..at + 4]` as a little-endian integer.
#[inline]
fn u32_at(b: &[u8], at: usize) -> u64 {
    let mut w = [0u8; 4];
    w.copy_from_slice(&b[at..at + 4]);
    u64::from(u32::from_le_bytes(w))
}

/// Up to eight bytes `b` (`b.len() <= 8`) as a zero-padded little-endian
/// integer. Two overlapping reads cover 4 to 8 bytes: the second is shifted
/// right past the bytes the first already holds.
#[inline]
fn pack8(b: &[u8]) -> u64 {
    let n = b.len();
    if n >= 4 {
        u32_at(b, 0) | (u32_at(b, n - 4) >> (8 * (8 - n))) << 32
    } else if n > 0 {
        // One to three bytes: the first, middle and last byte cover them
        // all (overlapping bytes are OR-ed onto themselves).
        let at = |k: usize| u64::from(b[k]) << (8 * k);
        at(0) | at(n / 2) | at(n - 1)
    } else {
        0
    }
}

impl Packed {
    /// `word` packed, or `None` when it is empty or longer than 16 bytes.
    #[inline]
    pub(crate) fn new(word: &str) -> Option<Packed> {
        let b = word.as_bytes();
        let n = b.len();
        let (lo, hi) = match n {
            0 => return None,
            1..=8 => (pack8(b), 0),
            // The last eight bytes, shifted right past those in `lo`.
            9..=16 => (u64_at(b, 0), u64_at(b, n - 8) >> (8 * (16 - n))),
            _ => return None,
        };
        Some(Packed {
            lo,
            hi,
            len: n as u8,
        })
    }

    /// The bytes `A`..=`Z` of `w`, marked by their high bit (SWAR: eight
    /// bytes at once, no carries across bytes).
    #[inline]
    fn ascii_upper_mask(w: u64) -> u64 {
        const ONES: u64 = 0x0101_0101_0101_0101;
        const HIGH: u64 = ONES * 0x80;
        let low7 = w & !HIGH;
        // High bit set where the low seven bits are >= 'A', and where > 'Z'.
        let ge_a = low7 + ONES * (0x80 - u64::from(b'A'));
        let gt_z = low7 + ONES * (0x80 - u64::from(b'Z') - 1);
        ge_a & !gt_z & !w & HIGH
    }

    /// Whether the word has an ASCII capital letter.
    #[inline]
    pub(crate) fn has_ascii_upper(&self) -> bool {
        Packed::ascii_upper_mask(self.lo) | Packed::ascii_upper_mask(self.hi) != 0
    }

    /// The word with its ASCII capitals in lower case
    /// (`str::make_ascii_lowercase`).
    #[inline]
    pub(crate) fn to_ascii_lowercase(self) -> Packed {
        Packed {
            lo: self.lo | Packed::ascii_upper_mask(self.lo) >> 2,
            hi: self.hi | Packed::ascii_upper_mask(self.hi) >> 2,
            len: self.len,
        }
    }

    #[inline]
    fn hash(&self) -> u64 {
        (self.lo ^ self.hi.rotate_left(29) ^ u64::from(self.len))
            .wrapping_mul(0x9E37_79B9_7F4A_7C15)
            ^ self.hi.wrapping_mul(0xf135_7aea_2e62_a9c5)
    }
}

/// A read-only map of words to small values, for lookups on the hot path:
/// words of 1 to 16 bytes are found in an open-addressing table of packed
/// words (see [`Packed`]); other words in a hash map.
pub(crate) struct ShortWordMap<V> {
    /// A power of two slots, at most half full; `None` is free.
    slots: Vec<Option<(Packed, V)>>,
    /// The number of high hash bits that index `slots`.
    bits: u32,
    /// Whether any word has an ASCII capital letter.
    any_upper: bool,
    /// Every word, for the words the table does not hold.
    all: FnvMap<&'static str, V>,
}

impl<V: Copy> ShortWordMap<V> {
    pub(crate) fn new(all: FnvMap<&'static str, V>) -> ShortWordMap<V> {
        let bits = (all.len().max(1) * 2)
            .next_power_of_two()
            .trailing_zeros()
            .max(4);
        let mut map = ShortWordMap {
            slots: vec![None; 1 << bits],
            bits,
            any_upper: false,
            all,
        };
        for (&w, &v) in &map.all {
            if let Some(p) = Packed::new(w) {
                map.any_upper |= p.has_ascii_upper();
                let mut i = map.slot(&p);
                while map.slots[i].is_some() {
                    i = (i + 1) & (map.slots.len() - 1);
                }
                map.slots[i] = Some((p, v));
            }
        }
        map
    }

    #[inline]
    fn slot(&self, p: &Packed) -> usize {
        (p.hash() >> (64 - self.bits)) as usize
    }

    /// The value of a packed word.
    #[inline]
    pub(crate) fn get_packed(&self, p: Packed) -> Option<V> {
        let mut i = self.slot(&p);
        loop {
            match &self.slots[i] {
                Some((q, v)) if *q == p => return Some(*v),
                Some(_) => i = (i + 1) & (self.slots.len() - 1),
                None => return None,
            }
        }
    }

    /// The value of `word`.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        match Packed::new(word) {
            Some(p) => self.get_packed(p),
            None => self.all.get(word).copied(),
        }
    }

    /// Every word of the map.
    pub(crate) fn words(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.all.keys().copied()
    }

    /// Whether some word has an ASCII capital letter: if none has, a word
    /// with one is surely absent.
    #[inline]
    pub(crate) fn any_upper(&self) -> bool {
        self.any_upper
    }
}

/// A set of words from a data file.
pub(crate) type WordSet = HashSet<&'static str, BuildHasherDefault<WordHasher>>;

/// A map keyed by short strings on the hot path (named for the hasher it
/// first had).
pub(crate) type FnvMap<K, V> = HashMap<K, V, BuildHasherDefault<WordHasher>>;

pub(crate) struct Abbreviations {
    kinds: FnvMap<&'static str, AbbrevKind>,
    starters: WordSet,
}

impl Abbreviations {
    /// The kind of `word` (without its final period), if it is a known
    /// abbreviation. A title takes precedence over the other kinds.
    #[inline]
    pub(crate) fn kind(&self, word: &str) -> Option<AbbrevKind> {
        self.kinds.get(word).copied()
    }

    /// Whether `word` typically opens a sentence.
    #[inline]
    pub(crate) fn is_starter(&self, word: &str) -> bool {
        self.starters.contains(word)
    }
}

pub(crate) static ABBREVIATIONS: Lazy<Abbreviations> = Lazy::new(|| {
    let mut a = Abbreviations {
        kinds: HashMap::default(),
        starters: WordSet::default(),
    };
    for line in data_lines(ABBREVIATIONS_TSV) {
        let Some((cat, word)) = line.split_once('\t') else {
            continue;
        };
        let word = word.trim();
        let kind = match cat {
            "title" => AbbrevKind::Title,
            "number" | "month" => AbbrevKind::Number,
            "other" => AbbrevKind::Other,
            "starter" => {
                a.starters.insert(word);
                continue;
            }
            _ => continue,
        };
        let rank = |k: AbbrevKind| match k {
            AbbrevKind::Title => 0,
            AbbrevKind::Number => 1,
            AbbrevKind::Other => 2,
        };
        let entry = a.kinds.entry(word).or_insert(kind);
        if rank(kind) < rank(*entry) {
            *entry = kind;
        }
    }
    a
});

/// Lower-case words that stay lowercase in a headline-case line.
pub(crate) static SMALL_WORDS: Lazy<WordSet> =
    Lazy::new(|| data_lines(SMALL_WORDS_TXT).map(str::trim).collect());

/// Lower-case words that are never part of an author's name.
/// What a byline word that is never part of a name is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CreditKind {
    Agency,
    Role,
    Date,
    Other,
    /// A lower-case particle that may stand inside a name ("de", "van").
    Particle,
}

static BYLINE_WORDS: Lazy<FnvMap<&'static str, CreditKind>> = Lazy::new(|| {
    data_lines(BYLINE_WORDS_TSV)
        .filter_map(|l| {
            let (cat, word) = l.split_once('\t')?;
            let kind = match cat {
                "agency" => CreditKind::Agency,
                "role" => CreditKind::Role,
                "date" => CreditKind::Date,
                "other" => CreditKind::Other,
                "particle" => CreditKind::Particle,
                _ => return None,
            };
            Some((word.trim(), kind))
        })
        .collect()
});

/// The kind of a byline word, compared case-insensitively, if it is one.
pub(crate) fn credit_kind(word: &str) -> Option<CreditKind> {
    let mut buf = [0u8; 24];
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let lower = &mut buf[..bytes.len()];
    lower.copy_from_slice(bytes);
    lower.make_ascii_lowercase();
    BYLINE_WORDS.get(core::str::from_utf8(lower).ok()?).copied()
}

const SPEECH_VERBS_TXT: &str = include_str!("../data/speech_verbs.txt");
const CAPS_WORDS_TXT: &str = include_str!("../data/caps_words.txt");

/// Speech verbs in every inflection ("said", "says", "told", "warned").
/// Everyday words that an acronym may spell ("WHO", "US", "ICE"), in
/// capitals: in a headline in capitals they are the word, not the acronym.
pub(crate) static CAPS_WORDS: Lazy<WordSet> =
    Lazy::new(|| data_lines(CAPS_WORDS_TXT).map(str::trim).collect());

pub(crate) static SPEECH_VERBS: Lazy<WordSet> = Lazy::new(|| {
    data_lines(SPEECH_VERBS_TXT)
        .flat_map(str::split_whitespace)
        .collect()
});

/// [`SPEECH_VERBS`] in a [`ShortWordMap`], for lookups on the hot path.
static SPEECH_VERB_TABLE: Lazy<ShortWordMap<()>> =
    Lazy::new(|| ShortWordMap::new(SPEECH_VERBS.iter().map(|&w| (w, ())).collect()));

/// Whether `word` is a speech verb as written (`SPEECH_VERBS.contains`).
#[inline]
pub(crate) fn is_speech_verb(word: &str) -> bool {
    SPEECH_VERB_TABLE.get(word).is_some()
}

static KICKERS: Lazy<WordSet> = Lazy::new(|| data_lines(KICKERS_TXT).map(str::trim).collect());

/// Whether `label` is a section label or kicker ("OPINION", "Live
/// updates"), compared case-insensitively.
pub(crate) fn is_kicker(label: &str) -> bool {
    label.len() <= 40 && KICKERS.contains(label.trim().to_lowercase().as_str())
}

/// What a line made only of credit words holds.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct CreditLine {
    /// An agency or a role ("Reuters", "Senior Reporter").
    pub(crate) agency_or_role: bool,
    /// A date or time word ("March", "GMT", "Updated").
    pub(crate) date: bool,
    /// A number ("3", "14:05", "2024").
    pub(crate) number: bool,
}

/// Reads `s` as a line of credit words only (agencies, roles, dates,
/// numbers, joining words): `None` when any word is something else.
pub(crate) fn credit_line(s: &str) -> Option<CreditLine> {
    let mut line = CreditLine::default();
    let mut any = false;
    for w in s.split(crate::text::is_space).filter(|w| !w.is_empty()) {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.is_empty() {
            continue;
        }
        any = true;
        if bare
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/'))
        {
            line.number = true;
            continue;
        }
        match credit_kind(bare)? {
            CreditKind::Agency | CreditKind::Role => line.agency_or_role = true,
            CreditKind::Date => line.date = true,
            CreditKind::Other => {}
            CreditKind::Particle => return None,
        }
    }
    any.then_some(line)
}

/// Where a boilerplate cue must stand in the line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum CueAt {
    Line,
    Prefix,
    Contains,
}

#[derive(Clone, Copy, Debug)]
pub(crate) struct Cue {
    pub(crate) reason: BoilerplateReason,
    pub(crate) at: CueAt,
    pub(crate) weight: i32,
    /// The pattern as written, when it must match in that case.
    pub(crate) exact: Option<&'static str>,
}

/// The boilerplate cues compiled into one ASCII case-insensitive DFA; cues
/// that must match as written are checked against the matched text. The
/// DFA is walked byte by byte by its caller (see `boilerplate::score`),
/// which is faster than an overlapping search through `AhoCorasick`.
pub(crate) struct BoilerplateCues {
    pub(crate) automaton: Option<(aho_corasick::dfa::DFA, Vec<Cue>)>,
}

fn reason_from_str(s: &str) -> Option<BoilerplateReason> {
    Some(match s {
        "promotion" => BoilerplateReason::Promotion,
        "subscription" => BoilerplateReason::Subscription,
        "related" => BoilerplateReason::Related,
        "advertisement" => BoilerplateReason::Advertisement,
        "social" => BoilerplateReason::Social,
        "cookie_notice" => BoilerplateReason::CookieNotice,
        "copyright" => BoilerplateReason::Copyright,
        "photo_credit" => BoilerplateReason::PhotoCredit,
        "caption" => BoilerplateReason::Caption,
        "timestamp" => BoilerplateReason::Timestamp,
        "credit" => BoilerplateReason::Credit,
        "navigation" => BoilerplateReason::Navigation,
        _ => return None,
    })
}

/// Parses one line of `data/boilerplate.tsv`: (cue, case-sensitive, pattern).
fn parse_cue(line: &'static str) -> Option<(Cue, bool, &'static str)> {
    let mut cols = line.splitn(5, '\t');
    let reason = reason_from_str(cols.next()?)?;
    let at = match cols.next()? {
        "line" => CueAt::Line,
        "prefix" => CueAt::Prefix,
        "contains" => CueAt::Contains,
        _ => return None,
    };
    let weight = cols.next()?.parse().ok()?;
    let sensitive = match cols.next()? {
        "i" => false,
        "s" => true,
        _ => return None,
    };
    let pattern = cols.next()?;
    if pattern.is_empty() {
        return None;
    }
    let exact = sensitive.then_some(pattern);
    Some((
        Cue {
            reason,
            at,
            weight,
            exact,
        },
        sensitive,
        pattern,
    ))
}

pub(crate) static BOILERPLATE_CUES: Lazy<BoilerplateCues> = Lazy::new(|| {
    let cues: Vec<(Cue, &str)> = data_lines(BOILERPLATE_TSV)
        .filter_map(parse_cue)
        .map(|(cue, _, pattern)| (cue, pattern))
        .collect();
    // Overlapping search, so that every cue in a line counts; a DFA, because
    // every line of every article is scanned.
    let automaton = aho_corasick::dfa::DFA::builder()
        .match_kind(MatchKind::Standard)
        .ascii_case_insensitive(true)
        .start_kind(aho_corasick::StartKind::Unanchored)
        // No prefilter: start states are then never special states, and
        // the caller's loop needs no prefilter logic.
        .prefilter(false)
        .build(cues.iter().map(|(_, p)| p))
        .ok()
        .map(|ac| (ac, cues.into_iter().map(|(c, _)| c).collect()));
    BoilerplateCues { automaton }
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_data_line_parses() {
        for line in data_lines(BOILERPLATE_TSV) {
            assert!(parse_cue(line).is_some(), "bad boilerplate line: {line:?}");
        }
        for line in data_lines(ABBREVIATIONS_TSV) {
            let (cat, word) = line.split_once('\t').expect(line);
            assert!(
                ["title", "number", "month", "other", "starter"].contains(&cat),
                "bad category in {line:?}"
            );
            assert!(!word.is_empty() && !word.ends_with('.'), "{line:?}");
        }
        for line in data_lines(SMALL_WORDS_TXT)
            .chain(data_lines(BYLINE_WORDS_TSV))
            .chain(data_lines(KICKERS_TXT))
            .chain(data_lines(SPEECH_VERBS_TXT))
        {
            assert_eq!(
                line,
                line.trim().to_lowercase(),
                "word lists are lower case"
            );
        }
        // Every byline word has a known category, and none is listed twice.
        assert_eq!(BYLINE_WORDS.len(), data_lines(BYLINE_WORDS_TSV).count());
    }

    #[test]
    fn short_word_map_agrees_with_hash_map() {
        let words = [
            "a",
            "ab",
            "abc",
            "abcd",
            "abcde",
            "abcdefgh",
            "abcdefghi",
            "abcdefghijklmnop",
            "abcdefghijklmnopq",
            "Mixed",
            "über",
            "x\u{0}",
        ];
        let map: FnvMap<&'static str, usize> =
            words.iter().enumerate().map(|(i, w)| (*w, i)).collect();
        let short = ShortWordMap::new(map.clone());
        assert!(short.any_upper());
        let probes = [
            "",
            "a",
            "A",
            "ab",
            "abc",
            "abcd",
            "abcdE",
            "abcdefgh",
            "abcdefghi",
            "abcdefghj",
            "abcdefghijklmnop",
            "abcdefghijklmnoP",
            "abcdefghijklmnopq",
            "mixed",
            "Mixed",
            "über",
            "Über",
            "x",
            "x\u{0}",
            "x\u{0}\u{0}",
            "[@`{",
            "ABCDEFGHIJKLMNOP",
        ];
        for w in probes {
            assert_eq!(short.get(w), map.get(w).copied(), "{w:?}");
            if let Some(p) = Packed::new(w) {
                let lower = w.to_ascii_lowercase();
                assert!(
                    p.to_ascii_lowercase() == Packed::new(&lower).unwrap(),
                    "{w:?}"
                );
                assert_eq!(
                    p.has_ascii_upper(),
                    w.bytes().any(|b| b.is_ascii_uppercase()),
                    "{w:?}"
                );
            }
        }
    }

    #[test]
    fn automata_compile() {
        assert!(BOILERPLATE_CUES.automaton.is_some());
        assert_eq!(ABBREVIATIONS.kind("Mr"), Some(AbbrevKind::Title));
        assert_eq!(ABBREVIATIONS.kind("Jan"), Some(AbbrevKind::Number));
        assert_eq!(ABBREVIATIONS.kind("Inc"), Some(AbbrevKind::Other));
        assert!(ABBREVIATIONS.is_starter("The"));
    }
}
