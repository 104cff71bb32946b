use core::fmt;
use core::ops::{Index, Range};

/// A half-open byte range `start..end` into the text given to the parser.
///
/// Every piece that newsparse extracts carries a `Span`, and slicing the
/// caller's input with it gives exactly the piece's text: both ends always
/// lie on `char` boundaries.
///
/// # Example
///
/// ```
/// use newsparse::Span;
///
/// let text = "LONDON — Rain again.";
/// let span = Span::from(11..21);
/// assert_eq!(&text[span], "Rain again");
/// assert_eq!(span.len(), 10);
/// assert_eq!(format!("{:?}", span), "11..21");
/// ```
#[derive(Clone, Copy, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize, serde::Deserialize))]
pub struct Span {
    /// The byte offset of the first byte of the piece.
    pub start: usize,
    /// The byte offset one past the last byte of the piece.
    pub end: usize,
}

impl Span {
    /// Creates a span from `start` to `end` (exclusive).
    ///
    /// # Panics
    ///
    /// Panics if `start > end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "invalid span {start}..{end}: start after end");
        Span { start, end }
    }

    /// The length of the span in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// Returns `true` when the span covers no bytes.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// Returns the span as a `Range<usize>`, for slicing byte buffers.
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// Returns `true` when `other` lies entirely within this span.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }
}

impl fmt::Debug for Span {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}..{}", self.start, self.end)
    }
}

impl From<Range<usize>> for Span {
    #[inline]
    fn from(range: Range<usize>) -> Span {
        Span {
            start: range.start,
            end: range.end,
        }
    }
}

impl From<Span> for Range<usize> {
    #[inline]
    fn from(span: Span) -> Range<usize> {
        span.range()
    }
}

impl Index<Span> for str {
    type Output = str;

    #[inline]
    fn index(&self, span: Span) -> &str {
        &self[span.range()]
    }
}

impl Index<Span> for [u8] {
    type Output = [u8];

    #[inline]
    fn index(&self, span: Span) -> &[u8] {
        &self[span.range()]
    }
}
