//! Whether a person is a man or a woman, as far as the article's words
//! tell: gendered titles ("Mrs", "Sir", "spokeswoman") and common given
//! names ("Maria", "Tom"). Used to resolve "he" and "she" to a compatible
//! person. Nothing here is a guess about anyone's identity: it only keeps
//! a pronoun from linking to a person the article itself marks otherwise.

use once_cell::sync::Lazy;

use crate::lexicon::{data_lines, FnvMap};

const GIVEN_NAMES_TSV: &str = include_str!("../data/given_names.tsv");
const TITLE_GENDERS_TSV: &str = include_str!("../data/title_genders.tsv");

/// The gender a pronoun or a name points to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Gender {
    Male,
    Female,
}

fn parse(tag: &str) -> Option<Gender> {
    match tag.trim() {
        "m" | "male" => Some(Gender::Male),
        "f" | "female" => Some(Gender::Female),
        _ => None,
    }
}

fn table(src: &'static str) -> FnvMap<&'static str, Gender> {
    let mut map = FnvMap::default();
    for line in data_lines(src) {
        let mut fields = line.split('\t');
        if let (Some(tag), Some(word)) = (fields.next(), fields.next()) {
            if let Some(g) = parse(tag) {
                map.insert(word.trim(), g);
            }
        }
    }
    map
}

static GIVEN_NAMES: Lazy<FnvMap<&'static str, Gender>> = Lazy::new(|| table(GIVEN_NAMES_TSV));
static TITLES: Lazy<FnvMap<&'static str, Gender>> = Lazy::new(|| table(TITLE_GENDERS_TSV));

/// The gender a data file's tag names ("m", "f"), if any.
pub(crate) fn of_tag(tag: &str) -> Option<Gender> {
    parse(tag)
}

/// The gender of a given name as written ("Maria", "Jean-Luc"), when it
/// is not commonly used for both.
pub(crate) fn of_given_name(name: &str) -> Option<Gender> {
    GIVEN_NAMES.get(name).copied()
}

/// The gender a title says ("Mrs", "Sir", "Congresswoman").
pub(crate) fn of_title(title: &str) -> Option<Gender> {
    TITLES.get(title.trim()).copied()
}

/// The gender of a full name, from its first word ("Maria Lopez").
pub(crate) fn of_name(name: &str) -> Option<Gender> {
    of_given_name(name.split_whitespace().next()?)
}

/// The gender a personal pronoun refers to.
pub(crate) fn of_pronoun(word: &str) -> Option<Gender> {
    if word.eq_ignore_ascii_case("he") {
        Some(Gender::Male)
    } else if word.eq_ignore_ascii_case("she") {
        Some(Gender::Female)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_titles_and_pronouns() {
        assert_eq!(of_name("Maria Lopez"), Some(Gender::Female));
        assert_eq!(of_name("Tom Becker"), Some(Gender::Male));
        assert_eq!(of_name("Alex Morgan"), None, "used for both");
        assert_eq!(of_name("Qwxz Abc"), None);
        assert_eq!(of_title("Mrs"), Some(Gender::Female));
        assert_eq!(of_title("Sir"), Some(Gender::Male));
        assert_eq!(of_title("Sen."), None);
        assert_eq!(of_pronoun("She"), Some(Gender::Female));
        assert_eq!(of_pronoun("they"), None);
    }
}
