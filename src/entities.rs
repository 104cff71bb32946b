//! Stage 5: entities. Gazetteer names matched as whole words, people
//! discovered from titles, speech cues and appositives, and every later
//! surname linked to the person it names.

use std::borrow::Cow;
use std::collections::hash_map::Entry;
use std::hash::{BuildHasher, BuildHasherDefault};

use once_cell::sync::Lazy;

use crate::lexicon::{FnvMap, ShortWordMap, WordHasher, WordSet, WordShapes, CAPS_WORDS};
use crate::matcher::PatternInfo;
use crate::text::{is_closer, is_opener, is_space};
use crate::tokens::Tokens;
use crate::{Entity, EntityKind, EntitySource, Gazetteer, Mention, MentionForm, Span};

const TITLES_TXT: &str = include_str!("../data/titles.txt");
const ROLES_TXT: &str = include_str!("../data/roles.txt");
const ORG_WORDS_TXT: &str = include_str!("../data/org_words.txt");
const ORG_HEADS_TXT: &str = include_str!("../data/org_heads.txt");
const NOT_NAMES_TXT: &str = include_str!("../data/not_names.txt");
const NAME_PARTICLES_TSV: &str = include_str!("../data/name_particles.tsv");
const SURNAME_FIRST_TXT: &str = include_str!("../data/surname_first.txt");
const TITLE_GENDERS_TSV: &str = include_str!("../data/title_genders.tsv");
const FUNCTION_WORDS_TSV: &str = include_str!("../data/function_words.tsv");

/// A name after a title has at most this many words, besides particles
/// ("von der").
const MAX_NAME_WORDS: usize = 4;
/// Particles inside one name: at most this many ("von der", "de la").
const MAX_PARTICLES: usize = 2;
/// An appositive's role noun lies within this many words after the comma.
const APPOSITIVE_WINDOW: usize = 5;
/// A line counts as written in capitals when at least this share of its
/// letters (in percent) are capitals.
const CAPS_LINE_PERCENT: usize = 80;

/// The trimmed data lines of an embedded word list.
fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    crate::lexicon::data_lines(src).map(str::trim)
}

/// Titles by their first word: each a list of words ("Secretary", "of",
/// "State"), longest first.
static TITLES: Lazy<FnvMap<String, Vec<Vec<String>>>> = Lazy::new(|| {
    let mut map: FnvMap<String, Vec<Vec<String>>> = FnvMap::default();
    let mut add = |title: &str| {
        let words: Vec<String> = title.split_whitespace().map(String::from).collect();
        if let Some(first) = words.first() {
            map.entry(first.clone()).or_default().push(words);
        }
    };
    for t in lines(TITLES_TXT) {
        add(t);
        // British style writes titles in lower case ("the health
        // secretary, Wes Streeting"): the lower-case form of a title of
        // words (not of an abbreviation such as "Sen.") counts too.
        if !t.contains('.') && t.chars().any(char::is_uppercase) {
            add(&t.to_lowercase());
        }
    }
    for v in map.values_mut() {
        v.sort_by_key(|w| std::cmp::Reverse(w.len()));
        v.dedup();
    }
    map
});

static ROLES: Lazy<WordSet> = Lazy::new(|| lines(ROLES_TXT).collect());
static ORG_WORDS: Lazy<WordSet> = Lazy::new(|| lines(ORG_WORDS_TXT).collect());
static ORG_HEADS: Lazy<WordSet> = Lazy::new(|| lines(ORG_HEADS_TXT).collect());

/// Capitalized words that open sentences or name days, months and groups
/// of people, never a person's name.
static NOT_NAMES: Lazy<WordSet> = Lazy::new(|| lines(NOT_NAMES_TXT).collect());

/// Lower-case particles inside names ("von", "de", "bin"): `true` for a
/// patronymic, whose last word alone names the father, not the person.
static PARTICLES: Lazy<FnvMap<&'static str, bool>> = Lazy::new(|| {
    lines(NAME_PARTICLES_TSV)
        .filter_map(|l| {
            let (kind, word) = l.split_once('\t')?;
            Some((word.trim(), kind.trim() == "patronymic"))
        })
        .collect()
});

/// The shapes of the particles as listed and capitalized ("von", "Von"),
/// for [`particle_kind`].
static PARTICLE_ANY_CASE_SHAPES: Lazy<WordShapes> = Lazy::new(|| {
    let capitalized: Vec<String> = PARTICLES.keys().map(|w| capitalize(w)).collect();
    WordShapes::new(
        PARTICLES
            .keys()
            .copied()
            .chain(capitalized.iter().map(String::as_str)),
    )
});

/// Whether `w` with its first letter in lower case ("Von" -> "von") is a
/// particle, and then whether a patronymic. A word that starts with an
/// ASCII character is a particle only as listed or with that character in
/// capitals: most words are told apart by their shape, not looked up.
fn particle_kind(w: &str) -> Option<bool> {
    if w.as_bytes().first().is_some_and(u8::is_ascii) && !PARTICLE_ANY_CASE_SHAPES.may_contain(w) {
        return None;
    }
    get_decapitalized(&PARTICLES, w).copied()
}

/// Titles that say a person's gender, to the gender: 0 for a man, 1 for a
/// woman.
static TITLE_GENDERS: Lazy<FnvMap<&'static str, usize>> = Lazy::new(|| {
    lines(TITLE_GENDERS_TSV)
        .filter_map(|l| {
            let (gender, title) = l.split_once('\t')?;
            let g = match gender.trim() {
                "male" => 0,
                "female" => 1,
                _ => return None,
            };
            Some((title.trim(), g))
        })
        .collect()
});

/// The words of one kind of `data/function_words.tsv`.
fn function_words(kind: &str) -> impl Iterator<Item = &'static str> + '_ {
    lines(FUNCTION_WORDS_TSV).filter_map(move |l| {
        let (k, word) = l.split_once('\t')?;
        (k.trim() == kind).then(|| word.trim())
    })
}

/// Articles ("a", "the"), in lower case and capitalized.
static ARTICLES: Lazy<FnvMap<String, ()>> = Lazy::new(|| {
    function_words("article")
        .flat_map(|w| [(w.to_string(), ()), (capitalize(w), ())])
        .collect()
});

/// Words that end a role phrase after its noun ("for", "of", "who").
static ROLE_LINKS: Lazy<WordSet> = Lazy::new(|| function_words("role_link").collect());

/// Auxiliaries and adverbs between a subject and its speech verb ("has
/// long maintained").
static VERB_LEADS: Lazy<WordSet> = Lazy::new(|| function_words("verb_lead").collect());

/// Words that end the names of streets, parks and other places, which a
/// known given name may open ("Albert Road", "Grant Park"): no family
/// name after a given name that acts.
static PLACE_HEADS: Lazy<WordSet> = Lazy::new(|| function_words("place_head").collect());

/// Nouns in lower case that name what kind of organization the
/// capitalized words after them are ("copper producer Minera Altiplano",
/// "chipmaker Nvidia").
static ORG_DESCRIPTORS: Lazy<WordSet> = Lazy::new(|| function_words("org_descriptor").collect());

/// Irregular past forms that show a name acts ("Tom Baker took").
static PAST_VERBS: Lazy<WordSet> = Lazy::new(|| function_words("past_verb").collect());

/// Words that describe a person when capitalized before a given name.
static DESCRIPTORS: Lazy<WordSet> = Lazy::new(|| function_words("descriptor").collect());

/// Whether the capitalized word `w` describes the person whose given name
/// follows ("Italian Renato Bellini", "Sophomore Ana Reyes", "Captain Tom
/// Chambers"): a descriptor, a role noun or a demonym's shape. An
/// unlisted first name is no descriptor ("Bongbong Ferdinand Marcos").
fn is_descriptor(w: &str) -> bool {
    let lower = decapitalize(w);
    let demonym_shape = w.len() >= 5
        && ["ian", "ese", "ish", "an", "i"]
            .iter()
            .any(|end| w.ends_with(end))
        && !w.ends_with("ani") // ("Giovanni" is no Pakistani)
        && w.chars().next().is_some_and(char::is_uppercase);
    DESCRIPTORS.contains(lower.as_str()) || ROLES.contains(lower.as_str()) || demonym_shape
}

/// Whether a capitalized word may be a plural ("Hornets"), which a family
/// name rarely is.
fn plural_word(w: &str) -> bool {
    w.ends_with('s') && !w.ends_with("ss")
}

/// Whether a speech verb follows token `k`, right after it or past at most
/// two [`VERB_LEADS`] ("Delgado said", "Delgado has long maintained").
fn speech_follows(tokens: &[Token], k: usize) -> bool {
    let speech = |t: &Token| crate::lexicon::is_speech_verb(t.text.trim_end_matches('.'));
    for j in k + 1..=k + 3 {
        let Some(t) = tokens.get(j) else {
            return false;
        };
        if tokens[j - 1].breaks || tokens[j - 1].period {
            return false;
        }
        if speech(t) {
            return true;
        }
        if !VERB_LEADS.contains(t.text) {
            return false;
        }
    }
    false
}

/// Prefixes of family names ("al-", "el-"), in lower case and capitalized.
static NAME_PREFIXES: Lazy<Vec<String>> = Lazy::new(|| {
    function_words("name_prefix")
        .flat_map(|w| [w.to_string(), capitalize(w)])
        .collect()
});

/// The lower-case prefixes of family names ("al-", "el-"): a name word may
/// start with one ("al-Assad").
static LOWER_NAME_PREFIXES: Lazy<Vec<String>> = Lazy::new(|| {
    NAME_PREFIXES
        .iter()
        .filter(|p| p.starts_with(char::is_lowercase))
        .cloned()
        .collect()
});

/// The first bytes of [`LOWER_NAME_PREFIXES`].
static LOWER_NAME_PREFIX_FIRST_BYTES: Lazy<[bool; 256]> = Lazy::new(|| {
    let mut first = [false; 256];
    for p in LOWER_NAME_PREFIXES.iter() {
        if let Some(&b) = p.as_bytes().first() {
            first[usize::from(b)] = true;
        }
    }
    first
});

/// Whether `t` is an article directly before the next word ("the", "A").
fn is_article(t: &Token) -> bool {
    !t.breaks && ARTICLES.contains_key(t.text)
}

/// Family names written first ("Xi Jinping", "Kim Jong Un").
static SURNAME_FIRST: Lazy<WordSet> = Lazy::new(|| lines(SURNAME_FIRST_TXT).collect());

/// Looks `w` up in `map` with its first letter in lower case ("Von" ->
/// "von"), without allocating for words that start with an ASCII letter:
/// particles and surnames are looked up for many name words.
fn get_decapitalized<'m, K, V>(map: &'m FnvMap<K, V>, w: &str) -> Option<&'m V>
where
    K: std::borrow::Borrow<str> + std::hash::Hash + Eq,
{
    let b = w.as_bytes();
    match b.first() {
        Some(f) if f.is_ascii_uppercase() && b.len() <= 32 => {
            let mut buf = [0u8; 32];
            buf[..b.len()].copy_from_slice(b);
            buf[0].make_ascii_lowercase();
            core::str::from_utf8(&buf[..b.len()])
                .ok()
                .and_then(|l| map.get(l))
        }
        Some(f) if f.is_ascii() && !f.is_ascii_uppercase() => map.get(w),
        _ => map.get(decapitalize(w).as_str()),
    }
}

/// `w` with its first letter in lower case ("Von" -> "von").
fn decapitalize(w: &str) -> String {
    let mut chars = w.chars();
    chars
        .next()
        .into_iter()
        .flat_map(char::to_lowercase)
        .chain(chars)
        .collect()
}

/// `w` with its first letter in capitals ("von" -> "Von").
fn capitalize(w: &str) -> String {
    let mut chars = w.chars();
    chars
        .next()
        .into_iter()
        .flat_map(char::to_uppercase)
        .chain(chars)
        .collect()
}

/// An initial: a capital letter and a period, or several ("J.", "J.R.").
/// "Un." and "Jr." are words that end with a period.
#[inline]
fn is_initial(w: &str) -> bool {
    if w.is_ascii() {
        // A capital and a period, once or more: "J.", "J.R.".
        let b = w.as_bytes();
        return !b.is_empty()
            && b.len() % 2 == 0
            && b.chunks_exact(2)
                .all(|p| p[0].is_ascii_uppercase() && p[1] == b'.');
    }
    w.strip_suffix('.').is_some_and(|stem| {
        stem.split('.').all(|part| {
            let mut chars = part.chars();
            chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
        })
    })
}

/// A word of a piece, with its trailing punctuation noted.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Token<'a> {
    /// The word without opening quotes or trailing punctuation; a final
    /// period stays ("Mr.", "J.").
    text: &'a str,
    start: usize,
    /// End of the name part: before a possessive "’s" and a final period
    /// that is not part of an initial.
    name_end: usize,
    /// Punctuation other than a period follows the word (a comma, a colon, a
    /// closing quote): a name does not run past it.
    pub(crate) breaks: bool,
    /// The word ends with a period that ends a sentence or abbreviation.
    period: bool,
    /// Properties of the word computed once at tokenization (see
    /// [`Token::UPPER`] and the other flags): the stage asks them of the same
    /// token many times.
    flags: u16,
}

impl Token<'_> {
    /// The name part starts with a capital letter.
    const UPPER: u16 = 1;
    /// The name part starts with a lower-case letter.
    const LOWER: u16 = 1 << 1;
    /// [`has_name_shape`], and none of [`NOT_NAMES`].
    const NAME_LIKE: u16 = 1 << 2;
    /// The word is the first word of a title ("Prime", "Sen.").
    const TITLE: u16 = 1 << 3;
    /// The word is an initial ([`is_initial`]).
    const INITIAL: u16 = 1 << 4;
    /// The word is a name particle ("von", "de").
    const PARTICLE: u16 = 1 << 5;
    /// The name part is a name particle.
    const NAME_PARTICLE: u16 = 1 << 6;
    /// The name part without final periods heads an organization's name
    /// (`data/org_heads.txt`: "Police", "Co").
    const ORG_HEAD: u16 = 1 << 7;
    /// The name part without final periods is a word of organizations'
    /// names (`data/org_words.txt`).
    const ORG_WORD: u16 = 1 << 8;

    fn name_text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.name_end]
    }

    #[inline]
    fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// Looks like part of a person's name (see [`Token::NAME_LIKE`]).
    #[inline]
    fn is_name_like(&self) -> bool {
        self.has(Token::NAME_LIKE)
    }

    /// Whether the word opens a title ("Prime", "Sen.", "president").
    #[inline]
    fn is_title(&self) -> bool {
        self.has(Token::TITLE)
    }

    #[inline]
    fn is_initial(&self) -> bool {
        self.has(Token::INITIAL)
    }

    /// The flags of a word `word` whose name part is `name`.
    fn flags_of(word: &str, name: &str) -> u16 {
        let mut flags = 0;
        let first_byte = name.as_bytes().first().copied();
        match first_byte {
            Some(b) if b.is_ascii_uppercase() => flags |= Token::UPPER,
            Some(b) if b.is_ascii_lowercase() => flags |= Token::LOWER,
            Some(b) if b < 0x80 => {}
            _ => {
                let first = name.chars().next();
                if first.is_some_and(char::is_uppercase) {
                    flags |= Token::UPPER;
                } else if first.is_some_and(char::is_lowercase) {
                    flags |= Token::LOWER;
                }
            }
        }
        // An initial ends with a period.
        let initial = word.ends_with('.') && is_initial(word);
        if initial {
            flags |= Token::INITIAL;
        }
        // A name starts with a capital, or with a prefix ("al-"): most words
        // are told apart by their first byte alone.
        let may_be_name = match first_byte {
            Some(b) if b < 0x80 && !b.is_ascii_uppercase() => {
                LOWER_NAME_PREFIX_FIRST_BYTES[usize::from(b)]
            }
            _ => true,
        };
        // The lists that the word, its name part and that part without
        // final periods are in: one lookup each, the same word once.
        let listed_word = listed(word);
        let listed_name = if name.len() == word.len() {
            listed_word
        } else {
            listed(name)
        };
        // [`Token::NAME_LIKE`].
        if may_be_name && has_name_shape(name, initial) && listed_name & LISTED_NOT_NAME == 0 {
            flags |= Token::NAME_LIKE;
        }
        if listed_word & LISTED_TITLE != 0 {
            flags |= Token::TITLE;
        }
        if listed_word & LISTED_PARTICLE != 0 {
            flags |= Token::PARTICLE;
        }
        if listed_name & LISTED_PARTICLE != 0 {
            flags |= Token::NAME_PARTICLE;
        }
        let bare = name.trim_end_matches('.');
        let listed_bare = if bare.len() == name.len() {
            listed_name
        } else {
            listed(bare)
        };
        if listed_bare & LISTED_ORG_HEAD != 0 {
            flags |= Token::ORG_HEAD;
        }
        if listed_bare & LISTED_ORG_WORD != 0 {
            flags |= Token::ORG_WORD;
        }
        flags
    }

    /// The name part without final periods heads an organization's name
    /// ("Police", "Co.").
    #[inline]
    fn is_org_head(&self) -> bool {
        self.has(Token::ORG_HEAD)
    }
}

/// The lists of [`listed_words`] that `w` is in, as written: a token's
/// flags, with one lookup.
#[inline]
fn listed(w: &str) -> u8 {
    LISTED.get(w).unwrap_or(0)
}

/// [`listed_words`], each word once with all its lists.
static LISTED: Lazy<ShortWordMap<u8>> = Lazy::new(|| {
    let mut map: FnvMap<&'static str, u8> = FnvMap::default();
    for (w, lists) in listed_words() {
        *map.entry(w).or_default() |= lists;
    }
    ShortWordMap::new(map)
});

/// Whether `name`, a token's name part, looks like part of a person's
/// name: a capitalized word with lower case letters ("Starmer", "O’Brien",
/// "Al-Assad"), also after "al-" or "el-" ("al-Assad", "el-Sisi"), or an
/// initial ("J."; `initial` says whether the token is one); and not one
/// of [`NOT_NAMES`], which the caller asks.
fn has_name_shape(name: &str, initial: bool) -> bool {
    // Most names asked of start with an ASCII capital: one pass over the
    // bytes while they are ASCII (the rest below for other characters).
    let b = name.as_bytes();
    if b.first().is_some_and(u8::is_ascii_uppercase) {
        let mut lower = false;
        let mut ascii = true;
        for &c in b {
            if c.is_ascii_lowercase() {
                lower = true;
            } else if !c.is_ascii() {
                ascii = false;
                break;
            } else if !(c.is_ascii_uppercase() || matches!(c, b'-' | b'\'' | b'.')) {
                // Neither a letter nor a joiner, in any script.
                return false;
            }
        }
        if ascii {
            return initial || lower;
        }
    }
    // Most words start with a capital letter or are in lower case with no
    // prefix: the prefixes are tried only after one of their first letters.
    let stripped = match name.as_bytes().first() {
        Some(b) if LOWER_NAME_PREFIX_FIRST_BYTES[usize::from(*b)] => LOWER_NAME_PREFIXES
            .iter()
            .find_map(|p| name.strip_prefix(p.as_str()))
            .unwrap_or(name),
        _ => name,
    };
    let Some(first) = stripped.chars().next() else {
        return false;
    };
    if !first.is_uppercase() {
        return false;
    }
    let (letters_only, lower) = if name.is_ascii() {
        let b = name.as_bytes();
        (
            b.iter()
                .all(|c| c.is_ascii_alphabetic() || matches!(c, b'-' | b'\'' | b'.')),
            b.iter().any(u8::is_ascii_lowercase),
        )
    } else {
        (
            name.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.')),
            name.chars().any(char::is_lowercase),
        )
    };
    letters_only && (initial || lower)
}

/// A word is a title's first word (for [`listed_words`]).
pub(crate) const LISTED_TITLE: u8 = 1;
/// A word is a name particle ("von", "de").
pub(crate) const LISTED_PARTICLE: u8 = 1 << 1;
/// A word is never part of a person's name ("Monday", "However").
pub(crate) const LISTED_NOT_NAME: u8 = 1 << 2;
/// A word heads an organization's name ("Police").
pub(crate) const LISTED_ORG_HEAD: u8 = 1 << 3;
/// A word is a word of organizations' names.
pub(crate) const LISTED_ORG_WORD: u8 = 1 << 4;

/// The words of the lists a token's flags look words up in, as written,
/// with the lists each is in ([`LISTED_TITLE`] and the others), for the
/// shared lexicon of `tokens.rs`.
pub(crate) fn listed_words() -> impl Iterator<Item = (&'static str, u8)> {
    let titles: &'static FnvMap<String, _> = &TITLES;
    titles
        .keys()
        .map(|w| (w.as_str(), LISTED_TITLE))
        .chain(PARTICLES.keys().map(|&w| (w, LISTED_PARTICLE)))
        .chain(NOT_NAMES.iter().map(|&w| (w, LISTED_NOT_NAME)))
        .chain(ORG_HEADS.iter().map(|&w| (w, LISTED_ORG_HEAD)))
        .chain(ORG_WORDS.iter().map(|&w| (w, LISTED_ORG_WORD)))
}

/// The token for the word `text[start..end]` made only of ASCII letters
/// and digits (nothing to trim), in the lists `listed` says
/// ([`listed_words`]): the token [`token`] gives, without looking the word
/// up again.
#[inline(always)]
pub(crate) fn plain_token(text: &str, start: usize, end: usize, listed: u8) -> Token<'_> {
    let w = &text[start..end];
    let first = w.as_bytes().first().copied().unwrap_or(0);
    let mut flags = 0;
    if first.is_ascii_uppercase() {
        flags |= Token::UPPER;
    } else if first.is_ascii_lowercase() {
        flags |= Token::LOWER;
    }
    // No period: no initial. A name starts with a capital, or with a
    // prefix ("al-"), which ends with a hyphen: no plain word has one.
    // After a capital, [`has_name_shape`] asks (of ASCII letters and
    // digits) for letters only, one of them in lower case.
    let name_like = first.is_ascii_uppercase()
        && w.bytes().all(|b| b.is_ascii_alphabetic())
        && w.bytes().any(|b| b.is_ascii_lowercase());
    if name_like && listed & LISTED_NOT_NAME == 0 {
        flags |= Token::NAME_LIKE;
    }
    if listed & LISTED_TITLE != 0 {
        flags |= Token::TITLE;
    }
    if listed & LISTED_PARTICLE != 0 {
        flags |= Token::PARTICLE | Token::NAME_PARTICLE;
    }
    if listed & LISTED_ORG_HEAD != 0 {
        flags |= Token::ORG_HEAD;
    }
    if listed & LISTED_ORG_WORD != 0 {
        flags |= Token::ORG_WORD;
    }
    Token {
        text: w,
        start,
        name_end: end,
        breaks: false,
        period: false,
        flags,
    }
}

/// The token for the word `text[start..end]`, without opening quotes and
/// trailing punctuation; `None` when nothing is left. (`tokens.rs` reads
/// the same from [`trim_bounds`] and [`trimmed_token`], or [`plain_token`]
/// for a plain word; this is what its tests compare with.)
#[cfg(test)]
pub(crate) fn token(text: &str, start: usize, end: usize) -> Option<Token<'_>> {
    let w = &text[start..end];
    let b = w.as_bytes();
    if b.first().is_some_and(u8::is_ascii_alphanumeric)
        && b.last().is_some_and(u8::is_ascii_alphanumeric)
    {
        // Most words: nothing to trim on either side.
        let name_end = if b.last() == Some(&b's') {
            w.strip_suffix("'s")
                .or_else(|| w.strip_suffix("’s"))
                .filter(|stem| !stem.is_empty())
                .map_or(end, |stem| start + stem.len())
        } else {
            end
        };
        return Some(Token {
            text: w,
            start,
            name_end,
            breaks: false,
            period: false,
            flags: Token::flags_of(w, &text[start..name_end]),
        });
    }
    let (start, trimmed_end) = trim_bounds(text, start, end);
    trimmed_token(text, start, trimmed_end, trimmed_end != end)
}

/// Where the word `text[start..end]` starts and ends without its opening
/// quotes and brackets and its trailing punctuation (see [`token`]).
/// ASCII letters, digits and periods at either end are kept without
/// looking further.
#[inline]
pub(crate) fn trim_bounds(text: &str, start: usize, end: usize) -> (usize, usize) {
    let w = &text[start..end];
    let lead = match w.as_bytes().first() {
        // No ASCII opener ('"', '\'', '(', '[', '{') and no '—'.
        Some(&c) if c < 0x80 && !matches!(c, b'"' | b'\'' | b'(' | b'[' | b'{') => 0,
        _ => {
            w.len()
                - w.trim_start_matches(|c: char| is_opener(c) || c == '—')
                    .len()
        }
    };
    let core = &w[lead..];
    let trimmed = match core.as_bytes().last() {
        // Not a closer, a quote mark or the punctuation trimmed below.
        Some(&c)
            if c < 0x80
                && !matches!(
                    c,
                    b'"' | b'\''
                        | b')'
                        | b']'
                        | b'}'
                        | b','
                        | b';'
                        | b':'
                        | b'!'
                        | b'?'
                        | b'-'
                        | b'('
                        | b'['
                ) =>
        {
            core
        }
        _ => core.trim_end_matches(|c: char| {
            is_closer(c)
                || crate::text::is_quote_mark(c)
                || matches!(c, ',' | ';' | ':' | '!' | '?' | '—' | '–' | '-' | '(' | '[')
        }),
    };
    (start + lead, start + lead + trimmed.len())
}

/// The token of the word `text[start..end]`, already trimmed
/// ([`trim_bounds`]); `breaks` when punctuation was trimmed after it.
#[inline]
pub(crate) fn trimmed_token(
    text: &str,
    start: usize,
    end: usize,
    breaks: bool,
) -> Option<Token<'_>> {
    let text_part = &text[start..end];
    if text_part.is_empty() {
        return None;
    }
    let period = text_part.ends_with('.');
    let mut name = if period && !is_initial(text_part) {
        &text_part[..text_part.len() - 1]
    } else {
        text_part
    };
    // (Each suffix ends with "s", "'" or the last byte of "’".)
    if matches!(name.as_bytes().last(), Some(b's' | b'\'' | 0x99)) {
        for suffix in ["’s", "'s", "’", "'"] {
            if let Some(stem) = name.strip_suffix(suffix) {
                if !stem.is_empty() {
                    name = stem;
                    break;
                }
            }
        }
    }
    Some(Token {
        text: text_part,
        start,
        name_end: start + name.len(),
        breaks,
        period,
        flags: Token::flags_of(text_part, name),
    })
}

/// The tokens of one piece.
struct Piece<'a, 't> {
    tokens: &'a [Token<'t>],
    /// [`is_headline`].
    headline: bool,
}

/// A mention before its entity is known.
#[derive(Clone, Debug)]
struct Candidate {
    span: Span,
    target: Target,
    form: MentionForm,
    title: Option<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
enum Target {
    Gazetteer(u32),
    Person(usize),
    /// A discovered organization, by its index in the list of names.
    Org(usize),
}

/// A person the article names in full, with what the name refers to. The
/// name and most surnames are borrowed from the text or the gazetteer.
#[derive(Clone, Debug)]
struct Named<'a> {
    name: &'a str,
    /// The words that alone name the person later (see [`surnames_of`]):
    /// their range in [`SurnameWords::all`].
    surnames: std::ops::Range<usize>,
    target: Target,
}

/// The surnames of everyone in a list of [`Named`], one after another in
/// one list (most people have one or two).
#[derive(Default)]
struct SurnameWords<'a> {
    all: Vec<Cow<'a, str>>,
    /// Scratch space for the words of a name.
    words: Vec<&'a str>,
}

impl<'a> SurnameWords<'a> {
    /// Adds the surnames of `name` ([`surnames_of`]), and gives their range.
    fn add(&mut self, name: &'a str) -> std::ops::Range<usize> {
        let start = self.all.len();
        surnames_of(name, &mut self.words, &mut self.all);
        start..self.all.len()
    }

    /// The surnames in `range`.
    fn of(&self, range: &std::ops::Range<usize>) -> &[Cow<'a, str>] {
        &self.all[range.clone()]
    }
}

/// A discovered person.
#[derive(Clone, Debug)]
struct Person<'t> {
    /// The full name as first written.
    name: &'t str,
}

/// Extracts the entities named in `pieces` (title, dateline, headings and
/// paragraphs, in document order), whose tokens `tokens` holds, piece
/// after piece.
pub(crate) fn extract<'t>(
    text: &'t str,
    pieces: &[Span],
    tokens: &Tokens<'t>,
    gazetteer: &Gazetteer,
) -> Vec<Entity> {
    // (Room for about one mention in eight words: the list rarely grows.)
    let mut cands: Vec<Candidate> = Vec::with_capacity(tokens.all_tokens().len() / 8 + 8);
    let mut people: Vec<Person> = Vec::new();
    // Discovered people by id, so that "O’Brien" and "O'Brien" are one.
    let mut by_id: FnvMap<String, usize> = FnvMap::default();
    // Scratch space for the ids of people and organizations looked up.
    let mut slug = String::new();
    // Single-word names after a title, resolved once every full name is known.
    let mut pending: Vec<(Span, Option<String>)> = Vec::new();
    // Titles before gazetteer names, by the name's start.
    let mut titles: FnvMap<usize, String> = FnvMap::default();
    // Discovered organizations' names, and their indexes by id.
    let mut orgs: Vec<String> = Vec::new();
    let mut org_by_id: FnvMap<String, usize> = FnvMap::default();
    // Acronyms given in parentheses after a discovered organization.
    let mut org_acronyms: FnvMap<&str, (usize, MentionForm)> = FnvMap::default();

    // The tokens of every piece, one after another, and each piece's
    // range of them with whether it reads as a headline.
    let all_tokens = tokens.all_tokens();
    let mut piece_ranges: Vec<(std::ops::Range<usize>, bool)> = Vec::with_capacity(pieces.len());
    let mut covered: Vec<Span> = Vec::new();
    let mut dropped: Vec<bool> = Vec::new();
    for (k, &piece) in pieces.iter().enumerate() {
        let first = cands.len();
        match_gazetteer(text, piece, gazetteer, &mut cands);
        let range = tokens.token_range(k);
        let tokens = &all_tokens[range.clone()];
        let headline = is_headline(tokens);
        piece_ranges.push((range, headline));
        if !headline {
            drop_places_inside_names(text, tokens, gazetteer, &mut cands, first, &mut dropped);
        }
        // Gazetteer matches come in order and never overlap: a binary search
        // finds the one a token could touch.
        covered.clear();
        covered.extend(cands[first..].iter().map(|c| c.span));
        let covered = FreeSpans::new(&covered);
        let free = |t: &Token| covered.free(t);
        let mut found = |span: Span, title: Option<String>| {
            let name = &text[span];
            // A surname alone, also one that starts with a particle ("said
            // President von der Leyen", "Von der Leyen said"), is resolved
            // later.
            let particle_first = name
                .split(is_space)
                .next()
                .is_some_and(|w| particle_kind(w).is_some());
            if !name.contains(is_space) || particle_first {
                pending.push((span, title));
                return;
            }
            let idx = person_index(&mut by_id, &mut people, name, &mut slug);
            cands.push(Candidate {
                span,
                target: Target::Person(idx),
                form: MentionForm::Name,
                title,
            });
        };
        let mut titled = |start: usize, title: String| {
            titles.insert(start, title);
        };
        discover(text, tokens, &free, &mut found, &mut titled);
        if !headline {
            discover_orgs(text, tokens, &free, &mut |span| {
                let name = &text[span];
                slug_into("org:", name, &mut slug);
                let idx = match org_by_id.get(slug.as_str()) {
                    Some(&idx) => idx,
                    None => {
                        org_by_id.insert(slug.clone(), orgs.len());
                        orgs.push(name.to_string());
                        orgs.len() - 1
                    }
                };
                cands.push(Candidate {
                    span,
                    target: Target::Org(idx),
                    form: MentionForm::Name,
                    title: None,
                });
                // "the Coastal Ambulance Service (CAS)": the
                // acronym names it from here on.
                if let Some(acronym) = acronym_after(text, span.end) {
                    org_acronyms
                        .entry(&text[acronym])
                        .or_insert((idx, MentionForm::Alias));
                }
                // A name of one word ("Quillmark") names it wherever it
                // stands alone.
                if !name.contains(is_space) {
                    org_acronyms.entry(name).or_insert((idx, MentionForm::Name));
                }
            });
        }
    }
    let piece_tokens: Vec<Piece> = piece_ranges
        .into_iter()
        .map(|(range, headline)| Piece {
            tokens: &all_tokens[range],
            headline,
        })
        .collect();
    // A one-word organization that starts the name of another ("Summit" and
    // "Summit Valve Co."): that other one, called by its first word.
    if orgs.iter().any(|o| !o.contains(is_space)) {
        // Only a company's name that the word starts and a corporate
        // suffix ends ("Summit Valve Co."), not "the Ford Foundation".
        let mut first_words: FnvMap<&str, usize> = FnvMap::default();
        for (i, o) in orgs.iter().enumerate() {
            let corporate = o.rsplit(is_space).next().is_some_and(|w| {
                matches!(
                    w.trim_end_matches('.'),
                    "Co" | "Inc"
                        | "Corp"
                        | "Corporation"
                        | "Ltd"
                        | "LLC"
                        | "Plc"
                        | "PLC"
                        | "Group"
                        | "Holdings"
                        | "Company"
                        | "Companies"
                )
            });
            if let Some((first, _)) = o.split_once(is_space).filter(|_| corporate) {
                first_words.entry(first).or_insert(i);
            }
        }
        let longer = |i: usize| -> Option<usize> {
            let o = &orgs[i];
            (!o.contains(is_space)).then(|| first_words.get(o.as_str()).copied())?
        };
        for c in &mut cands {
            if let Target::Org(i) = c.target {
                if let Some(j) = longer(i) {
                    c.target = Target::Org(j);
                    c.form = MentionForm::Alias;
                }
            }
        }
        for v in org_acronyms.values_mut() {
            if let Some(j) = longer(v.0) {
                *v = (j, MentionForm::Alias);
            }
        }
    }
    // People named in full with no cue, whom the article later calls by
    // their surname alone ("Keir Starmer has promised ...", then "Starmer
    // said").
    let mut taken: Vec<Span> = cands.iter().map(|c| c.span).collect();
    taken.sort_unstable();
    let titled_surnames = pending.iter().map(|(span, _)| &text[*span]);
    for span in discover_by_surname(text, &piece_tokens, &taken, titled_surnames) {
        let name = &text[span];
        let idx = person_index(&mut by_id, &mut people, name, &mut slug);
        cands.push(Candidate {
            span,
            target: Target::Person(idx),
            form: MentionForm::Name,
            title: None,
        });
    }
    for c in &mut cands {
        if c.title.is_none() {
            let person = match c.target {
                Target::Gazetteer(i) => gazetteer.entry(i).kind == EntityKind::Person,
                Target::Person(_) => true,
                Target::Org(_) => false,
            };
            if person {
                c.title = titles.remove(&c.span.start);
            }
        }
    }

    // Everyone the article names in full: discovered people, and the
    // gazetteer's people it mentions. Their surnames alone link to them.
    let mut surname_words = SurnameWords::default();
    let mut named: Vec<Named> = people
        .iter()
        .enumerate()
        .map(|(i, p)| Named {
            name: p.name,
            surnames: surname_words.add(p.name),
            target: Target::Person(i),
        })
        .collect();
    let mut seen_gazetteer: FnvMap<u32, ()> = FnvMap::default();
    for c in &cands {
        if let Target::Gazetteer(i) = c.target {
            let e = gazetteer.entry(i);
            if e.kind == EntityKind::Person && seen_gazetteer.insert(i, ()).is_none() {
                named.push(Named {
                    name: &e.name,
                    surnames: surname_words.add(&e.name),
                    target: c.target,
                });
            }
        }
    }

    // A surname alone after a title ("President Biden"): the first person
    // named in full elsewhere whose gender the title does not contradict,
    // or a new one known by that name ("Mrs. Trump" after "Donald Trump"
    // and "Mr. Trump").
    let mut surnames: FnvMap<Cow<'_, str>, Vec<usize>> = FnvMap::default();
    // In the order the article introduces them: a surname two people share
    // names the first ("Ella Quin" … "Her husband, Rob Quin" … "Mrs
    // Quin").
    for k in by_introduction(&cands, &named) {
        let n = &named[k];
        for s in surname_words.of(&n.surnames) {
            let ks = surnames.entry(s.clone()).or_default();
            if !ks.contains(&k) {
                ks.push(k);
            }
        }
    }
    let genders = person_genders(text, &cands, &pending, &named, &surnames);
    for (span, title) in pending {
        let word = &text[span];
        let gender = title.as_deref().and_then(|t| TITLE_GENDERS.get(t).copied());
        let fits = |k: usize| match (gender, gender_of(&genders, named[k].target)) {
            (Some(g), Some(other)) => g == other,
            _ => true,
        };
        let known = lookup_surname(&surnames, word)
            .iter()
            .copied()
            .find(|&k| fits(k));
        let k = match known {
            Some(k) => k,
            None => {
                people.push(Person { name: word });
                named.push(Named {
                    name: word,
                    surnames: surname_words.add(word),
                    target: Target::Person(people.len() - 1),
                });
                surnames
                    .entry(Cow::Borrowed(word))
                    .or_default()
                    .push(named.len() - 1);
                named.len() - 1
            }
        };
        let form = if named[k].name == &text[span] {
            MentionForm::Name
        } else {
            MentionForm::Surname
        };
        cands.push(Candidate {
            span,
            target: named[k].target,
            form,
            title,
        });
    }
    link_surnames(text, &piece_tokens, &named, &surname_words, &mut cands);
    // After the people: "Ford" alone is Harrison Ford's surname before it is
    // a one-word organization's name.
    if !org_acronyms.is_empty() {
        link_acronyms(text, &piece_tokens, &org_acronyms, &mut cands);
    }
    assemble(text, gazetteer, &people, by_id, orgs, org_by_id, cands)
}

/// The indexes of `named` in the order the article first mentions each
/// (by the candidates found so far); people with no mention come last.
fn by_introduction(cands: &[Candidate], named: &[Named]) -> Vec<usize> {
    // Where each target of `named` is in it: a discovered person by its
    // index, a gazetteer's person (few) by its entry.
    let mut person_at: Vec<usize> = Vec::new();
    let mut gazetteer_at: FnvMap<u32, usize> = FnvMap::default();
    for (k, n) in named.iter().enumerate() {
        match n.target {
            Target::Person(i) => {
                if person_at.len() <= i {
                    person_at.resize(i + 1, usize::MAX);
                }
                person_at[i] = k;
            }
            Target::Gazetteer(i) => {
                gazetteer_at.insert(i, k);
            }
            Target::Org(_) => {}
        }
    }
    // The first mention of each of `named`, by its index there.
    let mut first_seen = vec![usize::MAX; named.len()];
    for c in cands {
        let k = match c.target {
            Target::Person(i) => person_at.get(i).copied(),
            Target::Gazetteer(i) if !gazetteer_at.is_empty() => gazetteer_at.get(&i).copied(),
            _ => None,
        };
        if let Some(seen) = k.and_then(|k| first_seen.get_mut(k)) {
            *seen = (*seen).min(c.span.start);
        }
    }
    let mut order: Vec<usize> = (0..named.len()).collect();
    order.sort_by_key(|&k| first_seen[k]);
    order
}

/// The people a surname alone names, as written or with a lower-case first
/// letter ("Von der Leyen" for "von der Leyen").
fn lookup_surname<'a>(surnames: &'a FnvMap<Cow<'_, str>, Vec<usize>>, word: &str) -> &'a [usize] {
    surnames
        .get(word)
        .or_else(|| get_decapitalized(surnames, word))
        .map_or(&[], Vec::as_slice)
}

/// The votes of the gendered titles ("Mr.", "Ms.") for each person: the
/// titles before the full name, and before each surname alone, counted for
/// the first person of that surname ([`gender_of`] reads them).
fn person_genders(
    text: &str,
    cands: &[Candidate],
    pending: &[(Span, Option<String>)],
    named: &[Named],
    surnames: &FnvMap<Cow<'_, str>, Vec<usize>>,
) -> FnvMap<Target, [u32; 2]> {
    let mut votes: FnvMap<Target, [u32; 2]> = FnvMap::default();
    let gender = |title: Option<&str>| title.and_then(|t| TITLE_GENDERS.get(t)).copied();
    for c in cands {
        if let Some(g) = gender(c.title.as_deref()) {
            votes.entry(c.target).or_default()[g] += 1;
        }
    }
    for (span, title) in pending {
        // (The title first: most say no gender.)
        let Some(g) = gender(title.as_deref()) else {
            continue;
        };
        if let Some(&k) = lookup_surname(surnames, &text[*span]).first() {
            votes.entry(named[k].target).or_default()[g] += 1;
        }
    }
    votes
}

/// The gender of a person whose gendered titles mostly agree, from their
/// votes ([`person_genders`]): 0 for a man, 1 for a woman. A tie says
/// nothing.
fn gender_of(votes: &FnvMap<Target, [u32; 2]>, target: Target) -> Option<usize> {
    let [men, women] = *votes.get(&target)?;
    match men.cmp(&women) {
        std::cmp::Ordering::Greater => Some(0),
        std::cmp::Ordering::Less => Some(1),
        std::cmp::Ordering::Equal => None,
    }
}

/// Whether a piece reads as a headline: most of its words are capitalized,
/// so a capital says nothing about names.
fn is_headline(tokens: &[Token]) -> bool {
    let capitalized = tokens.iter().filter(|t| t.has(Token::UPPER)).count();
    capitalized * 5 >= tokens.len() * 3
}

/// A capitalized word that may be part of a person's name: name-like, not a
/// title, not a word that opens sentences.
fn name_word(t: &Token) -> bool {
    t.is_name_like() && !t.is_title()
}

/// Drops a place that is part of a longer proper name: followed by another
/// name word ("Paris Hilton", "Jordan Peterson", "Virginia Giuffre"), or
/// preceded by one that does not open its sentence ("met Denzel
/// Washington"). The words then stay free for finding the person.
fn drop_places_inside_names(
    text: &str,
    tokens: &[Token],
    gazetteer: &Gazetteer,
    cands: &mut Vec<Candidate>,
    first: usize,
    // Scratch space, reused across pieces.
    dropped: &mut Vec<bool>,
) {
    dropped.clear();
    dropped.resize(cands.len() - first, false);
    let mut next_tok = 0;
    for k in first..cands.len() {
        let c = &cands[k];
        let Target::Gazetteer(entry) = c.target else {
            continue;
        };
        // Abbreviations ("U.S.", "U.K.") are never part of a person's name.
        if gazetteer.entry(entry).kind != EntityKind::Location
            || c.form == MentionForm::Demonym
            || text[c.span].contains('.')
        {
            continue;
        }
        // The tokens the match starts and ends in (matches and tokens are
        // both in order: one cursor serves every match of the piece).
        while next_tok < tokens.len()
            && tokens[next_tok].start + tokens[next_tok].text.len() <= c.span.start
        {
            next_tok += 1;
        }
        let start_tok = next_tok;
        let mut end_tok = start_tok;
        while end_tok + 1 < tokens.len() && tokens[end_tok + 1].start < c.span.end {
            end_tok += 1;
        }
        let (Some(first_t), Some(last_t)) = (tokens.get(start_tok), tokens.get(end_tok)) else {
            break;
        };
        let whole = first_t.start == c.span.start
            && last_t.name_end == c.span.end
            && last_t.name_end == last_t.start + last_t.text.len();
        let covered_by_gazetteer = |t: &Token| {
            cands[first..]
                .binary_search_by(|o| {
                    if o.span.end <= t.start {
                        std::cmp::Ordering::Less
                    } else if o.span.start >= t.name_end {
                        std::cmp::Ordering::Greater
                    } else {
                        std::cmp::Ordering::Equal
                    }
                })
                .is_ok()
        };
        let after = tokens
            .get(end_tok + 1)
            .is_some_and(|t| !last_t.breaks && name_word(t) && !covered_by_gazetteer(t));
        let before = start_tok >= 2
            && tokens
                .get(start_tok - 1)
                .is_some_and(|t| !t.breaks && name_word(t) && !covered_by_gazetteer(t))
            && {
                let opener = &tokens[start_tok - 2];
                !opener.period && !opener.breaks && !opener.text.starts_with(char::is_uppercase)
            };
        if whole && (after || before) {
            dropped[k - first] = true;
        }
    }
    // Only this piece's candidates move: the stage stays linear.
    let mut kept = first;
    for k in first..cands.len() {
        if !dropped[k - first] {
            cands.swap(kept, k);
            kept += 1;
        }
    }
    cands.truncate(kept);
}

/// Finds the gazetteer's names in `piece` as whole words.
fn match_gazetteer(text: &str, piece: Span, gazetteer: &Gazetteer, out: &mut Vec<Candidate>) {
    let s = &text[piece];
    let mut caps_line: Option<bool> = None;
    // A name in capitals counts in a headline in capitals, and at the start
    // of a line, where a dateline writes its place ("NEW YORK (Reuters) -").
    // In a headline in capitals, an acronym that spells an everyday word
    // ("WHO", "US", "ICE") is that word.
    let mut accept = |start: usize, end: usize, info: &PatternInfo| {
        if info.caps_only {
            return start == 0 || *caps_line.get_or_insert_with(|| is_caps_line(s));
        }
        !(CAPS_WORDS.contains(&s[start..end]) && *caps_line.get_or_insert_with(|| is_caps_line(s)))
    };
    gazetteer
        .matcher()
        .scan(s, &mut accept, &mut |start, end, info| {
            out.push(Candidate {
                span: Span::new(piece.start + start, piece.start + end),
                target: Target::Gazetteer(info.entry),
                form: info.form,
                title: None,
            });
        });
}

fn is_caps_line(s: &str) -> bool {
    let (mut upper, mut letters) = (0usize, 0usize);
    for c in s.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        if c.is_uppercase() {
            upper += 1;
        }
    }
    letters > 0 && upper * 100 >= letters * CAPS_LINE_PERCENT
}

/// Finds people in one piece from its tokens: a title before a name, a
/// speech verb next to a name, a name followed by an appositive role.
/// Calls `found` with each name's span and the title written before it,
/// and `titled` with the start of a gazetteer name that a title precedes.
fn discover(
    text: &str,
    tokens: &[Token],
    free: &dyn Fn(&Token) -> bool,
    found: &mut dyn FnMut(Span, Option<String>),
    titled: &mut dyn FnMut(usize, String),
) {
    let mut i = 0;
    while i < tokens.len() {
        // 1. A title, then a name: "Prime Minister Keir Starmer"; also set
        // off by commas: "its chief executive, Tim Cook, said".
        if let Some(title_len) = title_at(tokens, i) {
            let after = i + title_len;
            let last_title = &tokens[after - 1];
            let title =
                || text[tokens[i].start..last_title.start + last_title.text.len()].to_string();
            let comma = last_title.breaks
                && text[last_title.start + last_title.text.len()..].starts_with(',');
            let mut n = name_run(tokens, after, free, true);
            // Known names alone after the title are that entry ("President
            // Joe Biden" in a gazetteer of people); a place or organization
            // name followed by other name words starts a person's name
            // ("Rep. Alexandria Ocasio-Cortez").
            if tokens[after..after + n].iter().all(|t| !free(t)) {
                n = 0;
            }
            let set_off = comma && n > 0 && tokens[after + n - 1].breaks;
            if n > 0 && (!last_title.breaks || set_off) && !is_org(&tokens[after..after + n]) {
                // "Her coach, Italian Renato Bellini,": the name starts at
                // the given name.
                let lead = usize::from(
                    set_off
                        && n >= 3
                        && is_descriptor(tokens[after].name_text(text))
                        && crate::gender::of_given_name(tokens[after].name_text(text)).is_none()
                        && crate::gender::of_given_name(tokens[after + 1].name_text(text))
                            .is_some()
                        && !tokens[after].breaks,
                );
                let span = Span::new(tokens[after + lead].start, tokens[after + n - 1].name_end);
                found(span, Some(title()));
                i = after + n;
                continue;
            }
            if !last_title.breaks && tokens.get(after).is_some_and(|t| !free(t)) {
                // A known name after the title: "President Joe Biden".
                titled(tokens[after].start, title());
            }
        }
        // 2. A name of two or more words, then a speech verb or an
        // appositive role ("Jane Doe said", "Jane Doe, a spokeswoman for").
        let n = name_run_from(tokens, i, free);
        if n >= 2 {
            // A capitalized word before a known given name describes the
            // person ("Her coach, Italian Renato Bellini, said"): the name
            // starts at the given name.
            let lead = usize::from(
                n >= 3
                    && is_descriptor(tokens[i].name_text(text))
                    && crate::gender::of_given_name(tokens[i].name_text(text)).is_none()
                    && crate::gender::of_given_name(tokens[i + 1].name_text(text)).is_some()
                    && !tokens[i].breaks,
            );
            let name = &tokens[i + lead..i + n];
            let last = &tokens[i + n - 1];
            let next = tokens.get(i + n);
            let after_determiner = i > 0 && is_article(&tokens[i - 1]);
            let speech = !last.breaks
                && !last.period
                && next
                    .is_some_and(|t| crate::lexicon::is_speech_verb(t.text.trim_end_matches('.')));
            let appositive = last.breaks
                && text[last.name_end..].starts_with(',')
                && appositive_role(&tokens[i + n..]);
            let after_verb = i > 0
                && crate::lexicon::is_speech_verb(tokens[i - 1].text)
                && !tokens[i - 1].breaks;
            // A role noun, then the name set off by commas: "Her daughter,
            // Joan Pryor, said"; "the defendant's barrister, Owen Pryce,".
            let after_role = i > 0 && last.breaks && text[last.name_end..].starts_with(',') && {
                let prev = &tokens[i - 1];
                prev.breaks
                    && text[prev.start + prev.text.len()..].starts_with(',')
                    && ROLES.contains(prev.text)
            };
            // A known given name first, then an appositive: "Earl Betts, a
            // retired coal miner, spent …".
            // Or a relative "who": "Marcus Delgado, who was convicted",
            // unless the last word may be a plural, as in the name of a
            // team ("Charlotte Hornets, who won").
            let plural = plural_word(last.name_text(text));
            // An age may come first: "Elena Ruiz, 34, a nurse".
            let age = next.is_some_and(|t| {
                t.breaks
                    && t.text.len() <= 3
                    && t.text.bytes().all(|b| b.is_ascii_digit())
                    && text[t.start + t.text.len()..].starts_with(',')
            });
            let described_by = if age { tokens.get(i + n + 1) } else { next };
            let given_appositive = last.breaks
                && text[last.name_end..].starts_with(',')
                && described_by.is_some_and(|t| match t.text {
                    "a" | "an" | "the" => true,
                    "who" | "whose" => !plural,
                    _ => false,
                })
                && crate::gender::of_given_name(name[0].name_text(text)).is_some();
            // A role noun in lower case right before the name, which a comma
            // ends: "Family law attorney Nora Vance, who …, said".
            let role_before = i > 0 && last.breaks && text[last.name_end..].starts_with(',') && {
                let prev = &tokens[i - 1];
                !prev.breaks && prev.has(Token::LOWER) && ROLES.contains(prev.text)
            };
            // "Harriet Calloway rejected the claim": a known given name and
            // a family name, then a verb in lower case; not a plural, which
            // may name a team ("Charlotte Hornets"), and not a second given
            // name ("Mary Rose").
            let given_then_verb = n == 2
                && lead == 0
                && !last.breaks
                && !last.period
                && !plural
                && crate::gender::of_given_name(name[0].name_text(text)).is_some()
                && crate::gender::of_given_name(last.name_text(text)).is_none()
                && !PLACE_HEADS.contains(last.name_text(text))
                && next.is_some_and(|t| {
                    t.has(Token::LOWER) && !t.breaks && verb_form(t.name_text(text))
                });
            // "Priya Natarajan, 16, told the board": a speech verb after an
            // age.
            let speech_after_age = age
                && described_by
                    .is_some_and(|t| crate::lexicon::is_speech_verb(t.text.trim_end_matches('.')));
            if (speech
                || appositive
                || after_verb
                || after_role
                || given_appositive
                || role_before
                || speech_after_age
                || given_then_verb)
                && !after_determiner
                && !is_org(name)
            {
                found(Span::new(tokens[i + lead].start, last.name_end), None);
            }
            i += n;
            continue;
        }
        i += 1;
    }
}

/// Runs of two or three name words, written with no cue, whose family
/// name the article uses alone for a person elsewhere: after a title or as
/// a name found with a particle first (`titled_surnames`: "Mr. Starmer",
/// "Le Pen told"), or next to a speech verb ("Starmer said", "said
/// Starmer"). The family name is the last word, the words from a particle
/// on, or the first word of a surname-first name ("Xi" of "Xi Jinping"). A run must not touch a mention in `taken`
/// (sorted), follow an article, name an organization ("Wall Street") or
/// stand in a headline. A run that opens a sentence must not start with a
/// common opener or a word the article also writes in lower case
/// ("Later Starmer ...").
fn discover_by_surname<'t>(
    text: &'t str,
    pieces: &[Piece<'_, 't>],
    taken: &[Span],
    titled_surnames: impl Iterator<Item = &'t str>,
) -> Vec<Span> {
    let taken = FreeSpans::new(taken);
    let free = |t: &Token| taken.free(t);
    let speech = |t: &Token| crate::lexicon::is_speech_verb(t.text.trim_end_matches('.'));
    // Words used alone for a person.
    let mut surnames: FnvMap<&str, ()> = titled_surnames.map(|w| (w, ())).collect();
    for piece in pieces {
        let tokens = piece.tokens;
        for (k, t) in tokens.iter().enumerate() {
            if !t.is_name_like() || !free(t) || t.is_title() {
                continue;
            }
            let word = t.name_text(text);
            let prev = k.checked_sub(1).map(|p| &tokens[p]);
            let next = tokens.get(k + 1);
            let joined_before = prev
                .is_some_and(|p| !p.breaks && (!p.period || p.is_initial()) && p.is_name_like());
            let joined_after = !t.breaks && next.is_some_and(|n| n.is_name_like());
            // The flags first, the look-ups only for a word alone.
            if joined_before || joined_after {
                continue;
            }
            let before_verb = speech_follows(tokens, k);
            let after_verb = prev.is_some_and(|p| !p.breaks && speech(p));
            // "Delgado's mother", "Delgado's lawyer": a relative or a role
            // of the person.
            let possessive_role = t.name_end < t.start + t.text.len()
                && !t.breaks
                && !t.period
                && next.is_some_and(|n| ROLES.contains(n.text));
            // "Novak, a second-year forward from Serbia, said": the
            // name alone opens a sentence, set off before an appositive.
            let opens = prev.map_or(true, |p| p.period && !p.is_initial());
            // Or before a relative "who" ("Berg, who made six saves,
            // said").
            let before_appositive = opens
                && t.breaks
                && text[t.start + t.text.len()..].starts_with(',')
                && next.is_some_and(|n| matches!(n.text, "a" | "an" | "the" | "who" | "whose"));
            if (before_verb || after_verb || before_appositive || possessive_role)
                && !prev.is_some_and(is_article)
            {
                surnames.insert(word, ());
            }
        }
    }
    // The runs found, each with the first word in lower case when the run
    // opens a sentence: it then counts only if the article never writes
    // that word in lower case ("Later Starmer ..." with "later" elsewhere),
    // which is checked for all runs at once below.
    let mut found: Vec<(Span, Option<String>)> = Vec::new();
    if surnames.is_empty() {
        return Vec::new();
    }
    for piece in pieces {
        if piece.headline {
            continue;
        }
        let tokens = piece.tokens;
        let mut i = 0;
        while i < tokens.len() {
            let n = name_run_from(tokens, i, &free);
            if n == 0 {
                i += 1;
                continue;
            }
            // Capitalized words before a known given name describe the
            // person ("City Manager Tom Reyes", "Sophomore Ana Reyes").
            let lead = (1..n.saturating_sub(1))
                .find(|&k| crate::gender::of_given_name(tokens[i + k].name_text(text)).is_some())
                .filter(|&k| {
                    crate::gender::of_given_name(tokens[i].name_text(text)).is_none()
                        && tokens[i..i + k]
                            .iter()
                            .any(|t| is_descriptor(t.name_text(text)))
                })
                .unwrap_or(0);
            let (at, len) = (i + lead, n - lead);
            let run = &tokens[at..at + len];
            let last = &run[len - 1];
            let words = run.iter().filter(|t| t.is_name_like()).count();
            // (The cheapest tests first: most runs fail them.)
            if !(2..=3).contains(&words) {
                i += n;
                continue;
            }
            let first = run[0].name_text(text);
            // The last word, the family name from a particle on ("Marine
            // Le Pen": "Le Pen"), or the first word of a surname-first name
            // ("Xi Jinping": "Xi").
            let family = |k: usize| {
                let t = &run[k];
                particle_kind(t.text).is_some()
                    && surnames.contains_key(&text[t.start..last.name_end])
            };
            let called_alone = surnames.contains_key(last.name_text(text))
                || (1..len).any(family)
                || (SURNAME_FIRST.contains(first) && surnames.contains_key(first));
            if !called_alone {
                i += n;
                continue;
            }
            let prev = i.checked_sub(1).map(|p| &tokens[p]);
            let sentence_start = lead == 0
                && prev.map_or(true, |p| {
                    (p.period && !p.is_initial())
                        || (p.breaks
                            && text[p.start + p.text.len()..].starts_with(|c: char| {
                                matches!(c, '!' | '?' | ':') || crate::text::is_quote_mark(c)
                            }))
                });
            let opener = sentence_start && crate::lexicon::ABBREVIATIONS.is_starter(first);
            if !prev.is_some_and(is_article) && !opener && !is_org(run) {
                let span = Span::new(run[0].start, last.name_end);
                found.push((span, sentence_start.then(|| decapitalize(first))));
            }
            i += n;
        }
    }
    // The lower-case words that would make an opener, and whether the
    // article writes them.
    let mut openers: FnvMap<String, bool> = found
        .iter()
        .filter_map(|(_, w)| Some((w.clone()?, false)))
        .collect();
    if !openers.is_empty() {
        let shapes = WordShapes::new(openers.keys().map(String::as_str));
        for t in pieces.iter().flat_map(|p| p.tokens) {
            if !t.has(Token::LOWER) {
                continue;
            }
            let word = t.name_text(text);
            if shapes.may_contain(word) {
                if let Some(seen) = openers.get_mut(word) {
                    *seen = true;
                }
            }
        }
    }
    found
        .into_iter()
        .filter(|(_, w)| !w.as_ref().is_some_and(|w| openers[w]))
        .map(|(span, _)| span)
        .collect()
}

/// Whether the tokens after an appositive comma describe a person: an
/// optional article, up to three words, then a role noun that a
/// preposition or the end of the phrase follows ("a spokeswoman for",
/// "chief executive of the carmaker", "an analyst,"). "the official
/// residence" is no role: a noun follows "official".
fn appositive_role(tokens: &[Token]) -> bool {
    let skip =
        usize::from(tokens.first().is_some_and(|t| {
            t.text.starts_with(char::is_lowercase) && ARTICLES.contains_key(t.text)
        }));
    for (k, t) in tokens.iter().enumerate().skip(skip).take(APPOSITIVE_WINDOW) {
        let word = t.text.trim_end_matches('.');
        if ROLES.contains(word) {
            let next = tokens.get(k + 1);
            let ends_phrase =
                t.breaks || t.period || next.map_or(true, |n| ROLE_LINKS.contains(n.text));
            if ends_phrase {
                return true;
            }
        }
        if t.breaks {
            break;
        }
    }
    false
}

/// Whether `w`, a word in lower case, is a verb in the past ("rejected",
/// "took") or a speech verb, as after a name that acts. (Not a form in
/// "-s", which plural nouns share: "Stanley Park visitors".)
fn verb_form(w: &str) -> bool {
    (w.len() > 3 && w.ends_with("ed"))
        || crate::lexicon::is_speech_verb(w)
        || PAST_VERBS.contains(w)
}

/// Whether a capitalized phrase names an organization or place ("General
/// Motors", "Foreign Ministry", "Downing Street").
fn is_org(name: &[Token]) -> bool {
    name.iter()
        .any(|t| t.has(Token::ORG_WORD | Token::ORG_HEAD))
}

/// The number of tokens of the title starting at token `i`, if one does.
fn title_at(tokens: &[Token], i: usize) -> Option<usize> {
    if !tokens[i].is_title() {
        return None;
    }
    let options = TITLES.get(tokens[i].text)?;
    options.iter().find_map(|words| {
        let fits = words.iter().enumerate().all(|(k, w)| {
            tokens
                .get(i + k)
                .is_some_and(|t| t.text == w.as_str() && (k + 1 == words.len() || !t.breaks))
        });
        fits.then_some(words.len())
    })
}

/// Finds organizations in one piece that no gazetteer knows: one to four
/// capitalized words ending in a word of `data/org_heads.txt` ("Halden
/// Sports Capital", "Summit Valve Co.", "Professional Footballers'
/// Guild"), or that word with an "of" or "for" complement ("Ministry of
/// Defence", "Department for Transport"). The head word alone is no name
/// ("Police said"). Calls `found` with each name's span.
fn discover_orgs(
    text: &str,
    tokens: &[Token],
    free: &dyn Fn(&Token) -> bool,
    found: &mut dyn FnMut(Span),
) {
    const MAX_BEFORE: usize = 4;
    const MAX_COMPLEMENT: usize = 3;
    let capitalized = |t: &Token| t.is_name_like() && t.has(Token::UPPER) && free(t);
    let mut i = 0;
    while i < tokens.len() {
        // "Brandt & Lowe", "Procter & Gamble": capitalized words joined
        // by an ampersand.
        if tokens[i].text == "&"
            && i > 0
            && i + 1 < tokens.len()
            && !tokens[i - 1].breaks
            && !tokens[i - 1].period
            && !tokens[i].breaks
            && capitalized(&tokens[i - 1])
            && capitalized(&tokens[i + 1])
        {
            // One word before the ampersand: a word before it may be a
            // description ("Retailer Brandt & Lowe").
            let first = i - 1;
            let mut last = i + 1;
            while last + 1 < tokens.len()
                && last < i + 3
                && !tokens[last].breaks
                && !tokens[last].period
                && capitalized(&tokens[last + 1])
            {
                last += 1;
            }
            found(Span::new(tokens[first].start, org_end(&tokens[last])));
            i = last + 1;
            continue;
        }
        // "copper producer Minera Altiplano", "rival chain Cartwright’s",
        // "chipmaker Nvidia": capitalized words right after a noun in
        // lower case that only an organization is (not a known given name
        // first, nor a day or a month: "the company Monday said").
        if i > 0
            && capitalized(&tokens[i])
            && !tokens[i - 1].breaks
            && tokens[i - 1].has(Token::LOWER)
            && ORG_DESCRIPTORS.contains(tokens[i - 1].text)
            && crate::gender::of_given_name(tokens[i].name_text(text)).is_none()
            && !NOT_NAMES.contains(tokens[i].name_text(text))
        {
            let mut last = i;
            while last + 1 < tokens.len()
                && last < i + 2
                && !tokens[last].breaks
                && !tokens[last].period
                && capitalized(&tokens[last + 1])
                && !NOT_NAMES.contains(tokens[last + 1].name_text(text))
            {
                last += 1;
            }
            found(Span::new(tokens[i].start, org_end(&tokens[last])));
            i = last + 1;
            continue;
        }
        // One capitalized word that only an organization fits: "Quillmark,
        // which was founded in 2015", "Quillmark's chief executive".
        if single_word_org(text, tokens, i, &capitalized) {
            found(Span::new(tokens[i].start, tokens[i].name_end));
            i += 1;
            continue;
        }
        let head = &tokens[i];
        if !head.has(Token::UPPER) || !head.is_org_head() || !free(head) {
            i += 1;
            continue;
        }
        // Capitalized words right before the head, with an "and" or "&"
        // between two of them ("Retail and Distributive Union").
        // A plural possessive joins too ("Professional Footballers' Guild").
        // A word joins the next when only a space lies between them (no
        // opening parenthesis or quote mark).
        let joins = |t: &Token| {
            let after = &text[t.start + t.text.len()..];
            let next_start = after.trim_start();
            let opener = after.starts_with(char::is_whitespace)
                && next_start.starts_with(|c: char| is_opener(c));
            if opener {
                return false;
            }
            !t.period
                && (!t.breaks
                    || (t.text.ends_with('s')
                        && (after.starts_with("' ") || after.starts_with("’ "))))
        };
        let mut first = i;
        let mut words = 0;
        // A place the gazetteer knows may open the name ("Greater
        // Manchester Police", "American Airlines"): the longer name wins
        // over the place when the mentions are assembled.
        while first > 0 && words < MAX_BEFORE {
            let t = &tokens[first - 1];
            if !joins(t) {
                break;
            }
            // Not a possessive ("Nepal's Department of Hydrology") or a
            // compound modifier ("Indiana-based Palisade Metals").
            let possessive = t.name_end < t.start + t.text.len() && !t.text.ends_with('.');
            let modifier = t
                .text
                .rsplit('-')
                .next()
                .is_some_and(|last| last != t.text && last.starts_with(char::is_lowercase));
            // (A word like a name is none of `NOT_NAMES`.)
            if t.is_name_like() && t.has(Token::UPPER) && !possessive && !modifier {
                first -= 1;
                words += 1;
            } else if matches!(t.text, "and" | "&")
                && first >= 2
                && words > 0
                && joins(&tokens[first - 2])
                && tokens[first - 2].is_name_like()
                && tokens[first - 2].has(Token::UPPER)
                // Not the end of another body's complement ("the Ministry
                // of Defence and Foreign Office").
                && !(first >= 3 && matches!(tokens[first - 3].text, "of" | "for"))
            {
                first -= 1;
            } else {
                break;
            }
        }
        // Another head right after it: "Police Department", "Energy
        // Group".
        let mut h = i;
        while tokens
            .get(h + 1)
            .is_some_and(|n| joins(&tokens[h]) && n.has(Token::UPPER) && n.is_org_head() && free(n))
        {
            h += 1;
        }
        let head = &tokens[h];
        // An "of"/"for" complement: "Board of Education", "Bank of the
        // South Pacific".
        let mut last = h;
        if joins(head)
            && tokens
                .get(h + 1)
                .is_some_and(|t| matches!(t.text, "of" | "for"))
        {
            let mut k = h + 2;
            if tokens.get(k - 1).is_some_and(joins)
                && tokens.get(k).is_some_and(|t| t.text == "the")
            {
                k += 1;
            }
            let mut n = 0;
            while n < MAX_COMPLEMENT + 2
                && tokens.get(k + n).is_some_and(|t| t.has(Token::UPPER))
                && tokens.get(k + n - 1).is_some_and(joins)
            {
                n += 1;
                // A possessive ends the name: "the University of Sydney’s
                // Charles Perkins Centre".
                let t = &tokens[k + n - 1];
                if t.name_end < t.start + t.text.len() && !t.text.ends_with('.') {
                    break;
                }
                // "Department of Health and Social Care": "and" between
                // capitalized words.
                // Not two bodies ("the Ministry of Defence and Foreign
                // Office"): no head word in the next two.
                let head_at = |m: usize| tokens.get(m).is_some_and(Token::is_org_head);
                let and = tokens.get(k + n).is_some_and(|a| a.text == "and")
                    && joins(t)
                    && tokens.get(k + n + 1).is_some_and(|w| w.has(Token::UPPER))
                    && !head_at(k + n + 1)
                    && !head_at(k + n + 2);
                if and && n < MAX_COMPLEMENT {
                    n += 1;
                }
            }
            if n > 0 {
                last = k + n - 1;
            }
        }
        if words == 0 && last == i {
            i += 1;
            continue;
        }
        // A head that also ends everyday phrases ("Coastal Air" but "Clean
        // Air Act", "Christian Aid" but "First Aid kit") needs the name to
        // act: a speech verb, an appositive or a possessive after it.
        if last == h && WEAK_ORG_HEADS.contains(tokens[h].name_text(text)) {
            let t = &tokens[h];
            let next = tokens.get(h + 1);
            let possessive = t.name_end < t.start + t.text.len() && !t.period;
            let speaks = !t.breaks
                && next
                    .is_some_and(|n| crate::lexicon::is_speech_verb(n.text.trim_end_matches('.')));
            let described = text[t.name_end..].starts_with(',')
                && next.is_some_and(|n| matches!(n.text, "a" | "an" | "the" | "which"));
            let continues = !t.breaks && next.is_some_and(|n| n.has(Token::UPPER));
            if continues || !(possessive || speaks || described) {
                i = h + 1;
                continue;
            }
        }
        found(Span::new(tokens[first].start, org_end(&tokens[last])));
        i = last + 1;
    }
}

/// Heads of organizations' names that also end everyday phrases: the name
/// must act before it counts ([`discover_orgs`]).
static WEAK_ORG_HEADS: Lazy<WordSet> = Lazy::new(|| function_words("weak_org_head").collect());

/// Whether token `i` is a one-word organization's name: capitalized,
/// alone (no name word joined before or after), no known given name or
/// title, and followed by ", which" or by "'s" and a word only an
/// organization has ("chief executive", "spokeswoman", "shares").
fn single_word_org(
    text: &str,
    tokens: &[Token],
    i: usize,
    capitalized: &dyn Fn(&Token) -> bool,
) -> bool {
    let t = &tokens[i];
    if !capitalized(t) || t.is_title() || t.name_end - t.start < 3 {
        return false;
    }
    let joined_before = i > 0 && {
        let p = &tokens[i - 1];
        !p.breaks && !p.period && p.is_name_like() && p.has(Token::UPPER)
    };
    let Some(next) = tokens.get(i + 1) else {
        return false;
    };
    if joined_before || (!t.breaks && next.is_name_like() && next.has(Token::UPPER)) {
        return false;
    }
    let name = t.name_text(text);
    // (`capitalized` takes no word of `NOT_NAMES`.)
    if crate::gender::of_given_name(name).is_some() {
        return false;
    }
    // Not a place: "Hexham, which lost its bank"; a company does business.
    let business = |k: usize| {
        tokens.get(k).is_some_and(|w| {
            matches!(
                w.text,
                "makes"
                    | "owns"
                    | "operates"
                    | "employs"
                    | "sells"
                    | "manufactures"
                    | "headquartered"
                    | "valued"
                    | "listed"
            )
        })
    };
    let which = t.breaks
        && text[t.start + t.text.len()..].starts_with(',')
        && next.text == "which"
        && (business(i + 2) || business(i + 3));
    // Not a person's: "Biden's chief of staff", "Trump's spokeswoman".
    let after = tokens.get(i + 2).map_or("", |w| w.text);
    let possessive = t.name_end < t.start + t.text.len()
        && !t.breaks
        && next.text == "chief"
        && matches!(after, "executive" | "financial" | "operating");
    which || possessive
}

/// The span of an acronym in parentheses right after `end` ("… Service
/// (CAS)"): two to eight capital letters, with "&" or digits inside.
fn acronym_after(text: &str, end: usize) -> Option<Span> {
    let rest = text.get(end..)?.strip_prefix(" (")?;
    // Only the next nine bytes: a search to the end of the text for each
    // organization would be quadratic.
    let close = rest.as_bytes().iter().take(9).position(|&b| b == b')')?;
    let inner = &rest[..close];
    let ok = (2..=8).contains(&inner.len())
        && inner.starts_with(|c: char| c.is_ascii_uppercase())
        && inner
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'&')
        && rest.as_bytes().get(inner.len()) == Some(&b')');
    ok.then(|| Span::new(end + 2, end + 2 + inner.len()))
}

/// A quick test that rejects most words absent from a small set of words
/// made for one article (names, surnames): 256 bits, one per word, chosen
/// by its first and last bytes and its length. Cheaper to build than a
/// [`WordShapes`] and to ask than a map.
#[derive(Default)]
struct WordBloom([u64; 4]);

impl WordBloom {
    /// The bit of `w` (the empty word has bit 0).
    #[inline]
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let (first, last) = match (b.first(), b.last()) {
            (Some(&f), Some(&l)) => (usize::from(f), usize::from(l)),
            _ => return 0,
        };
        (first.wrapping_mul(31) ^ last.wrapping_mul(7) ^ b.len().wrapping_mul(59)) & 255
    }

    /// Adds `w`.
    fn insert(&mut self, w: &str) {
        let bit = WordBloom::bit(w);
        self.0[bit >> 6] |= 1 << (bit & 63);
    }

    /// Whether `w` may have been added (false: it surely was not).
    #[inline]
    fn may_contain(&self, w: &str) -> bool {
        let bit = WordBloom::bit(w);
        self.0[bit >> 6] & (1 << (bit & 63)) != 0
    }
}

/// Sorted spans, to tell whether a token touches none of them: the first
/// span that does not end before the token (`partition_point`), then
/// whether it starts after the token's name part. Most tokens are asked
/// of in order: when the spans' ends are in order too, the index found
/// last is moved forward instead of searching again (the same index: the
/// spans before it all end before the token).
struct FreeSpans<'s> {
    spans: &'s [Span],
    /// The spans' ends never decrease.
    ends_in_order: bool,
    /// The index found last.
    at: std::cell::Cell<usize>,
}

impl<'s> FreeSpans<'s> {
    fn new(spans: &'s [Span]) -> FreeSpans<'s> {
        FreeSpans {
            spans,
            ends_in_order: spans.windows(2).all(|w| w[0].end <= w[1].end),
            at: std::cell::Cell::new(0),
        }
    }

    /// Whether token `t` touches none of the spans.
    #[inline]
    fn free(&self, t: &Token) -> bool {
        let spans = self.spans;
        let mut i = self.at.get();
        if self.ends_in_order && (i == 0 || spans[i - 1].end <= t.start) {
            while spans.get(i).is_some_and(|s| s.end <= t.start) {
                i += 1;
            }
        } else {
            i = spans.partition_point(|s| s.end <= t.start);
        }
        self.at.set(i);
        spans.get(i).map_or(true, |s| s.start >= t.name_end)
    }
}

/// The spans of the candidates found so far, sorted, to tell in
/// logarithmic time whether a new span would overlap one.
struct Taken(Vec<Span>);

impl Taken {
    fn of(cands: &[Candidate]) -> Taken {
        let mut spans: Vec<Span> = cands.iter().map(|c| c.span).collect();
        spans.sort_unstable();
        Taken(spans)
    }

    fn overlaps(&self, s: Span) -> bool {
        let i = self.0.partition_point(|t| t.end <= s.start);
        self.0.get(i).is_some_and(|t| t.start < s.end)
    }
}

/// Adds a mention of each discovered organization wherever its acronym
/// stands alone as a word, once, in one pass over the tokens.
fn link_acronyms(
    text: &str,
    pieces: &[Piece],
    acronyms: &FnvMap<&str, (usize, MentionForm)>,
    cands: &mut Vec<Candidate>,
) {
    let taken = Taken::of(cands);
    let overlaps = |s: Span| taken.overlaps(s);
    let mut added = Vec::new();
    for piece in pieces {
        let tokens = piece.tokens;
        for (k, t) in tokens.iter().enumerate() {
            if !t.has(Token::UPPER) {
                continue;
            }
            // Alone, not inside a longer name ("Jordan Ford", "Brixel Road").
            let joined_before = k > 0 && {
                let p = &tokens[k - 1];
                !p.breaks && !p.period && p.has(Token::UPPER) && p.is_name_like()
            };
            let joined_after = !t.breaks
                && tokens
                    .get(k + 1)
                    .is_some_and(|n| n.has(Token::UPPER) && n.is_name_like());
            let word = t.name_text(text);
            if let Some(&(idx, form)) = acronyms.get(word) {
                // (An acronym may follow its name: "Service (CAS)".)
                if form == MentionForm::Name && (joined_before || joined_after) {
                    continue;
                }
                let span = Span::new(t.start, t.name_end);
                if !overlaps(span) {
                    added.push(Candidate {
                        span,
                        target: Target::Org(idx),
                        form,
                        title: None,
                    });
                }
            }
        }
    }
    cands.extend(added);
}

/// Where an organization's name that ends with token `t` ends: "Co.",
/// "Inc." keep their period.
fn org_end(t: &Token) -> usize {
    let abbreviation = t.period && t.text.len() <= 5 && t.is_org_head();
    if abbreviation {
        t.start + t.text.len()
    } else {
        t.name_end
    }
}

/// [`name_run`] not after a title: none unless token `i` is a name word,
/// which most tokens are not.
#[inline]
fn name_run_from(tokens: &[Token], i: usize, free: &dyn Fn(&Token) -> bool) -> usize {
    if tokens[i].is_name_like() && !tokens[i].is_title() {
        name_run(tokens, i, free, false)
    } else {
        0
    }
}

/// How many tokens of a name start at `i`: at most `MAX_NAME_WORDS`
/// name-like words and the particles between them ("Ursula von der
/// Leyen"), stopping at punctuation, a title word or a gazetteer name. After a
/// title, gazetteer names inside the run are part of the person's name
/// ("Rep. Jim Jordan", "Rep. Alexandria Ocasio-Cortez").
fn name_run(tokens: &[Token], i: usize, free: &dyn Fn(&Token) -> bool, after_title: bool) -> usize {
    let mut n = 0;
    let mut words = 0;
    // A particle allows one more word ("Luiz Inacio Lula da Silva").
    let mut particles = false;
    while let Some(t) = tokens.get(i + n) {
        if t.is_title() {
            break;
        }
        if !t.is_name_like() {
            // Particles between name words ("Ursula von der Leyen"), or
            // first after a title ("President von der Leyen").
            let p = if (words > 0 || after_title) && words <= MAX_NAME_WORDS {
                particles_at(tokens, i + n, free, after_title)
            } else {
                0
            };
            if p == 0 {
                break;
            }
            n += p;
            particles = true;
            continue;
        }
        if words == MAX_NAME_WORDS + usize::from(particles) || !(free(t) || after_title) {
            break;
        }
        n += 1;
        words += 1;
        let possessive = t.name_end < t.start + t.text.len() && !t.period;
        if t.breaks || (t.period && !t.is_initial()) || possessive {
            break;
        }
    }
    n
}

/// How many name particles ("von der", "de", "bin") start at token `i`
/// and lead to a name word: at most two, none set off by punctuation; 0
/// when no name word follows them ("the Bank of England" has none).
fn particles_at(
    tokens: &[Token],
    i: usize,
    free: &dyn Fn(&Token) -> bool,
    after_title: bool,
) -> usize {
    let mut k = 0;
    while let Some(t) = tokens.get(i + k) {
        if k == MAX_PARTICLES || !t.has(Token::PARTICLE) || t.breaks || t.period {
            break;
        }
        k += 1;
    }
    let leads_to_name = k > 0
        && tokens
            .get(i + k)
            .is_some_and(|t| t.is_name_like() && !t.is_title() && (free(t) || after_title));
    if leads_to_name {
        k
    } else {
        0
    }
}

/// The words that alone later name a person introduced as `name`: the last
/// word ("Starmer"); with a particle, the family name from the particle on
/// ("von der Leyen", "de Gaulle"), and the last word too unless the
/// particle is a patronymic ("bin Salman", never "Salman"); after "al-" or
/// "el-", the rest ("Assad" for "Bashar al-Assad"); and the first word of
/// a name of two or three words in the surname-first order ("Xi" for "Xi
/// Jinping").
///
/// The surnames are appended to `out`; `words` is scratch space.
fn surnames_of<'a>(name: &'a str, words: &mut Vec<&'a str>, out: &mut Vec<Cow<'a, str>>) {
    // A single word (the most common case) is its own surname.
    if !name.contains(is_space) {
        if !name.is_empty() {
            out.push(Cow::Borrowed(name));
        }
        return;
    }
    words.clear();
    words.extend(name.split(is_space).filter(|w| !w.is_empty()));
    let Some((&last, _)) = words.split_last() else {
        return;
    };
    if words.len() == 1 {
        out.push(Cow::Borrowed(last));
        return;
    }
    // A particle before the last word, also capitalized ("Marine Le Pen",
    // "De Gaulle").
    let particle = words[..words.len() - 1]
        .iter()
        .position(|w| particle_kind(w).is_some());
    match particle {
        Some(p) => {
            out.push(Cow::Owned(words[p..].join(" ")));
            let patronymic = words[p..].iter().any(|w| particle_kind(w) == Some(true));
            if !patronymic {
                out.push(Cow::Borrowed(last));
            }
        }
        None => out.push(Cow::Borrowed(last)),
    }
    for prefix in NAME_PREFIXES.iter() {
        if let Some(rest) = last.strip_prefix(prefix.as_str()) {
            if rest.starts_with(char::is_uppercase) {
                out.push(Cow::Borrowed(rest));
            }
        }
    }
    if particle.is_none() && words.len() <= 3 && SURNAME_FIRST.contains(words[0]) {
        out.push(Cow::Borrowed(words[0]));
    }
}

/// Finds later mentions of discovered people among the tokens of every
/// piece: their full names and, alone, their surnames.
fn link_surnames(
    text: &str,
    pieces: &[Piece],
    people: &[Named],
    surname_words: &SurnameWords,
    cands: &mut Vec<Candidate>,
) {
    if people.is_empty() {
        return;
    }
    // Names of several words (words joined by single spaces): full names,
    // and surnames with a particle, also capitalized at the start of a
    // sentence ("Von der Leyen said"); surnames of one word alone.
    let mut full: FnvMap<String, (usize, MentionForm)> = FnvMap::default();
    let mut surnames: FnvMap<&str, usize> = FnvMap::default();
    // A surname two people share names the one the article introduced
    // first ("Mae Harlan" … "Her husband, Gus Harlan" … "Harlan
    // said" is Ruth), whatever order the people were found in.
    for i in by_introduction(cands, people) {
        let p = &people[i];
        let mut words = p.name.split(is_space).filter(|w| !w.is_empty());
        let several = words.clone().nth(1).is_some();
        // A name or surname that starts with a particle, in either case.
        let mut add = |key: String, form: MentionForm| {
            let particle_first = key
                .split(' ')
                .next()
                .is_some_and(|w| particle_kind(w).is_some());
            if particle_first {
                full.entry(capitalize(&key)).or_insert((i, form));
                full.entry(decapitalize(&key)).or_insert((i, form));
            }
            full.entry(key).or_insert((i, form));
        };
        if several {
            let mut joined = String::with_capacity(p.name.len());
            joined.extend(words.next());
            for w in words {
                joined.push(' ');
                joined.push_str(w);
            }
            add(joined, MentionForm::Name);
        }
        for s in surname_words.of(&p.surnames) {
            if s.contains(' ') {
                add(s.to_string(), MentionForm::Surname);
            } else {
                surnames.entry(s.as_ref()).or_insert(i);
            }
        }
    }
    // The first words of the names of several words: most words start none,
    // and are looked up once, not once per possible length.
    let first_words: FnvMap<&str, ()> = full
        .keys()
        .filter_map(|k| Some((k.split(' ').next()?, ())))
        .collect();
    // Every word a name or surname starts with: most capitalized words are
    // none, and are passed over before either map is asked.
    let mut known = WordBloom::default();
    for &w in first_words.keys().chain(surnames.keys()) {
        known.insert(w);
    }
    // The longest full name starting at token `i`: at most
    // `MAX_NAME_WORDS + MAX_PARTICLES` look-ups, whatever the number of
    // people.
    let mut key = String::new();
    let mut longest_full = |tokens: &[Token], i: usize| -> Option<(usize, MentionForm, usize)> {
        if !first_words.contains_key(tokens[i].name_text(text)) {
            return None;
        }
        key.clear();
        let mut best = None;
        for k in 0..MAX_NAME_WORDS + MAX_PARTICLES {
            let Some(u) = tokens.get(i + k) else { break };
            if k > 0 {
                if tokens[i + k - 1].breaks {
                    break;
                }
                key.push(' ');
            }
            key.push_str(u.name_text(text));
            if k > 0 {
                if let Some(&(p, form)) = full.get(key.as_str()) {
                    best = Some((p, form, k + 1));
                }
            }
        }
        best
    };
    let taken = Taken::of(cands);
    let overlaps = |s: Span| taken.overlaps(s);
    let mut added = Vec::new();
    for piece in pieces {
        let (tokens, headline) = (piece.tokens, piece.headline);
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            if !t.has(Token::UPPER) && !t.has(Token::NAME_PARTICLE) {
                i += 1;
                continue;
            }
            let word = t.name_text(text);
            if !known.may_contain(word) {
                i += 1;
                continue;
            }
            // Another given name before the surname: someone else of that
            // family ("Hunter Biden" after "Joe Biden").
            // (Asked only of a surname alone, which most words are not.)
            let other_given_name = || {
                !headline && i >= 2 && {
                    let prev = &tokens[i - 1];
                    let opener = &tokens[i - 2];
                    // Not a word that ends the sentence before ("the North.
                    // Burnham said"). After a comma, only a known given name
                    // ("Her daughter, Joan Pryor").
                    !prev.breaks
                        && (!prev.period || prev.is_initial())
                        && name_word(prev)
                        && !overlaps(Span::new(prev.start, prev.name_end))
                        && !opener.period
                        && (!opener.breaks
                            || crate::gender::of_given_name(prev.name_text(text)).is_some())
                        && !opener.text.starts_with(char::is_uppercase)
                }
            };
            // The longest full name starting here, then the surname.
            let (person, form, n) = match longest_full(tokens, i) {
                Some((p, form, n)) => (p, form, n),
                None if !t.has(Token::UPPER) => {
                    i += 1;
                    continue;
                }
                None => match surnames.get(word) {
                    Some(&p) if people[p].name == word => (p, MentionForm::Name, 1),
                    Some(_) if other_given_name() => {
                        i += 1;
                        continue;
                    }
                    Some(&p) => (p, MentionForm::Surname, 1),
                    None => {
                        i += 1;
                        continue;
                    }
                },
            };
            let span = Span::new(t.start, tokens[i + n - 1].name_end);
            if !overlaps(span) {
                added.push(Candidate {
                    span,
                    target: people[person].target,
                    form,
                    title: None,
                });
            }
            i += n;
        }
    }
    cands.extend(added);
}

/// Groups the candidates into entities ordered by first mention, with
/// mentions in document order and never overlapping.
///
/// Three passes: which candidates are kept and the entity (its slot) of
/// each, in the order the entities are first mentioned; then the entities,
/// each with room for all its mentions; then the mentions. No map from
/// targets to entities is needed and no vector grows.
fn assemble(
    text: &str,
    gazetteer: &Gazetteer,
    people: &[Person],
    by_id: FnvMap<String, usize>,
    mut orgs: Vec<String>,
    org_by_id: FnvMap<String, usize>,
    mut cands: Vec<Candidate>,
) -> Vec<Entity> {
    cands.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    // Each candidate's slot, or `NO_SLOT` when it overlaps a mention kept
    // before it.
    const NO_SLOT: u32 = u32::MAX;
    let mut slots: Vec<u32> = Vec::with_capacity(cands.len());
    // The entities' targets by slot, with their numbers of mentions.
    let mut targets: Vec<(Target, u32)> = Vec::with_capacity(cands.len());
    // A discovered person's or organization's slot by its index; a
    // gazetteer entry's by the entry.
    let mut person_slot: Vec<u32> = vec![NO_SLOT; people.len()];
    let mut org_slot: Vec<u32> = vec![NO_SLOT; orgs.len()];
    let mut gazetteer_slot: FnvMap<u32, u32> = FnvMap::default();
    let mut last_end = 0;
    for c in &cands {
        if c.span.start < last_end {
            slots.push(NO_SLOT);
            continue;
        }
        last_end = c.span.end;
        let next = targets.len() as u32;
        let slot = match c.target {
            Target::Person(i) => &mut person_slot[i],
            Target::Org(i) => &mut org_slot[i],
            Target::Gazetteer(i) => gazetteer_slot.entry(i).or_insert(NO_SLOT),
        };
        if *slot == NO_SLOT {
            *slot = next;
            targets.push((c.target, 0));
        }
        targets[*slot as usize].1 += 1;
        slots.push(*slot);
    }
    let mut entities: Vec<Entity> = Vec::with_capacity(targets.len());
    // Every id given so far.
    let mut ids = IdSet::with_capacity(targets.len());
    // The people's ids, computed when they were found: `by_id` maps each
    // person's `person_id` to the person (those added later have none).
    let mut person_ids: Vec<Option<String>> = vec![None; people.len()];
    for (id, i) in by_id {
        if let Some(slot) = person_ids.get_mut(i) {
            *slot = Some(id);
        }
    }
    // The organizations' ids likewise, from `org_by_id`.
    let mut org_ids: Vec<Option<String>> = vec![None; orgs.len()];
    for (id, i) in org_by_id {
        if let Some(slot) = org_ids.get_mut(i) {
            *slot = Some(id);
        }
    }
    for &(target, mentions) in &targets {
        let mentions = Vec::with_capacity(mentions as usize);
        let entity = match target {
            Target::Gazetteer(i) => {
                let e = gazetteer.entry(i);
                Entity {
                    id: e.id.clone(),
                    name: e.name.clone(),
                    kind: e.kind.clone(),
                    source: EntitySource::Gazetteer,
                    mentions,
                }
            }
            Target::Person(i) => Entity {
                id: unique_id(
                    &ids,
                    &entities,
                    person_ids[i]
                        .take()
                        .unwrap_or_else(|| person_id(people[i].name)),
                ),
                name: people[i].name.to_string(),
                kind: EntityKind::Person,
                source: EntitySource::Discovered,
                mentions,
            },
            Target::Org(i) => {
                let id = org_ids[i]
                    .take()
                    .unwrap_or_else(|| slug_id("org:", &orgs[i]));
                Entity {
                    id: unique_id(&ids, &entities, id),
                    // Each organization is one entity: its name moves.
                    name: std::mem::take(&mut orgs[i]),
                    kind: EntityKind::Organization,
                    source: EntitySource::Discovered,
                    mentions,
                }
            }
        };
        ids.insert(&entity.id, entities.len());
        entities.push(entity);
    }
    for (c, slot) in cands.into_iter().zip(slots) {
        if slot != NO_SLOT {
            entities[slot as usize].mentions.push(Mention {
                text: text[c.span].to_string(),
                span: c.span,
                form: c.form,
                title: c.title,
            });
        }
    }
    entities
}

/// The ids of the entities built so far, without a copy of each: every id
/// is the `id` of one of those entities, found by the id's hash.
#[derive(Default)]
struct IdSet {
    /// An entity (its index) by the hash of its id.
    by_hash: FnvMap<u64, usize>,
    /// The other entities whose ids have a hash already in `by_hash`.
    more: Vec<(u64, usize)>,
}

impl IdSet {
    /// A set with room for `n` ids.
    fn with_capacity(n: usize) -> IdSet {
        IdSet {
            by_hash: FnvMap::with_capacity_and_hasher(n, Default::default()),
            more: Vec::new(),
        }
    }

    fn hash(id: &str) -> u64 {
        BuildHasherDefault::<WordHasher>::default().hash_one(id)
    }

    /// Notes that entity `k` has the id `id`.
    fn insert(&mut self, id: &str, k: usize) {
        let h = IdSet::hash(id);
        match self.by_hash.entry(h) {
            Entry::Occupied(_) => self.more.push((h, k)),
            Entry::Vacant(slot) => {
                slot.insert(k);
            }
        }
    }

    /// Whether one of `entities` (those noted) has the id `id`.
    fn contains(&self, entities: &[Entity], id: &str) -> bool {
        let h = IdSet::hash(id);
        self.by_hash.get(&h).is_some_and(|&k| {
            entities[k].id == id
                || self
                    .more
                    .iter()
                    .any(|&(g, k)| g == h && entities[k].id == id)
        })
    }
}

/// `id`, or with "-2", "-3", ... appended when two different people share
/// it ("Jean-Pierre" and "Jean Pierre"): an id none of `entities` has.
fn unique_id(ids: &IdSet, entities: &[Entity], id: String) -> String {
    if !ids.contains(entities, &id) {
        return id;
    }
    let mut n = 2;
    loop {
        let candidate = format!("{id}-{n}");
        if !ids.contains(entities, &candidate) {
            return candidate;
        }
        n += 1;
    }
}

/// The index of the person named `name` in `people`, added when new.
/// `slug` is scratch space: the id is copied only for a new person.
fn person_index<'t>(
    by_id: &mut FnvMap<String, usize>,
    people: &mut Vec<Person<'t>>,
    name: &'t str,
    slug: &mut String,
) -> usize {
    slug_into("person:", name, slug);
    if let Some(&i) = by_id.get(slug.as_str()) {
        return i;
    }
    by_id.insert(slug.clone(), people.len());
    people.push(Person { name });
    people.len() - 1
}

/// "person:joe-biden" for "Joe Biden".
fn person_id(name: &str) -> String {
    slug_id("person:", name)
}

/// `prefix` and the words of `name` in lower case joined by dashes:
/// "org:summit-valve-co" for "Summit Valve Co.".
fn slug_id(prefix: &str, name: &str) -> String {
    let mut id = String::with_capacity(prefix.len() + name.len());
    slug_into(prefix, name, &mut id);
    id
}

/// [`slug_id`] written into `id` (cleared first).
fn slug_into(prefix: &str, name: &str, id: &mut String) {
    id.clear();
    id.push_str(prefix);
    let mut dash = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if dash && !id.ends_with(':') {
                id.push('-');
            }
            dash = false;
            if c.is_ascii() {
                id.push(c.to_ascii_lowercase());
            } else {
                id.extend(c.to_lowercase());
            }
        } else {
            dash = true;
        }
    }
}

/// How many of `words` at the start form a title ("Det Insp", "Sen.",
/// "Prime Minister"), for the quotes stage's speakers.
pub(crate) fn leading_title(words: &[&str]) -> usize {
    let Some(options) = words.first().and_then(|w| TITLES.get(*w)) else {
        return 0;
    };
    options
        .iter()
        .find(|t| t.len() <= words.len() && t.iter().zip(words).all(|(a, b)| a == b))
        .map_or(0, Vec::len)
}

/// Whether `word` ends the name of an organization ("Police", "Guild",
/// "Capital"), for the quotes stage's speakers.
pub(crate) fn is_org_word(word: &str) -> bool {
    let w = word.trim_end_matches('.');
    ORG_WORDS.contains(w) || ORG_HEADS.contains(w)
}

/// Roles an organization may hold as well as a person ("a leader in drone
/// software", "a partner in the deal").
static ORG_ROLES: Lazy<WordSet> = Lazy::new(|| function_words("org_role").collect());

/// Whether `word` is a role an organization may hold too ("leader").
pub(crate) fn is_org_role(word: &str) -> bool {
    ORG_ROLES.contains(word)
}

/// Whether `word` is a role noun of an appositive ("daughter",
/// "spokeswoman", "lawyer"), for the quotes stage's descriptions.
pub(crate) fn is_role_noun(word: &str) -> bool {
    ROLES.contains(word)
}

/// Whether a capitalized `word` is never part of a person's name ("Monday",
/// "However"), for the quotes stage's speakers.
pub(crate) fn is_not_name(word: &str) -> bool {
    NOT_NAMES.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`plain_token`] takes no word of ASCII letters and digits alone for
    /// a prefixed name: every prefix of family names holds another
    /// character ("al-").
    #[test]
    fn name_prefixes_are_not_plain_words() {
        assert!(!NAME_PREFIXES.is_empty());
        for p in NAME_PREFIXES.iter() {
            assert!(!p.bytes().all(|b| b.is_ascii_alphanumeric()), "{p:?}");
        }
    }

    /// [`FreeSpans`] answers as a binary search over the spans does, in
    /// any order of asking and whether the spans' ends are in order or not.
    #[test]
    fn free_spans_is_the_binary_search() {
        let text = "aa bb cc dd ee ff gg hh ii jj kk ll mm nn oo pp";
        let tokens: Vec<Token> = (0..text.len())
            .step_by(3)
            .map(|a| plain_token(text, a, a + 2, 0))
            .collect();
        let sets: [&[(usize, usize)]; 4] = [
            &[],
            &[(3, 5), (9, 14), (20, 23), (30, 32)],
            &[(0, 8), (3, 5), (9, 14), (12, 40), (13, 15), (44, 47)],
            &[(6, 8), (6, 30), (9, 11), (33, 35)],
        ];
        for set in sets {
            let spans: Vec<Span> = set.iter().map(|&(a, z)| Span::new(a, z)).collect();
            let search = |t: &Token| {
                let i = spans.partition_point(|s| s.end <= t.start);
                spans.get(i).map_or(true, |s| s.start >= t.name_end)
            };
            let mut orders: Vec<Vec<usize>> = vec![(0..tokens.len()).collect()];
            orders.push((0..tokens.len()).rev().collect());
            orders.push((0..tokens.len()).map(|k| (k * 7) % tokens.len()).collect());
            for order in orders {
                let free = FreeSpans::new(&spans);
                for k in order {
                    assert_eq!(free.free(&tokens[k]), search(&tokens[k]), "{set:?} {k}");
                }
            }
        }
    }

    /// [`particle_kind`] looks up what [`get_decapitalized`] finds, in any
    /// case and script.
    #[test]
    fn particle_kind_is_the_lookup() {
        let mut words: Vec<String> = ["Von", "VON", "Bin", "Doe", "", "\u{212a}im", "Éd", "ibn"]
            .iter()
            .map(|w| w.to_string())
            .collect();
        for p in PARTICLES.keys() {
            words.extend([p.to_string(), capitalize(p), p.to_uppercase()]);
        }
        for w in &words {
            assert_eq!(
                particle_kind(w),
                get_decapitalized(&PARTICLES, w).copied(),
                "{w:?}"
            );
        }
    }
}
