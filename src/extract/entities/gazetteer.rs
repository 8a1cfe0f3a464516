//! Gazetteers and word lists, parsed once from the plain data files under `data/`.
//!
//! Every list lives in a data file so that it can grow without code changes. This module only
//! parses; the rules that use the lists live in the other modules.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::OnceLock;

use super::text::comparison_key;
use super::{AgencyKind, InstrumentKind, Pillar};

/// A fast, non-cryptographic hasher for the gazetteer's small string keys (the FxHash mix: the
/// keys are fixed data, so flooding resistance buys nothing and SipHash costs a lot per lookup).
#[derive(Debug, Default, Clone, Copy)]
pub(crate) struct FastHasher {
    hash: u64,
}

const FAST_HASH_SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FastHasher {
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(FAST_HASH_SEED);
    }
}

impl Hasher for FastHasher {
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let mut word = [0; 8];
            word.copy_from_slice(chunk);
            self.add(u64::from_le_bytes(word));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut word = [0; 8];
            word[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(word));
        }
    }

    fn write_u8(&mut self, value: u8) {
        self.add(u64::from(value));
    }

    fn write_usize(&mut self, value: usize) {
        self.add(value as u64);
    }

    fn finish(&self) -> u64 {
        self.hash
    }
}

/// A hash map with [`FastHasher`].
pub(crate) type FastMap<K, V> = HashMap<K, V, BuildHasherDefault<FastHasher>>;
/// A hash set with [`FastHasher`].
pub(crate) type FastSet<K> = HashSet<K, BuildHasherDefault<FastHasher>>;

/// What a head noun makes of the name it ends.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum HeadRole {
    /// A body: ministry, court, council…
    Agency(AgencyKind),
    /// A legal or policy instrument: law, plan, convention…
    Instrument(InstrumentKind),
    /// A named thing that is neither: fund, campaign, hotline, report…
    Excluded,
    /// An office-holder: minister, officer, judge…
    Holder,
}

/// One head noun.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct HeadWord {
    /// Its role.
    pub role: HeadRole,
    /// The singular form when the word is a plural.
    pub singular: Option<String>,
}

/// An international body from the gazetteer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct InternationalBody {
    /// Full name.
    pub name: String,
    /// Short form, when it has one.
    pub acronym: Option<String>,
    /// Kind of body.
    pub kind: AgencyKind,
}

/// An instrument known under several names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct InstrumentAlias {
    /// Stable identifier shared by all the names.
    pub id: String,
    /// Kind of instrument.
    pub kind: InstrumentKind,
    /// Names, the full title first.
    pub names: Vec<String>,
}

/// Currency facts about one country.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct CountryCurrency {
    /// ISO 4217 code of the country's currency.
    pub code: String,
    /// Family word of that currency (`dollar`, `peso`, `rupee`…).
    pub family: String,
    /// Local symbols read with this country (`R`, `Rs`, `$`…).
    pub symbols: Vec<String>,
    /// Adjectives for the country (`Danish`).
    pub adjectives: Vec<String>,
}

/// How a currency word is read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum CurrencyRule {
    /// Always this ISO 4217 code.
    Code(String),
    /// The country's currency when it is of this family, else the fallback code.
    Family {
        family: String,
        fallback: Option<String>,
    },
}

/// When a pillar keyword is evidence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum KeywordStrength {
    /// Alone (`strong`).
    Strong,
    /// In a sentence that mentions victims, survivors, women, girls or children (`victim`).
    Victim,
    /// In a sentence that mentions non-governmental organisations (`ngo`): state funding of
    /// services run by NGOs is partnership.
    NonGovernmental,
}

/// One pillar keyword phrase.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct PillarKeyword {
    /// The pillar it is evidence for.
    pub pillar: Pillar,
    /// Whether it is evidence alone or only in some sentences.
    pub strength: KeywordStrength,
    /// Lowercase words of the phrase.
    pub words: Vec<String>,
    /// Whether the last word matches any word that starts with it.
    pub prefix: bool,
    /// Words that cancel the match when right before the phrase.
    pub cancel_before: Vec<String>,
    /// Words that cancel the match when right after the phrase.
    pub cancel_after: Vec<String>,
}

/// The word lists of `data/words.txt`, one bit each in a [`Lexeme`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum WordList {
    /// Lowercase words allowed inside a name (`of`, `and the`, `de la`).
    Connectors,
    /// Sentence words that are trimmed from the start of a run.
    Leading,
    /// Modifiers that leave a head generic (`National Government`).
    GenericModifiers,
    /// Words that end the lowercase tail of an instrument name.
    TailStops,
    /// Month names.
    Months,
    /// Enforcement staff (training them is prosecution).
    Enforcement,
    /// Verbs of joint delivery.
    DeliveryVerbs,
    /// Countries that may write thousands with dots.
    DotGroupingCountries,
    /// Staff whose training is not enforcement.
    NonEnforcement,
    /// Pairs joined by `and` that form one idea.
    FixedPairs,
    /// Acronyms that name no body.
    NonBodyAcronyms,
    /// Verbs after which a name acts as a body.
    InstitutionalVerbs,
    /// Words of collaboration before `with`.
    CollaborationCues,
    /// Excluded heads that may also name a body when it acts.
    ActorHeads,
    /// Function words of Romance names that English does not use (`de`, `pour`, `del`).
    RomanceFunctionWords,
    /// Function words of English that end a Romance name's lowercase tail (`the`, `was`).
    EnglishFunctionWords,
}

impl WordList {
    /// Every list, in bit order.
    const ALL: [WordList; 16] = [
        WordList::Connectors,
        WordList::Leading,
        WordList::GenericModifiers,
        WordList::TailStops,
        WordList::Months,
        WordList::Enforcement,
        WordList::DeliveryVerbs,
        WordList::DotGroupingCountries,
        WordList::NonEnforcement,
        WordList::FixedPairs,
        WordList::NonBodyAcronyms,
        WordList::InstitutionalVerbs,
        WordList::CollaborationCues,
        WordList::ActorHeads,
        WordList::RomanceFunctionWords,
        WordList::EnglishFunctionWords,
    ];

    /// The section name of the list in `data/words.txt`.
    fn section(self) -> &'static str {
        match self {
            WordList::Connectors => "connectors",
            WordList::Leading => "leading",
            WordList::GenericModifiers => "generic_modifiers",
            WordList::TailStops => "tail_stops",
            WordList::Months => "months",
            WordList::Enforcement => "enforcement",
            WordList::DeliveryVerbs => "delivery_verbs",
            WordList::DotGroupingCountries => "dot_grouping_countries",
            WordList::NonEnforcement => "non_enforcement",
            WordList::FixedPairs => "fixed_pairs",
            WordList::NonBodyAcronyms => "non_body_acronyms",
            WordList::InstitutionalVerbs => "institutional_verbs",
            WordList::CollaborationCues => "collaboration_cues",
            WordList::ActorHeads => "actor_heads",
            WordList::RomanceFunctionWords => "romance_function_words",
            WordList::EnglishFunctionWords => "english_function_words",
        }
    }

    /// The list's bit in [`Lexeme::lists`].
    pub fn bit(self) -> u16 {
        1 << self as u16
    }
}

/// What the gazetteer knows of one lowercase word: the lists it is in and its head-noun entry.
#[derive(Debug, Default)]
pub(crate) struct Lexeme {
    /// One bit per [`WordList`] that holds the word.
    pub lists: u16,
    /// The head noun entry, when the word is a head noun.
    pub head: Option<HeadWord>,
    /// Indexes of the pillar keywords that start with this exact word (one-word prefix keywords
    /// such as `partner*` are not here).
    pub pillar_keywords: Vec<usize>,
}

/// All parsed data files.
#[derive(Debug)]
pub(crate) struct Gazetteer {
    /// Head nouns and word-list words by lowercase word, so that one look-up answers both.
    pub lexicon: FastMap<String, Lexeme>,
    /// International bodies.
    pub bodies: Vec<InternationalBody>,
    /// Instruments with aliases.
    pub instrument_aliases: Vec<InstrumentAlias>,
    /// Country currency facts by ISO2.
    pub countries: FastMap<String, CountryCurrency>,
    /// Currency symbols and names.
    pub currencies: Vec<(String, CurrencyRule)>,
    /// Pillar keywords.
    pub pillar_keywords: Vec<PillarKeyword>,
    /// Instrument alias index by the comparison key of each alias name.
    pub alias_by_key: FastMap<String, usize>,
    /// International body index by the comparison key of its name.
    pub body_by_key: FastMap<String, usize>,
    /// Index of the first international body with a given acronym.
    pub body_by_acronym: FastMap<String, usize>,
    /// Every body name, body acronym and instrument alias name, as written.
    pub short_forms: FastSet<String>,
    /// Searchers for the lowercase body names and alias names that contain ` and `.
    pub names_with_and: Vec<memchr::memmem::Finder<'static>>,
    /// Indexes of the international bodies by each way they are written (name and acronym), in
    /// list order.
    pub bodies_by_written: FastMap<String, Vec<usize>>,
    /// ISO 4217 codes of the countries' currencies.
    pub country_codes: FastSet<String>,
    /// Capitals and large cities, as written.
    pub cities: FastSet<&'static str>,
}

const HEADS: &str = include_str!("data/heads.txt");
const BODIES: &str = include_str!("data/international_bodies.txt");
const INSTRUMENT_ALIASES: &str = include_str!("data/instrument_aliases.txt");
const COUNTRIES: &str = include_str!("data/countries.txt");
const CURRENCIES: &str = include_str!("data/currencies.txt");
const PILLARS: &str = include_str!("data/pillars.txt");
const WORDS: &str = include_str!("data/words.txt");
const CITIES: &str = include_str!("data/cities.txt");

/// The gazetteer, parsed on first use.
pub(crate) fn gazetteer() -> &'static Gazetteer {
    static GAZETTEER: OnceLock<Gazetteer> = OnceLock::new();
    GAZETTEER.get_or_init(|| {
        let bodies = parse_bodies(BODIES);
        let instrument_aliases = parse_instrument_aliases(INSTRUMENT_ALIASES);
        let mut alias_by_key = FastMap::default();
        for (index, alias) in instrument_aliases.iter().enumerate() {
            for name in &alias.names {
                alias_by_key.entry(comparison_key(name)).or_insert(index);
            }
        }
        let mut body_by_key = FastMap::default();
        let mut body_by_acronym = FastMap::default();
        for (index, body) in bodies.iter().enumerate() {
            body_by_key
                .entry(comparison_key(&body.name))
                .or_insert(index);
            if let Some(acronym) = &body.acronym {
                body_by_acronym.entry(acronym.clone()).or_insert(index);
            }
        }
        let alias_names = instrument_aliases.iter().flat_map(|alias| &alias.names);
        let body_names = bodies.iter().map(|body| &body.name);
        let body_acronyms = bodies.iter().filter_map(|body| body.acronym.as_ref());
        let short_forms = alias_names
            .clone()
            .chain(body_names.clone())
            .chain(body_acronyms)
            .cloned()
            .collect();
        let names_with_and = alias_names
            .chain(body_names)
            .filter(|name| name.contains(" and "))
            .map(|name| memchr::memmem::Finder::new(&name.to_lowercase()).into_owned())
            .collect();
        let mut bodies_by_written: FastMap<String, Vec<usize>> = FastMap::default();
        for (index, body) in bodies.iter().enumerate() {
            let written = [Some(body.name.as_str()), body.acronym.as_deref()];
            for form in written.into_iter().flatten() {
                let indexes = bodies_by_written.entry(form.to_string()).or_default();
                if indexes.last() != Some(&index) {
                    indexes.push(index);
                }
            }
        }
        let countries = parse_countries(COUNTRIES);
        let pillar_keywords = parse_pillars(PILLARS);
        let country_codes = countries
            .values()
            .map(|country| country.code.clone())
            .collect();
        Gazetteer {
            lexicon: build_lexicon(
                parse_heads(HEADS),
                parse_word_lists(WORDS),
                &pillar_keywords,
            ),
            bodies,
            instrument_aliases,
            countries,
            currencies: parse_currencies(CURRENCIES),
            pillar_keywords,
            alias_by_key,
            body_by_key,
            body_by_acronym,
            short_forms,
            names_with_and,
            bodies_by_written,
            country_codes,
            cities: CITIES
                .lines()
                .map(str::trim)
                .filter(|line| !line.is_empty() && !line.starts_with('#'))
                .collect(),
        }
    })
}

/// The ISO code of the country an adjective (`Libyan`) or a name (`Djibouti`) stands for.
pub(crate) fn country_of_qualifier(qualifier: &str) -> Option<String> {
    static ADJECTIVES: OnceLock<FastMap<String, String>> = OnceLock::new();
    let adjectives = ADJECTIVES.get_or_init(|| {
        let mut adjectives = FastMap::default();
        for (iso2, country) in &gazetteer().countries {
            for adjective in &country.adjectives {
                adjectives.insert(adjective.to_lowercase(), iso2.clone());
            }
        }
        adjectives
    });
    match adjectives.get(&qualifier.to_lowercase()) {
        Some(iso2) => Some(iso2.clone()),
        None => crate::extract::resolve_country(qualifier).map(|country| country.alpha2),
    }
}

/// Head nouns and word lists merged into one map by lowercase word.
fn build_lexicon(
    heads: FastMap<String, HeadWord>,
    lists: FastMap<String, FastSet<String>>,
    pillar_keywords: &[PillarKeyword],
) -> FastMap<String, Lexeme> {
    let mut lexicon: FastMap<String, Lexeme> = FastMap::default();
    for (word, head) in heads {
        lexicon.entry(word).or_default().head = Some(head);
    }
    for list in WordList::ALL {
        for word in lists.get(list.section()).into_iter().flatten() {
            lexicon.entry(word.clone()).or_default().lists |= list.bit();
        }
    }
    for (number, keyword) in pillar_keywords.iter().enumerate() {
        match keyword.words.as_slice() {
            [_] if keyword.prefix => {}
            [first, ..] => lexicon
                .entry(first.clone())
                .or_default()
                .pillar_keywords
                .push(number),
            [] => {}
        }
    }
    lexicon
}

impl Gazetteer {
    /// Whether `word` (any case) is in the word list `list`.
    pub fn has_word(&self, list: WordList, word: &str) -> bool {
        with_lowercase(word, |lower| self.lexicon_lists(lower) & list.bit() != 0)
    }

    /// The word-list bits of a lowercase word.
    pub fn lexicon_lists(&self, lower: &str) -> u16 {
        self.lexicon.get(lower).map_or(0, |lexeme| lexeme.lists)
    }

    /// The head noun entry of a lowercase word without its possessive ending.
    pub fn lexicon_head(&self, stem: &str) -> Option<&HeadWord> {
        self.lexicon
            .get(stem)
            .and_then(|lexeme| lexeme.head.as_ref())
    }

    /// The head noun entry for a word, looked up without case or possessive.
    pub fn head(&self, word: &str) -> Option<&HeadWord> {
        if !word.is_ascii() {
            return self.head_of_lowercase(&super::text::lookup_form(word));
        }
        with_lowercase(word, |lower| self.head_of_lowercase(possessive_stem(lower)))
    }

    /// The head of a lowercase word without possessive; a hyphenated word without a head of its
    /// own takes the head of its last part (`vice-ministry`, `sub-committee`).
    pub(crate) fn head_of_lowercase(&self, stem: &str) -> Option<&HeadWord> {
        self.lexicon_head(stem).or_else(|| {
            let (prefix, last) = stem.rsplit_once('-')?;
            let alphabetic = |part: &str| !part.is_empty() && part.chars().all(char::is_alphabetic);
            (alphabetic(prefix) && alphabetic(last))
                .then(|| self.lexicon_head(last))
                .flatten()
        })
    }
}

/// A lowercase word without a possessive ending, as [`super::text::lookup_form`] reads it:
/// `'s` and `’s` are dropped, `s'` and `s’` keep their `s`.
pub(crate) fn possessive_stem(lower: &str) -> &str {
    if let Some(stem) = lower
        .strip_suffix("'s")
        .or_else(|| lower.strip_suffix("’s"))
    {
        return stem;
    }
    match lower.strip_suffix('\'').or_else(|| lower.strip_suffix('’')) {
        Some(stem) if stem.ends_with('s') => stem,
        _ => lower,
    }
}

/// Longest word lowercased on the stack; longer words are lowercased on the heap.
const STACK_WORD: usize = 64;

/// Calls `f` with `word.to_lowercase()`, without allocating for ASCII words that fit the stack
/// (or need no change).
pub(crate) fn with_lowercase<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    if !word.is_ascii() {
        return f(&word.to_lowercase());
    }
    if !word.bytes().any(|byte| byte.is_ascii_uppercase()) {
        return f(word);
    }
    if word.len() > STACK_WORD {
        return f(&word.to_ascii_lowercase());
    }
    let mut buffer = [0u8; STACK_WORD];
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    // ASCII stays valid UTF-8 when lowercased.
    f(std::str::from_utf8(lower).unwrap_or(""))
}

/// Lines that are neither blank nor comments.
fn data_lines(text: &str) -> impl Iterator<Item = &str> {
    text.lines()
        .map(str::trim_end)
        .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
}

fn parse_heads(text: &str) -> FastMap<String, HeadWord> {
    let mut heads = FastMap::default();
    for line in data_lines(text) {
        let fields: Vec<&str> = line.split('\t').collect();
        let (Some(word), Some(role), Some(kind)) = (fields.first(), fields.get(1), fields.get(2))
        else {
            continue;
        };
        let role = match *role {
            "agency" => HeadRole::Agency(AgencyKind::from_name(kind)),
            "instrument" => HeadRole::Instrument(InstrumentKind::from_name(kind)),
            "holder" => HeadRole::Holder,
            _ => HeadRole::Excluded,
        };
        let singular = fields.get(3).map(|singular| singular.to_string());
        heads.insert(word.to_string(), HeadWord { role, singular });
    }
    heads
}

fn parse_bodies(text: &str) -> Vec<InternationalBody> {
    data_lines(text)
        .filter_map(|line| {
            let mut fields = line.split('|');
            let name = fields.next()?.trim().to_string();
            let acronym = fields
                .next()
                .map(str::trim)
                .filter(|a| !a.is_empty())
                .map(String::from);
            let kind = AgencyKind::from_name(fields.next().unwrap_or("Other").trim());
            Some(InternationalBody {
                name,
                acronym,
                kind,
            })
        })
        .collect()
}

fn parse_instrument_aliases(text: &str) -> Vec<InstrumentAlias> {
    data_lines(text)
        .filter_map(|line| {
            let mut fields = line.split('|').map(str::trim);
            let id = fields.next()?.to_string();
            let kind = InstrumentKind::from_name(fields.next()?);
            let names: Vec<String> = fields.map(String::from).collect();
            (!names.is_empty()).then_some(InstrumentAlias { id, kind, names })
        })
        .collect()
}

fn parse_countries(text: &str) -> FastMap<String, CountryCurrency> {
    let mut countries = FastMap::default();
    for line in data_lines(text) {
        let fields: Vec<&str> = line.split('|').map(str::trim).collect();
        if fields.len() < 5 {
            continue;
        }
        let currency = CountryCurrency {
            code: fields[1].to_string(),
            family: fields[2].to_string(),
            symbols: fields[3].split_whitespace().map(String::from).collect(),
            adjectives: fields[4].split(',').map(|a| a.trim().to_string()).collect(),
        };
        countries.insert(fields[0].to_string(), currency);
    }
    countries
}

fn parse_currencies(text: &str) -> Vec<(String, CurrencyRule)> {
    data_lines(text)
        .filter_map(|line| {
            let (word, rule) = line.split_once('|')?;
            let rule = match rule.trim().strip_prefix('@') {
                Some(family) => {
                    let (family, fallback) = match family.split_once(':') {
                        Some((family, fallback)) => (family, Some(fallback.to_string())),
                        None => (family, None),
                    };
                    CurrencyRule::Family {
                        family: family.to_string(),
                        fallback,
                    }
                }
                None => CurrencyRule::Code(rule.trim().to_string()),
            };
            Some((word.trim().to_string(), rule))
        })
        .collect()
}

fn parse_pillars(text: &str) -> Vec<PillarKeyword> {
    data_lines(text)
        .filter_map(|line| {
            let mut fields = line.split('|').map(str::trim);
            let pillar = Pillar::from_name(fields.next()?)?;
            let strength = match fields.next()? {
                "strong" => KeywordStrength::Strong,
                "victim" => KeywordStrength::Victim,
                "ngo" => KeywordStrength::NonGovernmental,
                _ => return None,
            };
            let phrase = fields.next()?;
            let prefix = phrase.ends_with('*');
            let words = phrase
                .trim_end_matches('*')
                .split_whitespace()
                .map(str::to_lowercase)
                .collect();
            let list = |field: Option<&str>| -> Vec<String> {
                field
                    .unwrap_or("")
                    .split(',')
                    .filter(|word| !word.is_empty())
                    .map(String::from)
                    .collect()
            };
            let cancel_before = list(fields.next());
            let cancel_after = list(fields.next());
            Some(PillarKeyword {
                pillar,
                strength,
                words,
                prefix,
                cancel_before,
                cancel_after,
            })
        })
        .collect()
}

fn parse_word_lists(text: &str) -> FastMap<String, FastSet<String>> {
    let mut lists: FastMap<String, FastSet<String>> = FastMap::default();
    let mut section = String::new();
    for line in data_lines(text) {
        let line = line.trim();
        if let Some(name) = line
            .strip_prefix('[')
            .and_then(|rest| rest.strip_suffix(']'))
        {
            section = name.to_string();
            continue;
        }
        lists
            .entry(section.clone())
            .or_default()
            .insert(line.to_lowercase());
    }
    lists
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn heads_file_parses_with_every_role() {
        let heads = parse_heads(HEADS);
        assert!(heads.len() > 150);
        assert_eq!(heads["ministries"].singular.as_deref(), Some("ministry"));
        assert!(matches!(
            heads["court"].role,
            HeadRole::Agency(AgencyKind::Court)
        ));
        assert!(matches!(
            heads["act"].role,
            HeadRole::Instrument(InstrumentKind::Law)
        ));
        assert_eq!(heads["fund"].role, HeadRole::Excluded);
        assert_eq!(heads["minister"].role, HeadRole::Holder);
        for line in data_lines(HEADS) {
            assert!(line.split('\t').count() >= 3, "bad heads line: {line}");
        }
    }

    #[test]
    fn bodies_file_parses() {
        let bodies = parse_bodies(BODIES);
        assert_eq!(bodies.len(), data_lines(BODIES).count());
        let fund = bodies
            .iter()
            .find(|b| b.acronym.as_deref() == Some("UNFPA"))
            .unwrap();
        assert_eq!(fund.kind, AgencyKind::UnBody);
    }

    #[test]
    fn instrument_aliases_file_parses() {
        let aliases = parse_instrument_aliases(INSTRUMENT_ALIASES);
        assert_eq!(aliases.len(), data_lines(INSTRUMENT_ALIASES).count());
        assert!(aliases.iter().all(|alias| alias.names.len() >= 2));
    }

    #[test]
    fn countries_file_parses_without_duplicates() {
        let countries = parse_countries(COUNTRIES);
        assert_eq!(countries.len(), data_lines(COUNTRIES).count());
        assert_eq!(countries["ZA"].code, "ZAR");
        assert!(countries["ZA"].symbols.contains(&"R".to_string()));
        assert_eq!(countries["CL"].family, "peso");
        assert!(countries.values().all(|c| c.code.len() == 3));
    }

    #[test]
    fn currencies_file_parses() {
        let currencies = parse_currencies(CURRENCIES);
        assert_eq!(currencies.len(), data_lines(CURRENCIES).count());
        assert!(currencies.contains(&("€".to_string(), CurrencyRule::Code("EUR".to_string()))));
    }

    #[test]
    fn pillars_file_parses() {
        let keywords = parse_pillars(PILLARS);
        assert_eq!(keywords.len(), data_lines(PILLARS).count());
        assert!(
            keywords
                .iter()
                .any(|k| k.pillar == Pillar::Partnership && k.prefix)
        );
    }

    #[test]
    fn every_word_list_section_is_a_known_list() {
        let lists = parse_word_lists(WORDS);
        let known: Vec<&str> = WordList::ALL.iter().map(|list| list.section()).collect();
        for section in lists.keys() {
            assert!(
                known.contains(&section.as_str()),
                "unknown section {section}"
            );
        }
        for list in WordList::ALL {
            assert!(lists.contains_key(list.section()), "missing {list:?}");
            assert_eq!(list.bit().count_ones(), 1);
        }
    }

    #[test]
    fn lexicon_words_start_with_a_letter_or_digit() {
        // Token facts are looked up for word and number tokens only.
        for word in gazetteer().lexicon.keys() {
            assert!(
                word.starts_with(char::is_alphanumeric),
                "lexicon word {word:?}"
            );
        }
    }

    #[test]
    fn possessive_stems_follow_lookup_form() {
        for word in [
            "courts'",
            "court's",
            "court’s",
            "courts’",
            "court",
            "'s",
            "s'",
            "’",
        ] {
            let lookup = super::super::text::lookup_form(word);
            assert_eq!(possessive_stem(word), lookup, "{word}");
        }
    }

    #[test]
    fn word_lists_parse_into_sections() {
        let lists = parse_word_lists(WORDS);
        for section in [
            "connectors",
            "leading",
            "generic_modifiers",
            "tail_stops",
            "months",
            "enforcement",
        ] {
            assert!(lists.contains_key(section), "missing section {section}");
        }
        assert!(lists["connectors"].contains("of"));
    }
}
