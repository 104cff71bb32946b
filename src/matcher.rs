//! Finding a gazetteer's names in text: whole words, leftmost-longest.
//!
//! Two searchers share one pattern table. Gazetteers of up to
//! [`AUTOMATON_MAX_PATTERNS`] patterns (the default one has about 9,000) are
//! compiled into an Aho-Corasick automaton. Larger ones, such as a million
//! names exported from a knowledge base, would take seconds and gigabytes to
//! compile that way; they get a word index instead: a hash table of every
//! pattern and of every prefix of a pattern that ends at a word end, walked
//! word by word from each word start in the text. Both find the same
//! matches: the longest pattern at the leftmost word start that is a whole
//! word and that the caller accepts, then on from its end.

use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, Anchored, Input};
use aho_corasick::{MatchKind, StartKind};

use crate::lexicon::Fnv;
use crate::{Error, ErrorKind, MentionForm};

/// Pattern tables larger than this get a word index, not an automaton.
pub(crate) const AUTOMATON_MAX_PATTERNS: usize = 20_000;

/// What one pattern stands for.
#[derive(Clone, Copy, Debug)]
pub(crate) struct PatternInfo {
    /// Index into the gazetteer's entries.
    pub(crate) entry: u32,
    pub(crate) form: MentionForm,
    /// The pattern is the ALL-CAPS spelling of a form written otherwise: it
    /// counts only where the caller accepts capitals.
    pub(crate) caps_only: bool,
}

/// FNV-1a over bytes (the crate's hasher), extended a piece at a time.
#[derive(Clone, Copy)]
struct Fnv1a(Fnv);

impl Fnv1a {
    const START: Fnv1a = Fnv1a(Fnv::START);

    #[inline]
    fn feed(mut self, bytes: &[u8]) -> Fnv1a {
        self.0.write(bytes);
        self
    }

    #[inline]
    fn hash(self) -> u64 {
        self.0.finish()
    }
}

/// The table's keys are already hashes: mix them once and use them.
#[derive(Default)]
struct Prehashed(u64);

impl Hasher for Prehashed {
    #[inline]
    fn finish(&self) -> u64 {
        self.0
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0.rotate_left(8) ^ u64::from(b)).wrapping_mul(0x9e37_79b9_7f4a_7c15);
        }
    }

    #[inline]
    fn write_u64(&mut self, n: u64) {
        self.0 = n.wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

type HashTable = HashMap<u64, u32, BuildHasherDefault<Prehashed>>;

/// A slot's value: the pattern with this hash (or `NO_PATTERN`), and
/// whether a longer pattern goes on from here.
const PREFIX: u32 = 1 << 31;
const NO_PATTERN: u32 = PREFIX - 1;

/// The maximal runs of letters and digits are words; every other character
/// is a token of its own. Spaces are tokens too: names match with the
/// spacing they are written with.
#[inline]
fn token_end(s: &str, start: usize) -> usize {
    let mut chars = s[start..].char_indices();
    match chars.next() {
        Some((_, c)) if c.is_alphanumeric() => chars
            .find(|&(_, c)| !c.is_alphanumeric())
            .map_or(s.len(), |(i, _)| start + i),
        Some((_, c)) => start + c.len_utf8(),
        None => start,
    }
}

#[inline]
fn is_word_token(s: &str, start: usize) -> bool {
    s[start..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Every distinct pattern once, with what it stands for.
#[derive(Default)]
pub(crate) struct PatternTable {
    /// The pattern texts, one after another.
    arena: String,
    /// Each pattern's range in `arena`.
    ranges: Vec<(u32, u32)>,
    pub(crate) info: Vec<PatternInfo>,
    /// Hash of a pattern (or of a prefix of one) to its slot value.
    slots: HashTable,
    /// Patterns whose hash another pattern had first, chained from it.
    next: Vec<u32>,
    /// The longest pattern, in bytes.
    max_len: usize,
    /// The longest run of non-word tokens inside a pattern.
    max_gap: usize,
}

impl PatternTable {
    /// A table with room for about `patterns` patterns.
    pub(crate) fn with_capacity(patterns: usize) -> PatternTable {
        let mut t = PatternTable::default();
        t.ranges.reserve(patterns);
        t.info.reserve(patterns);
        t.next.reserve(patterns);
        t.slots.reserve(patterns);
        t.arena.reserve(patterns * 12);
        t
    }

    pub(crate) fn len(&self) -> usize {
        self.info.len()
    }

    fn pattern(&self, k: u32) -> &str {
        let (start, len) = self.ranges[k as usize];
        &self.arena[start as usize..(start + len) as usize]
    }

    /// The pattern equal to `text` among those with its hash.
    fn find(&self, hash: u64, text: &str) -> Option<u32> {
        let slot = *self.slots.get(&hash)?;
        let mut k = slot & NO_PATTERN;
        while k != NO_PATTERN {
            if self.pattern(k) == text {
                return Some(k);
            }
            k = self.next[k as usize];
        }
        None
    }

    /// Adds `pattern`. A pattern added before keeps its place; its
    /// information is replaced when `replace(old)` says so.
    pub(crate) fn add(
        &mut self,
        pattern: &str,
        info: PatternInfo,
        replace: impl Fn(&PatternInfo) -> bool,
    ) -> Result<(), Error> {
        let hash = Fnv1a::START.feed(pattern.as_bytes()).hash();
        if let Some(k) = self.find(hash, pattern) {
            let old = &mut self.info[k as usize];
            if replace(old) {
                *old = info;
            }
            return Ok(());
        }
        let too_many = || {
            Error::new(ErrorKind::Gazetteer {
                line: 0,
                reason: format!("too many names to compile (more than {NO_PATTERN})"),
            })
        };
        let k = u32::try_from(self.info.len())
            .ok()
            .filter(|&k| k < NO_PATTERN)
            .ok_or_else(too_many)?;
        let start = u32::try_from(self.arena.len()).map_err(|_| too_many())?;
        let len = u32::try_from(pattern.len()).map_err(|_| too_many())?;
        start.checked_add(len).ok_or_else(too_many)?;
        self.arena.push_str(pattern);
        self.ranges.push((start, len));
        self.info.push(info);
        let slot = self.slots.entry(hash).or_insert(NO_PATTERN);
        self.next.push(*slot & NO_PATTERN);
        *slot = (*slot & PREFIX) | k;
        self.max_len = self.max_len.max(pattern.len());
        Ok(())
    }

    /// Marks the prefixes of every pattern that end at a word end, and the
    /// first token of those that start with a non-word character, for the
    /// word index.
    fn index_prefixes(&mut self) {
        let mut max_gap = 0;
        for k in 0..self.ranges.len() {
            let (start, len) = self.ranges[k];
            let p = &self.arena[start as usize..(start + len) as usize];
            let mut h = Fnv1a::START;
            let mut pos = 0;
            let mut gap = 0;
            while pos < p.len() {
                let end = token_end(p, pos);
                let word = is_word_token(p, pos);
                h = h.feed(&p.as_bytes()[pos..end]);
                if end < p.len() && (word || pos == 0) {
                    *self.slots.entry(h.hash()).or_insert(NO_PATTERN) |= PREFIX;
                }
                gap = if word { 0 } else { gap + 1 };
                max_gap = usize::max(max_gap, gap);
                pos = end;
            }
        }
        self.max_gap = max_gap;
    }
}

/// The first bytes of the patterns: where the automaton need not be run at
/// all.
pub(crate) struct Starts {
    /// Bit `b1` of entry `b0`: some pattern starts with bytes `b0 b1`, or
    /// is the single byte `b0` (all bits then).
    pairs: [[u64; 4]; 256],
    /// Some pattern starts with the byte (at the end of the text, where no
    /// second byte follows).
    first: [bool; 256],
    /// Bit `b1` of entry `b0`: a pattern of at most three bytes starts
    /// with `b0 b1` (or is `b0`): then `quads` says nothing.
    short: [[u64; 4]; 256],
    /// The first four bytes of every longer pattern, hashed into a set of
    /// `1 << QUAD_BITS` bits: most words that start like some pattern
    /// differ from all of them within four bytes ("The" and "Thailand").
    quads: Vec<u64>,
}

/// The size of [`Starts::quads`], in bits (a power of two: 32 KB).
const QUAD_BITS: u32 = 18;

impl Default for Starts {
    fn default() -> Starts {
        Starts {
            pairs: [[0; 4]; 256],
            first: [false; 256],
            short: [[0; 4]; 256],
            quads: vec![0; 1 << (QUAD_BITS - 6)],
        }
    }
}

/// The bit of [`Starts::quads`] for the four bytes at `at`.
#[inline]
fn quad_bit(bytes: &[u8], at: usize) -> Option<usize> {
    let quad = bytes.get(at..at + 4)?;
    let mut w = [0u8; 4];
    w.copy_from_slice(quad);
    let h = u32::from_le_bytes(w).wrapping_mul(0x9E37_79B1);
    Some((h >> (32 - QUAD_BITS)) as usize)
}

impl Starts {
    fn add(&mut self, pattern: &[u8]) {
        match *pattern {
            [] => {}
            [b0] => {
                self.first[usize::from(b0)] = true;
                self.pairs[usize::from(b0)] = [u64::MAX; 4];
                self.short[usize::from(b0)] = [u64::MAX; 4];
            }
            [b0, b1, ..] => {
                self.first[usize::from(b0)] = true;
                self.pairs[usize::from(b0)][usize::from(b1 >> 6)] |= 1 << (b1 & 63);
                match quad_bit(pattern, 0) {
                    Some(bit) => self.quads[bit >> 6] |= 1 << (bit & 63),
                    None => self.short[usize::from(b0)][usize::from(b1 >> 6)] |= 1 << (b1 & 63),
                }
            }
        }
    }

    /// Whether some pattern may start at `bytes[p..]`.
    #[inline]
    fn may_match(&self, bytes: &[u8], p: usize) -> bool {
        let b0 = usize::from(bytes[p]);
        let Some(&b1) = bytes.get(p + 1) else {
            return self.first[b0];
        };
        let (word, bit) = (usize::from(b1 >> 6), 1 << (b1 & 63));
        if self.pairs[b0][word] & bit == 0 {
            return false;
        }
        // A pattern of four bytes or more needs its first four here.
        if self.short[b0][word] & bit != 0 {
            return true;
        }
        quad_bit(bytes, p).map_or(true, |q| self.quads[q >> 6] & (1 << (q & 63)) != 0)
    }
}

/// A compiled gazetteer's searcher.
pub(crate) enum Matcher {
    /// Nothing to find.
    Empty,
    /// The automaton, the patterns' information, and how patterns start.
    Automaton(AhoCorasick, PatternTable, Box<Starts>),
    Words(PatternTable),
}

impl Matcher {
    pub(crate) fn new(mut table: PatternTable) -> Result<Matcher, Error> {
        if table.len() == 0 {
            return Ok(Matcher::Empty);
        }
        if table.len() > AUTOMATON_MAX_PATTERNS {
            table.index_prefixes();
            table.slots.shrink_to_fit();
            return Ok(Matcher::Words(table));
        }
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::LeftmostLongest)
            // Anchored searches find a shorter name where the longest runs
            // into a longer word.
            .start_kind(StartKind::Both)
            // A DFA searches about twice as fast but takes ten times longer
            // to build (250 ms for the default gazetteer).
            .kind(Some(AhoCorasickKind::ContiguousNFA))
            .build((0..table.len() as u32).map(|k| table.pattern(k)))
            .map_err(|e| {
                Error::new(ErrorKind::Gazetteer {
                    line: 0,
                    reason: format!("cannot compile {} names: {e}", table.len()),
                })
            })?;
        let mut starts = Box::new(Starts::default());
        for k in 0..table.len() as u32 {
            starts.add(table.pattern(k).as_bytes());
        }
        // The automaton holds the patterns; the hash table is not needed.
        table.slots = HashTable::default();
        table.next = Vec::new();
        table.arena = String::new();
        table.ranges = Vec::new();
        Ok(Matcher::Automaton(ac, table, starts))
    }

    pub(crate) fn pattern_count(&self) -> usize {
        match self {
            Matcher::Empty => 0,
            Matcher::Automaton(_, t, _) | Matcher::Words(t) => t.len(),
        }
    }

    /// Calls `emit` with each name found in `s` (start, end, what it is), in
    /// order and never overlapping: at the leftmost position, the longest
    /// pattern that is a whole word and that `accept` takes.
    pub(crate) fn scan(
        &self,
        s: &str,
        accept: &mut dyn FnMut(usize, usize, &PatternInfo) -> bool,
        emit: &mut dyn FnMut(usize, usize, PatternInfo),
    ) {
        match self {
            Matcher::Empty => {}
            Matcher::Automaton(ac, table, starts) => {
                scan_automaton(ac, &table.info, starts, s, accept, emit)
            }
            Matcher::Words(table) => scan_words(table, s, accept, emit),
        }
    }
}

/// Leftmost-longest, as an unanchored search from `pos` would find, but
/// with anchored searches at the only places where a whole-word match can
/// start: a byte that some pattern starts with, not inside a word (a
/// pattern starting with a letter or digit needs none before it). An
/// unanchored search visits every byte with the automaton; most words
/// start with no pattern's first byte, and the anchored search at the
/// others stops after a few bytes.
fn scan_automaton(
    ac: &AhoCorasick,
    info: &[PatternInfo],
    starts: &Starts,
    s: &str,
    accept: &mut dyn FnMut(usize, usize, &PatternInfo) -> bool,
    emit: &mut dyn FnMut(usize, usize, PatternInfo),
) {
    let mut ok = |m: &aho_corasick::Match| {
        whole_word(s, m.start(), m.end())
            && accept(m.start(), m.end(), &info[m.pattern().as_usize()])
    };
    let mut pos = 0;
    while pos < s.len() {
        let Some(start) = next_start(s, starts, pos) else {
            break;
        };
        let input = Input::new(s).span(start..s.len()).anchored(Anchored::Yes);
        let Some(m) = ac.find(input) else {
            pos = start + s[start..].chars().next().map_or(1, char::len_utf8);
            continue;
        };
        // The longest name here may run into a longer word ("Sub-Saharan
        // Africa" in "Sub-Saharan African"): then a shorter name at the same
        // start may still be whole ("Sub-Saharan"), and a name may start
        // inside it ("African").
        let mut found = ok(&m).then_some(m);
        let mut limit = m.end();
        while found.is_none() && limit > m.start() + 1 {
            let input = Input::new(s)
                .span(m.start()..limit - 1)
                .anchored(Anchored::Yes);
            match ac.find(input) {
                Some(shorter) if ok(&shorter) => found = Some(shorter),
                Some(shorter) => limit = shorter.end(),
                None => break,
            }
        }
        match found {
            Some(m) => {
                emit(m.start(), m.end(), info[m.pattern().as_usize()]);
                pos = m.end();
            }
            None => pos = m.start() + s[m.start()..].chars().next().map_or(1, char::len_utf8),
        }
    }
}

fn scan_words(
    table: &PatternTable,
    s: &str,
    accept: &mut dyn FnMut(usize, usize, &PatternInfo) -> bool,
    emit: &mut dyn FnMut(usize, usize, PatternInfo),
) {
    // Candidate ends at one start, longest last.
    let mut found: Vec<(usize, u32)> = Vec::new();
    let mut pos = 0;
    while pos < s.len() {
        let first_end = token_end(s, pos);
        if s[pos..].starts_with(char::is_whitespace) {
            pos = first_end;
            continue;
        }
        // Walk the tokens from `pos` while the text read so far is a prefix
        // of some pattern.
        found.clear();
        let mut h = Fnv1a::START;
        let (mut end, mut gap) = (pos, 0);
        while end < s.len() && end - pos < table.max_len {
            let start = end;
            end = token_end(s, start);
            let word = is_word_token(s, start);
            h = h.feed(&s.as_bytes()[start..end]);
            gap = if word { 0 } else { gap + 1 };
            let slot = table.slots.get(&h.hash()).copied();
            if slot.is_some_and(|v| v & NO_PATTERN != NO_PATTERN) {
                if let Some(k) = table.find(h.hash(), &s[pos..end]) {
                    found.push((end, k));
                }
            }
            let goes_on = if word || start == pos {
                slot.is_some_and(|v| v & PREFIX != 0)
            } else {
                gap <= table.max_gap
            };
            if !goes_on {
                break;
            }
        }
        let hit = found.iter().rev().find(|&&(end, k)| {
            whole_word(s, pos, end) && accept(pos, end, &table.info[k as usize])
        });
        match hit {
            Some(&(end, k)) => {
                emit(pos, end, table.info[k as usize]);
                pos = end;
            }
            None => pos = first_end,
        }
    }
}

/// The first position from `pos` on where a whole-word match may start:
/// where some pattern starts (see [`Starts`]), and not after a letter or
/// digit unless the character there is neither.
///
/// Eight bytes at a time, only the bytes that may be such a position are
/// looked at: the first letter or digit of a run of ASCII letters and
/// digits, and any byte that is neither nor a space (when no pattern
/// starts with a space). Inside a word of ASCII letters and digits no
/// whole word starts. The last bytes, fewer than eight, are looked at one
/// by one.
#[inline]
fn next_start(s: &str, starts: &Starts, pos: usize) -> Option<usize> {
    let bytes = s.as_bytes();
    let mut p = pos;
    let skip_spaces = !starts.first[usize::from(b' ')];
    let mut alnum_before = p > 0 && bytes.get(p - 1).is_some_and(u8::is_ascii_alphanumeric);
    while let Some(chunk) = bytes.get(p..p + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(chunk);
        let x = u64::from_le_bytes(w);
        let alnum = swar::ascii_alnum(x);
        let before = (alnum << 8) | if alnum_before { swar::HIGH & 0xff } else { 0 };
        let mut others = !alnum & swar::HIGH;
        if skip_spaces {
            others &= !swar::eq(x, b' ');
        }
        let mut candidates = (alnum & !before) | others;
        while candidates != 0 {
            let q = p + (candidates.trailing_zeros() / 8) as usize;
            candidates &= candidates - 1;
            if starts.first[usize::from(bytes[q])] && starts_here(s, starts, q) {
                return Some(q);
            }
        }
        alnum_before = alnum >> 63 != 0;
        p += 8;
    }
    loop {
        // A tight loop over the bytes no pattern starts with (most of them).
        p += bytes
            .get(p..)?
            .iter()
            .position(|&b| starts.first[usize::from(b)])?;
        if starts_here(s, starts, p) {
            return Some(p);
        }
        // The next byte may be inside the character: no pattern starts there.
        p += 1;
    }
}

/// Whether a whole-word match may start at `p`, which holds a pattern's
/// first byte (so it starts a character): see [`next_start`].
#[inline(always)]
fn starts_here(s: &str, starts: &Starts, p: usize) -> bool {
    let bytes = s.as_bytes();
    if !starts.may_match(bytes, p) {
        return false;
    }
    let alnum_before = match p.checked_sub(1).map(|q| bytes[q]) {
        None => false,
        Some(b) if b < 0x80 => b.is_ascii_alphanumeric(),
        Some(_) => s[..p]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric),
    };
    !alnum_before || !s[p..].chars().next().is_some_and(char::is_alphanumeric)
}

/// Eight bytes at once in a `u64` (little-endian: the first byte lowest),
/// each answer in the high bit of its byte.
mod swar {
    /// `0x01` in every byte.
    const ONES: u64 = 0x0101_0101_0101_0101;
    /// The high bit of every byte.
    pub(super) const HIGH: u64 = ONES * 0x80;

    /// The ASCII letters and digits of `x`.
    #[inline]
    pub(super) fn ascii_alnum(x: u64) -> u64 {
        let low7 = x & !HIGH;
        // Capitals folded onto lower case: a letter is then `a..=z`.
        let folded = low7 | (ONES * 0x20);
        // The high bit of each sum says whether the byte is at least the
        // bound (no byte carries into the next: all sums stay below 0x100).
        let letter = (folded + ONES * (0x80 - 0x61)) & !(folded + ONES * (0x80 - 0x7b));
        let digit = (low7 + ONES * (0x80 - 0x30)) & !(low7 + ONES * (0x80 - 0x3a));
        (letter | digit) & !x & HIGH
    }

    /// The bytes of `x` equal to `b`.
    #[inline]
    pub(super) fn eq(x: u64, b: u8) -> u64 {
        let y = x ^ (ONES * u64::from(b));
        // The high bit of a byte of `y` that is not zero, exactly.
        let nonzero = ((y & !HIGH) + !HIGH) | y;
        !nonzero & HIGH
    }
}

/// The match `start..end` of `s` is not part of a longer word: no letter or
/// digit touches it on either side. Hyphens and apostrophes do not join
/// ("U.S.-supplied", "Kyiv-based", "Biden’s").
pub(crate) fn whole_word(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    let first = s[start..end].chars().next();
    let last = s[start..end].chars().next_back();
    let joins = |c: Option<char>, edge: Option<char>| {
        c.is_some_and(char::is_alphanumeric) && edge.is_some_and(char::is_alphanumeric)
    };
    !joins(before, first) && !joins(after, last)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(patterns: &[&str]) -> PatternTable {
        let mut t = PatternTable::default();
        for (i, p) in patterns.iter().enumerate() {
            let info = PatternInfo {
                entry: i as u32,
                form: MentionForm::Name,
                caps_only: false,
            };
            t.add(p, info, |_| true).unwrap();
        }
        t
    }

    /// Both searchers over the same patterns give the same matches.
    fn both(patterns: &[&str], text: &str) -> Vec<String> {
        let mut results = Vec::new();
        for words in [false, true] {
            let mut t = table(patterns);
            let m = if words {
                t.index_prefixes();
                Matcher::Words(t)
            } else {
                Matcher::new(t).unwrap()
            };
            let mut out = Vec::new();
            m.scan(text, &mut |_, _, _| true, &mut |a, b, _| {
                out.push(text[a..b].to_string())
            });
            results.push(out);
        }
        assert_eq!(
            results[0], results[1],
            "automaton vs word index on {text:?}"
        );
        results.pop().unwrap()
    }

    #[test]
    fn word_index_matches_like_the_automaton() {
        let pats = [
            "New York",
            "New York Times",
            "The New York Times",
            "York",
            "U.S.",
            "US",
            "Sub-Saharan Africa",
            "Sub-Saharan",
            "African",
            "Washington, D.C.",
            "Côte d'Ivoire",
            "#MeToo",
            "...",
        ];
        let cases: &[(&str, &[&str])] = &[
            ("The New York Times said", &["The New York Times"]),
            ("in New York today", &["New York"]),
            ("Yorkshire and York", &["York"]),
            ("U.S.-supplied arms", &["U.S."]),
            ("USA and US", &["US"]),
            ("Sub-Saharan African states", &["Sub-Saharan", "African"]),
            ("to Washington, D.C. and", &["Washington, D.C."]),
            ("Washington, DC", &[]),
            ("in Côte d'Ivoire.", &["Côte d'Ivoire"]),
            ("the #MeToo era", &["#MeToo"]),
            ("wait..... what", &["..."]),
            ("New  York", &["York"]),
        ];
        for (text, want) in cases {
            assert_eq!(both(&pats, text), *want, "{text}");
        }
    }

    #[test]
    fn hash_collisions_and_duplicates_are_harmless() {
        let mut t = table(&["Kyiv", "Kyiv"]);
        assert_eq!(t.len(), 1);
        t.index_prefixes();
        let m = Matcher::Words(t);
        let mut out = Vec::new();
        m.scan("Kyiv, Kyivan", &mut |_, _, _| true, &mut |a, b, i| {
            out.push((a, b, i.entry))
        });
        assert_eq!(out, [(0, 4, 1)]);
    }

    #[test]
    fn long_runs_of_punctuation_stay_cheap() {
        let t = {
            let mut t = table(&["A.B.", "x - y"]);
            t.index_prefixes();
            t
        };
        assert_eq!(t.max_gap, 3);
        let text = ".".repeat(10_000);
        let m = Matcher::Words(t);
        let mut n = 0;
        m.scan(&text, &mut |_, _, _| true, &mut |_, _, _| n += 1);
        assert_eq!(n, 0);
    }

    proptest::proptest! {
        #[test]
        fn word_index_agrees_with_the_automaton(
            pieces in proptest::collection::vec(
                proptest::sample::select(vec![
                    "New", "York", " ", "  ", ".", "U", "S", "-", "Times", "é", "ab", "’s", ",", "D", "C",
                ]),
                0..40,
            )
        ) {
            let text: String = pieces.concat();
            both(
                &["New York", "New York Times", "York", "U.S.", "US", "U.S", "D.C.", "Washington, D.C.", "ab-ab", "é", "S"],
                &text,
            );
        }
    }
}
