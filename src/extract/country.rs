//! Country names to ISO 3166-1 codes.
//!
//! The codes and ISO names come from the `celes` crate; UN short and formal names and common
//! variants that ISO data lacks live in `data/country-names.tsv`. Matching ignores case,
//! diacritics, punctuation, spaces and a leading "the", and tries a bracketed formal part
//! (`Bolivia (Plurinational State of)`) as written, without it and moved to the front.

use std::sync::OnceLock;

use celes::{Country as IsoCountry, LookupTable};
use rustc_hash::FxHashMap;

use crate::record::Country;

const COUNTRY_NAMES: &str = include_str!("data/country-names.tsv");

struct Index {
    // Keys are short and the table is fixed: a fast hash, not a DoS-resistant one.
    by_key: FxHashMap<String, &'static str>,
    /// The names of `by_key` as the sources write them and in upper case (the newer site's
    /// `VIET NAM`), each with the code its key resolves to: a record header's country is
    /// almost always one, found without building its key.
    by_name: FxHashMap<String, &'static str>,
    short_name: FxHashMap<&'static str, &'static str>,
}

fn index() -> &'static Index {
    static INDEX: OnceLock<Index> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut by_key = FxHashMap::default();
        let mut short_name = FxHashMap::default();
        // Every spelling with its key, each key built once.
        let mut spellings: Vec<(&'static str, String)> = Vec::new();
        for country in IsoCountry::get_countries() {
            let names = std::iter::once(country.long_name).chain(country.aliases.iter().copied());
            for name in names {
                let key = match_key(name);
                by_key.insert(key.clone(), country.alpha2);
                spellings.push((name, key));
            }
        }
        for (alpha2, name) in alias_entries() {
            let key = match_key(name);
            by_key.insert(key.clone(), alpha2);
            spellings.push((name, key));
            short_name.entry(alpha2).or_insert(name);
        }
        // Only codes that make a whole `Country` are kept, so that a key found is an answer.
        by_key.retain(|_, alpha2| {
            IsoCountry::from_alpha2(*alpha2).is_ok_and(|iso| u16::try_from(iso.value).is_ok())
        });
        // A spelling resolves to what its key resolves to, whichever source wrote it.
        let mut by_name = FxHashMap::default();
        for (name, key) in spellings {
            if let Some(&alpha2) = by_key.get(&key) {
                by_name.insert(name.to_uppercase(), alpha2);
                by_name.insert(name.to_owned(), alpha2);
            }
        }
        Index {
            by_key,
            by_name,
            short_name,
        }
    })
}

fn alias_entries() -> impl Iterator<Item = (&'static str, &'static str)> {
    COUNTRY_NAMES
        .lines()
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
        .filter_map(|line| line.split_once('\t'))
}

/// The comparison key of a name: ASCII-folded, lowercase, letters and digits only.
fn match_key(name: &str) -> String {
    let folded = deunicode::deunicode(name).to_ascii_lowercase();
    let key: String = folded.chars().filter(char::is_ascii_alphanumeric).collect();
    match key.strip_prefix("the") {
        Some(rest) if folded.trim_start().starts_with("the ") => rest.to_owned(),
        _ => key,
    }
}

/// The candidate spellings of `name`: as written, without a bracketed part, bracket first.
fn candidates(name: &str) -> Vec<String> {
    let mut keys = vec![match_key(name)];
    if let (Some(open), Some(close)) = (name.find('('), name.rfind(')')) {
        if open < close {
            let outer = name[..open].trim();
            let inner = name[open + 1..close].trim();
            keys.push(match_key(outer));
            keys.push(match_key(&format!("{inner} {outer}")));
        }
    }
    keys
}

/// Longest name whose key [`is_country_name`] builds on the stack.
const STACK_NAME: usize = 96;

/// Whether `name` resolves to a country, exactly as [`resolve_country`] decides, without building
/// the [`Country`] (the entity rules ask this of many candidate word runs).
pub(crate) fn is_country_name(name: &str) -> bool {
    resolve_alpha2(name).is_some()
}

/// [`resolve_alpha2`] for the country of a record header, which is almost always written as
/// the sources write it: the spelling is looked up as it is before its key is built. (The
/// entity rules ask [`resolve_alpha2`] about word runs that are mostly no country, for which
/// the first look-up would be wasted.)
pub(crate) fn resolve_header_alpha2(name: &str) -> Option<&'static str> {
    match index().by_name.get(name) {
        Some(&alpha2) => Some(alpha2),
        None => resolve_alpha2(name),
    }
}

/// The ISO 3166-1 alpha-2 code of the country `name` names, without building the [`Country`].
pub(crate) fn resolve_alpha2(name: &str) -> Option<&'static str> {
    let index = index();
    // `deunicode` leaves text below DEL unchanged, and without a bracket the only candidate is
    // the name's own key, so short plain names are keyed on the stack.
    let plain = name.len() <= STACK_NAME && name.bytes().all(|byte| byte < 0x7f && byte != b'(');
    if plain {
        let mut buffer = [0u8; STACK_NAME];
        let mut length = 0;
        for byte in name.bytes().filter(u8::is_ascii_alphanumeric) {
            buffer[length] = byte.to_ascii_lowercase();
            length += 1;
        }
        let key = std::str::from_utf8(&buffer[..length]).unwrap_or("");
        let starts_with_the = name
            .trim_start()
            .get(..4)
            .is_some_and(|start| start.eq_ignore_ascii_case("the "));
        let key = match key.strip_prefix("the") {
            Some(rest) if starts_with_the => rest,
            _ => key,
        };
        index.by_key.get(key).copied()
    } else {
        candidates(name)
            .iter()
            .find_map(|key| index.by_key.get(key).copied())
    }
}

/// Resolves a country name as a record writes it to its ISO 3166-1 codes.
///
/// `name` is kept as given in the result. Returns `None` for names no country carries.
///
/// ```
/// let country = vawkg::extract::resolve_country("Viet Nam").unwrap();
/// assert_eq!((country.alpha2.as_str(), country.alpha3.as_str(), country.numeric), ("VN", "VNM", 704));
/// ```
pub fn resolve_country(name: &str) -> Option<Country> {
    resolve_alpha2(name).and_then(|alpha2| country_of(name.to_owned(), alpha2))
}

/// The [`Country`] named `name` whose code [`resolve_alpha2`] found.
pub(crate) fn country_of(name: String, alpha2: &str) -> Option<Country> {
    let iso = IsoCountry::from_alpha2(alpha2).ok()?;
    Some(Country {
        name,
        alpha2: iso.alpha2.to_owned(),
        alpha3: iso.alpha3.to_owned(),
        numeric: u16::try_from(iso.value).ok()?,
        iso_name: index()
            .short_name
            .get(alpha2)
            .copied()
            .unwrap_or(iso.long_name)
            .to_owned(),
    })
}

/// Writes an upper-case country name (`VIET NAM`) in ordinary case (`Viet Nam`).
///
/// The UN short name is used when the name is one; otherwise every word is capitalised
/// except short function words (`of`, `and`, `the`, …).
pub fn ordinary_case(upper: &str, alpha2: Option<&str>) -> String {
    if let Some(short) = alpha2.and_then(|code| index().short_name.get(code)) {
        if short.to_uppercase() == upper.to_uppercase() {
            return (*short).to_owned();
        }
    }
    title_case(upper)
}

/// Capitalises each word of `text`, keeping function words lowercase after the first word.
pub(crate) fn title_case(text: &str) -> String {
    const FUNCTION_WORDS: [&str; 10] = [
        "of", "and", "the", "de", "da", "del", "des", "la", "le", "du",
    ];
    let mut out = String::with_capacity(text.len());
    for (position, word) in text.split(' ').enumerate() {
        if position > 0 {
            out.push(' ');
        }
        let lower = word.to_lowercase();
        let (open, bare) = match lower.strip_prefix('(') {
            Some(rest) => ("(", rest),
            None => ("", lower.as_str()),
        };
        out.push_str(open);
        if position > 0 && FUNCTION_WORDS.contains(&bare.trim_end_matches(')')) {
            out.push_str(bare);
        } else if let Some(rest) = bare.strip_prefix("d'").or_else(|| bare.strip_prefix("d’")) {
            out.push_str(&bare[..bare.len() - rest.len()]);
            out.push_str(&capitalise(rest));
        } else {
            out.push_str(&capitalise(bare));
        }
    }
    out
}

/// `birr` → `Birr`: the first letter in upper case.
pub(crate) fn capitalise(word: &str) -> String {
    let mut chars = word.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn alpha2(name: &str) -> Option<String> {
        let alpha2 = resolve_country(name).map(|country| country.alpha2);
        assert_eq!(is_country_name(name), alpha2.is_some(), "{name}");
        alpha2
    }

    #[test]
    fn iso_and_un_names_resolve() {
        for (name, code) in [
            ("Canada", "CA"),
            ("Viet Nam", "VN"),
            ("Republic of Moldova", "MD"),
            ("Cabo Verde", "CV"),
            ("United Kingdom of Great Britain and Northern Ireland", "GB"),
            ("Türkiye", "TR"),
            ("Turkiye", "TR"),
            ("Côte d'Ivoire", "CI"),
            ("Cote d’Ivoire", "CI"),
            ("the Netherlands", "NL"),
            ("Bolivia (Plurinational State of)", "BO"),
            ("Venezuela (Bolivarian Republic of)", "VE"),
            ("Iran (Islamic Republic of)", "IR"),
            ("DENMARK", "DK"),
            ("REPUBLIC OF MOLDOVA", "MD"),
        ] {
            assert_eq!(alpha2(name).as_deref(), Some(code), "{name}");
        }
    }

    #[test]
    fn unknown_names_do_not_resolve() {
        assert_eq!(alpha2("Atlantis"), None);
        assert_eq!(alpha2(""), None);
        assert_eq!(alpha2("Republic of"), None);
        assert_eq!(alpha2("  The Gambia"), Some("GM".to_string()));
        assert_eq!(alpha2("Thegambia"), None);
        assert_eq!(alpha2("The  Bahamas"), Some("BS".to_string()));
    }

    /// The look-up by spelling is a cache of the look-up by key: every spelling it holds
    /// resolves to the same code both ways.
    #[test]
    fn spellings_resolve_as_their_keys_do() {
        let index = index();
        assert!(index.by_name.len() > 400);
        for (name, &alpha2) in &index.by_name {
            assert_eq!(resolve_alpha2(name), Some(alpha2), "{name}");
        }
        assert_eq!(resolve_header_alpha2("VIET NAM"), Some("VN"));
        assert_eq!(
            resolve_header_alpha2("Côte d’Ivoire"),
            resolve_alpha2("Côte d’Ivoire")
        );
        assert_eq!(resolve_header_alpha2("Atlantis"), None);
    }

    #[test]
    fn codes_are_complete() {
        let country = resolve_country("Canada").unwrap();
        assert_eq!((country.alpha3.as_str(), country.numeric), ("CAN", 124));
    }

    #[test]
    fn every_alias_names_a_known_code() {
        for (alpha2, name) in alias_entries() {
            assert!(IsoCountry::from_alpha2(alpha2).is_ok(), "{alpha2} {name}");
            assert_eq!(
                resolve_country(name).map(|c| c.alpha2).as_deref(),
                Some(alpha2),
                "{name}"
            );
        }
    }

    #[test]
    fn upper_case_names_get_ordinary_case() {
        assert_eq!(ordinary_case("VIET NAM", Some("VN")), "Viet Nam");
        assert_eq!(
            ordinary_case("REPUBLIC OF MOLDOVA", Some("MD")),
            "Republic of Moldova"
        );
        assert_eq!(ordinary_case("CÔTE D'IVOIRE", Some("CI")), "Côte d'Ivoire");
        assert_eq!(ordinary_case("DENMARK", Some("DK")), "Denmark");
        assert_eq!(
            ordinary_case("SAINT KITTS AND NEVIS", None),
            "Saint Kitts and Nevis"
        );
        assert_eq!(title_case("EUROPE"), "Europe");
    }
}
