//! Classifying a run by its head noun, trimming sentence words, extending instruments with
//! their lowercase tail, and building the [`super::Name`].

use super::*;

/// Lowercase prepositions that end the first segment of a name (its head is before them).
pub(super) const SEGMENT_PREPOSITIONS: &[&str] = &[
    "of",
    "for",
    "on",
    "to",
    "against",
    "from",
    "in",
    "with",
    "concerning",
    "at",
    "de",
    "del",
    "para",
    "pour",
    "für",
    "sur",
];

/// Words that open the lowercase tail of an instrument name.
pub(super) const TAIL_OPENERS: &[&str] = &["on", "to", "for", "against", "concerning", "regarding"];

/// The verbs a `to` tail of an instrument name starts with (`Law to eliminate violence …`).
pub(super) const TAIL_PURPOSE_VERBS: &[&str] = &[
    "prevent",
    "combat",
    "eliminate",
    "eradicate",
    "end",
    "address",
    "punish",
    "protect",
    "tackle",
    "reduce",
    "fight",
    "respond",
    "suppress",
    "counter",
    "stop",
    "curb",
    "criminalise",
    "criminalize",
    "penalise",
    "penalize",
    "prohibit",
    "ban",
];

/// Modifiers that mark a `Service` as a service for the public rather than a body.
pub(super) const SERVICE_MODIFIERS: &[&str] = &[
    "telephone",
    "phone",
    "online",
    "information",
    "helpline",
    "hotline",
    "support",
    "listening",
    "text",
    "chat",
    "mobile",
    "referral",
    "counselling",
    "counseling",
    "advice",
];

/// The principal head of a token range and the token where the named part starts.
pub(super) struct HeadChoice {
    pub(super) role: NameRole,
    pub(super) head: usize,
    pub(super) segment_start: usize,
}

/// Chooses the principal head: the rightmost head of the first segment (before a lowercase
/// preposition), else the first head of a later segment.
pub(super) fn choose_head(context: &Context<'_>, range: Range<usize>) -> Option<HeadChoice> {
    let mut segment_start = range.start;
    let mut index = range.start;
    while index < range.end {
        let segment_end = (index..range.end)
            .find(|&i| is_segment_preposition(context, i))
            .unwrap_or(range.end);
        let head = (segment_start..segment_end).rev().find(|&i| {
            let lowercase_government = i == range.start && context.text(i) == "government";
            // `Harbour Friends e.V.`: a legal form is written in its own case.
            let legal_form = super::chunks::is_legal_form(context.text(i));
            context.head_role(i).is_some()
                && (context.is_name_word(i) || lowercase_government || legal_form)
        });
        // `Officers of Harbour Police may …`: office-holders named by their body are its
        // staff, and the body after `of` is the name.
        let staff_of_body = head.is_some_and(|head| {
            head == segment_start
                && segment_end == head + 1
                && matches!(context.head_role(head), Some(HeadRole::Holder))
                && context.text(head).ends_with('s')
                && (segment_end + 1..range.end)
                    .any(|i| matches!(context.head_role(i), Some(HeadRole::Agency(_))))
        });
        if let (Some(mut head), false) = (head, staff_of_body) {
            let weak = context.text(head).eq_ignore_ascii_case("initiative");
            let earlier_body = (segment_start..head)
                .rev()
                .find(|&i| matches!(context.head_role(i), Some(HeadRole::Agency(_))));
            if let (true, Some(body)) = (weak, earlier_body) {
                head = body;
            }
            let mut role = role_of_head(context, head);
            // A head that opens its segment may come first by its language's order (`Ley
            // Micaela`, `Loi Veil`).
            if matches!(role, NameRole::Instrument(_))
                && head > segment_start
                && is_modifier_head(context, head, segment_end)
            {
                role = NameRole::Unknown;
            }
            let segment_start =
                if whole_run_is_one_name(context, range.clone(), segment_start, head) {
                    range.start
                } else {
                    segment_start
                };
            return Some(HeadChoice {
                role,
                head,
                segment_start,
            });
        }
        index = segment_end + 1;
        while index < range.end && context.is_connector(index) {
            index += 1;
        }
        segment_start = index;
    }
    None
}

/// `Crimes against Children Unit`, `Access to Justice Unit`: a run whose first segment has no
/// head is still one name when its head ends it, the run does not open a sentence (`Funding for
/// Harbour Police Service rose`) and no `the` follows the preposition (`Support for the Police
/// Service`): the words before the preposition name what the body is for.
fn whole_run_is_one_name(
    context: &Context<'_>,
    range: Range<usize>,
    segment_start: usize,
    head: usize,
) -> bool {
    let later_segment = segment_start > range.start;
    // The head ends the run, or a place phrase does (`Unit in Tidla`), dropped later, or an
    // `of` names the parent in the same name (`Crimes against Children Unit of the Police`).
    let head_ends_run = head + 1 == range.end || matches!(context.text(head + 1), "in" | "of");
    let first_preposition =
        (range.start..segment_start).find(|&i| is_segment_preposition(context, i));
    let article_after = first_preposition.is_some_and(|i| context.text(i + 1) == "the");
    later_segment
        && head_ends_run
        && !article_after
        && context.is_name_word(range.start)
        && !is_sentence_start(context, range.start)
        && matches!(context.head_role(head), Some(HeadRole::Agency(_)))
}

/// `Harbour Safety and Plan Delivery`: an instrument head inside a run, followed by a
/// capitalised word that is no head, number (Roman ones included), acronym or month, modifies
/// that word and names no instrument.
fn is_modifier_head(context: &Context<'_>, head: usize, segment_end: usize) -> bool {
    let next = head + 1;
    let text = context.text(next);
    next < segment_end
        && context.is_name_word(next)
        && context.head_role(next).is_none()
        && !is_acronym(text)
        && !is_roman_numeral(text)
        && !context.is_month(next)
        && !matches!(text, "No" | "Nº" | "N°" | "Number")
}

pub(super) fn is_segment_preposition(context: &Context<'_>, index: usize) -> bool {
    context.is_word(index) && SEGMENT_PREPOSITIONS.contains(&context.text(index))
}

/// The role a head word gives, with the `High Commissioner` exception.
pub(super) fn role_of_head(context: &Context<'_>, head: usize) -> NameRole {
    match context.head_role(head) {
        // `Section 5 of the Act`: a part of a text, not a body's section.
        Some(HeadRole::Agency(_))
            if matches!(context.text(head), "Section" | "Sections")
                && context.is_number(head + 1) =>
        {
            NameRole::Unknown
        }
        Some(HeadRole::Agency(kind)) => NameRole::Agency(kind),
        // `From Standard 5 upward, pupils …`: a school year, not a technical standard.
        Some(HeadRole::Instrument(_))
            if context.text(head) == "Standard" && context.is_number(head + 1) =>
        {
            NameRole::Unknown
        }
        Some(HeadRole::Instrument(kind)) => NameRole::Instrument(kind),
        // `Social Security Fund`, `Health Insurance Fund`: a fund that insures is the body
        // that runs the insurance, not money set aside.
        Some(HeadRole::Excluded)
            if head > 0
                && matches!(context.text(head), "Fund" | "Funds")
                && matches!(
                    context.text(head - 1),
                    "Security" | "Insurance" | "Pension" | "Pensions"
                ) =>
        {
            NameRole::Agency(AgencyKind::Government)
        }
        Some(HeadRole::Excluded) => NameRole::Excluded,
        Some(HeadRole::Holder) => {
            let high = head > 0 && context.text(head - 1) == "High";
            if high && context.text(head).eq_ignore_ascii_case("commissioner") {
                NameRole::Agency(AgencyKind::Government)
            } else {
                NameRole::Holder
            }
        }
        None => NameRole::Unknown,
    }
}

/// Drops leading sentence words (`In`, `The`, `Working`) and connectors.
pub(super) fn trim_leading(context: &Context<'_>, mut range: Range<usize>) -> Range<usize> {
    while range.len() > 1 {
        let text = context.text(range.start);
        let at_start = is_sentence_start(context, range.start);
        let article = matches!(text, "The" | "the") || (matches!(text, "A" | "An") && at_start);
        let before_article = at_start
            && range.len() > 2
            && context.text(range.start + 1) == "the"
            && !starts_with_known_body(context.slice(range.clone()));
        if is_non_english_article(context, range.start) {
            break;
        }
        // `New Zealand Police`: a sentence word that opens a country's name stays.
        let opens_country = || {
            (2..=3).any(|words| {
                range.start + words <= range.end
                    && crate::extract::is_country_name(&collapse_whitespace(
                        context.slice(range.start..range.start + words),
                    ))
            })
        };
        // `Our Watch, the national foundation to …`: a one-word rest without a head that an
        // appositive says is a body keeps the word before it.
        let named_by_appositive = || {
            range.len() == 2
                && context.head_role(range.start + 1).is_none()
                && super::cues::is_followed_by_appositive_cue(context, range.end - 1)
        };
        let sentence_word = (context.in_list(range.start, WordList::Leading)
            && at_start
            && !opens_country()
            && !named_by_appositive())
            || before_article;
        // `the NGO HTA – Harbour Tides Association`: a type written before a body's acronym.
        let type_label = matches!(text, "NGO" | "CSO" | "INGO")
            && range.len() > 2
            && is_acronym(context.text(range.start + 1));
        // `the NGOs Kitewing and Tidemark`: a plural type before the names it lists.
        let plural_type_label =
            matches!(text, "NGOs" | "CSOs" | "INGOs") && context.is_name_word(range.start + 1);
        let leading = article
            || sentence_word
            || type_label
            || plural_type_label
            || context.is_connector(range.start);
        if !leading {
            break;
        }
        range.start += 1;
    }
    while range.len() > 1 && context.is_connector(range.end - 1) {
        range.end -= 1;
    }
    range
}

/// `An Garda Síochána`: English writes `An` only before a vowel sound, so a sentence-initial `An`
/// before a capitalised word that starts with a consonant (other than `h`) is the article of a
/// non-English name and belongs to it (an acronym is read letter by letter: `An NGO`).
pub(super) fn is_non_english_article(context: &Context<'_>, index: usize) -> bool {
    let next = context.text(index + 1);
    let starts_with_consonant = next
        .chars()
        .next()
        .is_some_and(|c| c.is_alphabetic() && !"aeiouhAEIOUHÁÉÍÓÚáéíóú".contains(c));
    context.text(index) == "An"
        && context.is_name_word(index + 1)
        && !is_acronym(next)
        && starts_with_consonant
}

/// `League of Tidal States in Marea`: a body listed by its whole name (which may have no head
/// noun), then ` in ` and a place, met or works there. Returns the index of `in`.
fn listed_body_then_place(context: &Context<'_>, range: Range<usize>) -> Option<usize> {
    let at =
        (range.start + 1..range.end).find(|&i| context.is_word(i) && context.text(i) == "in")?;
    let place_like = is_place(context, at + 1..range.end);
    let listed = || {
        let name = context.slice(range.start..at);
        gazetteer().bodies.iter().any(|body| body.name == name)
    };
    (place_like && listed()).then_some(at)
}

/// Whether a text starts with a gazetteer body name (`Save the Children …`).
pub(super) fn starts_with_known_body(text: &str) -> bool {
    gazetteer()
        .bodies
        .iter()
        .any(|body| text.starts_with(body.name.as_str()))
}

/// Whether the token at `index` starts a sentence, a list item or a bracket.
pub(super) fn is_sentence_start(context: &Context<'_>, index: usize) -> bool {
    let Some(previous) = index.checked_sub(1) else {
        return true;
    };
    match context.kind(previous) {
        Some(TokenKind::Break) | None => true,
        Some(TokenKind::Punct) => !context.is_punct(previous, &[","]),
        _ => false,
    }
}

/// Builds a classified name from a chunk part, extending it and consuming brackets after it.
pub(super) fn build_name(
    context: &Context<'_>,
    part: Range<usize>,
    consumed: &mut [bool],
) -> Option<Name> {
    let mut range = trim_leading(context, part);
    if range.is_empty() || !context.is_word(range.start) {
        return None;
    }
    if context.in_list(range.start, WordList::Leading) && range.len() == 1 {
        return None;
    }
    if let Some(at) = listed_body_then_place(context, range.clone()) {
        range.end = at;
    }
    let mut choice = choose_head(context, range.clone());
    if choice.is_none() {
        if let Some(extended) = lowercase_head_extension(context, range.clone()) {
            range = extended;
            choice = choose_head_lowercase(context, range.clone());
        } else if let Some(extended) = lowercase_body_with_acronym(context, range.clone()) {
            range = extended;
            choice = choose_head_lowercase(context, range.clone());
        }
    }
    let mut role = choice.as_ref().map_or(NameRole::Unknown, |c| c.role);
    if let Some((overridden, head)) =
        override_by_final_head(context, range.clone(), choice.as_ref(), role)
    {
        role = overridden;
        if let Some(choice) = choice.as_mut() {
            choice.head = head;
            choice.role = overridden;
        }
    }
    role = refine_programme_and_service(context, range.clone(), choice.as_ref(), role);
    if let (NameRole::Agency(_), Some(choice)) = (role, choice.as_ref()) {
        if choice.segment_start > range.start {
            range.start = choice.segment_start;
            range = trim_leading(context, range);
        }
    }
    if let NameRole::Agency(_) = role {
        range.end = place_phrase_start(context, range.clone())
            .or_else(|| place_list_start(context, range.clone()))
            .or_else(|| city_phrase_start(context, range.clone()))
            .unwrap_or(range.end);
    }
    if let Some((end, kind)) = numbered_instrument_of_body(context, range.clone(), role) {
        role = NameRole::Instrument(kind);
        choice = Some(HeadChoice {
            role,
            head: range.end,
            segment_start: range.start,
        });
        range.end = end;
    }
    if let NameRole::Instrument(_) = role {
        range.end = instrument_tail_end(context, range.clone(), choice.as_ref());
    }
    if is_generic(context, range.clone(), choice.as_ref(), role) {
        role = NameRole::Unknown;
    }
    if role == NameRole::Unknown && is_country_body(context, range.clone()) {
        role = NameRole::Agency(AgencyKind::Government);
    }
    // `Statistics Canada`, `Statistics Finland`: a country's statistics office, not a table.
    let statistics_office = context.text(range.start) == "Statistics"
        && range.len() >= 2
        && crate::extract::is_country_name(&collapse_whitespace(
            context.slice(range.start + 1..range.end),
        ));
    if statistics_office {
        role = NameRole::Agency(AgencyKind::Government);
    }
    // `United Nations Operation in Côte d'Ivoire`: a name the United Nations gives one of its
    // own bodies needs no head (its texts have instrument heads, its funds excluded ones).
    let united_nations = role == NameRole::Unknown
        && range.len() >= 3
        && context.text(range.start) == "United"
        && context.text(range.start + 1) == "Nations";
    if united_nations {
        role = NameRole::Agency(AgencyKind::UnBody);
    }
    // `Woman Inc.`: an abbreviated legal form keeps its dot, which may also end the sentence.
    let mut span = context.span(range.clone());
    let abbreviated = range.end > range.start
        && matches!(context.text(range.end - 1), "Inc" | "Ltd")
        && context.source.as_bytes().get(span.end) == Some(&b'.');
    if abbreviated {
        span.end += 1;
    }
    let mut name = Name {
        span: span.clone(),
        text: String::new(),
        role,
        short_form: None,
        members: Vec::new(),
        international: false,
        alias_id: None,
        translation: None,
        mask: span,
    };
    attach_brackets_after(context, range.end, &mut name, consumed);
    name.members = shared_head_members(context, range.clone(), choice.as_ref());
    name.text = display_text(context.source, &name);
    Some(name)
}

/// The most capitalised words a trailing place phrase (`in Port of Spain`) may hold.
const MAX_PLACE_WORDS: usize = 4;

/// `the Crisis Centre in Ghent`, `the Family Court in Antwerp`: ` in <Place>` right after a body's
/// head noun locates the body and is not part of its name. Returns the index of `in` when the
/// rest of the range is only capitalised words without a head noun. A mission is named after
/// where it works (`United Nations Support Mission in Tidla`), so its place stays.
pub(super) fn place_phrase_start(context: &Context<'_>, range: Range<usize>) -> Option<usize> {
    let at = (range.start + 1..range.end).find(|&i| {
        context.is_word(i)
            && context.text(i) == "in"
            && matches!(context.head_role(i - 1), Some(HeadRole::Agency(_)))
            && !matches!(context.text(i - 1), "Mission" | "Missions")
            && !is_field_office(context, range.start, i)
    })?;
    is_place(context, at + 1..range.end).then_some(at)
}

/// `OSCE Programme Office in Bishkek`: an international body's field office, named by the
/// body's short form, is named for its city too (`in` at index `at`).
fn is_field_office(context: &Context<'_>, start: usize, at: usize) -> bool {
    is_known_short_form(context.text(start))
        && matches!(
            context.text(at - 1),
            "Office" | "Centre" | "Center" | "Presence"
        )
}

/// `Shelters for Women and Children in Tidla City`, `Podrugi in Almaty`, `Podrugi in Almaty and
/// Tidla`: ` in ` and a city the gazetteer knows, alone or first in a list of places, end a
/// body's name wherever they come, and locate it. A mission or an operation is named after where
/// it works, so its place stays.
pub(super) fn city_phrase_start(context: &Context<'_>, range: Range<usize>) -> Option<usize> {
    let at = (range.start + 1..range.end.saturating_sub(1))
        .rev()
        .find(|&i| context.is_word(i) && context.text(i) == "in")?;
    let named_for_place = is_field_office(context, range.start, at)
        || matches!(
            context.text(at - 1),
            "Mission" | "Missions" | "Operation" | "Operations"
        );
    if named_for_place {
        return None;
    }
    // The first place runs up to a comma or `and`; what follows must be places too.
    let first_end = (at + 1..range.end)
        .find(|&i| context.is_punct(i, &[","]) || (context.is_word(i) && context.text(i) == "and"))
        .unwrap_or(range.end);
    let city = collapse_whitespace(context.slice(at + 1..first_end));
    let others_are_places = (first_end..range.end).all(|i| {
        context.is_punct(i, &[","])
            || (context.is_word(i) && context.text(i) == "and")
            || (context.is_name_word(i) && context.head_role(i).is_none())
    });
    (gazetteer().cities.contains(city.as_str()) && others_are_places).then_some(at)
}

/// [`city_phrase_start`] for the bodies that cues and lists made bodies after their names were
/// read (`the NGO Podrugi in Almaty`).
pub(super) fn locate_in_cities(context: &Context<'_>, names: &mut [Name]) {
    for name in names.iter_mut() {
        if !matches!(name.role, NameRole::Agency(_)) || !name.text.contains(" in ") {
            continue;
        }
        let tokens = context.tokens_in(&name.span);
        if let Some(at) = city_phrase_start(context, tokens.clone()) {
            name.span = context.span(tokens.start..at);
            name.text = collapse_whitespace(context.slice(tokens.start..at));
        }
    }
}

/// A place's name: one to four capitalised words, none of them a head noun.
pub(super) fn is_place(context: &Context<'_>, words: Range<usize>) -> bool {
    !words.is_empty()
        && words.len() <= MAX_PLACE_WORDS
        && words
            .clone()
            .all(|i| context.is_name_word(i) && context.head_role(i).is_none())
}

/// The most tokens a trailing list of places (`in Lima, Cusco and Piura`) may hold.
const MAX_PLACE_LIST_TOKENS: usize = 16;

/// `Courts for Harbour Crimes in Tidla, Marea City and Porto Nuevo`: ` in ` and a list of
/// two or more places (capitalised words without a head, commas, a closing `and`) ending a body's
/// name locate the bodies. Returns the index of `in`. One place alone is read as a place only
/// right after the head ([`place_phrase_start`]): `Office for Women in Business` stays whole.
pub(super) fn place_list_start(context: &Context<'_>, range: Range<usize>) -> Option<usize> {
    let has_body = range
        .clone()
        .any(|i| matches!(context.head_role(i), Some(HeadRole::Agency(_))));
    let at = (range.start + 1..range.end)
        .rev()
        .find(|&i| context.is_word(i) && context.text(i) == "in")?;
    let place = at + 1..range.end;
    let mut n_commas = 0;
    let mut n_and = 0;
    let mut previous_was_word = false;
    for i in place.clone() {
        if context.is_punct(i, &[","]) && previous_was_word {
            n_commas += 1;
            previous_was_word = false;
        } else if context.is_word(i) && context.text(i) == "and" && previous_was_word {
            n_and += 1;
            previous_was_word = false;
        } else if context.is_name_word(i) && context.head_role(i).is_none() {
            previous_was_word = true;
        } else {
            return None;
        }
    }
    let listed = n_commas >= 1 && n_and == 1 && previous_was_word;
    (has_body && listed && place.len() <= MAX_PLACE_LIST_TOKENS).then_some(at)
}

/// `Security Council resolution 1325`: a body's name, a lowercase instrument head and a number
/// name an instrument of that body. Returns the new end and kind.
pub(super) fn numbered_instrument_of_body(
    context: &Context<'_>,
    range: Range<usize>,
    role: NameRole,
) -> Option<(usize, InstrumentKind)> {
    if !matches!(role, NameRole::Agency(_)) {
        return None;
    }
    let head = range.end;
    let Some(HeadRole::Instrument(kind)) = context.head_role(head) else {
        return None;
    };
    if is_capitalised(context.text(head)) {
        return None;
    }
    if context.is_number(head + 1) {
        return Some((head + 2, kind));
    }
    let numbered = matches!(context.text(head + 1), "No" | "no")
        && context.is_punct(head + 2, &["."])
        && context.is_number(head + 3);
    numbered.then_some((head + 4, kind))
}

/// `Sexual Offences units (SOU)`: capitalised words, a lowercase body head and an acronym in
/// brackets name a class of bodies.
pub(super) fn lowercase_body_with_acronym(
    context: &Context<'_>,
    range: Range<usize>,
) -> Option<Range<usize>> {
    let head = range.end;
    let lowercase_body = context.is_word(head)
        && !is_capitalised(context.text(head))
        && matches!(context.head_role(head), Some(HeadRole::Agency(_)));
    let acronym = context.is_punct(head + 1, &["("])
        && is_acronym(context.text(head + 2))
        && context.is_punct(head + 3, &[")"]);
    (lowercase_body && acronym).then_some(range.start..head + 1)
}

/// `Model Latin American protocol`: capitalised words followed by a lowercase instrument head.
pub(super) fn lowercase_head_extension(
    context: &Context<'_>,
    range: Range<usize>,
) -> Option<Range<usize>> {
    let next = range.end;
    let last = context.text(next - 1);
    if last.ends_with("'s") || last.ends_with("’s") || range.len() < 2 {
        return None;
    }
    let is_head = context.is_word(next)
        && !is_capitalised(context.text(next))
        && context.is_instrument_head(next)
        && context
            .head(next)
            .is_some_and(|head| head.singular.is_none());
    is_head.then_some(range.start..next + 1)
}

pub(super) fn choose_head_lowercase(
    context: &Context<'_>,
    range: Range<usize>,
) -> Option<HeadChoice> {
    let head = range.end.checked_sub(1)?;
    let role = role_of_head(context, head);
    Some(HeadChoice {
        role,
        head,
        segment_start: range.start,
    })
}

/// `Council of Europe Convention`, `Ministry of Fisheries Harbour Programme`: a name whose
/// `of`-complement (two words or more) ends in an instrument or excluded head is that thing, not
/// the body. Returns the new role and head.
pub(super) fn override_by_final_head(
    context: &Context<'_>,
    range: Range<usize>,
    choice: Option<&HeadChoice>,
    role: NameRole,
) -> Option<(NameRole, usize)> {
    let (NameRole::Agency(_), Some(choice)) = (role, choice) else {
        return None;
    };
    if context.text(choice.head + 1) != "of" {
        return None;
    }
    let final_head = (choice.head + 3..range.end)
        .rev()
        .take_while(|&i| {
            i + 1 == range.end
                || context.is_number(i + 1)
                || is_date_word(context, i + 1)
                || context.is_punct(i + 1, &["."])
        })
        .find(|&i| context.is_name_word(i) && context.head_role(i).is_some());
    // `Council of Europe Convention on Cybercrime`: an instrument's head followed by its own
    // remit, after the body's `of`-complement.
    let instrument_with_remit = || {
        (choice.head + 3..range.end.saturating_sub(1)).find(|&i| {
            context.is_name_word(i)
                && context.is_instrument_head(i)
                && matches!(context.text(i + 1), "on" | "against" | "for" | "concerning")
        })
    };
    let last_head = final_head.or_else(instrument_with_remit)?;
    if is_coordinated_portfolio(context, choice.head + 2..last_head) {
        return None;
    }
    // `Committee of Tidla on Statistics`: a head after the body's remit (`on`, `for`) is what
    // the body deals with, not what the name names.
    let in_remit = (choice.head + 2..last_head)
        .any(|i| context.is_word(i) && matches!(context.text(i), "on" | "for" | "against"));
    if in_remit {
        return None;
    }
    // `Ministry of Social Policy`, `Department of Family Policy`: a policy after a ministry's
    // `of` is its remit (a policy of a body would be `Harbour Ministry Policy on …`).
    let remit_policy = matches!(context.text(last_head), "Policy" | "Policies")
        && matches!(
            context.text(choice.head),
            "Ministry" | "Department" | "Secretariat" | "Directorate" | "Office" | "Bureau"
        );
    if remit_policy {
        return None;
    }
    let singular = context
        .head(last_head)
        .is_some_and(|head| head.singular.is_none());
    match role_of_head(context, last_head) {
        found @ (NameRole::Instrument(_) | NameRole::Excluded) if singular => {
            Some((found, last_head))
        }
        _ => None,
    }
}

/// `Ministry of Labour and Social Policy`, `Office of Planning, Budget and Strategy`: when the
/// `of`-complement is a coordination, its last noun is one more portfolio of the body, so the
/// body stays the head (the head noun of such a name is its first noun).
pub(super) fn is_coordinated_portfolio(context: &Context<'_>, complement: Range<usize>) -> bool {
    complement
        .into_iter()
        .any(|i| context.is_punct(i, &[","]) || (context.is_word(i) && context.text(i) == "and"))
}

/// Programmes are instruments only as national policy programmes, and agencies only as UN joint
/// programmes; a `Service` modified by `Telephone`, `Online`… is a service, not a body.
pub(super) fn refine_programme_and_service(
    context: &Context<'_>,
    range: Range<usize>,
    choice: Option<&HeadChoice>,
    role: NameRole,
) -> NameRole {
    let Some(choice) = choice else {
        return role;
    };
    let head = context.text(choice.head).to_lowercase();
    let first = context.text(range.start);
    if role == NameRole::Instrument(InstrumentKind::Programme) {
        // `Comprehensive`, `Integral` and `Sectoral` render the `Programa Integral` and
        // `Programa Sectorial` of government planning.
        let national = matches!(
            first,
            "National"
                | "State"
                | "Federal"
                | "Government"
                | "Presidential"
                | "Governmental"
                | "Comprehensive"
                | "Integral"
                | "Sectoral"
        );
        let policy = (range.start..range.end).any(|i| context.text(i) == "Policy");
        return if first == "United" || first == "UN" {
            NameRole::Agency(AgencyKind::UnBody)
        } else if national || policy {
            role
        } else {
            NameRole::Excluded
        };
    }
    if head.starts_with("service") && choice.head > range.start {
        let modifier = context.text(choice.head - 1).to_lowercase();
        if SERVICE_MODIFIERS.contains(&modifier.as_str()) {
            return NameRole::Excluded;
        }
    }
    let centre = matches!(head.as_str(), "centre" | "center" | "centres" | "centers");
    let line_centre = (range.start..choice.head).any(|i| {
        matches!(
            context.text(i).to_lowercase().as_str(),
            "helpline" | "hotline" | "call"
        )
    });
    if centre && line_centre {
        return NameRole::Excluded;
    }
    role
}

/// A bare head (`the Ministry`, `the Convention`) or `[generic] Government` names nothing.
pub(super) fn is_generic(
    context: &Context<'_>,
    range: Range<usize>,
    choice: Option<&HeadChoice>,
    role: NameRole,
) -> bool {
    let Some(choice) = choice else {
        return true;
    };
    let content = range
        .clone()
        .filter(|&i| {
            i != choice.head
                && (context.is_word(i) || context.is_number(i))
                && !context.is_connector(i)
                && !matches!(context.text(i), "No" | "no")
        })
        .count();
    if content == 0 {
        return true;
    }
    // `the Court and the Unit`: bare heads joined by `and` name no body, each a short name of
    // one named before.
    let joined_bare_heads = range.clone().any(|i| context.text(i) == "and")
        && range
            .clone()
            .filter(|&i| context.is_name_word(i))
            .all(|i| matches!(context.head_role(i), Some(HeadRole::Agency(_))));
    if joined_bare_heads {
        return true;
    }
    let head = context.text(choice.head).to_lowercase();
    if let NameRole::Agency(_) = role {
        if head.starts_with("government") && choice.head + 1 == range.end {
            return range
                .clone()
                .filter(|&i| i != choice.head)
                .all(|i| context.in_list(i, WordList::GenericModifiers));
        }
    }
    false
}

/// The lowercase tail of an instrument after its head: `Act on violence in the family`.
pub(super) fn instrument_tail_end(
    context: &Context<'_>,
    range: Range<usize>,
    choice: Option<&HeadChoice>,
) -> usize {
    let Some(choice) = choice else {
        return range.end;
    };
    // `Act LXXII of 2009`: a law may be numbered in Roman numerals.
    let ends_with_head = (choice.head + 1..range.end).all(|i| {
        context.is_number(i)
            || context.is_punct(i, &[".", ","])
            || is_date_word(context, i)
            || is_law_roman_numeral(context.text(i))
    });
    if !ends_with_head || !context.is_word(range.end) {
        return range.end;
    }
    let opener = context.text(range.end);
    let bare = range.len() == 1;
    if !TAIL_OPENERS.contains(&opener) || (bare && opener != "on") {
        return range.end;
    }
    // `Law to prevent and combat …` names its purpose; `changed the Penal Code to add new
    // offences` goes on with the sentence.
    if opener == "to" && !TAIL_PURPOSE_VERBS.contains(&context.text(range.end + 1)) {
        return range.end;
    }
    let mut index = range.end + 1;
    let mut last_content = None;
    while index < range.end + 24 && index < context.tokens.len() {
        let text = context.text(index);
        if context.is_word(index) && !is_capitalised(text) {
            if context.in_list(index, WordList::TailStops) {
                break;
            }
            if !context.is_connector(index) {
                last_content = Some(index);
            }
            index += 1;
            continue;
        }
        if let Some(after) = lowercase_bracket_end(context, index) {
            last_content = Some(after - 1);
            index = after;
            continue;
        }
        break;
    }
    if let Some(end) = tail_before_hereafter(context, index) {
        return end;
    }
    last_content.map_or(range.end, |last| last + 1)
}

/// `LXXII`, `C`: the Roman numeral of a law (`Act C of 2012`), in any of the seven letters.
fn is_law_roman_numeral(word: &str) -> bool {
    (1..=8).contains(&word.len()) && word.bytes().all(|b| b"IVXLCDM".contains(&b))
}

/// Prepositions that may go on inside a tail that runs up to a `(hereafter …)` bracket.
const TAIL_PREPOSITIONS: &[&str] = &["in", "at", "with", "from", "by", "into", "between", "among"];

/// `Act … on the restraining order applicable in cases of violence between relatives
/// (hereafter the Restraining Order Act)`: a tail stopped by a preposition still runs up to a
/// bracket that announces the instrument's short name, over lowercase words (no verb of the
/// sentence). Returns the end of the tail.
fn tail_before_hereafter(context: &Context<'_>, stop: usize) -> Option<usize> {
    let mut index = stop;
    while index < stop + 16 && context.is_word(index) && !is_capitalised(context.text(index)) {
        let text = context.text(index);
        if context.in_list(index, WordList::TailStops) && !TAIL_PREPOSITIONS.contains(&text) {
            return None;
        }
        index += 1;
    }
    let announces = context.is_punct(index, &["("])
        && matches!(context.text(index + 1), "hereafter" | "hereinafter");
    (index > stop && announces).then_some(index)
}

pub(super) fn is_date_word(context: &Context<'_>, index: usize) -> bool {
    context.is_month(index) || matches!(context.text(index), "of" | "No" | "no" | "B.E." | "BE")
}

/// A bracket holding only lowercase words: `(femicide/feminicide)`.
pub(super) fn lowercase_bracket_end(context: &Context<'_>, index: usize) -> Option<usize> {
    if !context.is_punct(index, &["("]) {
        return None;
    }
    let mut end = index + 1;
    while end < index + 8 && context.is_word(end) && !is_capitalised(context.text(end)) {
        end += 1;
    }
    (end > index + 1 && context.is_punct(end, &[")"])).then_some(end + 1)
}

/// For `Ministries for A, B and C`: the members `Ministry for A`, `Ministry for B`, `Ministry for C`.
/// Also the lists without a preposition: `Federal Public Services Justice, Home Affairs and Public
/// Health` (the head between modifiers and members) and `Australian and New Zealand Governments`
/// (the members before a final plural head).
pub(super) fn shared_head_members(
    context: &Context<'_>,
    range: Range<usize>,
    choice: Option<&HeadChoice>,
) -> Vec<String> {
    let Some(choice) = choice else {
        return Vec::new();
    };
    let Some(head) = context.head(choice.head) else {
        return Vec::new();
    };
    let Some(singular) = head.singular.as_deref() else {
        return Vec::new();
    };
    let listable = matches!(
        head.role,
        HeadRole::Agency(AgencyKind::Ministry | AgencyKind::Government)
    );
    if !listable {
        return Vec::new();
    }
    let mut singular_head = singular.to_string();
    if let Some(first) = singular_head.get_mut(0..1) {
        first.make_ascii_uppercase();
    }
    let preposition = context.text(choice.head + 1);
    if choice.head + 1 == range.end {
        return adjectival_members(context, range.start..choice.head, &singular_head);
    }
    let (prefix, complement_start) = if matches!(preposition, "of" | "for") {
        // `Federal Ministries of the Interior and of Justice`: capitalised modifiers before the
        // head belong to every member; a list before it (`Health and Education Ministries of
        // …`) does not.
        let modifiers = range.start..choice.head;
        let plain_modifiers = modifiers
            .clone()
            .all(|i| context.is_name_word(i) && context.head_role(i).is_none());
        if !plain_modifiers {
            return Vec::new();
        }
        let modifiers = context.slice(modifiers);
        let prefix = collapse_whitespace(&format!("{modifiers} {singular_head} {preposition}"));
        (prefix, choice.head + 2)
    } else if context.is_name_word(choice.head + 1) {
        let modifiers = context.slice(range.start..choice.head);
        let prefix = collapse_whitespace(&format!("{modifiers} {singular_head}"));
        (prefix, choice.head + 1)
    } else {
        return Vec::new();
    };
    if complement_start >= range.end {
        return Vec::new();
    }
    let complement = context.slice(complement_start..range.end);
    let elements = match members_by_preposition(complement, preposition) {
        Some(members) => members,
        // After modifiers only a repeated preposition lists members: `Commune Committees for
        // Women and Children` are committees for both.
        None if choice.head != range.start && matches!(preposition, "of" | "for") => {
            return Vec::new();
        }
        // `Offices for Support to Victims and Witnesses`: an `and` after a preposition inside
        // the first member joins that preposition's objects; the offices are one class.
        None if first_member_has_preposition(complement) => return Vec::new(),
        None => list_elements(complement),
    };
    if elements.len() < 2 {
        return Vec::new();
    }
    let strip = format!("{preposition} ");
    elements
        .into_iter()
        .map(|element| {
            element
                .strip_prefix(&strip)
                .unwrap_or(&element)
                .trim()
                .to_string()
        })
        .filter(|element| !element.is_empty())
        .map(|element| format!("{prefix} {element}"))
        .collect()
}

/// Whether the first member of a list (`Support to Victims` in `Support to Victims and
/// Witnesses`) holds a preposition.
fn first_member_has_preposition(complement: &str) -> bool {
    let first = complement.split(',').next().unwrap_or("");
    let first = first.split(" and ").next().unwrap_or("");
    first
        .split_whitespace()
        .any(|word| matches!(word, "to" | "of" | "for" | "against" | "on" | "with"))
}

/// `Australian and New Zealand Governments` → `Australian Government`, `New Zealand Government`:
/// capitalised members before a final plural head, none of them a generic modifier (`Federal and
/// State Governments` names no body).
pub(super) fn adjectival_members(
    context: &Context<'_>,
    before_head: Range<usize>,
    singular_head: &str,
) -> Vec<String> {
    let has_and = before_head
        .clone()
        .any(|i| context.is_word(i) && context.text(i) == "and");
    if !has_and {
        return Vec::new();
    }
    let elements: Vec<String> = context
        .slice(before_head)
        .split(',')
        .flat_map(|part| part.split(" and "))
        .map(collapse_whitespace)
        .filter(|element| !element.is_empty())
        .collect();
    let proper = elements.iter().all(|element| {
        let words: Vec<&str> = element.split_whitespace().collect();
        words.first().is_some_and(|word| is_capitalised(word))
            && !words
                .iter()
                .all(|word| gazetteer().has_word(WordList::GenericModifiers, word))
    });
    // `Women and Children Protection Committees` are committees for both: people joined by
    // `and` are what the bodies are for, not a list of bodies.
    let for_people = elements.iter().any(|element| {
        element.split_whitespace().next().is_some_and(|word| {
            matches!(
                word.to_lowercase().as_str(),
                "women"
                    | "children"
                    | "girls"
                    | "men"
                    | "boys"
                    | "youth"
                    | "families"
                    | "victims"
                    | "survivors"
                    | "adolescents"
            )
        })
    });
    if elements.len() < 2 || !proper || for_people {
        return Vec::new();
    }
    elements
        .into_iter()
        .map(|element| format!("{element} {singular_head}"))
        .collect()
}

/// The members of a coordinated list: split at commas, and the last part at its first `and`
/// that neither leaves a lone adjective before it (`Economic and Social Inclusion` stays one
/// member) nor falls inside a country name (`Trinidad and Tobago`).
/// `Interior, of Health, and of Justice, Islamic Affairs and Endowments`: where the members after
/// the first repeat the preposition, the preposition alone separates them, and a comma or `and`
/// without it is inside a member (`Justice, Islamic Affairs and Endowments`).
fn members_by_preposition(complement: &str, preposition: &str) -> Option<Vec<String>> {
    let complement = collapse_whitespace(complement);
    let separators = [
        format!(", and {preposition} "),
        format!(", {preposition} "),
        format!(" and {preposition} "),
    ];
    let mut members = Vec::new();
    let mut rest = complement.as_str();
    while let Some((at, separator)) = separators
        .iter()
        .filter_map(|separator| rest.find(separator.as_str()).map(|at| (at, separator)))
        .min_by_key(|&(at, separator)| (at, std::cmp::Reverse(separator.len())))
    {
        members.push(rest[..at].trim().to_string());
        rest = &rest[at + separator.len()..];
    }
    if members.is_empty() {
        return None;
    }
    members.push(rest.trim().to_string());
    // Only a list whose every member after the first repeats the preposition: a comma may
    // then be inside the last member only.
    let joined_otherwise = members[..members.len() - 1]
        .iter()
        .any(|member| member.contains(", "));
    (!joined_otherwise && members.iter().all(|member| !member.is_empty())).then_some(members)
}

pub(super) fn list_elements(complement: &str) -> Vec<String> {
    let mut elements: Vec<String> = complement.split(',').map(collapse_whitespace).collect();
    let Some(last) = elements.pop() else {
        return elements;
    };
    // `A, B, and C and D`: after a comma, `and` opens the last member whole.
    if let Some(whole) = last.strip_prefix("and ") {
        elements.push(whole.to_string());
        elements.retain(|element| !element.is_empty());
        return elements;
    }
    let pieces: Vec<&str> = last.split(" and ").collect();
    let split_at = (1..pieces.len()).find(|&at| {
        let left = pieces[..at].join(" and ");
        let right = pieces[at..].join(" and ");
        !is_lone_adjective(&left) && !splits_country_name(&left, &right)
    });
    match split_at {
        Some(at) => {
            elements.push(collapse_whitespace(&pieces[..at].join(" and ")));
            elements.push(collapse_whitespace(&pieces[at..].join(" and ")));
        }
        None => elements.push(last),
    }
    elements.retain(|element| !element.is_empty());
    elements
}

/// Adjective endings that mark a single word as a modifier of a later noun (`Economic`, `Social`).
const ADJECTIVE_ENDINGS: &[&str] = &["al", "ic", "ive", "ous", "ary", "ian"];

/// `Economic` in `Economic and Social Inclusion`: one word with an adjective ending.
pub(super) fn is_lone_adjective(text: &str) -> bool {
    let mut words = text.split_whitespace();
    let (Some(word), None) = (words.next(), words.next()) else {
        return false;
    };
    let lower = word.to_lowercase();
    ADJECTIVE_ENDINGS
        .iter()
        .any(|ending| lower.ends_with(ending))
}

/// Whether the last words of `left` and the first words of `right` form a country name.
pub(super) fn splits_country_name(left: &str, right: &str) -> bool {
    let left_words: Vec<&str> = left.split_whitespace().collect();
    let right_words: Vec<&str> = right.split_whitespace().collect();
    (1..=left_words.len().min(3)).any(|take_left| {
        (1..=right_words.len().min(4)).any(|take_right| {
            let tail = left_words[left_words.len() - take_left..].join(" ");
            let head = right_words[..take_right].join(" ");
            crate::extract::resolve_country(&format!("{tail} and {head}")).is_some()
        })
    })
}

/// Regional words that make `<word> <Country>` a place, not a body.
const REGION_WORDS: &[&str] = &[
    "northern",
    "southern",
    "eastern",
    "western",
    "central",
    "north",
    "south",
    "east",
    "west",
    "rural",
    "urban",
    "greater",
    "upper",
    "lower",
    "all",
    "atlantic",
    "pacific",
    "mainland",
    "in",
    "across",
    "throughout",
];

/// `Health Utopia`, `Status of Women Utopia`: a name made of capitalised words that ends with the
/// record's country name is a body named after the country (a department or a national chapter).
pub(super) fn is_country_body(context: &Context<'_>, range: Range<usize>) -> bool {
    let country: Vec<&str> = context.country.split_whitespace().collect();
    if country.is_empty() || range.len() <= country.len() {
        return false;
    }
    let tail_start = range.end - country.len();
    let ends_with_country = (tail_start..range.end)
        .zip(&country)
        .all(|(index, word)| context.text(index) == *word);
    let first = context.text(range.start).to_lowercase();
    let words_before = (range.start..tail_start)
        .all(|i| context.is_name_word(i) || context.is_connector(i) || context.is_punct(i, &["&"]));
    ends_with_country
        && words_before
        && context.is_name_word(tail_start - 1)
        && context.is_name_word(range.start)
        && !REGION_WORDS.contains(&first.as_str())
        && !context.in_list(range.start, WordList::Leading)
}
