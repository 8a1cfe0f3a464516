//! Instruments: named laws, conventions, plans, strategies and the like, from the description and
//! the Full Text title, merged into one entry each.
//!
//! Mentions merge when they share a gazetteer alias (`CEDAW` and its full title), when their keys
//! are equal, or when one's words are a subset of the other's (`the National Plan` re-mentions
//! `National Plan on Fisheries Safety`). The entry is named by its fullest mention; a Full Text
//! title that names the record's own instrument gives the name.

use super::gazetteer::{WordList, gazetteer};
use super::names::{Name, NameRole, find_names_for, names_another_name};
use super::text::{comparison_key, sentence_around};
use super::{Evidence, Field, Instrument, InstrumentKind, ProseInput};

/// Mentions beyond this many are ignored: merging compares mentions pairwise, and no real
/// record comes near it.
const MAX_MENTIONS: usize = 400;

/// One mention before merging.
#[derive(Clone)]
struct Mention {
    name: String,
    kind: InstrumentKind,
    alias_id: Option<String>,
    short_name: Option<String>,
    from_title: bool,
    evidence: Evidence,
}

/// Collects the instruments of a record in order of first mention.
pub(crate) fn collect_instruments(
    input: &ProseInput<'_>,
    description: &super::names::Names,
) -> Vec<Instrument> {
    let mut mentions = mentions_of(
        Field::Description,
        input.description,
        &description.names,
        input,
    );
    if let Some(title) = input.full_text_title {
        let title_names = find_names_for(title, input.country_name);
        let title_mentions = mentions_of(Field::FullText, title, &title_names.names, input);
        let joined = joined_title(title, &title_mentions, input);
        if let Some(joined) = &joined {
            mentions = one_mention_for_the_title(mentions, joined, input.description);
        }
        let title_mention = joined
            .or_else(|| {
                let mention = title_mentions.into_iter().next()?;
                Some(of_the_opening_kind(mention, title, input))
            })
            .or_else(|| foreign_title(title, input));
        mentions.extend(title_mention.map(|mention| Mention {
            from_title: true,
            ..mention
        }));
    }
    let mut entries: Vec<(Instrument, Option<String>, bool)> = Vec::new();
    for mention in mentions.into_iter().take(MAX_MENTIONS) {
        merge_mention(&mut entries, mention);
    }
    merge_title_with_own_mention(merge_subsets(entries), input.description)
}

/// `National Policy and Plan of Action on Fisheries`: a document title made of two instrument
/// names joined by `and` names one document, under its whole title (of the first name's kind).
fn joined_title(title: &str, mentions: &[Mention], input: &ProseInput<'_>) -> Option<Mention> {
    let [first, second] = mentions else {
        return None;
    };
    let trimmed = title.trim();
    let start = title.len() - title.trim_start().len();
    let gap = title.get(first.evidence.span.end..second.evidence.span.start)?;
    let whole = first.evidence.span.start == start
        && second.evidence.span.end == start + trimmed.len()
        && matches!(
            gap.split_whitespace().collect::<Vec<_>>()[..],
            ["and"] | ["and", "the"]
        );
    whole.then(|| Mention {
        name: clean_name(trimmed, input),
        kind: first.kind,
        alias_id: None,
        short_name: None,
        from_title: true,
        evidence: Evidence::new(Field::FullText, title, start..start + trimmed.len()),
    })
}

/// The description's mentions with those inside a verbatim occurrence of the joined title
/// replaced by one mention of the whole title there.
fn one_mention_for_the_title(
    mentions: Vec<Mention>,
    title: &Mention,
    description: &str,
) -> Vec<Mention> {
    let Some(at) = description.find(title.evidence.text.as_str()) else {
        return mentions;
    };
    let span = at..at + title.evidence.text.len();
    let inside = |mention: &Mention| {
        mention.evidence.field == Field::Description
            && mention.evidence.span.start >= span.start
            && mention.evidence.span.end <= span.end
    };
    let Some(first) = mentions.iter().position(inside) else {
        return mentions;
    };
    let mut kept: Vec<Mention> = Vec::with_capacity(mentions.len());
    for (index, mention) in mentions.into_iter().enumerate() {
        if index == first {
            kept.push(Mention {
                from_title: false,
                evidence: Evidence::new(Field::Description, description, span.clone()),
                ..title.clone()
            });
        } else if !inside(&mention) {
            kept.push(mention);
        }
    }
    kept
}

/// A title in another language that opens with an instrument's kind word is an instrument of that
/// kind, whatever it names further on: `Loi n° 5 … portant Code pénal` is a law, not the penal
/// code it amends. A mention of the whole title read as another kind (by its last head, `Code`)
/// takes the opening word's kind and no alias.
fn of_the_opening_kind(mention: Mention, title: &str, input: &ProseInput<'_>) -> Mention {
    let opens_title = mention.evidence.span.start == title.len() - title.trim_start().len();
    match foreign_title(title, input) {
        Some(foreign) if opens_title && foreign.kind != mention.kind => Mention {
            kind: foreign.kind,
            alias_id: None,
            ..mention
        },
        _ => mention,
    }
}

/// The first words of instrument titles in other languages, whose lowercase words the name
/// grammar does not read (`Stratégie nationale pour l'abandon de …`), with the kind they give.
/// Transliterated Arabic (`qanun`, `qarar`, `marsum`) and Ukrainian (`zakon`, `poriadok`)
/// titles are included.
const TITLE_KIND_WORDS: &[(&str, InstrumentKind)] = &[
    ("stratégie", InstrumentKind::Strategy),
    ("estrategia", InstrumentKind::Strategy),
    ("estratégia", InstrumentKind::Strategy),
    ("plan", InstrumentKind::Plan),
    ("plano", InstrumentKind::Plan),
    ("programme", InstrumentKind::Programme),
    ("programa", InstrumentKind::Programme),
    ("politique", InstrumentKind::Policy),
    ("política", InstrumentKind::Policy),
    ("loi", InstrumentKind::Law),
    ("ley", InstrumentKind::Law),
    ("lei", InstrumentKind::Law),
    ("décret", InstrumentKind::Law),
    ("decreto", InstrumentKind::Law),
    ("arrêté", InstrumentKind::Law),
    ("ordonnance", InstrumentKind::Law),
    ("qanun", InstrumentKind::Law),
    ("qarar", InstrumentKind::Law),
    ("marsum", InstrumentKind::Law),
    ("zakon", InstrumentKind::Law),
    ("code", InstrumentKind::Code),
    ("código", InstrumentKind::Code),
    ("protocole", InstrumentKind::Protocol),
    ("protocolo", InstrumentKind::Protocol),
    ("poriadok", InstrumentKind::Guideline),
    ("poryadok", InstrumentKind::Guideline),
];

/// A Full Text title in another language that opens with an instrument's kind word
/// (`Stratégie nationale pour …`, `Qarar … raqm 1287`): the whole title names the instrument.
fn foreign_title(title: &str, input: &ProseInput<'_>) -> Option<Mention> {
    let trimmed = title.trim();
    let first = trimmed.split_whitespace().next()?.to_lowercase();
    let &(_, kind) = TITLE_KIND_WORDS.iter().find(|(word, _)| *word == first)?;
    // One word alone names nothing.
    if !trimmed.contains(' ') {
        return None;
    }
    let start = title.len() - title.trim_start().len();
    let span = start..start + trimmed.len();
    Some(Mention {
        name: clean_name(trimmed, input),
        kind,
        alias_id: None,
        short_name: None,
        from_title: true,
        evidence: Evidence::new(Field::FullText, title, span),
    })
}

/// The record's own instrument, named in the description's first sentence, and a Full Text
/// title that names an instrument of the same kind in another form (a translation, a number
/// for a name) are one instrument, under the title's form and at the description's place. The
/// own instrument is the first one of the title's kind in that sentence.
fn merge_title_with_own_mention(
    mut entries: Vec<Instrument>,
    description: &str,
) -> Vec<Instrument> {
    let title_only = |entry: &Instrument| {
        entry
            .evidence
            .iter()
            .all(|evidence| evidence.field == Field::FullText)
    };
    let first_sentence = sentence_around(description, 0);
    let Some(title) = entries.iter().position(title_only) else {
        return entries;
    };
    let kind = entries[title].kind;
    let own = entries.iter().position(|entry| {
        entry.kind == kind
            && entry.evidence.first().is_some_and(|evidence| {
                evidence.field == Field::Description && evidence.span.start < first_sentence.end
            })
    });
    let Some(own) = own else {
        return entries;
    };
    let title_entry = entries.remove(title);
    let own = if title < own { own - 1 } else { own };
    let own_entry = &mut entries[own];
    let mut evidence = std::mem::take(&mut own_entry.evidence);
    evidence.extend(title_entry.evidence);
    *own_entry = Instrument {
        evidence,
        short_name: title_entry.short_name.or(own_entry.short_name.take()),
        ..title_entry
    };
    entries
}

fn mentions_of(field: Field, text: &str, names: &[Name], input: &ProseInput<'_>) -> Vec<Mention> {
    let mut mentions: Vec<Mention> = Vec::new();
    let found = names.iter().filter_map(|name| {
        let NameRole::Instrument(kind) = name.role else {
            return None;
        };
        if is_possessed_generic(text, name) {
            return None;
        }
        Some(Mention {
            name: clean_name(&name.text, input),
            kind,
            alias_id: name.alias_id.clone(),
            short_name: name.short_form.as_ref().map(|(short, _)| short.clone()),
            from_title: false,
            evidence: Evidence::new(field, text, name.span.clone()),
        })
    });
    for mention in found {
        match mentions.last_mut() {
            Some(named) if is_alias_link(text, &named.evidence.span, &mention.evidence.span) => {
                named.short_name.get_or_insert(mention.name);
            }
            _ => mentions.push(mention),
        }
    }
    mentions
}

/// `Act No. 7 of 2015, popularly called “Tidal Law”`: the words between two mentions say the
/// second is another name of the first.
fn is_alias_link(
    text: &str,
    first: &std::ops::Range<usize>,
    second: &std::ops::Range<usize>,
) -> bool {
    text.get(first.end..second.start)
        .is_some_and(names_another_name)
}

/// `its Action Plan`, `their Strategy`: a short name after a possessive pronoun is a generic
/// re-mention, not a proper name.
fn is_possessed_generic(text: &str, name: &Name) -> bool {
    let before = text.get(..name.span.start).unwrap_or("").trim_end();
    let pronoun = before.rsplit(char::is_whitespace).next().unwrap_or("");
    let possessive = matches!(pronoun, "its" | "their" | "Its" | "Their" | "his" | "her");
    possessive && name.text.split_whitespace().count() <= 3
}

/// `“Tidal Law”` → `Tidal Law`: quotes around the whole name (or left at one end of it) are
/// dropped, but a quote that closes one opened inside the name stays: `Technical Standard
/// “Safe Care”` keeps both of its quotes.
fn strip_whole_name_quotes(mut name: &str) -> &str {
    const OPENING: [char; 4] = ['"', '“', '‘', '\''];
    const CLOSING: [char; 4] = ['"', '”', '’', '\''];
    loop {
        let first = name.chars().next();
        let last = name.chars().next_back();
        let opens = first.is_some_and(|c| OPENING.contains(&c) || CLOSING.contains(&c));
        let closes = last.is_some_and(|c| OPENING.contains(&c) || CLOSING.contains(&c));
        if opens && closes && name.chars().count() >= 2 {
            name =
                &name[first.map_or(0, char::len_utf8)..name.len() - last.map_or(0, char::len_utf8)];
        } else if opens {
            name = &name[first.map_or(0, char::len_utf8)..];
        } else if closes {
            let rest = &name[..name.len() - last.map_or(0, char::len_utf8)];
            // A closing quote whose opening quote is inside the name belongs to it.
            let opened_inside = match last {
                Some(quote @ ('"' | '\'')) => rest.contains(quote),
                Some('”') => rest.contains('“'),
                Some('’') => rest.contains('‘'),
                _ => false,
            };
            if opened_inside {
                return name;
            }
            name = rest;
        } else {
            return name;
        }
    }
}

/// Drops whole-name quotes and a leading owner: the country's possessive or adjective, or a
/// generic body's possessive (`Government's Harbour Plan` → `Harbour Plan`).
fn clean_name(name: &str, input: &ProseInput<'_>) -> String {
    let mut name = strip_whole_name_quotes(name).to_string();
    let country = input.country_name;
    for possessive in [format!("{country}'s "), format!("{country}’s ")] {
        if let Some(rest) = name.strip_prefix(&possessive) {
            name = rest.to_string();
        }
    }
    // `Fiji National Action Plan …`: the country's name before `National` qualifies the plan as
    // a country adjective would.
    if let Some(rest) = name.strip_prefix(&format!("{country} ")) {
        if rest.starts_with("National ") {
            name = rest.to_string();
        }
    }
    if let Some((first, rest)) = name.split_once(' ') {
        let owner = first
            .strip_suffix("'s")
            .or_else(|| first.strip_suffix("’s"));
        let generic_owner = owner.is_some_and(|owner| gazetteer().head(owner).is_some());
        if generic_owner && rest.split_whitespace().count() >= 2 {
            name = rest.to_string();
        }
    }
    let adjectives = input
        .country_iso2
        .and_then(|iso2| gazetteer().countries.get(iso2))
        .map(|country| country.adjectives.clone())
        .unwrap_or_default();
    for adjective in adjectives {
        if let Some(rest) = name.strip_prefix(&format!("{adjective} ")) {
            if rest.split_whitespace().count() >= 2 {
                name = rest.to_string();
            }
        }
    }
    name
}

fn merge_mention(entries: &mut Vec<(Instrument, Option<String>, bool)>, mention: Mention) {
    let key = comparison_key(&mention.name);
    let existing = entries.iter_mut().find(|(entry, alias, _)| {
        comparison_key(&entry.name) == key
            || (alias.is_some() && *alias == mention.alias_id)
            || entry
                .short_name
                .as_deref()
                .is_some_and(|short| comparison_key(short) == key)
    });
    let Some((entry, alias, from_title)) = existing else {
        entries.push((
            Instrument {
                name: mention.name,
                kind: mention.kind,
                short_name: mention.short_name,
                evidence: vec![mention.evidence],
            },
            mention.alias_id,
            mention.from_title,
        ));
        return;
    };
    absorb(
        entry,
        from_title,
        mention.name,
        mention.from_title,
        mention.short_name,
    );
    if alias.is_none() {
        *alias = mention.alias_id;
    }
    entry.evidence.push(mention.evidence);
}

/// Takes the fuller name (or the Full Text title's) and the first short name.
fn absorb(
    entry: &mut Instrument,
    entry_from_title: &mut bool,
    name: String,
    from_title: bool,
    short_name: Option<String>,
) {
    let fuller = name.chars().count() > entry.name.chars().count();
    if !*entry_from_title && (from_title || fuller) {
        entry.name = name;
        *entry_from_title = from_title;
    }
    if entry.short_name.is_none() {
        entry.short_name = short_name;
    }
}

/// Content words of a name: lowercase words without connectors.
fn content_words(name: &str) -> Vec<String> {
    comparison_key(name)
        .split(|c: char| c.is_whitespace() || matches!(c, ',' | '(' | ')' | '"' | ':'))
        .filter(|word| !word.is_empty() && !gazetteer().has_word(WordList::Connectors, word))
        .map(String::from)
        .collect()
}

/// Whether `short` appears in `long` in the same order (not necessarily adjacent).
fn is_subsequence(short: &[String], long: &[String]) -> bool {
    let mut remaining = long.iter();
    short
        .iter()
        .all(|word| remaining.any(|other| other == word))
}

/// `Family Violence (Amendments) Act 2018` beside `Family Violence Act 2018`: a longer name whose
/// extra words say it amends, regulates or drafts is another text, not a fuller mention.
fn names_another_text(short: &[String], long: &[String]) -> bool {
    const OTHER_TEXT: [&str; 9] = [
        "amendment",
        "amendments",
        "amending",
        "amended",
        "regulation",
        "regulations",
        "rules",
        "bill",
        "implementing",
    ];
    long.iter()
        .any(|word| OTHER_TEXT.contains(&word.as_str()) && !short.contains(word))
}

/// Merges a mention whose words are all inside a longer mention's words into that one.
fn merge_subsets(entries: Vec<(Instrument, Option<String>, bool)>) -> Vec<Instrument> {
    let mut merged: Vec<(Instrument, bool)> = Vec::new();
    let words: Vec<Vec<String>> = entries
        .iter()
        .map(|(entry, _, _)| content_words(&entry.name))
        .collect();
    let mut target = vec![None; entries.len()];
    for (index, own) in words.iter().enumerate() {
        target[index] = words.iter().enumerate().position(|(other, theirs)| {
            other != index
                && theirs.len() > own.len()
                && own.len() >= 2
                && is_subsequence(own, theirs)
                && !names_another_text(own, theirs)
        });
    }
    let mut slots: Vec<Option<usize>> = vec![None; entries.len()];
    let mut pending: Vec<(usize, Instrument, bool)> = Vec::new();
    for (index, (entry, _, from_title)) in entries.into_iter().enumerate() {
        match target[index] {
            Some(into) if target[into].is_none() => pending.push((into, entry, from_title)),
            _ => {
                slots[index] = Some(merged.len());
                merged.push((entry, from_title));
            }
        }
    }
    for (into, entry, from_title) in pending {
        if let Some(slot) = slots[into] {
            let (target_entry, target_from_title) = &mut merged[slot];
            if from_title && !*target_from_title {
                target_entry.name = entry.name.clone();
                *target_from_title = true;
            }
            target_entry.evidence.extend(entry.evidence);
            target_entry
                .evidence
                .sort_by_key(|e| (e.field != Field::Description, e.span.start));
        }
    }
    merged.into_iter().map(|(entry, _)| entry).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn names_of(iso2: &str, country: &str, description: &str, title: Option<&str>) -> Vec<String> {
        let input = ProseInput {
            country_iso2: Some(iso2),
            country_name: country,
            measure_types: &[],
            description,
            full_text_title: title,
            source: None,
        };
        collect_instruments(&input, &super::super::names::find_names(description))
            .into_iter()
            .map(|instrument| instrument.name)
            .collect()
    }

    #[test]
    fn a_known_as_name_is_the_short_name_of_the_instrument() {
        let input = ProseInput {
            country_iso2: Some("NZ"),
            country_name: "New Zealand",
            measure_types: &[],
            description: "Act No. 7 of 2015, popularly called “Tidal Law”, set new rules.",
            full_text_title: None,
            source: None,
        };
        let found =
            collect_instruments(&input, &super::super::names::find_names(input.description));
        assert_eq!(found.len(), 1, "{found:?}");
        assert_eq!(found[0].name, "Act No. 7 of 2015");
        assert_eq!(found[0].short_name.as_deref(), Some("Tidal Law"));
    }

    /// A French title that opens with `Loi` and ends with the code it amends names the law: it
    /// takes the place of the description's `Law No.` and leaves the code an entry of its own.
    #[test]
    fn a_foreign_title_is_of_its_opening_word_s_kind() {
        assert_eq!(
            names_of(
                "SN",
                "Senegal",
                "Law No. 2030-07, passed in May, amends the Penal Code.",
                Some("Loi n° 2030-07 du 3 mai 2030 modifiant la loi portant Code pénal")
            ),
            [
                "Loi n° 2030-07 du 3 mai 2030 modifiant la loi portant Code pénal",
                "Penal Code"
            ]
        );
    }

    #[test]
    fn the_country_s_name_before_national_is_dropped() {
        assert_eq!(
            names_of(
                "FJ",
                "Fiji",
                "The Fiji National Action Plan on Harbour Safety started in 2031.",
                None
            ),
            ["National Action Plan on Harbour Safety"]
        );
    }

    #[test]
    fn short_re_mention_merges_into_full_name() {
        assert_eq!(
            names_of(
                "NZ",
                "New Zealand",
                "The National Plan on Harbour Safety starts. The National Plan ends.",
                None
            ),
            ["National Plan on Harbour Safety"]
        );
    }

    #[test]
    fn alias_and_full_title_are_one_entry() {
        assert_eq!(
            names_of(
                "NZ",
                "New Zealand",
                "It follows the Convention on the Elimination of All Forms of Discrimination against Women (CEDAW). CEDAW matters.",
                None
            ),
            ["Convention on the Elimination of All Forms of Discrimination against Women"]
        );
    }

    #[test]
    fn country_adjective_is_dropped() {
        assert_eq!(
            names_of(
                "DK",
                "Denmark",
                "the Danish Fisheries Act 1999 applies",
                None
            ),
            ["Fisheries Act 1999"]
        );
    }

    #[test]
    fn full_text_title_gives_the_name() {
        assert_eq!(
            names_of(
                "NZ",
                "New Zealand",
                "The Harbour Strategy was adopted.",
                Some("National Harbour Strategy")
            ),
            ["National Harbour Strategy"]
        );
    }

    #[test]
    fn a_quote_opened_inside_the_name_keeps_its_closing_quote() {
        assert_eq!(strip_whole_name_quotes("“Tidal Law”"), "Tidal Law");
        assert_eq!(strip_whole_name_quotes("Parents’"), "Parents");
        assert_eq!(
            strip_whole_name_quotes("Technical Standard “Safe Care for Survivors”"),
            "Technical Standard “Safe Care for Survivors”"
        );
        assert_eq!(
            strip_whole_name_quotes("\"Code \"Blue\"\""),
            "Code \"Blue\""
        );
        assert_eq!(
            names_of(
                "EC",
                "Ecuador",
                "The Harbour Ministry issued the Technical Standard for Safe Care in 2004.",
                Some("Technical Standard “Safe Care”")
            ),
            ["Technical Standard “Safe Care”"]
        );
    }

    #[test]
    fn a_title_joining_two_instrument_names_names_one_document() {
        let title = "National Policy and Plan of Action on Harbour Safety";
        assert_eq!(
            names_of(
                "NZ",
                "New Zealand",
                &format!("The {title} (2009-2019) gives effect to the Harbour Act."),
                Some(title)
            ),
            [title, "Harbour Act"]
        );
        // In the description alone, the two stay two.
        assert_eq!(
            names_of(
                "NZ",
                "New Zealand",
                &format!("The {title} was adopted."),
                None
            ),
            ["National Policy", "Plan of Action on Harbour Safety"]
        );
    }

    #[test]
    fn a_title_in_another_form_names_the_records_own_instrument_once() {
        // A translation of the plan named in the first sentence: one plan, the title's form.
        assert_eq!(
            names_of(
                "NZ",
                "New Zealand",
                "The Tidal Safety Plan 2020-2025 was adopted. It follows the Harbour Act.",
                Some("Plan de Seguridad de Mareas 2020-2025")
            ),
            ["Plan de Seguridad de Mareas", "Harbour Act"]
        );
        // Another kind of instrument in the first sentence is another instrument.
        assert_eq!(
            names_of(
                "NZ",
                "New Zealand",
                "Under the Harbour Act, ports adopted a plan.",
                Some("Tidal Safety Plan")
            ),
            ["Harbour Act", "Tidal Safety Plan"]
        );
    }

    #[test]
    fn a_title_whose_words_the_grammar_cannot_read_names_an_instrument_by_its_first_word() {
        // A French title: the strategy of the first sentence, under the title's form.
        assert_eq!(
            names_of(
                "FR",
                "France",
                "Under the National Strategy for Safer Tides (2019-2023), ports act together.",
                Some("Stratégie nationale pour des marées plus sûres")
            ),
            ["Stratégie nationale pour des marées plus sûres"]
        );
        // A transliterated decision with the number of the decision the text names.
        assert_eq!(
            names_of(
                "LY",
                "Libya",
                "By Ministerial Decision No. 88 of 2020, harbour units were set up.",
                Some("Qarar wazir al-mawani raqm 88 li-sanat 2020")
            ),
            ["Qarar wazir al-mawani raqm 88 li-sanat 2020"]
        );
        // A procedure is not the programme of the first sentence: two instruments.
        assert_eq!(
            names_of(
                "UA",
                "Ukraine",
                "The State Programme on Safe Harbours was adopted in 2021.",
                Some("Poriadok vzaiemodii portiv")
            ),
            [
                "State Programme on Safe Harbours",
                "Poriadok vzaiemodii portiv"
            ]
        );
    }

    #[test]
    fn a_law_cited_from_the_collection_keeps_its_subject() {
        assert_eq!(
            names_of(
                "CZ",
                "Czechia",
                "Ports are run under Act No. 12/2004 Coll., on Harbour Services, and Act No. \
                 40/2009 Coll. on Pier Safety.",
                None
            ),
            [
                "Act No. 12/2004 Coll., on Harbour Services",
                "Act No. 40/2009 Coll. on Pier Safety"
            ]
        );
    }

    #[test]
    fn government_policy_programmes_are_instruments_and_others_are_not() {
        assert_eq!(
            names_of(
                "MX",
                "Mexico",
                "The Comprehensive Programme to Prevent and Punish Harbour Crime sets targets, \
                 and the Sectoral Programme for Ports follows it. The Harbour Friends \
                 Programme trains volunteers.",
                None
            ),
            [
                "Comprehensive Programme to Prevent and Punish Harbour Crime",
                "Sectoral Programme for Ports"
            ]
        );
    }

    #[test]
    fn a_decree_numbered_with_letters_and_dated_in_the_hijri_calendar() {
        assert_eq!(
            names_of(
                "SA",
                "Saudi Arabia",
                "It amends the rules set by Royal Decree No. K/17 of 1431H on harbours.",
                None
            ),
            ["Royal Decree No. K/17 of 1431H"]
        );
        assert_eq!(
            names_of(
                "MA",
                "Morocco",
                "Dahir No. 1-09-12 of 3 May 2009 enacted it.",
                None
            ),
            ["Dahir No. 1-09-12 of 3 May 2009"]
        );
    }

    #[test]
    fn a_law_numbered_in_roman_numerals_runs_to_its_announced_short_name() {
        let input = ProseInput {
            country_iso2: Some("HU"),
            country_name: "Hungary",
            measure_types: &[],
            description: "Act XLIV of 2010 on the safety of piers used in cases of storms \
                          between islands (hereafter the Pier Act) took effect. The Pier Act \
                          was used.",
            full_text_title: None,
            source: None,
        };
        let names = find_names_for(input.description, input.country_name);
        let found: Vec<(String, Option<String>)> = collect_instruments(&input, &names)
            .into_iter()
            .map(|instrument| (instrument.name, instrument.short_name))
            .collect();
        assert_eq!(
            found,
            [(
                "Act XLIV of 2010 on the safety of piers used in cases of storms between islands"
                    .to_string(),
                Some("Pier Act".to_string())
            )]
        );
    }

    #[test]
    fn possessed_short_names_are_generic() {
        assert_eq!(
            names_of(
                "NZ",
                "New Zealand",
                "The Harbour Strategy on Tides and its Action Plan",
                None
            ),
            ["Harbour Strategy on Tides"]
        );
    }

    #[test]
    fn generic_owner_possessive_is_dropped() {
        assert_eq!(
            names_of(
                "NZ",
                "New Zealand",
                "the Government's Harbour Safety Plan starts",
                None
            ),
            ["Harbour Safety Plan"]
        );
    }

    #[test]
    fn an_amending_act_is_another_instrument() {
        assert_eq!(
            names_of(
                "NZ",
                "New Zealand",
                "The Harbour Safety Act 2018 was passed. The companion Harbour Safety \
                 (Amendments) Act 2018 added offences.",
                None
            ),
            [
                "Harbour Safety Act 2018",
                "Harbour Safety (Amendments) Act 2018"
            ]
        );
    }
}
