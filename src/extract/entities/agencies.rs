//! Agencies: named organisations from the names of the description and the source, merged into
//! one entry per organisation.
//!
//! Merging uses a comparison key (case, quotes, `of`/`for`), acronyms (a later `the NCW` is the
//! same entry), and governments (`Danish Government` and `Government of Denmark` are one entry,
//! written `Government of X` when that form occurs). Names come from [`super::names`].

use std::collections::HashMap;

use super::gazetteer::{country_of_qualifier, gazetteer};
use super::names::{AcronymMention, Name, NameRole, Names};
use super::text::{comparison_key, is_acronym};
use super::{Agency, AgencyKind, Evidence, Field, ProseInput};

/// One mention before merging.
struct Mention {
    name: String,
    acronym: Option<String>,
    /// The body's name in another language, given beside this mention.
    translation: Option<String>,
    kind: AgencyKind,
    international: bool,
    evidence: Evidence,
}

/// Collects the agencies of a record in order of first mention.
pub(crate) fn collect_agencies(
    input: &ProseInput<'_>,
    description: &Names,
    source: &Names,
) -> Vec<Agency> {
    let mut registry = Registry::default();
    let fields = [
        (Field::Description, input.description, description),
        (Field::Source, input.source.unwrap_or(""), source),
    ];
    for (field, text, names) in fields {
        for mention in mentions_of(field, text, names) {
            registry.merge_mention(mention);
        }
    }
    for (field, text, names) in fields {
        registry.link_acronym_mentions(field, text, &names.acronyms);
    }
    let mut agencies = merge_variants(registry.agencies);
    absorb_joined_parts(&mut agencies, &fields.map(|(field, text, _)| (field, text)));
    agencies.sort_by_key(first_mention);
    agencies
}

/// `Office of the Prime Minister and Council of Ministers`: when the record names one body
/// whose name joins two others with `and` (an acronym after it spelled all of it, say), the two
/// found side by side elsewhere (a citation that repeats the name without the acronym) are
/// mentions of it. A part that is also mentioned alone stays an entry of its own.
fn absorb_joined_parts(agencies: &mut Vec<Agency>, fields: &[(Field, &str)]) {
    if agencies.len() > MAX_PAIRWISE {
        return;
    }
    // Each absorption removes two entries, so the search ends.
    while let Some((joined, left, right, evidence)) = joined_parts(agencies, fields) {
        agencies[joined].evidence.extend(evidence);
        agencies.remove(left.max(right));
        agencies.remove(left.min(right));
    }
}

/// The first entry whose name is two others' joined by `and`, met side by side at every mention:
/// its index, theirs and the evidence of the joined mentions.
fn joined_parts(
    agencies: &[Agency],
    fields: &[(Field, &str)],
) -> Option<(usize, usize, usize, Vec<Evidence>)> {
    let text_of = |field: Field| {
        fields
            .iter()
            .find(|(candidate, _)| *candidate == field)
            .map_or("", |(_, text)| *text)
    };
    if !agencies.iter().any(|agency| agency.name.contains(" and ")) {
        return None;
    }
    let keys: Vec<String> = agencies
        .iter()
        .map(|agency| comparison_key(&agency.name))
        .collect();
    let find = |name: &str| keys.iter().position(|key| key == name);
    for (joined, key) in keys.iter().enumerate() {
        let Some((left, right)) = key.split_once(" and ") else {
            continue;
        };
        let (Some(left), Some(right)) = (find(left), find(right)) else {
            continue;
        };
        if left == right {
            continue;
        }
        // Each mention of the left part is followed by ` and ` and a mention of the right.
        let mut evidence = Vec::new();
        for first in &agencies[left].evidence {
            let text = text_of(first.field);
            let second = agencies[right].evidence.iter().find(|second| {
                second.field == first.field
                    && second.span.start > first.span.end
                    && text
                        .get(first.span.end..second.span.start)
                        .is_some_and(|between| between.split_whitespace().eq(["and"]))
            });
            let Some(second) = second else {
                break;
            };
            evidence.push(Evidence::new(
                first.field,
                text,
                first.span.start..second.span.end,
            ));
        }
        let all_paired = evidence.len() == agencies[left].evidence.len()
            && evidence.len() == agencies[right].evidence.len();
        if all_paired {
            return Some((joined, left, right, evidence));
        }
    }
    None
}

/// Where an entry is first mentioned: description before source, then byte offset.
fn first_mention(agency: &Agency) -> (u8, usize) {
    agency
        .evidence
        .iter()
        .map(|evidence| {
            (
                u8::from(evidence.field != Field::Description),
                evidence.span.start,
            )
        })
        .min()
        .unwrap_or((2, 0))
}

/// Merges variants of one body written in the record into its fullest entry: `Office of Ports`
/// into `Office of Ports of the Republic` (the parent named after `of`), and `Anti-FGM Board` into
/// `Anti-Female Genital Mutilation Board` (an acronym inside the name).
fn merge_variants(agencies: Vec<Agency>) -> Vec<Agency> {
    if agencies.len() > MAX_PAIRWISE {
        return agencies;
    }
    let keys: Vec<String> = agencies
        .iter()
        .map(|agency| comparison_key(&agency.name))
        .collect();
    let initials: Vec<Option<String>> = agencies
        .iter()
        .map(|agency| initials_key(&agency.name))
        .collect();
    let first_mentions: Vec<(u8, usize)> = agencies.iter().map(first_mention).collect();
    let target: Vec<Option<usize>> = (0..agencies.len())
        .map(|index| {
            (0..agencies.len()).find(|&other| {
                other != index
                    && (is_parent_qualified(&keys[index], &keys[other])
                        || first_mentions[other] < first_mentions[index]
                            && is_later_short_form(&keys[index], &keys[other])
                        || is_abbreviated_variant(
                            &agencies[index].name,
                            &agencies[other].name,
                            &initials,
                            index,
                            other,
                        ))
            })
        })
        .collect();
    let mut merged: Vec<Option<Agency>> = agencies.into_iter().map(Some).collect();
    for index in 0..merged.len() {
        let Some(into) = target[index] else {
            continue;
        };
        if target[into].is_some() {
            continue;
        }
        if let Some(agency) = merged[index].take() {
            if let Some(Some(parent)) = merged.get_mut(into) {
                parent.evidence.extend(agency.evidence);
                if parent.acronym.is_none() {
                    parent.acronym = agency.acronym;
                }
            }
        }
    }
    merged.into_iter().flatten().collect()
}

/// `office of ports` is `office of ports of the republic` with its parent dropped.
fn is_parent_qualified(short: &str, long: &str) -> bool {
    long.len() > short.len()
        && long.starts_with(short)
        && short.split_whitespace().count() >= 2
        && [" of ", " for ", " on ", " against ", " in "]
            .iter()
            .any(|preposition| long[short.len()..].starts_with(preposition))
}

/// `complaints office` after `women's complaints office`: a name of two words or more that ends
/// a name written earlier in the record is that body named again, shortly.
fn is_later_short_form(short: &str, long: &str) -> bool {
    let Some(before) = long
        .strip_suffix(short)
        .and_then(|before| before.strip_suffix(' '))
    else {
        return false;
    };
    // The word before is the long name's own (`women's`), not a joint (`… and Council of Piers`).
    let word_before = before.rsplit(' ').next().unwrap_or("");
    !before.is_empty()
        && !matches!(
            word_before,
            "and" | "&" | "of" | "for" | "the" | "to" | "on" | "in"
        )
        && !word_before.ends_with(',')
        && short.split_whitespace().count() >= 2
}

/// `Anti-FGM Board` abbreviates `Anti-Female Genital Mutilation Board`: same initials (an
/// acronym counts for its letters), same last word, and only the first holds an acronym.
fn is_abbreviated_variant(
    short: &str,
    long: &str,
    initials: &[Option<String>],
    short_index: usize,
    long_index: usize,
) -> bool {
    let has_acronym = |name: &str| name.split([' ', '-']).any(is_acronym);
    let same_initials =
        initials[short_index].is_some() && initials[short_index] == initials[long_index];
    let same_head = short.rsplit(' ').next() == long.rsplit(' ').next();
    same_initials && same_head && has_acronym(short) && !has_acronym(long)
}

/// Initials of a name's words (an acronym gives all its letters), connectors skipped.
fn initials_key(name: &str) -> Option<String> {
    let mut key = String::new();
    for word in name.split([' ', '-']).filter(|word| !word.is_empty()) {
        if is_acronym(word) {
            key.extend(word.chars().filter(|c| c.is_uppercase()));
        } else if word.starts_with(char::is_uppercase) {
            key.extend(word.chars().next());
        }
    }
    (key.chars().count() >= 3).then_some(key)
}

/// Pairwise merging is skipped past this many entries (no real record comes near it).
const MAX_PAIRWISE: usize = 300;

/// Entries with indexes by merge key and by acronym.
#[derive(Default)]
struct Registry {
    agencies: Vec<Agency>,
    by_key: HashMap<String, usize>,
    by_acronym: HashMap<String, usize>,
    /// Entries by the merge key of a translation given beside them.
    by_translation: HashMap<String, usize>,
}

impl Registry {
    /// Adds a mention to the entry it names, or as a new entry.
    fn merge_mention(&mut self, mention: Mention) {
        let key = merge_key(&mention.name);
        let acronym_key = mention
            .acronym
            .as_deref()
            .map(|a| singular_acronym(a).to_string());
        let existing = self
            .by_key
            .get(&key)
            .or_else(|| acronym_key.as_ref().and_then(|a| self.by_acronym.get(a)))
            .or_else(|| self.by_acronym.get(singular_acronym(&mention.name)))
            .or_else(|| {
                let acronym = mention.acronym.as_deref()?;
                self.by_key.get(&merge_key(acronym))
            })
            .copied();
        // A name given before as another body's translation is that body, under its first name.
        let translated = existing
            .is_none()
            .then(|| self.by_translation.get(&key).copied())
            .flatten();
        let existing = existing.or(translated);
        let index = match existing {
            Some(index) => {
                let agency = &mut self.agencies[index];
                if translated.is_none() && prefers_name(&agency.name, &mention.name) {
                    agency.name = mention.name;
                }
                if agency.acronym.is_none() {
                    agency.acronym = mention.acronym;
                }
                agency.international |= mention.international;
                agency.evidence.push(mention.evidence);
                index
            }
            None => {
                self.agencies.push(Agency {
                    name: mention.name,
                    acronym: mention.acronym,
                    kind: mention.kind,
                    international: mention.international,
                    evidence: vec![mention.evidence],
                });
                self.agencies.len() - 1
            }
        };
        if let Some(translation) = &mention.translation {
            self.by_translation
                .entry(merge_key(translation))
                .or_insert(index);
        }
        self.by_key.entry(key).or_insert(index);
        let agency = &self.agencies[index];
        self.by_key.entry(merge_key(&agency.name)).or_insert(index);
        if let Some(acronym) = &agency.acronym {
            self.by_acronym
                .entry(singular_acronym(acronym).to_string())
                .or_insert(index);
        }
    }

    /// Later mentions by acronym alone (`the NCW`) join their entry; a gazetteer acronym written
    /// alone (`UNODC`) becomes an entry of its own.
    fn link_acronym_mentions(&mut self, field: Field, text: &str, acronyms: &[AcronymMention]) {
        for mention in acronyms {
            let (acronym, span) = (&mention.text, &mention.span);
            let evidence = Evidence::new(field, text, span.clone());
            let singular = singular_acronym(acronym).to_string();
            if let Some(&index) = self.by_acronym.get(&singular) {
                let agency = &mut self.agencies[index];
                if !agency
                    .evidence
                    .iter()
                    .any(|e| e.field == field && e.span == *span)
                {
                    agency.evidence.push(evidence);
                }
                continue;
            }
            if acronym == "UN" {
                continue;
            }
            let body = gazetteer()
                .bodies
                .iter()
                .find(|body| body.acronym.as_deref() == Some(acronym.as_str()));
            let (kind, international) = match body {
                Some(body) => (body.kind, true),
                None if mention.actor => (AgencyKind::Other, false),
                None => continue,
            };
            self.agencies.push(Agency {
                name: acronym.clone(),
                acronym: Some(acronym.clone()),
                kind,
                international,
                evidence: vec![evidence],
            });
            self.by_acronym.insert(singular, self.agencies.len() - 1);
        }
    }
}

/// The agency mentions of one field, list members expanded.
fn mentions_of(field: Field, text: &str, names: &Names) -> Vec<Mention> {
    let mut mentions = Vec::new();
    for name in &names.names {
        let NameRole::Agency(kind) = name.role else {
            continue;
        };
        let evidence = Evidence::new(field, text, name.span.clone());
        if !name.members.is_empty() {
            for member in &name.members {
                mentions.push(Mention {
                    name: member.clone(),
                    acronym: None,
                    translation: None,
                    kind,
                    international: false,
                    evidence: evidence.clone(),
                });
            }
            continue;
        }
        mentions.push(mention_of_name(name, kind, evidence));
    }
    mentions
}

fn mention_of_name(name: &Name, kind: AgencyKind, evidence: Evidence) -> Mention {
    let acronym = match &name.short_form {
        Some((short, _)) => Some(short.clone()),
        None if name.international && is_acronym(&name.text) => Some(name.text.clone()),
        None => None,
    };
    let international = name.international || is_international_name(&name.text);
    let united_nations = name.text.starts_with("United Nations") || name.text.starts_with("UN ");
    let kind = if united_nations && kind == AgencyKind::Other {
        AgencyKind::UnBody
    } else {
        finer_kind(&name.text, kind)
    };
    Mention {
        name: name.text.clone(),
        acronym,
        translation: name.translation.clone(),
        kind,
        international,
        evidence,
    }
}

/// A finer kind from a word of the name: a `Police Service` is police, a `Family Court Unit` a
/// court body, a `University Centre` academic.
fn finer_kind(name: &str, kind: AgencyKind) -> AgencyKind {
    if !matches!(kind, AgencyKind::Government | AgencyKind::Other) {
        return kind;
    }
    let words: Vec<String> = name.split_whitespace().map(str::to_lowercase).collect();
    let has = |options: &[&str]| words.iter().any(|word| options.contains(&word.as_str()));
    if has(&[
        "police",
        "gendarmerie",
        "constabulary",
        "policía",
        "carabineros",
    ]) {
        AgencyKind::Police
    } else if has(&[
        "court",
        "courts",
        "tribunal",
        "judiciary",
        "prosecution",
        "prosecutions",
    ]) {
        AgencyKind::Court
    } else if has(&["university", "academy", "institute", "research"]) {
        AgencyKind::Academic
    } else {
        kind
    }
}

/// Names that say they are international.
fn is_international_name(name: &str) -> bool {
    [
        "United Nations",
        "UN ",
        "European ",
        "Council of Europe",
        "International ",
    ]
    .iter()
    .any(|prefix| name.starts_with(prefix))
}

/// The merge key of a name: comparison key with `for` read as `of`, and a country's government
/// keyed by the country's code.
fn merge_key(name: &str) -> String {
    let key = comparison_key(name).replace(" for ", " of ");
    government_key(&key).unwrap_or(key)
}

/// `danish government`, `denmark government`, `government of denmark` → `government of #DK`:
/// a government named by its country's adjective or name, in either order, whatever the country
/// (a foreign government acts in many measures).
fn government_key(key: &str) -> Option<String> {
    let qualifier = key
        .strip_suffix(" government")
        .or_else(|| key.strip_prefix("government of "))?;
    let iso2 = country_of_qualifier(qualifier)?;
    Some(format!("government of #{iso2}"))
}

/// `DEAMs` → `DEAM`.
fn singular_acronym(acronym: &str) -> &str {
    acronym
        .strip_suffix('s')
        .filter(|stem| is_acronym(stem))
        .unwrap_or(acronym)
}

/// Whether `candidate` should replace `current` as the entry name: the `Government of X` form
/// wins; otherwise the fuller name, acronyms losing to full names.
fn prefers_name(current: &str, candidate: &str) -> bool {
    let current_government = current.starts_with("Government of");
    let candidate_government = candidate.starts_with("Government of");
    if current_government != candidate_government {
        return candidate_government;
    }
    if is_acronym(current) && !is_acronym(candidate) {
        return true;
    }
    let length = |name: &str| {
        comparison_key(name)
            .replace(" for ", " of ")
            .chars()
            .count()
    };
    length(candidate) > length(current) && !is_acronym(candidate)
}

#[cfg(test)]
mod tests {
    use super::super::names::find_names;
    use super::*;

    fn agencies_of(iso2: &str, country: &str, description: &str, source: &str) -> Vec<Agency> {
        let input = ProseInput {
            country_iso2: Some(iso2),
            country_name: country,
            measure_types: &[],
            description,
            full_text_title: None,
            source: Some(source),
        };
        collect_agencies(&input, &find_names(description), &find_names(source))
    }

    fn pairs(agencies: &[Agency]) -> Vec<(String, Option<String>)> {
        agencies
            .iter()
            .map(|a| (a.name.clone(), a.acronym.clone()))
            .collect()
    }

    #[test]
    fn a_name_joined_by_and_and_spelled_by_its_acronym_is_one_body_everywhere() {
        let found = agencies_of(
            "NP",
            "Nepal",
            "It was adopted by the Office of the Harbour Master and Council of Piers (OHMCP).",
            "Office of the Harbour Master and Council of Piers, Report, 2019, p. 3",
        );
        assert_eq!(
            pairs(&found),
            [(
                "Office of the Harbour Master and Council of Piers".to_owned(),
                Some("OHMCP".to_owned())
            )]
        );
        assert_eq!(found[0].evidence.len(), 2);
        // A part named alone elsewhere is a body of its own.
        let found = agencies_of(
            "NP",
            "Nepal",
            "The Office of the Harbour Master and Council of Piers (OHMCP) met. The Council of \
             Piers wrote it.",
            "Office of the Harbour Master and Council of Piers, Report, 2019",
        );
        assert_eq!(found.len(), 3);
    }

    #[test]
    fn adjective_government_merges_into_government_of() {
        let found = agencies_of(
            "DK",
            "Denmark",
            "The Danish Government opened shelters.",
            "Response of the Government of Denmark to the questionnaire",
        );
        assert_eq!(pairs(&found), [("Government of Denmark".to_string(), None)]);
        assert_eq!(found[0].evidence.len(), 2);
        // A foreign government, in either form, is one entry too.
        let found = agencies_of(
            "FJ",
            "Fiji",
            "The Norwegian Government funds the line. A review for the Government of Norway \
             followed.",
            "",
        );
        assert_eq!(pairs(&found), [("Government of Norway".to_string(), None)]);
        assert_eq!(found[0].evidence.len(), 2);
    }

    #[test]
    fn later_acronym_mentions_join_the_entry() {
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "The Harbour Safety Board (HSB) met. Later the HSB and HSBs grew.",
            "",
        );
        assert_eq!(
            pairs(&found),
            [("Harbour Safety Board".to_string(), Some("HSB".to_string()))]
        );
        assert_eq!(found[0].evidence.len(), 3);
    }

    #[test]
    fn gazetteer_acronym_alone_is_an_entry() {
        let found = agencies_of("NZ", "New Zealand", "It worked with UNICEF on ports.", "");
        assert_eq!(
            pairs(&found),
            [("UNICEF".to_string(), Some("UNICEF".to_string()))]
        );
        assert!(found[0].international);
    }

    #[test]
    fn of_and_for_forms_are_one_entry() {
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "the Ministry of Ports and Roads leads. The Ministries for Ports and Roads, Fish and Rail",
            "",
        );
        let names: Vec<String> = found.iter().map(|a| a.name.clone()).collect();
        assert_eq!(
            names,
            [
                "Ministry of Ports and Roads",
                "Ministry for Fish",
                "Ministry for Rail"
            ]
        );
    }

    #[test]
    fn short_name_merges_into_the_name_with_its_complement() {
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "The Harbour Council for Fishers met. Later the Harbour Council agreed.",
            "",
        );
        assert_eq!(
            pairs(&found),
            [("Harbour Council for Fishers".to_string(), None)]
        );
    }

    #[test]
    fn a_later_short_form_merges_into_the_full_name() {
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "The Fishers' Complaints Office and the Harbour Board help. Later the Complaints Office grew.",
            "",
        );
        assert_eq!(
            pairs(&found),
            [
                ("Fishers' Complaints Office".to_string(), None),
                ("Harbour Board".to_string(), None)
            ]
        );
        // A longer name written after the short one is another body.
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "The Complaints Office helps. Later the Fishers' Complaints Office opened.",
            "",
        );
        assert_eq!(found.len(), 2);
    }

    #[test]
    fn undefined_acronym_acting_is_an_entry_but_topics_are_not() {
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "The plan was drafted by HARBOURNZ on GBV and HIV.",
            "",
        );
        assert_eq!(
            pairs(&found),
            [("HARBOURNZ".to_string(), Some("HARBOURNZ".to_string()))]
        );
    }

    #[test]
    fn an_acronym_inside_the_name_of_grants_names_no_body() {
        // A grant scheme named after a body or an area is a source of money: the acronym inside
        // its name is no mention of a body, alone or sharing the head with another name.
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "The HARBOURA Grants paid for two shelters, and the KELPA and Tasman Grants for a line.",
            "",
        );
        assert_eq!(pairs(&found), []);
    }

    #[test]
    fn a_member_of_a_body_is_an_office_holder() {
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "The review was led by a Member of Parliament and a Minister of State, and a Member \
             of the Harbour Board sat on it.",
            "",
        );
        // The body a member sits on is still named when the name has its own head.
        assert_eq!(pairs(&found), [("Harbour Board".to_string(), None)]);
        // `Members of …` inside an instrument's name holds no office.
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "The Law to Protect Women and Members of the Harbour Group (Law 77) applies.",
            "",
        );
        assert_eq!(pairs(&found), []);
    }

    #[test]
    fn a_translation_in_brackets_names_the_same_body() {
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "The Ministry of Ports (Ministère des Ports et de la Mer, MPM) leads.",
            "Ministère des Ports et de la Mer, Rapport annuel, 2020.",
        );
        assert_eq!(
            pairs(&found),
            [("Ministry of Ports".to_string(), Some("MPM".to_string()))]
        );
        assert_eq!(found[0].evidence.len(), 2);
        // And the other way round: a foreign name glossed in English.
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "Fiskekontoret (the Fisheries Office) decides. Later the Fisheries Office agreed.",
            "",
        );
        assert_eq!(pairs(&found), [("Fiskekontoret".to_string(), None)]);
    }

    #[test]
    fn undefined_acronym_opening_a_list_of_bodies_is_an_entry() {
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "Grants reach civil society organisations such as TIDEWATCH and the Harbour Network.",
            "",
        );
        let names: Vec<&str> = found.iter().map(|a| a.name.as_str()).collect();
        assert_eq!(names, ["TIDEWATCH", "Harbour Network"]);
    }

    #[test]
    fn country_office_of_an_international_body() {
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "with inputs from UNICEF New Zealand",
            "",
        );
        assert!(found[0].international);
        assert_eq!(found[0].name, "UNICEF New Zealand");
    }

    #[test]
    fn acronym_inside_a_name_is_the_same_body() {
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "The Anti-Harbour Theft Board leads. The Anti-HT Board reports. The Ministry of Ports and the Ministry of Power differ.",
            "",
        );
        let names: Vec<String> = found.iter().map(|a| a.name.clone()).collect();
        assert_eq!(
            names,
            [
                "Anti-Harbour Theft Board",
                "Ministry of Ports",
                "Ministry of Power"
            ]
        );
    }

    #[test]
    fn lone_acronym_after_and_is_its_own_entry_but_not_before_a_service() {
        let found = agencies_of(
            "NZ",
            "New Zealand",
            "funded by the Harbour Board and HARBAID, which extends the TIDEX service",
            "",
        );
        assert_eq!(
            pairs(&found),
            [
                ("Harbour Board".to_string(), None),
                ("HARBAID".to_string(), Some("HARBAID".to_string()))
            ]
        );
    }
}
