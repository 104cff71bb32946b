//! Gazetteer benchmark: building gazetteers, and what matching one costs a
//! parse.
//!
//! A plain `fn main()` (no bench framework): run with
//! `cargo bench --bench gazetteer`. Every case prints exactly one line:
//!
//! ```text
//! build/default             1520 entries  5642 patterns  9.48 ms (target <= 20 ms: ok)   peak 5.3 MB  retained 1.1 MB  x 50
//! build/synthetic-10k      10000 entries ... patterns   ... ms                           peak ... MB  retained ... MB  builder ... MB  x 5
//! build/synthetic-100k    100000 entries ...
//! build/synthetic-1M     1000000 entries ... patterns   ... s (target <= 1.5 s: ok|OVER)  peak ... MB (target <= 400 MB: ok|OVER)  ...
//! scan/default-patterns    10.0 MB x N   ... MB/s   ... patterns, ... matches (leftmost-longest)
//! parse/default-gazetteer  10.0 MB x N   ... MB/s   ... gazetteer mentions   parse/scan ... (target >= 0.5: ok|MISS)
//! parse/empty-gazetteer    10.0 MB x N   ... MB/s   ... discovered mentions  matching the default gazetteer costs ...% of a parse
//! parse/structure-only     10.0 MB x N   ... MB/s   entities off             structure/scan ...: the ceiling of parse/scan
//! ```
//!
//! * `build/default`: `Gazetteer::builder_with_default().build()`, the
//!   shipped gazetteer compiled again from its entries (the default parser's
//!   own copy is a lazy static, compiled once per process).
//! * `build/synthetic-*`: `GazetteerBuilder::build()` over 10k, 100k and 1M
//!   generated entries: names of one to four capitalised words made of
//!   syllables, people, organizations (some with an acronym alias) and
//!   places (some with an alias, about 10% of all entries with a demonym).
//!   `peak` is the most heap the build held at once on top of what was
//!   allocated before it (the builder and its entries), `retained` what the
//!   gazetteer keeps once built, `builder` the filled builder itself. Heap
//!   is counted by a global allocator wrapping the system one, in requested
//!   bytes (allocator overhead and fragmentation are not included).
//! * `scan/default-patterns`: the baseline, a bare leftmost-longest
//!   Aho-Corasick scan over the corpus for the default gazetteer's patterns,
//!   rebuilt from its entries the way the gazetteer compiles them (every
//!   name, alias and demonym, plus the ALL-CAPS spelling of those that are
//!   not acronyms and have 4 letters or more).
//! * `parse/*`: the corpus of generated news-like articles (those of
//!   `benches/parse.rs`, from the generator in `benches/common`, plus
//!   sentences naming entries of the default gazetteer) parsed article by
//!   article with the default gazetteer, with `Gazetteer::empty()`, and
//!   with `EntityMode::Off` (the structure alone), quotes off in all three.
//!   `parse/scan` is the parse rate over the scan rate; `structure/scan`
//!   bounds it from above, as no entity stage can make a parse faster than
//!   the structure alone.
//!
//! Build times are the fastest of a few builds (one for 1M entries); peaks
//! are those of the first build. `x N` is the number of timed passes after
//! a warm-up pass; the rate is that of the fastest batch. The scan and the
//! three parses are measured interleaved, batch by batch, so that they see the
//! same machine conditions. Sizes and rates are decimal (1 MB = 10^6
//! bytes).

use std::alloc::{GlobalAlloc, Layout, System};
use std::hint::black_box;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use aho_corasick::{AhoCorasick, MatchKind};
use newsparse::{
    ArticleParser, EntityKind, EntityMode, EntitySource, Gazetteer, GazetteerBuilder,
    GazetteerEntry, QuoteMode,
};

mod common;

use common::{corpus, leak, Rng, OBJECTS, SUBJECTS, TAILS, VERBS};

/// The generated corpus is at least this many bytes.
const CORPUS_BYTES: usize = 10_000_000;
/// Minimum measuring time per throughput job (after its warm-up pass).
const MIN_SECS: f64 = 1.0;
/// Passes are timed in batches of about this many seconds...
const BATCH_SECS: f64 = 0.2;
/// ...and at least this many batches per job.
const MIN_BATCHES: u32 = 3;
/// Targets printed next to the figures.
const TARGET_1M_SECS: f64 = 1.5;
const TARGET_1M_PEAK_MB: f64 = 400.0;
const TARGET_DEFAULT_MS: f64 = 20.0;
const TARGET_PARSE_OVER_SCAN: f64 = 0.5;

// ---------------------------------------------------------------------------
// Counting the heap

/// Bytes currently allocated, and the most allocated at once since the last
/// `reset_peak`.
static CURRENT: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

/// The system allocator, counting requested bytes.
struct Counting;

impl Counting {
    fn grow(n: usize) {
        let now = CURRENT.fetch_add(n, Ordering::Relaxed) + n;
        PEAK.fetch_max(now, Ordering::Relaxed);
    }

    fn shrink(n: usize) {
        CURRENT.fetch_sub(n, Ordering::Relaxed);
    }
}

// SAFETY: every call is forwarded unchanged to `System`, which upholds the
// `GlobalAlloc` contract; the wrapper only updates two atomic counters, which
// neither allocates nor unwinds.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc(layout);
        if !p.is_null() {
            Counting::grow(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        let p = System.alloc_zeroed(layout);
        if !p.is_null() {
            Counting::grow(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        System.dealloc(ptr, layout);
        Counting::shrink(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        let p = System.realloc(ptr, layout, new_size);
        if !p.is_null() {
            if new_size >= layout.size() {
                Counting::grow(new_size - layout.size());
            } else {
                Counting::shrink(layout.size() - new_size);
            }
        }
        p
    }
}

#[global_allocator]
static ALLOC: Counting = Counting;

fn heap_now() -> usize {
    CURRENT.load(Ordering::Relaxed)
}

/// Starts a new peak from the current heap size, which it returns.
fn reset_peak() -> usize {
    let now = CURRENT.load(Ordering::Relaxed);
    PEAK.store(now, Ordering::Relaxed);
    now
}

fn peak() -> usize {
    PEAK.load(Ordering::Relaxed)
}

fn mb(bytes: usize) -> f64 {
    bytes as f64 / 1e6
}

// ---------------------------------------------------------------------------
// Synthetic gazetteer entries

const SYLLABLES: &[&str] = &[
    "ka", "lo", "mar", "ven", "ti", "sa", "ber", "do", "ra", "nel", "vi", "tor", "an", "gus", "mi",
    "ro", "bel", "fen", "dra", "ko", "sol", "ta", "rin", "cha", "lu", "per", "is", "mon", "gar",
    "el", "os", "tu", "zen", "qua", "hal", "dor", "wyn", "bri", "ast", "ule", "ne", "jo", "har",
    "li", "mer", "sto", "va", "den",
];

const ORG_SUFFIXES: &[&str] = &[
    "Group",
    "Holdings",
    "Bank",
    "Institute",
    "Party",
    "Council",
    "Airlines",
    "Energy",
    "Foundation",
    "University",
    "Motors",
    "Agency",
];

const PLACE_PREFIXES: &[&str] = &["New", "San", "Port", "Lake", "North", "Saint", "Fort"];

const DEMONYM_SUFFIXES: &[&str] = &["ian", "ese", "i", "an", "ish"];

/// A capitalised word of one to three syllables (mostly two).
fn word(rng: &mut Rng, out: &mut String) {
    let n = match rng.below(10) {
        0 | 1 => 1,
        2..=7 => 2,
        _ => 3,
    };
    for i in 0..n {
        let s = rng.pick(SYLLABLES);
        if i == 0 {
            let mut chars = s.chars();
            if let Some(c) = chars.next() {
                out.extend(c.to_uppercase());
                out.push_str(chars.as_str());
            }
        } else {
            out.push_str(s);
        }
    }
}

fn words(rng: &mut Rng, n: usize) -> String {
    let mut s = String::with_capacity(12 * n);
    for i in 0..n {
        if i > 0 {
            s.push(' ');
        }
        word(rng, &mut s);
    }
    s
}

/// The initials of a multi-word name ("Kalo Venti Group" -> "KVG").
fn acronym(name: &str) -> String {
    name.split(' ')
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect()
}

/// One synthetic entry: 40% people, 30% organizations, 30% places.
fn synthetic_entry(rng: &mut Rng, i: usize) -> GazetteerEntry {
    let id = format!("e{i}");
    match rng.below(10) {
        0..=3 => {
            // A person: given name(s) and surname, sometimes "K. Surname".
            let n = if rng.chance(15) { 3 } else { 2 };
            let name = words(rng, n);
            let mut e = GazetteerEntry::new(id, EntityKind::Person, name.clone());
            if rng.chance(10) {
                let initial = name.chars().next().unwrap_or('X');
                let surname = name.rsplit(' ').next().unwrap_or(&name);
                e = e.alias(format!("{initial}. {surname}"));
            }
            e
        }
        4..=6 => {
            // An organization: one to three words, often with a suffix, often
            // also known by its initials.
            let n = rng.range(1, 3);
            let mut name = words(rng, n);
            if rng.chance(60) {
                name.push(' ');
                name.push_str(rng.pick(ORG_SUFFIXES));
            }
            let mut e = GazetteerEntry::new(id, EntityKind::Organization, name.clone());
            if name.contains(' ') && rng.chance(50) {
                e = e.alias(acronym(&name));
            }
            e
        }
        _ => {
            // A place: one or two words, sometimes with a prefix; a third
            // have a demonym (10% of all entries), some an older name.
            let n = if rng.chance(20) { 2 } else { 1 };
            let stem = words(rng, n);
            let name = if rng.chance(15) {
                format!("{} {stem}", rng.pick(PLACE_PREFIXES))
            } else {
                stem.clone()
            };
            let mut e = GazetteerEntry::new(id, EntityKind::Location, name);
            if rng.chance(10) {
                e = e.alias(words(rng, 1));
            }
            if rng.chance(33) {
                let base = stem.split(' ').next().unwrap_or(&stem);
                let base = base.trim_end_matches(['a', 'e', 'i', 'o', 'u']);
                e = e.demonym(format!("{base}{}", rng.pick(DEMONYM_SUFFIXES)));
            }
            e
        }
    }
}

fn synthetic_builder(n: usize) -> GazetteerBuilder {
    let mut rng = Rng(0xD1B5_4A32_D192_ED03 ^ n as u64);
    let mut b = Gazetteer::builder();
    for i in 0..n {
        b.entry(synthetic_entry(&mut rng, i));
    }
    b
}

/// The number of automaton patterns, from the `Debug` form
/// (`Gazetteer { entries: 3, patterns: 7 }`).
fn pattern_count(g: &Gazetteer) -> Option<usize> {
    let dbg = format!("{g:?}");
    let rest = &dbg[dbg.find("patterns: ")? + "patterns: ".len()..];
    let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// The patterns a gazetteer compiles, rebuilt from its entries: every name,
/// alias and demonym (trimmed, non-empty), plus the ALL-CAPS spelling of
/// those that are not acronyms and have at least 4 letters; each once.
fn gazetteer_patterns(g: &Gazetteer) -> Vec<String> {
    let mut seen = std::collections::HashSet::new();
    let mut out = Vec::new();
    for e in g.entries() {
        let forms = std::iter::once(&e.name)
            .chain(&e.aliases)
            .chain(&e.demonyms);
        for form in forms {
            let form = form.trim();
            if form.is_empty() {
                continue;
            }
            let acronym =
                form.chars().any(char::is_alphabetic) && !form.chars().any(char::is_lowercase);
            let letters = form.chars().filter(|c| c.is_alphabetic()).count();
            let mut add = |p: String| {
                if seen.insert(p.clone()) {
                    out.push(p);
                }
            };
            add(form.to_string());
            if !acronym && letters >= 4 {
                add(form.to_uppercase());
            }
        }
    }
    out
}

fn verdict(ok: bool, miss: &str) -> &str {
    if ok {
        "ok"
    } else {
        miss
    }
}

fn fmt_secs(secs: f64) -> String {
    if secs < 1.0 {
        format!("{:.2} ms", secs * 1e3)
    } else {
        format!("{secs:.3} s")
    }
}

// ---------------------------------------------------------------------------
// Case 1: building

/// Builds `builder` `runs` times; gives the fastest time, the first build's
/// peak above the heap before it, and what the gazetteer retains.
fn measure_build(builder: &GazetteerBuilder, runs: usize) -> (Gazetteer, f64, usize, usize) {
    let mut best = f64::INFINITY;
    let mut first: Option<(Gazetteer, usize, usize)> = None;
    for _ in 0..runs {
        let base = reset_peak();
        let t = Instant::now();
        let g = black_box(builder.build()).expect("gazetteer builds");
        best = best.min(t.elapsed().as_secs_f64());
        let build_peak = peak().saturating_sub(base);
        let retained = heap_now().saturating_sub(base);
        if first.is_none() {
            first = Some((g, build_peak, retained));
        }
    }
    let (g, build_peak, retained) = first.expect("at least one run");
    (g, best, build_peak, retained)
}

/// One build case's figures.
struct BuildLine<'a> {
    label: &'a str,
    entries: usize,
    patterns: Option<usize>,
    secs: f64,
    /// The time target, in seconds, if any.
    secs_target: Option<f64>,
    peak: usize,
    /// The peak target, in MB, if any.
    peak_target: Option<f64>,
    retained: usize,
    /// The filled builder's own heap, when it is built beforehand.
    builder: Option<usize>,
    runs: usize,
}

impl BuildLine<'_> {
    fn print(&self) {
        let secs_target = self.secs_target.map_or(String::new(), |t| {
            let limit = if t < 1.0 {
                format!("{} ms", t * 1e3)
            } else {
                format!("{t} s")
            };
            format!("(target <= {limit}: {})", verdict(self.secs <= t, "OVER"))
        });
        let peak_target = self.peak_target.map_or(String::new(), |t| {
            format!(
                "(target <= {t:.0} MB: {})",
                verdict(mb(self.peak) <= t, "OVER")
            )
        });
        let builder = self
            .builder
            .map_or(String::new(), |b| format!("builder {:>7.1} MB", mb(b)));
        println!(
            "{:<24} {:>8} entries {:>9} patterns {:>10} {:<27} peak {:>7.1} MB {:<26} retained {:>7.1} MB   {builder:<18}   x {}",
            self.label,
            self.entries,
            self.patterns.map_or("?".to_string(), |p| p.to_string()),
            fmt_secs(self.secs),
            secs_target,
            mb(self.peak),
            peak_target,
            mb(self.retained),
            self.runs,
        );
    }
}

fn bench_default_build() {
    let entries = Gazetteer::default().len();
    // Warm-up, then the fastest of several builds (the whole expression:
    // a builder filled from the default entries, then compiled).
    drop(black_box(Gazetteer::builder_with_default().build()));
    let mut best = f64::INFINITY;
    let mut first: Option<(usize, usize, Option<usize>)> = None;
    let start = Instant::now();
    let mut runs = 0;
    while runs < 5 || (runs < 200 && start.elapsed() < Duration::from_millis(500)) {
        let base = reset_peak();
        let t = Instant::now();
        let g = black_box(Gazetteer::builder_with_default().build()).expect("default builds");
        best = best.min(t.elapsed().as_secs_f64());
        if first.is_none() {
            let retained = heap_now().saturating_sub(base);
            first = Some((peak().saturating_sub(base), retained, pattern_count(&g)));
        }
        drop(g);
        runs += 1;
    }
    let (peak, retained, patterns) = first.expect("at least one run");
    BuildLine {
        label: "build/default",
        entries,
        patterns,
        secs: best,
        secs_target: Some(TARGET_DEFAULT_MS / 1e3),
        peak,
        peak_target: None,
        retained,
        builder: None,
        runs,
    }
    .print();
}

fn bench_synthetic_build(label: &str, n: usize, runs: usize) {
    let before = heap_now();
    let builder = synthetic_builder(n);
    let builder_bytes = heap_now().saturating_sub(before);
    let (g, secs, peak, retained) = measure_build(&builder, runs);
    let million = n == 1_000_000;
    BuildLine {
        label,
        entries: g.len(),
        patterns: pattern_count(&g),
        secs,
        secs_target: million.then_some(TARGET_1M_SECS),
        peak,
        peak_target: million.then_some(TARGET_1M_PEAK_MB),
        retained,
        builder: Some(builder_bytes),
        runs,
    }
    .print();
    drop(g);
    drop(builder);
}

// ---------------------------------------------------------------------------
// Case 2: throughput (the corpus generator of benches/common, with sentences
// naming gazetteer entries)

/// Surface forms of the default gazetteer for the generated text to
/// mention: names and aliases, and demonyms apart.
struct Mentions {
    names: Vec<&'static str>,
    demonyms: Vec<&'static str>,
}

impl Mentions {
    fn from(g: &Gazetteer) -> Mentions {
        let mut names = Vec::new();
        let mut demonyms = Vec::new();
        for e in g.entries() {
            names.push(leak(e.name.clone()));
            names.extend(e.aliases.iter().map(|a| leak(a.clone())));
            demonyms.extend(e.demonyms.iter().map(|d| leak(d.clone())));
        }
        if names.is_empty() {
            names.push("Atlantis");
        }
        if demonyms.is_empty() {
            demonyms.push("Atlantean");
        }
        Mentions { names, demonyms }
    }
}

/// One sentence: the kinds `common::sentence` writes, and sentences naming
/// entries of the gazetteer (one in six).
fn sentence(rng: &mut Rng, m: &Mentions, out: &mut String) {
    match rng.below(12) {
        // Gazetteer names: places, organizations, demonyms.
        5 => {
            out.push_str(rng.pick(SUBJECTS));
            out.push_str(" met officials from ");
            out.push_str(rng.pick(&m.names));
            out.push_str(" and ");
            out.push_str(rng.pick(&m.names));
            out.push_str(" in ");
            out.push_str(rng.pick(&m.names));
            out.push(' ');
            out.push_str(rng.pick(TAILS));
            out.push('.');
        }
        6 => {
            out.push_str("The ");
            out.push_str(rng.pick(&m.demonyms));
            out.push_str(" delegation ");
            out.push_str(rng.pick(VERBS));
            out.push(' ');
            out.push_str(rng.pick(OBJECTS));
            out.push_str(", a spokesperson for ");
            out.push_str(rng.pick(&m.names));
            out.push_str(" said.");
        }
        roll => common::sentence(rng, roll, out),
    }
}

/// One throughput job: a pass over the corpus.
type Job<'a> = Box<dyn FnMut() + 'a>;

/// Runs every job once (warm-up), then in rounds one batch each until every
/// job has had `MIN_BATCHES` batches and `MIN_SECS` of timed passes. Gives
/// each job's passes and its fastest batch's seconds per pass.
fn measure(jobs: &mut [Job]) -> Vec<(u64, f64)> {
    let mut per_batch = Vec::with_capacity(jobs.len());
    for job in jobs.iter_mut() {
        let t = Instant::now();
        job();
        let first = t.elapsed().as_secs_f64();
        per_batch.push(((BATCH_SECS / first.max(1e-9)).ceil() as u64).max(1));
    }
    let mut iters = vec![0u64; jobs.len()];
    let mut best = vec![f64::INFINITY; jobs.len()];
    let mut spent = vec![0f64; jobs.len()];
    let mut rounds = 0;
    while rounds < MIN_BATCHES || spent.iter().any(|&s| s < MIN_SECS) {
        for (j, job) in jobs.iter_mut().enumerate() {
            let t = Instant::now();
            for _ in 0..per_batch[j] {
                job();
            }
            let secs = t.elapsed().as_secs_f64();
            spent[j] += secs;
            best[j] = best[j].min(secs / per_batch[j] as f64);
            iters[j] += per_batch[j];
        }
        rounds += 1;
    }
    iters.into_iter().zip(best).collect()
}

fn bench_throughput() {
    let default = Gazetteer::default();
    let mentions = Mentions::from(&default);
    let articles = corpus(0x9E37_79B9_7F4A_7C15, CORPUS_BYTES, |rng, out| {
        sentence(rng, &mentions, out)
    });
    let bytes: usize = articles.iter().map(String::len).sum();

    let patterns = gazetteer_patterns(&default);
    let compiled = pattern_count(&default);
    assert!(
        compiled.map_or(true, |c| c == patterns.len()),
        "rebuilt {} patterns, the gazetteer has {compiled:?}",
        patterns.len()
    );
    let ac = AhoCorasick::builder()
        .match_kind(MatchKind::LeftmostLongest)
        .build(&patterns)
        .expect("patterns compile");
    let matches: usize = articles.iter().map(|a| ac.find_iter(a).count()).sum();

    // Quotes off throughout: this bench is about entities
    // (`benches/parse.rs` measures the whole parse).
    let full = ArticleParser::builder()
        .quotes(QuoteMode::Off)
        .build()
        .expect("parser builds");
    let empty = ArticleParser::builder()
        .gazetteer(Gazetteer::empty())
        .quotes(QuoteMode::Off)
        .build()
        .expect("parser builds");
    let structure = ArticleParser::builder()
        .entities(EntityMode::Off)
        .quotes(QuoteMode::Off)
        .build()
        .expect("parser builds");
    let count = |parse: &dyn Fn(&str) -> newsparse::Article, source: EntitySource| -> usize {
        articles
            .iter()
            .map(|a| {
                parse(a)
                    .entities
                    .iter()
                    .filter(|e| e.source == source)
                    .map(|e| e.mentions.len())
                    .sum::<usize>()
            })
            .sum()
    };
    let gazetteer_mentions = count(&|a| full.parse(a).expect("parses"), EntitySource::Gazetteer);
    let discovered_mentions = count(
        &|a| empty.parse(a).expect("parses"),
        EntitySource::Discovered,
    );

    let mut jobs: Vec<Job> = vec![
        Box::new(|| {
            for a in &articles {
                black_box(ac.find_iter(black_box(a.as_str())).count());
            }
        }),
        Box::new(|| {
            for a in &articles {
                drop(black_box(full.parse(black_box(a))));
            }
        }),
        Box::new(|| {
            for a in &articles {
                drop(black_box(empty.parse(black_box(a))));
            }
        }),
        Box::new(|| {
            for a in &articles {
                drop(black_box(structure.parse(black_box(a))));
            }
        }),
    ];
    let results = measure(&mut jobs);
    drop(jobs);
    let rate = |j: usize| bytes as f64 / results[j].1 / 1e6;
    let (scan, parse, bare, shape) = (rate(0), rate(1), rate(2), rate(3));
    let size = format!("{:.1} MB", mb(bytes));
    println!(
        "{:<24} {size:>8} x {:<5} {scan:>9.1} MB/s   {} patterns, {matches} matches (leftmost-longest)",
        "scan/default-patterns",
        results[0].0,
        patterns.len(),
    );
    println!(
        "{:<24} {size:>8} x {:<5} {parse:>9.1} MB/s   {:<26} parse/scan {:.3} (target >= {TARGET_PARSE_OVER_SCAN}: {})",
        "parse/default-gazetteer",
        results[1].0,
        format!("{gazetteer_mentions} gazetteer mentions"),
        parse / scan,
        verdict(parse / scan >= TARGET_PARSE_OVER_SCAN, "MISS"),
    );
    // Time per MB with the gazetteer over time per MB without it.
    let matching = 1.0 - bare.recip() / parse.recip();
    println!(
        "{:<24} {size:>8} x {:<5} {bare:>9.1} MB/s   {:<26} matching the default gazetteer costs {:.1}% of a parse",
        "parse/empty-gazetteer",
        results[2].0,
        format!("{discovered_mentions} discovered mentions"),
        matching * 100.0,
    );
    println!(
        "{:<24} {size:>8} x {:<5} {shape:>9.1} MB/s   {:<26} structure/scan {:.3}: the ceiling of parse/scan",
        "parse/structure-only",
        results[3].0,
        "entities off",
        shape / scan,
    );
}

// ---------------------------------------------------------------------------

fn main() {
    bench_default_build();
    bench_synthetic_build("build/synthetic-10k", 10_000, 5);
    bench_synthetic_build("build/synthetic-100k", 100_000, 3);
    bench_synthetic_build("build/synthetic-1M", 1_000_000, 1);
    bench_throughput();
}
