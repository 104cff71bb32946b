//! The public API's contract: traits, errors, the builder, empty input and
//! the JSON shape.

use newsparse::{
    parse_article, Article, ArticleParser, ArticleParserBuilder, Author, Boilerplate,
    BoilerplateMode, BoilerplateReason, Byline, Dateline, Error, ErrorKind, Heading, HeadingStyle,
    Paragraph, Section, Span, Title,
};

#[test]
fn public_types_are_send_sync_unwind_safe() {
    fn assert_traits<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    assert_traits::<Article>();
    assert_traits::<ArticleParser>();
    assert_traits::<ArticleParserBuilder>();
    assert_traits::<Author>();
    assert_traits::<Boilerplate>();
    assert_traits::<BoilerplateMode>();
    assert_traits::<BoilerplateReason>();
    assert_traits::<newsparse::EntityMode>();
    assert_traits::<newsparse::Entity>();
    assert_traits::<newsparse::EntityKind>();
    assert_traits::<newsparse::EntitySource>();
    assert_traits::<newsparse::Gazetteer>();
    assert_traits::<newsparse::GazetteerBuilder>();
    assert_traits::<newsparse::GazetteerEntry>();
    assert_traits::<newsparse::Mention>();
    assert_traits::<newsparse::MentionForm>();
    assert_traits::<Byline>();
    assert_traits::<Dateline>();
    assert_traits::<Error>();
    assert_traits::<ErrorKind>();
    assert_traits::<Heading>();
    assert_traits::<HeadingStyle>();
    assert_traits::<Paragraph>();
    assert_traits::<Section>();
    assert_traits::<Span>();
    assert_traits::<Title>();
}

#[test]
fn empty_and_whitespace_input_give_empty_article() {
    for text in ["", " ", "\n\n\r\n", "\u{feff}", "\t\u{a0}\u{2028}\u{2029} "] {
        let article = parse_article(text).unwrap();
        assert!(article.is_empty(), "{text:?}: {article:?}");
        assert_eq!(article, Article::default());
    }
    assert!(!parse_article("Hello.").unwrap().is_empty());
}

#[test]
fn input_too_large_names_sizes() {
    let parser = ArticleParser::builder().max_input_size(5).build().unwrap();
    assert!(parser.parse("12345").is_ok());
    let err = parser.parse("123456").unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InputTooLarge { size: 6, max: 5 });
    assert_eq!(
        err.to_string(),
        "input is 6 bytes, larger than the maximum of 5 bytes"
    );
    assert_eq!(parser.max_input_size(), 5);
    assert_eq!(ArticleParser::new().max_input_size(), 16 * 1024 * 1024);
    let big = "a".repeat(16 * 1024 * 1024 + 1);
    assert!(matches!(
        parse_article(&big).unwrap_err().into_kind(),
        ErrorKind::InputTooLarge { .. }
    ));
}

#[test]
fn invalid_utf8_names_offset() {
    let err = ArticleParser::new()
        .parse_bytes(b"Good text \xf0\x28 bad")
        .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 10 });
    assert!(err.to_string().contains("byte offset 10"), "{err}");
    let ok = ArticleParser::new().parse_bytes("Café owners protest.".as_bytes());
    assert_eq!(ok.unwrap().paragraphs().count(), 1);
}

#[test]
fn builder_is_reusable_and_parser_clones_cheaply() {
    let mut builder = ArticleParser::builder();
    builder.boilerplate(BoilerplateMode::Off);
    let off = builder.build().unwrap();
    builder.boilerplate(BoilerplateMode::Detect);
    let on = builder.build().unwrap();
    let text = "Prices rose sharply in March.\nClick here to subscribe now!\nThey fell in April.";
    assert_eq!(off.parse(text).unwrap().boilerplate.len(), 0);
    assert_eq!(off.parse(text).unwrap().paragraphs().count(), 3);
    assert_eq!(on.parse(text).unwrap().boilerplate.len(), 1);
    assert_eq!(on.clone().parse(text).unwrap(), on.parse(text).unwrap());
    assert_eq!(
        ArticleParser::default().parse(text).unwrap(),
        parse_article(text).unwrap()
    );
}

#[test]
fn entity_mode_off_leaves_entities_empty() {
    let text = "President Joe Biden met French officials in Paris.";
    assert!(!parse_article(text).unwrap().entities.is_empty());
    let off = ArticleParser::builder()
        .entities(newsparse::EntityMode::Off)
        .build()
        .unwrap()
        .parse(text)
        .unwrap();
    assert!(off.entities.is_empty());
    assert_eq!(off.paragraphs().count(), 1);
}

#[test]
fn span_behaves_like_a_range() {
    let s = Span::from(2..5);
    assert_eq!(&"abcdefg"[s], "cde");
    assert_eq!(s.len(), 3);
    assert!(!s.is_empty());
    assert!(Span::new(4, 4).is_empty());
    assert_eq!(format!("{s:?}"), "2..5");
    assert_eq!(std::ops::Range::from(s), 2..5);
    assert!(s.contains(Span::from(3..5)));
    assert!(!s.contains(Span::from(1..3)));
}

#[cfg(feature = "serde")]
#[test]
fn json_shape() {
    let text = "Flood Waters Rise\n\
                By Jane Doe\n\
                DHAKA, Bangladesh (AP) — Rivers rose on Monday. Thousands fled.\n\
                What Comes Next\n\
                Rain is expected.\n\
                Advertisement";
    let article = parse_article(text).unwrap();
    let json = serde_json::to_value(&article).unwrap();
    let keys: Vec<&str> = json
        .as_object()
        .unwrap()
        .keys()
        .map(|k| k.as_str())
        .collect();
    for key in ["title", "byline", "dateline", "sections", "boilerplate"] {
        assert!(keys.contains(&key), "missing {key} in {keys:?}");
    }
    assert_eq!(json["title"]["text"], "Flood Waters Rise");
    assert_eq!(
        json["title"]["span"],
        serde_json::json!({"start": 0, "end": 17})
    );
    assert_eq!(json["byline"]["text"], "By Jane Doe");
    assert_eq!(json["byline"]["authors"][0]["text"], "Jane Doe");
    assert_eq!(json["dateline"]["place"], "DHAKA, Bangladesh");
    assert_eq!(json["dateline"]["agency"], "AP");
    assert_eq!(json["dateline"]["text"], "DHAKA, Bangladesh (AP) —");
    let sections = json["sections"].as_array().unwrap();
    assert_eq!(sections.len(), 2);
    assert!(sections[0]["heading"].is_null());
    assert_eq!(sections[1]["heading"]["text"], "What Comes Next");
    assert_eq!(sections[1]["heading"]["style"], "headline_case");
    let para = &sections[0]["paragraphs"][0];
    assert_eq!(para["text"], "Rivers rose on Monday. Thousands fled.");
    let sentences = para["sentences"].as_array().unwrap();
    assert_eq!(sentences.len(), 2);
    assert!(sentences[0]["start"].is_u64() && sentences[0]["end"].is_u64());
    assert_eq!(json["boilerplate"][0]["reason"], "advertisement");
    assert_eq!(json["boilerplate"][0]["text"], "Advertisement");

    let back: Article = serde_json::from_value(json).unwrap();
    assert_eq!(back, article);
}

#[cfg(feature = "serde")]
#[test]
fn enums_serialize_in_snake_case() {
    let reasons = [
        (BoilerplateReason::CookieNotice, "cookie_notice"),
        (BoilerplateReason::PhotoCredit, "photo_credit"),
        (BoilerplateReason::Promotion, "promotion"),
    ];
    for (reason, name) in reasons {
        assert_eq!(serde_json::to_value(reason).unwrap(), name);
        assert_eq!(reason.as_str(), name);
        assert_eq!(reason.to_string(), name);
    }
    assert_eq!(
        serde_json::to_value(HeadingStyle::AllCaps).unwrap(),
        "all_caps"
    );
}
