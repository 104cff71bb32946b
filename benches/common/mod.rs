//! The corpus generator both benches share: deterministic news-like
//! articles (title, byline, wire dateline, headings, paragraphs with
//! abbreviations and quotes, boilerplate lines).
//!
//! A module in a subdirectory, so that Cargo does not take it for a bench
//! target of its own; each bench includes it with `mod common;`. Each bench
//! draws its own mix of sentences and passes its sentence generator to
//! [`corpus`]; [`sentence`] writes the kinds both use
//! (`benches/gazetteer.rs` adds sentences naming gazetteer entries).

/// xorshift64* (Vigna): small, fast, deterministic.
pub struct Rng(pub u64);

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
    pub fn below(&mut self, n: usize) -> usize {
        ((self.next() >> 32) as usize) % n
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + self.below(hi - lo + 1)
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.below(items.len())]
    }

    /// True with probability `percent` / 100.
    pub fn chance(&mut self, percent: usize) -> bool {
        self.below(100) < percent
    }
}

pub const FIRST_NAMES: &[&str] = &[
    "Jane", "John", "Maria", "David", "Sarah", "Ahmed", "Li", "Olga", "Carlos", "Emma", "James",
    "Priya", "Kenji", "Fatima", "Lucas", "Anna", "Michael", "Aisha", "Tom", "Elena", "Samuel",
    "Grace", "Omar", "Hannah",
];

pub const LAST_NAMES: &[&str] = &[
    "Doe", "Smith", "Garcia", "Chen", "Novak", "Okafor", "Schmidt", "Rossi", "Tanaka", "Kowalski",
    "Brown", "Haddad", "Silva", "Nguyen", "Petrov", "Murphy", "Khan", "Dubois", "Jensen", "Walsh",
    "Romero", "Cohen", "Singh", "Baker",
];

pub const CITIES: &[&str] = &[
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

pub const HEADLINE_WORDS: &[&str] = &[
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

pub const HEADLINE_SMALL: &[&str] = &[
    "and", "of", "in", "the", "to", "for", "on", "as", "with", "over",
];

pub const SECTION_HEADINGS: &[&str] = &[
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

pub const SUBJECTS: &[&str] = &[
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

pub const VERBS: &[&str] = &[
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

pub const OBJECTS: &[&str] = &[
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

pub const TAILS: &[&str] = &[
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

pub const QUOTES: &[&str] = &[
    "We will not back down",
    "This is a serious moment for the country",
    "Nobody expected it to happen so quickly",
    "We are close to an agreement",
    "It is too early to say what comes next",
    "The numbers speak for themselves",
    "We need to act now",
    "That's not what we agreed",
];

pub const SPEAKERS: &[&str] = &[
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

pub const JUNK: &[&str] = &[
    "Advertisement",
    "ADVERTISEMENT",
    "Story continues below advertisement",
    "Sign up for our daily newsletter.",
    "Share this article",
    "Follow us on Twitter and Facebook",
];

/// A headline-case line of `lo..=hi` words (first word capitalised).
pub fn headline(rng: &mut Rng, out: &mut String, lo: usize, hi: usize) {
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

/// One sentence of the kind `roll` picks: 0 and 1 a quotation in curly
/// double quotes, 2 one in straight double quotes with the speaker first, 3
/// single quotes inside a sentence, 4 numbers with abbreviations, anything
/// else a plain declarative sentence. Each bench draws `roll` itself
/// (`rng.below(n)`), so that it can mix in kinds of its own.
pub fn sentence(rng: &mut Rng, roll: usize, out: &mut String) {
    match roll {
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
fn paragraph<S>(rng: &mut Rng, out: &mut String, sentence: &mut S)
where
    S: FnMut(&mut Rng, &mut String),
{
    let n = rng.range(1, 4);
    for i in 0..n {
        if i > 0 {
            out.push(' ');
        }
        sentence(rng, out);
    }
}

/// One article, its sentences written by `sentence`.
fn article<S>(rng: &mut Rng, sentence: &mut S) -> String
where
    S: FnMut(&mut Rng, &mut String),
{
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
    paragraph(rng, &mut a, sentence);
    a.push_str(sep);

    let sections = rng.range(2, 5);
    for s in 0..sections {
        if s > 0 {
            a.push_str(rng.pick(SECTION_HEADINGS));
            a.push_str(sep);
        }
        for _ in 0..rng.range(2, 5) {
            paragraph(rng, &mut a, sentence);
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

/// Articles totalling at least `min_bytes`, generated from `seed`, their
/// sentences written by `sentence`.
pub fn corpus<S>(seed: u64, min_bytes: usize, mut sentence: S) -> Vec<String>
where
    S: FnMut(&mut Rng, &mut String),
{
    let mut rng = Rng(seed);
    let mut total = 0;
    let mut out = Vec::new();
    while total < min_bytes {
        let a = article(&mut rng, &mut sentence);
        total += a.len();
        out.push(a);
    }
    out
}

/// Leaks `s`, for inputs that the benches' jobs borrow for the rest of the
/// process.
pub fn leak(s: String) -> &'static str {
    Box::leak(s.into_boxed_str())
}
