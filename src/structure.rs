//! Stage 3: assembles the article from the layout's units: boilerplate set
//! aside, then the title, byline and dateline at the top, then headings and
//! paragraphs grouped into sections, each paragraph split into sentences.

use crate::headings::{self, Context};
use crate::layout::{self, Unit};
use crate::text::{ends_sentence, is_list_item};
use crate::{
    boilerplate, front, sentences, Article, Boilerplate, Byline, Dateline, Heading, HeadingStyle,
    Paragraph, Section, Span, Title,
};

/// A byline is looked for among this many body lines at the top (the
/// title, a kicker and a standfirst may stand above it).
const BYLINE_WINDOW: usize = 5;

/// Parses `text` into an [`Article`]. Never panics; linear in `text.len()`.
pub(crate) fn parse(text: &str, detect_boilerplate: bool) -> Article {
    let units = layout::units(text);
    let mut article = Article::default();
    let mut body: Vec<Unit> = Vec::with_capacity(units.len());
    // For each body unit: whether it directly follows (in the input, with
    // no boilerplate between) a byline or a line continuing one, and reads
    // as a continuation ("Senior Reporter" under "By Jane Doe").
    let mut continues_byline: Vec<bool> = Vec::with_capacity(units.len());
    // Whether the previous unit was a byline or a line continuing one, and
    // whether a byline was seen at all.
    let mut after_byline = false;
    let mut seen_byline = false;
    for unit in units {
        let line = &text[unit.span];
        // A byline near the top is never boilerplate ("By Jane Doe · 5 min
        // read").
        let byline_here = !seen_byline
            && body.len() < BYLINE_WINDOW
            && !unit.wrapped
            && front::byline(text, unit.span).is_some();
        let reason = if detect_boilerplate && !byline_here {
            boilerplate::classify(line, after_byline)
        } else {
            None
        };
        // "Senior Reporter" under "By Jane Doe" belongs to the byline.
        let continues = reason.is_none()
            && after_byline
            && !unit.wrapped
            && front::is_byline_continuation(line);
        after_byline = reason.is_none() && (continues || byline_here);
        seen_byline |= byline_here;
        match reason {
            Some(reason) => article.boilerplate.push(Boilerplate {
                text: text[unit.span].to_string(),
                span: unit.span,
                reason,
            }),
            None => {
                body.push(unit);
                continues_byline.push(continues);
            }
        }
    }

    // A section label above the headline ("Politics", "EXCLUSIVE") is page
    // furniture.
    if detect_boilerplate
        && body.len() >= 3
        && crate::lexicon::is_kicker(&text[body[0].span])
        && front::is_title_like(&text[body[1].span])
        && !body[1].wrapped
    {
        let kicker = body.remove(0);
        continues_byline.remove(0);
        article.boilerplate.push(Boilerplate {
            text: text[kicker.span].to_string(),
            span: kicker.span,
            reason: crate::BoilerplateReason::Navigation,
        });
        article.boilerplate.sort_by_key(|b| b.span.start);
    }

    let mut start = 0;
    if let Some(title) = title(text, &body) {
        article.title = Some(title);
        start = 1;
    }

    let mut section = Section::default();
    // Paragraphs so far, and how many of them stood above the byline (a
    // standfirst between the title and the byline).
    let mut paragraphs = 0usize;
    let mut paragraphs_above_byline = 0usize;
    let mut byline_end: Option<usize> = None;
    let mut i = start;
    while i < body.len() {
        let unit = body[i];
        let line = &text[unit.span];

        if article.byline.is_none() && i < BYLINE_WINDOW && paragraphs <= 1 && !unit.wrapped {
            if let Some(authors) = front::byline(text, unit.span) {
                article.byline = Some(Byline {
                    text: line.to_string(),
                    span: unit.span,
                    authors,
                });
                byline_end = Some(i);
                paragraphs_above_byline = paragraphs;
                i += 1;
                continue;
            }
        }
        if continues_byline[i] && byline_end == Some(i.wrapping_sub(1)) {
            if let Some(b) = article.byline.as_mut() {
                b.span = Span::new(b.span.start, unit.span.end);
                b.text = text[b.span].to_string();
            }
            byline_end = Some(i);
            i += 1;
            continue;
        }

        if let Some(heading) = heading(text, &body, i) {
            if section.heading.is_some() || !section.paragraphs.is_empty() {
                article.sections.push(core::mem::take(&mut section));
            }
            section.heading = Some(heading);
            i += 1;
            continue;
        }

        let mut span = unit.span;
        // The dateline opens the first paragraph of the body: the first
        // paragraph, or the first below the byline when a standfirst
        // stands above it.
        if article.dateline.is_none() && paragraphs == paragraphs_above_byline {
            if let Some(d) = front::dateline(text, span) {
                article.dateline = Some(Dateline {
                    text: text[d.span].to_string(),
                    span: d.span,
                    place: text[d.place].to_string(),
                    date: d.date.map(|s| text[s].to_string()),
                    agency: d.agency.map(|s| text[s].to_string()),
                });
                span = Span::new(d.rest, span.end);
            }
        }
        paragraphs += 1;
        let mut sentences = Vec::new();
        sentences::split(text, span, &mut sentences);
        section.paragraphs.push(Paragraph {
            text: text[span].to_string(),
            span,
            sentences,
        });
        i += 1;
    }
    if section.heading.is_some() || !section.paragraphs.is_empty() {
        article.sections.push(section);
    }
    article
}

/// The title: the first body line, when it reads as a headline and
/// something follows it.
fn title(text: &str, body: &[Unit]) -> Option<Title> {
    let first = *body.first()?;
    if body.len() < 2 || first.wrapped {
        return None;
    }
    let span = match front::markdown_heading(text, first.span) {
        Some(inner) => inner,
        None => {
            let s = &text[first.span];
            if !front::is_title_like(s) || front::byline(text, first.span).is_some() {
                return None;
            }
            first.span
        }
    };
    Some(Title {
        text: text[span].to_string(),
        span,
        line: first.span,
    })
}

/// The heading at body line `i`, if it is one.
fn heading(text: &str, body: &[Unit], i: usize) -> Option<Heading> {
    let unit = body[i];
    if unit.wrapped {
        return None;
    }
    if let Some(span) = front::markdown_heading(text, unit.span) {
        return Some(Heading {
            text: text[span].to_string(),
            span,
            line: unit.span,
            style: HeadingStyle::Markdown,
        });
    }
    let line = &text[unit.span];
    if is_list_item(line) || crate::text::starts_like_byline(line) {
        return None;
    }
    let prev = i.checked_sub(1).map(|p| &text[body[p].span]);
    let ctx = Context {
        after_sentence: prev.map_or(true, ends_sentence),
        has_next: i + 1 < body.len(),
    };
    let style = headings::classify(line, ctx)?;
    Some(Heading {
        text: line.to_string(),
        span: unit.span,
        line: unit.span,
        style,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn standfirst_between_title_and_byline() {
        let text = "Ukraine Presses Allies for Longer-Range Weapons\n\
                    The request comes as winter fighting intensifies along the front\n\
                    By Olena Petrenko\n\
                    KYIV, Ukraine (AP) — Officials renewed their appeal on Friday.\n\
                    The talks continue.";
        let a = parse(text, true);
        assert_eq!(
            a.title.unwrap().text,
            "Ukraine Presses Allies for Longer-Range Weapons"
        );
        assert_eq!(a.byline.unwrap().authors[0].text, "Olena Petrenko");
        let d = a.dateline.expect("dateline below the byline");
        assert_eq!(d.place, "KYIV, Ukraine");
        let paras: Vec<&str> = a.sections[0]
            .paragraphs
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(
            paras,
            [
                "The request comes as winter fighting intensifies along the front",
                "Officials renewed their appeal on Friday.",
                "The talks continue."
            ]
        );
    }

    #[test]
    fn dateline_only_in_first_body_paragraph() {
        let text = "The summit opened on Monday.\nLONDON (Reuters) - A second meeting followed.";
        let a = parse(text, true);
        assert!(a.dateline.is_none());
        assert_eq!(a.paragraphs().count(), 2);
    }

    #[test]
    fn byline_continuation_joins_byline() {
        let text = "Rates Hold Steady\nBy Jane Doe\nSenior Economics Reporter\nThe central bank held rates on Wednesday.";
        let a = parse(text, true);
        let b = a.byline.unwrap();
        assert_eq!(b.text, "By Jane Doe\nSenior Economics Reporter");
        assert_eq!(b.authors.len(), 1);
        assert_eq!(a.sections.len(), 1);
        assert_eq!(a.sections[0].heading, None);
    }

    #[test]
    fn byline_never_spans_boilerplate() {
        for text in [
            "By Jane Doe\nBy John Roe | Share this article\nReuters\nText.",
            "By Jane Doe\nAdvertisement\nSenior Reporter\nText.",
        ] {
            let a = parse(text, true);
            let b = a.byline.as_ref().unwrap();
            assert_eq!(b.text, "By Jane Doe", "{text:?}");
            assert_eq!(a.boilerplate.len(), 2, "{text:?}: {:?}", a.boilerplate);
        }
    }

    #[test]
    fn time_stamp_under_byline_stays_boilerplate() {
        let text = "Water Board Raises Rates\nBy Kofi Mensah\nUpdated 5:32 PM EST\nThe board voted on Thursday.";
        let a = parse(text, true);
        assert_eq!(a.byline.unwrap().text, "By Kofi Mensah");
        assert_eq!(a.boilerplate[0].reason, crate::BoilerplateReason::Timestamp);
    }

    #[test]
    fn kicker_byline_and_dateline_after_page_furniture() {
        let text = "Politics\n\
                    Biden Weighs Missile Request From Kyiv\n\
                    Share full article\n\
                    By David E. Sanger\n\
                    WASHINGTON (AP) — The president met advisers on Monday.\n\
                    No decision was announced.";
        let a = parse(text, true);
        assert_eq!(
            a.title.as_ref().unwrap().text,
            "Biden Weighs Missile Request From Kyiv"
        );
        assert_eq!(
            a.byline.as_ref().unwrap().authors[0].text,
            "David E. Sanger"
        );
        assert_eq!(a.dateline.as_ref().unwrap().place, "WASHINGTON");
        assert_eq!(a.headings().count(), 0);
        let reasons: Vec<_> = a
            .boilerplate
            .iter()
            .map(|b| (b.text.as_str(), b.reason))
            .collect();
        assert_eq!(
            reasons,
            [
                ("Politics", crate::BoilerplateReason::Navigation),
                ("Share full article", crate::BoilerplateReason::Social)
            ]
        );
    }

    #[test]
    fn a_byline_is_never_a_heading() {
        let text = "The talks ended.\nWhat Comes Next\nThe vote is Friday.\nBy Jane Doe\nMore talks are planned.";
        let a = parse(text, true);
        let headings: Vec<&str> = a.headings().map(|h| h.text.as_str()).collect();
        assert_eq!(headings, ["What Comes Next"]);
    }

    #[test]
    fn markdown_title_and_headings() {
        let text =
            "# Storm Hits Coast\n\nWinds rose overnight.\n\n## Damage\n\nRoofs were torn off.";
        let a = parse(text, true);
        let t = a.title.unwrap();
        assert_eq!(
            (t.text.as_str(), &text[t.line]),
            ("Storm Hits Coast", "# Storm Hits Coast")
        );
        let h = a.sections[1].heading.as_ref().unwrap();
        assert_eq!(
            (h.text.as_str(), h.style),
            ("Damage", HeadingStyle::Markdown)
        );
        assert_eq!(&text[h.line], "## Damage");
    }
}
