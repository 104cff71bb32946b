//! newsparse turns the plain text of a news article, as it comes out of a
//! scraper, into typed data with exact byte spans.
//!
//! # Overview
//!
//! Call [`parse_article`] with the article's text, or build an
//! [`ArticleParser`] to change its settings. Either gives an [`Article`]:
//!
//! * the [`Title`], [`Byline`] (with its [`Author`]s) and wire [`Dateline`],
//!   when the article has them;
//! * its [`Section`]s, each with an optional [`Heading`] and its
//!   [`Paragraph`]s, each paragraph with its sentences;
//! * its [`Boilerplate`]: lines that are not the article (promotions,
//!   newsletter prompts, "Read more:" links, photo credits, ...), kept with a
//!   [`BoilerplateReason`] rather than dropped;
//! * its [`Entity`]s: the people, organizations and places it names, each
//!   with every [`Mention`], found with a [`Gazetteer`] of known entities
//!   (the default one, yours, or both) and, for people no gazetteer knows,
//!   from titles and speech cues in the text.
//!
//! Every piece carries a [`Span`], a half-open byte range into your input,
//! and `&input[piece.span] == piece.text`. Nothing is lost: every
//! non-whitespace byte of the input lies in exactly one of the title, the
//! byline, the dateline, a heading, a paragraph or a boilerplate item.
//!
//! Parsing never panics, whatever the input, and its cost is linear in the
//! input's length.
//!
//! # Example: an article with its parts
//!
//! ```
//! let text = "\
//! Storm Batters Coast
//! By Jane Doe and John Roe, Reuters
//! MIAMI, Sept. 9 (Reuters) - The storm made landfall at 5 a.m. on Monday. Gov. Ana Ruiz said help was coming.
//! Winds reached 120 mph in some areas.
//! What Comes Next
//! Forecasters expect the storm to weaken by Tuesday.
//! Sign up for our newsletter!";
//!
//! let article = newsparse::parse_article(text)?;
//! assert_eq!(article.title.unwrap().text, "Storm Batters Coast");
//!
//! let byline = article.byline.unwrap();
//! let authors: Vec<&str> = byline.authors.iter().map(|a| a.text.as_str()).collect();
//! assert_eq!(authors, ["Jane Doe", "John Roe"]);
//!
//! let dateline = article.dateline.unwrap();
//! assert_eq!(dateline.place, "MIAMI");
//! assert_eq!(dateline.date.as_deref(), Some("Sept. 9"));
//! assert_eq!(dateline.agency.as_deref(), Some("Reuters"));
//!
//! assert_eq!(article.sections.len(), 2);
//! assert_eq!(article.sections[1].heading.as_ref().unwrap().text, "What Comes Next");
//!
//! let lead = &article.sections[0].paragraphs[0];
//! assert!(lead.text.starts_with("The storm made landfall"));
//! let sentences: Vec<&str> = lead.sentence_texts().collect();
//! assert_eq!(sentences.len(), 2);
//!
//! assert_eq!(article.boilerplate[0].reason, newsparse::BoilerplateReason::Subscription);
//! # Ok::<(), newsparse::Error>(())
//! ```
//!
//! # Example: spans point into your input
//!
//! ```
//! let text = "Prices rose 3%.\n\nAdvertisement\n\n“It hurts,” said one shopper.";
//! let article = newsparse::parse_article(text)?;
//! for paragraph in article.paragraphs() {
//!     assert_eq!(&text[paragraph.span], paragraph.text);
//! }
//! let ad = &article.boilerplate[0];
//! assert_eq!(ad.span, newsparse::Span::from(17..30));
//! assert_eq!(&text[ad.span], "Advertisement");
//! # Ok::<(), newsparse::Error>(())
//! ```
//!
//! # Example: a configured parser
//!
//! ```
//! use newsparse::{ArticleParser, BoilerplateMode, ErrorKind};
//!
//! let parser = ArticleParser::builder()
//!     .max_input_size(1024 * 1024)
//!     .boilerplate(BoilerplateMode::Off)
//!     .build()?;
//! let article = parser.parse("Shares fell.\nClick here to subscribe!")?;
//! assert_eq!(article.paragraphs().count(), 2);
//!
//! let too_big = "x".repeat(2 * 1024 * 1024);
//! let err = parser.parse(&too_big).unwrap_err();
//! assert!(matches!(err.kind(), ErrorKind::InputTooLarge { .. }));
//! # Ok::<(), newsparse::Error>(())
//! ```
//!
//! # Input
//!
//! Plain text, one paragraph per line as scrapers emit it, or paragraphs
//! separated by blank lines whose hard-wrapped lines belong together.
//! `\n`, `\r\n`, `\r`, U+0085 and U+2028 end lines; U+2029 separates
//! paragraphs. A leading byte-order mark, no-break spaces, tabs and
//! trailing spaces are treated as white space.
//!
//! # Crate features
//!
//! * `serde` (default): `Serialize` and `Deserialize` for the model types.
//!   Enum values serialize in `snake_case`.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![cfg_attr(docsrs, feature(doc_cfg))]

mod boilerplate;
mod entities;
mod error;
mod front;
mod gazetteer;
mod gender;
mod headings;
mod layout;
mod lexicon;
mod matcher;
mod model;
mod parser;
mod quotes;
mod sentences;
#[cfg(feature = "serde")]
mod spacy;
mod span;
mod structure;
mod text;
mod tokens;

pub use crate::error::{Error, ErrorKind};
pub use crate::gazetteer::{EntityKind, Gazetteer, GazetteerBuilder, GazetteerEntry};
pub use crate::model::{
    Article, Author, Boilerplate, BoilerplateReason, Byline, Cue, Dateline, Entity, EntitySource,
    Heading, HeadingStyle, Mention, MentionForm, Paragraph, Quote, QuoteKind, Section, Speaker,
    Title,
};
pub use crate::parser::{
    parse_article, ArticleParser, ArticleParserBuilder, BoilerplateMode, EntityMode, QuoteMode,
};
pub use crate::span::Span;

/// The README's examples, run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
