//! newsparse turns the plain text of a news article into typed data.
#![forbid(unsafe_code)]
#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![cfg_attr(docsrs, feature(doc_auto_cfg))]

mod boilerplate;
mod error;
mod front;
mod headings;
mod layout;
mod lexicon;
mod model;
mod parser;
mod sentences;
mod span;
mod structure;
mod text;

pub use crate::error::{Error, ErrorKind};
pub use crate::model::{
    Article, Author, Boilerplate, BoilerplateReason, Byline, Dateline, Heading, HeadingStyle,
    Paragraph, Section, Title,
};
pub use crate::parser::{parse_article, ArticleParser, ArticleParserBuilder, BoilerplateMode};
pub use crate::span::Span;
