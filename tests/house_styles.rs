//! Hand-written articles in several house styles (AP, Reuters, Guardian, a
//! scraped web page, hard-wrapped Markdown, CRLF text with odd white space,
//! all-caps headings, a live blog), and table-driven tests of single rules
//! with negatives beside positives.
//!
//! Every fixture is checked for its title, byline and authors, dateline,
//! sections and their paragraph counts, boilerplate and reasons, a few
//! sentence splits, exact spans and "nothing is lost" coverage.

use newsparse::{
    parse_article, Article, ArticleParser, BoilerplateMode, BoilerplateReason, HeadingStyle, Span,
};

use BoilerplateReason::*;
use HeadingStyle::*;

// ---------------------------------------------------------------------------
// Helpers
// ---------------------------------------------------------------------------

/// White space for the "nothing is lost" guarantee.
fn is_ws(c: char) -> bool {
    c.is_whitespace() || matches!(c, '\u{feff}' | '\u{200b}')
}

/// Collapses runs of white space to one space, so that sentences of
/// hard-wrapped paragraphs compare with their one-line form.
fn norm(s: &str) -> String {
    s.split(is_ws)
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

fn slice(text: &str, span: Span) -> &str {
    text.get(span.range())
        .unwrap_or_else(|| panic!("span {span:?} is not a valid range of the input"))
}

/// Every piece's text is `&text[span]`, nested spans lie inside their
/// parents, sentences are trimmed and in order.
fn assert_spans(name: &str, text: &str, a: &Article) {
    if let Some(t) = &a.title {
        assert_eq!(slice(text, t.span), t.text, "{name}: title span");
        assert!(t.line.contains(t.span), "{name}: title line");
    }
    if let Some(b) = &a.byline {
        assert_eq!(slice(text, b.span), b.text, "{name}: byline span");
        for author in &b.authors {
            assert_eq!(slice(text, author.span), author.text, "{name}: author");
            assert!(b.span.contains(author.span), "{name}: author in byline");
        }
    }
    if let Some(d) = &a.dateline {
        assert_eq!(slice(text, d.span), d.text, "{name}: dateline span");
        assert!(d.text.starts_with(&d.place), "{name}: dateline place");
        for part in [&d.date, &d.agency].into_iter().flatten() {
            assert!(
                d.text.contains(part.as_str()),
                "{name}: {part:?} in dateline"
            );
        }
    }
    for h in a.headings() {
        assert_eq!(slice(text, h.span), h.text, "{name}: heading span");
        assert!(h.line.contains(h.span), "{name}: heading line");
    }
    for p in a.paragraphs() {
        assert_eq!(slice(text, p.span), p.text, "{name}: paragraph span");
        assert!(
            !p.sentences.is_empty(),
            "{name}: no sentences in {:?}",
            p.text
        );
        let mut last_end = p.span.start;
        for &s in &p.sentences {
            assert!(p.span.contains(s), "{name}: sentence outside paragraph");
            assert!(s.start >= last_end, "{name}: sentences out of order");
            let st = slice(text, s);
            assert!(
                !st.is_empty() && st.trim_matches(is_ws) == st,
                "{name}: {st:?}"
            );
            last_end = s.end;
        }
    }
    for b in &a.boilerplate {
        assert_eq!(slice(text, b.span), b.text, "{name}: boilerplate span");
    }
}

/// "Nothing is lost": every non-white-space byte of `text` lies in exactly
/// one of the title line, the byline, the dateline, a heading line, a
/// paragraph or a boilerplate item, and no byte lies in two of them.
fn assert_coverage(name: &str, text: &str, a: &Article) {
    let mut pieces: Vec<(String, Span)> = Vec::new();
    if let Some(t) = &a.title {
        pieces.push(("title".into(), t.line));
    }
    if let Some(b) = &a.byline {
        pieces.push(("byline".into(), b.span));
    }
    if let Some(d) = &a.dateline {
        pieces.push(("dateline".into(), d.span));
    }
    for (i, s) in a.sections.iter().enumerate() {
        if let Some(h) = &s.heading {
            pieces.push((format!("heading {i}"), h.line));
        }
        for (j, p) in s.paragraphs.iter().enumerate() {
            pieces.push((format!("paragraph {i}.{j}"), p.span));
        }
    }
    for (i, b) in a.boilerplate.iter().enumerate() {
        pieces.push((format!("boilerplate {i}"), b.span));
    }
    let mut owner: Vec<Option<usize>> = vec![None; text.len()];
    for (k, (label, span)) in pieces.iter().enumerate() {
        slice(text, *span);
        for byte in span.range() {
            if let Some(prev) = owner[byte] {
                panic!(
                    "{name}: byte {byte} lies in both {} and {label}",
                    pieces[prev].0
                );
            }
            owner[byte] = Some(k);
        }
    }
    for (i, c) in text.char_indices() {
        if is_ws(c) {
            continue;
        }
        let bytes = &owner[i..i + c.len_utf8()];
        if let Some(off) = bytes.iter().position(Option::is_none) {
            let from = floor_boundary(text, i.saturating_sub(30));
            let to = floor_boundary(text, i + 30);
            panic!(
                "{name}: byte {} ({c:?}) is in no piece, near {:?}",
                i + off,
                &text[from..to]
            );
        }
    }
}

/// The largest char boundary of `text` at or below `i`.
fn floor_boundary(text: &str, i: usize) -> usize {
    let mut i = i.min(text.len());
    while !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

fn parse(name: &str, text: &str) -> Article {
    let a = parse_article(text).unwrap_or_else(|e| panic!("{name}: {e}"));
    assert_spans(name, text, &a);
    assert_coverage(name, text, &a);
    a
}

fn paragraph_texts(a: &Article) -> Vec<String> {
    a.paragraphs().map(|p| norm(&p.text)).collect()
}

fn sections_of(a: &Article) -> Vec<(Option<(String, HeadingStyle)>, usize)> {
    a.sections
        .iter()
        .map(|s| {
            (
                s.heading.as_ref().map(|h| (h.text.clone(), h.style)),
                s.paragraphs.len(),
            )
        })
        .collect()
}

/// A small article around `line`: a title, a paragraph above and one below,
/// so that `line` stands between paragraphs.
fn between_paragraphs(line: &str) -> String {
    format!(
        "Water Board Raises Rates\n\
         The water board voted on Thursday to raise rates by 6% from July.\n\
         {line}\n\
         The increase will add about $4 a month to a typical household bill.\n"
    )
}

/// Runs `check` on every row of a table and reports every failing row, not
/// just the first.
fn table<T>(rows: &[T], label: impl Fn(&T) -> String, check: impl Fn(&T)) {
    let mut failures = Vec::new();
    for row in rows {
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| check(row)));
        if let Err(e) = result {
            let msg = e
                .downcast_ref::<String>()
                .cloned()
                .or_else(|| e.downcast_ref::<&str>().map(|s| s.to_string()))
                .unwrap_or_default();
            failures.push(format!("[{}] {msg}", label(row)));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} rows failed:\n\n{}",
        failures.len(),
        rows.len(),
        failures.join("\n\n")
    );
}

// ---------------------------------------------------------------------------
// The fixtures
// ---------------------------------------------------------------------------

const AP: &str = include_str!("fixtures/styles/01-ap.txt");
const REUTERS: &str = include_str!("fixtures/styles/02-reuters.txt");
const GUARDIAN: &str = include_str!("fixtures/styles/03-guardian.txt");
const WEB_JUNK: &str = include_str!("fixtures/styles/04-web-junk.txt");
const MARKDOWN_WRAPPED: &str = include_str!("fixtures/styles/05-markdown-wrapped.txt");
const CRLF_BOM: &str = include_str!("fixtures/styles/06-crlf-bom.txt");
const ALLCAPS_KYIV: &str = include_str!("fixtures/styles/07-allcaps-kyiv.txt");
const LIVE_BLOG: &str = include_str!("fixtures/styles/08-liveblog.txt");

struct Dl {
    text: &'static str,
    place: &'static str,
    date: Option<&'static str>,
    agency: Option<&'static str>,
}

struct Case {
    name: &'static str,
    text: &'static str,
    title: Option<&'static str>,
    /// The title's whole line, when it differs from the title (Markdown).
    title_line: Option<&'static str>,
    byline: Option<&'static str>,
    authors: &'static [&'static str],
    dateline: Option<Dl>,
    /// Each section's heading (text and style) and paragraph count.
    sections: &'static [(Option<(&'static str, HeadingStyle)>, usize)],
    boilerplate: &'static [(&'static str, BoilerplateReason)],
    /// How the first paragraph starts (after any dateline).
    lead: &'static str,
    /// Exact sentence lists of some paragraphs (white space collapsed); each
    /// paragraph is found by its first sentence.
    splits: &'static [&'static [&'static str]],
    /// Lines that must be paragraphs of their own (white space collapsed).
    paragraphs: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        name: "01-ap",
        text: AP,
        title: Some("Senate Panel Advances Rail Safety Bill After Ohio Derailment"),
        title_line: None,
        byline: Some("By MARISOL GRANT and PETER HOLLIS"),
        authors: &["MARISOL GRANT", "PETER HOLLIS"],
        dateline: Some(Dl {
            text: "WASHINGTON (AP) —",
            place: "WASHINGTON",
            date: None,
            agency: Some("AP"),
        }),
        sections: &[(None, 7)],
        boilerplate: &[(
            "Associated Press writer Lena Ortiz contributed to this report.",
            Credit,
        )],
        lead: "A Senate committee on Wednesday advanced a bill",
        splits: &[
            &[
                "\"We will not wait for another disaster,\" said Sen. Dan Whitfield, D-Ohio, who wrote the bill.",
                "\"The families in Carrick have waited long enough.\"",
            ],
            &["The industry's main trade group said in a statement that accident rates had fallen 30% since 2000 and that the U.S. rail network was \"safer than it has ever been.\""],
            &["Mr. Whitfield's office said a vote could come as soon as Jan. 5, though Senate leaders have not set a date."],
            &["The bill would also raise the maximum fine for a safety violation to $2.5 million."],
        ],
        paragraphs: &["The Commerce Committee voted 15-12 to send the bill to the full Senate."],
    },
    Case {
        name: "02-reuters",
        text: REUTERS,
        title: Some("Copper hits two-year high as Chilean mine strike drags on"),
        title_line: None,
        byline: Some("By Tomasz Rilke"),
        authors: &["Tomasz Rilke"],
        dateline: Some(Dl {
            text: "LONDON, March 3 (Reuters) -",
            place: "LONDON",
            date: Some("March 3"),
            agency: Some("Reuters"),
        }),
        sections: &[(None, 7)],
        boilerplate: &[(
            "Reporting by Tomasz Rilke; Additional reporting by Ana Lucia Brennan in Santiago; Editing by Susan Fenwick",
            Credit,
        )],
        lead: "Copper prices rose to their highest in more than two years",
        splits: &[
            &[
                "\"The market had been ignoring supply risk for months.",
                "Now it can't,\" said Ingrid Valdes, an analyst at Halvorsen Capital in Oslo.",
            ],
            &[
                "The mine's owner, Minera Andes Corp., said on Sunday it had made a \"final offer\" to the union.",
                "A union spokesman said members would vote on it this week.",
            ],
            &["Workers at the Cerro Alto mine, which produces about 4% of the world's copper, walked out on Feb. 24 after wage talks collapsed."],
            &["Chile is the world's biggest copper producer, accounting for about a quarter of global mine supply, according to the U.S. Geological Survey."],
            &["Benchmark three-month copper on the London Metal Exchange climbed 2.1% to $9,842 a metric ton by 1105 GMT, after touching $9,910 earlier in the session."],
        ],
        paragraphs: &[],
    },
    Case {
        name: "03-guardian",
        text: GUARDIAN,
        title: Some("Tenants win damages over mould in landmark Salford ruling"),
        title_line: None,
        byline: Some("By Harriet Lowe, North of England correspondent"),
        authors: &["Harriet Lowe"],
        dateline: None,
        // The standfirst above the byline is the first paragraph.
        sections: &[(None, 6), (Some(("What happens next", SentenceCase)), 3)],
        boilerplate: &[(
            "Residents of Calder House, where some flats had black mould on every wall. Photograph: Chris Tolland/The Guardian",
            Caption,
        )],
        lead: "Judge says housing association ‘failed in its most basic duty’ to families",
        splits: &[
            &[
                "‘We were told to open the windows and wipe it down,’ said Noreen Bailey, 61, who has lived in the block since 1998.",
                "‘My grandson was in hospital twice with his chest.’",
            ],
            &["‘This should be a wake-up call,’ said Dr Imran Shah, a respiratory consultant at Salford Royal hospital."],
            &["Judge Rebecca Amis said the association had ‘failed in its most basic duty’ and ordered it to pay a total of £186,000 to 23 households."],
        ],
        paragraphs: &["Irwell Homes said it accepted the ruling and apologised to residents."],
    },
    Case {
        name: "04-web-junk",
        text: WEB_JUNK,
        title: Some("City Council Approves $40 Million Plan to Rebuild Aging Bridges"),
        title_line: None,
        byline: Some("By Marcus Bell"),
        authors: &["Marcus Bell"],
        dateline: None,
        sections: &[
            (None, 3),
            (Some(("How the Money Will Be Spent", HeadlineCase)), 3),
            (Some(("What Critics Say", HeadlineCase)), 2),
        ],
        boilerplate: &[
            ("Advertisement", Advertisement),
            ("Updated 6:15 PM EDT, Tue April 9, 2024", Timestamp),
            (
                "We use cookies to personalise content and analyse our traffic. By continuing to browse, you agree to our cookie policy.",
                CookieNotice,
            ),
            ("Read more: Inspectors flag cracks in Mill Street bridge", Related),
            ("Share this article", Social),
            (
                "Sign up for our newsletter to get the latest local news delivered to your inbox.",
                Subscription,
            ),
            ("Advertisement", Advertisement),
            ("© 2024 Riverton Daily Ledger. All rights reserved.", Copyright),
        ],
        lead: "The city council voted 9-2 on Tuesday",
        splits: &[&[
            "“We have been patching these bridges for 20 years,” said council member Alicia Romero, who sponsored the measure.",
            "“At some point the patches need patches.”",
        ]],
        // A real paragraph that mentions signing up stays a paragraph.
        paragraphs: &["Residents who want updates can sign up for construction alerts on the city’s website, officials said."],
    },
    Case {
        name: "05-markdown-wrapped",
        text: MARKDOWN_WRAPPED,
        title: Some("Drought Forces Valley Farmers to Pull Out Almond Trees"),
        title_line: Some("# Drought Forces Valley Farmers to Pull Out Almond Trees"),
        byline: Some("By Celia Nakamura"),
        authors: &["Celia Nakamura"],
        dateline: Some(Dl {
            text: "FRESNO, Calif. (AP) —",
            place: "FRESNO, Calif.",
            date: None,
            agency: Some("AP"),
        }),
        sections: &[
            (None, 2),
            (Some(("Water Rules Tighten", Markdown)), 2),
            (Some(("What Comes Next", Markdown)), 1),
        ],
        boilerplate: &[],
        lead: "Growers across California's Central Valley are\ntearing out almond orchards",
        splits: &[
            // A wrapped line that ends with a sentence still joins its block.
            &[
                "State officials estimate that growers pulled out 75,000 acres in 2023.",
                "That is roughly 5.5% of the state's bearing acreage, and many of the trees were less than 20 years old.",
            ],
            &[
                "Dr. Elena Ruiz, a hydrologist at the University of California, Davis, said the cuts were overdue.",
                "\"We have been spending water we don't have for decades...",
                "The bill is coming due,\" she said.",
            ],
        ],
        paragraphs: &[
            "Under a 2014 state law, local agencies must bring overdrawn aquifers into balance by 2040. Some districts have already cut allocations to growers by half.",
            "Some growers are planting pistachios, which tolerate salty soil better.",
        ],
    },
    Case {
        name: "06-crlf-bom",
        text: CRLF_BOM,
        title: Some("Chip Stocks Slide After Veltrix Cuts Sales Forecast"),
        title_line: None,
        byline: Some("By Priya Raman"),
        authors: &["Priya Raman"],
        dateline: Some(Dl {
            text: "NEW YORK, Jan. 5 (Reuters) -",
            place: "NEW YORK",
            date: Some("Jan. 5"),
            agency: Some("Reuters"),
        }),
        sections: &[(None, 4), (Some(("What Analysts Said", HeadlineCase)), 2)],
        boilerplate: &[(
            "Reporting by Priya Raman in New York; Editing by Daniel Okafor",
            Credit,
        )],
        lead: "Shares of chipmakers fell on Friday",
        splits: &[
            &["Shares of chipmakers fell on Friday after Veltrix Inc. cut its sales forecast for the second time this year, citing weak demand from U.S. data centers."],
            &["The Philadelphia semiconductor index dropped 3.4%, its worst day since Oct. 12."],
            &[
                "Analysts at Brandt & Co. lowered their price targets.",
                "\"The guidance was worse than anyone expected,\" said Mr. Feld, a portfolio manager at Norland Partners.",
            ],
            &["He said demand would not recover before the second half of the year... at the earliest."],
        ],
        // U+2028 ends a line: one paragraph on each side of it.
        paragraphs: &["Veltrix shares tumbled 11.2% to $48.70.", "Rival Quellcom lost 4.1%."],
    },
    Case {
        name: "07-allcaps-kyiv",
        text: ALLCAPS_KYIV,
        title: Some("Drone Strikes Knock Out Power Across Kharkiv Region"),
        title_line: None,
        byline: Some("By Olena Marchuk and Thomas Gerrity\nSenior Reporter"),
        authors: &["Olena Marchuk", "Thomas Gerrity"],
        dateline: Some(Dl {
            text: "KYIV, Ukraine —",
            place: "KYIV, Ukraine",
            date: None,
            agency: None,
        }),
        sections: &[
            (None, 2),
            (Some(("THE ATTACK", AllCaps)), 3),
            (Some(("REPAIRS UNDER WAY", AllCaps)), 3),
        ],
        boilerplate: &[(
            "Associated Press writer Daniel Holt in Kyiv contributed to this report.",
            Credit,
        )],
        lead: "Russian drones struck energy facilities",
        splits: &[
            &[
                "“They are hitting the same places again and again,” said Iryna Kovalenko, 54, a teacher who spent the night in a metro station with her two children.",
                "“We know what they want.",
                "They want us to freeze.”",
            ],
            &[
                "Energy Minister Petro Savchuk said Ukraine had received 12 new transformers from partners in the U.S. and Europe this month.",
                "More are expected before Dec. 1, he said.",
            ],
            &["Regional governor Mykola Dovhan said the strikes began shortly after 2 a.m. and lasted nearly three hours."],
            &["Col. Serhiy Lytvyn, an air force spokesman, said the country needed more air defense systems to protect its grid."],
        ],
        paragraphs: &["Three workers at a substation were injured, one of them seriously."],
    },
    Case {
        name: "08-liveblog",
        text: LIVE_BLOG,
        title: Some("Live updates: Hurricane Lorcan makes landfall on Florida’s Gulf Coast"),
        title_line: None,
        byline: Some("By Dana Whitcombe and Luis Ferreira"),
        authors: &["Dana Whitcombe", "Luis Ferreira"],
        dateline: None,
        sections: &[
            (Some(("What We Know", HeadlineCase)), 3),
            (Some(("Crews wait for winds to ease", SentenceCase)), 6),
        ],
        boilerplate: &[
            ("Updated 11:42 a.m. ET", Timestamp),
            ("Follow our live coverage on X", Social),
        ],
        lead: "- Lorcan made landfall near Cedar Key",
        splits: &[
            &["- Lorcan made landfall near Cedar Key at 9:40 a.m. as a Category 2 hurricane."],
            &[
                "“We have 4,000 linemen ready to go.",
                "The moment it’s safe, they roll,” Pike said.",
            ],
        ],
        paragraphs: &[
            // List items, a short sentence and a quoted line are paragraphs,
            // not headings.
            "- More than 310,000 homes and businesses are without power.",
            "- Schools in 12 counties are closed through Thursday.",
            "That is the plan.",
            "“We are not leaving”",
        ],
    },
];

fn check_case(c: &Case, a: &Article) {
    let name = c.name;
    assert_eq!(
        a.title.as_ref().map(|t| t.text.as_str()),
        c.title,
        "{name}: title"
    );
    if let (Some(t), Some(line)) = (&a.title, c.title_line) {
        assert_eq!(&c.text[t.line], line, "{name}: title line");
    }
    if let (Some(t), None) = (&a.title, c.title_line) {
        assert_eq!(t.line, t.span, "{name}: title line equals its span");
    }
    assert_eq!(
        a.byline.as_ref().map(|b| b.text.as_str()),
        c.byline,
        "{name}: byline"
    );
    let authors: Vec<&str> = a
        .byline
        .iter()
        .flat_map(|b| b.authors.iter().map(|x| x.text.as_str()))
        .collect();
    assert_eq!(authors, c.authors, "{name}: authors");
    match (&a.dateline, &c.dateline) {
        (None, None) => {}
        (Some(d), Some(want)) => {
            assert_eq!(d.text, want.text, "{name}: dateline text");
            assert_eq!(d.place, want.place, "{name}: dateline place");
            assert_eq!(d.date.as_deref(), want.date, "{name}: dateline date");
            assert_eq!(d.agency.as_deref(), want.agency, "{name}: dateline agency");
        }
        (got, want) => panic!(
            "{name}: dateline: got {:?}, want {:?}",
            got.as_ref().map(|d| &d.text),
            want.as_ref().map(|d| d.text)
        ),
    }
    let want_sections: Vec<(Option<(String, HeadingStyle)>, usize)> = c
        .sections
        .iter()
        .map(|(h, n)| (h.map(|(t, s)| (t.to_string(), s)), *n))
        .collect();
    assert_eq!(
        sections_of(a),
        want_sections,
        "{name}: sections (heading, paragraph count); paragraphs: {:#?}",
        paragraph_texts(a)
    );
    let boilerplate: Vec<(&str, BoilerplateReason)> = a
        .boilerplate
        .iter()
        .map(|b| (b.text.as_str(), b.reason))
        .collect();
    assert_eq!(boilerplate, c.boilerplate, "{name}: boilerplate");
    let lead = a
        .paragraphs()
        .next()
        .unwrap_or_else(|| panic!("{name}: no paragraphs"));
    assert!(
        lead.text.starts_with(c.lead),
        "{name}: lead paragraph {:?}",
        lead.text
    );
    if let Some(d) = &a.dateline {
        // The dateline opens the lead paragraph, which keeps the rest.
        assert!(
            d.span.end <= lead.span.start,
            "{name}: dateline before lead"
        );
        let between = &c.text[d.span.end..lead.span.start];
        assert!(between.chars().all(is_ws), "{name}: {between:?}");
    }
    for want in c.splits {
        let found = a.paragraphs().find_map(|p| {
            let got: Vec<String> = p.sentence_texts().map(norm).collect();
            (got.first().map(String::as_str) == Some(want[0])).then_some(got)
        });
        let Some(got) = found else {
            let all: Vec<String> = a.sentences().map(norm).collect();
            panic!(
                "{name}: no paragraph starts with sentence {:?}; sentences: {all:#?}",
                want[0]
            );
        };
        assert_eq!(got, *want, "{name}: sentences");
    }
    let paragraphs = paragraph_texts(a);
    for want in c.paragraphs {
        assert!(
            paragraphs.iter().any(|p| p == want),
            "{name}: {want:?} is not a paragraph; paragraphs: {paragraphs:#?}"
        );
    }
}

fn run_case(name: &str) {
    let c = CASES
        .iter()
        .find(|c| c.name == name)
        .unwrap_or_else(|| panic!("no fixture {name}"));
    let a = parse(c.name, c.text);
    check_case(c, &a);
}

#[test]
fn ap_style() {
    run_case("01-ap");
}

#[test]
fn reuters_wire() {
    run_case("02-reuters");
}

#[test]
fn guardian_style() {
    run_case("03-guardian");
}

#[test]
fn scraped_web_page_with_junk() {
    run_case("04-web-junk");
}

#[test]
fn hard_wrapped_markdown() {
    run_case("05-markdown-wrapped");
}

#[test]
fn crlf_bom_nbsp_tabs_and_line_separator() {
    run_case("06-crlf-bom");
}

#[test]
fn all_caps_headings_and_kyiv_dateline() {
    run_case("07-allcaps-kyiv");
}

#[test]
fn live_blog() {
    run_case("08-liveblog");
}

/// The coverage check itself notices a lost piece and a doubled one.
#[test]
fn coverage_check_catches_lost_and_doubled_bytes() {
    let fails =
        |a: &Article| std::panic::catch_unwind(|| assert_coverage("mutated", WEB_JUNK, a)).is_err();
    let a = parse("04-web-junk", WEB_JUNK);
    assert!(!fails(&a));

    let mut lost = a.clone();
    lost.boilerplate.pop();
    assert!(fails(&lost), "a lost boilerplate line goes unnoticed");

    let mut lost = a.clone();
    lost.title = None;
    assert!(fails(&lost), "a lost title goes unnoticed");

    let mut doubled = a.clone();
    let extra = doubled.sections[0].paragraphs[0].clone();
    doubled.sections[1].paragraphs.push(extra);
    assert!(fails(&doubled), "a doubled paragraph goes unnoticed");
}

#[test]
fn fixtures_are_well_formed() {
    assert_eq!(CASES.len(), 8);
    for c in CASES {
        let lines = c.text.lines().count();
        assert!((10..=25).contains(&lines), "{}: {lines} lines", c.name);
    }
    // The odd bytes of the CRLF fixture survive editors and git.
    assert!(CRLF_BOM.starts_with('\u{feff}'));
    assert!(CRLF_BOM.contains("\r\n"));
    assert!(!CRLF_BOM.replace("\r\n", "").contains('\n'));
    for needle in ["\u{a0}", "\t", "\u{2028}", "  \r\n"] {
        assert!(CRLF_BOM.contains(needle), "{needle:?}");
    }
    // The wrapped fixture is hard-wrapped at 72 columns.
    assert!(MARKDOWN_WRAPPED.lines().all(|l| l.chars().count() <= 72));
    assert!(MARKDOWN_WRAPPED.lines().any(|l| l.chars().count() >= 68));
}

/// A structural summary of an article, white space collapsed.
fn summary(a: &Article) -> Vec<String> {
    let mut out = vec![
        format!("title {:?}", a.title.as_ref().map(|t| norm(&t.text))),
        format!("byline {:?}", a.byline.as_ref().map(|b| norm(&b.text))),
        format!("dateline {:?}", a.dateline.as_ref().map(|d| norm(&d.text))),
    ];
    for s in &a.sections {
        out.push(format!(
            "heading {:?}",
            s.heading.as_ref().map(|h| (norm(&h.text), h.style))
        ));
        for p in &s.paragraphs {
            let sentences: Vec<String> = p.sentence_texts().map(norm).collect();
            out.push(format!("paragraph {sentences:?}"));
        }
    }
    for b in &a.boilerplate {
        out.push(format!("boilerplate {:?} {}", norm(&b.text), b.reason));
    }
    out
}

/// The CRLF fixture parses like its plain LF form.
#[test]
fn crlf_fixture_parses_like_its_plain_form() {
    let plain: String = CRLF_BOM
        .replace('\u{feff}', "")
        .replace("\r\n", "\n")
        .replace('\u{2028}', "\n")
        .replace('\u{a0}', " ")
        .lines()
        .map(str::trim)
        .collect::<Vec<_>>()
        .join("\n");
    assert!(!plain.contains(['\r', '\t', '\u{a0}', '\u{feff}', '\u{2028}']));
    let odd = parse("06-crlf-bom", CRLF_BOM);
    let even = parse("06-crlf-bom as LF", &plain);
    assert_eq!(summary(&odd), summary(&even));
}

/// Every other fixture with CRLF, CR, U+2028, a BOM, trailing white space
/// and no-break-space indents parses to the same structure.
#[test]
fn line_endings_and_white_space_do_not_change_structure() {
    type Variant = (&'static str, fn(&str) -> String);
    let variants: [Variant; 5] = [
        ("CRLF", |t| t.replace('\n', "\r\n")),
        ("CR", |t| t.replace('\n', "\r")),
        ("U+2028 and U+2029", |t| {
            t.replace("\n\n", "\u{2029}").replace('\n', "\u{2028}")
        }),
        ("BOM and trailing white space", |t| {
            let lines: Vec<String> = t.lines().map(|l| format!("{l} \t\u{a0}")).collect();
            format!("\u{feff}{}", lines.join("\n"))
        }),
        ("NBSP and tab indents", |t| {
            let lines: Vec<String> = t
                .lines()
                .map(|l| {
                    if l.is_empty() {
                        String::new()
                    } else {
                        format!("\u{a0}\t{l}")
                    }
                })
                .collect();
            lines.join("\n")
        }),
    ];
    let rows: Vec<(&Case, Variant)> = CASES
        .iter()
        .filter(|c| c.name != "06-crlf-bom")
        .flat_map(|c| variants.iter().map(move |v| (c, *v)))
        .collect();
    table(
        &rows,
        |(c, (how, _))| format!("{} {how}", c.name),
        |(c, (how, make))| {
            let base = summary(&parse(c.name, c.text));
            let label = format!("{} ({how})", c.name);
            let text = make(c.text);
            let a = parse(&label, &text);
            assert_eq!(summary(&a), base, "{label}");
        },
    );
}

/// With boilerplate detection off, every junk line of the web page stays in
/// the article, and nothing is lost.
#[test]
fn web_junk_with_boilerplate_off() {
    let parser = ArticleParser::builder()
        .boilerplate(BoilerplateMode::Off)
        .build()
        .unwrap();
    let a = parser.parse(WEB_JUNK).unwrap();
    assert_spans("04-web-junk (off)", WEB_JUNK, &a);
    assert_coverage("04-web-junk (off)", WEB_JUNK, &a);
    assert!(a.boilerplate.is_empty());
    let paragraphs = paragraph_texts(&a);
    for line in [
        "Read more: Inspectors flag cracks in Mill Street bridge",
        "Sign up for our newsletter to get the latest local news delivered to your inbox.",
        "© 2024 Riverton Daily Ledger. All rights reserved.",
    ] {
        assert!(paragraphs.iter().any(|p| p == line), "{line}");
    }
}

// ---------------------------------------------------------------------------
// Single rules, positives and negatives
// ---------------------------------------------------------------------------

#[test]
fn boilerplate_lines_between_paragraphs() {
    let rows: &[(&str, BoilerplateReason)] = &[
        ("ADVERTISEMENT", Advertisement),
        ("Story continues below advertisement", Advertisement),
        ("Read more: Why the water board keeps raising rates", Related),
        ("Related: Drought tightens its grip on the valley", Related),
        ("Sign up for our morning newsletter", Subscription),
        ("Subscribe now to keep reading", Subscription),
        ("Click here to claim your free gift!", Promotion),
        ("Share this article", Social),
        ("Follow us on Facebook and Instagram", Social),
        ("Listen to this article", Social),
        (
            "We use cookies to improve your experience on our site. See our cookie policy.",
            CookieNotice,
        ),
        ("© 2024 Valley Courier. All rights reserved.", Copyright),
        ("Photo: Maria Olsen/Reuters", PhotoCredit),
        (
            "A worker checks a meter outside a pumping station in Modesto. Photograph: Jim Tarrant/AP",
            Caption,
        ),
        ("Updated 9:05 AM PST, Fri Feb 2, 2024", Timestamp),
        ("Reporting by Ines Calloway; Editing by Rob Hardwick", Credit),
        (
            "Associated Press writer Kemal Aydin in Sacramento contributed to this report.",
            Credit,
        ),
    ];
    table(
        rows,
        |(line, _)| line.to_string(),
        |&(line, want)| {
            let text = between_paragraphs(line);
            let a = parse(line, &text);
            let got: Vec<(&str, BoilerplateReason)> = a
                .boilerplate
                .iter()
                .map(|b| (b.text.as_str(), b.reason))
                .collect();
            assert_eq!(got, [(line, want)], "{line}");
            assert_eq!(a.paragraphs().count(), 2, "{line}");
            assert!(a.headings().next().is_none(), "{line}");
        },
    );
}

/// Real paragraphs that mention clicking, subscribing, cookies, sharing or
/// copyright stay paragraphs.
#[test]
fn news_paragraphs_that_mention_boilerplate_words_stay_paragraphs() {
    let rows = [
        "Police said victims were told to click here to claim a refund, and were then asked for their bank details.",
        "The paper said it had lost 12,000 subscribers since it raised its price in January.",
        "Visitors can click on a map on the board’s website to see which streets will get new pipes, a spokeswoman said.",
        "The company’s newsletter business now brings in more money than its advertising, according to its annual report.",
        "Volunteers sold cookies and cakes at the fundraiser, which raised $4,000 for the library.",
        "Advertisement spending by local businesses fell 8% last year, the chamber of commerce said.",
        "Related charges were filed against two other men on Thursday.",
        "Updated guidance from the health ministry, published on Friday, tells hospitals to keep a month of supplies.",
        "Published in 1952, the report was the first to warn that the aquifer was shrinking.",
        "Share prices of the two utilities rose about 2% on the news.",
        "Residents who want to share their views can sign up to speak at the next meeting, the board said.",
        "Copyright claims against the software maker have multiplied since 2022, lawyers said.",
        "“Follow the money,” the prosecutor told jurors in her closing argument.",
    ];
    table(
        &rows,
        |line| line.to_string(),
        |&line| {
            let text = between_paragraphs(line);
            let a = parse(line, &text);
            assert!(a.boilerplate.is_empty(), "{line}: {:?}", a.boilerplate);
            let paragraphs = paragraph_texts(&a);
            assert!(
                paragraphs.iter().any(|p| p == line),
                "{line}: {paragraphs:#?}"
            );
            assert_eq!(paragraphs.len(), 3, "{line}");
        },
    );
}

#[test]
fn bylines_and_their_authors() {
    let rows: &[(&str, &[&str])] = &[
        ("By Kofi Mensah", &["Kofi Mensah"]),
        (
            "By Kofi Mensah and Aoife Brennan",
            &["Kofi Mensah", "Aoife Brennan"],
        ),
        ("By KOFI MENSAH, Reuters", &["KOFI MENSAH"]),
        ("BY MEI LING TAN", &["MEI LING TAN"]),
        ("By Rafael Ortega, Staff Writer", &["Rafael Ortega"]),
        ("By Anna van der Berg", &["Anna van der Berg"]),
        (
            "By Kofi Mensah, Aoife Brennan and Rafael Ortega",
            &["Kofi Mensah", "Aoife Brennan", "Rafael Ortega"],
        ),
        ("By Sam Okoro | Published March 4, 2024", &["Sam Okoro"]),
        ("By Reuters Staff", &[]),
        ("By The Associated Press", &[]),
    ];
    table(
        rows,
        |(line, _)| line.to_string(),
        |&(line, want)| {
            let text = format!(
                "Water Board Raises Rates\n{line}\n\
                 The water board voted on Thursday to raise rates by 6% from July.\n\
                 The increase will add about $4 a month to a typical bill.\n"
            );
            let a = parse(line, &text);
            let b = a
                .byline
                .as_ref()
                .unwrap_or_else(|| panic!("{line}: no byline"));
            assert_eq!(b.text, line);
            let authors: Vec<&str> = b.authors.iter().map(|x| x.text.as_str()).collect();
            assert_eq!(authors, want, "{line}");
            assert_eq!(a.paragraphs().count(), 2, "{line}");
        },
    );
}

/// Lines that start with "By" but are prose or a headline.
#[test]
fn lines_starting_with_by_that_are_not_bylines() {
    let prose = [
        "By the end of the year, prices had doubled in most of the city’s neighbourhoods.",
        "By Monday, more than 3,000 people had left the town.",
        "By 2030, the plant is due to close.",
        "By far the largest donor was the state pension fund.",
        "By Tuesday night the river had crested, officials said.",
    ];
    table(
        &prose,
        |line| line.to_string(),
        |&line| {
            let text = format!(
                "Water Board Raises Rates\n{line}\n\
                 The increase will add about $4 a month to a typical bill, officials said.\n"
            );
            let a = parse(line, &text);
            assert!(a.byline.is_none(), "{line}: {:?}", a.byline);
            assert_eq!(
                a.paragraphs().next().map(|p| p.text.as_str()),
                Some(line),
                "{line}"
            );
        },
    );
    // A headline that starts with "By" is the title, not a byline.
    let headlines = [
        "By Design: How Architects Are Rethinking Flood Defences",
        "By Land and Sea",
    ];
    table(
        &headlines,
        |line| line.to_string(),
        |&line| {
            let text = format!(
                "{line}\n\
                 Engineers in three port cities are testing barriers that fold into the seabed when the tide is low, officials said.\n"
            );
            let a = parse(line, &text);
            assert!(a.byline.is_none(), "{line}: {:?}", a.byline);
            assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), Some(line));
        },
    );
}

/// Roles, agencies and dates under a byline join it and are never authors;
/// a paragraph under it does not join it.
#[test]
fn byline_continuation_lines() {
    let rows: Vec<(&str, bool, &str)> = [
        ("Senior Reporter", true),
        ("Reuters", true),
        ("Chief Political Correspondent", true),
        ("Staff Writer", true),
        ("March 3, 2024", true),
        ("The water board voted on Thursday to raise rates.", false),
    ]
    .into_iter()
    .flat_map(|(below, joins)| {
        ["one per line", "own block"]
            .into_iter()
            .map(move |layout| (below, joins, layout))
    })
    .collect();
    table(
        &rows,
        |(below, _, layout)| format!("{below} ({layout})"),
        |&(below, joins, layout)| {
            let (head, tail) = match layout {
                "one per line" => ("Water Board Raises Rates\n", "\n"),
                _ => ("Water Board Raises Rates\n\n", "\n\n"),
            };
            let text = format!(
                "{head}By Lucia Ferrante\n{below}{tail}\
                 The increase will add about $4 a month to a typical bill, officials said.\n"
            );
            let label = format!("{below} ({layout})");
            let a = parse(&label, &text);
            assert_eq!(
                a.title.as_ref().map(|t| t.text.as_str()),
                Some("Water Board Raises Rates"),
                "{label}"
            );
            let b = a.byline.as_ref().unwrap_or_else(|| {
                panic!("{label}: no byline; paragraphs {:?}", paragraph_texts(&a))
            });
            let authors: Vec<&str> = b.authors.iter().map(|x| x.text.as_str()).collect();
            assert_eq!(authors, ["Lucia Ferrante"], "{label}");
            if joins {
                assert_eq!(b.text, format!("By Lucia Ferrante\n{below}"), "{label}");
                assert_eq!(a.paragraphs().count(), 1, "{label}");
            } else {
                assert_eq!(b.text, "By Lucia Ferrante", "{label}");
                assert_eq!(paragraph_texts(&a)[0], below, "{label}");
            }
        },
    );
}

/// "Email the author", handles and time stamps under a byline are never
/// authors, headings or paragraphs. A time stamp alone on its line is a
/// time stamp, wherever it stands.
#[test]
fn prompts_under_a_byline_are_never_authors() {
    let rows = [
        "Email the author",
        "Follow @kmensah",
        "Updated 5:32 PM EST",
        "Updated 6:15 PM EDT, Tue April 9, 2024",
        "Published 8:00 AM ET, March 3, 2024",
    ];
    table(
        &rows,
        |line| line.to_string(),
        |&below| {
            let text = format!(
                "Water Board Raises Rates\nBy Kofi Mensah\n{below}\n\
                 The water board voted on Thursday to raise rates by 6% from July.\n"
            );
            let a = parse(below, &text);
            let b = a.byline.as_ref().expect("byline");
            let authors: Vec<&str> = b.authors.iter().map(|x| x.text.as_str()).collect();
            assert_eq!(authors, ["Kofi Mensah"], "{below}");
            assert_eq!(paragraph_texts(&a).len(), 1, "{below}: {a:#?}");
            assert!(a.headings().next().is_none(), "{below}");
            if below.starts_with("Updated") || below.starts_with("Published") {
                assert_eq!(b.text, "By Kofi Mensah", "{below}");
                let got: Vec<(&str, BoilerplateReason)> = a
                    .boilerplate
                    .iter()
                    .map(|b| (b.text.as_str(), b.reason))
                    .collect();
                assert_eq!(got, [(below, Timestamp)], "{below}");
            }
        },
    );
}

#[test]
fn titles() {
    let rows: &[(&str, Option<&str>)] = &[
        ("Water Board Raises Rates", Some("Water Board Raises Rates")),
        (
            "Water board raises rates for second time this year",
            Some("Water board raises rates for second time this year"),
        ),
        (
            "Will rates rise again in July?",
            Some("Will rates rise again in July?"),
        ),
        (
            "“We will rebuild,” mayor vows",
            Some("“We will rebuild,” mayor vows"),
        ),
        (
            "# Water Board Raises Rates",
            Some("Water Board Raises Rates"),
        ),
        ("WATER BOARD RAISES RATES", Some("WATER BOARD RAISES RATES")),
        (
            "5 things to know about the rate rise",
            Some("5 things to know about the rate rise"),
        ),
        // Sentences, list items, bylines and trailing colons are not titles.
        ("The water board raised rates on Thursday.", None),
        ("- Rates rise 6% in July", None),
        ("By Kofi Mensah", None),
        ("What the board decided:", None),
        ("Rates rise again!", None),
        ("the board voted on thursday", None),
    ];
    table(
        rows,
        |(line, _)| line.to_string(),
        |&(first, want)| {
            let text = format!(
                "{first}\n\
                 The increase will add about $4 a month to a typical bill, officials said.\n"
            );
            let a = parse(first, &text);
            assert_eq!(a.title.as_ref().map(|t| t.text.as_str()), want, "{first}");
            if let Some(t) = &a.title {
                assert_eq!(slice(&text, t.line), first, "{first}");
            } else {
                assert!(a.headings().next().is_none(), "{first}");
            }
        },
    );
    // A lone line has nothing to head.
    let a = parse("alone", "Water Board Raises Rates");
    assert!(a.title.is_none());
}

#[test]
fn headings_between_paragraphs() {
    let rows: &[(&str, Option<HeadingStyle>)] = &[
        ("What Happens Now", Some(HeadlineCase)),
        ("Timeline", Some(HeadlineCase)),
        ("Why the Board Acted Now", Some(HeadlineCase)),
        ("THE ROAD AHEAD", Some(AllCaps)),
        ("## Why it matters", Some(Markdown)),
        ("### Who pays?", Some(Markdown)),
        ("A city divided", Some(SentenceCase)),
        ("What residents say", Some(SentenceCase)),
        // Punctuation-ended lines, quotes, list items are not headings.
        ("That is the plan.", None),
        ("Then the rain came!", None),
        ("Is it too late?", None),
        ("Officials said:", None),
        ("The increase, which is the largest in a decade,", None),
        ("“Enough is enough”", None),
        ("‘We were never asked’", None),
        ("\"No more delays\"", None),
        ("- Rates rise 6% in July", None),
        ("1. Check your meter", None),
        ("• Bills go out in August", None),
        // Prose fragments: lowercase, or too long for sentence case.
        ("the board met for hours and nobody left the room", None),
        (
            "Residents of the valley have been complaining about the cost of water for years now",
            None,
        ),
    ];
    table(
        rows,
        |(line, _)| line.to_string(),
        |&(line, want)| {
            let text = between_paragraphs(line);
            let a = parse(line, &text);
            let headings: Vec<(&str, HeadingStyle)> =
                a.headings().map(|h| (h.text.as_str(), h.style)).collect();
            match want {
                Some(style) => {
                    let bare = line.trim_start_matches('#').trim();
                    assert_eq!(headings, [(bare, style)], "{line}");
                    assert_eq!(sections_of(&a).len(), 2, "{line}");
                    let h = a.sections[1].heading.as_ref().unwrap();
                    assert_eq!(slice(&text, h.line), line, "{line}");
                }
                None => {
                    assert!(headings.is_empty(), "{line}: {headings:?}");
                    assert_eq!(a.sections.len(), 1, "{line}");
                    assert!(
                        paragraph_texts(&a).iter().any(|p| p == line),
                        "{line}: not a paragraph"
                    );
                }
            }
        },
    );
}

/// Sentence-case headings need a finished sentence above them: after a
/// byline or a title they are the first paragraph (a standfirst).
#[test]
fn sentence_case_heading_needs_a_paragraph_above() {
    let text = "Water Board Raises Rates\n\
                Rates go up in July\n\
                The increase will add about $4 a month to a typical bill, officials said.\n";
    let a = parse("standfirst", text);
    assert!(a.headings().next().is_none(), "{:?}", summary(&a));
    assert_eq!(paragraph_texts(&a)[0], "Rates go up in July");
}

/// Captions and photo credits are boilerplate, not headings.
#[test]
fn captions_are_not_headings() {
    let rows = [
        "Photograph: Jim Tarrant/AP",
        "Photo: Maria Olsen/Reuters",
        "Residents queue for water in Modesto. Photograph: Jim Tarrant/AP",
    ];
    table(
        &rows,
        |line| line.to_string(),
        |&line| {
            let a = parse(line, &between_paragraphs(line));
            assert!(a.headings().next().is_none(), "{line}");
            assert_eq!(a.boilerplate.len(), 1, "{line}");
            assert!(
                matches!(a.boilerplate[0].reason, PhotoCredit | Caption),
                "{line}"
            );
        },
    );
}

#[test]
fn datelines_at_the_start_of_the_first_paragraph() {
    type Row = (
        &'static str,
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        &'static str,
    );
    let rows: &[(&str, Row)] = &[
        (
            "BEIRUT (AP) — Rescue teams worked through the night.",
            ("BEIRUT (AP) —", "BEIRUT", None, Some("AP"), "Rescue teams"),
        ),
        (
            "PARIS — French lawmakers approved the budget on Tuesday.",
            ("PARIS —", "PARIS", None, None, "French lawmakers"),
        ),
        (
            "SAN JUAN, Puerto Rico, Sept. 12 (AP) — Power returned to most homes.",
            (
                "SAN JUAN, Puerto Rico, Sept. 12 (AP) —",
                "SAN JUAN, Puerto Rico",
                Some("Sept. 12"),
                Some("AP"),
                "Power returned",
            ),
        ),
        (
            "TOKYO, Oct 2 (Reuters) - Japan's factory output fell 1.2% in August.",
            (
                "TOKYO, Oct 2 (Reuters) -",
                "TOKYO",
                Some("Oct 2"),
                Some("Reuters"),
                "Japan's factory output",
            ),
        ),
        (
            "Nairobi (CNN) — Kenya’s parliament passed the bill on Wednesday.",
            (
                "Nairobi (CNN) —",
                "Nairobi",
                None,
                Some("CNN"),
                "Kenya’s parliament",
            ),
        ),
        (
            "KYIV, Ukraine — Air raid sirens sounded across the capital.",
            (
                "KYIV, Ukraine —",
                "KYIV, Ukraine",
                None,
                None,
                "Air raid sirens",
            ),
        ),
    ];
    table(
        rows,
        |(para, _)| para.to_string(),
        |&(para, (dl, place, date, agency, rest))| {
            let text = format!("Officials Respond\n{para}\nMore details were expected later.\n");
            let a = parse(para, &text);
            let d = a
                .dateline
                .as_ref()
                .unwrap_or_else(|| panic!("{para}: no dateline"));
            assert_eq!(d.text, dl, "{para}");
            assert_eq!(d.place, place, "{para}");
            assert_eq!(d.date.as_deref(), date, "{para}");
            assert_eq!(d.agency.as_deref(), agency, "{para}");
            let lead = a.paragraphs().next().unwrap();
            assert!(lead.text.starts_with(rest), "{para}: {:?}", lead.text);
            assert!(para.ends_with(lead.text.as_str()), "{para}");
        },
    );

    // Not datelines: dashes inside prose and acronyms.
    let prose = [
        "UN — the body that rarely agrees — met again on Monday.",
        "Washington — the city, not the state — was quiet on Sunday.",
        "The U.S.-led effort - which began in 2022 - continues.",
        "A well-known figure - a former senator - spoke first.",
    ];
    table(
        &prose,
        |para| para.to_string(),
        |&para| {
            let text = format!("Officials Respond\n{para}\nMore details were expected later.\n");
            let a = parse(para, &text);
            assert!(a.dateline.is_none(), "{para}: {:?}", a.dateline);
            assert_eq!(paragraph_texts(&a)[0], para);
        },
    );

    // Only the first paragraph carries a dateline.
    let text = "Officials Respond\n\
                Rescue teams worked through the night.\n\
                BEIRUT (AP) — A second team arrived at dawn.\n";
    let a = parse("second paragraph", text);
    assert!(a.dateline.is_none(), "{:?}", a.dateline);
    assert_eq!(
        paragraph_texts(&a)[1],
        "BEIRUT (AP) — A second team arrived at dawn."
    );
}

#[test]
fn sentence_splits() {
    let rows: &[(&str, &[&str])] = &[
        (
            "Mr. Okafor met Gen. Ruiz at No. 10 on Jan. 5. They spoke for an hour.",
            &[
                "Mr. Okafor met Gen. Ruiz at No. 10 on Jan. 5.",
                "They spoke for an hour.",
            ],
        ),
        (
            "The U.S. economy grew 2.8% last year. Inflation eased to 3.1%.",
            &[
                "The U.S. economy grew 2.8% last year.",
                "Inflation eased to 3.1%.",
            ],
        ),
        (
            "She moved to the U.S. In 2019 she opened a bakery in St. Paul.",
            &[
                "She moved to the U.S.",
                "In 2019 she opened a bakery in St. Paul.",
            ],
        ),
        (
            "J.R. Hollis, 52, resigned on Friday. His deputy, Ana M. Ruiz, takes over.",
            &[
                "J.R. Hollis, 52, resigned on Friday.",
                "His deputy, Ana M. Ruiz, takes over.",
            ],
        ),
        (
            "Prices rose 0.5 percent... Analysts shrugged.",
            &["Prices rose 0.5 percent...", "Analysts shrugged."],
        ),
        (
            "He called the ruling “a disgrace.” The minister denied it.",
            &[
                "He called the ruling “a disgrace.”",
                "The minister denied it.",
            ],
        ),
        (
            "“Is this the end?” she asked. Nobody answered.",
            &["“Is this the end?” she asked.", "Nobody answered."],
        ),
        (
            "The meeting ended at 10 p.m. on Friday. Talks resume Monday.",
            &[
                "The meeting ended at 10 p.m. on Friday.",
                "Talks resume Monday.",
            ],
        ),
        (
            "Sen. Ana Ruiz, D-Calif., voted no. Rep. Tom Byers abstained.",
            &[
                "Sen. Ana Ruiz, D-Calif., voted no.",
                "Rep. Tom Byers abstained.",
            ],
        ),
        (
            "Talks at No. 10 Downing Street ended late. Dr. Shah left first.",
            &[
                "Talks at No. 10 Downing Street ended late.",
                "Dr. Shah left first.",
            ],
        ),
    ];
    table(
        rows,
        |(para, _)| para.to_string(),
        |&(para, want)| {
            let text = format!("Officials Respond\n{para}\nMore details were expected later.\n");
            let a = parse(para, &text);
            let p = a.paragraphs().next().unwrap();
            assert_eq!(p.text, para);
            let got: Vec<&str> = p.sentence_texts().collect();
            assert_eq!(got, want, "{para}");
        },
    );
}

/// A title and byline standing together in their own block, above a blank
/// line, are a title and a byline, not one hard-wrapped paragraph.
#[test]
fn front_matter_in_its_own_block() {
    let rows: &[(&str, &str, &str)] = &[
        (
            "Chip Stocks Slide After Veltrix Cuts Sales Forecast",
            "By Priya Raman",
            "Priya Raman",
        ),
        (
            "Water board raises rates for second time this year",
            "By Kofi Mensah and Aoife Brennan",
            "Kofi Mensah",
        ),
        ("Storm Closes Schools", "By Jane Doe", "Jane Doe"),
    ];
    table(
        rows,
        |(title, _, _)| title.to_string(),
        |&(title, byline, author)| {
            for sep in ["\n", "\r\n"] {
                let text = format!(
                    "{title}{sep}{byline}{sep}{sep}\
                     NEW YORK (Reuters) - Shares fell sharply on Friday.{sep}{sep}\
                     Analysts said the drop was overdone.{sep}"
                );
                let a = parse(title, &text);
                assert_eq!(
                    a.title.as_ref().map(|t| t.text.as_str()),
                    Some(title),
                    "{title} {sep:?}"
                );
                let b = a.byline.as_ref().expect("byline");
                assert_eq!(b.text, byline);
                assert_eq!(b.authors[0].text, author);
                assert_eq!(
                    a.dateline.as_ref().map(|d| d.place.as_str()),
                    Some("NEW YORK")
                );
                assert_eq!(a.paragraphs().count(), 2);
            }
        },
    );
}

/// Hard-wrapped paragraphs in blocks join; a list under a wrapped paragraph
/// keeps its items apart; a Markdown heading never joins the text below.
#[test]
fn hard_wrapped_blocks() {
    let text = "## Where the Money Goes\n\
                \n\
                The board said the increase would pay for new pipes in the\n\
                older neighbourhoods north of the river, where leaks are most\n\
                common.\n\
                \n\
                The plan covers three projects that the board approved in\n\
                March after a year of public hearings and two lawsuits:\n\
                - a new treatment plant\n\
                - a second reservoir\n\
                \n\
                ## Who Pays\n\
                Households will pay most of the cost, with businesses\n\
                covering the rest through a new connection fee.\n";
    let a = parse("wrapped", text);
    assert_eq!(
        a.title.as_ref().map(|t| t.text.as_str()),
        Some("Where the Money Goes")
    );
    let sections: Vec<Option<String>> = a
        .sections
        .iter()
        .map(|s| s.heading.as_ref().map(|h| h.text.clone()))
        .collect();
    assert_eq!(sections, [None, Some("Who Pays".to_string())]);
    assert_eq!(
        paragraph_texts(&a),
        [
            "The board said the increase would pay for new pipes in the older neighbourhoods north of the river, where leaks are most common.",
            "The plan covers three projects that the board approved in March after a year of public hearings and two lawsuits:",
            "- a new treatment plant",
            "- a second reservoir",
            "Households will pay most of the cost, with businesses covering the rest through a new connection fee.",
        ]
    );
}
