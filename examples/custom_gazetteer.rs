//! Adds your own entities to the default gazetteer and finds them.
//!
//! ```text
//! cargo run --example custom_gazetteer [FILE]
//! ```
//!
//! Adds two weapons, ATACMS (also written "Army Tactical Missile Systems")
//! and Storm Shadow, with the custom kind "weapon", on top of the default
//! gazetteer, parses FILE (by default the bundled seed article) and prints
//! every entity with its mentions.

use newsparse::{ArticleParser, EntityKind, Gazetteer, GazetteerEntry};

const SEED: &str = include_str!("../tests/fixtures/seed-biden-starmer.txt");

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let text = match std::env::args_os().nth(1) {
        Some(path) => std::fs::read_to_string(path)?,
        None => SEED.to_string(),
    };

    let weapon = EntityKind::from_label("weapon");
    let mut builder = Gazetteer::builder_with_default();
    builder
        .entry(
            GazetteerEntry::new("atacms", weapon.clone(), "ATACMS")
                .alias("Army Tactical Missile Systems"),
        )
        .entry(GazetteerEntry::new("storm-shadow", weapon, "Storm Shadow"));
    let parser = ArticleParser::builder()
        .gazetteer(builder.build()?)
        .build()?;

    let article = parser.parse(&text)?;
    for entity in &article.entities {
        let mentions: Vec<&str> = entity.mentions.iter().map(|m| m.text.as_str()).collect();
        println!(
            "{:<14} {:<28} {}",
            entity.kind.as_str(),
            entity.name,
            mentions.join(", ")
        );
    }
    Ok(())
}
