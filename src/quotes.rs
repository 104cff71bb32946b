//! Stage 6: quotes. Quote marks paired per paragraph (across paragraphs for
//! the multi-paragraph convention), each quotation classified as direct or
//! partial and attributed from the words next to it, then reported speech
//! found from speech verbs and "according to", and every speaker resolved
//! to an entity: by its mention, or for a pronoun by the person last
//! speaking or last named.
//!
//! Every step looks at a bounded window of words around a mark or a verb,
//! and each paragraph is tokenized once, so the stage is linear in the
//! input.

use once_cell::sync::Lazy;

use crate::entities;
use crate::gender::{self, Gender};
use crate::lexicon::{data_lines, FnvMap, Packed, ShortWordMap, SPEECH_VERBS};
use crate::text::is_terminal;
use crate::tokens::Tokens;
use crate::{Article, Cue, EntityKind, MentionForm, Quote, QuoteKind, Span, Speaker};

const QUOTE_WORDS_TSV: &str = include_str!("../data/quote_words.tsv");

const PRONOUN: u32 = 1;
const GROUP: u32 = 1 << 1;
const AUX: u32 = 1 << 2;
const DET: u32 = 1 << 3;
const TITLE: u32 = 1 << 4;
const ELISION: u32 = 1 << 5;
const CLAUSE: u32 = 1 << 6;
const FINITE: u32 = 1 << 7;
const OBJECT: u32 = 1 << 8;
const SPEECH: u32 = 1 << 9;
const STOP: u32 = 1 << 10;
const NOUN: u32 = 1 << 11;
const ROLE: u32 = 1 << 12;
const ORGNOUN: u32 = 1 << 13;
const POSTNOMINAL: u32 = 1 << 14;
const TIME: u32 = 1 << 15;
const MEDIUM: u32 = 1 << 16;
const SETTING: u32 = 1 << 17;
const BE: u32 = 1 << 18;
const SPOKES: u32 = 1 << 19;
const LABEL: u32 = 1 << 20;
const PREP: u32 = 1 << 21;
const QUESTION: u32 = 1 << 22;
const DATA: u32 = 1 << 23;
const KIN: u32 = 1 << 24;
const EPITHET: u32 = 1 << 25;
const DOCUMENT: u32 = 1 << 26;
const TELL: u32 = 1 << 27;
const TO_OUTLET: u32 = 1 << 28;
const OUTLET: u32 = 1 << 29;
const FRONTING: u32 = 1 << 30;
/// A verb of what a speaker does besides speaking: after "and" or "but"
/// it ends a reported clause ("… but condemned the violence").
const ACT: u32 = 1 << 31;

/// A speaker phrase has at most this many words.
const MAX_SPEAKER_WORDS: usize = 8;
/// A speech verb lies within this many words of the quote it attributes.
const ATTRIBUTION_WINDOW: usize = 8;
/// A verb that labels a partial quote ("described it as") lies within
/// this many words before it.
const LABEL_WINDOW: usize = 8;
/// "that" lies within this many words after a speech verb.
const THAT_WINDOW: usize = 14;
/// A clause reported without "that" has a verb within this many words.
const CLAUSE_WINDOW: usize = 16;
/// A phrase that hangs off the speaker is looked for this many words into
/// a reported clause.
const MAX_CLAUSE_WORDS: usize = 50;
/// How far ahead (in bytes) a possible closing single quote looks for a
/// better one ("the players’ union").
const POSSESSIVE_LOOKAHEAD: usize = 300;
/// Quote marks nest at most this deep; deeper ones are ignored.
const MAX_DEPTH: usize = 8;
/// A follow-on quote keeps the speaker of a quote at most this many
/// paragraphs back.
const FOLLOW_ON_PARAGRAPHS: usize = 2;

/// The category flags of every word in the quote vocabulary and of every
/// speech verb, by their lower-case spelling.
static WORDS: Lazy<ShortWordMap<u32>> = Lazy::new(|| {
    let mut map: FnvMap<&'static str, u32> = FnvMap::default();
    for line in data_lines(QUOTE_WORDS_TSV) {
        let mut fields = line.split('\t');
        let (Some(cat), Some(word)) = (fields.next(), fields.next()) else {
            continue;
        };
        let flag = match cat.trim() {
            "pronoun" => PRONOUN,
            "group" => GROUP,
            "aux" => AUX,
            "det" => DET,
            "title" => TITLE,
            "elision" => ELISION,
            "clause" => CLAUSE,
            "finite" => FINITE,
            "object" => OBJECT,
            "stop" => STOP,
            "noun" => NOUN,
            // Role and organization nouns head speaker phrases too.
            "role" => ROLE | GROUP,
            "orgnoun" => ORGNOUN | GROUP,
            "postnominal" => POSTNOMINAL,
            "time" => TIME,
            "medium" => MEDIUM,
            "setting" => SETTING,
            "be" => BE,
            // Spokesperson nouns head speaker phrases too.
            "spokes" => SPOKES | GROUP,
            "label" => LABEL,
            "prep" => PREP,
            "question" => QUESTION,
            "data" => DATA,
            // Kinship nouns head speaker phrases too ("his sister said").
            "kin" => KIN | GROUP,
            // So do epithets ("the new champion said").
            "epithet" => EPITHET | GROUP,
            "document" => DOCUMENT,
            "tell" => TELL,
            "to_outlet" => TO_OUTLET,
            "outlet" => OUTLET | ORGNOUN | GROUP,
            "fronting" => FRONTING,
            "act" => ACT,
            _ => continue,
        };
        *map.entry(word.trim()).or_default() |= flag;
        // A role's other spellings of four letters or more are role nouns
        // too ("the justice", "the congresswoman"), not its abbreviations.
        if flag & ROLE != 0 {
            for spelling in fields.map(str::trim).filter(|w| w.len() >= 4) {
                *map.entry(spelling).or_default() |= flag;
            }
        }
    }
    for verb in SPEECH_VERBS.iter() {
        *map.entry(verb).or_default() |= SPEECH;
    }
    ShortWordMap::new(map)
});

/// The rows of `data/quote_words.tsv` of one category whose first field
/// is a word followed by a list: each word with the rest of its row.
fn listed(
    category: &'static str,
) -> impl Iterator<Item = (&'static str, impl Iterator<Item = &'static str>)> {
    data_lines(QUOTE_WORDS_TSV).filter_map(move |line| {
        let mut fields = line.split('\t').map(str::trim);
        if fields.next() != Some(category) {
            return None;
        }
        let word = fields.next()?;
        Some((word, fields))
    })
}

/// For an organization noun that says what kind of organization it is
/// ("the airline", "the agency"), the words that end such organizations'
/// names ("Airlines", "Airways"; "Agency", "Administration").
/// The words of one category of `data/quote_words.tsv` whose entries may
/// hold spaces ("knowledge of"), in file order.
fn phrases(category: &'static str) -> Vec<&'static str> {
    listed(category).map(|(word, _)| word).collect()
}

/// What marks unnamed sources ("people familiar with the matter",
/// "sources close to the talks").
static SOURCE_PHRASES: Lazy<Vec<&'static str>> = Lazy::new(|| phrases("source_phrase"));

/// Number words beyond the counts of partitives ("thirty", "dozens"):
/// before a speech verb's form, they make it a noun ("Thirty states").
static NUMBER_WORDS: Lazy<Vec<&'static str>> = Lazy::new(|| phrases("number"));

/// Nouns for unnamed sources ("one of the sources", "the insider").
static SOURCE_NOUNS: Lazy<Vec<&'static str>> = Lazy::new(|| phrases("source_noun"));

/// Words that link a data noun to its source ("estimates from", "data
/// compiled by").
static DATA_LINKS: Lazy<Vec<&'static str>> = Lazy::new(|| phrases("data_link"));

/// Number words of a partitive that counts ("one of the people").
static COUNTS: Lazy<Vec<&'static str>> = Lazy::new(|| phrases("count"));

static ORG_TYPES: Lazy<FnvMap<&'static str, Vec<&'static str>>> = Lazy::new(|| {
    let mut map: FnvMap<&'static str, Vec<&'static str>> = FnvMap::default();
    for (noun, heads) in listed("orgtype") {
        map.entry(noun).or_default().extend(heads);
    }
    map
});

/// The gender of each kinship noun that tells one ("sister", "husband").
static KIN_GENDERS: Lazy<FnvMap<&'static str, Gender>> = Lazy::new(|| {
    listed("kin")
        .filter_map(|(noun, mut rest)| Some((noun, gender::of_tag(rest.next()?)?)))
        .collect()
});

/// The gender of each epithet that tells one ("actress").
static EPITHET_GENDERS: Lazy<FnvMap<&'static str, Gender>> = Lazy::new(|| {
    listed("epithet")
        .filter_map(|(noun, mut rest)| Some((noun, gender::of_tag(rest.next()?)?)))
        .collect()
});

/// Every spelling of a role noun in a title ("gov", "governor"), lower
/// case and without periods, with the role noun it stands for. A spelling
/// may stand for more than one role ("secretary": a secretary, and in
/// "Health Secretary" a minister); the role named by the spelling itself
/// comes first.
static ROLES: Lazy<FnvMap<&'static str, Vec<&'static str>>> = Lazy::new(|| {
    let mut map: FnvMap<&'static str, Vec<&'static str>> = FnvMap::default();
    for (noun, spellings) in listed("role") {
        map.entry(noun).or_default().insert(0, noun);
        for spelling in spellings {
            let roles = map.entry(spelling).or_default();
            if !roles.contains(&noun) {
                roles.push(noun);
            }
        }
    }
    map
});

/// The role nouns a title names ("Det Insp" → detective, inspector;
/// "Foreign Minister" → minister).
fn title_roles(title: &str) -> impl Iterator<Item = &'static str> + '_ {
    title
        .split_whitespace()
        .filter_map(|w| {
            let w = w.trim_end_matches('.');
            let mut buf = [0u8; 24];
            let lower = buf.get_mut(..w.len())?;
            lower.copy_from_slice(w.as_bytes());
            lower.make_ascii_lowercase();
            ROLES.get(core::str::from_utf8(lower).ok()?)
        })
        .flatten()
        .copied()
}

/// The role noun `word` stands for, if it is one ("chairwoman" → chairman).
fn role_of(word: &str) -> Option<&'static str> {
    title_roles(word).next()
}

/// Every word of the quote vocabulary (as [`flags`] looks them up), for
/// the shared lexicon of `tokens.rs`.
pub(crate) fn vocabulary() -> impl Iterator<Item = &'static str> {
    WORDS.words()
}

/// The flags of `word`, looked up in lower case.
pub(crate) fn flags(word: &str) -> u32 {
    // Most words: packed once, then at most two probes of the table.
    if let Some(p) = Packed::new(word) {
        let upper = p.has_ascii_upper();
        if !upper || WORDS.any_upper() {
            if let Some(f) = WORDS.get_packed(p) {
                return f;
            }
        }
        if !upper {
            return 0;
        }
        return WORDS.get_packed(p.to_ascii_lowercase()).unwrap_or(0);
    }
    if let Some(f) = WORDS.get(word) {
        return f;
    }
    if word.len() > 24 || !word.bytes().any(|b| b.is_ascii_uppercase()) {
        return 0;
    }
    let mut buf = [0u8; 24];
    let lower = &mut buf[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    core::str::from_utf8(lower)
        .ok()
        .and_then(|w| WORDS.get(w))
        .unwrap_or(0)
}

// ---------------------------------------------------------------------------
// Words

/// A word of a paragraph: letters and digits, with apostrophes, hyphens,
/// periods and ampersands inside ("Biden’s", "U.S", "self-defense").
#[derive(Clone, Copy, Debug)]
pub(crate) struct Word {
    pub(crate) start: usize,
    pub(crate) end: usize,
    /// The word's vocabulary flags, looked up once.
    flags: u32,
}

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&' | '‑')
}

/// The character at byte `i` of `s` (a character boundary): whether it is
/// alphanumeric, whether it is a joiner ([`is_joiner`]), and its length.
/// ASCII bytes are classified as they are; other characters are decoded.
#[inline]
fn class_at(s: &str, i: usize) -> (bool, bool, usize) {
    match s.as_bytes()[i] {
        b if b < 0x80 => (
            b.is_ascii_alphanumeric(),
            matches!(b, b'\'' | b'-' | b'.' | b'&'),
            1,
        ),
        _ => s[i..].chars().next().map_or((false, false, 1), |c| {
            // General Punctuation (curly quotes, dashes, spaces) holds no
            // letter or digit: no table lookup for the most common
            // non-ASCII characters of news text.
            let alnum = !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric();
            (alnum, is_joiner(c), c.len_utf8())
        }),
    }
}

/// The General Punctuation block, where no character is alphanumeric.
const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206F}';

/// The word `text[start..end]`, with its flags.
#[inline]
pub(crate) fn word(text: &str, start: usize, end: usize) -> Word {
    word_with_flags(start, end, flags(&text[start..end]))
}

/// The word from `start` to `end` whose flags ([`flags`]) are `flags`.
#[inline]
pub(crate) fn word_with_flags(start: usize, end: usize, flags: u32) -> Word {
    Word { start, end, flags }
}

/// Appends the words of `text[start..end]`, a run of characters with no
/// white space, to `out`: runs of alphanumeric characters, joined across a
/// joiner that another alphanumeric character follows. (White space is
/// neither, so the words of a paragraph are those of its runs: see
/// `tokens.rs`.)
pub(crate) fn words_in(text: &str, start: usize, end: usize, out: &mut Vec<Word>) {
    let s = &text[..end];
    let b = s.as_bytes();
    let mut i = start;
    loop {
        // To the next letter or digit: ASCII bytes one at a time, other
        // characters decoded.
        while let Some(&c) = b.get(i) {
            if c < 0x80 {
                if c.is_ascii_alphanumeric() {
                    break;
                }
                i += 1;
            } else {
                let (alnum, _, len) = class_at(s, i);
                if alnum {
                    break;
                }
                i += len;
            }
        }
        if i >= b.len() {
            break;
        }
        // The word: letters and digits, and joiners between them.
        let st = i;
        while let Some(&c) = b.get(i) {
            if c.is_ascii_alphanumeric() {
                i += 1;
                continue;
            }
            let (alnum, joiner, len) = if c < 0x80 {
                (false, matches!(c, b'\'' | b'-' | b'.' | b'&'), 1)
            } else {
                class_at(s, i)
            };
            let joins = !alnum
                && joiner
                && match b.get(i + len) {
                    Some(n) if *n < 0x80 => n.is_ascii_alphanumeric(),
                    Some(_) => class_at(s, i + len).0,
                    None => false,
                };
            if !(alnum || joins) {
                break;
            }
            i += len;
        }
        out.push(word(text, st, i));
    }
}

/// The longest word [`ascii_lowercase`] lowers.
const SHORT: usize = 24;

/// `w` with its ASCII capitals in lower case (`str::to_ascii_lowercase`),
/// written into `buf`, to compare with short words without allocating: a
/// word longer than `buf` gives "" (so equals none of them).
fn ascii_lowercase<'b>(w: &str, buf: &'b mut [u8; SHORT]) -> &'b str {
    let Some(lower) = buf.get_mut(..w.len()) else {
        return "";
    };
    lower.copy_from_slice(w.as_bytes());
    lower.make_ascii_lowercase();
    core::str::from_utf8(lower).unwrap_or("")
}

/// "71-year-old", "29-year-old": an age used as a noun for a person.
fn is_age(word: &str) -> bool {
    word.ends_with("-year-old") && word.starts_with(|c: char| c.is_ascii_digit())
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

fn starts_lower(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_lowercase)
}

// ---------------------------------------------------------------------------
// Quote marks

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
    /// »…«, as German writes them.
    ReversedGuillemet,
    SingleGuillemet,
}

#[derive(Clone, Copy, Debug)]
struct Open {
    family: Family,
    mark: usize,
    content: usize,
}

/// A top-level quotation within one paragraph.
#[derive(Clone, Copy, Debug)]
struct RawSeg {
    family: Family,
    /// Where its opening mark starts.
    mark: usize,
    content: Span,
    /// Just after its closing mark, or the paragraph end when unclosed.
    close_end: usize,
    closed: bool,
}

fn opens_context(prev: Option<char>) -> bool {
    prev.map_or(true, |p| {
        p.is_whitespace()
            || matches!(
                p,
                '(' | '['
                    | '{'
                    | '—'
                    | '–'
                    | '-'
                    | '/'
                    | '“'
                    | '‘'
                    | '„'
                    | '«'
                    | '‹'
                    | '"'
                    | ':'
            )
    })
}

/// Whether the apostrophe-like mark just before byte `after` starts an
/// elided word ("'n'", "’90s", "'em") rather than a quotation.
fn starts_elision(s: &str, after: usize) -> bool {
    let rest = &s[after..];
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if digits == 2 {
        return true;
    }
    let word_len = rest
        .char_indices()
        .find(|&(_, c)| !c.is_alphabetic())
        .map_or(rest.len(), |(i, _)| i);
    let word = &rest[..word_len];
    let next = rest[word_len..].chars().next();
    !word.is_empty()
        && flags(word) & ELISION != 0
        // "'n'" closes with another apostrophe; "'em" and "'til" do not.
        && (word != "n" || matches!(next, Some('\'' | '’')))
        && !next.is_some_and(char::is_alphanumeric)
}

/// Whether a closing single mark at `i` that a lower-case word follows is
/// an apostrophe instead: a plural possessive ("the players’ union") or a
/// dropped letter ("nothin’ like it"). It is when another closing mark
/// follows before any opening one.
fn apostrophe_before_word(s: &str, i: usize, len: usize) -> bool {
    // After punctuation ("now?' she asked") the mark closes.
    if !s[..i]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric)
    {
        return false;
    }
    let after = &s[i + len..];
    let mut next = after.chars();
    let spaced = next.next().is_some_and(char::is_whitespace);
    if !(spaced && next.next().is_some_and(char::is_lowercase)) {
        return false;
    }
    // "‘… for nurses’ and called": a function word follows a closing mark,
    // a noun follows a possessive ("the unions’ leaders").
    let word: &str = after
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    if flags(word) & (STOP | DET | AUX) != 0 {
        return false;
    }
    let window = &after[..crate::text::floor_char_boundary(after, POSSESSIVE_LOOKAHEAD)];
    // The marks in the window, found with memchr: ' itself, and the lead
    // byte 0xE2 of ’ and ‘.
    let bytes = window.as_bytes();
    let mut from = 0;
    while let Some(k) = memchr::memchr2(b'\'', 0xE2, &bytes[from..]).map(|k| from + k) {
        from = k + 1;
        let Some(c) = window[k..].chars().next() else {
            continue;
        };
        if !matches!(c, '’' | '\'' | '‘') {
            continue;
        }
        // The characters around the mark, inside the window.
        let prev = window[..k].chars().next_back();
        let next = window[k + c.len_utf8()..].chars().next();
        let at = i + len + k + c.len_utf8();
        let inside =
            prev.is_some_and(char::is_alphanumeric) && next.is_some_and(char::is_alphanumeric);
        let opens =
            prev.map_or(true, char::is_whitespace) && next.is_some_and(char::is_alphanumeric);
        if c == '‘' || (opens && !inside && !starts_elision(s, at)) {
            return false;
        }
        if !inside && prev.is_some_and(|p| !p.is_whitespace()) {
            return true;
        }
    }
    false
}

/// Pairs the quote marks of one paragraph, skipping the marks at the
/// positions in `ignore` (found to be apostrophes on an earlier pass).
/// `stack` is scratch space, reused across calls.
fn pair_once(s: &str, base: usize, ignore: &[usize], stack: &mut Vec<Open>, out: &mut Vec<RawSeg>) {
    stack.clear();
    let has = |stack: &[Open], f: Family| stack.iter().any(|o| o.family == f);
    // Every mark is ASCII or starts with byte 0xC2 (« ») or 0xE2 (the curly
    // marks): only those bytes are visited, found with memchr (0xC2 apart,
    // as memchr3 takes three bytes).
    let bytes = s.as_bytes();
    // Both searches remember what they found: each resumes only once the
    // scan has passed it, so the paragraph is read once (a run of
    // no-break spaces, 0xC2 each, used to rescan to the next mark every
    // time).
    let mut next_c2 = memchr::memchr(0xC2, bytes);
    let mut next_other = memchr::memchr3(b'"', b'\'', 0xE2, bytes);
    let mut from = 0;
    loop {
        if next_c2.is_some_and(|c| c < from) {
            next_c2 = memchr::memchr(0xC2, &bytes[from..]).map(|k| from + k);
        }
        if next_other.is_some_and(|c| c < from) {
            next_other = memchr::memchr3(b'"', b'\'', 0xE2, &bytes[from..]).map(|k| from + k);
        }
        let i = match (next_other, next_c2) {
            (Some(a), Some(b)) => a.min(b),
            (Some(a), None) | (None, Some(a)) => a,
            (None, None) => break,
        };
        from = i + 1;
        let Some(c) = s[i..].chars().next() else {
            continue;
        };
        if !matches!(
            c,
            '“' | '”' | '„' | '"' | '‘' | '’' | '\'' | '«' | '»' | '‹' | '›'
        ) || ignore.contains(&i)
        {
            continue;
        }
        let len = c.len_utf8();
        let prev = s[..i].chars().next_back();
        let next = s[i + len..].chars().next();
        let open_ctx = opens_context(prev);
        let close_ctx = prev.is_some_and(|p| !p.is_whitespace());
        let top = stack.last().map(|o| o.family);
        enum Act {
            Open(Family),
            Close(Family),
            Nothing,
        }
        let act = match c {
            '„' => Act::Open(Family::Double),
            '“' => {
                // „…“ closes with “; so does sloppy “…“.
                if top == Some(Family::Double)
                    && close_ctx
                    && !next.is_some_and(char::is_alphanumeric)
                {
                    Act::Close(Family::Double)
                } else {
                    Act::Open(Family::Double)
                }
            }
            '”' => {
                if has(stack, Family::Double) {
                    Act::Close(Family::Double)
                } else if open_ctx && next.is_some_and(char::is_alphanumeric) {
                    Act::Open(Family::Double)
                } else {
                    Act::Nothing
                }
            }
            '"' => {
                if top == Some(Family::Double) && close_ctx {
                    Act::Close(Family::Double)
                } else if open_ctx && next.is_some_and(|n| !n.is_whitespace()) {
                    Act::Open(Family::Double)
                } else if has(stack, Family::Double) && close_ctx {
                    Act::Close(Family::Double)
                } else {
                    Act::Nothing
                }
            }
            '«' if has(stack, Family::ReversedGuillemet) => Act::Close(Family::ReversedGuillemet),
            '«' => Act::Open(Family::Guillemet),
            '»' if has(stack, Family::Guillemet) => Act::Close(Family::Guillemet),
            '»' if open_ctx && next.is_some_and(char::is_alphanumeric) => {
                Act::Open(Family::ReversedGuillemet)
            }

            '‹' => Act::Open(Family::SingleGuillemet),
            '›' if has(stack, Family::SingleGuillemet) => Act::Close(Family::SingleGuillemet),
            '‘' | '’' | '\'' => {
                let inside_word = prev.is_some_and(char::is_alphanumeric)
                    && next.is_some_and(char::is_alphanumeric);
                if inside_word {
                    Act::Nothing
                } else if c != '’' && open_ctx && next.is_some_and(|n| !n.is_whitespace()) {
                    if starts_elision(s, i + len) {
                        Act::Nothing
                    } else {
                        Act::Open(Family::Single)
                    }
                } else if c == '’' && open_ctx {
                    // ’ before a word elides ("’90s", "’em").
                    Act::Nothing
                } else if has(stack, Family::Single)
                    && close_ctx
                    && !apostrophe_before_word(s, i, len)
                {
                    Act::Close(Family::Single)
                } else {
                    Act::Nothing
                }
            }
            _ => Act::Nothing,
        };
        match act {
            Act::Open(family) if stack.len() < MAX_DEPTH => stack.push(Open {
                family,
                mark: i,
                content: i + len,
            }),
            Act::Close(family) => {
                let Some(k) = stack.iter().rposition(|o| o.family == family) else {
                    continue;
                };
                let o = stack[k];
                stack.truncate(k);
                if k == 0 {
                    out.push(RawSeg {
                        family,
                        mark: base + o.mark,
                        content: Span::new(base + o.content, base + i),
                        close_end: base + i + len,
                        closed: true,
                    });
                }
            }
            _ => {}
        }
    }
    if let Some(o) = stack.first() {
        out.push(RawSeg {
            family: o.family,
            mark: base + o.mark,
            content: Span::new(base + o.content, base + s.len()),
            close_end: base + s.len(),
            closed: false,
        });
    }
}

/// Pairs the quote marks of one paragraph. An opening single quote left
/// open in mid-paragraph was most likely an apostrophe: the paragraph is
/// paired again without it (at most twice).
/// `stack` is scratch space, reused across calls.
fn pair_marks(text: &str, para: Span, stack: &mut Vec<Open>, out: &mut Vec<RawSeg>) {
    let s = &text[para];
    let mut ignore: Vec<usize> = Vec::new();
    let first = out.len();
    for _ in 0..3 {
        out.truncate(first);
        pair_once(s, para.start, &ignore, stack, out);
        match out[first..].last() {
            // Not after a colon: "said: 'Our thoughts …" runs on into the
            // next paragraph or to the end of this one.
            Some(last)
                if !last.closed
                    && last.family == Family::Single
                    && last.mark > para.start
                    && !text[para.start..last.mark].trim_end().ends_with(':') =>
            {
                ignore.push(last.mark - para.start);
            }
            _ => break,
        }
    }
    // Trim the content; drop empty quotations.
    let mut kept = first;
    for k in first..out.len() {
        let mut seg = out[k];
        seg.content = crate::text::trim(text, seg.content);
        if !seg.content.is_empty() && text[seg.content].chars().any(char::is_alphanumeric) {
            out[kept] = seg;
            kept += 1;
        }
    }
    out.truncate(kept);
}

// ---------------------------------------------------------------------------
// Entities, for speakers

#[derive(Clone, Copy, Debug)]
struct MentionRef {
    span: Span,
    entity: usize,
    person: bool,
    org: bool,
    demonym: bool,
    /// The length of the title written before the name, if any.
    title_len: usize,
}

/// "It" and "the company" refer to an organization named at most this
/// many bytes back (two or three paragraphs).
const ORG_WINDOW: usize = 1500;
/// This many people named last are remembered for pronouns.
const RECENT_PEOPLE: usize = 8;
/// This many organizations named last are remembered for "the airline".
const RECENT_ORGS: usize = 8;

/// Who spoke, as a later "it", "they" or "the company" names them: a
/// [`Speaker`]'s resolved name and entity id (without the words written,
/// which no later reference reads).
#[derive(Clone, Debug)]
struct Spoke {
    name: String,
    entity: Option<String>,
}

impl Spoke {
    fn of(speaker: &Speaker) -> Spoke {
        Spoke {
            name: speaker.name.clone(),
            entity: speaker.entity.clone(),
        }
    }

    /// Sets `slot` to `speaker` in paragraph `para`, reusing the strings
    /// already there: every resolved speaker is remembered, and most
    /// names fit in the room the last one left.
    fn remember(slot: &mut Option<(Spoke, usize)>, speaker: &Speaker, para: usize) {
        match slot {
            Some((spoke, at)) => {
                spoke.name.clone_from(&speaker.name);
                spoke.entity.clone_from(&speaker.entity);
                *at = para;
            }
            None => *slot = Some((Spoke::of(speaker), para)),
        }
    }
}

struct Resolver<'a> {
    article: &'a Article,
    /// The words resolved last and their speaker.
    last_resolved: Option<(Span, Speaker)>,
    /// The start of each block (paragraph, headline or heading), in the
    /// numbering the stage gives them.
    para_starts: Vec<usize>,
    /// Whether each block is a headline or heading.
    para_lines: Vec<bool>,
    /// Every mention, by start.
    mentions: Vec<MentionRef>,
    /// Each person's gender as far as the article tells, by entity and then
    /// by local person.
    genders: Vec<Option<Gender>>,
    /// Each person entity's role nouns, from the titles it is named with.
    roles: Vec<Vec<&'static str>>,
    /// The first word of each organization's name, with the organization
    /// ("Halden" for Halden Sports Capital).
    org_words: FnvMap<&'a str, usize>,
    cursor: usize,
    /// The people named last before the cursor (outside quotations),
    /// oldest first, each once, with where.
    recent: Vec<(usize, usize)>,
    /// The person a speech verb addressed last ("asked Alvarez why …"),
    /// and where: the one who answers.
    last_addressee: Option<(usize, usize)>,
    /// The last person named at the start of a sentence, with where.
    last_subject: Option<(usize, usize)>,
    /// The last organization named, and where.
    last_org: Option<(usize, usize)>,
    /// The outlet a source spoke to last ("told CNN"), and where: "the
    /// network" may be it, "the company" is not.
    last_outlet: Option<(usize, usize)>,
    /// The organizations named last (at most `RECENT_ORGS`), with where.
    recent_orgs: Vec<(usize, usize)>,
    /// Each entity's index by id.
    entity_index: FnvMap<&'a str, usize>,
    /// The last person named with each role ("governor").
    last_by_role: FnvMap<&'static str, usize>,
    /// The last person who spoke, in which paragraph, and where.
    last_speaker: Option<(usize, usize, usize)>,
    /// Whom the last spokesperson spoke for ("A Downing Street spokesman
    /// said …" … "the spokesman said"), and in which paragraph.
    last_spokes: Option<(Spoke, usize)>,
    /// The last group or organization that spoke, and in which paragraph.
    last_group: Option<(Spoke, usize)>,
    /// The unnamed sources cited last ("people familiar with the matter"),
    /// for "one of the people" however far on.
    last_sources: Option<Spoke>,
    /// The last speaker of any kind, and in which paragraph.
    last_any: Option<(Spoke, usize)>,
    /// Every quotation, from its opening mark to its closing one.
    quoted: Vec<Span>,
    /// People named only as speakers, and their surnames.
    local: Vec<String>,
    /// The entity ids of `local`: an organization's for its unnamed
    /// spokesperson, none for a name found only as a speaker.
    local_ids: Vec<Option<String>>,
    local_surnames: FnvMap<String, usize>,
    /// People introduced after a role noun and a comma ("His daughter,
    /// Ana Ferraz,"), by that noun: "his daughter" later is that person.
    described: FnvMap<String, usize>,
}

impl<'a> Resolver<'a> {
    fn new(article: &'a Article) -> Resolver<'a> {
        let mut mentions = Vec::new();
        let mut genders = Vec::with_capacity(article.entities.len());
        let mut roles = Vec::with_capacity(article.entities.len());
        let mut org_words = FnvMap::default();
        for (entity, e) in article.entities.iter().enumerate() {
            let person = e.kind == EntityKind::Person;
            let mut votes = [0u32; 2];
            let mut these_roles: Vec<&'static str> = Vec::new();
            for m in &e.mentions {
                mentions.push(MentionRef {
                    span: m.span,
                    entity,
                    person,
                    org: e.kind == EntityKind::Organization,
                    demonym: m.form == MentionForm::Demonym,
                    title_len: m.title.as_ref().map_or(0, String::len),
                });
                if let (true, Some(t)) = (person, m.title.as_deref()) {
                    match gender::of_title(t) {
                        Some(Gender::Male) => votes[0] += 1,
                        Some(Gender::Female) => votes[1] += 1,
                        None => {}
                    }
                    for role in title_roles(t) {
                        if !these_roles.contains(&role) {
                            these_roles.push(role);
                        }
                    }
                }
            }
            let g = match votes[0].cmp(&votes[1]) {
                _ if !person => None,
                std::cmp::Ordering::Greater => Some(Gender::Male),
                std::cmp::Ordering::Less => Some(Gender::Female),
                std::cmp::Ordering::Equal => gender::of_name(&e.name),
            };
            genders.push(g);
            roles.push(these_roles);
            if e.kind == EntityKind::Organization {
                if let Some(first) = e.name.split_whitespace().next() {
                    if starts_upper(first) && first.len() > 2 {
                        org_words.entry(first).or_insert(entity);
                    }
                }
            }
        }
        mentions.sort_by_key(|m| m.span.start);
        Resolver {
            article,
            last_resolved: None,
            para_starts: Vec::new(),
            para_lines: Vec::new(),
            mentions,
            genders,
            roles,
            org_words,
            cursor: 0,
            recent: Vec::new(),
            last_addressee: None,
            last_subject: None,
            last_org: None,
            recent_orgs: Vec::new(),
            entity_index: article
                .entities
                .iter()
                .enumerate()
                .map(|(i, e)| (e.id.as_str(), i))
                .collect(),
            last_by_role: FnvMap::default(),
            last_sources: None,
            last_outlet: None,
            last_speaker: None,
            last_spokes: None,
            last_group: None,
            last_any: None,
            quoted: Vec::new(),
            local: Vec::new(),
            local_ids: Vec::new(),
            local_surnames: FnvMap::default(),
            described: FnvMap::default(),
        }
    }

    /// Mentions that lie within `span`.
    fn within(&self, span: Span) -> &[MentionRef] {
        let a = self.mentions.partition_point(|m| m.span.start < span.start);
        let b = self.mentions.partition_point(|m| m.span.start < span.end);
        let found = &self.mentions[a..b.max(a)];
        let keep = found.iter().take_while(|m| m.span.end <= span.end).count();
        &found[..keep]
    }

    /// The mention that covers the word `w`, if any.
    fn at(&self, w: Word) -> Option<MentionRef> {
        let i = self.mentions.partition_point(|m| m.span.end <= w.start);
        self.mentions
            .get(i)
            .copied()
            .filter(|m| m.span.start <= w.start && m.span.end >= w.end.min(m.span.end))
            .filter(|m| m.span.start < w.end)
    }

    /// Notes that person `p` was named at `pos`.
    fn saw_person(&mut self, p: usize, pos: usize) {
        if let Some(i) = self.recent.iter().position(|&(q, _)| q == p) {
            self.recent.remove(i);
        } else if self.recent.len() == RECENT_PEOPLE {
            self.recent.remove(0);
        }
        self.recent.push((p, pos));
    }

    /// Moves the cursor to `pos`, noting the people named before it.
    fn advance(&mut self, text: &str, pos: usize) {
        while let Some(&m) = self.mentions.get(self.cursor) {
            if m.span.start >= pos {
                break;
            }
            self.cursor += 1;
            // A name inside quote marks is no antecedent ("I told Joe
            // Biden…," he said).
            if enclosed(&self.quoted, m.span.start, m.span.end) {
                continue;
            }
            // The agency of a wire dateline ("DENVER (AP) —") is no
            // antecedent of "the company".
            let in_dateline = self
                .article
                .dateline
                .as_ref()
                .is_some_and(|d| d.span.start <= m.span.start && m.span.end <= d.span.end);
            // Nor is the outlet a source spoke to ("told Reuters", "in a
            // statement to People").
            let recipient = m.org && {
                let before = text[..m.span.start].trim_end();
                let mut words = before.rsplit(char::is_whitespace);
                match words.next().unwrap_or("") {
                    "to" => flags(words.next().unwrap_or("")) & TO_OUTLET != 0,
                    w => flags(w) & TELL != 0,
                }
            };
            if recipient {
                // … though "the network" may be that outlet.
                self.last_outlet = Some((m.entity, m.span.start));
            }
            if m.org && !m.demonym && !in_dateline && !recipient {
                self.last_org = Some((m.entity, m.span.start));
                self.recent_orgs.retain(|&(e, _)| e != m.entity);
                if self.recent_orgs.len() == RECENT_ORGS {
                    self.recent_orgs.remove(0);
                }
                self.recent_orgs.push((m.entity, m.span.start));
            }
            if !m.person {
                continue;
            }
            self.saw_person(m.entity, m.span.start);
            // The text before the name and any title written before it.
            let untitled = before_title(text, m);
            // "asked Ms. Alvarez", "asked Alvarez": the one addressed.
            let verb = untitled.rsplit(char::is_whitespace).next().unwrap_or("");
            if flags(verb) & SPEECH != 0 && starts_lower(verb) {
                self.last_addressee = Some((m.entity, m.span.start));
            }
            for k in 0..self.roles[m.entity].len() {
                let role = self.roles[m.entity][k];
                self.last_by_role.insert(role, m.entity);
            }
            let mut before = text[..m.span.start].trim_end();
            // The name set off after a short description that opens the
            // sentence is its subject: "Ruiz’s mother, Carmen Ruiz, sat".
            let mut described_subject = false;
            // "Her classmate Ethan Kowalski, 17, wasn't convinced": a role
            // with no comma, after at most a determiner or possessive.
            {
                let split = |s: &str| -> (usize, usize) {
                    // The start of the last word of `s`, and the end of
                    // the text before it (past its white space).
                    let start = s
                        .rfind(char::is_whitespace)
                        .map_or(0, |k| k + s[k..].chars().next().map_or(1, char::len_utf8));
                    (start, s[..start].trim_end().len())
                };
                let (role_at, rest) = split(before);
                let role = &before[role_at..];
                if role.len() <= 20 && starts_lower(role) && entities::is_role_noun(role) {
                    let head = &before[..rest];
                    let (det_at, rest) = split(head);
                    let det = &head[det_at..];
                    let opens = rest == 0
                        || head[..rest].ends_with(|c: char| is_terminal(c))
                        || rest <= self.block_start(m.span.start);
                    described_subject = opens && det.starts_with(char::is_uppercase);
                }
            }
            if let Some(b) = before.strip_suffix(',') {
                let mut words = b.rsplit(|c: char| !c.is_alphabetic());
                let role = words.next().filter(|w| {
                    w.len() <= 20
                        && starts_lower(w)
                        && (entities::is_role_noun(w) || flags(w) & EPITHET != 0)
                });
                if let Some(role) = role {
                    let mut cut = b.len().saturating_sub(60);
                    while !b.is_char_boundary(cut) {
                        cut += 1;
                    }
                    let tail = &b[cut..];
                    let opening = tail
                        .rsplit(|c: char| is_terminal(c) || c == '\n')
                        .next()
                        .unwrap_or("");
                    // (Not after a preposition: "Unlike his brother, Tom
                    // Jones, he …".)
                    described_subject = text[m.span.end..].starts_with(',')
                        && (opening.len() < tail.len() || cut == 0)
                        && !opening.contains(',')
                        && opening.split_whitespace().count() <= 4
                        && !opening
                            .split_whitespace()
                            .next()
                            .is_some_and(|w| flags(w) & (FRONTING | PREP) != 0);
                    // "Her lawyer, Tom Brand": "the lawyer" and "her lawyer"
                    // later, not "his lawyer".
                    let det = words.next().unwrap_or("").to_ascii_lowercase();
                    self.described.insert(role.to_string(), m.entity);
                    if matches!(det.as_str(), "his" | "her" | "their" | "its") {
                        self.described.insert(format!("{det} {role}"), m.entity);
                    }
                }
            }
            // "Mayor Denise Whitaker": the title starts the sentence.
            before = untitled;
            // Also after a capitalized modifier or two that open the
            // sentence ("Dutch Prime Minister Pieter van den Broek").
            for _ in 0..2 {
                let cut = before
                    .char_indices()
                    .rev()
                    .find(|(_, c)| c.is_whitespace())
                    .map_or(0, |(k, c)| k + c.len_utf8());
                let word = &before[cut..];
                // Not a preposition that opens the sentence: "On Chambers,
                // the Spaniard was less upbeat" has Chambers as no subject.
                let function =
                    flags(word) & (STOP | PREP | DET | PRONOUN | SETTING | FRONTING) != 0;
                if word.starts_with(char::is_uppercase)
                    && !function
                    && !word.ends_with(|c: char| is_terminal(c) || c == ',')
                {
                    before = before[..cut].trim_end();
                } else {
                    break;
                }
            }
            // (The text before may end in an earlier block: the name opens
            // its paragraph, after a junk line with no period perhaps. A
            // line break inside a hard-wrapped paragraph starts nothing.)
            let sentence_start = before.is_empty()
                || before.ends_with(|c: char| {
                    is_terminal(c) || matches!(c, '"' | '”' | '\'' | '’' | '»' | '«')
                })
                || before.len() <= self.block_start(m.span.start);
            // After a fronted phrase and a comma, before its verb: "Asked
            // whether the city had failed, Mr. Ruane paused."
            let after_fronted = before.ends_with(',') && {
                let next = text[m.span.end..]
                    .split_whitespace()
                    .next()
                    .unwrap_or("")
                    .trim_end_matches(|c: char| !c.is_alphanumeric());
                starts_lower(next)
                    && next.len() > 2
                    && flags(next) & (STOP | PREP | DET | PRONOUN | AUX) == 0
                    && !matches!(next, "and" | "or" | "who" | "whose" | "which" | "nor")
            };
            let sentence_start = sentence_start || after_fronted || described_subject;
            if sentence_start && self.last_subject.map_or(true, |(_, at)| at < m.span.start) {
                self.last_subject = Some((m.entity, m.span.start));
            }
        }
    }

    /// Where the block that holds byte `pos` starts (0 when there are no
    /// blocks).
    fn block_start(&self, pos: usize) -> usize {
        self.para_starts
            .get(self.para_of(pos))
            .copied()
            .filter(|&start| start <= pos)
            .unwrap_or(0)
    }

    /// The block that holds byte `pos`.
    fn para_of(&self, pos: usize) -> usize {
        self.para_starts
            .partition_point(|&start| start <= pos)
            .saturating_sub(1)
    }

    /// Whether person `p` may be of gender `want`: yes unless the article
    /// tells both and they differ.
    fn fits_gender(&self, p: usize, want: Option<Gender>) -> bool {
        match (want, self.gender(p)) {
            (Some(a), Some(b)) => a == b,
            _ => true,
        }
    }

    fn gender(&self, p: usize) -> Option<Gender> {
        self.genders.get(p).copied().flatten()
    }

    /// Resolves the speaker words `span` (already trimmed) in paragraph
    /// `para`.
    fn resolve(&mut self, text: &str, span: Span, para: usize) -> Speaker {
        // The same words resolved again (a participle's subject, "…, telling
        // …"): the same speaker, whatever came into view since.
        if let Some((at, s)) = &self.last_resolved {
            if *at == span {
                return s.clone();
            }
        }
        let speaker = self.resolve_fresh(text, span, para);
        // (Into the strings already there: most names fit.)
        match &mut self.last_resolved {
            Some((at, s)) => {
                *at = span;
                s.span = speaker.span;
                s.text.clone_from(&speaker.text);
                s.name.clone_from(&speaker.name);
                s.entity.clone_from(&speaker.entity);
            }
            None => self.last_resolved = Some((span, speaker.clone())),
        }
        speaker
    }

    fn resolve_fresh(&mut self, text: &str, span: Span, para: usize) -> Speaker {
        let mut speaker = self.resolve_inner(text, span, para);
        // "A Treasury spokesperson", "the White House spokeswoman": the
        // organization the article does not know, by its name.
        if speaker.entity.is_none() {
            if let Some((org, noun)) = speaker.name.rsplit_once(' ') {
                let named = flags(noun) & SPOKES != 0
                    && org.split_whitespace().count() <= 4
                    && org.split_whitespace().all(starts_upper);
                if named {
                    speaker.name.truncate(org.len());
                }
            }
        }
        // (Also "sources within OPEC+", "OPEC+ sources".)
        let head = before(&speaker.name, " within ");
        let sources = speaker.entity.is_none()
            && (SOURCE_PHRASES
                .iter()
                .any(|w| find_in(&speaker.name, w).is_some())
                || head.ends_with("sources"));
        if sources {
            self.last_sources = Some(Spoke::of(&speaker));
        }
        self.spokesperson(&speaker, para);
        Spoke::remember(&mut self.last_any, &speaker, para);
        speaker
    }

    /// "A spokeswoman for Kenning’s said …": the organization speaks, and
    /// a "she" after it is that spokeswoman, so the organization again.
    fn spokesperson(&mut self, speaker: &Speaker, para: usize) {
        let Some(noun) = speaker
            .text
            .split_whitespace()
            .find(|w| flags(w) & SPOKES != 0)
        else {
            return;
        };
        // Whom "the spokesman" later speaks for: also a person ("A
        // spokesperson for Ashworth's campaign").
        let named = speaker.entity.is_some()
            || !speaker
                .name
                .split_whitespace()
                .all(|w| flags(w) & (SPOKES | DET) != 0);
        if named {
            self.last_spokes = Some((Spoke::of(speaker), para));
        }
        let person_set = self
            .last_speaker
            .is_some_and(|(_, _, at)| at == speaker.span.start);
        if person_set {
            return;
        }
        let gender = if noun.ends_with("woman") {
            Gender::Female
        } else if noun.ends_with("man") {
            Gender::Male
        } else {
            return;
        };
        let p = self.article.entities.len() + self.local.len();
        self.local.push(speaker.name.clone());
        self.local_ids.push(speaker.entity.clone());
        self.genders.push(Some(gender));
        self.last_speaker = Some((p, para, speaker.span.start));
    }

    fn resolve_inner(&mut self, text: &str, span: Span, para: usize) -> Speaker {
        self.advance(text, span.start);
        let written = &text[span];
        let mut speaker = Speaker {
            text: written.to_string(),
            span,
            name: strip_det(written).to_string(),
            entity: None,
        };
        let single = !written.contains(char::is_whitespace);
        // "Allies of Hartley said …. One said …": one of the group that
        // spoke just before.
        if single && matches!(written, "One" | "one" | "Another" | "another") {
            if let Some((g, _)) = self
                .last_group
                .as_ref()
                .filter(|(_, p)| para.saturating_sub(*p) <= 1)
            {
                speaker.name.clone_from(&g.name);
                speaker.entity.clone_from(&g.entity);
            }
            return speaker;
        }
        // "the Ukrainian said": a nationality for a person, like an
        // epithet: the person who spoke just before.
        let demonym_alone = written
            .strip_prefix("the ")
            .or_else(|| written.strip_prefix("The "))
            .is_some_and(|rest| {
                !rest.contains(' ')
                    && self
                        .within(span)
                        .iter()
                        .all(|m| m.demonym && m.span.end == span.end)
                    && !self.within(span).is_empty()
            });
        if demonym_alone {
            let spoke = self
                .last_speaker
                .filter(|&(_, p, _)| para.saturating_sub(p) <= 1)
                .map(|(e, _, _)| e);
            if let Some(p) = spoke {
                self.set_person(&mut speaker, p, para);
            }
            return speaker;
        }
        if single && flags(written) & PRONOUN != 0 {
            if written.eq_ignore_ascii_case("it") {
                // "it said": the organization that spoke or was named last.
                // A group that spoke in this paragraph, known or not ("The
                // union Retailworkers said …, which it described as …"), else one
                // the article knows that spoke just before.
                let group = self
                    .last_group
                    .as_ref()
                    .filter(|(g, p)| {
                        *p == para
                            || (g.entity.is_some()
                                && para.saturating_sub(*p) <= FOLLOW_ON_PARAGRAPHS)
                    })
                    .map(|(g, _)| (g.name.clone(), g.entity.clone()));
                let org = group.or_else(|| {
                    self.org_near(span.start).map(|e| {
                        let e = &self.article.entities[e];
                        (e.name.clone(), Some(e.id.clone()))
                    })
                });
                // Else a group with no entity that spoke just before ("The
                // union said …" … "it said").
                let org = org.or_else(|| {
                    self.last_group
                        .as_ref()
                        .filter(|(_, p)| para.saturating_sub(*p) <= FOLLOW_ON_PARAGRAPHS)
                        .map(|(g, _)| (g.name.clone(), g.entity.clone()))
                });
                if let Some((name, entity)) = org {
                    speaker.name = name;
                    speaker.entity = entity;
                }
                return speaker;
            }
            if written.eq_ignore_ascii_case("they") {
                if let Some((group, p)) = &self.last_group {
                    if para.saturating_sub(*p) <= FOLLOW_ON_PARAGRAPHS {
                        speaker.name.clone_from(&group.name);
                        speaker.entity.clone_from(&group.entity);
                    }
                }
                return speaker;
            }
            let want = gender::of_pronoun(written);
            let p = self
                .pronoun(want, para)
                .or_else(|| self.unnamed_opener(text, span.start, want));
            if let Some(p) = p {
                self.set_person(&mut speaker, p, para);
            }
            return speaker;
        }
        let mentions = self.within(span);
        // "Bell's wife": the relative of the person named, not that person.
        if let Some(p) = self.relative_of_named(text, span, mentions) {
            match p {
                Some(p) => self.set_person(&mut speaker, p, para),
                None => Spoke::remember(&mut self.last_group, &speaker, para),
            }
            return speaker;
        }
        let person = mentions.iter().rev().find(|m| m.person).copied();
        let other = mentions
            .iter()
            .rev()
            .find(|m| !m.person && !m.demonym)
            .copied();
        // "Det Insp Gareth Lloyd of West Midlands Police": a name at the
        // head of the phrase speaks, not the organization after "of".
        if let (None, Some(o)) = (person, other) {
            let head_end = written
                .find([',', '('])
                .into_iter()
                .chain(
                    [
                        " of ", " for ", " at ", " from ", " with ", " in ", " within ", " inside ",
                    ]
                    .iter()
                    .filter_map(|w| written.find(w)),
                )
                .min()
                .unwrap_or(written.len());
            if o.span.start >= span.start + head_end {
                // "Head of Northbridge NHS trust says …": a role of an
                // organization (see `Resolver::description`).
                if let Some(Found::Person(p)) = self.description(written, span.start, para) {
                    self.set_person(&mut speaker, p, para);
                    return speaker;
                }
                if let Some(p) = self.local_person(written, None) {
                    self.set_person(&mut speaker, p, para);
                    return speaker;
                }
                // "Officials in Texas", "Visitors to Hexham": a group from a
                // place, not the place. (An organization after "for" or
                // "at" speaks: "a spokesman for the Health Department".)
                // Nor an organization after "within" ("sources within
                // OPEC+").
                let inside = [" within ", " inside "]
                    .iter()
                    .any(|w| written.find(w).is_some_and(|k| k == head_end));
                if !o.org || inside {
                    Spoke::remember(&mut self.last_group, &speaker, para);
                    return speaker;
                }
            }
            // "Labour MPs", "Tesco workers", "a senior Labour MP": people
            // of the organization, named by a group noun after it, not the
            // organization itself (unlike "a Tesco spokeswoman" or "the
            // Tesco board"), though linked to it.
            let after = text[o.span.end..span.end].trim();
            let head = after.rsplit(char::is_whitespace).next().unwrap_or("");
            let hf = flags(head);
            let members = !after.is_empty()
                && !after.contains(char::is_whitespace)
                && hf & GROUP != 0
                && hf & (SPOKES | ORGNOUN | MEDIUM | DOCUMENT) == 0;
            if members {
                // The group's own name, linked to the organization it
                // belongs to ("Pentagon officials" → the Pentagon).
                speaker.entity = Some(self.article.entities[o.entity].id.clone());
                self.last_group = Some((Spoke::of(&speaker), para));
                return speaker;
            }
        }
        // "Allies of Hartley", "aides to the senator": a group of people
        // around the person named after it, not that person.
        if let Some(p) = person {
            let head = Some(before(written, " of "))
                .filter(|h| h.len() < written.len())
                .and_then(|h| h.rsplit(' ').next())
                .unwrap_or("");
            let plural = head.len() >= 4
                && head.ends_with('s')
                && !head.ends_with("ss")
                && head[1..].bytes().all(|b| b.is_ascii_lowercase());
            let after =
                p.span.start > span.start + find_in(written, " of ").unwrap_or(written.len());
            if plural && after && flags(head) & (SPOKES | ROLE) == 0 {
                // Named with the person's full name: "allies of Rebecca
                // Hartley".
                let group = strip_det(before(written, " of "));
                let mut name = decapitalize_first(group);
                name.push_str(" of ");
                name.push_str(&self.article.entities[p.entity].name);
                speaker.name = name;
                Spoke::remember(&mut self.last_group, &speaker, para);
                return speaker;
            }
        }
        // "Ethiopia's ambassador to the UK, Mesfin Gebremedhin": the name
        // set off after a description speaks.
        if person.is_none() {
            if let Some((_, tail)) = written.rsplit_once(", ") {
                let words = tail.split_whitespace().count();
                if (2..=3).contains(&words) && tail.split_whitespace().all(starts_upper) {
                    let at = span.end - tail.len();
                    let named = self
                        .within(span)
                        .iter()
                        .rev()
                        .find(|m| m.span.start >= at)
                        .copied();
                    if let Some(m) = named.filter(|m| m.person) {
                        self.set_person(&mut speaker, m.entity, para);
                        return speaker;
                    }
                    if named.is_none() {
                        if let Some(p) = self.local_person(tail, None) {
                            self.set_person(&mut speaker, p, para);
                            return speaker;
                        }
                    }
                }
            }
        }
        // "A Bristol museum has refused …": a place that modifies the noun
        // after it is no speaker. In a lead that has named no organization
        // yet, the one named next is; else the description as written.
        if let (None, Some(o)) = (person, other) {
            let rest = text[o.span.end..span.end].trim();
            let modifier = !o.org
                && !rest.is_empty()
                && rest.split_whitespace().count() <= 3
                && rest.split_whitespace().all(|w| {
                    w.bytes().all(|b| b.is_ascii_lowercase())
                        && flags(w) & (PREP | STOP | DET | PRONOUN) == 0
                });
            if modifier {
                // (Only for an organization noun: "A Bristol woman said" is
                // no organization.)
                let noun = rest.rsplit(' ').next().unwrap_or("");
                let named_next = (flags(noun) & ORGNOUN != 0 && self.last_org.is_none())
                    .then(|| self.org_near_of_kind(span.start, noun));
                if let Some(e) = named_next.flatten() {
                    let entity = &self.article.entities[e];
                    speaker.name.clone_from(&entity.name);
                    speaker.entity = Some(entity.id.clone());
                    Spoke::remember(&mut self.last_group, &speaker, para);
                }
                return speaker;
            }
        }
        if let Some(m) = person.or(other) {
            let entity = &self.article.entities[m.entity];
            speaker.name.clone_from(&entity.name);
            speaker.entity = Some(entity.id.clone());
            if m.person {
                self.saw_person(m.entity, span.start);
                self.last_speaker = Some((m.entity, para, span.start));
            } else {
                Spoke::remember(&mut self.last_group, &speaker, para);
            }
            return speaker;
        }
        if let Some(found) = self.description(written, span.start, para) {
            match found {
                Found::Person(p) => self.set_person(&mut speaker, p, para),
                Found::Org(e) => {
                    let entity = &self.article.entities[e];
                    speaker.name.clone_from(&entity.name);
                    speaker.entity = Some(entity.id.clone());
                    Spoke::remember(&mut self.last_group, &speaker, para);
                }
                Found::Speaker(s) => {
                    speaker.name = s.name;
                    speaker.entity = s.entity;
                }
            }
            return speaker;
        }
        // "Bell's wife, Tanya, told": the given name with the family name
        // of the relative's kin.
        let full;
        let written = match self.kin_family(text, span, para) {
            Some(family) if single && gender::of_given_name(written).is_some() => {
                full = format!("{written} {family}");
                full.as_str()
            }
            _ => written,
        };
        // "Italian Renato Bellini": a demonym before the name is no part
        // of it.
        let written = match self.within(span).first() {
            Some(m) if m.demonym && m.span.start == span.start && !single => {
                text[m.span.end..span.end].trim_start()
            }
            _ => written,
        };
        // "said Furaha, a 34-year-old mother of five": a single name that
        // an appositive describes as a person.
        let described = single.then(|| person_appositive(text, span.end)).flatten();
        if let Some(p) = self.local_person(written, described) {
            // A name the entities stage did not know ("Kenya's Faith
            // Chebet"): a person for the rest of the article.
            self.set_person(&mut speaker, p, para);
        } else {
            Spoke::remember(&mut self.last_group, &speaker, para);
        }
        speaker
    }

    /// Notes a sentence that opens with `word` at `pos`: the surname of a
    /// person known only as a speaker makes that person the subject
    /// ("Ellwood, for her part, …").
    fn sentence_opens(&mut self, word: &str, pos: usize) {
        if self.local.is_empty() {
            return;
        }
        if let Some(&p) = self.local_surnames.get(word) {
            if self.last_subject.map_or(true, |(_, at)| at < pos) {
                self.last_subject = Some((p, pos));
                self.saw_person(p, pos);
            }
        }
    }

    /// Gives `speaker` the name and id of person `p`, who speaks now.
    fn set_person(&mut self, speaker: &mut Speaker, p: usize, para: usize) {
        let (name, id) = self.person(p);
        // Into the strings the speaker has (its name as written is there).
        speaker.name.clear();
        speaker.name.push_str(name);
        match (&mut speaker.entity, id) {
            (Some(entity), Some(id)) => {
                entity.clear();
                entity.push_str(id);
            }
            (entity, id) => *entity = id.map(str::to_string),
        }
        self.saw_person(p, speaker.span.start);
        self.last_speaker = Some((p, para, speaker.span.start));
    }

    /// The person a "he" or "she" in paragraph `para` refers to: the person
    /// who spoke last or the subject of a sentence since, whichever is
    /// nearer, of the pronoun's gender when the article tells it; else the
    /// person of that gender (or of no known gender) named last; else no
    /// one.
    fn pronoun(&self, want: Option<Gender>, para: usize) -> Option<usize> {
        let fits = |p: usize| self.fits_gender(p, want);
        let spoke = self
            .last_speaker
            .filter(|&(_, p, _)| para.saturating_sub(p) <= 1)
            .map(|(e, _, at)| (e, at));
        let mut near = [spoke, self.last_subject];
        if let [Some(a), Some(b)] = near {
            if b.1 > a.1 {
                near.swap(0, 1);
            }
        }
        let nearest = near.iter().flatten().copied();
        if let Some((p, at)) = nearest.clone().find(|&(p, _)| fits(p)) {
            // A speaker or subject from an earlier paragraph gives way to a
            // person of the pronoun's gender a speech verb addressed since
            // in this one ("Hsu said …" the paragraph before "Whitfield
            // asked Alvarez why …. “…,” she replied"), not to one only
            // named ("On Chambers, the Spaniard was less upbeat").
            if self.para_of(at) < para {
                let addressed = self.last_addressee.filter(|&(q, seen)| {
                    seen > at
                        && self.para_of(seen) == para
                        && want.is_some()
                        && self.gender(q) == want
                });
                if let Some((q, _)) = addressed {
                    return Some(q);
                }
            }
            return Some(p);
        }
        // No one of the pronoun's gender in view: no antecedent, rather
        // than one the article marks otherwise.
        self.recent
            .iter()
            .rev()
            .find(|&&(p, _)| fits(p))
            .map(|&(p, _)| p)
    }

    /// The organization named last, if it was named at most
    /// `ORG_WINDOW` bytes before `pos`; else, in a lead that describes it
    /// before naming it ("the mine's operator said …", then the name a
    /// paragraph later), the first one named at most `ORG_WINDOW` bytes
    /// after `pos`, when no organization was named before at all.
    fn org_near(&self, pos: usize) -> Option<usize> {
        if let Some((e, at)) = self.last_org {
            return (pos.saturating_sub(at) <= ORG_WINDOW).then_some(e);
        }
        self.ahead(pos)
            .find(|m| m.org && !m.demonym)
            .map(|m| m.entity)
    }

    /// The mentions that start at most `ORG_WINDOW` bytes after `pos`, in
    /// order: where a lead's description looks for the name it comes to.
    fn ahead(&self, pos: usize) -> impl Iterator<Item = &MentionRef> {
        let i = self.mentions.partition_point(|m| m.span.start < pos);
        self.mentions[i..]
            .iter()
            .take_while(move |m| m.span.start <= pos + ORG_WINDOW)
    }

    /// Like [`Resolver::org_near`], an organization that may be the one a
    /// noun of a kind refers to ([`kind_fits`]): "the union" named last,
    /// or in a lead, the first union named ahead, not a broadcaster or a
    /// regulator.
    fn org_near_of_kind(&self, pos: usize, noun: &str) -> Option<usize> {
        let fits = |e: usize| kind_fits(noun, &self.article.entities[e].name);
        if self.last_org.is_some() {
            return self
                .recent_orgs
                .iter()
                .rev()
                .filter(|&&(_, at)| pos.saturating_sub(at) <= ORG_WINDOW)
                .find(|&&(e, _)| fits(e))
                .map(|&(e, _)| e);
        }
        self.ahead(pos)
            .find(|m| m.org && !m.demonym && fits(m.entity))
            .map(|m| m.entity)
    }

    /// The one a definite description refers to: "the governor" is the
    /// person last named with that title, "the airline" the organization
    /// last named, "the statement" whoever spoke last, "a Halden
    /// spokesperson" the organization whose name starts "Halden".
    fn description(&self, written: &str, written_at: usize, para: usize) -> Option<Found> {
        let mut words = written.split_whitespace();
        let first = words.next()?;
        let head = written
            .rsplit(|c: char| c.is_whitespace())
            .next()?
            .trim_matches(|c: char| !c.is_alphanumeric());
        let definite = first.eq_ignore_ascii_case("the");
        // "his daughter", "the lawyer": the person introduced after that
        // role noun ("His daughter, Ana Ferraz, said").
        let possessive = matches!(
            ascii_lowercase(first, &mut [0; SHORT]),
            "the" | "his" | "her" | "their" | "its"
        );
        if possessive && written.split_whitespace().count() == 2 {
            let key = if definite {
                head.to_string()
            } else {
                format!("{} {head}", first.to_ascii_lowercase())
            };
            if let Some(&p) = self.described.get(key.as_str()) {
                return Some(Found::Person(p));
            }
        }
        // "his sister": a relative of the person in view, of the noun's
        // gender and sharing that person's family name ("Priya Natarajan
        // … her brother, Arjun Natarajan … his sister said").
        if possessive && !definite && written.split_whitespace().count() == 2 {
            if let Some(p) = self.relative(first, head, para) {
                return Some(Found::Person(p));
            }
        }
        // "a company filing", "Sabre's annual report": the organization
        // that issued the document.
        if flags(head) & DOCUMENT != 0 {
            let words: Vec<&str> = written.split_whitespace().collect();
            for w in &words[..words.len() - 1] {
                let owner = w.strip_suffix("'s").or_else(|| w.strip_suffix("’s"));
                if let Some(o) = owner.filter(|o| starts_upper(o)) {
                    return self.org_words.get(o).map(|&e| Found::Org(e));
                }
                if flags(w) & ORGNOUN != 0 && starts_lower(w) {
                    return self.org_near(written_at).map(Found::Org);
                }
            }
        }
        // "the spokesman": whom the spokesperson cited last spoke for.
        if definite && flags(head) & SPOKES != 0 && written.split_whitespace().count() == 2 {
            if let Some((s, _)) = self
                .last_spokes
                .as_ref()
                .filter(|(_, p)| para.saturating_sub(*p) <= FOLLOW_ON_PARAGRAPHS)
            {
                return Some(Found::Speaker(s.clone()));
            }
        }
        // "the sources", "one of the sources": the unnamed sources the
        // article just cited ("according to three people familiar with the
        // matter … one of the sources said").
        // "the insider" after "a source close to the star" is that source.
        // "one of the people", "two of the people": a number of them, not
        // "many of the people".
        let counted = find_in(written, " of the ").is_some()
            && (first.bytes().all(|b| b.is_ascii_digit())
                || COUNTS.contains(&first.to_ascii_lowercase().as_str()));
        let sources = (SOURCE_NOUNS.contains(&head)
            && (definite || find_in(written, " of the ").is_some()))
            || (head == "people" && counted);
        if sources {
            // (Part of a group: not a single person cited before.)
            let plural =
                |g: &Spoke| !g.name.starts_with("person") && !g.name.starts_with("source ");
            if let Some(g) = self
                .last_sources
                .as_ref()
                .filter(|g| find_in(written, " of the ").is_none() || plural(g))
            {
                return Some(Found::Speaker(g.clone()));
            }
        }
        // "the 71-year-old": the person in view, as a pronoun would be.
        if definite && is_age(head) {
            return self.pronoun(None, para).map(Found::Person);
        }
        // The noun before a complement: "the leader of the House's most
        // conservative bloc" is a leader.
        let core_head = before(written, " of ")
            .rsplit(char::is_whitespace)
            .next()
            .unwrap_or(head)
            .trim_matches(|c: char| !c.is_alphanumeric());
        // "the new champion", "the veteran": the person in view, as a
        // pronoun would be; in a lead that names no one yet, the person
        // named next.
        if definite && flags(core_head) & EPITHET != 0 {
            let noun = core_head.to_ascii_lowercase();
            // The person introduced with it ("The champion, Novak
            // Djokovic, …"), else the person who spoke just before, else
            // (in a lead) the person named next.
            if let Some(&p) = self.described.get(noun.as_str()) {
                return Some(Found::Person(p));
            }
            let want = EPITHET_GENDERS.get(noun.as_str()).copied();
            let spoke = self
                .last_speaker
                .filter(|&(_, p, _)| para.saturating_sub(p) <= 1)
                .map(|(e, _, _)| e)
                .filter(|&e| self.fits_gender(e, want));
            return spoke
                .or_else(|| self.person_ahead(written_at, |_| true))
                .map(Found::Person);
        }
        // "The chief executive of Freshway, …, has denied …", "Head of
        // Northbridge NHS trust says …": a role of an organization, before
        // the article's text has named anyone, is the person it names next.
        let role_of_org = core_head.len() < written.len()
            && find_in(written, " of ").is_some()
            && flags(core_head) & ROLE != 0
            && (definite
                || self.para_lines.get(para).copied().unwrap_or(false)
                || (starts_upper(first) && flags(first) & ROLE != 0));
        if role_of_org {
            // The first person the text names after it, when no one else
            // has been named before it (but that person, perhaps already
            // given to a headline's role).
            let ahead = self.ahead(written_at).find(|m| m.person).map(|m| m.entity);
            if let Some(p) = ahead.filter(|&p| self.named_no_one_but(written_at, p)) {
                return Some(Found::Person(p));
            }
        }
        let f = flags(head);
        if definite && f & ROLE != 0 {
            let role = role_of(head)?;
            // (Ahead, only someone introduced with that title.)
            return self
                .last_by_role
                .get(role)
                .copied()
                .or_else(|| {
                    self.person_ahead(written_at, |e| {
                        self.roles.get(e).is_some_and(|rs| rs.contains(&role))
                    })
                })
                .map(Found::Person);
        }
        // "the network" after "told CNN": the outlet.
        if definite && f & OUTLET != 0 {
            if let Some((e, at)) = self.last_outlet {
                if written_at.saturating_sub(at) <= ORG_WINDOW {
                    return Some(Found::Org(e));
                }
            }
        }
        // "…, their union says", "its maker said": in a lead that has named
        // no organization yet, the one named next.
        let owner = matches!(ascii_lowercase(first, &mut [0; SHORT]), "its" | "their");
        if owner
            && f & ORGNOUN != 0
            && written.split_whitespace().count() == 2
            && self.last_org.is_none()
        {
            let noun = head.to_ascii_lowercase();
            return self.org_near_of_kind(written_at, &noun).map(Found::Org);
        }
        if definite && f & ORGNOUN != 0 {
            // "the Norwegian government", "the Tesco board": a name
            // before the noun says whose; no back-reference.
            // Also a possessive: "the governor's office".
            let named = written
                .split_whitespace()
                .skip(1)
                .take_while(|w| *w != head)
                .any(|w| starts_upper(w) || w.ends_with("'s") || w.ends_with("’s"));
            if named {
                return None;
            }
            // "the home ministry", "the midwifery regulator": words in lower
            // case before the noun say which one; only an organization
            // whose name has them all is meant ("Ministry of Home Affairs").
            let modifiers: Vec<&str> = written
                .split_whitespace()
                .skip(1)
                .take_while(|w| *w != head)
                .filter(|w| flags(w) & ORGNOUN == 0)
                .collect();
            if f & MEDIUM == 0 && !modifiers.is_empty() {
                let has = |name: &str, m: &str| {
                    name.split(|c: char| !c.is_alphanumeric())
                        .any(|w| w.eq_ignore_ascii_case(m))
                };
                return self
                    .recent_orgs
                    .iter()
                    .rev()
                    .filter(|&&(_, at)| written_at.saturating_sub(at) <= 2 * ORG_WINDOW)
                    .map(|&(e, _)| e)
                    .find(|&e| {
                        let name = &self.article.entities[e].name;
                        modifiers.iter().all(|m| has(name, m))
                    })
                    .map(Found::Org);
            }
            if f & MEDIUM != 0 {
                return self
                    .last_any
                    .as_ref()
                    .filter(|(_, p)| para.saturating_sub(*p) <= FOLLOW_ON_PARAGRAPHS)
                    .map(|(s, _)| Found::Speaker(s.clone()));
            }
            // The organization that spoke in this paragraph or the one
            // before ("Corran Steel, now part of Palisade Metals, said …
            // The company noted …"), else the one named last.
            let spoke = self.last_group.as_ref().and_then(|(g, p)| {
                if para.saturating_sub(*p) > 1 {
                    return None;
                }
                let e = *self.entity_index.get(g.entity.as_deref()?)?;
                (self.article.entities[e].kind == EntityKind::Organization).then_some(e)
            });
            // "the airline" after "the FAA … Mesa Ridge Airlines": an
            // organization of that kind, when the noun tells the kind.
            if let Some(heads) = ORG_TYPES.get(head.to_ascii_lowercase().as_str()) {
                // The word that heads the name: the last one, or the one
                // before "of"/"for" ("Bank of England").
                let fits = |e: usize| {
                    let name = &self.article.entities[e].name;
                    let core = before(before(name, " of "), " for ");
                    core.rsplit(' ')
                        .next()
                        .is_some_and(|w| heads.contains(&w.trim_end_matches('.')))
                };
                if let Some(e) = spoke.filter(|&e| fits(e)) {
                    return Some(Found::Org(e));
                }
                // (The kind is evidence enough to look further back than
                // for "the company": among the organizations named last.)
                let typed = self
                    .recent_orgs
                    .iter()
                    .rev()
                    .filter(|&&(_, at)| written_at.saturating_sub(at) <= 4 * ORG_WINDOW)
                    .find(|&&(e, _)| fits(e));
                if let Some(&(e, _)) = typed {
                    return Some(Found::Org(e));
                }
                // None of that kind: not one of another kind ("the airline"
                // is not the Federal Aviation Administration), but one whose
                // name does not tell ("Delta", "Norvik").
                let other_kind = |e: usize| {
                    let name = &self.article.entities[e].name;
                    let core = before(name, " of ");
                    // (Corporate words say only "company": an airline is
                    // one, so "Norvik Group" may be "the airline".)
                    core.rsplit(' ').next().is_some_and(|w| {
                        let w = w.trim_end_matches('.');
                        ORG_TYPES
                            .iter()
                            .filter(|(noun, hs)| !corporate(noun, hs))
                            .any(|(_, hs)| hs.contains(&w))
                            && !heads.contains(&w)
                    })
                };
                return spoke
                    .or_else(|| self.org_near(written_at))
                    .filter(|&e| !other_kind(e))
                    .map(Found::Org);
            }
            return spoke.or_else(|| self.org_near(written_at)).map(Found::Org);
        }
        // "A Halden spokesperson", "the Tesco spokeswoman": the first word
        // of an organization's name right before a spokesperson noun.
        let mut before: Option<&str> = None;
        let mut prev: Option<&str> = None;
        for w in written.split_whitespace() {
            if let Some(b) = before.filter(|_| flags(w) & SPOKES != 0) {
                if let Some(&e) = self.org_words.get(b) {
                    return Some(Found::Org(e));
                }
                // "A company spokeswoman": the company, as "the company"
                // would be.
                if b == "company" {
                    return self.org_near_of_kind(written_at, b).map(Found::Org);
                }
            }
            prev = before;
            before = Some(w);
        }
        // "a spokesman for Solvane", "Brandt": the organization called
        // by the first word of its name.
        let last = head.trim_end_matches("’s").trim_end_matches("'s");
        let alone = prev.is_none();
        let linked = prev.is_some_and(|p| matches!(p, "for" | "at" | "of" | "from"));
        if (alone || linked) && starts_upper(last) {
            return self.org_words.get(last).map(|&e| Found::Org(e));
        }
        None
    }

    /// The person a description at `pos` refers to ahead, when no one is
    /// in view before it (named in this paragraph or the one before, not in
    /// a headline) ("the leader of the caucus declared …", then
    /// "Rep. Grace Okafor" a paragraph later): the first person named at
    /// most `ORG_WINDOW` bytes after it.
    /// For a "he" or "she" at `pos` that no known person fits: the name
    /// that opens the nearest sentence before it that opens with a name,
    /// at most a paragraph and 600 bytes back,
    /// as a person of the article's own ("Rommel Dagohoy has sold dried
    /// fish for 20 years. … He said …"): two or three capitalized words
    /// that are no mention, then a word in lower case. Only when no one is
    /// in view at all, so that it takes no one's place.
    fn unnamed_opener(&mut self, text: &str, pos: usize, want: Option<Gender>) -> Option<usize> {
        /// How far back the sentence may start.
        const LOOK_BACK: usize = 600;
        want?;
        let para = self.para_of(pos);
        let floor = self
            .para_starts
            .get(para.saturating_sub(1))
            .copied()
            .unwrap_or(0)
            .max(pos.saturating_sub(LOOK_BACK));
        let mut floor = floor;
        while !text.is_char_boundary(floor) {
            floor += 1;
        }
        let window = text.get(floor..pos)?;
        // Sentence starts in the window, the last first.
        let starts = window
            .match_indices(['.', '!', '?', '\n'])
            .map(|(k, m)| k + m.len())
            .rev()
            .chain(std::iter::once(0));
        for k in starts {
            let rest = window[k..].trim_start();
            let at = floor + (window.len() - rest.len());
            // (Words of one line: a title above is no part of the name.)
            let line = rest.split('\n').next().unwrap_or("");
            let words: Vec<&str> = line.split_whitespace().take(4).collect();
            let Some(first) = words.first() else {
                continue;
            };
            let names = words
                .iter()
                .take_while(|w| {
                    starts_upper(w)
                        && w.chars().all(|c| c.is_alphabetic() || c == '-')
                        && flags(w) & (STOP | DET | PRONOUN | PREP | GROUP) == 0
                        && !entities::is_not_name(w)
                        && !entities::is_org_word(w)
                })
                .count();
            let verb_after = words.get(names).is_some_and(|w| starts_lower(w));
            // (No name the entities stage knows: "Los Angeles has sent …".)
            let i = self.mentions.partition_point(|m| m.span.end <= at);
            let known = self
                .mentions
                .get(i)
                .is_some_and(|m| m.span.start < at + first.len());
            if (2..=3).contains(&names) && verb_after && !known {
                let name = words[..names].join(" ");
                let p = self.local_person(&name, Some(want))?;
                return self.fits_gender(p, want).then_some(p);
            }
        }
        None
    }

    /// Whether no person but `p` has been named or has spoken before `pos`
    /// outside headlines and headings.
    fn named_no_one_but(&self, pos: usize, p: usize) -> bool {
        self.recent.iter().all(|&(q, at)| {
            at >= pos
                || q == p
                || self
                    .para_lines
                    .get(self.para_of(at))
                    .copied()
                    .unwrap_or(false)
        })
    }

    fn person_ahead(&self, pos: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
        // (A headline's names are no one in view: "Okafor Says Deal Is
        // ‘Dead on Arrival’", then "the leader of … declared".)
        let in_line = |at: usize| {
            self.para_lines
                .get(self.para_of(at))
                .copied()
                .unwrap_or(false)
        };
        // Nor are those named more than a paragraph back.
        let para = self.para_of(pos);
        let in_view = |at: usize| !in_line(at) && self.para_of(at) + 1 >= para;
        if self.recent.iter().any(|&(_, at)| in_view(at)) {
            return None;
        }
        self.ahead(pos)
            .find(|m| m.person)
            .map(|m| m.entity)
            .filter(|&e| fits(e))
    }

    /// For a speaker phrase `span` that is a possessive name and a kinship
    /// noun ("Bell's wife"): `Some` of that relative when one is known
    /// (see [`Resolver::relative`]), `Some(None)` when not; `None` for
    /// any other phrase.
    fn relative_of_named(
        &self,
        text: &str,
        span: Span,
        mentions: &[MentionRef],
    ) -> Option<Option<usize>> {
        let written = &text[span];
        let (owner, noun) = written.rsplit_once(' ')?;
        if flags(noun) & KIN == 0 || owner.contains(' ') {
            return None;
        }
        let m = mentions.iter().find(|m| m.person)?;
        let rest = &text[m.span.end..span.end];
        if !(rest.starts_with("'s ") || rest.starts_with("’s ")) {
            return None;
        }
        Some(self.kin_of(m.entity, noun))
    }

    /// The family name of the person whose relative stands right before
    /// `span` ("Bell's wife, Tanya"; "his widow, Ana").
    fn kin_family(&self, text: &str, span: Span, para: usize) -> Option<String> {
        let before = text[..span.start].trim_end().strip_suffix(',')?;
        let mut words = before.rsplit(char::is_whitespace);
        let noun = words.next()?;
        if flags(noun) & KIN == 0 {
            return None;
        }
        let owner = words.next()?;
        let owner_gender = match owner.to_ascii_lowercase().as_str() {
            "his" => Some(Gender::Male),
            "her" => Some(Gender::Female),
            _ => None,
        };
        let name = if owner_gender.is_some() {
            self.person(self.pronoun(owner_gender, para)?).0
        } else {
            owner
                .strip_suffix("'s")
                .or_else(|| owner.strip_suffix("’s"))
                .filter(|w| starts_upper(w))?
        };
        let family = name.rsplit(' ').next()?;
        Some(family.to_string())
    }

    /// The relative called `noun` ("sister") of the person a possessive
    /// `det` ("his") refers to: the person seen last who shares that
    /// person's family name and fits the noun's gender.
    fn relative(&self, det: &str, noun: &str, para: usize) -> Option<usize> {
        if flags(noun) & KIN == 0 {
            return None;
        }
        let owner_gender = match det.to_ascii_lowercase().as_str() {
            "his" => Some(Gender::Male),
            "her" => Some(Gender::Female),
            _ => None,
        };
        let owner = self.pronoun(owner_gender, para)?;
        self.kin_of(owner, noun)
    }

    /// The person seen last who shares person `owner`'s family name and
    /// fits the gender of the kinship noun `noun`.
    fn kin_of(&self, owner: usize, noun: &str) -> Option<usize> {
        let family = |p: usize| self.person(p).0.rsplit(' ').next().unwrap_or("");
        let owner_family = family(owner);
        let want = KIN_GENDERS.get(noun.to_ascii_lowercase().as_str()).copied();
        self.recent
            .iter()
            .rev()
            .map(|&(p, _)| p)
            .filter(|&p| p != owner && family(p) == owner_family)
            .find(|&p| self.fits_gender(p, want))
    }

    /// The name and entity id of person `p`: an entity, or past the
    /// entities a name found only as a speaker.
    fn person(&self, p: usize) -> (&str, Option<&str>) {
        match self.article.entities.get(p) {
            Some(e) => (&e.name, Some(&e.id)),
            None => {
                let k = p - self.article.entities.len();
                (self.local[k].as_str(), self.local_ids[k].as_deref())
            }
        }
    }

    /// A speaker written as a name of two or three capitalized words, after
    /// any title and before any letters or affiliation ("Det Insp Gareth
    /// Lloyd of West Midlands Police", "Fiona McAllister KC"), or the
    /// surname of one seen before.
    fn local_person(&mut self, written: &str, described: Option<Option<Gender>>) -> Option<usize> {
        let words: Vec<&str> = strip_det(written)
            .split_whitespace()
            .take_while(|w| !matches!(*w, "of" | "for" | "at" | "from" | "with" | "in"))
            .collect();
        let cut = words
            .iter()
            .position(|w| w.ends_with(','))
            .map_or(words.len(), |i| i + 1);
        let mut words: Vec<&str> = words[..cut]
            .iter()
            .map(|w| w.trim_end_matches(','))
            .collect();
        for _ in 0..2 {
            let t = entities::leading_title(&words);
            words.drain(..t);
        }
        while words
            .last()
            .is_some_and(|w| flags(w.trim_end_matches('.')) & POSTNOMINAL != 0)
        {
            words.pop();
        }
        let name_like = |w: &&str| {
            starts_upper(w)
                && flags(w) & (STOP | GROUP | DET | PRONOUN) == 0
                && !w.ends_with('.')
                && !entities::is_org_word(w)
                && !entities::is_not_name(w)
        };
        if words.len() == 1 && name_like(&words[0]) {
            // The surname of a person found only as a speaker, or a known
            // given name used alone ("Kofi said"), which becomes a person
            // pronouns can name. (Another word alone stays as written: it
            // may be a company, "Quorvex, the chipmaker, said".)
            let word = words[0];
            if let Some(&p) = self.local_surnames.get(word) {
                return Some(p);
            }
            let given = gender::of_given_name(word).map(Some).or(described)?;
            let p = self.article.entities.len() + self.local.len();
            self.local_surnames.insert(word.to_string(), p);
            self.genders.push(given);
            self.local.push(word.to_string());
            self.local_ids.push(None);
            return Some(p);
        }
        // "attorney Nora Vance", "Labour leader Keir Starmer": the
        // capitalized words that end the phrase after a description.
        let tail = words.iter().rev().take_while(|w| name_like(w)).count();
        if (2..=3).contains(&tail)
            && tail < words.len()
            && !name_like(&words[words.len() - tail - 1])
        {
            words.drain(..words.len() - tail);
        }
        if !(2..=3).contains(&words.len()) || !words.iter().all(name_like) {
            return None;
        }
        let name = words.join(" ");
        let surname = words[words.len() - 1].to_string();
        // The same full name is the same person; a new one with a known
        // surname ("Joan Pryor" after "Edith Pryor") is another, but
        // the surname alone still names the first, as in news style.
        let known = self.local_surnames.get(&surname).copied().filter(|&p| {
            self.local
                .get(p - self.article.entities.len())
                .is_some_and(|n| *n == name)
        });
        if let Some(p) = known {
            return Some(p);
        }
        let p = self.article.entities.len() + self.local.len();
        self.local_surnames.entry(surname).or_insert(p);
        self.genders.push(gender::of_name(&name));
        self.local.push(name);
        self.local_ids.push(None);
        Some(p)
    }
}

/// Whether the words after byte `end` describe a person: ", a 34-year-old
/// mother of five", ", an engineer", ", 71,". Gives the gender the
/// description tells, if any.
fn person_appositive(text: &str, end: usize) -> Option<Option<Gender>> {
    let rest = text.get(end..)?.strip_prefix(", ")?;
    let mut words = rest
        .split_whitespace()
        .take(4)
        .map(|w| w.trim_end_matches(|c: char| !c.is_alphanumeric()));
    let first = words.next()?;
    if first.len() <= 3 && first.bytes().all(|b| b.is_ascii_digit()) {
        return Some(None);
    }
    if !matches!(first, "a" | "an") {
        return None;
    }
    let mut aged = false;
    for w in words {
        if is_age(w) {
            aged = true;
            continue;
        }
        if flags(w) & KIN != 0 {
            return Some(KIN_GENDERS.get(w).copied());
        }
        // A role an organization may hold as well needs an age first ("a
        // leader in drone software" may be a company).
        let role = entities::is_role_noun(w) || flags(w) & (EPITHET | ROLE) != 0;
        if role && (aged || !entities::is_org_role(w)) {
            return Some(None);
        }
        if role {
            return None;
        }
    }
    aged.then_some(None)
}

/// What a description refers to.
enum Found {
    Person(usize),
    Org(usize),
    Speaker(Spoke),
}

/// The text before mention `m`, trimmed, without the title written right
/// before the name ("… asked Ms." → "… asked").
fn before_title(text: &str, m: MentionRef) -> &str {
    let before = text[..m.span.start].trim_end();
    if m.title_len > 0 && before.len() >= m.title_len {
        let cut = before.len() - m.title_len;
        if before.is_char_boundary(cut) {
            return before[..cut].trim_end();
        }
    }
    before
}

/// Whether `w` is a number: digits ("50", "1,200") or a number word
/// ("Thirty", "two", "dozens").
fn is_number_word(w: &str) -> bool {
    if w.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    let mut buf = [0; SHORT];
    let lower = ascii_lowercase(w, &mut buf);
    COUNTS.contains(&lower) || NUMBER_WORDS.contains(&lower)
}

/// Whether an organization named `name` may be the one a noun of a kind
/// refers to (`noun`: "union", "company"): its name ends with a word of
/// that kind ("Queensland Teachers’ Union"), or with no word of another
/// kind ("Southern Arc Aerospace" may be "the company"; the Civil Aviation
/// Authority may not). Corporate words say only "company". A noun with no
/// kind listed fits any name.
fn kind_fits(noun: &str, name: &str) -> bool {
    let Some(heads) = ORG_TYPES.get(noun) else {
        return true;
    };
    let core = before(before(name, " of "), " for ");
    let w = core.rsplit(' ').next().unwrap_or("").trim_end_matches('.');
    heads.contains(&w)
        || !ORG_TYPES
            .iter()
            .filter(|(n, hs)| !corporate(n, hs))
            .any(|(_, hs)| hs.contains(&w))
}

/// Whether an organization noun of `data/quote_words.tsv` names a company
/// ("company", "firm", "maker"): its name words (Inc, Group) say only that
/// it is one, so an airline may be "the company" and "Norvik Group" "the
/// airline".
fn corporate(noun: &str, heads: &[&str]) -> bool {
    matches!(noun, "company" | "firm") || ORG_TYPES.get("company").is_some_and(|c| c[..] == *heads)
}

/// `s` with its first letter in lower case ("Allies" → "allies").
fn decapitalize_first(s: &str) -> String {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) => c.to_lowercase().chain(chars).collect(),
        None => String::new(),
    }
}

/// The byte offset of the first `needle` in `hay`, as `str::find` gives
/// it: a plain scan, cheaper for the short names and phrases searched here
/// than `str::find`, which sets up a searcher on every call.
fn find_in(hay: &str, needle: &str) -> Option<usize> {
    let (h, n) = (hay.as_bytes(), needle.as_bytes());
    let Some(&first) = n.first() else {
        return Some(0);
    };
    (0..=h.len().checked_sub(n.len())?).find(|&i| h[i] == first && h[i..].starts_with(n))
}

/// `hay` before the first `needle`, all of it when there is none (as
/// `hay.split(needle).next()` gives it).
fn before<'h>(hay: &'h str, needle: &str) -> &'h str {
    &hay[..find_in(hay, needle).unwrap_or(hay.len())]
}

/// `s` without a leading article, or a leading number before a lower-case
/// word ("three people familiar with the matter" names "people familiar
/// with the matter"; "one of the sources" keeps its "one").
fn strip_det(s: &str) -> &str {
    for det in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if let Some(rest) = s.strip_prefix(det) {
            return rest;
        }
    }
    if let Some((first, rest)) = s.split_once(' ') {
        let number = first.bytes().all(|b| b.is_ascii_digit())
            || matches!(
                ascii_lowercase(first, &mut [0; SHORT]),
                "two"
                    | "three"
                    | "four"
                    | "five"
                    | "six"
                    | "seven"
                    | "eight"
                    | "nine"
                    | "ten"
                    | "several"
                    | "dozens"
                    | "hundreds"
            );
        if number && starts_lower(rest) && !rest.starts_with("of ") {
            return rest;
        }
        // "One Conservative MP": one of a group named with a capital.
        let one = matches!(first, "One" | "one");
        let group = rest
            .rsplit(' ')
            .next()
            .is_some_and(|head| flags(head) & GROUP != 0);
        if (number || one) && rest.contains(' ') && group && !rest.starts_with("of ") {
            return rest;
        }
    }
    s
}

// ---------------------------------------------------------------------------
// Attribution

/// A speaker phrase and its speech verb.
#[derive(Clone, Copy, Debug)]
struct Attribution {
    speaker: Option<Span>,
    cue: Span,
    /// The end of the last word of the attribution.
    end: usize,
}

/// The words of a paragraph with the text they sit in.
struct Para<'t> {
    text: &'t str,
    words: &'t [Word],
}

impl Para<'_> {
    fn word(&self, i: usize) -> &str {
        &self.text[self.words[i].start..self.words[i].end]
    }

    fn flags(&self, i: usize) -> u32 {
        self.words[i].flags
    }

    /// The text between words `i` and `i + 1`.
    /// Empty after the last word.
    fn gap(&self, i: usize) -> &str {
        match (self.words.get(i), self.words.get(i + 1)) {
            (Some(a), Some(b)) => &self.text[a.end..b.start],
            _ => "",
        }
    }

    /// Whether the gap after word `i` is the period of an abbreviated
    /// title before a name ("Sen. Jane", "Dr. Okonkwo").
    fn abbreviation_gap(&self, i: usize) -> bool {
        let w = self.word(i);
        self.gap(i).trim_end() == "."
            && starts_upper(w)
            && w.len() <= 5
            && self
                .words
                .get(i + 1)
                .is_some_and(|n| starts_upper(&self.text[n.start..n.end]))
    }

    /// Whether word `i` is a speech verb used as a verb (no determiner
    /// before it: "the said agreement", "his claims").
    fn is_verb(&self, i: usize) -> bool {
        let f = self.flags(i);
        f & SPEECH != 0
            && !starts_upper(self.word(i))
            && !(i > 0 && self.flags(i - 1) & DET != 0 && !self.gap(i - 1).contains(','))
            // "Thirty states and …", "50 states": a number before a form
            // in "-s" (not "says") makes it a plural noun.
            && !(i > 0
                && self.word(i).ends_with('s')
                && self.word(i) != "says"
                && self.gap(i - 1).trim().is_empty()
                && is_number_word(self.word(i - 1)))
            // "rules", "pledge", "states": mostly nouns; verbs after a
            // pronoun, or between a document and "that" ("The lawsuit
            // states that").
            && (f & NOUN == 0
                || (i > 0 && self.flags(i - 1) & PRONOUN != 0)
                || (i > 0
                    && self.words.get(i + 1).is_some_and(|n| &self.text[n.start..n.end] == "that")
                    && self.gap(i - 1).trim().is_empty()
                    && self.gap(i).trim().is_empty()
                    && self.flags(i - 1) & DOCUMENT != 0))
    }

    /// The index of the first word starting at or after `pos`.
    fn index_at(&self, pos: usize) -> usize {
        self.words.partition_point(|w| w.start < pos)
    }

    /// The subject of the verb at `verb`, read backwards from it, no
    /// further back than word `floor`: auxiliaries skipped ("has also
    /// said"), an appositive set off by commas skipped ("Jane Doe, a
    /// spokeswoman for the agency, said"), a relative "who" followed back
    /// to its noun ("Putin, who has threatened").
    fn subject_before(&self, verb: usize, floor: usize, r: &Resolver<'_>) -> Option<Span> {
        self.near_subject(verb, floor, r, 0)
            .or_else(|| self.opening_subject(verb, floor, r))
    }

    /// The subject that opens the sentence and is set off by commas from
    /// the verb: "Sen. Lucia Ferraro, D-Ore., whose state lost 400 homes,
    /// said"; "Texas Farm Bureau officials, who met Kincaid, said".
    fn opening_subject(&self, verb: usize, floor: usize, r: &Resolver<'_>) -> Option<Span> {
        if verb <= floor + 1
            || verb - floor > 3 * MAX_SPEAKER_WORDS
            || !self.gap(verb - 1).contains(',')
        {
            return None;
        }
        let comma = (floor..verb).find(|&k| self.gap(k).contains(','))?;
        if self
            .gap(comma)
            .contains(['.', '!', '?', ';', ':', '“', '”', '"'])
            || (floor..=comma).any(|k| self.is_verb(k))
        {
            return None;
        }
        let np = self.noun_phrase_before(comma + 1, floor, r)?;
        // Not a fronted phrase: "In a statement, the department … said".
        let at = self.index_at(np.start);
        let fronted = at == floor + 1 && self.flags(floor) & (PREP | STOP) != 0;
        (at <= floor + 1 && !fronted).then_some(np)
    }

    /// The subject that opens the sentence at word `floor` and is
    /// described at length before the verb at word `j`, after a comma:
    /// "Loretta Simms, a 67-year-old home health aide who takes two buses,
    /// including …, to reach …, told the council"; "A harbour pilot who
    /// guided the ship …, killing two crew members, told an inquiry". The
    /// description may hold commas of its own, which the nearest comma
    /// before the verb does not tell apart.
    fn described_opener(&self, j: usize, floor: usize, r: &Resolver<'_>) -> Option<Span> {
        /// A description runs at most this many words.
        const DESCRIPTION_WORDS: usize = 45;
        if j <= floor + 3 || j - floor > DESCRIPTION_WORDS {
            return None;
        }
        if (floor..j - 1).any(|k| self.gap(k).contains([';', ':', '(']))
            || (floor + 1..j).any(|k| {
                self.gap(k - 1).contains(',') && (self.is_verb(k) || self.word(k) == "and")
            })
        {
            return None;
        }
        // Not when the words set off right before the verb name someone
        // else: "…, lost her appeal last week, her lawyer, Tom Reyes,
        // said"; "…, her daughter, Ana Simms, told".
        let set_off = (floor + 1..j - 1)
            .rev()
            .find(|&k| self.gap(k - 1).contains(','))
            .unwrap_or(floor);
        let other = (set_off.saturating_sub(3).max(floor + 1)..j).any(|k| {
            r.at(self.words[k])
                .is_some_and(|m| m.person && m.span.start > self.words[floor].start)
                || (starts_lower(self.word(k)) && self.flags(k) & (ROLE | KIN | SPOKES) != 0)
        });
        if other {
            return None;
        }
        // A person, perhaps after a title: "Sir Geoffrey Platt, a
        // Conservative member of …, wrote".
        let named = (floor..(floor + 3).min(j))
            .take_while(|&k| k == floor || self.gap(k - 1).trim().is_empty())
            .find_map(|k| r.at(self.words[k]).filter(|m| m.person));
        if let Some(m) = named.filter(|m| !enclosed(&r.quoted, m.span.start, m.span.end)) {
            let after = self.index_at(m.span.end);
            let titled = self
                .text
                .get(self.words[floor].start..m.span.start)
                .is_some_and(|t| t.split_whitespace().all(starts_upper));
            let described = after < j
                && titled
                && self.gap(after - 1).trim() == ","
                && (matches!(self.word(after), "a" | "an" | "the" | "who" | "whose")
                    || self.word(after).starts_with(|c: char| c.is_ascii_digit()));
            return described.then_some(m.span);
        }
        // A description with a relative clause: "A harbour pilot who …".
        if self.flags(floor) & DET == 0 || !starts_upper(self.word(floor)) {
            return None;
        }
        let who = (floor + 2..(floor + 5).min(j))
            .take_while(|&k| self.gap(k - 1).trim().is_empty())
            .find(|&k| self.word(k) == "who")?;
        let nouns = (floor + 1..who).all(|k| self.flags(k) & (STOP | PREP | PRONOUN) == 0);
        nouns.then(|| Span::new(self.words[floor].start, self.words[who - 1].end))
    }

    fn near_subject(&self, verb: usize, floor: usize, r: &Resolver<'_>, depth: u8) -> Option<Span> {
        let mut j = verb;
        let gerund = self.word(verb).ends_with("ing");
        while j > floor && self.flags(j - 1) & AUX != 0 && !self.gap(j - 1).contains(',') {
            j -= 1;
            // "She was told", "it is said": the subject is no speaker.
            let be = self.flags(j) & BE != 0;
            if be && !gerund {
                return None;
            }
        }
        if j == floor {
            return None;
        }
        // "Sen. Tom Braddock (R-Okla.) said": past a parenthesis that
        // closes right before the verb.
        let inner = self.skip_parenthetical(j, floor);
        if inner < j && self.gap(j - 1).trim_end().ends_with(')') {
            return self.noun_phrase_before(inner, floor, r);
        }
        let gap = self.gap(j - 1);
        if gap.contains(['.', '!', '?', ';', ':', '“', '”', '"']) {
            return None;
        }
        if gap.contains(',') {
            if let Some(s) = self.described_opener(j, floor, r) {
                return Some(s);
            }
            // An appositive or a relative clause ends here: find the comma
            // that opens it.
            let mut k = j - 1;
            let limit = j.saturating_sub(2 * MAX_SPEAKER_WORDS).max(floor);
            while k > limit && !self.gap(k - 1).contains(',') {
                k -= 1;
            }
            if k == limit || !self.gap(k - 1).contains(',') {
                return None;
            }
            let inner_span = Span::new(self.words[k].start, self.words[j - 1].end);
            // "Frank DiSalvo, who voted no along with Angela Reyes, said":
            // a relative clause set off by commas; the noun before it speaks.
            if matches!(self.word(k), "who" | "whose") {
                // "Dr. Jonas Lindqvist, an ice-sheet modeler at the Alfred
                // Wegener Institute in Bremerhaven, Germany, who was not
                // involved, called …": "who" is a person, the one named
                // last before it in the sentence.
                let lowest = k.saturating_sub(3 * MAX_SPEAKER_WORDS).max(floor);
                let named = (lowest..k)
                    .rev()
                    .take_while(|&m| {
                        m == k - 1 || !self.gap(m).contains(['.', '!', '?', ';', '“', '”', '"'])
                    })
                    .find_map(|m| r.at(self.words[m]).filter(|x| x.person));
                if let Some(p) = named {
                    return Some(p.span);
                }
                return self.noun_phrase_before(self.skip_asides(k, floor), floor, r);
            }
            // "The Department of Homeland Security, which oversees FEMA,
            // said": an organization's relative clause, itself perhaps at
            // the end of an appositive ("Peter Lindahl, a portfolio
            // manager at Vestra Capital, which holds shares, argues").
            if self.word(k) == "which" {
                if depth < 2 {
                    if let Some(s) = self.near_subject(k, floor, r, depth + 1) {
                        return Some(s);
                    }
                }
                return self.noun_phrase_before(self.skip_asides(k, floor), floor, r);
            }
            // "the transport minister, Sigrid Vold, said": the name set off
            // by commas speaks.
            // Not a name inside a description ("Lena Park, a spokeswoman
            // for Mr. Hale, said": Park speaks): only capitalized words,
            // a title, may come before it.
            let named = r
                .within(inner_span)
                .iter()
                .find(|m| m.person)
                .map(|m| m.span)
                .filter(|name| {
                    self.text[inner_span.start..name.start]
                        .split_whitespace()
                        .all(starts_upper)
                });
            if let Some(name) = named {
                // "Fiona McAllister KC": letters after the name may follow.
                let rest = &self.text[name.end..inner_span.end];
                if rest.split_whitespace().all(starts_upper) && rest.split_whitespace().count() <= 1
                {
                    return Some(name);
                }
            }
            // "Mrs Doyle, 71, said", "Sen. Jane Doe, D-Ore., said": an age
            // or a party and state.
            if self.aside(k, j) {
                return self.noun_phrase_before(self.skip_asides(k, floor), floor, r);
            }
            // "O'Rourke's barrister, Fiona McAllister KC, said"; "The
            // players' union, the Professional Footballers' Guild, said":
            // a name set off after a description.
            let lead = usize::from(matches!(self.word(k), "the" | "The"));
            // The set-off words are all one organization's name ("The
            // club's owners, Halden Sports Capital, said").
            let org_name = r
                .at(self.words[k + lead])
                .is_some_and(|m| !m.person && !m.demonym && m.span.end == self.words[j - 1].end);
            // "Bell's wife, Tanya, told": a given name alone after a
            // relative.
            let kin_given = j == k + 1
                && k > floor
                && self.flags(k - 1) & KIN != 0
                && gender::of_given_name(self.word(k)).is_some();
            if kin_given {
                return Some(Span::new(self.words[k].start, self.words[k].end));
            }
            if org_name || self.name_end(k + lead, j, r) == Some(j) {
                let outer = self.noun_phrase_before(k, floor, r);
                // A description before it: lower-case words and at most a
                // demonym ("The club's American owners").
                // ("The local MP, Alistair Fenwick, said": the word before
                // "MP" is in lower case.)
                let described = outer.map_or(true, |o| {
                    let at = self.index_at(o.start);
                    let lower_before = at > floor && starts_lower(self.word(at - 1));
                    // ("Raman's sister, Kavitha Iyer, said": a possessive
                    // name is part of the description.)
                    let possessive = |m: &MentionRef| {
                        let rest = &self.text[m.span.end..];
                        rest.starts_with("'s") || rest.starts_with("’s")
                    };
                    r.within(o).iter().all(|m| m.demonym || possessive(m))
                        && (self.text[o].split_whitespace().any(starts_lower) || lower_before)
                });
                // "Ethiopia's ambassador to the UK, Mesfin Gebremedhin,
                // called": a role noun with a complement before the name.
                let role_before = || {
                    (k.saturating_sub(6).max(floor)..k).any(|m| {
                        self.flags(m) & ROLE != 0
                            && starts_lower(self.word(m))
                            && !self.gap(m).contains(['.', ';', ':'])
                    })
                };
                if described || role_before() {
                    return Some(Span::new(self.words[k + lead].start, self.words[j - 1].end));
                }
            }
            let inner = &self.text[inner_span];
            let appositive = inner
                .split_whitespace()
                .any(|w| flags(w) & (GROUP | DET) != 0)
                || r.within(Span::new(self.words[k].start, self.words[j - 1].end))
                    .iter()
                    .any(|m| !m.person);
            if !appositive {
                return None;
            }
            return self.before_appositives(k, floor, r);
        }
        if self.word(j - 1).eq_ignore_ascii_case("who") {
            if j - 1 > floor && self.gap(j - 2).contains(',') {
                // "Haines, 67, who has argued": past an age or party.
                let end = self.skip_asides(j - 1, floor);
                return self.noun_phrase_before(end, floor, r);
            }
            // "Derek Hollis, a 39-year-old wheat farmer who said …": the
            // person the appositive describes.
            if let Some(np) = self.noun_phrase_before(j - 1, floor, r) {
                let at = self.index_at(np.start);
                let described = at > floor + 1
                    && self.gap(at - 1).trim() == ","
                    && matches!(self.word(at), "a" | "an" | "the");
                if let Some(m) = described.then(|| r.at(self.words[at - 1])).flatten() {
                    if m.person && m.span.end == self.words[at - 1].end {
                        return Some(m.span);
                    }
                }
            }
            // "families who say …": the group the clause restricts (a
            // common noun, not a place: "a Democrat from Los Angeles who
            // wrote the bill").
            return self.noun_phrase_before(j - 1, floor, r).filter(|np| {
                let head = self.word(j - 2);
                starts_lower(head)
                    && r.at(self.words[j - 2]).is_none()
                    && self.text[*np].split_whitespace().count() <= MAX_SPEAKER_WORDS
                    && np.end == self.words[j - 2].end
            });
        }
        let np = self.noun_phrase_before(j, floor, r);
        // "The two council members who voted against the plan said": the
        // group a restrictive clause follows speaks, not the object at
        // the clause's end.
        {
            let at = np.map_or(j, |object| self.index_at(object.start));
            let lowest = at.saturating_sub(MAX_SPEAKER_WORDS).max(floor + 1);
            let who = (lowest..at)
                .rev()
                .take_while(|&k| self.gap(k).trim().is_empty() && !self.is_verb(k))
                .find(|&k| self.word(k) == "who");
            if let Some(w) = who {
                let head = self.word(w - 1);
                // (Capitalized only as the sentence's first word:
                // "Residents who packed a council meeting said".)
                let group = (starts_lower(head) || w - 1 == floor)
                    && r.at(self.words[w - 1]).is_none()
                    && (self.flags(w - 1) & GROUP != 0 || (head.len() > 3 && head.ends_with('s')))
                    && self.gap(w - 1).trim().is_empty();
                if group {
                    if let Some(g) = self.noun_phrase_before(w, floor, r) {
                        return Some(g);
                    }
                }
            }
        }
        np
    }

    /// The noun phrase before the appositive that starts at word `k`
    /// (after a comma). When the word before that comma closes a
    /// quotation, the title of a work inside a longer appositive ("the
    /// author of “Talking to Ourselves,” a book about …"), the appositive
    /// runs back to the comma before it, at most three times.
    fn before_appositives(&self, mut k: usize, floor: usize, r: &Resolver<'_>) -> Option<Span> {
        for _ in 0..3 {
            let end = self.skip_asides(k, floor);
            if end <= floor || !self.gap(end - 1).contains(['”', '"', '’']) {
                return self.noun_phrase_before(end, floor, r);
            }
            let limit = end.saturating_sub(2 * MAX_SPEAKER_WORDS).max(floor + 1);
            let mut back = end - 1;
            while back > limit && !self.gap(back - 1).contains(',') {
                back -= 1;
            }
            if back <= floor || !self.gap(back - 1).contains(',') {
                return None;
            }
            k = back;
        }
        None
    }

    /// Whether words `from..to` are an aside between commas that says
    /// nothing of who speaks: an age ("71") or a party and state ("D-Ore.").
    fn aside(&self, from: usize, to: usize) -> bool {
        if to != from + 1 {
            return false;
        }
        let w = self.word(from);
        let age = w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit());
        let party =
            matches!(w.as_bytes(), [b'D' | b'R' | b'I', b'-', c, ..] if c.is_ascii_uppercase());
        age || party
    }

    /// A group noun with a phrase after it that ends at word `last`:
    /// "mayors from several of the state's older cities", "people
    /// familiar with the talks".
    fn group_with_modifier(&self, last: usize, floor: usize, r: &Resolver<'_>) -> Option<Span> {
        let lowest = last.saturating_sub(MAX_SPEAKER_WORDS).max(floor);
        let mut g = last;
        while g > lowest {
            g -= 1;
            if self.gap(g).chars().any(|c| !c.is_whitespace()) {
                return None;
            }
            let f = self.flags(g);
            // Prepositions may link inside the phrase ("mayors from
            // several of the state's older cities"); other stop words end it.
            let preposition = matches!(
                self.word(g),
                "of" | "from"
                    | "at"
                    | "in"
                    | "with"
                    | "for"
                    | "on"
                    | "across"
                    | "to"
                    | "within"
                    | "inside"
            );
            if f & (STOP | SPEECH | AUX) != 0 && f & GROUP == 0 && !preposition {
                return None;
            }
            let links = matches!(
                self.word(g + 1),
                "of" | "from"
                    | "at"
                    | "in"
                    | "for"
                    | "with"
                    | "familiar"
                    | "close"
                    | "within"
                    | "inside"
            );
            // Lower case, or capitalized as the first word ("Mayors from
            // …" opening a sentence).
            let case_ok = starts_lower(self.word(g)) || g == floor;
            if f & GROUP != 0 && links && case_ok {
                let np = self.noun_phrase_before(g + 1, floor, r)?;
                // (To the end of a name that ends there: "OPEC+".)
                let end = r.at(self.words[last]).map_or(self.words[last].end, |m| {
                    m.span.end.max(self.words[last].end)
                });
                return Some(Span::new(np.start, end));
            }
        }
        None
    }

    /// How many words starting at `k` make a time or a setting after a
    /// speech verb: "on Wednesday", "Tuesday", "last week", "in a
    /// statement", "earlier".
    fn adverbial_after(&self, k: usize, end: usize) -> usize {
        let is = |i: usize, words: &[&str]| {
            i < end && words.iter().any(|w| self.word(i).eq_ignore_ascii_case(w))
        };
        let day = |i: usize| i < end && self.flags(i) & TIME != 0;
        if k >= end || !self.gap(k - 1).trim().is_empty() {
            return 0;
        }
        let n = if is(k, &["yesterday", "today", "tonight", "earlier", "later"]) {
            1
        } else if day(k) {
            1 + usize::from(day(k + 1))
        } else if is(k, &["on", "last", "this", "late", "early"]) && day(k + 1) {
            2 + usize::from(day(k + 2))
        } else if is(k, &["in"]) {
            // "in a statement", "in written testimony", "in a blog post".
            let det = usize::from(is(k + 1, &["a", "an", "his", "her", "its", "their"]));
            (k + 1 + det..(k + 4 + det).min(end))
                .take_while(|&m| starts_lower(self.word(m)) && self.gap(m - 1).trim().is_empty())
                .find(|&m| self.flags(m) & MEDIUM != 0)
                .map_or(0, |m| m - k + 1)
        } else {
            0
        };
        // Not the start of a noun phrase: "said Wednesday night's crash".
        if n > 0 && k + n < end {
            let w = self.word(k + n);
            if w.ends_with("'s") || w.ends_with("’s") {
                return 0;
            }
        }
        // The adverbial ends cleanly, or with a comma ("said on Monday, the").
        if n > 0 && k + n < end && !self.gap(k + n - 1).trim().trim_end_matches(',').is_empty() {
            return 0;
        }
        n
    }

    /// Whether words `from..to` hold the verb of a reported clause: a
    /// finite verb or a past form in "-ed", before the sentence or clause
    /// ends, and outside a relative clause set off by commas ("said 12
    /// people, who lived nearby, had died"; not "added 22 points for the
    /// Kings, who have won four").
    fn clause_verb(&self, from: usize, to: usize) -> bool {
        let mut m = from;
        while m < to {
            let gap = self.gap(m - 1);
            if gap.contains([';', ':', '.']) && !self.abbreviation_gap(m - 1) {
                return false;
            }
            // "Her brother, who wrote the first prototype, said …": the
            // verb after the comma is the sentence's own.
            if gap.contains(',') && self.flags(m) & SPEECH != 0 {
                return false;
            }
            if gap.contains(',') && matches!(self.word(m), "who" | "which" | "whose" | "where") {
                // Skip to the comma that closes the relative clause.
                m += 1;
                while m < to && !self.gap(m - 1).contains(',') {
                    m += 1;
                }
                if m < to && self.gap(m - 1).contains(',') {
                    continue;
                }
                return false;
            }
            let w = self.word(m);
            if self.flags(m) & FINITE != 0 || (w.len() > 4 && w.ends_with("ed") && starts_lower(w))
            {
                return true;
            }
            if self.present_verb(m, from) {
                return true;
            }
            m += 1;
        }
        false
    }

    /// Whether word `m` reads as a verb in the present tense after its
    /// subject: "-s" after "it" or after an article and a noun ("the
    /// governor supports", "the money falls short", "it wants"), no
    /// earlier than word `from - 1`.
    fn present_verb(&self, m: usize, from: usize) -> bool {
        let w = self.word(m);
        let verb_shape = w.len() >= 4
            && w.ends_with('s')
            && !w.ends_with("ss")
            && !w.ends_with("us")
            && !w.ends_with("is")
            && w.bytes().all(|b| b.is_ascii_lowercase())
            && self.flags(m) & !(SPEECH | CLAUSE | NOUN) == 0
            && self.gap(m - 1).trim().is_empty();
        if !verb_shape || m < from {
            return false;
        }
        // Not a plural object ("reported the quarterly results on Monday",
        // "explained the new rules to reporters"): a verb has something
        // after it other than a preposition, a time or the end.
        let next_ok = m + 1 < self.words.len()
            && self.gap(m).trim().is_empty()
            && self.flags(m + 1) & (PREP | STOP | TIME | SETTING) == 0;
        if !next_ok {
            return false;
        }
        let prev = self.word(m - 1);
        if prev == "it" {
            return true;
        }
        m > from
            && self.gap(m - 2).trim().is_empty()
            && starts_lower(prev)
            && !prev.ends_with('s')
            && self.flags(m - 1) & (STOP | PREP | AUX | DET | PRONOUN) == 0
            && matches!(
                self.word(m - 2),
                "the" | "a" | "an" | "his" | "her" | "its" | "their" | "this" | "that" | "The"
            )
    }

    /// Moves word index `k` back over abbreviated titles before it ("Dr.",
    /// "Ms.", "Sen."), no further than `floor`.
    fn title_before(&self, mut k: usize, floor: usize) -> usize {
        while k > floor && self.abbreviation_gap(k - 1) {
            k -= 1;
        }
        k
    }

    /// Moves `end` back over a short aside in parentheses that ends right
    /// before it ("Rep. Dana Whitley (R-Ohio) said", "Sen. Rafael Ortiz
    /// (D., Mich.), the minority leader,").
    fn skip_parenthetical(&self, end: usize, floor: usize) -> usize {
        if end <= floor + 1 {
            return end;
        }
        let closes = self
            .gap(end - 1)
            .trim_start_matches(['.', ' '])
            .starts_with(')');
        if !closes {
            return end;
        }
        let lowest = end.saturating_sub(5).max(floor + 1);
        (lowest..end)
            .rev()
            .find(|&k| self.gap(k - 1).contains('('))
            .filter(|&k| !(k..end - 1).any(|m| self.gap(m).contains([')', '('])))
            .unwrap_or(end)
    }

    /// Moves `end` back over asides set off by commas before it ("Sen.
    /// Jane Doe, D-Ore., whose state …").
    fn skip_asides(&self, mut end: usize, floor: usize) -> usize {
        while end >= floor + 2 && self.aside(end - 1, end) && self.gap(end - 2).trim() == "," {
            end -= 1;
        }
        end
    }

    /// Where a person's name that starts at word `from` ends (exclusive),
    /// before `limit`: a person mention, or two to four capitalized words
    /// with any title before them and letters after them ("Det Insp Gareth
    /// Lloyd", "Fiona McAllister KC").
    fn name_end(&self, from: usize, limit: usize, r: &Resolver<'_>) -> Option<usize> {
        if from >= limit {
            return None;
        }
        if let Some(m) = r.at(self.words[from]) {
            // "Italian Renato Bellini": a demonym, then the name.
            if m.demonym {
                let next = self.index_at(m.span.end);
                let named = next < limit
                    && self.gap(next - 1).trim().is_empty()
                    && r.at(self.words[next]).is_some_and(|n| n.person);
                if named {
                    return self.name_end(next, limit, r);
                }
            }
            if !m.person {
                return None;
            }
            let mut end = self.index_at(m.span.end).max(from + 1);
            if end < limit
                && self.gap(end - 1).trim().is_empty()
                && self.flags(end) & POSTNOMINAL != 0
            {
                end += 1;
            }
            return Some(end.min(limit));
        }
        let mut end = from;
        let mut names = 0;
        while end < limit && end - from < 6 {
            if end > from && !self.gap(end - 1).trim().is_empty() && !self.abbreviation_gap(end - 1)
            {
                break;
            }
            let w = self.word(end);
            let f = self.flags(end);
            if f & POSTNOMINAL != 0 && names >= 2 {
                end += 1;
                break;
            }
            if !starts_upper(w)
                || f & (STOP | DET | PRONOUN | SPEECH | AUX | GROUP) != 0
                || entities::is_org_word(w)
                || entities::is_not_name(w)
                || r.at(self.words[end]).is_some()
            {
                break;
            }
            names += 1;
            end += 1;
        }
        (2..=4).contains(&names).then_some(end)
    }

    /// The noun phrase that ends with word `end - 1`: a name (a mention,
    /// or capitalized words), a pronoun, or words ending in a group noun
    /// ("American officials", "a State Department spokesman").
    fn noun_phrase_before(&self, end: usize, floor: usize, r: &Resolver<'_>) -> Option<Span> {
        let end = self.skip_parenthetical(end, floor);
        if end <= floor {
            return None;
        }
        let last = end - 1;
        let head = self.word(last);
        let head_flags = self.flags(last);
        if head_flags & PRONOUN != 0 {
            return Some(Span::new(self.words[last].start, self.words[last].end));
        }
        let mention = r.at(self.words[last]);
        // "forecasters", "legal scholars": a plural common noun names a
        // group; "the 71-year-old" a person.
        // Not "our models said" (inside a quotation).
        let first_person = last > floor
            && matches!(
                self.word(last - 1),
                "our" | "my" | "your" | "Our" | "My" | "Your"
            );
        let plural = head_flags == 0
            && !first_person
            && head.len() >= 5
            && head.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
            && head.starts_with(|c: char| c.is_ascii_lowercase())
            && head.ends_with('s')
            && !head.ends_with("ss")
            && !head.ends_with("us")
            && !head.ends_with("is");
        let group = head_flags & GROUP != 0 || plural || is_age(head);
        // "the airline", "the weather service", "the Saudi delegation": a
        // common noun after an article and at most three modifiers.
        let article_at = if starts_lower(head) && (head_flags == 0 || head_flags & GROUP != 0) {
            (last.saturating_sub(4).max(floor)..last)
                .rev()
                .take_while(|&k| {
                    self.gap(k).trim().is_empty()
                        && (k == last - 1
                            || self.flags(k + 1) & (STOP | AUX | SPEECH | PRONOUN | DET) == 0)
                })
                .find(|&k| matches!(self.word(k), "the" | "The" | "a" | "A" | "an" | "An"))
        } else {
            None
        };
        let after_article = article_at.is_some();
        // "a source close to the company": the group noun before, not the
        // company.
        if mention.is_none() && head_flags & ORGNOUN != 0 {
            let linked =
                article_at.is_some_and(|a| a > floor && matches!(self.word(a - 1), "to" | "with"));
            if linked {
                if let Some(modified) = self.group_with_modifier(last, floor, r) {
                    return Some(modified);
                }
            }
        }
        // "Officials in Texas": a group noun with a place after it.
        // Also "sources within OPEC+": a group inside an organization.
        let within = mention.is_some_and(|m| {
            let at = self.index_at(m.span.start);
            m.org && at > floor && matches!(self.word(at - 1), "within" | "inside")
        });
        if within || mention.is_some_and(|m| !m.person && !m.org && !m.demonym) {
            if let Some(modified) = self.group_with_modifier(last, floor, r) {
                return Some(modified);
            }
        }
        // "mayors from several of the state's older cities": a group noun
        // with its modifier, before the plural noun that ends it.
        if mention.is_none() && plural && head_flags & GROUP == 0 {
            if let Some(modified) = self.group_with_modifier(last, floor, r) {
                return Some(modified);
            }
        }
        if mention.is_none() && !group && !starts_upper(head) {
            // "people familiar with the talks" before "the talks".
            let modified = self.group_with_modifier(last, floor, r);
            if modified.is_some() || !after_article {
                return modified;
            }
        }
        if flags(head) & (DET | AUX | SPEECH | STOP) != 0 && !group && mention.is_none() {
            return None;
        }
        // Grow leftwards over capitalized words, group nouns, mentions,
        // "of"/"for" inside names, and one determiner.
        let mut start = last;
        if let Some(m) = mention {
            start = self.index_at(m.span.start).min(last);
        }
        while start > floor && end - start < MAX_SPEAKER_WORDS {
            let k = start - 1;
            if self.gap(k).chars().any(|c| !c.is_whitespace()) {
                break;
            }
            let w = self.word(k);
            let f = self.flags(k);
            if f & STOP != 0 && r.at(self.words[k]).is_none() {
                break;
            }
            if f & DET != 0 && !w.eq_ignore_ascii_case("that") {
                if !w.eq_ignore_ascii_case("said") {
                    start = k;
                }
                break;
            }
            let in_mention = r.at(self.words[k]);
            // "the company's chief executive", "the prime minister’s spokesman"
            let possessive =
                w.ends_with("'s") || w.ends_with("’s") || w.ends_with("s'") || w.ends_with("s’");
            if possessive && f & (STOP | AUX) == 0 {
                start = k;
                continue;
            }
            let joins_name = matches!(w, "of" | "for" | "de" | "von" | "der" | "van" | "al")
                && k > floor
                && (starts_upper(self.word(k - 1)) || self.flags(k - 1) & GROUP != 0);
            // A modifier between the article and the noun ("weather").
            let modifier = article_at.is_some_and(|a| k > a) && f == 0;
            // A bare modifier of a role right after a comma or at the
            // start: "…, transport minister says".
            let bare_modifier = article_at.is_none()
                && start == last
                && f == 0
                && starts_lower(w)
                && head_flags & (ROLE | GROUP) != 0
                && (k == floor || self.gap(k - 1).contains([',', '.', '!', '?', ';', ':']));
            if in_mention.is_some()
                || modifier
                || bare_modifier
                || (starts_upper(w) && f & (SPEECH | PRONOUN) == 0)
                || f & GROUP != 0
                || joins_name
                || (starts_lower(w) && (w.ends_with("ian") || w.ends_with("ese")))
            {
                start = match in_mention {
                    Some(m) => self.index_at(m.span.start).min(k),
                    None => k,
                };
                continue;
            }
            break;
        }
        // "one of the sources", "some of the residents": a part of a group.
        if start >= floor + 2
            && self.word(start - 1) == "of"
            && self.gap(start - 1).trim().is_empty()
            && self.gap(start - 2).trim().is_empty()
            && matches!(
                ascii_lowercase(self.word(start - 2), &mut [0; SHORT]),
                "one"
                    | "two"
                    | "three"
                    | "several"
                    | "some"
                    | "many"
                    | "most"
                    | "each"
                    | "all"
                    | "both"
                    | "few"
                    | "none"
            )
        {
            start -= 2;
        }
        // A capitalized sentence opener alone is no speaker ("Then said").
        let span = Span::new(self.words[start].start, self.words[last].end);
        let only = &self.text[span];
        if mention.is_none() && !group && start == last && flags(only) & (AUX | DET) != 0 {
            return None;
        }
        Some(span)
    }

    /// The noun phrase that starts at word `start`, after an inverted verb
    /// ("said Jane Doe, a spokeswoman", "said the agency’s director").
    fn noun_phrase_after(&self, start: usize, limit: usize, r: &Resolver<'_>) -> Option<Span> {
        if start >= limit {
            return None;
        }
        // A person named within the next few words ("said Sen. Jane Doe,
        // R-Kan.", "said the agency's director, Jane Doe") is the speaker.
        for k in start..limit.min(start + 4) {
            if let Some(m) = r.at(self.words[k]).filter(|m| m.person) {
                let end = self.index_at(m.span.end).max(k + 1);
                return Some(Span::new(self.words[start].start, self.words[end - 1].end));
            }
            if k > start
                && self
                    .gap(k - 1)
                    .contains(['.', '!', '?', ';', '“', '”', '"'])
                && !self.abbreviation_gap(k - 1)
            {
                break;
            }
        }
        let mut end = start;
        let mut seen_head = false;
        while end < limit && end - start < MAX_SPEAKER_WORDS {
            if end > start
                && self.gap(end - 1).chars().any(|c| !c.is_whitespace())
                && !self.abbreviation_gap(end - 1)
            {
                break;
            }
            let w = self.word(end);
            let f = self.flags(end);
            let mention = r.at(self.words[end]);
            let ok = mention.is_some()
                || starts_upper(w)
                || f & (GROUP | DET) != 0
                || (seen_head && matches!(w, "of" | "for" | "at"))
                || (!seen_head && starts_lower(w) && f == 0 && end + 1 < limit);
            if !ok || (end > start && f & (SPEECH | AUX) != 0 && f & GROUP == 0) {
                break;
            }
            if let Some(m) = mention {
                end = self.index_at(m.span.end).max(end + 1);
            } else {
                end += 1;
            }
            seen_head |= mention.is_some() || starts_upper(w) || f & (GROUP | PRONOUN) != 0;
        }
        // Drop trailing linking words.
        while end > start && matches!(self.word(end - 1), "of" | "for" | "at") {
            end -= 1;
        }
        // "said one, Terry Walsh, 74"; "said a neighbor, Jane Roe": a name
        // set off after a description.
        let described = !seen_head
            || (end > start && (starts_lower(self.word(start)) || self.flags(start) & DET != 0));
        if described && end > start && end < limit && self.gap(end - 1).trim() == "," {
            if let Some(name_end) = self.name_end(end, limit, r) {
                let after = self.gap(name_end - 1);
                if name_end == limit || after.contains([',', '.', ';']) || after.trim().is_empty() {
                    return Some(Span::new(
                        self.words[end].start,
                        self.words[name_end - 1].end,
                    ));
                }
            }
        }
        (end > start && seen_head)
            .then(|| Span::new(self.words[start].start, self.words[end - 1].end))
    }
}

// ---------------------------------------------------------------------------
// The stage

/// A quotation across its paragraphs.
#[derive(Clone, Debug)]
struct Seg {
    family: Family,
    mark: usize,
    parts: Vec<Span>,
    close_end: usize,
    closed: bool,
    para: usize,
}

/// A paragraph, or a headline or heading read as one.
struct Block<'a> {
    span: Span,
    sentences: &'a [Span],
    /// A headline or a heading: no quotation continues into or out of it.
    line: bool,
}

/// Finds the quotes of a parsed article. The entities, when there are
/// any, resolve the speakers. `tokens` holds the words of the title, the
/// headings and the paragraphs.
pub(crate) fn extract(text: &str, article: &Article, tokens: &Tokens<'_>) -> Vec<Quote> {
    // The headline and the section headings are read like one-sentence
    // paragraphs ("Minister says cuts 'unavoidable'").
    let lines: Vec<Span> = article
        .title
        .iter()
        .map(|t| t.span)
        .chain(article.headings().map(|h| h.span))
        .collect();
    let mut paragraphs: Vec<Block<'_>> = Vec::new();
    let mut body = article.paragraphs().peekable();
    let mut heads = lines.iter().peekable();
    loop {
        let line_first = match (heads.peek(), body.peek()) {
            (Some(h), Some(p)) => h.start < p.span.start,
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        if line_first {
            let h = heads.next().expect("peeked");
            paragraphs.push(Block {
                span: *h,
                sentences: std::slice::from_ref(h),
                line: true,
            });
        } else {
            let p = body.next().expect("peeked");
            paragraphs.push(Block {
                span: p.span,
                sentences: &p.sentences,
                line: false,
            });
        }
    }
    let mut resolver = Resolver::new(article);
    resolver.para_starts = paragraphs.iter().map(|p| p.span.start).collect();
    resolver.para_lines = paragraphs.iter().map(|p| p.line).collect();
    let mut quotes: Vec<Quote> = Vec::new();

    // 1. Quotations, with multi-paragraph ones joined.
    let mut segs: Vec<Seg> = Vec::new();
    let mut raw: Vec<RawSeg> = Vec::new();
    let mut stack: Vec<Open> = Vec::new();
    for (pi, p) in paragraphs.iter().enumerate() {
        raw.clear();
        pair_marks(text, p.span, &mut stack, &mut raw);
        for (k, r) in raw.iter().enumerate() {
            // A paragraph that opens with the quote mark of a quotation the
            // previous paragraph left open continues it.
            let continues = k == 0
                && !p.line
                && r.mark == p.span.start
                && segs.last().is_some_and(|s: &Seg| {
                    !s.closed
                        && s.para + 1 == pi
                        && s.family == r.family
                        && !paragraphs[s.para].line
                });
            if continues {
                let last = segs.last_mut().expect("checked");
                last.parts.push(r.content);
                last.close_end = r.close_end;
                last.closed = r.closed;
                last.para = pi;
                continue;
            }
            segs.push(Seg {
                family: r.family,
                mark: r.mark,
                parts: vec![r.content],
                close_end: r.close_end,
                closed: r.closed,
                para: pi,
            });
        }
    }

    resolver.quoted = segs
        .iter()
        .map(|s| Span::new(s.mark, s.close_end))
        .collect();

    // 2. Paragraph by paragraph: quotations, then reported speech.
    // The words of a block that is none of the tokenized pieces (there is
    // none: a safeguard).
    let mut scratch: Vec<Word> = Vec::new();
    let mut next_seg = 0;
    // The last quote with a speaker (its index in `quotes`), and the
    // paragraph it is in.
    let mut last_quote_speaker: Option<(usize, usize)> = None;
    // Speech verbs already used to attribute a quotation.
    let mut used_cues: Vec<usize> = Vec::new();
    // Per paragraph, reused: the quotations that start in it, which of them
    // joined an earlier one, and their spans.
    let mut here: Vec<usize> = Vec::new();
    let mut merged_into: Vec<Option<usize>> = Vec::new();
    let mut inside: Vec<Span> = Vec::new();
    // The last quotation that runs over more than one paragraph: its
    // index in `segs` and, once it is a quote, its index in `quotes`.
    let mut multi: Option<(usize, Option<usize>)> = None;
    for (pi, p) in paragraphs.iter().enumerate() {
        let words = match tokens.words_of(p.span) {
            Some(words) => words,
            None => {
                scratch.clear();
                crate::tokens::words(text, p.span, &mut scratch);
                &scratch
            }
        };
        let para = Para { text, words };
        let first_seg = next_seg;
        while next_seg < segs.len() && segs[next_seg].mark < p.span.end {
            next_seg += 1;
        }
        // Quotations that start in this paragraph.
        here.clear();
        here.extend(first_seg..next_seg);
        merged_into.clear();
        merged_into.resize(here.len(), None);
        used_cues.clear();
        // Word ranges inside quotations, to skip when reading reported speech:
        // first the part of a quotation that an earlier paragraph left open
        // and this one continues.
        inside.clear();
        let carried = first_seg
            .checked_sub(1)
            .filter(|&k| segs[k].para >= pi && segs[k].mark < p.span.start);
        if let Some(k) = carried {
            let end = if segs[k].para == pi {
                segs[k].close_end.min(p.span.end)
            } else {
                p.span.end
            };
            inside.push(Span::new(p.span.start, end));
        }
        let skip = inside.len();
        inside.extend(
            here.iter()
                .map(|&k| Span::new(segs[k].mark, segs[k].close_end.min(p.span.end))),
        );
        // A quotation over several paragraphs with no attribution yet may
        // have it after its close, in its last paragraph ("“… and they
        // will balance next year too,” Park said.").
        if let Some(k) = carried.filter(|&k| segs[k].para == pi && segs[k].closed) {
            let quote = multi
                .filter(|&(m, _)| m == k)
                .and_then(|(_, q)| q)
                .filter(|&q| quotes[q].cue.is_none());
            let close_end = segs[k].close_end;
            let last = text[p.span.start..close_end]
                .trim_end()
                .trim_end_matches(['\'', '’', '"', '”', '»', '›']);
            let post_start = para.index_at(close_end);
            let post_limit = para.index_at(here.first().map_or(p.span.end, |&n| segs[n].mark));
            let open_end = last.ends_with([',', '?', '!', '—', '–', '…']);
            if let Some(q) = quote.filter(|_| open_end && post_start < post_limit) {
                if let Some(a) =
                    attribution_after(&para, close_end, post_start, post_limit, &resolver)
                {
                    let at = used_cues.partition_point(|&c| c < a.cue.start);
                    used_cues.insert(at, a.cue.start);
                    let speaker = a.speaker.map(|s| resolver.resolve(text, s, pi));
                    if speaker.is_some() {
                        last_quote_speaker = Some((q, pi));
                        quotes[q].speaker = speaker;
                    }
                    quotes[q].cue = Some(Cue {
                        text: text[a.cue].to_string(),
                        span: a.cue,
                    });
                }
            }
        }

        // A paragraph of one short sentence with no final punctuation is
        // written like a headline (a standfirst: "Andrew Bailey says cuts
        // 'still some way off'"), and may drop its verb as one does.
        let headline_like = p.line || {
            let body = text[p.span].trim_end();
            let last = body
                .trim_end_matches(['\'', '’', '"', '”', '»', ')'])
                .chars()
                .next_back();
            p.sentences.len() == 1
                && !last.is_some_and(|c| is_terminal(c) || matches!(c, ':' | ',' | ';'))
                && body.split_whitespace().count() <= 25
        };
        // Sentences are read in order: the reported speech of a sentence
        // before a quotation is read before it, so that its speaker is
        // known there ("X said the farmers would … “…,” he said").
        let mut next_sentence = 0;
        // One pass more than there are quotations: the last reads the
        // sentences after the last quotation.
        for hk in 0..=here.len() {
            if merged_into.get(hk).is_some_and(Option::is_some) {
                continue;
            }
            let until = here.get(hk).map_or(usize::MAX, |&k| segs[k].mark);
            while next_sentence < p.sentences.len() && p.sentences[next_sentence].end <= until {
                reported(
                    &para,
                    headline_like,
                    p.sentences[next_sentence],
                    &inside,
                    &used_cues,
                    &mut resolver,
                    pi,
                    &mut quotes,
                    &mut last_quote_speaker,
                );
                next_sentence += 1;
            }
            let Some(&k) = here.get(hk) else {
                break;
            };
            let seg = &segs[k];
            let sentence = p
                .sentences
                .get(p.sentences.partition_point(|s| s.end <= seg.mark))
                .filter(|s| s.start <= seg.mark)
                .copied()
                .unwrap_or(p.span);
            // Words before the mark in its sentence, after any earlier
            // quotation; words after the quotation up to the next one.
            let prev_end = if hk + skip > 0 {
                inside[hk + skip - 1].end
            } else {
                p.span.start
            };
            let floor = para.index_at(sentence.start.max(prev_end));
            let open_at = para.index_at(seg.mark);
            let next_mark = here.get(hk + 1).map_or(p.span.end, |&n| segs[n].mark);
            let post_start = para.index_at(seg.close_end);
            let post_limit = para.index_at(next_mark);
            let content = text[seg.parts[0]]
                .trim_end()
                .trim_end_matches(['\'', '’', '"', '”', '»', '›']);
            let ends_open = content.ends_with([',', '?', '!', '—', '–', '…', ':'])
                || content.ends_with("...")
                || !seg.closed;
            let ends_sentence = content.ends_with(['.', '?', '!', '…']);

            // After: ,” he said / ,” said Jane Doe.
            // “Q.” ends a sentence: what follows is no attribution.
            let post = if seg.parts.len() == 1
                && seg.closed
                && post_start < post_limit
                && !content.ends_with('.')
            {
                attribution_after(&para, seg.close_end, post_start, post_limit, &resolver)
            } else {
                None
            };
            // Before: She said: “… / She said, “… / said that “…
            let pre = attribution_before(&para, floor, open_at, seg.mark, &resolver);
            let title = open_at > floor
                && para.flags(open_at - 1) & TITLE != 0
                && !starts_lower(content)
                && !ends_sentence;
            let at_start = open_at == floor
                || text[sentence.start.max(prev_end)..seg.mark]
                    .trim_matches(|c: char| {
                        c.is_whitespace() || matches!(c, '(' | '[' | '-' | '—' | '–')
                    })
                    .is_empty();
            let colon_before = open_at > floor && text[..seg.mark].trim_end().ends_with(':');
            // « … », he said: the comma after the closing mark.
            let comma_after = text[seg.close_end..].trim_start().starts_with(',');

            // The title of a work after the noun that names it ("the 2019
            // book “Paper Planes: How Weapons Programs Fail,” said …") is
            // no quotation, whatever follows it.
            if title && title_case(content) {
                continue;
            }
            // Scare quotes and nicknames: the so-called “chair’s text”,
            // nicknamed them "phone jail".
            if open_at > floor {
                let before = text[..seg.mark].trim_end();
                let named = before.ends_with("so-called")
                    || before.ends_with("so called")
                    || before.ends_with("nicknamed")
                    || before.ends_with("nicknamed them")
                    || before.ends_with("nicknamed it");
                if named && content.split_whitespace().count() <= 6 {
                    continue;
                }
            }
            let (kind, attr) =
                if let (Some(a), true) = (post, ends_open || ends_sentence || comma_after) {
                    // A fragment inside a sentence before ", she added" is a
                    // partial quotation.
                    let fragment = !at_start && !ends_open && !ends_sentence;
                    let kind = if fragment {
                        QuoteKind::Partial
                    } else {
                        QuoteKind::Direct
                    };
                    (kind, Some(a))
                } else if let Some((a, true)) = pre {
                    // Set off by a colon or comma: S said: “…”. But "Both
                    // sides, S said, “want a deal”" continues a clause the
                    // attribution interrupts: a partial quotation.
                    let interrupts = !colon_before
                        && a.speaker.is_some_and(|s| {
                            let k = para.index_at(s.start);
                            k > floor + 1 && para.gap(k - 1).trim() == ","
                        })
                        && starts_lower(content);
                    let kind = if interrupts {
                        QuoteKind::Partial
                    } else {
                        QuoteKind::Direct
                    };
                    (kind, Some(a))
                } else if title {
                    continue;
                } else if at_start && (ends_open || ends_sentence || seg.parts.len() > 1) {
                    (QuoteKind::Direct, None)
                } else if let Some((a, _)) = pre {
                    let full = starts_upper(content) && ends_sentence;
                    let kind = if full {
                        QuoteKind::Direct
                    } else {
                        QuoteKind::Partial
                    };
                    (kind, Some(a))
                } else if colon_before
                    && starts_upper(content)
                    && (ends_sentence || !title_case(content))
                {
                    // "Whitfield pressed her: “…”", "The statement
                    // continued: “…”".
                    (QuoteKind::Direct, None)
                } else if title_case(content) {
                    // A name or title in quote marks: "Cleared for Takeoff".
                    continue;
                } else {
                    (QuoteKind::Partial, None)
                };

            // Each quotation is read once (one merged into the one before
            // it is skipped): its parts move into the quote.
            let mut parts = std::mem::take(&mut segs[k].parts);
            // “A,” he said, “B.”: the piece after the attribution joins.
            if let (QuoteKind::Direct, Some(a)) = (kind, post) {
                if let Some(&n) = here.get(hk + 1) {
                    // The attribution, with whatever follows it ("told
                    // reporters outside the chamber"), ends with a comma.
                    // (Nothing when the attribution runs past the next mark.)
                    let between = text.get(a.end..segs[n].mark).unwrap_or("").trim_end();
                    let joined = between.ends_with(',')
                        && !between.contains(['.', '!', '?', ';', ':', '“', '”', '"'])
                        && between.split_whitespace().count() <= 10
                        && !content.ends_with(['.', '!', '?']);
                    if joined {
                        parts.extend(segs[n].parts.iter().copied());
                        merged_into[hk + 1] = Some(hk);
                    }
                }
            }

            let speaker;
            let mut cue = None;
            if let Some(a) = attr {
                if kind == QuoteKind::Direct {
                    // Kept sorted for binary search; cues come nearly in
                    // order, so this inserts at or near the end.
                    let at = used_cues.partition_point(|&c| c < a.cue.start);
                    used_cues.insert(at, a.cue.start);
                }
                cue = Some(Cue {
                    text: text[a.cue].to_string(),
                    span: a.cue,
                });
                speaker = a.speaker.map(|s| resolver.resolve(text, s, pi));
            } else if kind == QuoteKind::Direct && colon_before {
                speaker = sentence_speaker(&para, sentence, open_at, &mut resolver, pi)
                    .map(|x| x.0)
                    .or_else(|| {
                        // "Starmer: “We will rebuild Britain”": a name, and
                        // nothing else, before the colon.
                        let np = para.noun_phrase_before(open_at, floor, &resolver)?;
                        (para.index_at(np.start) == floor).then(|| resolver.resolve(text, np, pi))
                    });
            } else if kind == QuoteKind::Direct {
                // A follow-on quotation keeps the previous speaker.
                speaker = last_quote_speaker
                    .filter(|&(_, qp)| pi.saturating_sub(qp) <= FOLLOW_ON_PARAGRAPHS)
                    .and_then(|(q, _)| quotes.get(q)?.speaker.clone());
            } else {
                // A partial quotation: the sentence's speaker.
                if let Some((s, c)) = sentence_speaker(&para, sentence, open_at, &mut resolver, pi)
                {
                    speaker = Some(s);
                    cue = c.map(|c| Cue {
                        text: text[c].to_string(),
                        span: c,
                    });
                } else {
                    speaker = None;
                }
            }
            if speaker.is_some() {
                // The quote pushed below.
                last_quote_speaker = Some((quotes.len(), pi));
            }
            if segs[k].para > pi {
                multi = Some((k, Some(quotes.len())));
            }
            let span = Span::new(parts[0].start, parts[parts.len() - 1].end);
            let text_joined = join_parts(text, &parts);
            quotes.push(Quote {
                kind,
                text: text_joined,
                span,
                parts,
                speaker,
                cue,
            });
        }
    }
    quotes.sort_by_key(|q| (q.span.start, q.span.end));
    inherit_speakers(&mut quotes);
    headline_roles(&mut quotes, &lines, article, &resolver.roles);
    headline_echoes(&mut quotes, &lines);
    headline_orgs(&mut quotes, &lines, article);
    quotes
}

/// The speaker of `q` and the headline or heading it stands in, when it
/// stands in one of `lines` and names no entity.
fn line_speaker<'q>(q: &'q mut Quote, lines: &[Span]) -> Option<(&'q mut Speaker, Span)> {
    let s = q.speaker.as_mut()?;
    if s.entity.is_some() {
        return None;
    }
    let i = lines.partition_point(|l| l.end <= s.span.start);
    let line = *lines
        .get(i)
        .filter(|l| l.start <= s.span.start && s.span.end <= l.end)?;
    Some((s, line))
}

/// "Rocket broke apart after engine fire, company says": an organization
/// noun in a headline or heading, with no name, is the first organization
/// the text after the line names (not a wire agency in the dateline). The
/// organizations' mentions are indexed once, when a line needs them.
fn headline_orgs(quotes: &mut [Quote], lines: &[Span], article: &Article) {
    let mut first_orgs: Option<Vec<(usize, usize)>> = None;
    for q in quotes.iter_mut() {
        let Some((s, line)) = line_speaker(q, lines) else {
            continue;
        };
        let head = s.name.rsplit(' ').next().unwrap_or_default();
        // "Rocket broke apart after engine fire, company says": the first
        // organization the text after the line names.
        if flags(head) & ORGNOUN != 0 && !s.name.split_whitespace().any(starts_upper) {
            let orgs = first_orgs.get_or_insert_with(|| {
                let mut v: Vec<(usize, usize)> = article
                    .entities
                    .iter()
                    .enumerate()
                    .filter(|(_, e)| e.kind == EntityKind::Organization)
                    .flat_map(|(k, e)| e.mentions.iter().map(move |m| (m.span.start, k)))
                    .collect();
                v.sort_unstable();
                v
            });
            let k = orgs.partition_point(|&(at, _)| at < line.end);
            let in_dateline = |at: usize| {
                article
                    .dateline
                    .as_ref()
                    .is_some_and(|d| d.span.start <= at && at < d.span.end)
            };
            let noun = head.to_ascii_lowercase();
            let found = orgs[k..]
                .iter()
                .take_while(|&&(at, _)| at <= line.end + ORG_WINDOW)
                .find(|&&(at, e)| !in_dateline(at) && kind_fits(&noun, &article.entities[e].name));
            if let Some(&(_, e)) = found {
                let entity = &article.entities[e];
                s.name.clone_from(&entity.name);
                s.entity = Some(entity.id.clone());
            }
        }
    }
}

/// "Springfield mayor says deal is 'dead'": a role in a headline or
/// heading names the person the text after it introduces with that title
/// ("Mayor Rosa Delgado"): the first mention after the line of a
/// person with that role. The mentions are indexed by role once, when a
/// headline needs them, so that many headings cost no more than one.
fn headline_roles(quotes: &mut [Quote], lines: &[Span], article: &Article, roles: &[Vec<&str>]) {
    let mut by_role: Option<FnvMap<&str, Vec<(usize, usize)>>> = None;
    for q in quotes.iter_mut() {
        let Some((s, line)) = line_speaker(q, lines) else {
            continue;
        };
        let head = s.name.rsplit(' ').next().unwrap_or_default();
        let Some(role) = role_of(head) else { continue };
        let index = by_role.get_or_insert_with(|| {
            let mut map: FnvMap<&str, Vec<(usize, usize)>> = FnvMap::default();
            for (e, entity) in article.entities.iter().enumerate() {
                if entity.kind != EntityKind::Person {
                    continue;
                }
                for &r in roles.get(e).map_or(&[][..], Vec::as_slice) {
                    let at = map.entry(r).or_default();
                    at.extend(entity.mentions.iter().map(|m| (m.span.start, e)));
                }
            }
            for v in map.values_mut() {
                v.sort_unstable();
            }
            map
        });
        let Some(mentions) = index.get(role) else {
            continue;
        };
        let k = mentions.partition_point(|&(at, _)| at < line.end);
        if let Some(&(_, e)) = mentions.get(k) {
            let entity = &article.entities[e];
            s.name.clone_from(&entity.name);
            s.entity = Some(entity.id.clone());
        }
    }
}

/// The first words of a quotation, in lower case, letters and digits
/// only: at most `n` of them.
fn lead_words(text: &str, n: usize) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric() && c != '\'' && c != '’')
        .filter(|w| !w.is_empty())
        .take(n)
        .map(str::to_lowercase)
        .collect()
}

/// "'We will not back down,' union leader vows": a quotation in a
/// headline or heading that the body quotes again ("“We will not back
/// down. Not this week,” Niels Verhoeven … told …") has the body's
/// speaker, when the line's own speaker names no one the article knows.
/// The body's quotations are indexed once by their first three words.
fn headline_echoes(quotes: &mut [Quote], lines: &[Span]) {
    const KEY_WORDS: usize = 3;
    const MAX_WORDS: usize = 12;
    let in_line = |q: &Quote| {
        let i = lines.partition_point(|l| l.end <= q.span.start);
        lines
            .get(i)
            .is_some_and(|l| l.start <= q.span.start && q.span.end <= l.end)
    };
    let unresolved = |q: &Quote| q.speaker.as_ref().map_or(true, |s| s.entity.is_none());
    if !quotes.iter().any(|q| in_line(q) && unresolved(q)) {
        return;
    }
    let mut body: FnvMap<Vec<String>, usize> = FnvMap::default();
    for (i, q) in quotes.iter().enumerate() {
        if in_line(q) || q.speaker.as_ref().map_or(true, |s| s.entity.is_none()) {
            continue;
        }
        let key = lead_words(&q.text, KEY_WORDS);
        if key.len() >= 2 {
            body.entry(key).or_insert(i);
        }
    }
    for i in 0..quotes.len() {
        if !in_line(&quotes[i]) || !unresolved(&quotes[i]) {
            continue;
        }
        let words = lead_words(&quotes[i].text, MAX_WORDS);
        if words.len() < 2 {
            continue;
        }
        let key: Vec<String> = words.iter().take(KEY_WORDS).cloned().collect();
        let Some(&b) = body.get(&key) else { continue };
        if lead_words(&quotes[b].text, words.len()) != words {
            continue;
        }
        let Some(found) = quotes[b].speaker.clone() else {
            continue;
        };
        match &mut quotes[i].speaker {
            Some(s) => {
                s.name = found.name;
                s.entity = found.entity;
            }
            None => quotes[i].speaker = Some(found),
        }
    }
}

/// A partial quotation with no speaker of its own, inside reported speech,
/// takes the speaker and cue of the clause it sits in ("Brecht said the
/// problems were “textbook.”"). `quotes` is in document order, so the
/// clause that holds a partial comes before it.
fn inherit_speakers(quotes: &mut [Quote]) {
    let mut holder: Option<usize> = None;
    for i in 0..quotes.len() {
        match quotes[i].kind {
            QuoteKind::Indirect => holder = Some(i),
            QuoteKind::Partial => {
                // No speaker, or an "it"/"they" read before the clause's own
                // speaker was ("Retailworkers said …, which it described as “…”").
                // Also "he"/"she" when the clause's speaker may be one ("Mark
                // Ellery said …, a figure he described as ‘shocking’").
                let holder_gender = holder
                    .and_then(|h| quotes[h].speaker.as_ref())
                    .and_then(|s| gender::of_name(&s.name));
                let pronoun = quotes[i].speaker.as_ref().is_some_and(|s| {
                    let t = s.text.as_str();
                    t.eq_ignore_ascii_case("it")
                        || t.eq_ignore_ascii_case("they")
                        || (matches!(t, "he" | "she" | "He" | "She")
                            && holder_gender.map_or(true, |g| Some(g) == gender::of_pronoun(t)))
                });
                // The same cue as the clause's: the clause's reading of its
                // speaker is the better one ("He said Pritchard, a father
                // of two, had …, adding that he had ‘…’").
                let same_cue = holder.is_some_and(|h| {
                    let (outer, inner) = (quotes[h].span, quotes[i].span);
                    outer.start <= inner.start
                        && inner.end <= outer.end + 3
                        && quotes[h].speaker.is_some()
                        && match (&quotes[h].cue, &quotes[i].cue) {
                            (Some(a), Some(b)) => a.span == b.span,
                            // No verb of its own: the clause's governs it.
                            (Some(_), None) => true,
                            _ => false,
                        }
                });
                if same_cue {
                    if let Some(h) = holder {
                        quotes[i].speaker = quotes[h].speaker.clone();
                        quotes[i].cue = quotes[h].cue.clone();
                    }
                    continue;
                }
                if quotes[i].speaker.is_some() && !pronoun {
                    continue;
                }
                let Some(h) = holder else { continue };
                let (outer, inner) = (quotes[h].span, quotes[i].span);
                if outer.start <= inner.start && inner.end <= outer.end + 3 {
                    if pronoun {
                        // The pronoun stays as written; what it names is the
                        // clause's speaker.
                        let named = quotes[h]
                            .speaker
                            .as_ref()
                            .map(|s| (s.name.clone(), s.entity.clone()));
                        if let (Some(s), Some((name, entity))) = (&mut quotes[i].speaker, named) {
                            s.name = name;
                            s.entity = entity;
                        }
                        continue;
                    }
                    quotes[i].speaker = quotes[h].speaker.clone();
                    if quotes[i].cue.is_none() {
                        quotes[i].cue = quotes[h].cue.clone();
                    }
                }
            }
            _ => {}
        }
    }
}

/// Whether every word of `s` that is not a short function word starts with
/// a capital: the title of a song, a book, a campaign.
fn title_case(s: &str) -> bool {
    let mut words = 0;
    for w in s.split(|c: char| c.is_whitespace() || c == '-') {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        if w.is_empty() {
            continue;
        }
        words += 1;
        let small = w.len() <= 3 && w.chars().all(char::is_lowercase);
        if !small && !starts_upper(w) && !w.starts_with(|c: char| c.is_ascii_digit()) {
            return false;
        }
    }
    words > 0 && words <= 8
}

/// Whether `start..end` lies inside one of the quotations `inside` (in
/// order, not overlapping).
fn enclosed(inside: &[Span], start: usize, end: usize) -> bool {
    let k = inside.partition_point(|q| q.start <= start);
    k > 0 && end <= inside[k - 1].end
}

/// The span `start..end`, empty when `end` comes first.
fn range(start: usize, end: usize) -> Span {
    Span::new(start.min(end), end)
}

fn join_parts(text: &str, parts: &[Span]) -> String {
    let mut out = String::new();
    for (i, &p) in parts.iter().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(&text[p]);
    }
    out
}

/// The attribution right after a closing mark: “…,” S V / “…,” V S.
fn attribution_after(
    para: &Para<'_>,
    close_end: usize,
    first: usize,
    limit: usize,
    r: &Resolver<'_>,
) -> Option<Attribution> {
    let gap = &para.text[close_end..para.words[first].start];
    if gap
        .chars()
        .any(|c| !c.is_whitespace() && !matches!(c, ',' | '—' | '–' | '-'))
    {
        return None;
    }
    // A person named first and set off by a comma may carry a long
    // appositive before the verb ("Miriam Solberg, an American Civil
    // Liberties Union lawyer representing Delgado, told the justices").
    // (Also after a title: "Dr. Renata Kowalczyk, the state's chief health
    // officer, told".)
    let named_first = (first..(first + 3).min(limit))
        .find_map(|k| r.at(para.words[k]).filter(|m| m.person))
        .filter(|m| {
            let Some(before) = para.text.get(para.words[first].start..m.span.start) else {
                return false;
            };
            if before.trim().is_empty() {
                return true;
            }
            let before: Vec<&str> = before.split_whitespace().collect();
            entities::leading_title(&before) == before.len()
        })
        .map(|m| m.span)
        .filter(|m| para.text[m.end..].starts_with(','));
    let window = ATTRIBUTION_WINDOW
        + if named_first.is_some() {
            MAX_SPEAKER_WORDS
        } else {
            0
        };
    let limit = limit.min(first + window);
    // V S: said Jane Doe / said the spokesman.
    if para.is_verb(first) {
        let speaker = para.noun_phrase_after(first + 1, limit, r);
        let cue = Span::new(para.words[first].start, para.words[first].end);
        return Some(Attribution {
            speaker,
            cue,
            end: speaker.map_or(cue.end, |s| s.end),
        });
    }
    // S V: he said / Jane Doe, a spokeswoman for the agency, said.
    let mut i = first + 1;
    while i < limit {
        // The period of a title ("Mr. Menon said") ends no sentence.
        if para
            .gap(i - 1)
            .contains(['.', '!', '?', ';', '“', '”', '"'])
            && !para.abbreviation_gap(i - 1)
        {
            return None;
        }
        if para.is_verb(i) {
            // The name before the appositive speaks; the appositive must
            // close with a comma right before the verb (or its auxiliary).
            if let Some(name) = named_first {
                let after_name = para.index_at(name.end);
                if i > after_name && para.gap(i - 1).trim() == "," {
                    let cue = Span::new(para.words[i].start, para.words[i].end);
                    return Some(Attribution {
                        speaker: Some(name),
                        cue,
                        end: cue.end,
                    });
                }
            }
            let speaker = para.subject_before(i, first, r)?;
            // The speaker opens the attribution, or a name follows a
            // description there ("the association's chair, Ingrid Bakker,
            // said").
            let before = para
                .text
                .get(para.words[first].start..speaker.start)
                .unwrap_or("")
                .trim_end();
            let described = before
                .strip_suffix(',')
                .is_some_and(|b| !b.contains([',', '.', '!', '?', ';', '“', '”', '"']));
            // A title before the name ("Mr. Menon", "Det Insp Lloyd").
            let titled = {
                let words: Vec<&str> = before.split_whitespace().collect();
                !words.is_empty() && entities::leading_title(&words) == words.len()
            };
            // Capitalized words before a person's name, a title the lists
            // do not hold ("Assistant U.S. Attorney Megan Cole").
            let capitalized = || {
                let n = before.split_whitespace().count();
                (1..=4).contains(&n)
                    && before.split_whitespace().all(starts_upper)
                    && r.within(speaker)
                        .iter()
                        .any(|m| m.person && m.span.end == speaker.end)
            };
            if speaker.start != para.words[first].start && !described && !titled && !capitalized() {
                return None;
            }
            let cue = Span::new(para.words[i].start, para.words[i].end);
            return Some(Attribution {
                speaker: Some(speaker),
                cue,
                end: cue.end,
            });
        }
        i += 1;
    }
    None
}

/// The attribution before an opening mark: S V: “… / S V, “… / S V that
/// “…. Gives the attribution and whether a colon or comma sets the
/// quotation off.
fn attribution_before(
    para: &Para<'_>,
    floor: usize,
    open_at: usize,
    mark: usize,
    r: &Resolver<'_>,
) -> Option<(Attribution, bool)> {
    if open_at == floor {
        return None;
    }
    let last = open_at - 1;
    let gap = &para.text[para.words[last].end..mark];
    let set_off = gap.contains([':', ',', '—', '–', '-']);
    if gap
        .chars()
        .any(|c| !c.is_whitespace() && !matches!(c, ':' | ',' | '—' | '–' | '-'))
    {
        return None;
    }
    // The verb, then at most a few words ("told reporters", "said in a
    // statement", "said that").
    let lowest = open_at.saturating_sub(ATTRIBUTION_WINDOW).max(floor);
    let mut v = last + 1;
    while v > lowest {
        v -= 1;
        if para.is_verb(v) {
            break;
        }
        if v < last && para.gap(v).contains(['.', '!', '?', ';']) {
            return None;
        }
        if v == lowest {
            return None;
        }
    }
    if !para.is_verb(v) {
        return None;
    }
    let cue = Span::new(para.words[v].start, para.words[v].end);
    let speaker = para.subject_before(v, floor, r).or_else(|| {
        // "…, adding: “…" and "…, said the minister: “…".
        para.noun_phrase_after(v + 1, open_at, r)
            .filter(|_| v + 1 < open_at)
    });
    Some((
        Attribution {
            speaker,
            cue,
            end: para.words[last].end,
        },
        set_off && speaker.is_some(),
    ))
}

/// The speaker of a sentence that holds a partial quotation: a subject at
/// its start followed by a speech verb before the quotation.
fn sentence_speaker(
    para: &Para<'_>,
    sentence: Span,
    open_at: usize,
    r: &mut Resolver<'_>,
    pi: usize,
) -> Option<(Speaker, Option<Span>)> {
    let first = para.index_at(sentence.start);
    // "something Hale called “heartbreaking”", "a figure he described
    // as ‘frankly shocking’": the verb that labels the quoted words, with
    // its subject right before it, governs them.
    let near = open_at.saturating_sub(LABEL_WINDOW).max(first + 1);
    if let Some(v) = (near..open_at).rev().find(|&i| para.flags(i) & LABEL != 0) {
        let cue = Span::new(para.words[v].start, para.words[v].end);
        // Past auxiliaries: "Whitfield has called “a relic.”"
        let mut s = v;
        let mut passive = false;
        while s > first + 1 && para.flags(s - 1) & AUX != 0 && para.gap(s - 1).trim().is_empty() {
            s -= 1;
            passive |= para.flags(s) & BE != 0;
        }
        if passive {
            // "had been described by some observers as “…”": the agent
            // after "by" labels; with none, no one.
            let by = (v + 1..open_at).find(|&k| para.word(k) == "by")?;
            let subject = para.noun_phrase_after(by + 1, open_at, r)?;
            return Some((r.resolve(para.text, subject, pi), Some(cue)));
        }
        let w = para.words[s - 1];
        let named = para.flags(s - 1) & PRONOUN != 0
            || r.at(w).is_some_and(|m| m.person || m.org)
            || (starts_upper(para.word(s - 1)) && para.flags(s - 1) & (DET | STOP) == 0);
        if named && para.gap(s - 1).trim().is_empty() {
            let subject = r.at(w).map_or(Span::new(w.start, w.end), |m| m.span);
            return Some((r.resolve(para.text, subject, pi), Some(cue)));
        }
        // "…, which organisers described as “peaceful.”": a group noun
        // labels.
        let word = para.word(s - 1);
        let group = para.flags(s - 1) & GROUP != 0
            || (word.len() >= 5
                && word.ends_with('s')
                && !word.ends_with("ss")
                && word.bytes().all(|b| b.is_ascii_lowercase()));
        if group && para.gap(s - 1).trim().is_empty() {
            if let Some(mut subject) = para.noun_phrase_before(s, first, r) {
                // (Not the relative word before it.)
                let at = para.index_at(subject.start);
                if matches!(para.word(at), "which" | "that" | "whom") && at + 1 < s {
                    subject = Span::new(para.words[at + 1].start, subject.end);
                }
                return Some((r.resolve(para.text, subject, pi), Some(cue)));
            }
        }
        // "… said in a statement that … and called China's actions “…”":
        // the subject of the speech verb the label is coordinated with.
        if para.word(s - 1) == "and" && para.gap(s - 1).trim().is_empty() {
            let lowest = (s - 1).saturating_sub(MAX_CLAUSE_WORDS).max(first);
            if let Some(verb) = (lowest..s - 1).rev().find(|&k| para.is_verb(k)) {
                if let Some(subject) = para.subject_before(verb, first, r) {
                    return Some((r.resolve(para.text, subject, pi), Some(cue)));
                }
            }
        }
        if para.gap(s - 1).trim() == "," {
            let subject = if para.word(v).ends_with("ing") {
                // "…, calling it “…”": the participle hangs off the
                // sentence's subject.
                opening_phrase(para, first, v, r)
            } else {
                // "The Liberal Democrats, who have campaigned …, described
                // the plans as ‘…’".
                para.subject_before(s, first, r)
            };
            if let Some(subject) = subject {
                return Some((r.resolve(para.text, subject, pi), Some(cue)));
            }
        }
    }
    let lowest = open_at.saturating_sub(2 * ATTRIBUTION_WINDOW).max(first);
    if let Some(v) = (lowest..open_at).find(|&i| para.is_verb(i)) {
        if let Some(s) = para.subject_before(v, first, r) {
            let cue = Span::new(para.words[v].start, para.words[v].end);
            return Some((r.resolve(para.text, s, pi), Some(cue)));
        }
    }
    // No speech verb: the subject that opens the sentence characterizes
    // ("O'Brien called the statement “corporate waffle”").
    if first >= open_at {
        return None;
    }
    let subject = opening_phrase(para, first, open_at, r)?;
    let next = para.index_at(subject.end);
    // (A name set off after a description ends with a comma.)
    let set_off = subject.start != para.words[first].start;
    let gap_ok = |g: &str| g.trim().is_empty() || (set_off && g.trim() == ",");
    let verb_like = next < open_at && gap_ok(para.gap(next - 1)) && starts_lower(para.word(next));
    verb_like.then(|| (r.resolve(para.text, subject, pi), None))
}

/// The subject that opens a sentence: a pronoun, a mention, or a noun
/// phrase ending in a group noun within its first words ("The statement
/// continued:", "Local officials called it").
fn opening_phrase(para: &Para<'_>, first: usize, limit: usize, r: &Resolver<'_>) -> Option<Span> {
    let w = para.words[first];
    if para.flags(first) & PRONOUN != 0 {
        return Some(Span::new(w.start, w.end));
    }
    if let Some(m) = r.at(w).filter(|m| !m.demonym) {
        return Some(m.span);
    }
    // "Gov. Patricia Kellerman signed …": a person after a title.
    for k in first + 1..limit.min(first + 4) {
        if let Some(m) = r.at(para.words[k]).filter(|m| m.person) {
            let before = para.text.get(w.start..m.span.start).unwrap_or("");
            let words: Vec<&str> = before.split_whitespace().collect();
            if !words.is_empty() && entities::leading_title(&words) == words.len() {
                return Some(m.span);
            }
            break;
        }
    }
    for k in first..limit.min(first + 4) {
        if k > first && para.gap(k - 1).chars().any(|c| !c.is_whitespace()) {
            return None;
        }
        let is_head = para.flags(k) & GROUP != 0 || r.at(para.words[k]).is_some_and(|m| !m.demonym);
        if is_head {
            // A compound head: "The trust's chief executive". A name as
            // the head's modifier: "A Bristol museum has refused".
            let mut end = k + 1;
            if para.flags(k) & GROUP == 0
                && end < limit
                && para.gap(k).trim().is_empty()
                && starts_lower(para.word(end))
                && para.flags(end) == 0
                && !para.word(end).ends_with("ed")
                && !para.word(end).ends_with("ing")
            {
                end += 1;
            }
            while end < limit
                && end < first + 6
                && para.gap(end - 1).trim().is_empty()
                && para.flags(end) & GROUP != 0
                && starts_lower(para.word(end))
            {
                end += 1;
            }
            let np = para.noun_phrase_before(end, first, r)?;
            if np.start != w.start {
                return None;
            }
            // "A representative for Reyes hit back": the complement that
            // names whom the description speaks for.
            if end + 1 < limit
                && matches!(para.word(end), "for" | "of")
                && para.gap(end - 1).trim().is_empty()
                && para.gap(end).trim().is_empty()
            {
                // (Past an article: "The chief executive of an NHS trust".)
                let det = usize::from(end + 2 < limit && para.flags(end + 1) & DET != 0);
                if let Some(m) = r.at(para.words[end + 1 + det]).filter(|m| !m.demonym) {
                    let after = para.index_at(m.span.end);
                    if after < limit && para.gap(after - 1).trim().is_empty() {
                        return Some(Span::new(np.start, m.span.end));
                    }
                }
                // "A spokesperson for the authority declined …": the
                // organization, named by its kind, speaks.
                let det = usize::from(para.flags(end + 1) & DET != 0);
                let noun = end + 1 + det;
                if noun + 1 < limit
                    && para.flags(noun) & (ORGNOUN | GROUP) != 0
                    && starts_lower(para.word(noun))
                    && para.gap(noun - 1).trim().is_empty()
                {
                    return Some(Span::new(para.words[end + 1].start, para.words[noun].end));
                }
            }
            // The name set off after the description speaks: "The trust's
            // chief executive, Paul Devlin, apologised".
            if para.gap(end - 1).trim() == "," {
                if let Some(name_end) = para.name_end(end, limit, r) {
                    if para.gap(name_end - 1).trim() == "," {
                        let name = Span::new(para.words[end].start, para.words[name_end - 1].end);
                        return Some(name);
                    }
                }
            }
            return Some(Span::new(np.start, para.words[end - 1].end));
        }
    }
    None
}

/// Reported speech in one sentence: S V that Q / S V Q / Q, S V. /
/// According to S, Q / Q, according to S.
#[allow(clippy::too_many_arguments)]
fn reported(
    para: &Para<'_>,
    headline: bool,
    sentence: Span,
    inside: &[Span],
    used_cues: &[usize],
    r: &mut Resolver<'_>,
    pi: usize,
    out: &mut Vec<Quote>,
    last_speaker: &mut Option<(usize, usize)>,
) {
    let text = para.text;
    let first = para.index_at(sentence.start);
    let end = para.index_at(sentence.end);
    if first >= end {
        return;
    }
    let in_quote = |w: Word| enclosed(inside, w.start, w.end);
    if !in_quote(para.words[first]) {
        r.sentence_opens(para.word(first), para.words[first].start);
    }
    // The sentence without its final punctuation and closing marks.
    // The sentence without its final punctuation; a full stop inside
    // closing quote marks stays with them ("the plan was “reckless.”").
    let body_end = {
        let s = text[sentence].trim_end();
        let s = if s.ends_with(['”', '"', '’', '\'', '»']) {
            s
        } else {
            s.trim_end_matches(|c: char| c.is_whitespace() || is_terminal(c) || c == ')')
        };
        sentence.start + s.len()
    };
    // Reported speech before its cue starts no further back than this
    // many words ("Q, according to S", "Q, S said"), so that the text of
    // all quotes stays linear in the input.
    let back = |i: usize| {
        para.words[i.saturating_sub(MAX_CLAUSE_WORDS).max(first)]
            .start
            .max(sentence.start)
    };
    let mut main_subject: Option<Span> = None;
    // Reported speech before a cue starts after the previous cue.
    let mut floor_pos = sentence.start;
    // Where the last reported speech found in this sentence ends.
    let mut pushed_end = sentence.start;
    let mut i = first;
    while i < end {
        let w = para.words[i];
        // Most words are neither a speech verb nor "according": nothing
        // below applies to them.
        if w.flags & SPEECH == 0 && w.end - w.start != "according".len() {
            i += 1;
            continue;
        }
        if in_quote(w) {
            i += 1;
            continue;
        }
        // According to S, Q / Q, according to S.
        // (The length first: no slice of the text for most words.)
        if w.end - w.start == "according".len()
            && para.word(i).eq_ignore_ascii_case("according")
            && i + 1 < end
            && para.word(i + 1) == "to"
        {
            let cue = Span::new(w.start, para.words[i + 1].end);
            // S runs to the next comma.
            let mut j = i + 2;
            while j < end && j < i + 2 + MAX_SPEAKER_WORDS && !para.gap(j).contains(',') {
                if j + 1 >= end {
                    break;
                }
                j += 1;
            }
            if i + 2 >= end {
                break;
            }
            // "According to the agency's finance director, Paul Lindqvist,
            // …": the name set off after a description is the source.
            // (The description ends in a role: "According to the
            // indictment, John Smith, a former banker, wired …" names the
            // clause's subject.)
            if j + 1 < end
                && para.gap(j).trim() == ","
                && starts_lower(para.word(j))
                && (para.flags(j) & (ROLE | KIN | SPOKES) != 0
                    || entities::is_role_noun(para.word(j)))
            {
                let names = (j + 1..(j + 4).min(end))
                    .take_while(|&k| {
                        starts_upper(para.word(k))
                            && para.flags(k) & (DET | STOP | PRONOUN) == 0
                            && (k == j + 1 || para.gap(k - 1).trim().is_empty())
                    })
                    .count();
                let name_end = j + names;
                if (2..=3).contains(&names)
                    && name_end + 1 < end
                    && para.gap(name_end).trim() == ","
                {
                    j = name_end;
                }
            }
            let s_span = Span::new(para.words[i + 2].start, para.words[j.min(end - 1)].end);
            // "according to LSEG data": a source of numbers, not speech.
            // (In lower case: "the Office for National Statistics" speaks.)
            let source_end = j.min(end - 1);
            // Also "according to estimates from research firm Kestrel
            // Data", "data compiled by Bloomberg": the head noun first.
            let first_noun = (i + 2..=source_end)
                .find(|&k| para.flags(k) & DET == 0 && !para.word(k).starts_with(char::is_numeric));
            let data_first = first_noun.is_some_and(|k| {
                para.flags(k) & DATA != 0
                    && starts_lower(para.word(k))
                    && k < source_end
                    && DATA_LINKS.contains(&para.word(k + 1))
            });
            if data_first
                || (para.flags(source_end) & DATA != 0 && starts_lower(para.word(source_end)))
            {
                floor_pos = s_span.end;
                i = j + 1;
                continue;
            }
            let (content, ok) = if i == first {
                // According to S, Q.
                let stop = if j + 1 < end {
                    clause_end(para, j + 1, end, body_end)
                } else {
                    body_end
                };
                let c = range(para.words.get(j + 1).map_or(body_end, |x| x.start), stop);
                (c, j + 1 < end && para.gap(j).contains(','))
            } else if i > first && para.gap(i - 1).contains(',') {
                // Q, according to S.
                (range(back(i).max(floor_pos), para.words[i - 1].end), true)
            } else {
                (Span::new(0, 0), false)
            };
            if ok && !content.is_empty() && content.start < content.end {
                let content = crate::text::trim(text, content);
                if !content.is_empty() && !enclosed(inside, content.start, content.end) {
                    let speaker = r.resolve(text, s_span, pi);
                    push_indirect(text, &[content], Some(speaker), cue, out, last_speaker, pi);
                    pushed_end = pushed_end.max(content.end);
                }
            }
            floor_pos = s_span.end;
            i = j + 1;
            continue;
        }
        if !para.is_verb(i) || used_cues.binary_search(&w.start).is_ok() {
            i += 1;
            continue;
        }
        let cue = Span::new(w.start, w.end);
        let verb = para.word(i);
        let gerund = verb.ends_with("ing");
        // The subject.
        // A gerund cues speech after a comma, an auxiliary or "by",
        // "while", "after" ("…, stressing that", "is warning that", "by
        // warning NATO leaders that"), not after an adjective ("a stern
        // warning from") or "without" ("goes without saying that").
        // "…, with traders saying the output was too small": the noun
        // phrase after "with" is the participle's subject.
        let mut with_subject = None;
        if gerund && i > first {
            let prev = para.word(i - 1);
            let mut ok = para.gap(i - 1).contains(',')
                || para.flags(i - 1) & AUX != 0
                || matches!(prev, "by" | "while" | "when" | "after" | "before" | "also");
            if !ok {
                let lowest = i.saturating_sub(MAX_SPEAKER_WORDS).max(first);
                let with = (lowest..i - 1).rev().find(|&k| para.word(k) == "with");
                if let Some(w) = with {
                    let plain = (w..i - 1).all(|k| para.gap(k).trim().is_empty());
                    let np = para.noun_phrase_before(i, w + 1, r);
                    if let Some(np) = np.filter(|np| plain && para.index_at(np.start) == w + 1) {
                        ok = true;
                        with_subject = Some(np);
                    }
                }
            }
            if !ok {
                i += 1;
                continue;
            }
        }
        // "He said Pritchard, a father of two, had been …, adding that":
        // a participle after a comma hangs off the sentence's speaker.
        let adjunct =
            gerund && i > first && para.gap(i - 1).contains(',') && main_subject.is_some();
        // (A participle after a comma hangs off the sentence's subject, not
        // off the words before the comma: "A spokesperson for the
        // authority declined to comment, saying …".)
        let after_comma = gerund && i > first && para.gap(i - 1).contains(',');
        // "Durban port pilot tells inquiry …": a headline's subject is the
        // few plain words before its verb.
        let headline_subject = (headline && i > first && i - first <= 4)
            .then(|| {
                let plain = (first..i).all(|k| {
                    para.flags(k) & (STOP | PREP | PRONOUN | AUX | SPEECH | DET) == 0
                        && (k == first || para.gap(k - 1).trim().is_empty())
                });
                plain.then(|| Span::new(para.words[first].start, para.words[i - 1].end))
            })
            .flatten();
        let mut subject = if with_subject.is_some() {
            with_subject
        } else if adjunct {
            main_subject
        } else if after_comma {
            None
        } else {
            para.subject_before(i, first, r).or(headline_subject)
        };
        let coordinated = i > first && matches!(para.word(i - 1), "and" | "but");
        if subject.is_none() && (gerund || coordinated) {
            // "…, adding that" / "denies that … and says": the speaker of
            // the sentence's first cue speaks again.
            subject = main_subject;
        }
        if subject.is_none() && (gerund || coordinated) {
            // "…, stressing that" / "by warning NATO leaders that" /
            // "suspended the meeting and said": the sentence's subject
            // speaks.
            let lowest = i.saturating_sub(3 * MAX_SPEAKER_WORDS).max(first);
            subject = (lowest..i).find_map(|k| {
                if para.flags(k) & PRONOUN != 0 {
                    let w = para.words[k];
                    return Some(Span::new(w.start, w.end));
                }
                r.at(para.words[k]).filter(|m| m.person).map(|m| m.span)
            });
            // "The chief executive of an NHS trust … has apologised,
            // telling …": after a comma, the phrase that opens the
            // sentence, before any organization inside it.
            if subject.is_none() && i > first && para.gap(i - 1).contains(',') {
                subject = opening_phrase(para, first, i, r);
            }
            // No person: an organization ("Aldgate Foods cut its forecast
            // on Monday, saying …").
            if subject.is_none() {
                subject = (lowest..i).find_map(|k| {
                    r.at(para.words[k])
                        .filter(|m| m.org && !m.demonym)
                        .map(|m| m.span)
                });
            }
            // "Outside experts called the results encouraging but
            // cautioned that …", "A Bristol museum has refused …, saying
            // that …": the phrase that opens the sentence.
            if subject.is_none() && (coordinated || (i > first && para.gap(i - 1).contains(','))) {
                subject = opening_phrase(para, first, i, r);
            }
        }
        if main_subject.is_none() {
            main_subject = subject;
        }
        // X, S V, Y: an attribution inside the clause it reports ("The
        // economy, she said, is in good shape").
        if let Some(parts) = interrupted(para, i, subject, first, end, body_end, &in_quote) {
            // From the sentence start, or after reported speech already
            // found in it (a cue with nothing reported does not count).
            let a = range(back(i).max(pushed_end), parts[0].end);
            let a = crate::text::trim(text, a);
            if a.end > a.start && !enclosed(inside, a.start, a.end) {
                let speaker = subject.map(|s| r.resolve(text, s, pi));
                push_indirect(text, &[a, parts[1]], speaker, cue, out, last_speaker, pi);
                pushed_end = parts[1].end;
                floor_pos = floor_pos.max(parts[1].end);
                i += 1;
                continue;
            }
        }
        // The content: after "that", or a clause right after the verb, or
        // the sentence before a trailing attribution.
        let mut content: Option<Span> = None;
        // From after any time or setting ("said in written testimony that").
        let mut j = i + 1 + para.adverbial_after(i + 1, end);
        let that_limit = (i + 2 + THAT_WINDOW).min(end);
        while j < that_limit {
            if in_quote(para.words[j]) || para.gap(j - 1).contains([';', ':', '“', '"']) {
                break;
            }
            let f = para.flags(j);
            // "asked whether …", "queried why …": the reported question
            // starts with its question word.
            let question = para.flags(i) & QUESTION != 0
                && matches!(
                    para.word(j),
                    "whether" | "why" | "how" | "what" | "when" | "where" | "if"
                );
            if question {
                let stop = clause_end(para, j, end, body_end);
                content = Some(range(para.words[j].start, stop));
                break;
            }
            if para.word(j) == "that" {
                // "more than that, according to …": a pronoun after a
                // preposition or before punctuation opens no clause.
                // (A comma may set off a clause inside: "said that, while
                // the plan was ambitious, it was achievable".)
                let pronoun = para.flags(j - 1) & PREP != 0
                    || (j + 1 < end && para.gap(j).contains(['.', ';', ':', '!', '?', ')']));
                if pronoun {
                    break;
                }
                if j + 1 < end {
                    let stop = clause_end(para, j + 1, end, body_end);
                    content = Some(range(para.words[j + 1].start, stop));
                }
                break;
            }
            if f & FINITE != 0 || para.is_verb(j) {
                break;
            }
            j += 1;
        }
        // "Q, officials said Friday, a setback for …": after a comma
        // before the subject, what follows the verb (and its time) and a
        // comma is an aside about Q, not what was said.
        let comma_before_subject = subject.is_some_and(|s| {
            let k = para.title_before(para.index_at(s.start), first);
            k > first && para.gap(k - 1).contains(',')
        });
        let adv_words = para.adverbial_after(i + 1, end);
        let aside_after = comma_before_subject && para.gap(i + adv_words).contains(',');
        if content.is_none() && para.flags(i) & CLAUSE != 0 && subject.is_some() && !aside_after {
            // "said on Wednesday it would", "said in a statement the plan".
            let mut k = i + 1 + para.adverbial_after(i + 1, end);
            if k < end && para.flags(i) & TELL != 0 {
                // told reporters / told Reuters / told the court / told
                // the BBC
                let det = usize::from(
                    k + 1 < end
                        && matches!(para.word(k), "the" | "The")
                        && para.gap(k).trim().is_empty(),
                );
                if let Some(m) = r.at(para.words[k + det]).filter(|m| det == 0 || m.org) {
                    k = para.index_at(m.span.end).max(k + 1);
                } else if para.flags(k) & OBJECT != 0 {
                    k += 1;
                } else if k + 1 < end
                    && starts_lower(para.word(k))
                    && para.flags(k) & (FINITE | DET | PRONOUN | STOP | PREP) == 0
                    && !matches!(
                        para.word(k),
                        "how" | "why" | "what" | "when" | "where" | "whether" | "who" | "if"
                    )
                    && matches!(para.word(k + 1), "he" | "she" | "they" | "it" | "we" | "I")
                {
                    // "tells inquiry he asked …": a headline's recipient
                    // without its article.
                    k += 1;
                } else if starts_upper(para.word(k)) && para.flags(k) & (PRONOUN | DET | STOP) == 0
                {
                    // An outlet the entities stage does not know ("told
                    // KWNK she was …", "told Sky News the"): "told" takes
                    // a recipient first.
                    let mut n = 1;
                    while n < 4
                        && k + n < end
                        && para.gap(k + n - 1).trim().is_empty()
                        && starts_upper(para.word(k + n))
                        && para.flags(k + n) & (PRONOUN | DET | STOP) == 0
                    {
                        n += 1;
                    }
                    // "told KWNK Democrats would win": the last capitalized
                    // word before a verb is the clause's subject.
                    let next_lower = k + n < end
                        && starts_lower(para.word(k + n))
                        && para.flags(k + n) & (PRONOUN | DET) == 0
                        && para.word(k + n) != "that";
                    if n > 1 && next_lower {
                        n -= 1;
                    }
                    k += n;
                } else if k + 1 < end
                    && matches!(para.word(k), "the" | "a" | "an" | "his" | "her" | "their")
                {
                    // "told the court", "telling a Senate committee its
                    // prices were …": capitalized modifiers may come first.
                    let caps = (k + 1..(k + 3).min(end))
                        .take_while(|&m| {
                            starts_upper(para.word(m)) && para.gap(m - 1).trim().is_empty()
                        })
                        .count();
                    let noun = k + 1 + caps;
                    if noun < end
                        && starts_lower(para.word(noun))
                        && para.flags(noun) & (FINITE | DET) == 0
                        && para.gap(noun - 1).trim().is_empty()
                    {
                        k = noun + 1;
                    }
                }
            }
            // Nothing but a currency sign between the verb and the clause
            // ("said £150m of new funding would").
            let direct_gap = k > i + 1
                || para
                    .gap(i)
                    .trim()
                    .chars()
                    .all(|c| matches!(c, '$' | '£' | '€' | '¥'));
            // "said about 900 tractors had …": a number after "about" or
            // "around" is the clause's subject, not what was spoken of.
            let approximate = k + 1 < end
                && matches!(para.word(k), "about" | "around")
                && para.word(k + 1).starts_with(|c: char| c.is_ascii_digit());
            let clause_start = k < end
                && direct_gap
                && !in_quote(para.words[k])
                && (approximate
                    || !matches!(
                        para.word(k),
                        "on" | "in"
                            | "at"
                            | "of"
                            | "to"
                            | "by"
                            | "for"
                            | "with"
                            | "about"
                            | "as"
                            | "so"
                            | "and"
                            | "but"
                            | "nothing"
                            | "something"
                            | "anything"
                            | "yes"
                            | "no"
                            | "goodbye"
                            | "hello"
                            | "sorry"
                            | "thanks"
                    ));
            if clause_start {
                // Headlines drop verbs: "Minister says cuts 'unavoidable'".
                // A personal pronoun opens a clause ("said he'd given up",
                // "said they leave too little").
                let pronoun_subject =
                    matches!(para.word(k), "he" | "she" | "they" | "we" | "I" | "you")
                        || ["'d", "’d", "'ll", "’ll", "'ve", "’ve", "'re", "’re"]
                            .iter()
                            .any(|e| para.word(k).ends_with(e));
                let next_is_word =
                    k + 1 < end && para.gap(k).trim().is_empty() && starts_lower(para.word(k + 1));
                let has_verb = (headline && matches!(verb, "says" | "say" | "said"))
                    || (pronoun_subject && next_is_word)
                    || para.clause_verb(k + 1, (k + CLAUSE_WINDOW).min(end));
                if has_verb {
                    let stop = clause_end(para, k, end, body_end);
                    // A currency sign belongs to the clause ("£150m").
                    let gap = para.gap(k - 1);
                    let sign = gap.len() - gap.trim_end_matches(['$', '£', '€', '¥']).len();
                    content = Some(range(para.words[k].start - sign, stop));
                }
            }
        }
        if content.is_none() {
            // Q, S V. / Q, V S.: the verb ends the sentence, give or take a
            // few words ("on Tuesday", "in a statement").
            let after = end - i - 1;
            let inverted = subject.is_none() && i > first && para.gap(i - 1).contains(',');
            // "…, two people familiar with the matter told Reuters.": "told"
            // takes whom it tells.
            let told = para.flags(i) & TELL != 0
                && after > 0
                && (r.at(para.words[i + 1]).is_some()
                    || para.flags(i + 1) & OBJECT != 0
                    || starts_upper(para.word(i + 1))
                    || matches!(
                        para.word(i + 1),
                        "the" | "a" | "an" | "his" | "her" | "their"
                    ));
            let adverbial =
                after == 0 || inverted || told || para.flags(i + 1) & (SETTING | TIME) != 0;
            // From any abbreviated title before the name ("Dr. Haddad").
            let s_start = subject.map(|s| para.title_before(para.index_at(s.start), first));
            let comma_before = match s_start {
                Some(k) if k > first => para.gap(k - 1).contains(','),
                _ => inverted,
            };
            // "Q, said Dolores County Sheriff Ray Abbott": a longer
            // speaker that ends the sentence or an appositive after it.
            let long_speaker = inverted
                && after > 4
                && para.noun_phrase_after(i + 1, end, r).is_some_and(|np| {
                    let next = para.index_at(np.end);
                    next >= end || para.gap(next - 1).contains(',')
                });
            if (after <= 4 || long_speaker || aside_after)
                && comma_before
                && (adverbial || aside_after)
            {
                let mut stop = match s_start {
                    Some(k) => para.words[k - 1].end,
                    None => para.words[i - 1].end,
                };
                // "Budget deal 'within reach', says …": the closing mark
                // stays with the quoted words.
                let q = inside.partition_point(|q| q.start < stop);
                if let Some(quote) = q.checked_sub(1).map(|q| inside[q]) {
                    if quote.end > stop && text[stop..quote.end].trim_start().len() <= 4 {
                        stop = quote.end;
                    }
                }
                if inverted {
                    subject = para.noun_phrase_after(i + 1, end, r);
                }
                let c = range(back(i).max(floor_pos), stop);
                // Not a quotation followed by its attribution.
                if !enclosed(
                    inside,
                    c.start + 2,
                    c.end.saturating_sub(2).max(c.start + 2),
                ) {
                    content = Some(c);
                }
            }
        }
        // (A speech verb that reports nothing here moves no floor: "Tesla
        // is recalling 200,000 vehicles …, the agency said".)
        if content.is_some() {
            floor_pos = floor_pos.max(cue.end);
        }
        if let (Some(c), true) = (content, subject.is_some()) {
            let c = crate::text::trim(text, c);
            let quoted_whole = enclosed(inside, c.start, c.end);
            if !c.is_empty() && !quoted_whole && c.start < c.end {
                let speaker = subject.map(|s| r.resolve(text, s, pi));
                push_indirect(text, &[c], speaker, cue, out, last_speaker, pi);
                pushed_end = pushed_end.max(c.end);
            }
        }
        i += 1;
    }
}

/// An attribution set off by commas inside the clause it reports: "The
/// economy, she said, is in good shape"; "Both leaders, it said, “look
/// forward …”". Gives where the words before the speaker end (the start is
/// up to the caller) and the span of the rest of the clause.
fn interrupted(
    para: &Para<'_>,
    verb: usize,
    subject: Option<Span>,
    first: usize,
    end: usize,
    body_end: usize,
    in_quote: &dyn Fn(Word) -> bool,
) -> Option<[Span; 2]> {
    let s = subject?;
    // "The plan, Ms. Whitley said, would …": from the title.
    let k = para.title_before(para.index_at(s.start), first);
    // "she said in a statement," / "he said on Friday,".
    let last = verb + para.adverbial_after(verb + 1, end);
    let next = last + 1;
    if k <= first || next >= end || para.index_at(s.end) != verb {
        return None;
    }
    let short = verb - k <= 4;
    let comma = |gap: &str| {
        gap.trim()
            .trim_end_matches(['“', '"', '‘', '\'', '«', '„'])
            .trim_end()
            == ","
    };
    // A participle after the attribution hangs off the speaker ("…, one
    // of the sources said, speaking on condition of anonymity").
    let participle = para.word(next).ends_with("ing");
    let continues = (starts_lower(para.word(next)) && !participle) || in_quote(para.words[next]);
    if !short
        || !comma(para.gap(k - 1))
        || !comma(para.gap(last))
        || !continues
        || para.flags(next) & SPEECH != 0
        || in_quote(para.words[k - 1])
    {
        return None;
    }
    // "The plan failed, officials said, a blow to the mayor": a noun
    // phrase with no verb after the attribution is an aside about what was
    // said, not its rest.
    if matches!(para.word(next), "a" | "an") {
        // Participles such as "watched" are adjectives here; a relative
        // clause belongs to the noun ("a blow that could cost him").
        let verbless = (next + 1..end.min(next + CLAUSE_WINDOW))
            .take_while(|&m| !matches!(para.word(m), "that" | "which" | "who"))
            .all(|m| para.flags(m) & FINITE == 0);
        if verbless {
            return None;
        }
    }
    let gap_start = para.words[last].end;
    let after_comma = gap_start + para.gap(last).find(',')? + 1;
    let rest_start = after_comma
        + (para.text[after_comma..].len() - para.text[after_comma..].trim_start().len());
    let stop = clause_end(para, next, end, body_end);
    (rest_start < stop).then(|| {
        [
            Span::new(para.words[k - 1].end, para.words[k - 1].end),
            Span::new(rest_start, stop),
        ]
    })
}

/// `pos`, or past a closing quote mark right there that white space or
/// punctuation follows ("… 'at war with itself' and accused …").
fn past_closing_mark(text: &str, pos: usize) -> usize {
    let rest = text.get(pos..).unwrap_or("");
    let mut chars = rest.chars();
    match chars.next() {
        Some(c @ ('’' | '\'' | '”' | '"' | '»' | '›'))
            if chars
                .next()
                .map_or(true, |n| n.is_whitespace() || matches!(n, ',' | ';' | '.')) =>
        {
            pos + c.len_utf8()
        }
        _ => pos,
    }
}

/// Where a reported clause that starts at word `from` ends: at the end of
/// the sentence (`body_end`), or before a phrase that hangs off the speaker
/// (", adding that …", ", blaming …", ", and announced …", ", said …").
fn clause_end(para: &Para<'_>, from: usize, end: usize, body_end: usize) -> usize {
    let cap = from + MAX_CLAUSE_WORDS;
    for k in from + 1..end.min(cap) {
        let w = para.word(k);
        let next_verb = k + 1 < end && para.is_verb(k + 1);
        // "… and accused Ms Marsh of …", "… and called the announcement
        // …": a labelling verb the speaker is the subject of.
        // "… but condemned the violence": a verb of what the speaker
        // did, when the clause's subject is a pronoun for the speaker
        // ("said it respected the right to protest but condemned …"; not
        // "said residents welcomed the plan but questioned the cost").
        let acts = k + 1 < end
            && para.flags(k + 1) & ACT != 0
            && matches!(para.word(from), "it" | "he" | "she" | "they" | "we");
        let next_label = k + 1 < end
            && (para.flags(k + 1) & LABEL != 0 || acts)
            && !para.word(k + 1).ends_with("ing")
            && starts_lower(para.word(k + 1));
        if matches!(w, "and" | "but") && (next_verb || next_label) {
            return past_closing_mark(para.text, para.words[k - 1].end).min(body_end);
        }
        if !para.gap(k - 1).contains([',', ';']) {
            continue;
        }
        let past_to = w.len() > 4
            && w.ends_with("ed")
            && starts_lower(w)
            && k + 1 < end
            && para.word(k + 1) == "to";
        // ", while Jane Doe said …", ", and Kenning said …": another
        // attribution starts.
        let contrast = matches!(w, "while" | "whereas" | "but" | "and")
            && (k + 1..(k + 2 * ATTRIBUTION_WINDOW).min(end)).any(|m| para.is_verb(m));
        // "said its rocket, carrying a small satellite, suffered a fire":
        // a participle phrase set off inside the clause's subject, before
        // the clause has a verb, hangs off that subject, not the speaker.
        // (Not a preposition in "-ing": "rescued 14 people, including two
        // children, from homes".)
        let participle = w.len() > 4
            && w.ends_with("ing")
            && starts_lower(w)
            && para.flags(k) & PREP == 0
            && !in_subject_phrase(para, from, k, end);
        let hangs =
            para.is_verb(k) || contrast || participle || (w == "who" && next_verb) || past_to;
        if hangs {
            return past_closing_mark(para.text, para.words[k - 1].end).min(body_end);
        }
    }
    // A clause longer than the cap ends there: the text of all quotes
    // stays linear in the input.
    if end > cap {
        return para.words[cap - 1].end.min(body_end);
    }
    body_end
}

/// Whether the phrase at word `k` (after a comma) sits inside the subject
/// of a reported clause starting at word `from`: no verb comes before it
/// in the clause, and a comma closes it within a few words before the
/// clause's verb ("its rocket, carrying a small satellite, suffered").
fn in_subject_phrase(para: &Para<'_>, from: usize, k: usize, end: usize) -> bool {
    /// The phrase closes within this many words.
    const PHRASE_WORDS: usize = 12;
    let verb_like = |m: usize| {
        let w = para.word(m);
        para.flags(m) & FINITE != 0 || (starts_lower(w) && w.len() > 3 && w.ends_with("ed"))
    };
    if (from..k).any(verb_like) {
        return false;
    }
    (k + 1..(k + PHRASE_WORDS).min(end))
        .find(|&m| para.gap(m - 1).contains([',', ';', ':', '.']))
        .is_some_and(|m| para.gap(m - 1).trim() == "," && verb_like(m))
}

fn push_indirect(
    text: &str,
    content: &[Span],
    speaker: Option<Speaker>,
    cue: Span,
    out: &mut Vec<Quote>,
    last_speaker: &mut Option<(usize, usize)>,
    pi: usize,
) {
    // Each part loses a trailing comma ("Q, S said").
    let parts: Vec<Span> = content
        .iter()
        .map(|&c| {
            let trimmed = text[c].trim_end_matches([',', ' ']);
            Span::new(c.start, c.start + trimmed.len())
        })
        .collect();
    if parts.is_empty() || parts.iter().any(|p| p.is_empty()) {
        return;
    }
    if speaker.is_some() {
        // The quote pushed below, by its index.
        *last_speaker = Some((out.len(), pi));
    }
    out.push(Quote {
        kind: QuoteKind::Indirect,
        text: join_parts(text, &parts),
        span: Span::new(parts[0].start, parts[parts.len() - 1].end),
        parts,
        speaker,
        cue: Some(Cue {
            text: text[cue].to_string(),
            span: cue,
        }),
    });
}

#[cfg(test)]
mod tests {
    #[test]
    fn general_punctuation_has_no_alphanumeric() {
        let mut block = super::GENERAL_PUNCTUATION;
        assert!(block.all(|c| !c.is_alphanumeric()));
    }
}
