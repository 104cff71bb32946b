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
use newsparse::{parse_article, ArticleParser, BoilerplateMode, EntityMode};

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

fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}

/// Parses `text` once, keeping input and output opaque to the optimizer.
#[inline(always)]
fn parse_one(text: &str) {
    let article = parse_article(black_box(text));
    assert!(article.is_ok(), "parse failed: {:?}", article.err());
    drop(black_box(article));
}

// ---------------------------------------------------------------------------
// Deterministic text generation

/// xorshift64* (Vigna): small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x >> 12;
        x ^= x << 25;
        x ^= x >> 27;
        self.0 = x;
        x.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// Uniform in `0..n` (n > 0; the tiny modulo bias does not matter here).
    fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 32) as usize) % n
    }

    /// Uniform in `lo..=hi`.
    fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// True with probability `percent` / 100.
    fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

const FIRST_NAMES: &[&str] = &[
    "Jane", "John", "Maria", "David", "Sarah", "Ahmed", "Li", "Olga", "Carlos", "Emma", "James",
    "Priya", "Kenji", "Fatima", "Lucas", "Anna", "Michael", "Aisha", "Tom", "Elena", "Samuel",
    "Grace", "Omar", "Hannah",
];

const LAST_NAMES: &[&str] = &[
    "Doe", "Smith", "Garcia", "Chen", "Novak", "Okafor", "Schmidt", "Rossi", "Tanaka", "Kowalski",
    "Brown", "Haddad", "Silva", "Nguyen", "Petrov", "Murphy", "Khan", "Dubois", "Jensen", "Walsh",
    "Romero", "Cohen", "Singh", "Baker",
];

const CITIES: &[&str] = &[
    "WASHINGTON",
    "LONDON",
    "NEW YORK",
    "PARIS",
    "BERLIN",
    "TOKYO",
    "KYIV",
    "BEIJING",
    "BRUSSELS",
    "GENEVA",
    "SYDNEY",
    "NAIROBI",
    "MEXICO CITY",
    "SAO PAULO",
    "NEW DELHI",
    "JOHANNESBURG",
    "SEOUL",
    "OTTAWA",
];

const HEADLINE_WORDS: &[&str] = &[
    "Storm",
    "Batters",
    "Coast",
    "Talks",
    "Resume",
    "Markets",
    "Rally",
    "Shares",
    "Slide",
    "Leaders",
    "Weigh",
    "New",
    "Sanctions",
    "Court",
    "Blocks",
    "Plan",
    "Inflation",
    "Cools",
    "Budget",
    "Deal",
    "Stalls",
    "Election",
    "Looms",
    "Protests",
    "Spread",
    "Minister",
    "Resigns",
    "Oil",
    "Prices",
    "Jump",
    "Bank",
    "Holds",
    "Rates",
    "Strike",
    "Ends",
    "Ceasefire",
    "Holds",
    "Vote",
    "Delayed",
    "Missile",
    "Request",
    "Border",
    "Crisis",
    "Deepens",
    "Police",
    "Probe",
    "Factory",
    "Closes",
    "Workers",
    "Rescue",
    "Effort",
    "Expands",
    "Trade",
    "Rules",
    "Tighten",
];

const HEADLINE_SMALL: &[&str] = &[
    "and", "of", "in", "the", "to", "for", "on", "as", "with", "over",
];

const SECTION_HEADINGS: &[&str] = &[
    "Background",
    "What Comes Next",
    "Market Reaction",
    "A Divided Response",
    "The Road Ahead",
    "Why It Matters",
    "Talks in Geneva",
    "Reaction From Allies",
    "Key Questions",
    "Risks for the Economy",
    "A Long Dispute",
    "What to Expect Next",
];

const SUBJECTS: &[&str] = &[
    "The government",
    "Officials",
    "The central bank",
    "Lawmakers",
    "The company",
    "Investors",
    "The ministry",
    "Analysts",
    "The White House",
    "Police",
    "Residents",
    "The committee",
    "Prime Minister Keir Starmer",
    "President Joe Biden",
    "The U.S. Treasury",
    "The U.N. Security Council",
    "Union leaders",
    "Regulators",
];

const VERBS: &[&str] = &[
    "announced",
    "rejected",
    "approved",
    "delayed",
    "criticised",
    "welcomed",
    "proposed",
    "reviewed",
    "expanded",
    "suspended",
    "defended",
    "questioned",
];

const OBJECTS: &[&str] = &[
    "a new package of measures",
    "the budget plan",
    "the proposed merger",
    "fresh sanctions on Moscow",
    "the ceasefire agreement",
    "plans for a new factory",
    "the interest rate decision",
    "the trade rules",
    "emergency funding for the region",
    "the election timetable",
    "the missile request",
    "a report on the economy",
];

const TAILS: &[&str] = &[
    "on Tuesday",
    "late on Monday",
    "at 9 a.m. on Friday",
    "earlier this week",
    "after hours of talks",
    "despite strong opposition",
    "in a statement",
    "ahead of the vote on Jan. 5",
    "at a meeting in St. Louis",
    "following talks at No. 10",
    "according to people familiar with the matter",
    "for the first time since 2019",
];

const QUOTES: &[&str] = &[
    "We will not back down",
    "This is a serious moment for the country",
    "Nobody expected it to happen so quickly",
    "We are close to an agreement",
    "It is too early to say what comes next",
    "The numbers speak for themselves",
    "We need to act now",
    "That's not what we agreed",
];

const SPEAKERS: &[&str] = &[
    "Mr. Smith",
    "Ms. Garcia",
    "Dr. Chen",
    "Gen. Novak",
    "Sen. Murphy",
    "Gov. Walsh",
    "one official",
    "a spokesperson",
    "the minister",
];

const JUNK: &[&str] = &[
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Sign up for our daily newsletter.",
    "Share this article",
    "Follow us on Twitter and Facebook",
];

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

/// A headline-case line of `lo..=hi` words (first word capitalised).
fn headline(rng: &mut Rng, out: &mut String, lo: usize, hi: usize) {
    let n = rng.range(lo, hi);
    for i in 0..n {
        if i > 0 {
            out.push(' ');
        }
        if i > 0 && i + 1 < n && rng.chance(20) {
            out.push_str(rng.pick(HEADLINE_SMALL));
        } else {
            out.push_str(rng.pick(HEADLINE_WORDS));
        }
    }
}

fn sentence(rng: &mut Rng, out: &mut String) {
    match rng.below(10) {
        // Curly double quotes around a quotation.
        0 | 1 => {
            out.push('“');
            out.push_str(rng.pick(QUOTES));
            out.push_str(",” ");
            out.push_str(rng.pick(SPEAKERS));
            out.push_str(" said.");
        }
        // Straight double quotes, speaker first.
        2 => {
            let speaker = rng.pick(SPEAKERS);
            let mut chars = speaker.chars();
            if let Some(c) = chars.next() {
                out.extend(c.to_uppercase());
                out.push_str(chars.as_str());
            }
            out.push_str(" said: \"");
            out.push_str(rng.pick(QUOTES));
            out.push_str(".\"");
        }
        // Single quotes (curly or straight) inside a sentence.
        3 => {
            out.push_str(rng.pick(SUBJECTS));
            out.push_str(" called it a ");
            if rng.chance(50) {
                out.push_str("‘turning point’");
            } else {
                out.push_str("'turning point'");
            }
            out.push_str(" for the country's economy.");
        }
        // Numbers with abbreviations: No. 10, U.S., percent.
        4 => {
            out.push_str("The U.S. economy grew ");
            out.push_str(&format!("{}.{}", rng.range(1, 9), rng.range(0, 9)));
            out.push_str(" percent, data showed, and No. ");
            out.push_str(&rng.range(1, 99).to_string());
            out.push_str(" on the list was ");
            out.push_str(rng.pick(LAST_NAMES));
            out.push_str(" Inc.");
        }
        // Plain declarative sentences.
        _ => {
            out.push_str(rng.pick(SUBJECTS));
            out.push(' ');
            out.push_str(rng.pick(VERBS));
            out.push(' ');
            out.push_str(rng.pick(OBJECTS));
            out.push(' ');
            out.push_str(rng.pick(TAILS));
            if rng.chance(30) {
                out.push_str(", Mr. ");
                out.push_str(rng.pick(LAST_NAMES));
                out.push_str(" told reporters");
            }
            out.push('.');
        }
    }
}

/// A paragraph of 1..=4 sentences, without the line end.
fn paragraph(rng: &mut Rng, out: &mut String) {
    let n = rng.range(1, 4);
    for i in 0..n {
        if i > 0 {
            out.push(' ');
        }
        sentence(rng, out);
    }
}

fn article(rng: &mut Rng) -> String {
    let mut a = String::with_capacity(6000);
    // Some articles put blank lines between paragraphs, most do not.
    let sep = if rng.chance(30) { "\n\n" } else { "\n" };

    headline(rng, &mut a, 4, 9);
    a.push('\n');

    a.push_str("By ");
    a.push_str(rng.pick(FIRST_NAMES));
    a.push(' ');
    a.push_str(rng.pick(LAST_NAMES));
    if rng.chance(25) {
        a.push_str(" and ");
        a.push_str(rng.pick(FIRST_NAMES));
        a.push(' ');
        a.push_str(rng.pick(LAST_NAMES));
    }
    a.push_str(sep);

    a.push_str(rng.pick(CITIES));
    a.push_str(" (Reuters) - ");
    paragraph(rng, &mut a);
    a.push_str(sep);

    let sections = rng.range(2, 5);
    for s in 0..sections {
        if s > 0 {
            a.push_str(rng.pick(SECTION_HEADINGS));
            a.push_str(sep);
        }
        for _ in 0..rng.range(2, 5) {
            paragraph(rng, &mut a);
            a.push_str(sep);
            if rng.chance(8) {
                if rng.chance(50) {
                    a.push_str("Read more: ");
                    headline(rng, &mut a, 3, 7);
                } else {
                    a.push_str(rng.pick(JUNK));
                }
                a.push_str(sep);
            }
        }
    }
    a
}

/// Articles totalling at least `min_bytes`.
fn corpus(seed: u64, min_bytes: usize) -> Vec<String> {
    let mut rng = Rng(seed);
    let mut total = 0;
    let mut out = Vec::new();
    while total < min_bytes {
        let a = article(&mut rng);
        total += a.len();
        out.push(a);
    }
    out
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
    let articles: Vec<&'static str> = corpus(0x9E37_79B9_7F4A_7C15, CORPUS_BYTES)
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
        .build()
        .expect("parser builds");
    let no_boilerplate = ArticleParser::builder()
        .entities(EntityMode::Off)
        .boilerplate(BoilerplateMode::Off)
        .build()
        .expect("parser builds");
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
    ]);
    let [scan, per_article, whole, bare, structure_only] =
        <[Outcome; 5]>::try_from(outcomes).ok().unwrap();
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
        "entities off",
        fmt_ratio("parse/scan", &structure_only, &scan)
    );

    // 3. Pathological inputs, each at 1 MB and at 10 MB, interleaved.
    type Gen = fn(&mut Rng, usize) -> String;
    let cases: [(&str, Gen); 6] = [
        ("patho/one-line", patho_one_line),
        ("patho/blank-lines", |_, n| patho_blank_lines(n)),
        ("patho/quotes", patho_quotes),
        ("patho/periods", patho_periods),
        ("patho/headline-lines", patho_headlines),
        ("patho/bylines", |_, n| patho_bylines(n)),
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
