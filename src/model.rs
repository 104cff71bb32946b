//! The typed output of the parser.

use core::fmt;

use crate::Span;

#[cfg(feature = "serde")]
use serde::{Deserialize, Serialize};

/// A parsed news article.
///
/// Every piece holds its text and the [`Span`] of that text in the input,
/// so that `&input[piece.span] == piece.text`. Together, the title, byline,
/// dateline, headings, paragraphs and boilerplate cover every
/// non-whitespace byte of the input exactly once.
///
/// # Example
///
/// ```
/// let text = "Storm Closes Schools\n\
///             By Jane Doe\n\
///             BOSTON (AP) — Schools closed on Monday. Buses stayed home.\n\
///             Subscribe to our newsletter!";
/// let article = newsparse::parse_article(text)?;
/// assert_eq!(article.title.as_ref().unwrap().text, "Storm Closes Schools");
/// assert_eq!(article.byline.as_ref().unwrap().authors[0].text, "Jane Doe");
/// assert_eq!(article.dateline.as_ref().unwrap().place, "BOSTON");
/// assert_eq!(article.paragraphs().count(), 1);
/// assert_eq!(article.boilerplate.len(), 1);
/// # Ok::<(), newsparse::Error>(())
/// ```
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Article {
    /// The headline, when the article starts with one.
    pub title: Option<Title>,
    /// The byline ("By Jane Doe"), when there is one near the top.
    pub byline: Option<Byline>,
    /// The wire dateline at the start of the first paragraph
    /// ("WASHINGTON (Reuters) -"), when there is one.
    pub dateline: Option<Dateline>,
    /// The sections of the article in order. Text before the first heading
    /// forms a section whose `heading` is `None`.
    pub sections: Vec<Section>,
    /// Lines that are not part of the article (promotions, prompts, credits),
    /// in input order, each with the reason it was set aside.
    pub boilerplate: Vec<Boilerplate>,
    /// The people, organizations and places the article names, in the
    /// order of their first mention, each with all its mentions.
    pub entities: Vec<Entity>,
    /// The quotations and reported speech, in document order, each with
    /// its speaker and cue when the article gives them.
    pub quotes: Vec<Quote>,
}

impl Article {
    /// Returns `true` when nothing was found: no title, byline, dateline,
    /// section, boilerplate or entity. Empty and whitespace-only inputs give
    /// this.
    pub fn is_empty(&self) -> bool {
        self.title.is_none()
            && self.byline.is_none()
            && self.dateline.is_none()
            && self.sections.is_empty()
            && self.boilerplate.is_empty()
            && self.entities.is_empty()
            && self.quotes.is_empty()
    }

    /// The entity with this id, if the article mentions it.
    pub fn entity(&self, id: &str) -> Option<&Entity> {
        self.entities.iter().find(|e| e.id == id)
    }

    /// Iterates over every paragraph of every section, in order.
    pub fn paragraphs(&self) -> impl DoubleEndedIterator<Item = &Paragraph> + '_ {
        self.sections.iter().flat_map(|s| s.paragraphs.iter())
    }

    /// Iterates over the section headings, in order.
    pub fn headings(&self) -> impl DoubleEndedIterator<Item = &Heading> + '_ {
        self.sections.iter().filter_map(|s| s.heading.as_ref())
    }

    /// Iterates over the text of every sentence of every paragraph, in order.
    pub fn sentences(&self) -> impl Iterator<Item = &str> + '_ {
        self.paragraphs().flat_map(Paragraph::sentence_texts)
    }
}

/// The headline of an article.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Title {
    /// The headline text, without Markdown markers.
    pub text: String,
    /// Where `text` is in the input.
    pub span: Span,
    /// The whole line the title stands on, including any Markdown `#`
    /// markers; equal to `span` when there are none.
    pub line: Span,
}

/// The byline of an article, such as "By Jane Doe and John Roe, Reuters".
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Byline {
    /// The whole byline as written, including "By" and any role or agency.
    pub text: String,
    /// Where `text` is in the input.
    pub span: Span,
    /// The people named in the byline, in order. Roles ("Senior Reporter"),
    /// agencies ("Reuters") and dates are never authors, so this may be
    /// empty ("By Reuters Staff").
    pub authors: Vec<Author>,
}

/// One author named in a [`Byline`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Author {
    /// The name as written ("Jane Doe", or "JANE DOE" in an all-caps byline).
    pub text: String,
    /// Where `text` is in the input.
    pub span: Span,
}

/// A wire dateline at the start of the first paragraph, such as
/// "LONDON, March 3 (AP) —".
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Dateline {
    /// The dateline as written, up to and including its closing dash.
    pub text: String,
    /// Where `text` is in the input.
    pub span: Span,
    /// The place as written ("LONDON", "KYIV, Ukraine").
    pub place: String,
    /// The date, when the dateline carries one ("March 3").
    pub date: Option<String>,
    /// The news agency, when the dateline names one ("AP", "Reuters").
    pub agency: Option<String>,
}

/// A section of an article: an optional heading and the paragraphs under it.
#[derive(Clone, Debug, Default, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Section {
    /// The heading, or `None` for the text before the first heading.
    pub heading: Option<Heading>,
    /// The paragraphs of the section, in order.
    pub paragraphs: Vec<Paragraph>,
}

/// A section heading.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Heading {
    /// The heading text, without Markdown markers.
    pub text: String,
    /// Where `text` is in the input.
    pub span: Span,
    /// The whole line the heading stands on, including any Markdown `#`
    /// markers; equal to `span` when there are none.
    pub line: Span,
    /// How the line was recognized as a heading.
    pub style: HeadingStyle,
}

/// How a line was recognized as a heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum HeadingStyle {
    /// A short bare line in headline case ("What to Expect Next").
    HeadlineCase,
    /// A short bare line in sentence case between paragraphs
    /// ("What happens next").
    SentenceCase,
    /// A short line in capitals ("THE AFTERMATH").
    AllCaps,
    /// A Markdown ATX heading ("## The aftermath").
    Markdown,
}

/// A paragraph and its sentences.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Paragraph {
    /// The paragraph as written. A hard-wrapped paragraph keeps its line
    /// breaks, so that `text` stays equal to `&input[span]`.
    pub text: String,
    /// Where `text` is in the input.
    pub span: Span,
    /// The spans of the paragraph's sentences, in order, into the input.
    pub sentences: Vec<Span>,
}

impl Paragraph {
    /// Iterates over the text of each sentence of the paragraph.
    ///
    /// # Example
    ///
    /// ```
    /// let article = newsparse::parse_article("Mr. Smith arrived. He left at 5 p.m. on Friday.")?;
    /// let para = article.paragraphs().next().unwrap();
    /// let sentences: Vec<&str> = para.sentence_texts().collect();
    /// assert_eq!(sentences, ["Mr. Smith arrived.", "He left at 5 p.m. on Friday."]);
    /// # Ok::<(), newsparse::Error>(())
    /// ```
    pub fn sentence_texts(&self) -> impl Iterator<Item = &str> + '_ {
        let base = self.span.start;
        self.sentences.iter().filter_map(move |s| {
            let start = s.start.checked_sub(base)?;
            let end = s.end.checked_sub(base)?;
            self.text.get(start..end)
        })
    }
}

/// A person, organization or place the article mentions.
///
/// # Example
///
/// ```
/// let text = "President Joe Biden met French officials. Biden’s aides said little.";
/// let article = newsparse::parse_article(text)?;
/// let biden = &article.entities[0];
/// assert_eq!(biden.name, "Joe Biden");
/// assert_eq!(biden.kind, newsparse::EntityKind::Person);
/// let mentions: Vec<&str> = biden.mentions.iter().map(|m| m.text.as_str()).collect();
/// assert_eq!(mentions, ["Joe Biden", "Biden"]);
/// assert_eq!(biden.mentions[0].title.as_deref(), Some("President"));
/// assert_eq!(article.entities[1].name, "France");
/// # Ok::<(), newsparse::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Entity {
    /// The gazetteer id, or for a discovered person an id made from the
    /// name ("person:joe-biden").
    pub id: String,
    /// The canonical name ("United Kingdom", "Joe Biden").
    pub name: String,
    /// What kind of thing it is.
    pub kind: crate::EntityKind,
    /// Where the entity came from.
    pub source: EntitySource,
    /// Every mention, in document order (headings included).
    pub mentions: Vec<Mention>,
}

/// Where an [`Entity`] came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum EntitySource {
    /// A gazetteer entry.
    Gazetteer,
    /// Found from the text itself: a person from a title before a name, a
    /// speech cue or an appositive; an organization from the word that
    /// ends its name ("Summit Valve Co.", "Department for Transport"),
    /// from capitalized words joined by "&" ("Brandt & Lowe"), or from one
    /// word that only an organization fits ("Quillmark, which makes
    /// locks"). Later mentions by an acronym given in parentheses or by
    /// the first word of a company's name are `Alias` mentions.
    Discovered,
}

/// One mention of an [`Entity`] in the text.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Mention {
    /// The mention as written: the name alone, without a possessive ending
    /// or the rest of a hyphenated compound ("Biden" in "Biden’s",
    /// "U.S." in "U.S.-supplied").
    pub text: String,
    /// Where `text` is in the input.
    pub span: Span,
    /// How the entity is named here.
    pub form: MentionForm,
    /// The title or role written before the name ("President", "Prime
    /// Minister"), when there is one.
    pub title: Option<String>,
}

/// How a [`Mention`] names its entity.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum MentionForm {
    /// The canonical or full name ("United Kingdom", "Joe Biden").
    Name,
    /// Another name, short form or acronym ("UK", "Britain").
    Alias,
    /// A person's surname alone ("Biden").
    Surname,
    /// An adjectival or demonym form ("British").
    Demonym,
}

/// A line that is not part of the article, kept with the reason it was set
/// aside.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Boilerplate {
    /// The line as written.
    pub text: String,
    /// Where `text` is in the input.
    pub span: Span,
    /// Why the line is not part of the article.
    pub reason: BoilerplateReason,
}

/// Why a line was set aside as [`Boilerplate`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum BoilerplateReason {
    /// A promotion or call to action ("Click here!", "Buy now").
    Promotion,
    /// A newsletter or subscription prompt.
    Subscription,
    /// A link to other stories ("Read more: ...", "Related: ...").
    Related,
    /// An advertisement marker ("Advertisement", "Sponsored content").
    Advertisement,
    /// A share or follow prompt ("Share this article", "Follow us on X").
    Social,
    /// A cookie or privacy notice.
    CookieNotice,
    /// A copyright line ("© 2024 Reuters. All rights reserved.").
    Copyright,
    /// A photo credit standing alone ("Photo: Reuters").
    PhotoCredit,
    /// An image caption, recognized by the credit it carries.
    Caption,
    /// A publication or update time stamp, or a reading time
    /// ("Updated 5:32 PM EST", "5 min read").
    Timestamp,
    /// A staff credit line ("Reporting by Jane Doe; Editing by John Roe",
    /// "The Associated Press contributed to this report.").
    Credit,
    /// Site navigation and page furniture ("Home > World > Europe",
    /// "Skip to main content").
    Navigation,
}

impl BoilerplateReason {
    /// The reason's name as it appears in JSON ("promotion", "cookie_notice").
    pub fn as_str(&self) -> &'static str {
        match self {
            BoilerplateReason::Promotion => "promotion",
            BoilerplateReason::Subscription => "subscription",
            BoilerplateReason::Related => "related",
            BoilerplateReason::Advertisement => "advertisement",
            BoilerplateReason::Social => "social",
            BoilerplateReason::CookieNotice => "cookie_notice",
            BoilerplateReason::Copyright => "copyright",
            BoilerplateReason::PhotoCredit => "photo_credit",
            BoilerplateReason::Caption => "caption",
            BoilerplateReason::Timestamp => "timestamp",
            BoilerplateReason::Credit => "credit",
            BoilerplateReason::Navigation => "navigation",
        }
    }
}

impl fmt::Display for BoilerplateReason {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A quotation or a piece of reported speech.
///
/// For a quote in one piece, `span` is exactly `text` and `parts` holds
/// that one span. A direct quote split by its attribution ("“A,” he said,
/// “B.”") or running over several paragraphs is one quote: `parts` lists
/// the span of each piece, `text` joins the pieces with a space, and `span`
/// runs from the start of the first piece to the end of the last.
///
/// # Example
///
/// ```
/// use newsparse::QuoteKind;
///
/// let text = "Jane Doe, a spokeswoman for the agency, said the office would reopen.\n\
///             “We are ready,” Doe said. “The staff is back.”";
/// let article = newsparse::parse_article(text)?;
/// let quotes = &article.quotes;
/// assert_eq!(quotes.len(), 3);
/// assert_eq!(quotes[0].kind, QuoteKind::Indirect);
/// assert_eq!(quotes[0].text, "the office would reopen");
/// assert_eq!(quotes[1].kind, QuoteKind::Direct);
/// assert_eq!(quotes[1].text, "We are ready,");
/// assert_eq!(&text[quotes[1].span], quotes[1].text);
/// let speaker = quotes[1].speaker.as_ref().unwrap();
/// assert_eq!((speaker.text.as_str(), speaker.name.as_str()), ("Doe", "Jane Doe"));
/// assert_eq!(speaker.entity.as_deref(), Some("person:jane-doe"));
/// assert_eq!(quotes[1].cue.as_ref().unwrap().text, "said");
/// // A quote after the attribution keeps the speaker.
/// assert_eq!(quotes[2].speaker.as_ref().unwrap().name, "Jane Doe");
/// # Ok::<(), newsparse::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Quote {
    /// Direct, partial or indirect.
    pub kind: QuoteKind,
    /// The quoted words without the enclosing quote marks; for reported
    /// speech, the reported clause.
    pub text: String,
    /// From the start of the first part to the end of the last.
    pub span: Span,
    /// The span of each piece, in order.
    pub parts: Vec<Span>,
    /// Who said it, when the article says.
    pub speaker: Option<Speaker>,
    /// The speech verb or phrase that attributes it ("said", "according
    /// to"), when there is one.
    pub cue: Option<Cue>,
}

/// What kind of speech a [`Quote`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// A quoted utterance in quote marks: “We are ready,” she said.
    Direct,
    /// A quoted fragment inside reported speech or narration: he called
    /// the plan “reckless”.
    Partial,
    /// Reported speech without quote marks: she said that the office
    /// would reopen.
    Indirect,
}

impl QuoteKind {
    /// The kind's name as it appears in JSON: `direct`, `partial` or
    /// `indirect`.
    pub fn as_str(&self) -> &'static str {
        match self {
            QuoteKind::Direct => "direct",
            QuoteKind::Partial => "partial",
            QuoteKind::Indirect => "indirect",
        }
    }
}

/// Who said a [`Quote`].
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Speaker {
    /// The speaker as the article wrote it here ("He", "Doe", "a State
    /// Department spokesman").
    pub text: String,
    /// Where `text` is in the input.
    pub span: Span,
    /// The resolved name: the entity's name for a name, pronoun or
    /// description that links to one ("Jane Doe" for "she", "Acme Holdings"
    /// for "the company"); the full name of a person found only as a
    /// speaker, with `entity` `None` ("Det Insp Rhian Hale" gives "Rhian
    /// Hale"); the organization an unnamed spokesperson speaks for, also
    /// for a "she" that refers to that spokeswoman; otherwise the words of
    /// `text` without a leading article ("American officials").
    pub name: String,
    /// The id of the [`Entity`] that spoke, when it is known.
    pub entity: Option<String>,
}

/// The words that attribute a [`Quote`] to its speaker.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(Serialize, Deserialize))]
#[non_exhaustive]
pub struct Cue {
    /// The cue as written ("said", "According to").
    pub text: String,
    /// Where `text` is in the input.
    pub span: Span,
}
