//! The article the project was created from: an untitled lead, four bare-line
//! headings, and a spam line at the end.

use newsparse::{parse_article, BoilerplateReason};

const SEED: &str = include_str!("fixtures/seed-biden-starmer.txt");

#[test]
fn seed_structure() {
    let article = parse_article(SEED).unwrap();
    assert!(article.title.is_none(), "{:?}", article.title);
    assert!(article.byline.is_none());
    assert!(article.dateline.is_none());
    let headings: Vec<Option<&str>> = article
        .sections
        .iter()
        .map(|s| s.heading.as_ref().map(|h| h.text.as_str()))
        .collect();
    assert_eq!(
        headings,
        [
            None,
            Some("Meeting Between Biden and Starmer"),
            Some("Putin’s Warning and UK’s Response"),
            Some("Biden’s Position and Future Strategy"),
            Some("What to Expect Next"),
        ]
    );
    let counts: Vec<usize> = article
        .sections
        .iter()
        .map(|s| s.paragraphs.len())
        .collect();
    assert_eq!(counts, [2, 3, 6, 3, 7]);
    assert!(article.sections[0].paragraphs[0]
        .text
        .starts_with("In a notable development, President Joe Biden"));
}

#[test]
fn seed_spam_line_is_boilerplate_only() {
    let article = parse_article(SEED).unwrap();
    assert_eq!(article.boilerplate.len(), 1);
    let spam = &article.boilerplate[0];
    assert_eq!(
        spam.text,
        "Mine Crypto. Earn $GOATS while it is free! Click Here!!"
    );
    assert_eq!(spam.reason, BoilerplateReason::Promotion);
    assert_eq!(&SEED[spam.span], spam.text);
    assert!(article.paragraphs().all(|p| !p.text.contains("Click Here")));
}

#[test]
fn seed_spans_and_sentences() {
    let article = parse_article(SEED).unwrap();
    for p in article.paragraphs() {
        assert_eq!(&SEED[p.span], p.text);
        assert!(!p.sentences.is_empty());
        for s in &p.sentences {
            assert!(p.span.contains(*s));
        }
    }
    for h in article.headings() {
        assert_eq!(&SEED[h.span], h.text);
    }
    // "U.S." inside a sentence does not end it.
    let sentences: Vec<&str> = article.sentences().collect();
    assert!(sentences.contains(&"The U.S. is open to adjusting its strategy based on the evolving needs and conditions on the ground in Ukraine."));
    assert!(sentences.iter().all(|s| !s.ends_with("U.S.")));
}
