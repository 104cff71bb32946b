//! Stage 5: entities. Gazetteer names matched as whole words, people
//! discovered from titles, speech cues and appositives, and every later
//! surname linked to the person it names.

use std::collections::HashMap;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, Anchored, Input, MatchKind};
use once_cell::sync::Lazy;

use crate::lexicon::{WordSet, SPEECH_VERBS};
use crate::text::{is_closer, is_opener, is_space};
use crate::{Entity, EntityKind, EntitySource, Gazetteer, Mention, MentionForm, Span};

const TITLES_TXT: &str = include_str!("../data/titles.txt");
const ROLES_TXT: &str = include_str!("../data/roles.txt");

/// A name after a title has at most this many words.
const MAX_NAME_WORDS: usize = 4;
/// An appositive's role noun lies within this many words after the comma.
const APPOSITIVE_WINDOW: usize = 5;
/// A line counts as written in capitals when at least this share of its
/// letters (in percent) are capitals.
const CAPS_LINE_PERCENT: usize = 80;

fn lines(src: &'static str) -> impl Iterator<Item = &'static str> {
    src.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
}

/// Titles by their first word: each a list of words ("Secretary", "of",
/// "State"), longest first.
static TITLES: Lazy<HashMap<&'static str, Vec<Vec<&'static str>>>> = Lazy::new(|| {
    let mut map: HashMap<&str, Vec<Vec<&str>>> = HashMap::new();
    for t in lines(TITLES_TXT) {
        let words: Vec<&str> = t.split_whitespace().collect();
        if let Some(&first) = words.first() {
            map.entry(first).or_default().push(words);
        }
    }
    for v in map.values_mut() {
        v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    }
    map
});

static ROLES: Lazy<WordSet> = Lazy::new(|| lines(ROLES_TXT).collect());

/// Capitalized words that start sentences or name days and months, never a
/// person's name.
static NOT_NAMES: Lazy<WordSet> = Lazy::new(|| {
    [
        "The",
        "A",
        "An",
        "This",
        "That",
        "These",
        "Those",
        "It",
        "He",
        "She",
        "They",
        "We",
        "I",
        "His",
        "Her",
        "Their",
        "Our",
        "In",
        "On",
        "At",
        "For",
        "But",
        "And",
        "Or",
        "If",
        "When",
        "While",
        "After",
        "Before",
        "As",
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        "Officials",
        "Analysts",
        "Police",
        "Critics",
        "Experts",
        "Residents",
        "Lawmakers",
        "Sources",
        "According",
        "However",
        "Meanwhile",
        "Also",
        "Still",
        "Yet",
        "So",
        "Now",
        "Then",
        "There",
        "Here",
        "Some",
        "Many",
        "Most",
        "Both",
        "All",
        "Several",
        "Other",
        "Others",
    ]
    .into_iter()
    .collect()
});

/// A word of a piece, with its trailing punctuation noted.
#[derive(Clone, Copy, Debug)]
struct Token<'a> {
    /// The word without opening quotes or trailing punctuation; a final
    /// period stays ("Mr.", "J.").
    text: &'a str,
    start: usize,
    /// End of the name part: before a possessive "’s" and a final period
    /// that is not part of an initial.
    name_end: usize,
    /// Punctuation other than a period follows the word (a comma, a colon, a
    /// closing quote): a name does not run past it.
    breaks: bool,
    /// The word ends with a period that ends a sentence or abbreviation.
    period: bool,
}

impl Token<'_> {
    fn name_text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.name_end]
    }

    /// Looks like part of a person's name: a capitalized word with lower
    /// case letters ("Starmer", "O’Brien", "al-Assad"), or an initial
    /// ("J.").
    fn is_name_like(&self, text: &str) -> bool {
        let name = self.name_text(text);
        let mut chars = name.chars();
        let Some(first) = chars.next() else {
            return false;
        };
        if !first.is_uppercase() || NOT_NAMES.contains(name) {
            return false;
        }
        let initial = self.text.len() <= 3 && self.text.ends_with('.');
        let letters_only = name
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, '-' | '\'' | '’' | '.'));
        letters_only && (initial || name.chars().any(char::is_lowercase))
    }
}

fn tokenize(text: &str, piece: Span) -> Vec<Token<'_>> {
    let s = &text[piece];
    let mut out = Vec::new();
    for (off, w) in crate::text::words(s) {
        let lead = w.len()
            - w.trim_start_matches(|c: char| is_opener(c) || c == '—')
                .len();
        let core = &w[lead..];
        let trimmed = core.trim_end_matches(|c: char| {
            is_closer(c)
                || crate::text::is_quote_mark(c)
                || matches!(c, ',' | ';' | ':' | '!' | '?' | '—' | '–' | '(' | '[')
        });
        let breaks = trimmed.len() != core.len();
        let start = piece.start + off + lead;
        let text_part = &text[start..start + trimmed.len()];
        if text_part.is_empty() {
            continue;
        }
        let period = text_part.ends_with('.');
        let is_initial = period && text_part.chars().count() <= 3;
        let mut name = if period && !is_initial {
            &text_part[..text_part.len() - 1]
        } else {
            text_part
        };
        for suffix in ["’s", "'s", "’", "'"] {
            if let Some(stem) = name.strip_suffix(suffix) {
                if !stem.is_empty() {
                    name = stem;
                    break;
                }
            }
        }
        out.push(Token {
            text: text_part,
            start,
            name_end: start + name.len(),
            breaks,
            period,
        });
    }
    out
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
}

/// A discovered person.
#[derive(Clone, Debug)]
struct Person {
    /// The full name as first written.
    name: String,
    surname: String,
}

/// Extracts the entities named in `pieces` (title, dateline, headings and
/// paragraphs, in document order).
pub(crate) fn extract(text: &str, pieces: &[Span], gazetteer: &Gazetteer) -> Vec<Entity> {
    let mut cands: Vec<Candidate> = Vec::new();
    let mut people: Vec<Person> = Vec::new();
    let mut by_name: HashMap<String, usize> = HashMap::new();
    // Single-word names after a title, resolved once every full name is known.
    let mut pending: Vec<(Span, Option<String>)> = Vec::new();

    for &piece in pieces {
        let first = cands.len();
        match_gazetteer(text, piece, gazetteer, &mut cands);
        // Gazetteer matches come in order and never overlap: a binary search
        // finds the one a token could touch.
        let covered: Vec<Span> = cands[first..].iter().map(|c| c.span).collect();
        let tokens = tokenize(text, piece);
        let free = |t: &Token| {
            let i = covered.partition_point(|c| c.end <= t.start);
            covered.get(i).map_or(true, |c| c.start >= t.name_end)
        };
        discover(text, &tokens, &free, &mut |span, title| {
            let name = &text[span];
            if !name.contains(is_space) {
                pending.push((span, title));
                return;
            }
            let idx = *by_name.entry(name.to_string()).or_insert_with(|| {
                people.push(Person {
                    name: name.to_string(),
                    surname: name.rsplit(is_space).next().unwrap_or(name).to_string(),
                });
                people.len() - 1
            });
            cands.push(Candidate {
                span,
                target: Target::Person(idx),
                form: MentionForm::Name,
                title,
            });
        });
    }

    // Surnames alone: after a title ("President Biden") or anywhere later.
    let mut surnames: HashMap<String, usize> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        surnames.entry(p.surname.clone()).or_insert(i);
    }
    for (span, title) in pending {
        let word = text[span].to_string();
        let idx = match surnames.get(&word) {
            Some(&i) => i,
            None => {
                people.push(Person {
                    name: word.clone(),
                    surname: word.clone(),
                });
                surnames.insert(word, people.len() - 1);
                people.len() - 1
            }
        };
        let form = if people[idx].name == text[span] {
            MentionForm::Name
        } else {
            MentionForm::Surname
        };
        cands.push(Candidate {
            span,
            target: Target::Person(idx),
            form,
            title,
        });
    }
    link_surnames(text, pieces, &people, &mut cands);
    assemble(text, gazetteer, &people, cands)
}

/// Finds the gazetteer's names in `piece` as whole words.
fn match_gazetteer(text: &str, piece: Span, gazetteer: &Gazetteer, out: &mut Vec<Candidate>) {
    let Some((ac, patterns)) = gazetteer.automaton() else {
        return;
    };
    let s = &text[piece];
    let mut caps_line: Option<bool> = None;
    let mut ok = |m: &aho_corasick::Match| {
        let info = patterns[m.pattern().as_usize()];
        whole_word(s, m.start(), m.end())
            && (!info.caps_only || *caps_line.get_or_insert_with(|| is_caps_line(s)))
    };
    let mut pos = 0;
    while pos < s.len() {
        let Some(m) = ac.find(Input::new(s).span(pos..s.len())) else {
            break;
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
                let info = patterns[m.pattern().as_usize()];
                out.push(Candidate {
                    span: Span::new(piece.start + m.start(), piece.start + m.end()),
                    target: Target::Gazetteer(info.entry),
                    form: info.form,
                    title: None,
                });
                pos = m.end();
            }
            None => pos = m.start() + s[m.start()..].chars().next().map_or(1, char::len_utf8),
        }
    }
}

/// The match `start..end` of `s` is not part of a longer word: no letter or
/// digit touches it on either side. Hyphens and apostrophes do not join
/// ("U.S.-supplied", "Kyiv-based", "Biden’s").
fn whole_word(s: &str, start: usize, end: usize) -> bool {
    let before = s[..start].chars().next_back();
    let after = s[end..].chars().next();
    let first = s[start..end].chars().next();
    let last = s[start..end].chars().next_back();
    let joins = |c: Option<char>, edge: Option<char>| {
        c.is_some_and(char::is_alphanumeric) && edge.is_some_and(char::is_alphanumeric)
    };
    !joins(before, first) && !joins(after, last)
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
/// Calls `found` with each name's span and the title written before it.
fn discover(
    text: &str,
    tokens: &[Token],
    free: &dyn Fn(&Token) -> bool,
    found: &mut dyn FnMut(Span, Option<String>),
) {
    let mut i = 0;
    while i < tokens.len() {
        // 1. A title, then a name.
        if let Some(title_len) = title_at(tokens, i) {
            let after = i + title_len;
            let n = name_run(text, tokens, after, free);
            if n > 0 && !tokens[after - 1].breaks {
                let span = Span::new(tokens[after].start, tokens[after + n - 1].name_end);
                let title = text
                    [tokens[i].start..tokens[after - 1].start + tokens[after - 1].text.len()]
                    .to_string();
                found(span, Some(title));
                i = after + n;
                continue;
            }
        }
        // 2. A name of two or more words, then a speech verb or an
        // appositive role ("Jane Doe said", "Jane Doe, a spokeswoman").
        let n = name_run(text, tokens, i, free);
        if n >= 2 {
            let last = &tokens[i + n - 1];
            let next = tokens.get(i + n);
            let speech = !last.breaks
                && !last.period
                && next.is_some_and(|t| SPEECH_VERBS.contains(t.text.trim_end_matches('.')));
            let appositive = last.breaks
                && text[last.name_end..].starts_with(',')
                && next.is_some_and(|t| matches!(t.text, "a" | "an" | "the"))
                && tokens[i + n..]
                    .iter()
                    .take(APPOSITIVE_WINDOW)
                    .any(|t| ROLES.contains(t.text.trim_end_matches(['.', ','])));
            let after_verb =
                i > 0 && SPEECH_VERBS.contains(tokens[i - 1].text) && !tokens[i - 1].breaks;
            if speech || appositive || after_verb {
                found(Span::new(tokens[i].start, last.name_end), None);
            }
            i += n;
            continue;
        }
        i += 1;
    }
}

/// The number of tokens of the title starting at token `i`, if one does.
fn title_at(tokens: &[Token], i: usize) -> Option<usize> {
    let options = TITLES.get(tokens[i].text)?;
    options.iter().find_map(|words| {
        let fits = words.iter().enumerate().all(|(k, w)| {
            tokens
                .get(i + k)
                .is_some_and(|t| t.text == *w && (k + 1 == words.len() || !t.breaks))
        });
        fits.then_some(words.len())
    })
}

/// How many name-like tokens start at `i` (at most `MAX_NAME_WORDS`),
/// stopping at punctuation, a title word or a gazetteer name.
fn name_run(text: &str, tokens: &[Token], i: usize, free: &dyn Fn(&Token) -> bool) -> usize {
    let mut n = 0;
    while let Some(t) = tokens.get(i + n) {
        if n == MAX_NAME_WORDS || !t.is_name_like(text) || !free(t) {
            break;
        }
        if n > 0 && TITLES.contains_key(t.text) {
            break;
        }
        n += 1;
        let possessive = t.name_end < t.start + t.text.len() && !t.period;
        if t.breaks || (t.period && t.text.chars().count() > 3) || possessive {
            break;
        }
    }
    n
}

/// Finds later mentions of discovered people: their full names and, alone,
/// their surnames.
fn link_surnames(text: &str, pieces: &[Span], people: &[Person], cands: &mut Vec<Candidate>) {
    if people.is_empty() {
        return;
    }
    let mut patterns: Vec<&str> = Vec::new();
    let mut targets: Vec<(usize, MentionForm)> = Vec::new();
    let mut seen: HashMap<&str, ()> = HashMap::new();
    for (i, p) in people.iter().enumerate() {
        for (form_text, form) in [
            (&p.name, MentionForm::Name),
            (&p.surname, MentionForm::Surname),
        ] {
            if seen.insert(form_text.as_str(), ()).is_none() {
                patterns.push(form_text);
                let form = if p.name == p.surname {
                    MentionForm::Name
                } else {
                    form
                };
                targets.push((i, form));
            }
        }
    }
    let Ok(ac): Result<AhoCorasick, _> = AhoCorasickBuilder::new()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
    else {
        return;
    };
    let mut taken: Vec<Span> = cands.iter().map(|c| c.span).collect();
    taken.sort_unstable();
    let overlaps = |taken: &[Span], s: Span| {
        let i = taken.partition_point(|t| t.end <= s.start);
        taken.get(i).is_some_and(|t| t.start < s.end)
    };
    let mut added = Vec::new();
    for &piece in pieces {
        let s = &text[piece];
        for m in ac.find_iter(s) {
            if !whole_word(s, m.start(), m.end()) {
                continue;
            }
            let span = Span::new(piece.start + m.start(), piece.start + m.end());
            if overlaps(&taken, span) {
                continue;
            }
            let (person, form) = targets[m.pattern().as_usize()];
            added.push(Candidate {
                span,
                target: Target::Person(person),
                form,
                title: None,
            });
        }
    }
    cands.extend(added);
}

/// Groups the candidates into entities ordered by first mention, with
/// mentions in document order and never overlapping.
fn assemble(
    text: &str,
    gazetteer: &Gazetteer,
    people: &[Person],
    mut cands: Vec<Candidate>,
) -> Vec<Entity> {
    cands.sort_by_key(|c| (c.span.start, std::cmp::Reverse(c.span.end)));
    let mut entities: Vec<Entity> = Vec::new();
    let mut index: HashMap<Target, usize> = HashMap::new();
    let mut last_end = 0;
    for c in cands {
        if c.span.start < last_end {
            continue;
        }
        last_end = c.span.end;
        let slot = *index.entry(c.target).or_insert_with(|| {
            entities.push(match c.target {
                Target::Gazetteer(i) => {
                    let e = gazetteer.entry(i);
                    Entity {
                        id: e.id.clone(),
                        name: e.name.clone(),
                        kind: e.kind.clone(),
                        source: EntitySource::Gazetteer,
                        mentions: Vec::new(),
                    }
                }
                Target::Person(i) => Entity {
                    id: person_id(&people[i].name),
                    name: people[i].name.clone(),
                    kind: EntityKind::Person,
                    source: EntitySource::Discovered,
                    mentions: Vec::new(),
                },
            });
            entities.len() - 1
        });
        entities[slot].mentions.push(Mention {
            text: text[c.span].to_string(),
            span: c.span,
            form: c.form,
            title: c.title,
        });
    }
    entities
}

/// "person:joe-biden" for "Joe Biden".
fn person_id(name: &str) -> String {
    let mut id = String::from("person:");
    let mut dash = false;
    for c in name.chars() {
        if c.is_alphanumeric() {
            if dash && !id.ends_with(':') {
                id.push('-');
            }
            dash = false;
            id.extend(c.to_lowercase());
        } else {
            dash = true;
        }
    }
    id
}
