//! Throughput benchmark for `newsparse::parse_article`.
//!
//! A plain `fn main()` (no bench framework): run with
//! `cargo bench --bench parse`. Every case prints exactly one line:
//!
//! ```text
//! parse/seed                 3.2 KB x N          ... MB/s
//! scan/aho-corasick         12.0 MB x N          ... MB/s   202 patterns, ... matches (leftmost-longest)
//! parse/corpus-articles     12.0 MB x N          ... MB/s   4727 articles    parse/scan ...
//! patho/one-line             1.0 MB x N          ... MB/s    10.0 MB x N          ... MB/s   10M/1M ...
//! ```
//!
//! * `parse/seed`: the seed article of `tests/fixtures`.
//! * `scan/aho-corasick`: the baseline, a bare leftmost-longest
//!   Aho-Corasick scan for ~200 ordinary words and phrases over the
//!   generated corpus.
//! * `parse/corpus-*`: a generated corpus of news-like articles (title,
//!   byline, wire dateline, headings, paragraphs with abbreviations and
//!   quotes, boilerplate lines), parsed article by article and joined into
//!   one input (all stages), then structure alone (entities off), and
//!   structure without boilerplate detection; `parse/scan` is the parse
//!   rate over the scan rate.
//! * `floor/*`: what any parser that reads words costs at least: the
//!   structure stage (entities and quotes off), then every article split
//!   at white space into word spans (`floor/words`), and each word then
//!   looked up once in a hash set of the scan's patterns (`floor/lookup`).
//!   No rule runs; these bound from above what `parse/scan` can reach for
//!   a parser that looks at each word once.
//! * `patho/*`: degenerate input at 1 MB and at 10 MB. `10M/1M` is the rate
//!   at 10 MB over the rate at 1 MB: close to 1 when the cost is linear in
//!   the input, near 0.1 if it were quadratic.
//!
//! `x N` is the number of timed calls after one warm-up call; the rate is
//! that of the fastest batch of calls, the most repeatable figure on a
//! shared machine. Inputs that are compared (scan and corpus; 1 MB and
//! 10 MB) are measured interleaved, batch by batch, so that they see the
//! same machine conditions. Sizes and rates are decimal (1 KB = 1000 bytes,
//! 1 MB = 10^6 bytes).
//!
//! Each measurement runs on a worker thread with a deadline, so a parser
//! that has become pathologically slow cannot hang the benchmark: the line
//! then says `TIMEOUT` with an upper bound on the rate (or shows `x 1` when
//! only the warm-up call finished), and the whole run stays within about a
//! minute.

use std::hint::black_box;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, MatchKind};
use newsparse::{parse_article, ArticleParser, BoilerplateMode, EntityMode, QuoteMode};

mod common;

use common::{
    corpus, headline, leak, Rng, CITIES, FIRST_NAMES, HEADLINE_WORDS, LAST_NAMES, SECTION_HEADINGS,
    SUBJECTS, VERBS,
};

const SEED: &str = include_str!("../tests/fixtures/seed-biden-starmer.txt");

/// Minimum measuring time per input (after its warm-up call), in seconds.
const MIN_SECS: f64 = 0.3;
/// Calls are timed in batches of about this many seconds...
const BATCH_SECS: f64 = 0.05;
/// ...and at least this many batches per input.
const MIN_BATCHES: u32 = 3;
/// The generated corpus is at least this many bytes.
const CORPUS_BYTES: usize = 12_000_000;
/// `parse_article`'s default maximum input size.
const MAX_INPUT: usize = 16 * 1024 * 1024;
/// Pathological inputs are measured at these sizes.
const SMALL: usize = 1_000_000;
const LARGE: usize = 10_000_000;
/// No single measurement may take longer than this.
const RUN_LIMIT: Duration = Duration::from_secs(15);
/// The whole benchmark aims to finish within this.
const TOTAL_LIMIT: Duration = Duration::from_secs(55);

// ---------------------------------------------------------------------------
// Measuring

/// One input's work: processes `.0` bytes per call.
type Job = (usize, Box<dyn FnMut() + Send>);

#[derive(Clone, Copy)]
struct Sample {
    bytes: usize,
    /// Timed calls (the warm-up call counts only when nothing else ran).
    iters: u64,
    /// The fastest batch's time per call.
    secs_per_iter: f64,
}

enum Outcome {
    Done(Sample),
    /// Not even one call finished within `limit`. For the job that was
    /// running, `waited` is how long its call had taken so far, which bounds
    /// its rate; jobs that never started have no bound.
    TimedOut {
        bytes: usize,
        limit: Duration,
        waited: Option<Duration>,
    },
}

impl Outcome {
    fn bytes(&self) -> usize {
        match *self {
            Outcome::Done(s) => s.bytes,
            Outcome::TimedOut { bytes, .. } => bytes,
        }
    }

    /// MB/s and whether it is only an upper bound, or `None` when unknown.
    fn rate(&self) -> Option<(f64, bool)> {
        match *self {
            Outcome::Done(s) => Some((s.bytes as f64 / s.secs_per_iter / 1e6, false)),
            Outcome::TimedOut { bytes, waited, .. } => {
                waited.map(|w| (bytes as f64 / w.as_secs_f64() / 1e6, true))
            }
        }
    }
}

enum Msg {
    /// The next job finished its warm-up call in this many seconds.
    Warm(f64),
    Done(Vec<Sample>),
}

struct Bench {
    start: Instant,
    runaway: bool,
}

impl Bench {
    /// Measures `jobs` on a worker thread: one warm-up call each, then
    /// rounds in which every job runs one batch of calls, until each has had
    /// `MIN_BATCHES` batches and `MIN_SECS` of timed calls. Interleaving the
    /// jobs exposes them to the same machine conditions, so their rates can
    /// be compared. Gives up after `RUN_LIMIT`, or sooner when the total
    /// budget is spent; a job that then has its warm-up call done reports
    /// that call alone.
    fn measure(&mut self, jobs: Vec<Job>) -> Vec<Outcome> {
        let remaining = TOTAL_LIMIT.saturating_sub(self.start.elapsed());
        let limit = RUN_LIMIT.min(remaining).max(Duration::from_secs(2));
        let sizes: Vec<usize> = jobs.iter().map(|j| j.0).collect();
        let (tx, rx) = mpsc::channel();
        let spawned = Instant::now();
        thread::spawn(move || {
            let mut jobs = jobs;
            let mut per_batch = Vec::with_capacity(jobs.len());
            for job in jobs.iter_mut() {
                let t = Instant::now();
                (job.1)();
                let first = t.elapsed().as_secs_f64();
                if tx.send(Msg::Warm(first)).is_err() {
                    return;
                }
                per_batch.push(((BATCH_SECS / first.max(1e-9)).ceil() as u64).max(1));
            }
            let mut iters = vec![0u64; jobs.len()];
            let mut best = vec![f64::INFINITY; jobs.len()];
            let min_total = MIN_SECS * jobs.len() as f64;
            let start = Instant::now();
            let mut rounds = 0;
            while rounds < MIN_BATCHES || start.elapsed().as_secs_f64() < min_total {
                for (j, job) in jobs.iter_mut().enumerate() {
                    let t = Instant::now();
                    for _ in 0..per_batch[j] {
                        (job.1)();
                    }
                    best[j] = best[j].min(t.elapsed().as_secs_f64() / per_batch[j] as f64);
                    iters[j] += per_batch[j];
                }
                rounds += 1;
            }
            let samples = (0..jobs.len())
                .map(|j| Sample {
                    bytes: jobs[j].0,
                    iters: iters[j],
                    secs_per_iter: best[j],
                })
                .collect();
            let _ = tx.send(Msg::Done(samples));
        });

        let deadline = spawned + limit;
        let mut warm: Vec<f64> = Vec::new();
        let mut warm_at = spawned;
        loop {
            let wait = deadline.saturating_duration_since(Instant::now());
            match rx.recv_timeout(wait) {
                Ok(Msg::Warm(secs)) => {
                    warm.push(secs);
                    warm_at = Instant::now();
                }
                Ok(Msg::Done(samples)) => return samples.into_iter().map(Outcome::Done).collect(),
                Err(_) => break,
            }
        }
        // Timed out. The worker keeps running (and keeps a core busy) until
        // the process exits; later numbers may be low because of it.
        self.runaway = true;
        let waited = warm_at.elapsed();
        sizes
            .iter()
            .enumerate()
            .map(|(j, &bytes)| match warm.get(j) {
                Some(&secs) => Outcome::Done(Sample {
                    bytes,
                    iters: 1,
                    secs_per_iter: secs,
                }),
                None => Outcome::TimedOut {
                    bytes,
                    limit,
                    waited: (j == warm.len()).then_some(waited),
                },
            })
            .collect()
    }

    fn measure_one<F: FnMut() + Send + 'static>(&mut self, bytes: usize, f: F) -> Outcome {
        let mut out = self.measure(vec![(bytes, Box::new(f))]);
        out.remove(0)
    }
}

fn fmt_size(bytes: usize) -> String {
    if bytes < 1_000_000 {
        format!("{:.1} KB", bytes as f64 / 1e3)
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

/// "  3.2 KB x 20000       140.2 MB/s", or for a time-out
/// " 10.0 MB x TIMEOUT      <0.7 MB/s (>15.0s)".
fn fmt_outcome(o: &Outcome) -> String {
    let size = fmt_size(o.bytes());
    match (o, o.rate()) {
        (Outcome::Done(s), Some((r, _))) => format!("{size:>8} x {:<7} {r:>9.1} MB/s", s.iters),
        (Outcome::TimedOut { limit, .. }, r) => {
            let r = r.map_or("?".to_string(), |(r, _)| format!("<{r:.1}"));
            format!(
                "{size:>8} x {:<7} {r:>9} MB/s (>{:.1}s)",
                "TIMEOUT",
                limit.as_secs_f64()
            )
        }
        (Outcome::Done(_), None) => unreachable!(),
    }
}

/// `label a/b`, where a and b are rates; "<x" or ">x" when only a bound
/// is known.
fn fmt_ratio(label: &str, a: &Outcome, b: &Outcome) -> String {
    match (a.rate(), b.rate()) {
        (Some((ra, false)), Some((rb, false))) => format!("{label} {:.3}", ra / rb),
        (Some((ra, true)), Some((rb, false))) => format!("{label} <{:.3}", ra / rb),
        (Some((ra, false)), Some((rb, true))) => format!("{label} >{:.3}", ra / rb),
        _ => format!("{label} ?"),
    }
}

/// Parses `text` once, keeping input and output opaque to the optimizer.
#[inline(always)]
/// Appends the spans of `text`'s runs of non-white-space bytes to `out`:
/// the least a word-level parser does (`floor/words`).
fn split_words(text: &str, out: &mut Vec<(u32, u32)>) {
    let b = text.as_bytes();
    let mut i = 0;
    while i < b.len() {
        while i < b.len() && b[i].is_ascii_whitespace() {
            i += 1;
        }
        let start = i;
        while i < b.len() && !b[i].is_ascii_whitespace() {
            i += 1;
        }
        if i > start {
            out.push((start as u32, i as u32));
        }
    }
}

/// A small multiplicative hash (the `FxHasher` of rustc), so that
/// `floor/lookup` measures a lookup as cheap as a parser's, not SipHash.
#[derive(Default)]
struct FxHasher(u64);

impl std::hash::Hasher for FxHasher {
    fn write(&mut self, bytes: &[u8]) {
        for chunk in bytes.chunks(8) {
            let mut word = [0u8; 8];
            word[..chunk.len()].copy_from_slice(chunk);
            self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(word))
                .wrapping_mul(0x51_7c_c1_b7_27_22_0a_95);
        }
    }
    fn finish(&self) -> u64 {
        self.0
    }
}

type FxSet<T> = std::collections::HashSet<T, std::hash::BuildHasherDefault<FxHasher>>;

fn parse_one(text: &str) {
    let article = parse_article(black_box(text));
    assert!(article.is_ok(), "parse failed: {:?}", article.err());
    drop(black_box(article));
}

// ---------------------------------------------------------------------------
// Deterministic text generation (the shared corpus generator is in
// benches/common)

const FILLER_WORDS: &[&str] = &[
    "the",
    "of",
    "and",
    "to",
    "in",
    "government",
    "said",
    "market",
    "week",
    "talks",
    "people",
    "minister",
    "prices",
    "rose",
    "Monday",
    "officials",
    "report",
    "would",
    "year",
    "country",
    "plan",
    "percent",
    "economy",
    "security",
    "city",
    "vote",
    "election",
    "Reuters",
    "police",
];

/// One sentence of the kinds `common::sentence` writes; half of them plain
/// declarative sentences.
fn sentence(rng: &mut Rng, out: &mut String) {
    let roll = rng.below(10);
    common::sentence(rng, roll, out);
}

/// Pads or cuts an ASCII-only `s` to exactly `n` bytes.
fn fit_ascii(mut s: String, n: usize, pad: char) -> String {
    assert!(s.is_ascii());
    s.truncate(n);
    while s.len() < n {
        s.push(pad);
    }
    s
}

/// One line of words and spaces, no line end.
/// One line of sentences with no line break: every sentence boundary and
/// abbreviation is examined, inside a single paragraph.
fn patho_one_line(rng: &mut Rng, n: usize) -> String {
    let mut s = String::with_capacity(n + 256);
    while s.len() < n {
        sentence(rng, &mut s);
        s.push(' ');
    }
    let mut cut = n.min(s.len());
    while !s.is_char_boundary(cut) {
        cut -= 1;
    }
    s.truncate(cut);
    s
}

fn patho_blank_lines(n: usize) -> String {
    "\n".repeat(n)
}

/// Quote marks only, straight and curly, no spaces or line ends.
fn patho_quotes(rng: &mut Rng, n: usize) -> String {
    const MARKS: [char; 4] = ['"', '“', '”', '\''];
    let mut s = String::with_capacity(n);
    loop {
        let c = MARKS[rng.below(MARKS.len())];
        if s.len() + c.len_utf8() > n {
            break;
        }
        s.push(c);
    }
    while s.len() < n {
        s.push('"');
    }
    s
}

/// Speech without end: one paragraph of speech verbs, "that", pronouns,
/// commas, names and quote marks and apostrophes, never a full stop, so
/// that every attribution window is full.
fn patho_speech(rng: &mut Rng, n: usize) -> String {
    const WORDS: [&str; 14] = [
        "he said that ",
        "Jane Doe, who ",
        "told reporters ",
        "according to ",
        "the officials, ",
        "“we will” ",
        "’90s ",
        "players’ ",
        "'n' ",
        "said ",
        "warned ",
        "O'Brien ",
        "«non» ",
        "„ja“, ",
    ];
    let mut s = String::with_capacity(n + 32);
    while s.len() < n {
        s.push_str(WORDS[rng.below(WORDS.len())]);
    }
    s
}

/// Runs of spaced periods (". . . ") and of bare periods ("....").
fn patho_periods(rng: &mut Rng, n: usize) -> String {
    let mut s = String::with_capacity(n + 64);
    while s.len() < n {
        for _ in 0..rng.range(1, 20) {
            s.push_str(". ");
        }
        for _ in 0..rng.range(1, 20) {
            s.push('.');
        }
        s.push(' ');
    }
    fit_ascii(s, n, '.')
}

/// Short headline-case lines.
fn patho_headlines(rng: &mut Rng, n: usize) -> String {
    let mut s = String::with_capacity(n + 64);
    while s.len() < n {
        headline(rng, &mut s, 2, 5);
        s.push('\n');
    }
    fit_ascii(s, n, '\n')
}

/// Appends a name of its own for `k`: `first` and then the letters of
/// `k` in base 26 ("Bb", "Bc", …).
fn push_name(s: &mut String, first: char, k: usize) {
    s.push(first);
    let mut m = k;
    while m > 0 {
        s.push(char::from(b'a' + (m % 26) as u8));
        m /= 26;
    }
}

/// Headings that quote a role ("Mayor says plan is 'dead'"), each followed
/// by a paragraph that names a new person with that title: every heading
/// looks forward for its speaker, so this is quadratic if the look-up is.
fn patho_role_headings(n: usize) -> String {
    let mut s = String::with_capacity(n + 128);
    let mut k = 0usize;
    while s.len() < n {
        k += 1;
        s.push_str("Mayor says plan is 'dead'\n\nMayor Jane ");
        push_name(&mut s, 'B', k);
        s.push_str(" said the plan had failed after the vote.\n\n");
    }
    fit_ascii(s, n, '\n')
}

/// Organizations followed by an opening parenthesis that never closes:
/// the acronym look-ahead after each must stay short.
fn patho_open_parens(n: usize) -> String {
    fit_ascii(
        "Officials from Tarn Energy Group (and others agreed on the plan. ".repeat(n / 64 + 1),
        n,
        ' ',
    )
}

/// One paragraph of words between runs of no-break spaces (byte 0xC2
/// each, the first byte of « and »): the search for quote marks must not
/// start over at every one of them.
fn patho_nbsp(n: usize) -> String {
    let unit = format!("bell{}ran ", "\u{a0}".repeat(50));
    let mut s = unit.repeat(n / unit.len() + 1);
    while s.len() > n {
        s.pop();
    }
    s
}

/// Many organizations, each followed by "the company said": every
/// description looks the organization up, which must not scan them all.
fn patho_companies(n: usize) -> String {
    let mut s = String::with_capacity(n + 128);
    let mut k = 0usize;
    while s.len() < n {
        k += 1;
        push_name(&mut s, 'Q', k);
        s.push_str(" Holdings said profits rose. The company said costs fell.\n\n");
    }
    fit_ascii(s, n, '\n')
}

fn patho_bylines(n: usize) -> String {
    fit_ascii("By Jane Doe\n".repeat(n / 12 + 1), n, '\n')
}

/// ~200 ordinary words and phrases for the bare Aho-Corasick baseline.
fn scan_patterns() -> Vec<String> {
    let mut p: Vec<String> = Vec::new();
    for list in [
        FIRST_NAMES,
        LAST_NAMES,
        HEADLINE_WORDS,
        FILLER_WORDS,
        VERBS,
        SECTION_HEADINGS,
        SUBJECTS,
        CITIES,
    ] {
        for w in list {
            let w = w.to_string();
            if !p.contains(&w) {
                p.push(w);
            }
        }
    }
    for w in [
        "prime minister",
        "interest rate",
        "central bank",
        "people familiar with the matter",
        "told reporters",
        "in a statement",
        "this week",
        "the country",
        "percent",
        "economy",
        "sanctions",
        "ceasefire",
        "agreement",
        "opposition",
    ] {
        let w = w.to_string();
        if !p.contains(&w) {
            p.push(w);
        }
    }
    p
}

// ---------------------------------------------------------------------------

fn main() {
    let mut bench = Bench {
        start: Instant::now(),
        runaway: false,
    };

    // 1. The seed article.
    let o = bench.measure_one(SEED.len(), || parse_one(SEED));
    println!("{:<24} {}", "parse/seed", fmt_outcome(&o));

    // 2 + 4. The generated corpus, parsed article by article and as one
    // input, and the bare Aho-Corasick scan over it as a baseline. The three
    // are measured interleaved so that their ratios are meaningful.
    let articles: Vec<&'static str> = corpus(0x9E37_79B9_7F4A_7C15, CORPUS_BYTES, sentence)
        .into_iter()
        .map(leak)
        .collect();
    let articles: &'static [&'static str] = Box::leak(articles.into_boxed_slice());
    let joined: &'static str = leak(articles.join("\n"));
    assert!(
        joined.len() <= MAX_INPUT,
        "corpus too big: {}",
        joined.len()
    );
    let corpus_bytes: usize = articles.iter().map(|a| a.len()).sum();

    let patterns = scan_patterns();
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("patterns compile");
    let matches = ac.find_iter(joined).count();
    let structure = ArticleParser::builder()
        .entities(EntityMode::Off)
        .quotes(QuoteMode::Off)
        .build()
        .expect("parser builds");
    let no_boilerplate = ArticleParser::builder()
        .entities(EntityMode::Off)
        .quotes(QuoteMode::Off)
        .boilerplate(BoilerplateMode::Off)
        .build()
        .expect("parser builds");
    let no_quotes = ArticleParser::builder()
        .quotes(QuoteMode::Off)
        .build()
        .expect("parser builds");
    let floor_parser = || {
        ArticleParser::builder()
            .entities(EntityMode::Off)
            .quotes(QuoteMode::Off)
            .build()
            .expect("parser builds")
    };
    let (floor_words, floor_lookup) = (floor_parser(), floor_parser());
    let lexicon: FxSet<&'static str> = patterns
        .iter()
        .flat_map(|p| p.split(' '))
        .map(|w| leak(w.to_string()))
        .collect();
    let mut word_spans: Vec<(u32, u32)> = Vec::new();
    let mut lookup_spans: Vec<(u32, u32)> = Vec::new();
    let outcomes = bench.measure(vec![
        (
            joined.len(),
            Box::new(move || {
                black_box(ac.find_iter(black_box(joined)).count());
            }),
        ),
        (
            corpus_bytes,
            Box::new(move || {
                for a in articles {
                    parse_one(a);
                }
            }),
        ),
        (joined.len(), Box::new(move || parse_one(joined))),
        (
            corpus_bytes,
            Box::new(move || {
                for a in articles {
                    drop(black_box(no_boilerplate.parse(black_box(a))));
                }
            }),
        ),
        (
            corpus_bytes,
            Box::new(move || {
                for a in articles {
                    drop(black_box(structure.parse(black_box(a))));
                }
            }),
        ),
        (
            corpus_bytes,
            Box::new(move || {
                for a in articles {
                    drop(black_box(no_quotes.parse(black_box(a))));
                }
            }),
        ),
        (
            corpus_bytes,
            Box::new(move || {
                for a in articles {
                    let article = floor_words.parse(black_box(a)).ok();
                    word_spans.clear();
                    split_words(a, &mut word_spans);
                    black_box((article, &word_spans));
                }
            }),
        ),
        (
            corpus_bytes,
            Box::new(move || {
                for a in articles {
                    let article = floor_lookup.parse(black_box(a)).ok();
                    lookup_spans.clear();
                    split_words(a, &mut lookup_spans);
                    let known = lookup_spans
                        .iter()
                        .filter(|&&(s, e)| lexicon.contains(&a[s as usize..e as usize]))
                        .count();
                    black_box((article, known));
                }
            }),
        ),
    ]);
    let [scan, per_article, whole, bare, structure_only, quotes_off, words, lookup] =
        <[Outcome; 8]>::try_from(outcomes).ok().unwrap();
    println!(
        "{:<24} {}   {} patterns, {} matches (leftmost-longest)",
        "scan/aho-corasick",
        fmt_outcome(&scan),
        patterns.len(),
        matches
    );
    println!(
        "{:<24} {}   {:<16} {}",
        "parse/corpus-articles",
        fmt_outcome(&per_article),
        format!("{} articles", articles.len()),
        fmt_ratio("parse/scan", &per_article, &scan)
    );
    println!(
        "{:<24} {}   {:<16} {}",
        "parse/corpus-joined",
        fmt_outcome(&whole),
        "one input",
        fmt_ratio("parse/scan", &whole, &scan)
    );
    println!(
        "{:<24} {}   {:<16} {}",
        "parse/corpus-bare-structure",
        fmt_outcome(&bare),
        "no entities, no boilerplate",
        fmt_ratio("parse/scan", &bare, &scan)
    );
    println!(
        "{:<24} {}   {:<16} {}",
        "parse/corpus-structure",
        fmt_outcome(&structure_only),
        "entities and quotes off",
        fmt_ratio("parse/scan", &structure_only, &scan)
    );
    println!(
        "{:<24} {}   {:<16} {}",
        "parse/corpus-no-quotes",
        fmt_outcome(&quotes_off),
        "quotes off",
        fmt_ratio("with quotes/without", &per_article, &quotes_off)
    );
    println!(
        "{:<24} {}   {:<16} {}",
        "floor/words",
        fmt_outcome(&words),
        "structure + split at spaces",
        fmt_ratio("parse/scan", &words, &scan)
    );
    println!(
        "{:<24} {}   {:<16} {}",
        "floor/lookup",
        fmt_outcome(&lookup),
        "+ one lookup per word",
        fmt_ratio("parse/scan", &lookup, &scan)
    );

    // 3. Pathological inputs, each at 1 MB and at 10 MB, interleaved.
    type Gen = fn(&mut Rng, usize) -> String;
    let cases: [(&str, Gen); 11] = [
        ("patho/one-line", patho_one_line),
        ("patho/blank-lines", |_, n| patho_blank_lines(n)),
        ("patho/quotes", patho_quotes),
        ("patho/speech", patho_speech),
        ("patho/periods", patho_periods),
        ("patho/headline-lines", patho_headlines),
        ("patho/bylines", |_, n| patho_bylines(n)),
        ("patho/role-headings", |_, n| patho_role_headings(n)),
        ("patho/open-parens", |_, n| patho_open_parens(n)),
        ("patho/companies", |_, n| patho_companies(n)),
        ("patho/nbsp", |_, n| patho_nbsp(n)),
    ];
    for (name, gen) in cases {
        let mut rng = Rng(0x2545_F491_4F6C_DD1D ^ name.len() as u64);
        let small: &'static str = leak(gen(&mut rng, SMALL));
        let large: &'static str = leak(gen(&mut rng, LARGE));
        let outcomes = bench.measure(vec![
            (small.len(), Box::new(move || parse_one(small))),
            (large.len(), Box::new(move || parse_one(large))),
        ]);
        let [os, ol] = <[Outcome; 2]>::try_from(outcomes).ok().unwrap();
        println!(
            "{:<24} {}   {}   {}",
            name,
            fmt_outcome(&os),
            fmt_outcome(&ol),
            fmt_ratio("10M/1M", &ol, &os)
        );
    }

    if bench.runaway {
        println!(
            "note: a timed-out measurement kept running in the background; later rates may be low"
        );
    }
}
