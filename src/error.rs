use core::fmt;

/// The error type of newsparse.
///
/// An `Error` says what was wrong and where. Use [`Error::kind`] to inspect
/// the cause programmatically.
///
/// # Example
///
/// ```
/// use newsparse::{ArticleParser, ErrorKind};
///
/// let parser = ArticleParser::builder().max_input_size(10).build().unwrap();
/// let err = parser.parse("This text is longer than ten bytes.").unwrap_err();
/// assert!(matches!(err.kind(), ErrorKind::InputTooLarge { size: 35, max: 10 }));
/// assert_eq!(
///     err.to_string(),
///     "input is 35 bytes, larger than the maximum of 10 bytes"
/// );
/// ```
#[derive(Clone, PartialEq, Eq)]
pub struct Error(Box<ErrorKind>);

/// What went wrong, with where it went wrong.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input is larger than the parser's maximum input size
    /// (see [`ArticleParserBuilder::max_input_size`](crate::ArticleParserBuilder::max_input_size)).
    #[error("input is {size} bytes, larger than the maximum of {max} bytes")]
    InputTooLarge {
        /// The size of the input, in bytes.
        size: usize,
        /// The configured maximum, in bytes.
        max: usize,
    },
    /// A gazetteer could not be read or built. `line` is the 1-based line
    /// of the gazetteer file, or 0 when the problem is not on one line.
    #[error("{}", gazetteer_message(*line, reason))]
    Gazetteer {
        /// The 1-based line number in the gazetteer text, or 0.
        line: usize,
        /// What was wrong.
        reason: String,
    },
    /// The input given as bytes is not valid UTF-8.
    #[error("input is not valid UTF-8: invalid byte sequence at byte offset {offset}")]
    InvalidUtf8 {
        /// The byte offset of the first invalid byte.
        offset: usize,
    },
}

fn gazetteer_message(line: usize, reason: &str) -> String {
    if line == 0 {
        format!("gazetteer: {reason}")
    } else {
        format!("gazetteer line {line}: {reason}")
    }
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error(Box::new(kind))
    }

    /// Returns what went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.0
    }

    /// Consumes the error and returns what went wrong.
    pub fn into_kind(self) -> ErrorKind {
        *self.0
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Debug::fmt(&self.0, f)
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.0, f)
    }
}

impl std::error::Error for Error {}

impl From<ErrorKind> for Error {
    fn from(kind: ErrorKind) -> Error {
        Error::new(kind)
    }
}
