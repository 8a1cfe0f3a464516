//! Cues outside the head noun: organisation cues (`the NGO X`, `X, a charity`, `X, the national
//! organisation for …`, `a statutory agency, X,`, `run by X`, a name listed between two bodies),
//! owners of named services and offices, gazetteer bodies and aliases, and acronyms used alone.

use std::collections::HashSet;

use super::*;
use crate::extract::entities::gazetteer::InternationalBody;

/// `Alert System of the Ministry of Home Affairs`, `Director of the Harbour Bureau`: the body
/// that owns a named service or office is an agency when it closes the name after `of`.
pub(super) fn owner_of_excluded(context: &Context<'_>, name: &Name) -> Option<Name> {
    let first = context.token_at(name.span.start)?;
    let end = context
        .tokens
        .partition_point(|token| token.span.end <= name.span.end);
    let of = (first + 1..end).find(|&i| context.is_word(i) && context.text(i) == "of")?;
    let start = if context.text(of + 1) == "the" {
        of + 2
    } else if name.role == NameRole::Holder {
        // `Minister of Social Services`: an office-holder's title names a portfolio; a body it
        // heads takes `the` (`Director of the Harbour Bureau`).
        return None;
    } else {
        of + 1
    };
    if start >= end {
        return None;
    }
    let choice = choose_head(context, start..end)?;
    if !matches!(choice.role, NameRole::Agency(_)) {
        return None;
    }
    if is_generic(context, start..end, Some(&choice), choice.role) {
        return None;
    }
    let span = context.span(start..end);
    let mut owner = Name {
        span: span.clone(),
        text: String::new(),
        role: choice.role,
        short_form: None,
        members: Vec::new(),
        international: false,
        alias_id: None,
        translation: None,
        mask: span,
    };
    owner.text = display_text(context.source, &owner);
    if let Some((short, span)) = &name.short_form {
        if initials_match(short, &owner.text) {
            owner.short_form = Some((short.clone(), span.clone()));
        }
    }
    Some(owner)
}

/// `the NGO La Strada`, `the organisation Sea Watch`: a name after an organisation cue. The cue
/// may be the first word of the run (`NGO La Strada`), which is then dropped.
pub(super) fn mark_cued_organisations(context: &Context<'_>, names: &mut [Name]) {
    // `the NGO Kite House`: a body whose name the cue opens loses the cue, unless the cue heads
    // a name of its own (`NGO Coalition on …`).
    let cue_before_name = |name: &Name| {
        context.token_at(name.span.start).is_some_and(|first| {
            is_ngo_acronym(context.text(first))
                && context.is_name_word(first + 1)
                && context.head_role(first + 1).is_none()
        })
    };
    for name in names.iter_mut().filter(|n| {
        n.role == NameRole::Unknown
            || is_actor_head_name(context, n)
            || (matches!(n.role, NameRole::Agency(_)) && cue_before_name(n))
    }) {
        let Some(first) = context.token_at(name.span.start) else {
            continue;
        };
        let is_cue = |index: usize| {
            let text = context.text(index);
            is_ngo_acronym(text)
                || matches!(
                    text,
                    "organisation"
                        | "organization"
                        | "association"
                        | "foundation"
                        | "charity"
                        | "network"
                        | "coalition"
                        | "alliance"
                )
        };
        let last = (first..context.tokens.len())
            .take_while(|&i| context.tokens[i].span.end <= name.span.end)
            .last()
            .unwrap_or(first);
        let last_with_brackets = (first..context.tokens.len())
            .take_while(|&i| context.tokens[i].span.end <= name.mask.end)
            .last()
            .unwrap_or(last);
        // `Jogorku Kenesh (Жогорку Кеңеш, the parliament)`: a name opening a bracket right
        // after another name is that name in another language or script, not a second body.
        let glosses_a_name = first >= 2
            && context.is_punct(first - 1, &["("])
            && (context.is_name_word(first - 2)
                || super::chunks::is_legal_form(context.text(first - 2)));
        if glosses_a_name {
            continue;
        }
        let has_head = name.role == NameRole::Unknown
            && (first..=last).any(|i| context.head_role(i).is_some());
        let cued_after = !has_head
            && (is_followed_by_appositive_cue(context, last_with_brackets)
                || is_preceded_by_appositive_cue(context, first, last_with_brackets));
        let called = if has_head {
            None
        } else {
            body_noun_calling(context, first)
        };
        // `the Tidal NGO Kitewing`: a place or a demonym before the cue, and a name after it
        // that is no head of its own (`National NGO Forum` is one name, and so is `National
        // NGO Kitewing`: a generic modifier is no place).
        let inner_cue = (first + 1..last.min(first + 3))
            .find(|&k| is_ngo_acronym(context.text(k)))
            .filter(|&k| {
                (first..=k + 1).all(|i| i == k || context.head_role(i).is_none())
                    && (first..k).all(|i| !context.in_list(i, WordList::GenericModifiers))
                    && context.is_name_word(k + 1)
            });
        // `the NGO coalition Kitewing`, `an NGO network called …` is `called` below.
        let cue_and_noun = first >= 2
            && is_ngo_acronym(context.text(first - 2))
            && matches!(
                context.text(first - 1),
                "coalition" | "network" | "platform" | "alliance" | "umbrella"
            );
        let start = if is_cue(first) && last > first {
            first + 1
        } else if let Some(cue) = inner_cue {
            cue + 1
        } else if (first > 0 && is_cue(first - 1))
            || cue_and_noun
            || cued_after
            || (!has_head && is_run_by_object(context, first))
            || (!has_head && is_acting_subject(context, first, last_with_brackets))
            || (!has_head && is_collaboration_partner(context, first))
            || called.is_some()
        {
            if is_place_name(&name.text, context.country) {
                continue;
            }
            first
        } else {
            continue;
        };
        if !context.is_name_word(start) {
            continue;
        }
        name.role = NameRole::Agency(called.unwrap_or(AgencyKind::NonGovernmental));
        name.span.start = context.tokens[start].span.start;
        name.mask.start = name.span.start;
        name.text = display_text(context.source, name);
    }
}

/// `NGO`, `CSO`: the acronyms that say the name next to them is a civil-society body.
fn is_ngo_acronym(word: &str) -> bool {
    matches!(word, "NGO" | "CSO")
}

/// `a statutory agency called Marea`, `an NGO known as Kitewing`: the kind of the body a name
/// is said to be called after a lowercase body noun (an NGO for the organisation cues).
fn body_noun_calling(context: &Context<'_>, first: usize) -> Option<AgencyKind> {
    let noun = match (context.text(first.checked_sub(2)?), context.text(first - 1)) {
        (_, "called" | "named") => first - 2,
        ("known", "as") => first.checked_sub(3)?,
        _ => return None,
    };
    let text = context.text(noun);
    if !context.is_word(noun) || (is_capitalised(text) && !is_acronym(text)) {
        return None;
    }
    match context.head_role(noun) {
        Some(HeadRole::Agency(kind)) => Some(kind),
        _ => is_body_noun(context, noun).then_some(AgencyKind::NonGovernmental),
    }
}

/// `Safe Homes Initiative` (an excluded head that may also name an NGO) when cues show it acting.
fn is_actor_head_name(context: &Context<'_>, name: &Name) -> bool {
    let last = name.text.rsplit(' ').next().unwrap_or("");
    name.role == NameRole::Excluded
        && name.text.contains(' ')
        && gazetteer().has_word(WordList::ActorHeads, &last.to_lowercase())
        && context.token_at(name.span.start).is_some()
}

/// `Komnas Perempuan publishes …`, `Bundeskriminalamt advised …`: a name without a head noun
/// that starts a sentence or clause (after a comma too: `With a grant, Tidemark trained …`) and
/// is followed by an institutional verb is a body acting.
pub(super) fn is_acting_subject(context: &Context<'_>, first: usize, last: usize) -> bool {
    let clause_start = is_sentence_start(context, first)
        || (first >= 1 && matches!(context.text(first - 1), "and" | "while" | "whereas" | ","));
    // `Spotlight funds of US$ 7 million`: a verb form followed by `of` is a noun.
    clause_start
        && context.in_list(last + 1, WordList::InstitutionalVerbs)
        && context.text(last + 2) != "of"
}

/// `works with Fundasaun Alola`, `in cooperation with X`: the partner named after a
/// collaboration word and `with` is a body.
pub(super) fn is_collaboration_partner(context: &Context<'_>, first: usize) -> bool {
    let with = if first >= 1 && context.text(first - 1) == "the" {
        first - 1
    } else {
        first
    };
    with >= 2
        && context.text(with - 1) == "with"
        && context.in_list(with - 2, WordList::CollaborationCues)
}

/// Country names and the record's country are places, not bodies, whatever verb follows them.
fn is_place_name(text: &str, country: &str) -> bool {
    text == country || crate::extract::is_country_name(text)
}

/// Whether an acronym's capitals are the initials of a name's capitalised words (`MoP` and
/// `Ministry of Ports`).
pub(super) fn initials_match(acronym: &str, name: &str) -> bool {
    let mut capitals = acronym.chars().filter(|c| c.is_uppercase()).peekable();
    let initials = name
        .split([' ', '-'])
        .filter_map(|word| word.chars().next())
        .filter(|c| c.is_uppercase());
    capitals.peek().is_some() && capitals.eq(initials)
}

/// `run by Harbour Friends`, `adopted by the Harbour Assembly`: the agent of an institutional
/// verb (running, funding, adopting, chairing) is a body.
pub(super) fn is_run_by_object(context: &Context<'_>, first: usize) -> bool {
    let by = if first >= 1 && context.text(first - 1) == "the" {
        first - 1
    } else {
        first
    };
    by >= 2
        && context.text(by - 1) == "by"
        && matches!(
            context.text(by - 2),
            "run"
                | "operated"
                | "managed"
                | "administered"
                | "adopted"
                | "approved"
                | "passed"
                | "enacted"
                | "ratified"
                | "funded"
                | "financed"
                | "coordinated"
                | "chaired"
        )
}

/// `X, a non-governmental organisation`, `X (an NGO)`, `X, the national organisation for …`: an
/// appositive that says X is a body.
pub(super) fn is_followed_by_appositive_cue(context: &Context<'_>, last: usize) -> bool {
    let opener = last + 1;
    if !context.is_punct(opener, &[",", "("])
        || !matches!(context.text(opener + 1), "a" | "an" | "the")
    {
        return false;
    }
    let words = opener + 2..opener + 7;
    if context.text(opener + 1) == "the" {
        // `the` needs lowercase words up to the noun (`the independent national organisation`):
        // `X, the Y Commission` is a list, not an appositive.
        words
            .take_while(|&i| context.is_word(i) && !is_capitalised(context.text(i)))
            .any(|i| is_body_noun(context, i))
    } else {
        words.into_iter().any(|i| is_body_noun(context, i))
    }
}

/// `a new statutory agency, Marea,`: a name set off by commas right after a lowercase body noun
/// is that body.
pub(super) fn is_preceded_by_appositive_cue(
    context: &Context<'_>,
    first: usize,
    last: usize,
) -> bool {
    first >= 2
        && context.is_punct(first - 1, &[","])
        && context.is_word(first - 2)
        && !is_capitalised(context.text(first - 2))
        && is_body_noun(context, first - 2)
        && context.is_punct(last + 1, &[",", ")", "."])
}

/// A word that names a kind of body: an organisation cue or a lowercase agency head noun.
fn is_body_noun(context: &Context<'_>, index: usize) -> bool {
    let word = context.text(index).to_lowercase();
    let cue_word = matches!(
        word.as_str(),
        "organisation" | "organization" | "ngo" | "charity" | "association" | "foundation"
    );
    let body_head = !is_capitalised(context.text(index))
        && matches!(context.head_role(index), Some(HeadRole::Agency(_)));
    cue_word || body_head
}

/// The most words a headless name listed between two bodies may have.
const MAX_LISTED_NAME_WORDS: usize = 3;

/// `the Harbour Police, the Marinieri and the Border Police`: a short name without a head,
/// listed between two bodies with `, the` and `and the`, is a body too. `names` is sorted.
pub(super) fn mark_listed_with_bodies(context: &Context<'_>, names: &mut [Name]) {
    let is_body = |name: &Name| matches!(name.role, NameRole::Agency(_));
    // The words between two names, compared without case or extra spaces.
    let gap_is = |from: usize, to: usize, expected: &[&str]| {
        let words = gap_words(context, from, to);
        words.len() == expected.len()
            && words
                .iter()
                .zip(expected)
                .all(|(word, expected)| word.eq_ignore_ascii_case(expected))
    };
    for index in 1..names.len().saturating_sub(1) {
        let (before, name, after) = (&names[index - 1], &names[index], &names[index + 1]);
        let candidate = name.role == NameRole::Unknown
            && is_body(before)
            && is_body(after)
            && name.text.split_whitespace().count() <= MAX_LISTED_NAME_WORDS;
        if !candidate {
            continue;
        }
        let listed = gap_is(before.mask.end, name.span.start, &[",", "the"])
            && (gap_is(name.mask.end, after.span.start, &["and", "the"])
                || gap_is(name.mask.end, after.span.start, &[",", "the"]));
        if listed && !is_place_name(&name.text, context.country) {
            names[index].role = NameRole::Agency(AgencyKind::Other);
        }
    }
}

/// The longest ` in <city> and ` between a located body and the next name, in bytes.
const MAX_CITY_GAP_BYTES: usize = 48;

/// `the Kite Shelter in Tidla and Women Against Rape (WAR) in Marea`, `… in Tidla and Harbour Aid
/// in Marea`: a headless name after a body located in a known city and `and`, and itself
/// followed by ` in ` and a place, is a body located the same way (its place dropped from its
/// name). `names` is sorted.
pub(super) fn mark_located_like_the_body_before(context: &Context<'_>, names: &mut [Name]) {
    for index in 1..names.len() {
        let name = &names[index];
        if name.role != NameRole::Unknown || is_place_name(&name.text, context.country) {
            continue;
        }
        let Some(before) = names[..index]
            .iter()
            .rev()
            .find(|before| matches!(before.role, NameRole::Agency(_)))
        else {
            continue;
        };
        // `in <city> and` is short: most names are far from the body before them.
        if name.span.start.saturating_sub(before.mask.end) > MAX_CITY_GAP_BYTES {
            continue;
        }
        let located_before = match gap_words(context, before.mask.end, name.span.start).as_slice() {
            ["in", city @ .., "and"] => gazetteer().cities.contains(city.join(" ").as_str()),
            _ => false,
        };
        if !located_before {
            continue;
        }
        let tokens = context.tokens_in(&name.span);
        let own_place = (tokens.start + 1..tokens.end)
            .find(|&i| context.text(i) == "in" && is_place(context, i + 1..tokens.end));
        let mut after = context
            .source
            .get(name.mask.end..)
            .unwrap_or("")
            .split_whitespace();
        let place_after = after.next() == Some("in")
            && after
                .next()
                .is_some_and(|word| word.starts_with(char::is_uppercase));
        if own_place.is_none() && !place_after {
            continue;
        }
        let name = &mut names[index];
        name.role = NameRole::Agency(AgencyKind::NonGovernmental);
        if let Some(at) = own_place {
            name.span = context.span(tokens.start..at);
            name.text = collapse_whitespace(context.slice(tokens.start..at));
        }
    }
}

/// The plural nouns after which `such as` lists bodies (`NGOs such as …`). `partners` is not one:
/// partners are often countries or programmes.
const BODY_PLURALS: &[&str] = &[
    "NGOs",
    "CSOs",
    "organisations",
    "organizations",
    "charities",
    "associations",
    "foundations",
    "networks",
    "providers",
    "agencies",
    "institutions",
    "bodies",
];

/// Whether `word` is a plural body noun, in any case (`Organisations such as …` opens a sentence).
fn is_body_plural(word: &str) -> bool {
    BODY_PLURALS
        .iter()
        .any(|plural| plural.eq_ignore_ascii_case(word))
}

/// Whether the name at token `first` opens a list of bodies: `NGOs such as X`, `charities such
/// as the X`, `the NGOs X`.
pub(super) fn opens_body_list(context: &Context<'_>, first: usize) -> bool {
    let start = if first >= 1 && context.text(first - 1) == "the" {
        first - 1
    } else {
        first
    };
    let such_as = start >= 3
        && context.text(start - 1) == "as"
        && context.text(start - 2) == "such"
        && is_body_plural(context.text(start - 3));
    // `the NGOs Kitewing and Tidemark`, `with CSOs Kitewing and Tidemark`
    let plural = start.checked_sub(1).map_or("", |i| context.text(i));
    let named_plural = is_body_plural(plural)
        && (is_acronym(plural) || (start >= 2 && context.text(start - 2) == "the"));
    // `NGOs, including Kitewing and …`
    let including = start >= 2
        && context.text(start - 1) == "including"
        && (is_body_plural(context.text(start - 2))
            || (start >= 3
                && context.is_punct(start - 2, &[","])
                && is_body_plural(context.text(start - 3))));
    // `run by local organisations chosen by the council, among them Kitewing and …`: a body
    // plural earlier in the sentence.
    let among_them = start >= 3
        && context.text(start - 1) == "them"
        && context.text(start - 2) == "among"
        && (start.saturating_sub(20)..start - 2)
            .rev()
            .take_while(|&i| !context.is_punct(i, &[".", ";"]))
            .any(|i| context.is_word(i) && is_body_plural(context.text(i)));
    such_as || named_plural || including || among_them
}

/// The words between two byte offsets of the source, split on white space (`", the "` gives
/// `[",", "the"]`).
fn gap_words<'s>(context: &Context<'s>, from: usize, to: usize) -> Vec<&'s str> {
    context.source.get(from..to).map_or_else(Vec::new, |gap| {
        gap.split(char::is_whitespace)
            .filter(|word| !word.is_empty())
            .collect()
    })
}

/// `NGOs such as Kite Aid, Blue Anchor and the Harbour Network`, `charities such as Kitewing and
/// Tidemark`, `the NGOs Kitewing and Tidemark`: every name listed after a plural organisation
/// noun (and `such as`) names a body, headless ones included. The list runs on while names are
/// joined by `,`, `and` or `or`. `names` is sorted.
pub(super) fn mark_body_lists(context: &Context<'_>, names: &mut [Name]) {
    let mut in_list = false;
    let mut previous_end = 0;
    for name in names.iter_mut() {
        let Some(first) = context.token_at(name.span.start) else {
            in_list = false;
            continue;
        };
        let joined = in_list
            && matches!(
                gap_words(context, previous_end, name.span.start).as_slice(),
                [","]
                    | ["and"]
                    | ["or"]
                    | [",", "and"]
                    | [",", "or"]
                    | [",", "the"]
                    | ["and", "the"]
                    | ["or", "the"]
                    | [",", "and", "the"]
            );
        in_list = joined || opens_body_list(context, first);
        previous_end = name.mask.end.max(name.span.end);
        // A headless name, or one read as a public body only because it ends in the
        // country's name (`Maiti Nepal`).
        let headless = name.role == NameRole::Unknown
            || (name.role == NameRole::Agency(AgencyKind::Government)
                && is_country_body(context, context.tokens_in(&name.span)));
        if in_list
            && headless
            && context.is_name_word(first)
            && !is_place_name(&name.text, context.country)
        {
            name.role = NameRole::Agency(AgencyKind::NonGovernmental);
            // `among them Kitewing and KTA`: a body named only by its short form has that
            // short form as its acronym too.
            if name.short_form.is_none() && is_acronym(&name.text) && !name.text.contains(' ') {
                name.short_form = Some((name.text.clone(), name.span.clone()));
            }
        }
    }
}

/// `the One UN Tidla Joint Programme on Gender-Based Violence`, `the GRZ-UN Joint Programme`: a
/// named UN joint programme for a country is run jointly by the UN agencies there and acts as
/// one, so it counts as a UN body (the only programme that does).
pub(super) fn mark_un_joint_programmes(names: &mut [Name]) {
    for name in names
        .iter_mut()
        .filter(|name| name.role == NameRole::Excluded)
    {
        let words: Vec<&str> = name.text.split([' ', '-']).collect();
        // `One UN Tidla Programme`: the programme the UN agencies of a country deliver as one.
        let delivered_as_one = words.starts_with(&["One", "UN"])
            && words
                .last()
                .is_some_and(|last| matches!(*last, "Programme" | "Program"));
        let joint_programme = delivered_as_one
            || words
                .windows(2)
                .any(|pair| pair[0] == "Joint" && matches!(pair[1], "Programme" | "Program"));
        let united_nations = words.contains(&"UN") || name.text.contains("United Nations");
        if joint_programme && united_nations {
            name.role = NameRole::Agency(AgencyKind::UnBody);
            name.international = true;
        }
    }
}

/// Marks gazetteer bodies and instrument aliases.
pub(super) fn apply_gazetteer(names: &mut [Name]) {
    let gazetteer = gazetteer();
    for name in names.iter_mut() {
        let key = comparison_key(&name.text);
        let short_key = name
            .short_form
            .as_ref()
            .map(|(short, _)| short.to_lowercase());
        if matches!(name.role, NameRole::Instrument(_) | NameRole::Unknown) {
            let alias = gazetteer
                .alias_by_key
                .get(&key)
                .or_else(|| {
                    short_key
                        .as_ref()
                        .and_then(|short| gazetteer.alias_by_key.get(short))
                })
                .and_then(|&index| gazetteer.instrument_aliases.get(index));
            if let Some(alias) = alias {
                name.alias_id = Some(alias.id.clone());
                name.role = NameRole::Instrument(alias.kind);
                continue;
            }
        }
        // A listed body is a body whatever its head noun says: `United Nations Population Fund`
        // is an agency though a fund is not. Only the whole name counts then: `UNFPA Trust
        // Fund` stays a fund.
        let excluded = name.role == NameRole::Excluded;
        // `Plan International`: a listed body's whole name wins over an instrument head too.
        if matches!(name.role, NameRole::Instrument(_)) && name.alias_id.is_none() {
            if let Some(body) = gazetteer
                .body_by_key
                .get(&key)
                .and_then(|&index| gazetteer.bodies.get(index))
            {
                name.role = NameRole::Agency(body.kind);
                name.international = body.kind != AgencyKind::Parliament;
                continue;
            }
        }
        if matches!(name.role, NameRole::Agency(_) | NameRole::Unknown) || excluded {
            let body = gazetteer
                .body_by_key
                .get(&key)
                .and_then(|&index| gazetteer.bodies.get(index))
                .or_else(|| {
                    gazetteer
                        .body_by_acronym
                        .get(name.text.as_str())
                        .and_then(|&index| gazetteer.bodies.get(index))
                });
            let office = || {
                if excluded {
                    None
                } else {
                    office_of_body(&name.text)
                }
            };
            if let Some(body) = body.or_else(office) {
                name.role = NameRole::Agency(body.kind);
                // The list's national legislatures (`Bundestag`, `Knesset`) are no
                // international bodies.
                name.international = body.kind != AgencyKind::Parliament;
            }
        }
    }
}

/// `UNFPA Country Office`: the first gazetteer body (in list order) whose name or acronym starts
/// `text`, followed by one to three capitalised words.
fn office_of_body(text: &str) -> Option<&'static InternationalBody> {
    let gazetteer = gazetteer();
    // Going left from the end, the rest after a space only gains words, so the first rest with
    // more than three words or a lowercase word ends the search.
    let first = text
        .rmatch_indices(' ')
        .take_while(|&(space, _)| {
            let rest = &text[space..];
            rest.split_whitespace().count() <= 3 && rest.split_whitespace().all(is_capitalised)
        })
        .filter_map(|(space, _)| gazetteer.bodies_by_written.get(&text[..space]))
        .filter_map(|indexes| indexes.first())
        .min()?;
    gazetteer.bodies.get(*first)
}

/// Acronym tokens outside names and consumed brackets.
pub(super) fn standalone_acronyms(
    context: &Context<'_>,
    names: &[Name],
    consumed: &[bool],
) -> Vec<AcronymMention> {
    let thing_short_forms: HashSet<&str> = names
        .iter()
        .filter(|name| !matches!(name.role, NameRole::Agency(_)))
        .filter_map(|name| name.short_form.as_ref())
        .flat_map(|(short, _)| short.split_whitespace())
        .collect();
    let mut inside_name = vec![false; context.tokens.len()];
    for name in names.iter().filter(|n| n.role != NameRole::Unknown) {
        let first = context
            .tokens
            .partition_point(|token| token.span.start < name.span.start);
        for (index, token) in context.tokens.iter().enumerate().skip(first) {
            if token.span.end > name.span.end {
                break;
            }
            inside_name[index] = true;
        }
    }
    context
        .tokens
        .iter()
        .enumerate()
        .filter(|(index, token)| {
            token.kind == TokenKind::Word
                && !consumed[*index]
                && !inside_name[*index]
                && is_acronym(token.text(context.source))
                && !is_currency_prefix(context, *index)
        })
        .map(|(index, token)| {
            let written = token.text(context.source);
            let text = written
                .strip_suffix("'s")
                .or_else(|| written.strip_suffix("’s"))
                .unwrap_or(written)
                .to_string();
            let actor = is_actor_acronym(context, index, &text, &thing_short_forms);
            let span = token.span.start..token.span.start + text.len();
            AcronymMention { text, span, actor }
        })
        .collect()
}

/// `the Harbour Safety Act (Act No. 4), known as the HSA`: an acronym an instrument is said to
/// be known by is the instrument's short form, so that it names no body anywhere in the field.
pub(super) fn attach_alias_acronyms(context: &Context<'_>, names: &mut [Name]) {
    for name in names.iter_mut() {
        if !matches!(name.role, NameRole::Instrument(_)) || name.short_form.is_some() {
            continue;
        }
        let after = name.mask.end.max(name.span.end);
        let first = context
            .tokens
            .partition_point(|token| token.span.start < after);
        let last = (first + MAX_ALIAS_LINK_TOKENS).min(context.tokens.len());
        let Some(acronym) = (first..last)
            .find(|&i| context.tokens[i].kind == TokenKind::Word && is_acronym(context.text(i)))
        else {
            continue;
        };
        let token = &context.tokens[acronym];
        if names_another_name(&context.source[after..token.span.start]) {
            name.short_form = Some((context.text(acronym).to_string(), token.span.clone()));
        }
    }
}

/// The most tokens between an instrument and the acronym it is known by
/// (`, commonly referred to as the “`).
const MAX_ALIAS_LINK_TOKENS: usize = 9;

/// `EC$5,000`, `US$ 3 million`, `FBu 15 million`, `K 3 million`: capitals written against a
/// currency sign or an amount, or an acronym or lone capital before a number that is no year, are
/// a currency or region code, not a body's acronym.
pub(super) fn is_currency_prefix(context: &Context<'_>, index: usize) -> bool {
    let Some((token, next)) = context.tokens.get(index).zip(context.tokens.get(index + 1)) else {
        return false;
    };
    let glued = token.span.end == next.span.start;
    let sign = next
        .text(context.source)
        .starts_with(['$', '£', '€', '¥', '₹', '₱', '₦']);
    // `FBu 15 million`, `KES 500`: an acronym before a number that is no year is a currency
    // (or a unit, or a resolution's series) and no body.
    // `K 3 million`, `R 500`: a lone capital before such a number is a currency symbol.
    let text = token.text(context.source);
    let lone_capital = text.len() == 1 && text.starts_with(|c: char| c.is_ascii_uppercase());
    let spaced_code = next.kind == TokenKind::Number
        && !context.is_year(index + 1)
        && (is_acronym(text) || lone_capital);
    (glued && (sign || next.kind == TokenKind::Number)) || spaced_code
}

/// Verbs after which an acronym is read as a body acting (`ACR runs …`).
const ACTOR_VERBS: &[&str] = &[
    "runs",
    "leads",
    "led",
    "coordinates",
    "coordinated",
    "manages",
    "managed",
    "provides",
    "provided",
    "operates",
    "chairs",
    "funds",
    "funded",
    "supports",
    "supported",
    "launched",
    "established",
    "created",
    "implements",
    "implemented",
    "monitors",
    "organised",
    "organized",
    "trained",
    "published",
    "issued",
    "developed",
    "set",
    "drafted",
    "adopted",
    "has",
    "is",
    "was",
];

/// Whether an undefined acronym stands where a body acts: after `by`, `with`, `from`, `the`, or
/// before an action verb; and is neither a known non-body acronym, a currency code, nor the short
/// form of a non-body name in the same field.
fn is_actor_acronym(
    context: &Context<'_>,
    index: usize,
    text: &str,
    thing_short_forms: &HashSet<&str>,
) -> bool {
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    let singular = text.strip_suffix('s').unwrap_or(text);
    let known_other = gazetteer().has_word(WordList::NonBodyAcronyms, text)
        || gazetteer().has_word(WordList::NonBodyAcronyms, singular)
        || gazetteer().country_codes.contains(text);
    let short_form_of_thing = thing_short_forms.contains(text);
    if letters < 3 || known_other || short_form_of_thing {
        return false;
    }
    let before = index.checked_sub(1).map(|i| context.text(i)).unwrap_or("");
    let after = context.text(index + 1);
    let names_a_thing = !is_capitalised(after)
        && (matches!(
            context.head_role(index + 1),
            Some(HeadRole::Excluded | HeadRole::Instrument(_))
        ) || matches!(after, "service" | "services"));
    if names_a_thing {
        return false;
    }
    matches!(before, "by" | "with" | "from" | "the" | "The" | "and") || ACTOR_VERBS.contains(&after)
}
