//! Gazetteer matching through the public API: gazetteers too large for an
//! automaton (searched through a word index, with the same results), and
//! acronyms in headlines in capitals.

use newsparse::{ArticleParser, EntityKind, EntityMode, Gazetteer, GazetteerEntry};

const ARTICLE: &str = "\
Storm Shadow and ATACMS: what the weapons can do
KYIV (Reuters) - Ukraine fired Storm Shadow missiles and U.S.-supplied ATACMS at \
targets in Crimea on Tuesday, officials in Kyiv said.
The Army Tactical Missile Systems have a range of about 300 km.
STORM SHADOW STRIKES CONTINUE
The Storm Shadow's maker, MBDA, said production would rise. Storm Shadows are \
not the same as the Storm Shadow Mk2.
";

fn weapons() -> Vec<GazetteerEntry> {
    let weapon = EntityKind::from_label("WEAPON");
    vec![
        GazetteerEntry::new("storm-shadow", weapon.clone(), "Storm Shadow"),
        GazetteerEntry::new("atacms", weapon, "ATACMS").alias("Army Tactical Missile Systems"),
        GazetteerEntry::new("mbda", EntityKind::Organization, "MBDA"),
    ]
}

/// Names no article mentions, enough of them to pass the automaton limit.
fn filler(n: usize) -> impl Iterator<Item = GazetteerEntry> {
    (0..n).map(|i| {
        GazetteerEntry::new(
            format!("filler-{i}"),
            EntityKind::Organization,
            format!("Zq{i} Holdings Group"),
        )
        .alias(format!("ZQ{i}"))
    })
}

fn mentions(g: Gazetteer) -> Vec<(String, String, usize, usize)> {
    let parser = ArticleParser::builder()
        .gazetteer(g)
        .entities(EntityMode::Extract)
        .build()
        .unwrap();
    let article = parser.parse(ARTICLE).unwrap();
    let mut out = Vec::new();
    for e in &article.entities {
        for m in &e.mentions {
            assert_eq!(&ARTICLE[m.span], m.text);
            out.push((e.id.clone(), m.text.clone(), m.span.start, m.span.end));
        }
    }
    out.sort_by_key(|m| m.2);
    out
}

#[test]
fn a_large_gazetteer_finds_what_a_small_one_finds() {
    let mut small = Gazetteer::builder_with_default();
    for e in weapons() {
        small.entry(e);
    }
    let mut large = Gazetteer::builder_with_default();
    for e in filler(30_000).chain(weapons()) {
        large.entry(e);
    }
    let large = large.build().unwrap();
    assert!(format!("{large:?}").contains("entries: 31"), "{large:?}");
    let want = mentions(small.build().unwrap());
    let got = mentions(large);
    assert_eq!(got, want);
    let texts: Vec<&str> = want.iter().map(|m| m.1.as_str()).collect();
    for name in [
        "Storm Shadow",
        "ATACMS",
        "Army Tactical Missile Systems",
        "MBDA",
        "KYIV",
    ] {
        assert!(texts.contains(&name), "{name} missing from {texts:?}");
    }
    // The ALL-CAPS heading names the weapon; the plural is another word
    // ("Storm Shadows"), the model name starts with the weapon's.
    assert!(texts.contains(&"STORM SHADOW"), "{texts:?}");
    assert_eq!(
        texts.iter().filter(|t| **t == "Storm Shadow").count(),
        4,
        "{texts:?}"
    );
}

#[test]
fn a_large_gazetteer_alone_matches_its_own_names() {
    let mut b = Gazetteer::builder();
    for e in filler(25_000) {
        b.entry(e);
    }
    let g = b.build().unwrap();
    let text = "Zq24999 Holdings Group bought ZQ17 from Zq3 Holdings Groups.";
    let article = ArticleParser::builder()
        .gazetteer(g)
        .build()
        .unwrap()
        .parse(text)
        .unwrap();
    let ids: Vec<&str> = article.entities.iter().map(|e| e.id.as_str()).collect();
    assert_eq!(ids, ["filler-24999", "filler-17"]);
}

#[test]
fn acronyms_that_spell_words_are_words_in_capital_headlines() {
    let names = |text: &str| -> Vec<String> {
        newsparse::parse_article(text)
            .unwrap()
            .entities
            .iter()
            .flat_map(|e| e.mentions.iter().map(|m| m.text.clone()))
            .collect()
    };
    // In a headline in capitals, "WHO" and "US" are words...
    assert!(names("WHO WILL PAY FOR US TO STAY?\nThe bill is due.").is_empty());
    // ...but "WHO" written in ordinary text is the organization, and "US" the
    // country.
    assert_eq!(
        names("The WHO warned on Monday that US hospitals were full."),
        ["WHO", "US"]
    );
    // An acronym that is no word still matches in a capitals headline.
    assert_eq!(
        names("NATO LEADERS MEET IN BRUSSELS\nThe summit opened."),
        ["NATO", "BRUSSELS"]
    );
}
