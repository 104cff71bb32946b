//! The public entry points: `parse_article` and the configurable `ArticleParser`.

use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::tokens::Tokens;
use crate::{Article, Error, ErrorKind, Gazetteer, Span};

/// The default maximum input size: 16 MiB.
const DEFAULT_MAX_INPUT_SIZE: usize = 16 * 1024 * 1024;

static DEFAULT_PARSER: Lazy<ArticleParser> = Lazy::new(ArticleParser::new);

/// Parses the plain text of a news article with the default settings.
///
/// This uses a process-wide [`ArticleParser`] built once, on first use.
/// Empty or whitespace-only input gives an empty [`Article`].
///
/// # Errors
///
/// Returns an error of kind [`ErrorKind::InputTooLarge`] when `text` is
/// larger than 16 MiB. Use [`ArticleParser::builder`] to change the limit.
///
/// # Example
///
/// ```
/// let text = "Talks Resume in Geneva\n\
///             GENEVA (Reuters) - Negotiators met again on Tuesday. \"We are close,\" one said.\n\
///             Background\n\
///             The talks began in 2023.";
/// let article = newsparse::parse_article(text)?;
/// assert_eq!(article.title.as_ref().map(|t| t.text.as_str()), Some("Talks Resume in Geneva"));
/// assert_eq!(article.dateline.as_ref().unwrap().agency.as_deref(), Some("Reuters"));
/// assert_eq!(article.sections.len(), 2);
/// assert_eq!(article.sections[1].heading.as_ref().unwrap().text, "Background");
/// let first = &article.sections[0].paragraphs[0];
/// assert_eq!(&text[first.span], first.text);
/// assert_eq!(first.sentences.len(), 2);
/// # Ok::<(), newsparse::Error>(())
/// ```
pub fn parse_article(text: &str) -> Result<Article, Error> {
    DEFAULT_PARSER.parse(text)
}

/// Whether the parser sets boilerplate lines aside.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum BoilerplateMode {
    /// Recognize promotions, prompts, credits and the like, and move them to
    /// [`Article::boilerplate`]. This is the default.
    #[default]
    Detect,
    /// Keep every line in the article: nothing is set aside as boilerplate.
    Off,
}

/// Whether the parser finds entities.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntityMode {
    /// Match the gazetteer and discover people: fill [`Article::entities`].
    /// This is the default.
    #[default]
    Extract,
    /// Parse the structure only; [`Article::entities`] stays empty.
    Off,
}

/// Whether the parser finds quotes.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum QuoteMode {
    /// Find direct, partial and reported speech with speakers and cues:
    /// fill [`Article::quotes`]. This is the default.
    #[default]
    Extract,
    /// Find no quotes; [`Article::quotes`] stays empty.
    Off,
}

#[derive(Clone, Debug)]
struct Config {
    max_input_size: usize,
    boilerplate: BoilerplateMode,
    entities: EntityMode,
    quotes: QuoteMode,
    gazetteer: Gazetteer,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            max_input_size: DEFAULT_MAX_INPUT_SIZE,
            boilerplate: BoilerplateMode::Detect,
            entities: EntityMode::Extract,
            quotes: QuoteMode::Extract,
            gazetteer: Gazetteer::default(),
        }
    }
}

/// A configured article parser.
///
/// An `ArticleParser` is immutable once built, `Send + Sync`, and cheap to
/// clone (its configuration sits behind an `Arc`), so one parser can serve
/// many threads. [`parse_article`] uses a default one.
///
/// # Example
///
/// ```
/// use newsparse::{ArticleParser, BoilerplateMode};
///
/// let parser = ArticleParser::builder()
///     .max_input_size(1 << 20)
///     .boilerplate(BoilerplateMode::Off)
///     .build()?;
/// let article = parser.parse("Prices rose.\nAdvertisement")?;
/// assert_eq!(article.paragraphs().count(), 2);
/// assert!(article.boilerplate.is_empty());
/// # Ok::<(), newsparse::Error>(())
/// ```
#[derive(Clone, Debug)]
pub struct ArticleParser {
    config: Arc<Config>,
}

impl Default for ArticleParser {
    fn default() -> ArticleParser {
        ArticleParser::new()
    }
}

impl ArticleParser {
    /// Creates a parser with the default settings.
    pub fn new() -> ArticleParser {
        ArticleParser {
            config: Arc::new(Config::default()),
        }
    }

    /// Returns a builder to configure a parser.
    pub fn builder() -> ArticleParserBuilder {
        ArticleParserBuilder::new()
    }

    /// Parses the plain text of a news article.
    ///
    /// # Errors
    ///
    /// Returns an error of kind [`ErrorKind::InputTooLarge`] when `text` is
    /// larger than the configured maximum input size.
    pub fn parse(&self, text: &str) -> Result<Article, Error> {
        self.check_size(text.len())?;
        let mut article =
            crate::structure::parse(text, self.config.boilerplate == BoilerplateMode::Detect);
        let entities = self.config.entities == EntityMode::Extract;
        let quotes = self.config.quotes == QuoteMode::Extract;
        if !entities && !quotes {
            return Ok(article);
        }
        // The pieces both stages read: title, dateline, headings and
        // paragraphs, in document order, split into words once for both.
        let mut pieces: Vec<Span> = Vec::new();
        pieces.extend(article.title.as_ref().map(|t| t.span));
        pieces.extend(article.dateline.as_ref().map(|d| d.span));
        for section in &article.sections {
            pieces.extend(section.heading.as_ref().map(|h| h.span));
            pieces.extend(section.paragraphs.iter().map(|p| p.span));
        }
        let tokens = Tokens::new(text, &pieces, entities, quotes);
        if entities {
            article.entities =
                crate::entities::extract(text, &pieces, &tokens, &self.config.gazetteer);
        }
        if quotes {
            article.quotes = crate::quotes::extract(text, &article, &tokens);
        }
        Ok(article)
    }

    /// The gazetteer this parser matches entities with.
    pub fn gazetteer(&self) -> &Gazetteer {
        &self.config.gazetteer
    }

    /// Parses an article given as bytes, which must be UTF-8.
    ///
    /// Spans index into `bytes` (and into the same text as a `str`).
    ///
    /// # Errors
    ///
    /// Returns [`ErrorKind::InputTooLarge`] when the input is too large, and
    /// [`ErrorKind::InvalidUtf8`] with the byte offset of the first invalid
    /// byte when it is not UTF-8.
    ///
    /// # Example
    ///
    /// ```
    /// use newsparse::{ArticleParser, ErrorKind};
    ///
    /// let err = ArticleParser::new().parse_bytes(b"Caf\xe9 owners protest.").unwrap_err();
    /// assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 3 });
    /// ```
    pub fn parse_bytes(&self, bytes: &[u8]) -> Result<Article, Error> {
        self.check_size(bytes.len())?;
        let text = core::str::from_utf8(bytes).map_err(|e| {
            Error::new(ErrorKind::InvalidUtf8 {
                offset: e.valid_up_to(),
            })
        })?;
        self.parse(text)
    }

    /// The largest input, in bytes, this parser accepts.
    pub fn max_input_size(&self) -> usize {
        self.config.max_input_size
    }

    fn check_size(&self, size: usize) -> Result<(), Error> {
        let max = self.config.max_input_size;
        if size > max {
            return Err(Error::new(ErrorKind::InputTooLarge { size, max }));
        }
        Ok(())
    }
}

/// A builder for an [`ArticleParser`].
///
/// The builder is not consumed by [`build`](ArticleParserBuilder::build), so
/// one builder can make several parsers.
#[derive(Clone, Debug, Default)]
pub struct ArticleParserBuilder {
    config: Config,
}

impl ArticleParserBuilder {
    /// Creates a builder with the default settings.
    pub fn new() -> ArticleParserBuilder {
        ArticleParserBuilder::default()
    }

    /// Sets the largest input, in bytes, that the parser accepts.
    /// Larger input is an [`ErrorKind::InputTooLarge`] error.
    ///
    /// The default is 16 MiB.
    pub fn max_input_size(&mut self, bytes: usize) -> &mut ArticleParserBuilder {
        self.config.max_input_size = bytes;
        self
    }

    /// Sets whether boilerplate lines are set aside.
    ///
    /// The default is [`BoilerplateMode::Detect`].
    pub fn boilerplate(&mut self, mode: BoilerplateMode) -> &mut ArticleParserBuilder {
        self.config.boilerplate = mode;
        self
    }

    /// Sets whether entities are found.
    ///
    /// The default is [`EntityMode::Extract`].
    pub fn entities(&mut self, mode: EntityMode) -> &mut ArticleParserBuilder {
        self.config.entities = mode;
        self
    }

    /// Sets whether quotes are found. Speakers link to entities only when
    /// entities are found too.
    ///
    /// The default is [`QuoteMode::Extract`].
    pub fn quotes(&mut self, mode: QuoteMode) -> &mut ArticleParserBuilder {
        self.config.quotes = mode;
        self
    }

    /// Sets the gazetteer that entities are matched with. The default is
    /// [`Gazetteer::default`]; to add your entries to it, build yours with
    /// [`Gazetteer::builder_with_default`]. [`Gazetteer::empty`] leaves only
    /// the people discovered from the text.
    pub fn gazetteer(&mut self, gazetteer: Gazetteer) -> &mut ArticleParserBuilder {
        self.config.gazetteer = gazetteer;
        self
    }

    /// Builds a parser with this builder's settings.
    ///
    /// # Errors
    ///
    /// None of the current settings can fail (a gazetteer is checked when
    /// it is built); the `Result` leaves room for settings that can.
    pub fn build(&self) -> Result<ArticleParser, Error> {
        Ok(ArticleParser {
            config: Arc::new(self.config.clone()),
        })
    }
}
