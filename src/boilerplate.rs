//! Stage 2: lines that are not part of the article.
//!
//! Each candidate line is scored against the cues in `data/boilerplate.tsv`
//! (one pass of an Aho-Corasick DFA over the line). The score is then
//! adjusted for the line's form: short lines and exclamations count for
//! boilerplate; long declarative sentences and reported speech ("said",
//! "told") count against it, so that a real paragraph that merely mentions
//! clicking or subscribing stays a paragraph.

use aho_corasick::automaton::Automaton;
use aho_corasick::Anchored;

use crate::lexicon::{CueAt, BOILERPLATE_CUES};
use crate::text::{ends_sentence, is_word_char, words};
use crate::BoilerplateReason;

/// Lines longer than this (in bytes) are never boilerplate.
const MAX_LINE_BYTES: usize = 600;
/// Lines with more words than this are never boilerplate.
const MAX_WORDS: usize = 80;
/// The score at which a line is boilerplate.
const THRESHOLD: i32 = 3;
/// A line of credit words alone is at most this long.
const MAX_CREDIT_LINE_BYTES: usize = 80;
/// A photo credit with more words than this is an image caption.
const MAX_CREDIT_WORDS: usize = 6;

const REASONS: [BoilerplateReason; 12] = [
    BoilerplateReason::Promotion,
    BoilerplateReason::Subscription,
    BoilerplateReason::Related,
    BoilerplateReason::Advertisement,
    BoilerplateReason::Social,
    BoilerplateReason::CookieNotice,
    BoilerplateReason::Copyright,
    BoilerplateReason::PhotoCredit,
    BoilerplateReason::Caption,
    BoilerplateReason::Timestamp,
    BoilerplateReason::Credit,
    BoilerplateReason::Navigation,
];

/// Returns why `line` is boilerplate, or `None` when it is article text.
///
/// `under_byline` says that the line directly follows a byline: then a
/// role, agency or date alone ("Senior Reporter") is not boilerplate but
/// part of the byline.
pub(crate) fn classify(line: &str, under_byline: bool) -> Option<BoilerplateReason> {
    let by_cues = score(line);
    if by_cues.is_some()
        || under_byline
        || line.len() > MAX_CREDIT_LINE_BYTES
        || ends_sentence(line)
    {
        return by_cues;
    }
    // Agencies, roles and dates alone: "Reuters", "Staff Writer",
    // "Mon 3 Mar 2024 14.05 GMT".
    let credit = crate::lexicon::credit_line(line)?;
    if credit.agency_or_role {
        Some(BoilerplateReason::Credit)
    } else if credit.date && credit.number {
        Some(BoilerplateReason::Timestamp)
    } else {
        None
    }
}

/// Scores `line` against the cues and returns the best reason that reaches
/// the threshold.
fn score(line: &str) -> Option<BoilerplateReason> {
    if line.len() > MAX_LINE_BYTES {
        return None;
    }
    if is_breadcrumb(line) {
        return Some(BoilerplateReason::Navigation);
    }
    let (dfa, table) = BOILERPLATE_CUES.automaton.as_ref()?;
    // The cues that fit: (start, end, reason, weight).
    let mut hits: Vec<(usize, usize, BoilerplateReason, i32)> = Vec::new();
    // Where the line's first letter or digit starts and its last one ends:
    // a cue before the first or after the last is at the line's edge.
    // Computed at the first match: most lines have none.
    let mut edges: Option<(usize, usize)> = None;
    // Every cue that ends at each byte, as an overlapping search finds them.
    let mut sid = dfa.start_state(Anchored::No).ok()?;
    for (i, &byte) in line.as_bytes().iter().enumerate() {
        sid = dfa.next_state(Anchored::No, sid, byte);
        if !dfa.is_special(sid) {
            continue;
        }
        if dfa.is_dead(sid) {
            break;
        }
        if !dfa.is_match(sid) {
            continue;
        }
        for k in 0..dfa.match_len(sid) {
            let pattern = dfa.match_pattern(sid, k);
            let Some(&cue) = table.get(pattern.as_usize()) else {
                continue;
            };
            let end = i + 1;
            let start = end - dfa.pattern_len(pattern);
            let matched = &line[start..end];
            if cue.exact.is_some_and(|p| p != matched) {
                continue;
            }
            let (first_alnum, last_alnum_end) = *edges.get_or_insert_with(|| alnum_edges(line));
            let at_start = start <= first_alnum;
            let at_end = end >= last_alnum_end;
            let fits = match cue.at {
                CueAt::Line => at_start && at_end,
                CueAt::Prefix => {
                    at_start && boundary_after(line, end, matched) && !verb_follows(&line[end..])
                }
                CueAt::Contains => {
                    boundary_before(line, start, matched)
                        && boundary_after(line, end, matched)
                        && !(at_start && verb_follows(&line[end..]))
                }
            };
            if fits && reason_fits(cue.reason, line, start) {
                hits.push((start, end, cue.reason, cue.weight));
            }
        }
    }
    if hits.is_empty() {
        return None;
    }
    // Cues of one reason that overlap count once, at the highest weight
    // ("Subscribe" as a prefix and as a word; "our newsletter" and
    // "newsletter").
    let mut scores = [0i32; REASONS.len()];
    hits.sort_by_key(|&(s, e, r, w)| (r as usize, s, core::cmp::Reverse(e), core::cmp::Reverse(w)));
    let mut last: Option<(usize, BoilerplateReason)> = None;
    for &(s, e, r, w) in &hits {
        if last.is_some_and(|(end, reason)| reason == r && s < end) {
            continue;
        }
        scores[r as usize] += w;
        last = Some((e, r));
    }
    let n_words = words(line).count();
    if n_words > MAX_WORDS {
        return None;
    }
    let mut adjust = 0;
    if n_words <= 12 {
        adjust += 1;
    }
    if line.ends_with('!') {
        adjust += 1;
    }
    if line.contains("!!") {
        adjust += 1;
    }
    if n_words >= 8 && ends_sentence(line) && !line.contains('!') && !line.ends_with('?') {
        adjust -= 2;
    }
    if reports_speech(line) {
        adjust -= 2;
    }
    if n_words > 40 {
        adjust -= 2;
    }
    let (best, score) = scores
        .iter()
        .enumerate()
        .max_by_key(|&(i, &s)| (s, core::cmp::Reverse(i)))?;
    if score + adjust < THRESHOLD || *score == 0 {
        return None;
    }
    match REASONS.get(best).copied()? {
        BoilerplateReason::PhotoCredit if n_words > MAX_CREDIT_WORDS => {
            Some(BoilerplateReason::Caption)
        }
        reason => Some(reason),
    }
}

/// The byte offset where the line's first letter or digit starts, and the
/// one where its last ends.
fn alnum_edges(line: &str) -> (usize, usize) {
    let first = line
        .char_indices()
        .find(|&(_, c)| c.is_alphanumeric())
        .map_or(line.len(), |(i, _)| i);
    let last_end = line
        .char_indices()
        .rev()
        .find(|&(_, c)| c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    (first, last_end)
}

fn boundary_before(line: &str, start: usize, pattern: &str) -> bool {
    let starts_word = pattern.chars().next().is_some_and(is_word_char);
    !starts_word || !line[..start].chars().next_back().is_some_and(is_word_char)
}

fn boundary_after(line: &str, end: usize, pattern: &str) -> bool {
    let ends_word = pattern.chars().next_back().is_some_and(is_word_char);
    !ends_word
        || !line[end..]
            .chars()
            .next()
            .is_some_and(|c| is_word_char(c) || c == '-')
}

/// Whether the line is a trail of short links: "Home > World > Europe",
/// "News | Politics | Elections". Three or more items of at most four words
/// each, with no sentence-final punctuation.
fn is_breadcrumb(line: &str) -> bool {
    const SEPARATORS: [&str; 5] = [" > ", " | ", " » ", " › ", " / "];
    const MAX_BREADCRUMB_BYTES: usize = 200;
    if line.len() > MAX_BREADCRUMB_BYTES || ends_sentence(line) {
        return false;
    }
    // One pass for the separators' distinctive bytes before any search:
    // '>', '|', '/', and the last bytes of '»' (C2 BB) and '›' (E2 80 BA).
    if !line
        .bytes()
        .any(|b| matches!(b, b'>' | b'|' | b'/' | 0xBB | 0xBA))
    {
        return false;
    }
    let Some(sep) = SEPARATORS.iter().find(|s| line.contains(*s)) else {
        return false;
    };
    let mut items = 0;
    for item in line.split(sep) {
        let n = words(item).count();
        if n == 0 || n > 4 {
            return false;
        }
        items += 1;
    }
    items >= 3
}

/// Whether the line reports speech, as news paragraphs do ("said",
/// "urged", "according to").
fn reports_speech(line: &str) -> bool {
    words(line).any(|(_, w)| {
        let w = w.trim_matches(|c: char| !c.is_alphabetic());
        w == "according" || w == "reported" || crate::lexicon::is_speech_verb(w)
    })
}

/// Whether a verb follows a prefix cue, making it the subject of a
/// sentence rather than a call to action ("Sign up was slow").
fn verb_follows(rest: &str) -> bool {
    let next = rest
        .trim_start_matches(|c: char| c.is_whitespace())
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    matches!(
        next,
        "was"
            | "is"
            | "are"
            | "were"
            | "will"
            | "would"
            | "has"
            | "have"
            | "had"
            | "could"
            | "can"
            | "may"
            | "might"
            | "rose"
            | "fell"
            | "rates"
            | "numbers"
    )
}

/// Checks that some reasons ask of the whole line: a time stamp and a
/// copyright line carry a number (or ©), and neither ends like a sentence;
/// a photo credit stands in the second half of a line, or in a line that is
/// no sentence; a staff credit is no sentence ("Reporting by the Times
/// showed ...").
fn reason_fits(reason: BoilerplateReason, line: &str, start: usize) -> bool {
    let sentence = line.ends_with('.') && !line.ends_with("...");
    let number = line.contains(|c: char| c.is_ascii_digit());
    match reason {
        BoilerplateReason::Timestamp => number && !sentence,
        BoilerplateReason::Copyright => {
            number || line.contains('©') || line.to_ascii_lowercase().contains("rights reserved")
        }
        BoilerplateReason::PhotoCredit => start >= line.len() / 2 || !ends_sentence(line),
        BoilerplateReason::Credit => {
            !sentence
                || line.contains(';')
                || line.contains("contributed")
                || line.contains("appears in print")
        }
        _ => true,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use BoilerplateReason::*;

    #[test]
    fn positives() {
        let cases = [
            ("Mine Crypto. Earn $GOATS while it is free! Click Here!!", Promotion),
            ("Advertisement", Advertisement),
            ("ADVERTISEMENT", Advertisement),
            ("Story continues below advertisement", Advertisement),
            ("Read more: Biden weighs missile request", Related),
            ("Related: What we know about the talks", Related),
            ("Sign up for our daily newsletter to get the latest news.", Subscription),
            ("Subscribe to our newsletter!", Subscription),
            ("Share this article", Social),
            ("Follow us on Twitter and Facebook", Social),
            ("Email the author", Social),
            ("We use cookies to improve your experience. By continuing you accept our cookie policy.", CookieNotice),
            ("© 2024 Reuters. All rights reserved.", Copyright),
            ("Copyright 2024 The Associated Press. All rights reserved.", Copyright),
            ("Photo: Reuters", PhotoCredit),
            ("Photograph: Susan Walsh/AP", PhotoCredit),
            ("Joe Biden at the White House on Monday. Photograph: Susan Walsh/AP", Caption),
            ("FILE - President Joe Biden speaks in the East Room of the White House. (AP Photo/Evan Vucci, File)", Caption),
            ("Updated 5:32 PM EST, Tue March 3, 2024", Timestamp),
            ("Buy now and save 20% off!", Promotion),
            ("Reporting by Jane Doe in London; Editing by John Roe", Credit),
            ("Home > World > Europe", Navigation),
            ("News | Politics | Elections 2024 | Opinion", Navigation),
            ("Skip to main content", Navigation),
            ("5 min read", Timestamp),
            ("Reuters", Credit),
            ("Share full article", Social),
            ("Related Topics", Related),
            ("Reject all", CookieNotice),
            ("Sponsored Links by Taboola", Advertisement),
            ("Thank you for reading!", Subscription),
            ("You have 3 free articles remaining.", Subscription),
            ("Image caption, Rescue workers search the rubble", Caption),
            ("Email", Social),
            ("A version of this article appears in print on March 3, 2024, Section A, Page 1 of the New York edition.", Credit),
            ("Earn $500 a day from home. Find out how", Promotion),
            ("Play now and win big! Join 1 million players today", Promotion),
            ("Senior Political Correspondent", Credit),
            ("Mon 3 Mar 2024 14.05 GMT", Timestamp),
            ("March 3, 2024", Timestamp),
            ("Associated Press writer Jane Doe in London contributed to this report.", Credit),
        ];
        for (line, want) in cases {
            assert_eq!(classify(line, false), Some(want), "{line}");
        }
    }

    #[test]
    fn reasons_are_indexed_by_discriminant() {
        for (i, r) in REASONS.iter().enumerate() {
            assert_eq!(*r as usize, i, "{r:?}");
        }
    }

    #[test]
    fn negatives() {
        let cases = [
            "Users were told to click here to claim a prize, police said.",
            "Netflix added 9 million subscribers in the quarter, the company said on Tuesday.",
            "The newsletter, which has 50,000 subscribers, was founded in 2019 by two former reporters.",
            "Getty Images said Monday it would cut 200 jobs.",
            "Copyright lawsuits against AI companies multiplied in 2024, lawyers said.",
            "Updated figures released on Monday showed that inflation slowed to 3 percent.",
            "Girl Scouts sold 200 million boxes of cookies last year, the group said.",
            "He urged supporters to follow the money and share what they found with investigators.",
            "Biden is set to meet with British Prime Minister Keir Starmer at the White House later today.",
            "Adjusting",
            "Read the statement",
            "Sales rose sharply as shoppers returned to stores.",
            "Revenue rose 5% / 7% / 9% in the three quarters, the company said.",
            "Search teams found the hikers on Sunday.",
            "Home prices rose 4 percent in March.",
            "Subscribers will pay $5 more.",
            "Sign up was slow.",
            "Click here, the email urged.",
            "Click the link, scammers tell victims.",
            "Subscribe, the YouTuber told fans.",
            "Published in 1851, the book remains popular.",
            "Updated guidance from the CDC recommends boosters.",
            "Posted guards stood outside the embassy.",
            "A Reuters/Ipsos poll found Biden trailing Trump by 2 points.",
            "Shutterstock and Getty Images agreed to merge in a $3.7 billion deal announced on Tuesday.",
            "Getty Images sued Stability AI in London in 2023.",
            "Copyright infringement claims rose.",
            "Produced by Netflix, the show drew 10 million viewers.",
            "Reporting by the Times showed the agency knew.",
            "Health",
            "Science",
            "Business News",
            "Today",
            "—",
            "2024",
            "9/11",
        ];
        for line in cases {
            assert_eq!(classify(line, false), None, "{line}");
        }
    }
}
