//! The gazetteer: known entities and the names they go by, compiled into an
//! Aho-Corasick automaton.

use std::collections::HashMap;
use std::fmt;
use std::sync::Arc;

use once_cell::sync::Lazy;

use crate::matcher::{Matcher, PatternInfo, PatternTable};
use crate::{Error, ErrorKind, MentionForm};

/// What kind of thing an entity is.
///
/// Labels from other tools map onto the three built-in kinds (see
/// [`EntityKind::from_label`]); any other label passes through as
/// [`EntityKind::Custom`], exactly as written.
///
/// # Example
///
/// ```
/// use newsparse::EntityKind;
///
/// assert_eq!(EntityKind::from_label("GPE"), EntityKind::Location);
/// assert_eq!(EntityKind::from_label("PER"), EntityKind::Person);
/// assert_eq!(EntityKind::from_label("WEAPON"), EntityKind::Custom("WEAPON".into()));
/// assert_eq!(EntityKind::from_label("WEAPON").as_str(), "WEAPON");
/// assert_eq!(EntityKind::Organization.as_str(), "organization");
/// ```
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum EntityKind {
    /// A person.
    Person,
    /// A company, institution, agency, group or outlet.
    Organization,
    /// A country, region, city or other place.
    Location,
    /// Any other label, kept as given ("WEAPON", "MISC").
    Custom(String),
}

impl EntityKind {
    /// Maps a label to a kind: `person`, `PERSON` and `PER` to
    /// [`Person`](EntityKind::Person); `organization`, `org` and `ORG` to
    /// [`Organization`](EntityKind::Organization); `location`, `GPE`, `LOC`
    /// and `FAC` to [`Location`](EntityKind::Location); anything else to
    /// [`Custom`](EntityKind::Custom) with the label as written.
    pub fn from_label(label: &str) -> EntityKind {
        match label {
            "person" | "PERSON" | "PER" | "Person" => EntityKind::Person,
            "organization" | "organisation" | "org" | "ORG" | "Organization" => {
                EntityKind::Organization
            }
            "location" | "GPE" | "LOC" | "FAC" | "Location" => EntityKind::Location,
            other => EntityKind::Custom(other.to_string()),
        }
    }

    /// The kind's name as it appears in JSON: `person`, `organization`,
    /// `location`, or the custom label as given.
    pub fn as_str(&self) -> &str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Organization => "organization",
            EntityKind::Location => "location",
            EntityKind::Custom(label) => label,
        }
    }
}

impl fmt::Display for EntityKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl serde::Serialize for EntityKind {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

#[cfg(feature = "serde")]
impl<'de> serde::Deserialize<'de> for EntityKind {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<EntityKind, D::Error> {
        let label = <std::borrow::Cow<'de, str>>::deserialize(d)?;
        Ok(EntityKind::from_label(&label))
    }
}

/// One known entity: an id, a kind, a canonical name, and the other names
/// it goes by.
///
/// # Example
///
/// ```
/// use newsparse::{EntityKind, GazetteerEntry};
///
/// let entry = GazetteerEntry::new("atacms", EntityKind::from_label("weapon"), "ATACMS")
///     .alias("Army Tactical Missile Systems");
/// assert_eq!(entry.aliases, ["Army Tactical Missile Systems"]);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
#[non_exhaustive]
pub struct GazetteerEntry {
    /// A stable identifier, unique within a gazetteer ("gb", "nato").
    pub id: String,
    /// What kind of thing the entry is.
    pub kind: EntityKind,
    /// The canonical name ("United Kingdom").
    pub name: String,
    /// Other names, short forms and acronyms ("UK", "U.K.", "Britain").
    pub aliases: Vec<String>,
    /// Adjectival and demonym forms ("British", "Briton").
    pub demonyms: Vec<String>,
}

impl GazetteerEntry {
    /// Creates an entry with no aliases or demonyms.
    pub fn new(id: impl Into<String>, kind: EntityKind, name: impl Into<String>) -> GazetteerEntry {
        GazetteerEntry {
            id: id.into(),
            kind,
            name: name.into(),
            aliases: Vec::new(),
            demonyms: Vec::new(),
        }
    }

    /// Adds an alias.
    pub fn alias(mut self, alias: impl Into<String>) -> GazetteerEntry {
        self.aliases.push(alias.into());
        self
    }

    /// Adds a demonym or adjectival form.
    pub fn demonym(mut self, demonym: impl Into<String>) -> GazetteerEntry {
        self.demonyms.push(demonym.into());
        self
    }

    /// Every surface form with what it is: the name, then the aliases, then
    /// the demonyms.
    pub(crate) fn forms(&self) -> impl Iterator<Item = (&str, MentionForm)> {
        std::iter::once((self.name.as_str(), MentionForm::Name))
            .chain(
                self.aliases
                    .iter()
                    .map(|a| (a.as_str(), MentionForm::Alias)),
            )
            .chain(
                self.demonyms
                    .iter()
                    .map(|d| (d.as_str(), MentionForm::Demonym)),
            )
    }
}

struct Inner {
    entries: Arc<Vec<GazetteerEntry>>,
    matcher: Matcher,
}

/// A compiled set of known entities, matched as whole words.
///
/// A `Gazetteer` is immutable, `Send + Sync`, and cheap to clone: the
/// compiled automaton sits behind an `Arc`. [`Gazetteer::default`] is the
/// gazetteer shipped with the crate (countries, capitals and large cities,
/// US states, regions, international organizations, seats of government and
/// major news organizations and companies); build your own with
/// [`Gazetteer::builder`], on top of the default or alone.
///
/// # Example
///
/// ```
/// use newsparse::{ArticleParser, EntityKind, Gazetteer, GazetteerEntry};
///
/// let mut builder = Gazetteer::builder_with_default();
/// builder.entry(
///     GazetteerEntry::new("storm-shadow", EntityKind::from_label("weapon"), "Storm Shadow"),
/// );
/// let gazetteer = builder.build()?;
///
/// let parser = ArticleParser::builder().gazetteer(gazetteer).build()?;
/// let article = parser.parse("Britain has sent Storm Shadow missiles to Ukraine.")?;
/// let names: Vec<&str> = article.entities.iter().map(|e| e.name.as_str()).collect();
/// assert_eq!(names, ["United Kingdom", "Storm Shadow", "Ukraine"]);
/// # Ok::<(), newsparse::Error>(())
/// ```
#[derive(Clone)]
pub struct Gazetteer {
    inner: Arc<Inner>,
}

impl fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gazetteer")
            .field("entries", &self.inner.entries.len())
            .field("patterns", &self.inner.matcher.pattern_count())
            .finish()
    }
}

impl Default for Gazetteer {
    /// The gazetteer shipped with the crate, compiled once per process.
    fn default() -> Gazetteer {
        DEFAULT_GAZETTEER.clone()
    }
}

impl Gazetteer {
    /// A builder for a gazetteer that starts empty.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// A builder that starts with the entries of the default gazetteer, so
    /// that yours are added on top (yours win on conflicts).
    pub fn builder_with_default() -> GazetteerBuilder {
        let mut b = GazetteerBuilder::new();
        b.extend(&Gazetteer::default());
        b
    }

    /// A gazetteer with no entries: only discovered people are found.
    pub fn empty() -> Gazetteer {
        EMPTY_GAZETTEER.clone()
    }

    /// The entries, in the order they were added.
    pub fn entries(&self) -> &[GazetteerEntry] {
        &self.inner.entries
    }

    /// The entry with this id, if any.
    pub fn get(&self, id: &str) -> Option<&GazetteerEntry> {
        self.inner.entries.iter().find(|e| e.id == id)
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.inner.entries.len()
    }

    /// Whether the gazetteer has no entries.
    pub fn is_empty(&self) -> bool {
        self.inner.entries.is_empty()
    }

    pub(crate) fn matcher(&self) -> &Matcher {
        &self.inner.matcher
    }

    pub(crate) fn entry(&self, index: u32) -> &GazetteerEntry {
        &self.inner.entries[index as usize]
    }
}

/// A builder for a [`Gazetteer`].
///
/// Entries are added in order; an entry whose id was added before replaces
/// the earlier one, and a name that two entries share belongs to the one
/// added last. The builder is not consumed by
/// [`build`](GazetteerBuilder::build).
#[derive(Clone, Debug, Default)]
pub struct GazetteerBuilder {
    /// Shared with the gazetteers built from it until the builder changes
    /// again (copy on write), so that building does not copy the entries.
    entries: Arc<Vec<GazetteerEntry>>,
    by_id: HashMap<String, usize>,
}

impl GazetteerBuilder {
    /// Creates an empty builder.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }

    /// Adds an entry, replacing any earlier entry with the same id.
    pub fn entry(&mut self, entry: GazetteerEntry) -> &mut GazetteerBuilder {
        match self.by_id.get(&entry.id) {
            Some(&i) => Arc::make_mut(&mut self.entries)[i] = entry,
            None => {
                self.by_id.insert(entry.id.clone(), self.entries.len());
                Arc::make_mut(&mut self.entries).push(entry);
            }
        }
        self
    }

    /// Adds every entry of `gazetteer`.
    pub fn extend(&mut self, gazetteer: &Gazetteer) -> &mut GazetteerBuilder {
        for e in gazetteer.entries() {
            self.entry(e.clone());
        }
        self
    }

    /// Adds the entries of a gazetteer in TSV form.
    ///
    /// One entry per line, five fields separated by tabs, the last two
    /// optional: `id`, `kind`, `name`, `aliases`, `demonyms`. Aliases and
    /// demonyms are lists separated by `|`. `kind` is `person`,
    /// `organization` or `location` (or a label such as `PERSON`, `ORG`,
    /// `GPE`), or any other label, kept as written. Lines starting with `#`
    /// and blank lines are skipped.
    ///
    /// ```text
    /// # id<TAB>kind<TAB>name<TAB>aliases<TAB>demonyms
    /// gb<TAB>location<TAB>United Kingdom<TAB>UK|U.K.|Britain<TAB>British|Briton|Britons
    /// atacms<TAB>weapon<TAB>ATACMS<TAB>Army Tactical Missile Systems
    /// ```
    ///
    /// (`<TAB>` stands for a tab character.)
    ///
    /// # Errors
    ///
    /// A line with fewer than three or more than five fields, or with an
    /// empty id, kind or name, is an error of kind
    /// [`ErrorKind::Gazetteer`] naming its line number; nothing of `text` is
    /// added then.
    ///
    /// # Example
    ///
    /// ```
    /// use newsparse::{ErrorKind, Gazetteer};
    ///
    /// let mut builder = Gazetteer::builder();
    /// builder.tsv("# weapons\natacms\tweapon\tATACMS\tArmy Tactical Missile Systems\n")?;
    /// assert_eq!(builder.build()?.len(), 1);
    ///
    /// let err = Gazetteer::builder().tsv("ok\tlocation\tOslo\nbroken line\n").unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::Gazetteer { line: 2, .. }));
    /// assert_eq!(
    ///     err.to_string(),
    ///     "gazetteer line 2: expected 3 to 5 tab-separated fields (id, kind, name, aliases, demonyms), found 1"
    /// );
    /// # Ok::<(), newsparse::Error>(())
    /// ```
    pub fn tsv(&mut self, text: &str) -> Result<&mut GazetteerBuilder, Error> {
        let entries = parse_tsv(text)?;
        for e in entries {
            self.entry(e);
        }
        Ok(self)
    }

    /// Adds the entries of a spaCy EntityRuler patterns file
    /// (`patterns.jsonl`): one JSON object per line with a `label`, a
    /// `pattern` and an optional `id`.
    ///
    /// A pattern is a string (`"Apple"`), or a list of token objects whose
    /// only attribute is `ORTH`, `TEXT` or `LOWER`
    /// (`[{"LOWER": "new"}, {"LOWER": "york"}]`). `LOWER` tokens match in
    /// lower case, capitalized and in capitals. Patterns that share an `id`
    /// are names of one entry, the first its canonical name; without an
    /// `id`, each distinct label and first pattern make an entry. Labels map
    /// to kinds with [`EntityKind::from_label`], so `PERSON` and `PER` are
    /// people, `ORG` organizations, `GPE`, `LOC` and `FAC` locations, and any
    /// other label (`WEAPON`) stays as written.
    ///
    /// # Errors
    ///
    /// A line that is not a JSON object with a string `label` and a string
    /// or list `pattern`, or a token with another attribute (`POS`, `OP`,
    /// `LEMMA`, ...), is an error of kind [`ErrorKind::Gazetteer`] naming
    /// the line and the problem; nothing of `jsonl` is added then.
    ///
    /// # Example
    ///
    /// ```
    /// use newsparse::{EntityKind, Gazetteer};
    ///
    /// let patterns = r#"{"label": "ORG", "pattern": "Apple", "id": "apple"}
    /// {"label": "GPE", "pattern": [{"LOWER": "san"}, {"LOWER": "francisco"}], "id": "sf"}
    /// {"label": "WEAPON", "pattern": "ATACMS"}"#;
    /// let mut builder = Gazetteer::builder();
    /// builder.spacy_patterns(patterns)?;
    /// let gazetteer = builder.build()?;
    /// assert_eq!(gazetteer.get("apple").unwrap().kind, EntityKind::Organization);
    /// assert_eq!(gazetteer.get("sf").unwrap().name, "San Francisco");
    /// assert_eq!(gazetteer.len(), 3);
    ///
    /// let err = Gazetteer::builder()
    ///     .spacy_patterns(r#"{"label": "ORG", "pattern": [{"POS": "PROPN"}]}"#)
    ///     .unwrap_err();
    /// assert_eq!(
    ///     err.to_string(),
    ///     "gazetteer line 1: token attribute \"POS\" is not supported (only ORTH, TEXT and LOWER)"
    /// );
    /// # Ok::<(), newsparse::Error>(())
    /// ```
    #[cfg(feature = "serde")]
    pub fn spacy_patterns(&mut self, jsonl: &str) -> Result<&mut GazetteerBuilder, Error> {
        for e in crate::spacy::parse_patterns(jsonl)? {
            self.entry(e);
        }
        Ok(self)
    }

    /// Compiles the entries into a gazetteer.
    ///
    /// # Errors
    ///
    /// Returns an error of kind [`ErrorKind::Gazetteer`] when the automaton
    /// cannot be built (too many patterns for memory).
    pub fn build(&self) -> Result<Gazetteer, Error> {
        compile(Arc::clone(&self.entries))
    }
}

/// Parses gazetteer TSV, all or nothing.
fn parse_tsv(text: &str) -> Result<Vec<GazetteerEntry>, Error> {
    let mut out = Vec::new();
    for (i, raw) in text.lines().enumerate() {
        let line_no = i + 1;
        let line = raw.trim_end_matches('\r');
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        let fields: Vec<&str> = line.split('\t').collect();
        let err = |reason: String| {
            Error::new(ErrorKind::Gazetteer {
                line: line_no,
                reason,
            })
        };
        if !(3..=5).contains(&fields.len()) {
            return Err(err(format!(
                "expected 3 to 5 tab-separated fields (id, kind, name, aliases, demonyms), found {}",
                fields.len()
            )));
        }
        let (id, kind, name) = (fields[0].trim(), fields[1].trim(), fields[2].trim());
        for (what, value) in [("id", id), ("kind", kind), ("name", name)] {
            if value.is_empty() {
                return Err(err(format!("the {what} field is empty")));
            }
        }
        let list = |k: usize| -> Vec<String> {
            fields
                .get(k)
                .map(|f| {
                    f.split('|')
                        .map(str::trim)
                        .filter(|s| !s.is_empty())
                        .map(String::from)
                        .collect()
                })
                .unwrap_or_default()
        };
        out.push(GazetteerEntry {
            id: id.to_string(),
            kind: EntityKind::from_label(kind),
            name: name.to_string(),
            aliases: list(3),
            demonyms: list(4),
        });
    }
    Ok(out)
}

/// Whether a surface form is an acronym or initialism ("US", "U.K.",
/// "NATO"): all its letters are capitals. Such forms match only as written.
fn is_acronym(form: &str) -> bool {
    form.chars().any(char::is_alphabetic) && !form.chars().any(char::is_lowercase)
}

/// Forms shorter than this (in letters) get no ALL-CAPS variant.
const MIN_CAPS_VARIANT_LETTERS: usize = 4;

fn compile(entries: Arc<Vec<GazetteerEntry>>) -> Result<Gazetteer, Error> {
    // Each pattern once; later entries win a shared form, and an exact
    // spelling beats another entry's caps variant.
    let forms: usize = entries.iter().map(|e| e.forms().count()).sum();
    let mut table = PatternTable::with_capacity(forms * 2);
    let mut upper = String::new();
    for (i, e) in entries.iter().enumerate() {
        let entry = u32::try_from(i).map_err(|_| {
            Error::new(ErrorKind::Gazetteer {
                line: 0,
                reason: format!("too many entries ({})", entries.len()),
            })
        })?;
        for (form, kind) in e.forms() {
            let form = form.trim();
            if form.is_empty() {
                continue;
            }
            let info = PatternInfo {
                entry,
                form: kind,
                caps_only: false,
            };
            table.add(form, info, |_| true)?;
            if !is_acronym(form) && has_letters(form, MIN_CAPS_VARIANT_LETTERS) {
                upper.clear();
                upper.extend(form.chars().flat_map(char::to_uppercase));
                let caps = PatternInfo {
                    caps_only: true,
                    ..info
                };
                table.add(&upper, caps, |old| old.caps_only)?;
            }
        }
    }
    Ok(Gazetteer {
        inner: Arc::new(Inner {
            entries,
            matcher: Matcher::new(table)?,
        }),
    })
}

/// Whether `form` has at least `n` letters.
fn has_letters(form: &str, n: usize) -> bool {
    form.chars().filter(|c| c.is_alphabetic()).take(n).count() >= n
}

const DEFAULT_FILES: [(&str, &str); 3] = [
    (
        "data/gazetteer/places.tsv",
        include_str!("../data/gazetteer/places.tsv"),
    ),
    (
        "data/gazetteer/regions.tsv",
        include_str!("../data/gazetteer/regions.tsv"),
    ),
    (
        "data/gazetteer/organizations.tsv",
        include_str!("../data/gazetteer/organizations.tsv"),
    ),
];

/// The default entries. The files are checked by the tests; a file that
/// failed to parse would be left out rather than panic.
pub(crate) fn default_entries() -> Vec<GazetteerEntry> {
    DEFAULT_FILES
        .iter()
        .filter_map(|(_, text)| parse_tsv(text).ok())
        .flatten()
        .collect()
}

static DEFAULT_GAZETTEER: Lazy<Gazetteer> = Lazy::new(|| {
    let mut b = GazetteerBuilder::new();
    for e in default_entries() {
        b.entry(e);
    }
    b.build().unwrap_or_else(|_| Gazetteer::empty())
});

static EMPTY_GAZETTEER: Lazy<Gazetteer> = Lazy::new(|| Gazetteer {
    inner: Arc::new(Inner {
        entries: Arc::new(Vec::new()),
        matcher: Matcher::Empty,
    }),
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn default_files_parse() {
        for (name, text) in DEFAULT_FILES {
            if let Err(e) = parse_tsv(text) {
                panic!("{name}: {e}");
            }
        }
        assert!(Gazetteer::default().len() > 300);
    }

    #[test]
    fn default_ids_are_unique_across_files() {
        let mut seen = std::collections::HashMap::new();
        for (name, text) in DEFAULT_FILES {
            for e in parse_tsv(text).unwrap() {
                if let Some(other) = seen.insert(e.id.clone(), name) {
                    panic!("id {:?} is in {other} and {name}", e.id);
                }
            }
        }
    }

    #[test]
    fn later_entries_win() {
        let mut b = Gazetteer::builder();
        b.tsv("a\tlocation\tGeorgia\nb\tlocation\tGeorgia\tGA\n")
            .unwrap();
        b.tsv("a\tperson\tAlpha\n").unwrap();
        let g = b.build().unwrap();
        assert_eq!(g.len(), 2);
        assert_eq!(g.get("a").unwrap().kind, EntityKind::Person);
        let mut found = Vec::new();
        g.matcher()
            .scan("Georgia", &mut |_, _, _| true, &mut |_, _, p| found.push(p));
        assert_eq!(found.len(), 1);
        assert_eq!(g.entry(found[0].entry).id, "b");
    }

    #[test]
    fn tsv_errors_name_the_line() {
        let cases = [
            ("x\tlocation\n", 1, "found 2"),
            ("# c\n\nx\tlocation\tX\ty\tz\textra\n", 3, "found 6"),
            (
                "x\tlocation\tX\n\tlocation\tY\n",
                2,
                "the id field is empty",
            ),
            ("x\t \tX\n", 1, "the kind field is empty"),
        ];
        for (text, line, reason) in cases {
            let err = parse_tsv(text).unwrap_err();
            match err.kind() {
                ErrorKind::Gazetteer { line: l, reason: r } => {
                    assert_eq!(*l, line, "{text:?}");
                    assert!(r.contains(reason), "{r}");
                }
                other => panic!("{other:?}"),
            }
        }
    }
}
