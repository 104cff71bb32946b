//! Stage 3a: the front matter of an article: its title, byline and dateline.

use crate::lexicon::BYLINE_WORDS;
use crate::text::{
    ends_sentence, first_letterish, is_closer, is_dash, is_list_item, is_space, trim, words,
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
    if ends_sentence(s) && last != Some('?') {
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
        let p = &text[part];
        match classify_part(p) {
            Part::Name => authors.push(Author {
                text: p.to_string(),
                span: part,
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
/// ("Senior Reporter", "Reuters").
pub(crate) fn is_byline_continuation(s: &str) -> bool {
    let mut buf = [0u8; 24];
    s.len() <= 80 && !ends_sentence(s) && words(s).all(|(_, w)| is_credit_word(w, &mut buf))
}

/// Whether a byline word is an agency, role or date word, or a number.
fn is_credit_word(w: &str, buf: &mut [u8; 24]) -> bool {
    let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
    bare.is_empty()
        || bare
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ':' | '.' | '/'))
        || ascii_lower(bare, buf).is_some_and(|l| BYLINE_WORDS.contains(l))
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Part {
    /// A person's name.
    Name,
    /// Roles, agencies and dates only.
    Credit,
    /// Anything else: not a byline.
    Other,
}

/// Splits the byline after "By" into parts at commas, semicolons, "and",
/// "&", "|" and dashes between spaces.
fn byline_parts(text: &str, span: Span) -> Vec<Span> {
    let s = &text[span];
    let mut parts = Vec::new();
    let mut start = 0;
    let push = |a: usize, b: usize, parts: &mut Vec<Span>| {
        let t = trim(text, Span::new(span.start + a, span.start + b));
        if !t.is_empty() {
            parts.push(t);
        }
    };
    let toks: Vec<(usize, &str)> = words(s).collect();
    for &(off, w) in &toks {
        let sep_word = matches!(w, "and" | "AND" | "&" | "|" | "-" | "–" | "—" | "with");
        if sep_word {
            push(start, off, &mut parts);
            start = off + w.len();
        } else if let Some(stripped) = w.strip_suffix([',', ';']) {
            push(start, off + stripped.len(), &mut parts);
            start = off + w.len();
        }
    }
    push(start, s.len(), &mut parts);
    parts
}

const NAME_PARTICLES: [&str; 16] = [
    "de", "da", "di", "del", "della", "van", "von", "der", "den", "al", "el", "bin", "ibn", "la",
    "le", "du",
];

/// `word` in ASCII lower case, written into `buf`; `None` when it does not
/// fit or is not ASCII (no listed word is either).
fn ascii_lower<'a>(word: &str, buf: &'a mut [u8; 24]) -> Option<&'a str> {
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() || !word.is_ascii() {
        return None;
    }
    let out = &mut buf[..bytes.len()];
    out.copy_from_slice(bytes);
    out.make_ascii_lowercase();
    core::str::from_utf8(out).ok()
}

fn classify_part(p: &str) -> Part {
    let toks: Vec<&str> = words(p).map(|(_, w)| w).collect();
    if toks.is_empty() {
        return Part::Other;
    }
    let mut credit = true;
    let mut name = (2..=5).contains(&toks.len());
    let mut buf = [0u8; 24];
    for w in &toks {
        let bare = w.trim_matches(|c: char| !c.is_alphanumeric());
        let is_credit = is_credit_word(w, &mut buf);
        if !is_credit {
            credit = false;
        }
        if is_credit || bare.chars().any(|c| c.is_numeric()) {
            name = false;
        }
        let upper_start = bare.chars().next().is_some_and(char::is_uppercase);
        if !upper_start && !NAME_PARTICLES.contains(&bare) {
            name = false;
        }
    }
    if name {
        Part::Name
    } else if credit {
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

const MONTHS: [&str; 24] = [
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
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Sept",
    "Oct",
    "Nov",
    "Dec",
];

/// Tries to read a wire dateline at the start of the paragraph `para`:
/// `PLACE[, Region][, Date] [(Agency)] —` followed by the paragraph's text.
/// The place is in capitals, or in any case when an agency follows.
pub(crate) fn dateline(text: &str, para: Span) -> Option<DatelineMatch> {
    let s = &text[para];
    let window = &s[..floor_boundary(s, MAX_DATELINE_BYTES)];
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
        if MONTHS.contains(&first_bare) || first.chars().all(|c| c.is_ascii_digit()) {
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
    let after = &s[dash_end..];
    let rest_text = after.trim_start_matches(is_space);
    if rest_text.is_empty() || rest_text.len() == after.len() && dash_end < s.len() {
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

/// The first dateline dash in `window`: " - ", " — ", " – ", " -- ", or a
/// dash right after ")" ("(Reuters)- "). Returns its byte range.
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
        if spaced_before && spaced_after {
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
    if all_caps {
        // "UN —" or "EU —" without an agency is an acronym, not a place.
        return has_agency || letters >= 4;
    }
    has_agency
        && toks
            .iter()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase) || NAME_PARTICLES.contains(w))
}

fn floor_boundary(s: &str, max: usize) -> usize {
    if max >= s.len() {
        return s.len();
    }
    let mut i = max;
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
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
