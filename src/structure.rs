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

/// A byline is looked for among this many body lines at the top.
const BYLINE_WINDOW: usize = 4;

/// Parses `text` into an [`Article`]. Never panics; linear in `text.len()`.
pub(crate) fn parse(text: &str, detect_boilerplate: bool) -> Article {
    let units = layout::units(text);
    let mut article = Article::default();
    let mut body: Vec<Unit> = Vec::with_capacity(units.len());
    for unit in units {
        let reason = if detect_boilerplate {
            boilerplate::classify(&text[unit.span])
        } else {
            None
        };
        match reason {
            Some(reason) => article.boilerplate.push(Boilerplate {
                text: text[unit.span].to_string(),
                span: unit.span,
                reason,
            }),
            None => body.push(unit),
        }
    }

    let mut start = 0;
    if let Some(title) = title(text, &body) {
        article.title = Some(title);
        start = 1;
    }

    let mut section = Section::default();
    let mut seen_paragraph = false;
    let mut byline_end: Option<usize> = None;
    let mut i = start;
    while i < body.len() {
        let unit = body[i];
        let line = &text[unit.span];

        if article.byline.is_none() && !seen_paragraph && i < start + BYLINE_WINDOW && !unit.wrapped
        {
            if let Some(authors) = front::byline(text, unit.span) {
                article.byline = Some(Byline {
                    text: line.to_string(),
                    span: unit.span,
                    authors,
                });
                byline_end = Some(i);
                i += 1;
                continue;
            }
        }
        if byline_end == Some(i.wrapping_sub(1))
            && !unit.wrapped
            && front::is_byline_continuation(line)
        {
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
        if !seen_paragraph && article.dateline.is_none() {
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
        seen_paragraph = true;
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
    if is_list_item(line) {
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
