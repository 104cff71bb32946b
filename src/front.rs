//! Stage 3a: the front matter of an article: its title, byline and dateline.

use crate::lexicon::{credit_kind, credit_line, CreditKind};
use crate::text::{
    ends_sentence, first_letterish, floor_char_boundary, is_closer, is_dash, is_list_item,
    is_opener, is_space, trim, words,
};
use crate::{Author, Span};

/// A title is at most this many bytes.
const MAX_TITLE_BYTES: usize = 250;
/// A title is at most this many words.
const MAX_TITLE_WORDS: usize = 30;
/// A byline is at most this many bytes.
const MAX_BYLINE_BYTES: usize = 200;
/// A dateline lies within this many bytes of the start of its paragraph.
const MAX_DATELINE_BYTES: usize = 120;

/// The Markdown ATX heading marker at the start of `line`: returns the
/// heading's text span (markers and closing `#`s removed).
pub(crate) fn markdown_heading(text: &str, line: Span) -> Option<Span> {
    let s = &text[line];
    let hashes = s.bytes().take_while(|&b| b == b'#').count();
    if hashes == 0 || hashes > 6 {
        return None;
    }
    let rest = &s[hashes..];
    if !rest.starts_with([' ', '\t']) {
        return None;
    }
    let inner = Span::new(line.start + hashes, line.end);
    let inner = trim(text, inner);
    let body = &text[inner];
    // Closing sequence: " ##" at the end.
    let stripped = body.trim_end_matches('#');
    let body_end = if stripped.len() != body.len() && stripped.ends_with(is_space) {
        inner.start + stripped.len()
    } else {
        inner.end
    };
    let span = trim(text, Span::new(inner.start, body_end));
    (!span.is_empty()).then_some(span)
}

/// Whether the line `s` can be a headline: short, starts like a title and
/// has no sentence-final punctuation (a question mark is allowed).
pub(crate) fn is_title_like(s: &str) -> bool {
    // Cheapest tests first: this runs on every short line.
    if s.len() > MAX_TITLE_BYTES {
        return false;
    }
    let last = s.trim_end_matches(is_closer).chars().next_back();
    if matches!(last, Some(',' | ';' | ':')) || last.is_some_and(is_dash) {
        return false;
    }
    if ends_sentence(s) && last != Some('?') && !ends_with_initialism(s) {
        return false;
    }
    let Some(first) = first_letterish(s) else {
        return false;
    };
    if !(first.is_uppercase() || first.is_numeric()) || is_list_item(s) {
        return false;
    }
    let n = words(s).count();
    n > 0 && n <= MAX_TITLE_WORDS
}

/// Whether `s` ends with an initialism such as "U.S." or "U.K.", whose
/// period ends no sentence in a headline.
fn ends_with_initialism(s: &str) -> bool {
    let last = s.rsplit(is_space).next().unwrap_or("");
    last.matches('.').count() >= 2 && last.chars().all(|c| c.is_alphabetic() || c == '.')
}

/// Tries to read `line` as a byline ("By Jane Doe and John Roe, Reuters").
/// Returns the authors when it is one.
pub(crate) fn byline(text: &str, line: Span) -> Option<Vec<Author>> {
    let s = &text[line];
    if s.len() > MAX_BYLINE_BYTES {
        return None;
    }
    let prefix_len = ["By ", "BY ", "by ", "Written by ", "Words by ", "Story by "]
        .iter()
        .find(|p| s.starts_with(*p))?
        .len();
    let rest_start = line.start + prefix_len;
    let rest = &text[rest_start..line.end];
    let first = rest.trim_start_matches(is_space).chars().next()?;
    if !first.is_uppercase() {
        return None;
    }
    if rest.ends_with(['!', '?']) {
        return None;
    }
    let mut authors = Vec::new();
    let mut all_credit = true;
    for part in byline_parts(text, Span::new(rest_start, line.end)) {
        match classify_part(text, part) {
            Part::Name(name) => authors.push(Author {
                text: text[name].to_string(),
                span: name,
            }),
            Part::Credit => {}
            Part::Other => all_credit = false,
        }
    }
    if authors.is_empty() && !all_credit {
        return None;
    }
    Some(authors)
}

/// Whether `s` is a line that continues a byline: a role or agency alone
/// ("Senior Reporter", "Reuters"), or a date ("March 3, 2024").
pub(crate) fn is_byline_continuation(s: &str) -> bool {
    s.len() <= 80
        && !ends_sentence(s)
        && credit_line(s).is_some_and(|c| c.agency_or_role || (c.date && c.number))
}

/// What one part of a byline is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// A person's name (this span), possibly followed by a role, agency or
    /// place ("CHRISTOPHER RUGABER AP Economics Writer", "Jane Doe in Kyiv").
    Name(Span),
    /// Roles, agencies and dates only.
    Credit,
    /// Anything else: not a byline.
    Other,
}

/// Words that separate the people of a byline.
fn is_separator(w: &str) -> bool {
    matches!(
        w,
        "and" | "AND" | "And" | "&" | "|" | "-" | "–" | "—" | "with" | "With" | "WITH" | "·" | "•"
    )
}

/// Splits the byline after "By" into parts at commas, semicolons,
/// parentheses, "and", "with", "&", "|", "·" and dashes between spaces.
fn byline_parts(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span];
    let mut parts = Vec::new();
    let mut start = 0;
    let push = |a: usize, b: usize, parts: &mut Vec<Span>| {
        if a < b {
            let t = trim(text, Span::new(span.start + a, span.start + b));
            if !t.is_empty() {
                parts.push(t);
            }
        }
    };
    for (off, w) in words(s) {
        if is_separator(w) {
            push(start, off, &mut parts);
            start = off + w.len();
            continue;
        }
        let mut w_start = off;
        if w.starts_with('(') {
            push(start, off, &mut parts);
            start = off + 1;
            w_start = off + 1;
        }
        let end = off + w.len();
        if let Some(stripped) = s[w_start..end].strip_suffix([',', ';', ')']) {
            push(start, w_start + stripped.len(), &mut parts);
            start = end;
        }
    }
    push(start, s.len(), &mut parts);
    parts
}

fn classify_part(text: &str, part: Span) -> Part {
    let p = &text[part];
    let toks: Vec<(usize, &str)> = words(p).collect();
    // The longest run of name words at the start.
    let mut n = 0;
    for &(_, w) in &toks {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let kind = credit_kind(bare);
        let particle = kind == Some(CreditKind::Particle);
        let upper_start = bare.chars().next().is_some_and(char::is_uppercase);
        let name_word = !bare.is_empty()
            && !bare.chars().any(char::is_numeric)
            && ((upper_start && kind.is_none()) || (particle && n > 0));
        if !name_word || n == 5 {
            break;
        }
        n += 1;
    }
    if n >= 2 {
        let (last_off, last) = toks[n - 1];
        let name = Span::new(part.start + toks[0].0, part.start + last_off + last.len());
        let rest = &text[name.end..part.end];
        let rest_ok = rest.trim().is_empty()
            || credit_line(rest).is_some()
            || rest.trim_start().starts_with("in ");
        if rest_ok {
            return Part::Name(trim(text, name));
        }
    }
    if credit_line(p).is_some() {
        Part::Credit
    } else {
        Part::Other
    }
}

/// A dateline found at the start of a paragraph.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) struct DatelineMatch {
    /// The dateline up to and including its dash.
    pub(crate) span: Span,
    pub(crate) place: Span,
    pub(crate) date: Option<Span>,
    pub(crate) agency: Option<Span>,
    /// Where the paragraph's own text starts after the dateline.
    pub(crate) rest: usize,
}

/// Tries to read a wire dateline at the start of the paragraph `para`:
/// `PLACE[, Region][, Date] [(Agency)] —` followed by the paragraph's text.
/// The place is in capitals, or in any case when an agency follows.
pub(crate) fn dateline(text: &str, para: Span) -> Option<DatelineMatch> {
    let s = &text[para];
    let window = &s[..floor_char_boundary(s, MAX_DATELINE_BYTES)];
    // Find the dash that closes the dateline: surrounded by white space
    // (or, for "--", anywhere), within the window.
    let (dash_start, dash_end) = find_dash(window)?;
    let head = window[..dash_start].trim_end_matches(is_space);
    let (head, agency) = match head.strip_suffix(')') {
        Some(h) => {
            let open = h.rfind('(')?;
            let agency = &h[open + 1..];
            let ok = !agency.is_empty()
                && agency.len() <= 40
                && agency.starts_with(|c: char| c.is_uppercase())
                && words(agency).count() <= 5;
            if !ok {
                return None;
            }
            (
                h[..open].trim_end_matches(is_space),
                Some((open + 1, open + 1 + agency.len())),
            )
        }
        None => (head, None),
    };
    if head.is_empty() {
        return None;
    }
    // Split the head at commas: place, then region and/or date.
    let mut pieces = head
        .split(',')
        .map(|p| (p.as_ptr() as usize - s.as_ptr() as usize, p));
    let (place_off, place) = pieces.next()?;
    let place = place.trim_end_matches(is_space);
    if !place_ok(place, agency.is_some()) {
        return None;
    }
    let mut place_end = place_off + place.len();
    let mut date = None;
    for (off, piece) in pieces {
        let lead = piece.len() - piece.trim_start_matches(is_space).len();
        let p = piece.trim_matches(is_space);
        let off = off + lead;
        if p.is_empty() || words(p).count() > 4 {
            return None;
        }
        let first = p.split(is_space).next().unwrap_or("");
        let first_bare = first.trim_end_matches('.');
        let month = first_bare.starts_with(|c: char| c.is_uppercase())
            && credit_kind(first_bare) == Some(CreditKind::Date);
        if month || first.chars().all(|c| c.is_ascii_digit()) {
            if date.is_some() {
                return None;
            }
            date = Some((off, off + p.len()));
        } else if date.is_none() && p.starts_with(|c: char| c.is_uppercase()) {
            place_end = off + p.len();
        } else {
            return None;
        }
    }
    let rest_text = s[dash_end..].trim_start_matches(is_space);
    // The paragraph's own text starts like a sentence: "NASA — the space
    // agency — launched" is no dateline.
    let starts_sentence = rest_text
        .chars()
        .find(|&c| !crate::text::is_opener(c))
        .is_some_and(|c| c.is_uppercase() || c.is_numeric())
        || rest_text.starts_with(crate::text::is_opener);
    if !starts_sentence {
        return None;
    }
    let at = |(a, b): (usize, usize)| Span::new(para.start + a, para.start + b);
    Some(DatelineMatch {
        span: Span::new(para.start, para.start + dash_end),
        place: at((place_off, place_end)),
        date: date.map(at),
        agency: agency.map(at),
        rest: para.end - rest_text.len(),
    })
}

/// The first dateline dash in `window`: " - ", " — ", " – ", " -- ", a
/// dash right after ")" ("(Reuters)- "), or an em or en dash touching a
/// capital on both sides ("WASHINGTON—The", "(AP) —The"). Returns its byte
/// range.
fn find_dash(window: &str) -> Option<(usize, usize)> {
    for (i, c) in window.char_indices() {
        if !is_dash(c) {
            continue;
        }
        let mut end = i + c.len_utf8();
        if c == '-' && window[end..].starts_with('-') {
            end += 1;
        }
        let before = window[..i].chars().next_back();
        let after = window[end..].chars().next();
        let spaced_before = before.is_some_and(|b| is_space(b) || b == ')');
        let spaced_after = after.map_or(true, is_space);
        let long_dash = c != '-';
        let tight_before = spaced_before || before.is_some_and(char::is_uppercase);
        let tight_after = spaced_after || after.is_some_and(|a| a.is_uppercase() || is_opener(a));
        if (spaced_before && spaced_after) || (long_dash && tight_before && tight_after) {
            return Some((i, end));
        }
        // A hyphen inside a word ("PORT-AU-PRINCE"): keep looking.
    }
    None
}

fn place_ok(place: &str, has_agency: bool) -> bool {
    let toks: Vec<&str> = place.split(is_space).filter(|w| !w.is_empty()).collect();
    if toks.is_empty() || toks.len() > 4 {
        return false;
    }
    let letters = place.chars().filter(|c| c.is_alphabetic()).count();
    let all_caps = place.chars().all(|c| !c.is_lowercase())
        && letters >= 2
        && toks.iter().all(|w| {
            w.chars()
                .all(|c| c.is_alphabetic() || matches!(c, '.' | '\'' | '’' | '-'))
        });
    if crate::lexicon::is_kicker(place) {
        return false;
    }
    if all_caps {
        // "UN —" or "EU —" without an agency is an acronym, not a place.
        return has_agency || letters >= 4;
    }
    has_agency
        && toks.iter().all(|w| {
            w.chars().next().is_some_and(char::is_uppercase)
                || credit_kind(w) == Some(CreditKind::Particle)
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn whole(s: &str) -> Span {
        Span::new(0, s.len())
    }

    #[test]
    fn bylines() {
        let cases: &[(&str, &[&str])] = &[
            ("By Jane Doe", &["Jane Doe"]),
            ("By Jane Doe and John Roe", &["Jane Doe", "John Roe"]),
            ("By JANE DOE, Reuters", &["JANE DOE"]),
            ("By Jane Doe, Senior Reporter", &["Jane Doe"]),
            (
                "By Jane Doe, John Roe & Ana de la Cruz",
                &["Jane Doe", "John Roe", "Ana de la Cruz"],
            ),
            ("By Reuters Staff", &[]),
            ("By The Associated Press", &[]),
            ("By Jane Doe | Updated March 3, 2024", &["Jane Doe"]),
            (
                "By JOSH BOAK and ZEKE MILLER Associated Press",
                &["JOSH BOAK", "ZEKE MILLER"],
            ),
            (
                "By CHRISTOPHER RUGABER AP Economics Writer",
                &["CHRISTOPHER RUGABER"],
            ),
            ("By Jane Doe Staff Writer", &["Jane Doe"]),
            ("By Jane Doe (Reuters)", &["Jane Doe"]),
            ("By Jane Doe With John Roe", &["Jane Doe", "John Roe"]),
            ("By Jane Doe · 5 min read", &["Jane Doe"]),
            (
                "By Jane Doe in Kyiv and Mark Smith in Washington",
                &["Jane Doe", "Mark Smith"],
            ),
        ];
        for (line, want) in cases {
            let got = byline(line, whole(line)).unwrap_or_else(|| panic!("{line}"));
            let names: Vec<&str> = got.iter().map(|a| a.text.as_str()).collect();
            assert_eq!(&names, want, "{line}");
            for a in &got {
                assert_eq!(&line[a.span], a.text);
            }
        }
        for line in [
            "By the end of the year, prices had doubled.",
            "By Monday, officials had evacuated 300 people.",
            "Bypass roads were closed",
            "Email the author",
            "By 2030 the plant will close",
        ] {
            assert_eq!(byline(line, whole(line)), None, "{line}");
        }
    }

    #[test]
    fn datelines() {
        let cases = [
            (
                "WASHINGTON (Reuters) - The talks began.",
                "WASHINGTON (Reuters) -",
                "WASHINGTON",
                None,
                Some("Reuters"),
            ),
            (
                "LONDON, March 3 (AP) — The talks began.",
                "LONDON, March 3 (AP) —",
                "LONDON",
                Some("March 3"),
                Some("AP"),
            ),
            (
                "KYIV, Ukraine — The talks began.",
                "KYIV, Ukraine —",
                "KYIV, Ukraine",
                None,
                None,
            ),
            (
                "Washington (CNN) — The talks began.",
                "Washington (CNN) —",
                "Washington",
                None,
                Some("CNN"),
            ),
            (
                "NEW YORK, Jan 5 (Reuters) - Stocks rose.",
                "NEW YORK, Jan 5 (Reuters) -",
                "NEW YORK",
                Some("Jan 5"),
                Some("Reuters"),
            ),
            (
                "PORT-AU-PRINCE, Haiti (AP) -- Gangs fled.",
                "PORT-AU-PRINCE, Haiti (AP) --",
                "PORT-AU-PRINCE, Haiti",
                None,
                Some("AP"),
            ),
            (
                "WASHINGTON—The Senate voted.",
                "WASHINGTON—",
                "WASHINGTON",
                None,
                None,
            ),
            (
                "WASHINGTON (AP) —The Senate voted.",
                "WASHINGTON (AP) —",
                "WASHINGTON",
                None,
                Some("AP"),
            ),
        ];
        for (para, span, place, date, agency) in cases {
            let d = dateline(para, whole(para)).unwrap_or_else(|| panic!("{para}"));
            assert_eq!(&para[d.span], span);
            assert_eq!(&para[d.place], place);
            assert_eq!(d.date.map(|s| &para[s]), date);
            assert_eq!(d.agency.map(|s| &para[s]), agency);
            assert!(para[d.rest..].starts_with(|c: char| c.is_uppercase()));
        }
        for para in [
            "In a notable development, President Joe Biden appears to be reconsidering.",
            "Washington — the city — was quiet.",
            "UN — the body — met.",
            "The U.S.-led effort - which began in 2022 - continues.",
            "WASHINGTON (Reuters) -",
            "A well-known figure - a senator - spoke.",
            "NASA — the space agency — launched a probe.",
            "OPINION — The case for patience.",
            "ANALYSIS - What the vote means.",
        ] {
            assert_eq!(dateline(para, whole(para)), None, "{para}");
        }
    }

    #[test]
    fn markdown() {
        let s = "## The Aftermath ##";
        assert_eq!(&s[markdown_heading(s, whole(s)).unwrap()], "The Aftermath");
        assert_eq!(markdown_heading("#hashtag", whole("#hashtag")), None);
        assert_eq!(
            markdown_heading("####### seven", whole("####### seven")),
            None
        );
    }

    #[test]
    fn titles() {
        for yes in [
            "Biden Weighs Missile Request",
            "Will Ukraine get long-range missiles?",
            "5 things to know",
            "Canada Retaliates Against Tariffs From the U.S.",
        ] {
            assert!(is_title_like(yes), "{yes}");
        }
        for no in [
            "In a notable development, President Joe Biden appears to be reconsidering the U.S. stance.",
            "said the minister,",
            "- a list item",
            "The Headline Ends:",
        ] {
            assert!(!is_title_like(no), "{no}");
        }
    }
}
