//! spaCy EntityRuler `patterns.jsonl` files, read into gazetteer entries.

use std::collections::HashMap;

use serde_json::Value;

use crate::{EntityKind, Error, ErrorKind, GazetteerEntry};

/// Parses a patterns file, all or nothing.
pub(crate) fn parse_patterns(jsonl: &str) -> Result<Vec<GazetteerEntry>, Error> {
    let mut entries: Vec<GazetteerEntry> = Vec::new();
    let mut by_id: HashMap<String, usize> = HashMap::new();
    for (i, raw) in jsonl.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim();
        if line.is_empty() {
            continue;
        }
        let err = |reason: String| {
            Error::new(ErrorKind::Gazetteer {
                line: line_no,
                reason,
            })
        };
        let value: Value =
            serde_json::from_str(line).map_err(|e| err(format!("not valid JSON: {e}")))?;
        let obj = value
            .as_object()
            .ok_or_else(|| err("expected a JSON object".into()))?;
        let label = obj
            .get("label")
            .and_then(Value::as_str)
            .filter(|l| !l.is_empty())
            .ok_or_else(|| err("missing string \"label\"".into()))?;
        let forms = match obj.get("pattern") {
            Some(Value::String(s)) if !s.trim().is_empty() => vec![s.trim().to_string()],
            Some(Value::Array(tokens)) => token_forms(tokens).map_err(err)?,
            _ => {
                return Err(err(
                    "missing \"pattern\" (a string or a list of tokens)".into()
                ))
            }
        };
        let id = match obj.get("id") {
            Some(Value::String(s)) if !s.is_empty() => s.clone(),
            Some(Value::Number(n)) => n.to_string(),
            None | Some(Value::Null) => format!("{label}:{}", forms[0]),
            Some(_) => return Err(err("\"id\" must be a string".into())),
        };
        match by_id.get(&id) {
            Some(&k) => {
                let e = &mut entries[k];
                for f in forms {
                    if f != e.name && !e.aliases.contains(&f) {
                        e.aliases.push(f);
                    }
                }
            }
            None => {
                let mut forms = forms.into_iter();
                let name = forms.next().unwrap_or_default();
                let mut entry =
                    GazetteerEntry::new(id.clone(), EntityKind::from_label(label), name);
                entry.aliases.extend(forms);
                by_id.insert(id, entries.len());
                entries.push(entry);
            }
        }
    }
    Ok(entries)
}

/// The surface forms of a token pattern: its words joined by spaces
/// (punctuation tokens attach to the word before). `LOWER` tokens give the
/// lower-case, capitalized and upper-case spellings.
fn token_forms(tokens: &[Value]) -> Result<Vec<String>, String> {
    if tokens.is_empty() {
        return Err("the token list is empty".into());
    }
    let mut words: Vec<(String, bool)> = Vec::new();
    for t in tokens {
        let obj = t
            .as_object()
            .ok_or_else(|| "each token must be a JSON object".to_string())?;
        let mut word = None;
        for (attr, v) in obj {
            let lower = match attr.as_str() {
                "ORTH" | "TEXT" => false,
                "LOWER" => true,
                other => {
                    return Err(format!(
                        "token attribute \"{other}\" is not supported (only ORTH, TEXT and LOWER)"
                    ))
                }
            };
            let s = v
                .as_str()
                .ok_or_else(|| format!("token attribute \"{attr}\" must be a string"))?;
            word = Some((s.to_string(), lower));
        }
        words.push(word.ok_or_else(|| "a token has no attribute".to_string())?);
    }
    let join = |f: &dyn Fn(&str, bool) -> String| {
        let mut out = String::new();
        for (w, lower) in &words {
            let attach = !out.is_empty() && !w.chars().any(char::is_alphanumeric);
            if !out.is_empty() && !attach {
                out.push(' ');
            }
            out.push_str(&f(w, *lower));
        }
        out
    };
    // With LOWER tokens the capitalized spelling comes first: it is the one
    // news writes, and so the canonical name.
    let mut forms = Vec::new();
    if words.iter().any(|(_, lower)| *lower) {
        forms.push(join(&|w, lower| {
            if lower {
                capitalize(w)
            } else {
                w.to_string()
            }
        }));
        forms.push(join(&|w, _| w.to_string()));
        forms.push(join(&|w, lower| {
            if lower {
                w.to_uppercase()
            } else {
                w.to_string()
            }
        }));
    } else {
        forms.push(join(&|w, _| w.to_string()));
    }
    let mut seen = Vec::new();
    forms.retain(|f| {
        let new = !seen.contains(f);
        seen.push(f.clone());
        new
    });
    Ok(forms)
}

fn capitalize(w: &str) -> String {
    let mut c = w.chars();
    match c.next() {
        Some(first) => first.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_map_to_kinds() {
        let jsonl = [
            r#"{"label": "PERSON", "pattern": "Jane Doe"}"#,
            r#"{"label": "PER", "pattern": "John Roe"}"#,
            r#"{"label": "ORG", "pattern": "Acme"}"#,
            r#"{"label": "GPE", "pattern": "Oslo"}"#,
            r#"{"label": "LOC", "pattern": "Alps"}"#,
            r#"{"label": "FAC", "pattern": "Heathrow"}"#,
            r#"{"label": "MISC", "pattern": "Brexit"}"#,
        ]
        .join("\n");
        let kinds: Vec<String> = parse_patterns(&jsonl)
            .unwrap()
            .iter()
            .map(|e| e.kind.to_string())
            .collect();
        assert_eq!(
            kinds,
            [
                "person",
                "person",
                "organization",
                "location",
                "location",
                "location",
                "MISC"
            ]
        );
    }

    #[test]
    fn token_patterns_and_shared_ids() {
        let jsonl = r#"{"label": "GPE", "pattern": [{"LOWER": "new"}, {"LOWER": "york"}], "id": "nyc"}
{"label": "GPE", "pattern": "NYC", "id": "nyc"}
{"label": "ORG", "pattern": [{"ORTH": "U.S"}, {"ORTH": "."}, {"TEXT": "Army"}]}"#;
        let entries = parse_patterns(jsonl).unwrap();
        assert_eq!(entries.len(), 2);
        assert_eq!(entries[0].name, "New York");
        assert_eq!(entries[0].aliases, ["new york", "NEW YORK", "NYC"]);
        assert_eq!(entries[1].name, "U.S. Army");
    }

    #[test]
    fn errors_name_line_and_problem() {
        let cases = [
            ("{\"label\": \"ORG\"}", 1, "missing \"pattern\""),
            ("\n{\"pattern\": \"x\"}", 2, "missing string \"label\""),
            ("not json", 1, "not valid JSON"),
            (
                r#"{"label": "ORG", "pattern": [{"LOWER": "a", "OP": "?"}]}"#,
                1,
                "token attribute \"OP\" is not supported",
            ),
            (r#"{"label": "ORG", "pattern": []}"#, 1, "empty"),
        ];
        for (text, line, reason) in cases {
            match parse_patterns(text).unwrap_err().into_kind() {
                ErrorKind::Gazetteer { line: l, reason: r } => {
                    assert_eq!(l, line, "{text}");
                    assert!(r.contains(reason), "{r}");
                }
                other => panic!("{other:?}"),
            }
        }
    }
}
