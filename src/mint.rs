//! Stable IRIs from record content: measures, record graphs, countries, agencies, instruments,
//! sources, amounts, evidence spans, source files, and the concepts of the fixed schemes.
//!
//! This module owns naming only: it builds no triples (see [`crate::map`]). Every IRI is a pure
//! function of content, never of a file name or a position in a file, so the same record read
//! from any file gets the same IRI, and a rerun gives byte-identical output. Data IRIs live under
//! a configurable [`BaseIri`] (default [`DEFAULT_BASE_IRI`]); concept IRIs are fixed under
//! [`concept::BASE`] so that the ontology files and minted concepts
//! agree. No blank nodes are ever minted.
//!
//! ```
//! use vawkg::mint::{self, BaseIri, Scope};
//!
//! let base = BaseIri::default();
//! assert_eq!(mint::country(&base, "CA").as_str(), "https://w3id.org/vawkg/id/country/CA");
//! assert_eq!(
//!     mint::agency(&base, Scope::Country("CA"), "Royal Canadian Mounted Police", None).as_str(),
//!     "https://w3id.org/vawkg/id/agency/ca/royal-canadian-mounted-police"
//! );
//! assert_eq!(mint::slug("Lähisuhde- ja perheväkivallan"), "lahisuhde-ja-perhevakivallan");
//! ```

use std::fmt;

use oxigraph::model::{NamedNode, NamedNodeRef};

use crate::record::Record;
use crate::vocab::concept;

/// The data base IRI used when none is configured.
pub const DEFAULT_BASE_IRI: &str = "https://w3id.org/vawkg/id/";

/// Why a base IRI was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MintError {
    /// The text is not an absolute IRI.
    #[error("invalid base IRI {iri:?}: {reason}")]
    InvalidBaseIri {
        /// The refused text.
        iri: String,
        /// What is wrong with it.
        reason: String,
    },
}

/// The IRI that every data IRI (measures, countries, agencies, …) starts with.
///
/// It is an absolute IRI ending with `/` or `#`; [`BaseIri::default`] is [`DEFAULT_BASE_IRI`].
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct BaseIri(String);

impl BaseIri {
    /// Checks that `iri` is an absolute IRI ending with `/` or `#`.
    pub fn new(iri: impl Into<String>) -> Result<Self, MintError> {
        let iri = iri.into();
        if let Err(error) = NamedNode::new(iri.as_str()) {
            return Err(MintError::InvalidBaseIri {
                reason: error.to_string(),
                iri,
            });
        }
        if !iri.ends_with('/') && !iri.ends_with('#') {
            return Err(MintError::InvalidBaseIri {
                iri,
                reason: "it must end with / or #".into(),
            });
        }
        Ok(BaseIri(iri))
    }

    /// The base IRI as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// `{base}{path}` as a named node. `path` must already be IRI-safe (slugs, hex, codes).
    fn join(&self, path: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{path}", self.0))
    }
}

impl Default for BaseIri {
    fn default() -> Self {
        BaseIri(DEFAULT_BASE_IRI.to_owned())
    }
}

impl fmt::Display for BaseIri {
    fn fmt(&self, formatter: &mut fmt::Formatter<'_>) -> fmt::Result {
        formatter.write_str(&self.0)
    }
}

/// Whose an agency or instrument is: one country's, or shared internationally.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    /// Belongs to the country with this ISO 3166-1 alpha-2 code (any case).
    Country(&'a str),
    /// An international body or instrument, shared by every country (`int` in IRIs).
    International,
}

impl Scope<'_> {
    /// The IRI path segment: the lowercase alpha-2 code, or `int`.
    pub fn segment(&self) -> String {
        match self {
            Scope::Country(alpha2) => alpha2.to_ascii_lowercase(),
            Scope::International => "int".to_owned(),
        }
    }
}

/// The 64-bit FNV-1a hash of `bytes`: small, stable across platforms and releases.
pub fn fnv1a_64(bytes: &[u8]) -> u64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    bytes.iter().fold(OFFSET_BASIS, |hash, byte| {
        (hash ^ u64::from(*byte)).wrapping_mul(PRIME)
    })
}

/// The FNV-1a hash of `text` as 16 lowercase hex digits.
pub fn hash_hex(text: &str) -> String {
    format!("{:016x}", fnv1a_64(text.as_bytes()))
}

/// Folds one lowercase character to ASCII: Latin letters lose their accents (`é` → `e`,
/// `ß` → `ss`, `ø` → `o`, Vietnamese `ạ` → `a`); other characters are returned unchanged.
fn fold_latin(character: char) -> Option<&'static str> {
    let folded = match character {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' | 'ǎ' | 'ǻ' => "a",
        'æ' | 'ǽ' => "ae",
        'ç' | 'ć' | 'ĉ' | 'ċ' | 'č' => "c",
        'ð' | 'ď' | 'đ' => "d",
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ĕ' | 'ė' | 'ę' | 'ě' => "e",
        'ĝ' | 'ğ' | 'ġ' | 'ģ' => "g",
        'ĥ' | 'ħ' => "h",
        'ì' | 'í' | 'î' | 'ï' | 'ĩ' | 'ī' | 'ĭ' | 'į' | 'ı' | 'ǐ' => "i",
        'ĳ' => "ij",
        'ĵ' => "j",
        'ķ' => "k",
        'ĺ' | 'ļ' | 'ľ' | 'ŀ' | 'ł' => "l",
        'ñ' | 'ń' | 'ņ' | 'ň' | 'ŉ' => "n",
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ŏ' | 'ő' | 'ơ' | 'ǒ' | 'ǿ' => "o",
        'œ' => "oe",
        'ŕ' | 'ŗ' | 'ř' => "r",
        'ś' | 'ŝ' | 'ş' | 'š' | 'ș' => "s",
        'ß' => "ss",
        'ţ' | 'ť' | 'ŧ' | 'ț' => "t",
        'þ' => "th",
        'ù' | 'ú' | 'û' | 'ü' | 'ũ' | 'ū' | 'ŭ' | 'ů' | 'ű' | 'ų' | 'ư' | 'ǔ' | 'ǖ' | 'ǘ' | 'ǚ'
        | 'ǜ' => "u",
        'ŵ' => "w",
        'ý' | 'ÿ' | 'ŷ' => "y",
        'ź' | 'ż' | 'ž' => "z",
        // Latin Extended Additional (Vietnamese and others), in blocks of one base letter.
        '\u{1EA0}'..='\u{1EB7}' => "a",
        '\u{1EB8}'..='\u{1EC7}' => "e",
        '\u{1EC8}'..='\u{1ECB}' => "i",
        '\u{1ECC}'..='\u{1EE3}' => "o",
        '\u{1EE4}'..='\u{1EF1}' => "u",
        '\u{1EF2}'..='\u{1EF9}' => "y",
        _ => return None,
    };
    Some(folded)
}

/// The slug of `text`: Latin accents folded to ASCII, lowercase, apostrophes dropped
/// (`Women's` → `womens`), every other run of non-alphanumerics turned into one `-`, and `-`
/// trimmed from both ends. Text with no Latin letter or digit gives an empty slug.
///
/// ```
/// assert_eq!(vawkg::mint::slug("Awareness-raising /Campaigns"), "awareness-raising-campaigns");
/// assert_eq!(vawkg::mint::slug("Women’s Federation"), "womens-federation");
/// ```
pub fn slug(text: &str) -> String {
    let mut slug = String::with_capacity(text.len());
    let mut pending_hyphen = false;
    for character in text.chars().flat_map(char::to_lowercase) {
        // Apostrophes vanish, and so do combining marks (`İ` lowercases to `i` + U+0307).
        if matches!(
            character,
            '\'' | '’' | '‘' | '`' | 'ʼ' | '´' | '\u{0300}'..='\u{036F}'
        ) {
            continue;
        }
        let folded: Option<&str> = if character.is_ascii_alphanumeric() {
            None
        } else {
            fold_latin(character)
        };
        let mut push = |piece: &str| {
            if pending_hyphen && !slug.is_empty() {
                slug.push('-');
            }
            pending_hyphen = false;
            slug.push_str(piece);
        };
        if character.is_ascii_alphanumeric() {
            push(character.encode_utf8(&mut [0; 4]));
        } else if let Some(folded) = folded {
            push(folded);
        } else {
            pending_hyphen = true;
        }
    }
    slug
}

/// A slug that is never empty: [`slug`] of `text`, or `x-` and a hash of `text` when the slug
/// would be empty (a name written only in a non-Latin script).
fn slug_or_hash(text: &str) -> String {
    let slug = slug(text);
    if slug.is_empty() {
        format!("x-{}", hash_hex(text))
    } else {
        slug
    }
}

/// Text normalised for hashing: curly quotes made straight, Unicode hyphens and dashes made
/// `-`, runs of whitespace (no-break spaces included) made one space, ends trimmed.
pub fn normalise_text(text: &str) -> String {
    let mut normalised = String::with_capacity(text.len());
    for word in text
        .split(|character: char| character.is_whitespace())
        .filter(|word| !word.is_empty())
    {
        if !normalised.is_empty() {
            normalised.push(' ');
        }
        for character in word.chars() {
            normalised.push(match character {
                '’' | '‘' | 'ʼ' | '´' => '\'',
                '“' | '”' | '„' => '"',
                '\u{2010}'..='\u{2015}' | '\u{2212}' => '-',
                other => other,
            });
        }
    }
    normalised
}

/// Whether a `Type of Measure` level is the given level, ignoring case, spacing and accents.
fn same_level(level: &str, expected: &str) -> bool {
    slug(level) == slug(expected)
}

/// The levels of a `Type of Measure` path with the newer site's leading `Laws` level removed
/// when it comes before `Violence against women`, so that `Laws > Violence against women >
/// Legislation` and `Violence against women > Legislation` name one concept. Levels are
/// trimmed; empty levels are dropped.
pub fn normalise_measure_path<S: AsRef<str>>(levels: &[S]) -> Vec<&str> {
    let mut levels: Vec<&str> = levels
        .iter()
        .map(|level| level.as_ref().trim())
        .filter(|level| !level.is_empty())
        .collect();
    if levels.len() >= 2
        && same_level(levels[0], "Laws")
        && same_level(levels[1], "Violence against women")
    {
        levels.remove(0);
    }
    levels
}

/// The Type of Measure concept of a path, e.g. `…/concept/measure-type/police/training`.
/// The path is normalised first (see [`normalise_measure_path`]). `None` for an empty path.
pub fn measure_type_concept<S: AsRef<str>>(levels: &[S]) -> Option<NamedNode> {
    let levels = normalise_measure_path(levels);
    if levels.is_empty() {
        return None;
    }
    let mut iri = concept::MEASURE_TYPE_SCHEME.as_str().to_owned();
    for level in levels {
        iri.push('/');
        iri.push_str(&slug_or_hash(level));
    }
    Some(NamedNode::new_unchecked(iri))
}

/// The Form of Violence concept of a value, e.g. `…/concept/form/trafficking`.
pub fn form_concept(form: &str) -> NamedNode {
    NamedNode::new_unchecked(format!(
        "{}/{}",
        concept::FORM_SCHEME.as_str(),
        slug_or_hash(form)
    ))
}

/// The record's identifier, shared by its measure and its graph: the lowercase country
/// alpha-2 code, the start year (`na` when there is none) and 16 hex digits of the FNV-1a hash
/// of [`record_key`], e.g. `ca-2012-0123456789abcdef`.
pub fn record_id(record: &Record) -> String {
    let start = match &record.years {
        Some(years) => format!("{:04}", years.value.start),
        None => "na".to_owned(),
    };
    format!(
        "{}-{start}-{}",
        record.country.value.alpha2.to_ascii_lowercase(),
        hash_hex(&record_key(record))
    )
}

/// The canonical text a record's identifier hashes: a version tag, the country alpha-2 code,
/// the start and end years, the sorted Type of Measure concepts (normalised paths), the sorted
/// Form of Violence slugs and the normalised Brief Description, separated by control
/// characters.
///
/// The file name, the position in the file, the layout, the title line and the Source of
/// Information are left out, so the same measure written in another layout or stored in
/// another file (e.g. DK-2004 in the labelled and the data.unwomen.org layouts, where only the
/// latter has a title line) gets the same identifier.
pub fn record_key(record: &Record) -> String {
    const FIELD: char = '\u{1F}';
    const ITEM: char = '\u{1E}';
    let mut key = String::from("vawkg-measure-v1");
    key.push(FIELD);
    key.push_str(&record.country.value.alpha2.to_ascii_uppercase());
    key.push(FIELD);
    if let Some(years) = &record.years {
        key.push_str(&format!(
            "{:04}{ITEM}{:04}",
            years.value.start, years.value.end
        ));
    }
    key.push(FIELD);
    let mut types: Vec<String> = record
        .measure_types
        .iter()
        .filter_map(|path| measure_type_concept(path.value.levels.as_slice()))
        .map(NamedNode::into_string)
        .collect();
    types.sort();
    types.dedup();
    key.push_str(&types.join(&ITEM.to_string()));
    key.push(FIELD);
    let mut forms: Vec<String> = record
        .forms_of_violence
        .iter()
        .map(|form| slug_or_hash(&form.value))
        .collect();
    forms.sort();
    forms.dedup();
    key.push_str(&forms.join(&ITEM.to_string()));
    key.push(FIELD);
    key.push_str(&normalise_text(&record.description.text()));
    key
}

/// The measure of a record: `{base}measure/{record_id}`.
pub fn measure(base: &BaseIri, record_id: &str) -> NamedNode {
    base.join(&format!("measure/{record_id}"))
}

/// The named graph of a record: `{base}graph/record/{record_id}`.
pub fn record_graph(base: &BaseIri, record_id: &str) -> NamedNode {
    base.join(&format!("graph/record/{record_id}"))
}

/// A country: `{base}country/{ALPHA2}`, e.g. `…/country/CA`.
pub fn country(base: &BaseIri, alpha2: &str) -> NamedNode {
    base.join(&format!("country/{}", alpha2.to_ascii_uppercase()))
}

/// The EU Publications Office authority IRI of a country, from its alpha-3 code.
pub fn country_authority(alpha3: &str) -> NamedNode {
    NamedNode::new_unchecked(format!(
        "{}{}",
        crate::vocab::authority::EU_COUNTRY,
        alpha3.to_ascii_uppercase()
    ))
}

/// International bodies written by name or acronym, with the slug every spelling maps to.
const INTERNATIONAL_AGENCY_ALIASES: &[(&str, &[&str])] = &[
    (
        "un-women",
        &[
            "un-women",
            "united-nations-entity-for-gender-equality-and-the-empowerment-of-women",
        ],
    ),
    (
        "united-nations-population-fund",
        &["unfpa", "united-nations-population-fund"],
    ),
    (
        "united-nations-development-programme",
        &["undp", "united-nations-development-programme"],
    ),
    (
        "united-nations-childrens-fund",
        &["unicef", "united-nations-childrens-fund"],
    ),
    (
        "united-nations-office-on-drugs-and-crime",
        &["unodc", "united-nations-office-on-drugs-and-crime"],
    ),
    (
        "world-health-organization",
        &["who", "world-health-organization"],
    ),
    (
        "international-labour-organization",
        &["ilo", "international-labour-organization"],
    ),
    (
        "international-organization-for-migration",
        &["iom", "international-organization-for-migration"],
    ),
    ("european-union", &["eu", "european-union"]),
];

/// International instruments written by full title or short form, with their shared slug.
const INTERNATIONAL_INSTRUMENT_ALIASES: &[(&str, &[&str])] = &[
    (
        "cedaw",
        &[
            "cedaw",
            "convention-on-the-elimination-of-all-forms-of-discrimination-against-women",
            "un-convention-on-the-elimination-of-all-forms-of-discrimination-against-women",
            "united-nations-convention-on-the-elimination-of-all-forms-of-discrimination-against-women",
        ],
    ),
    (
        "istanbul-convention",
        &[
            "istanbul-convention",
            "council-of-europe-convention-on-preventing-and-combating-violence-against-women-and-domestic-violence",
            "convention-on-preventing-and-combating-violence-against-women-and-domestic-violence",
        ],
    ),
    (
        "belem-do-para-convention",
        &[
            "belem-do-para-convention",
            "convention-of-belem-do-para",
            "inter-american-convention-on-the-prevention-punishment-and-eradication-of-violence-against-women",
        ],
    ),
    (
        "trafficking-protocol",
        &[
            "trafficking-protocol",
            "palermo-protocol",
            "protocol-to-prevent-suppress-and-punish-trafficking-in-persons-especially-women-and-children",
        ],
    ),
    (
        "maputo-protocol",
        &[
            "maputo-protocol",
            "protocol-to-the-african-charter-on-human-and-peoples-rights-on-the-rights-of-women-in-africa",
        ],
    ),
    (
        "beijing-platform-for-action",
        &[
            "beijing-platform-for-action",
            "beijing-declaration-and-platform-for-action",
        ],
    ),
    (
        "declaration-on-the-elimination-of-violence-against-women",
        &["declaration-on-the-elimination-of-violence-against-women"],
    ),
];

/// The shared slug of a name (or acronym) listed in an alias table.
fn alias(table: &[(&'static str, &[&str])], candidates: &[&str]) -> Option<&'static str> {
    let slugs: Vec<String> = candidates.iter().map(|candidate| slug(candidate)).collect();
    let slugs: Vec<&str> = slugs
        .iter()
        .map(|slug| slug.strip_prefix("the-").unwrap_or(slug))
        .collect();
    table.iter().find_map(|(canonical, spellings)| {
        slugs
            .iter()
            .any(|slug| spellings.contains(slug))
            .then_some(*canonical)
    })
}

/// The shared slug of a well-known international body (UN Women, UNFPA, the European Union,
/// …) written by its full name or its acronym.
pub fn international_agency(name: &str, acronym: Option<&str>) -> Option<&'static str> {
    let mut candidates = vec![name];
    candidates.extend(acronym);
    alias(INTERNATIONAL_AGENCY_ALIASES, &candidates)
}

/// An agency: `{base}agency/{scope}/{slug of name}`. Agencies are shared across records of the
/// same scope. International bodies known by several spellings (`UNFPA`, `United Nations
/// Population Fund`) share one IRI.
pub fn agency(base: &BaseIri, scope: Scope<'_>, name: &str, acronym: Option<&str>) -> NamedNode {
    let local = match scope {
        Scope::International => international_agency(name, acronym)
            .map(str::to_owned)
            .unwrap_or_else(|| slug_or_hash(name)),
        Scope::Country(_) => slug_or_hash(name),
    };
    base.join(&format!("agency/{}/{local}", scope.segment()))
}

/// The shared slug of a well-known international instrument (CEDAW, the Istanbul Convention,
/// the Trafficking Protocol, …) written by its full title or its short form.
pub fn international_instrument(name: &str, short_name: Option<&str>) -> Option<&'static str> {
    let mut candidates = vec![name];
    candidates.extend(short_name);
    alias(INTERNATIONAL_INSTRUMENT_ALIASES, &candidates)
}

/// An instrument: `{base}instrument/{scope}/{slug}`. Well-known international instruments
/// always get their shared slug under `int`, whatever scope is asked for.
pub fn instrument(
    base: &BaseIri,
    scope: Scope<'_>,
    name: &str,
    short_name: Option<&str>,
) -> NamedNode {
    match international_instrument(name, short_name) {
        Some(shared) => base.join(&format!("instrument/int/{shared}")),
        None => base.join(&format!(
            "instrument/{}/{}",
            scope.segment(),
            slug_or_hash(name)
        )),
    }
}

/// A cited source: `{base}source/{hash of the normalised citation text}`, shared by every
/// record citing it the same way (trailing full stops and spacing do not matter).
pub fn source(base: &BaseIri, citation: &str) -> NamedNode {
    let normalised = normalise_text(citation);
    let normalised = normalised.trim_end_matches(['.', ' ']);
    base.join(&format!("source/{}", hash_hex(normalised)))
}

/// The `index`-th (one-based) amount of money of a measure: `{measure}/amount/{index}`.
pub fn amount(measure: NamedNodeRef<'_>, index: usize) -> NamedNode {
    NamedNode::new_unchecked(format!("{}/amount/{index}", measure.as_str()))
}

/// The `index`-th (one-based) span of evidence of a measure: `{measure}/evidence/{index}`.
pub fn evidence(measure: NamedNodeRef<'_>, index: usize) -> NamedNode {
    NamedNode::new_unchecked(format!("{}/evidence/{index}", measure.as_str()))
}

/// A source file: `{base}file/{hash of the path as given}`.
pub fn source_file(base: &BaseIri, path: &str) -> NamedNode {
    base.join(&format!("file/{}", hash_hex(path)))
}

/// The qualified derivation of a record graph from a file: `{graph}/derivation/{hash of path}`.
pub fn derivation(graph: NamedNodeRef<'_>, path: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{}/derivation/{}", graph.as_str(), hash_hex(path)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a_matches_the_reference_vectors() {
        assert_eq!(fnv1a_64(b""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a_64(b"a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a_64(b"foobar"), 0x8594_4171_f739_67e8);
        assert_eq!(hash_hex("a"), "af63dc4c8601ec8c");
    }

    #[test]
    fn slugs_fold_accents_and_punctuation() {
        for (text, expected) in [
            ("Trafficking", "trafficking"),
            (
                "Domestic violence/Intimate partner violence",
                "domestic-violence-intimate-partner-violence",
            ),
            (
                "Female Genital Mutilation/Cutting (FGM/C)",
                "female-genital-mutilation-cutting-fgm-c",
            ),
            (
                "Awareness-raising /Campaigns",
                "awareness-raising-campaigns",
            ),
            (
                "  Masatugó – Valstybės žinios  ",
                "masatugo-valstybes-zinios",
            ),
            ("Women's Federation", "womens-federation"),
            ("Women’s Federation", "womens-federation"),
            ("Straße Œuvre Ørsted", "strasse-oeuvre-orsted"),
            (
                "Hội Liên hiệp Phụ nữ Việt Nam",
                "hoi-lien-hiep-phu-nu-viet-nam",
            ),
            ("Law no. 84/VII/2011", "law-no-84-vii-2011"),
            ("ПРОТОКОЛ", ""),
            ("", ""),
        ] {
            assert_eq!(slug(text), expected, "slug of {text:?}");
        }
        assert!(slug_or_hash("ПРОТОКОЛ").starts_with("x-"));
    }

    #[test]
    fn base_iri_is_checked() {
        assert_eq!(BaseIri::default().as_str(), DEFAULT_BASE_IRI);
        assert!(BaseIri::new("http://example.org/kg/").is_ok());
        assert!(BaseIri::new("http://example.org/kg#").is_ok());
        assert!(BaseIri::new("http://example.org/kg").is_err());
        assert!(BaseIri::new("not an iri/").is_err());
        let base = BaseIri::new("http://example.org/kg/").unwrap();
        assert_eq!(
            country(&base, "dk").as_str(),
            "http://example.org/kg/country/DK"
        );
    }

    #[test]
    fn measure_paths_drop_the_leading_laws_level() {
        let new_site = measure_type_concept(&["Laws", "Violence against women", "Legislation"]);
        let old_site = measure_type_concept(&["Violence against women", "Legislation"]);
        assert_eq!(new_site, old_site);
        assert_eq!(
            old_site.unwrap().as_str(),
            "https://w3id.org/vawkg/concept/measure-type/violence-against-women/legislation"
        );
        assert_eq!(
            measure_type_concept(&["Monitoring and Evaluation", "Laws"])
                .unwrap()
                .as_str(),
            "https://w3id.org/vawkg/concept/measure-type/monitoring-and-evaluation/laws"
        );
        assert_eq!(
            measure_type_concept(&["Laws", "Something new"])
                .unwrap()
                .as_str(),
            "https://w3id.org/vawkg/concept/measure-type/laws/something-new"
        );
        assert_eq!(measure_type_concept::<&str>(&[]), None);
        assert_eq!(
            form_concept("Trafficking").as_str(),
            "https://w3id.org/vawkg/concept/form/trafficking"
        );
    }

    #[test]
    fn shared_iris_follow_scope_and_aliases() {
        let base = BaseIri::default();
        assert_eq!(
            agency(&base, Scope::International, "UNFPA", Some("UNFPA")),
            agency(
                &base,
                Scope::International,
                "United Nations Population Fund",
                None
            )
        );
        assert_eq!(
            agency(&base, Scope::Country("MD"), "UNFPA", Some("UNFPA")).as_str(),
            "https://w3id.org/vawkg/id/agency/md/unfpa"
        );
        assert_eq!(
            instrument(&base, Scope::Country("CA"), "Trafficking Protocol", None).as_str(),
            "https://w3id.org/vawkg/id/instrument/int/trafficking-protocol"
        );
        assert_eq!(
            instrument(
                &base,
                Scope::International,
                "Convention on the Elimination of All Forms of Discrimination against Women",
                Some("CEDAW")
            ),
            instrument(&base, Scope::Country("BR"), "CEDAW", None)
        );
        assert_eq!(
            instrument(
                &base,
                Scope::Country("FI"),
                "Action Plan to Reduce Violence against Women",
                None
            )
            .as_str(),
            "https://w3id.org/vawkg/id/instrument/fi/action-plan-to-reduce-violence-against-women"
        );
        assert_eq!(
            source(
                &base,
                "Government of Canada, National Review on Beijing+20, 2014, page 22"
            ),
            source(
                &base,
                " Government of Canada,  National Review on Beijing+20, 2014, page 22."
            )
        );
        let measure_node = measure(&base, "ca-2012-0011223344556677");
        assert_eq!(
            amount(measure_node.as_ref(), 1).as_str(),
            "https://w3id.org/vawkg/id/measure/ca-2012-0011223344556677/amount/1"
        );
        let graph = record_graph(&base, "ca-2012-0011223344556677");
        assert_eq!(
            graph.as_str(),
            "https://w3id.org/vawkg/id/graph/record/ca-2012-0011223344556677"
        );
        assert!(
            derivation(graph.as_ref(), "a.txt")
                .as_str()
                .starts_with(graph.as_str())
        );
        assert_eq!(
            country_authority("can").as_str(),
            "http://publications.europa.eu/resource/authority/country/CAN"
        );
    }

    #[test]
    fn text_normalisation_ignores_quotes_dashes_and_spacing() {
        assert_eq!(
            normalise_text("  Canada’s  plan\n – “now”\u{a0}"),
            "Canada's plan - \"now\""
        );
    }
}
