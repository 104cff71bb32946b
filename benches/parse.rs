//! Throughput benchmark for `newsparse::parse_article`.
//!
//! A plain `fn main()` (no bench framework): run with
//! `cargo bench --bench parse`. Every case prints exactly one line:
//!
//! ```text
//! parse/seed                    3.2 KB x 20000      140.2 MB/s
//! scan/aho-corasick-words      12.0 MB x 40         980.1 MB/s   211 patterns, 1234567 matches
//! parse/corpus-articles        12.0 MB x 4          110.3 MB/s   2600 articles   parse/scan 0.113
//! patho/one-line                1.0 MB x 30         150.0 MB/s   10.0 MB x 3      149.0 MB/s   10M/1M 0.99
//! ```
//!
//! `x N` is the number of timed calls (after one warm-up call); the rate is
//! that of the fastest batch of calls, which is the most repeatable figure on
//! a shared machine. Sizes and rates are decimal (1 KB = 1000 bytes,
//! 1 MB = 10^6 bytes).
//! `patho/*` lines measure the same kind of input at 1 MB and at 10 MB; the
//! last column is MB/s at 10 MB divided by MB/s at 1 MB, which stays close to
//! 1 when the parser's cost is linear in its input (it would be near 0.1 if
//! the cost were quadratic).
//!
//! Each measurement runs on a worker thread with a deadline, so a parser
//! that has become pathologically slow cannot hang the benchmark: the line
//! says `TIMEOUT` instead, and the whole run stays within about a minute.

use std::hint::black_box;
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, MatchKind};
use newsparse::parse_article;

const SEED: &str = include_str!("../tests/fixtures/seed-biden-starmer.txt");

/// Minimum measuring time per measurement (after the warm-up), in seconds.
const MIN_SECS: f64 = 0.3;
/// Iterations are timed in batches of about this many seconds...
const BATCH_SECS: f64 = 0.05;
/// ...and at least this many batches.
const MIN_BATCHES: u32 = 2;
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

#[derive(Clone, Copy)]
struct Sample {
    bytes: usize,
    /// Timed iterations (the warm-up call not included).
    iters: u64,
    /// The fastest batch's time per iteration.
    secs_per_iter: f64,
}

impl Sample {
    fn mb_per_s(&self) -> f64 {
        self.bytes as f64 / self.secs_per_iter / 1e6
    }
}

enum Outcome {
    Done(Sample),
    TimedOut(Duration),
}

struct Bench {
    start: Instant,
    runaway: bool,
}

impl Bench {
    /// Runs `f` (which processes `bytes` bytes) on a worker thread: one
    /// warm-up call, then batches of calls for at least `MIN_SECS` and
    /// `MIN_BATCHES` batches. Gives up after `RUN_LIMIT`, or sooner when the
    /// total budget is spent.
    fn measure<F>(&mut self, bytes: usize, mut f: F) -> Outcome
    where
        F: FnMut() + Send + 'static,
    {
        let remaining = TOTAL_LIMIT.saturating_sub(self.start.elapsed());
        let limit = RUN_LIMIT.min(remaining).max(Duration::from_secs(2));
        let (tx, rx) = mpsc::channel();
        thread::spawn(move || {
            // Warm-up, which also sizes the batches.
            let warm = Instant::now();
            f();
            let first = warm.elapsed().as_secs_f64().max(1e-9);
            let per_batch = ((BATCH_SECS / first).ceil() as u64).max(1);
            let start = Instant::now();
            let mut iters = 0;
            let mut batches = 0;
            let mut best = f64::INFINITY;
            while batches < MIN_BATCHES || start.elapsed().as_secs_f64() < MIN_SECS {
                let t = Instant::now();
                for _ in 0..per_batch {
                    f();
                }
                best = best.min(t.elapsed().as_secs_f64() / per_batch as f64);
                iters += per_batch;
                batches += 1;
            }
            let _ = tx.send(Sample {
                bytes,
                iters,
                secs_per_iter: best,
            });
        });
        match rx.recv_timeout(limit) {
            Ok(sample) => Outcome::Done(sample),
            Err(_) => {
                // The worker keeps running (and keeps a core busy) until the
                // process exits; later numbers may be low because of it.
                self.runaway = true;
                Outcome::TimedOut(limit)
            }
        }
    }
}

fn fmt_size(bytes: usize) -> String {
    if bytes < 1_000_000 {
        format!("{:.1} KB", bytes as f64 / 1e3)
    } else {
        format!("{:.1} MB", bytes as f64 / 1e6)
    }
}

/// "   3.2 KB x 20000      140.2 MB/s", or the timeout equivalent.
fn fmt_outcome(o: &Outcome, bytes: usize) -> String {
    match o {
        Outcome::Done(s) => format!(
            "{:>8} x {:<6} {:>10.1} MB/s",
            fmt_size(bytes),
            s.iters,
            s.mb_per_s()
        ),
        Outcome::TimedOut(d) => format!(
            "{:>8} x {:<6} {:>10} >{:.0}s",
            fmt_size(bytes),
            0,
            "TIMEOUT",
            d.as_secs_f64()
        ),
    }
}

fn rate(o: &Outcome) -> Option<f64> {
    match o {
        Outcome::Done(s) => Some(s.mb_per_s()),
        Outcome::TimedOut(_) => None,
    }
}

fn fmt_ratio(label: &str, r: Option<f64>) -> String {
    match r {
        Some(r) => format!("{label} {r:.3}"),
        None => format!("{label} n/a"),
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
fn patho_one_line(rng: &mut Rng, n: usize) -> String {
    let mut s = String::with_capacity(n + 32);
    while s.len() < n {
        s.push_str(rng.pick(FILLER_WORDS));
        s.push(' ');
    }
    fit_ascii(s, n, 'x')
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
    let o = bench.measure(SEED.len(), || parse_one(SEED));
    println!("{:<28} {}", "parse/seed", fmt_outcome(&o, SEED.len()));

    // 2 + 4. The generated corpus, and the bare scan baseline over it.
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
    let o = bench.measure(joined.len(), move || {
        black_box(ac.find_iter(black_box(joined)).count());
    });
    let scan = rate(&o);
    println!(
        "{:<28} {}   {} patterns, {} matches",
        "scan/aho-corasick-words",
        fmt_outcome(&o, joined.len()),
        patterns.len(),
        matches
    );

    let o = bench.measure(corpus_bytes, move || {
        for a in articles {
            parse_one(a);
        }
    });
    println!(
        "{:<28} {}   {} articles   {}",
        "parse/corpus-articles",
        fmt_outcome(&o, corpus_bytes),
        articles.len(),
        fmt_ratio("parse/scan", rate(&o).zip(scan).map(|(p, s)| p / s))
    );

    let o = bench.measure(joined.len(), move || parse_one(joined));
    println!(
        "{:<28} {}   {:<13} {}",
        "parse/corpus-joined",
        fmt_outcome(&o, joined.len()),
        "one input",
        fmt_ratio("parse/scan", rate(&o).zip(scan).map(|(p, s)| p / s))
    );

    // 3. Pathological inputs, each at 1 MB and 10 MB.
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
        let os = bench.measure(small.len(), move || parse_one(small));
        let ol = bench.measure(large.len(), move || parse_one(large));
        println!(
            "{:<28} {}   {}   {}",
            name,
            fmt_outcome(&os, small.len()),
            fmt_outcome(&ol, large.len()),
            fmt_ratio("10M/1M", rate(&ol).zip(rate(&os)).map(|(l, s)| l / s))
        );
    }

    if bench.runaway {
        println!(
            "note: a timed-out measurement kept running in the background; later rates may be low"
        );
    }
}
