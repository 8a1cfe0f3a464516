//! The run grammar: capitalised words joined by connectors, with law numbers, comma lists,
//! inner brackets and quoted titles, and the splits of a run at `and` or a possessive.
//!
//! It finds token ranges only; [`super::heads`] classifies them.

use super::*;

/// The longest run of tokens a name may span (keeps the work per name bounded).
pub(super) const MAX_NAME_TOKENS: usize = 48;

/// Finds the token ranges of capitalised runs with their extensions.
pub(super) fn find_chunks(context: &Context<'_>) -> Vec<Range<usize>> {
    let mut chunks = Vec::new();
    let mut index = 0;
    while index < context.tokens.len() {
        if starts_chunk(context, index) {
            let end = extend_chunk(context, index);
            chunks.push(index..end);
            index = end.max(index + 1);
        } else {
            index += 1;
        }
    }
    chunks
}

/// A chunk starts at a capitalised word, or at lowercase `government of` + a capitalised word.
pub(super) fn starts_chunk(context: &Context<'_>, index: usize) -> bool {
    context.is_name_word(index) || is_lowercase_government_of(context, index)
}

pub(super) fn is_lowercase_government_of(context: &Context<'_>, index: usize) -> bool {
    context.text(index) == "government"
        && context.text(index + 1) == "of"
        && (context.is_name_word(index + 2)
            || context.text(index + 2) == "the" && context.is_name_word(index + 3))
}

/// Extends a chunk from `start` as far as the grammar allows; returns the end token index.
pub(super) fn extend_chunk(context: &Context<'_>, start: usize) -> usize {
    let mut end = start + 1;
    loop {
        if end - start >= MAX_NAME_TOKENS {
            return end;
        }
        if context.is_instrument_head(end - 1) {
            if let Some(after) = designation_end(context, end) {
                end = after;
                continue;
            }
        }
        if let Some(after) = number_after_instrument(context, start, end) {
            end = after;
            continue;
        }
        if context.is_name_word(end) {
            end += 1;
            continue;
        }
        if let Some(after) = connectors_then_name(context, start, end) {
            end = after;
            continue;
        }
        if let Some(after) = comma_list_end(context, start, end) {
            end = after;
            continue;
        }
        if let Some(after) = dash_after_acronym_end(context, start, end) {
            end = after;
            continue;
        }
        if let Some(after) = inner_bracket_end(context, end) {
            end = after;
            continue;
        }
        if let Some(after) = quoted_title_end(context, start, end) {
            end = after;
            continue;
        }
        return end;
    }
}

/// `No. 573` after a name that holds an instrument head (`Decision of the Council No. 573`).
pub(super) fn number_after_instrument(
    context: &Context<'_>,
    start: usize,
    end: usize,
) -> Option<usize> {
    let numbered = matches!(context.text(end), "No" | "no" | "Nº" | "N°")
        && context.is_punct(end + 1, &["."])
        && context.is_number(end + 2);
    let has_instrument = (start..end).any(|i| context.is_instrument_head(i));
    (numbered && has_instrument).then_some(end + 3)
}

/// Up to three connectors followed by a capitalised word; or `of` + a year after an instrument.
pub(super) fn connectors_then_name(
    context: &Context<'_>,
    start: usize,
    end: usize,
) -> Option<usize> {
    let has_instrument = (start..end).any(|i| context.is_instrument_head(i));
    let mut index = end;
    while index < end + 3
        && (context.is_connector(index)
            || context.is_punct(index, &["&"])
            || (has_instrument && context.text(index) == "within"))
    {
        index += 1;
    }
    if index == end {
        return None;
    }
    if context.is_name_word(index) && !context.is_month(index) {
        return Some(index + 1);
    }
    if has_instrument && context.text(end) == "of" && index == end + 1 && context.is_year(index) {
        return Some(index + 1);
    }
    None
}

/// Law numbers and dates after an instrument head: `No. 5`, `12.345`, `of 2 May 2010`,
/// `, 2005`, `2021`, `, B.E. 2550`.
pub(super) fn designation_end(context: &Context<'_>, start: usize) -> Option<usize> {
    let mut index = start;
    let law_like = start > 0
        && matches!(
            context.head_role(start - 1),
            Some(HeadRole::Instrument(
                InstrumentKind::Law | InstrumentKind::Code | InstrumentKind::Constitution
            ))
        );
    let number_word = matches!(
        context.text(index),
        "No" | "no" | "Nº" | "N°" | "Number" | "number"
    );
    if number_word {
        let after_dot = if context.is_punct(index + 1, &["."]) {
            index + 2
        } else {
            index + 1
        };
        if context.is_number(after_dot) {
            index = after_dot + 1;
        }
    } else if context.is_number(index) && !context.is_year(index) {
        index += 1;
    }
    if index > start {
        if let Some(after) = date_after_of(context, index) {
            index = after;
        }
        return Some(index);
    }
    if !law_like {
        return None;
    }
    if context.is_year(index) {
        return Some(index + 1);
    }
    if context.is_punct(index, &[","]) {
        let mut next = index + 1;
        if matches!(context.text(next), "B.E." | "BE" | "A.D." | "AD") {
            next += 1;
        }
        if context.is_year(next) && !context.is_name_word(next + 1) {
            return Some(next + 1);
        }
    }
    if context.text(index) == "of" && context.is_year(index + 1) {
        return Some(index + 2);
    }
    date_after_of(context, index)
}

/// `of 2 May 2010`, `of May 2010`, `of 2010` after a law number.
pub(super) fn date_after_of(context: &Context<'_>, index: usize) -> Option<usize> {
    if context.text(index) != "of" {
        return None;
    }
    let next = index + 1;
    if context.is_number(next) && context.is_month(next + 1) && context.is_year(next + 2) {
        return Some(next + 3);
    }
    if context.is_month(next) && context.is_year(next + 1) {
        return Some(next + 2);
    }
    if context.is_number(next) && context.is_month(next + 1) {
        return Some(next + 2);
    }
    if context.is_year(next) {
        return Some(next + 1);
    }
    None
}

/// Whether a word may sit in a comma list inside a name: capitalised, not a head, not an acronym.
pub(super) fn is_list_word(context: &Context<'_>, index: usize) -> bool {
    context.is_name_word(index)
        && context.head_role(index).is_none()
        && !is_acronym(context.text(index))
        && !gazetteer().has_word("leading", context.text(index))
}

/// `, Invalids and Social Affairs` inside `Ministry of Labour, Invalids and Social Affairs`: comma
/// separated groups of capitalised words closed by `and` + words, after a name with a connector.
pub(super) fn comma_list_end(context: &Context<'_>, start: usize, end: usize) -> Option<usize> {
    if !context.is_punct(end, &[","]) {
        return None;
    }
    let has_preposition = (start..end).any(|i| {
        context.is_word(i)
            && matches!(
                context.text(i),
                "of" | "for" | "to" | "on" | "de" | "del" | "des" | "du" | "da" | "do" | "für"
            )
    });
    if !has_preposition {
        return None;
    }
    let mut index = end;
    loop {
        if !context.is_punct(index, &[","]) {
            return None;
        }
        index += 1;
        let group_start = index;
        while is_list_word(context, index) && index < group_start + 4 {
            index += 1;
        }
        if index == group_start {
            return None;
        }
        if matches!(context.text(index), "and" | "y" | "e" | "et" | "und") {
            let after_and = if context.text(index + 1) == "the" {
                index + 2
            } else {
                index + 1
            };
            let mut last = after_and;
            while is_list_word(context, last) && last < after_and + 4 {
                last += 1;
            }
            return (last > after_and).then_some(last);
        }
    }
}

/// `ABAAD – Resource Center`: a spaced dash after a lone acronym joins it to the name it stands
/// for.
pub(super) fn dash_after_acronym_end(
    context: &Context<'_>,
    start: usize,
    end: usize,
) -> Option<usize> {
    let lone_acronym = end == start + 1 && is_acronym(context.text(start));
    let dash = context.is_punct(end, &["-", "–", "—"]);
    (lone_acronym && dash && context.is_name_word(end + 1)).then_some(end + 2)
}

/// `(Prohibition)` between capitalised words and an instrument head
/// (`Violence Against Persons (Prohibition) Act`), or a lowercase gloss inside a name
/// (`Kafa (enough) Violence`).
pub(super) fn inner_bracket_end(context: &Context<'_>, end: usize) -> Option<usize> {
    if !context.is_punct(end, &["("]) {
        return None;
    }
    let mut index = end + 1;
    while context.is_word(index) && index < end + 4 {
        index += 1;
    }
    let closes = index > end + 1 && context.is_punct(index, &[")"]);
    let lowercase = (end + 1..index).all(|i| !is_capitalised(context.text(i)));
    let continues =
        context.is_name_word(index + 1) && (context.is_instrument_head(index + 1) || lowercase);
    (closes && continues).then_some(index + 2)
}

/// A quoted title after an instrument name: `Law of Utopia “On Fisheries”`.
pub(super) fn quoted_title_end(context: &Context<'_>, start: usize, end: usize) -> Option<usize> {
    if !context.is_punct(end, &["“", "\"", "«", "‘", "'"])
        || !(start..end).any(|i| context.is_instrument_head(i))
    {
        return None;
    }
    if !context.is_name_word(end + 1) {
        return None;
    }
    let mut index = end + 1;
    while index < end + 20 && index < context.tokens.len() {
        if context.is_punct(index, &["”", "\"", "»", "’", "'"]) {
            return Some(index + 1);
        }
        if context.kind(index) == Some(TokenKind::Break) || context.is_punct(index, &[".", ";"]) {
            return None;
        }
        index += 1;
    }
    None
}

/// Splits a chunk where `and` joins two names that each stand alone.
pub(super) fn split_at_and(context: &Context<'_>, chunk: Range<usize>) -> Vec<Range<usize>> {
    let mut depth = 0i32;
    let mut and_positions: Vec<usize> = Vec::new();
    for index in chunk.clone() {
        if context.is_punct(index, &["("]) {
            depth += 1;
        } else if context.is_punct(index, &[")"]) {
            depth -= 1;
        } else if depth == 0 && context.is_word(index) && context.text(index) == "and" {
            and_positions.push(index);
        }
    }
    let mut parts = Vec::new();
    let mut part_start = chunk.start;
    for (position, &and_index) in and_positions.iter().enumerate() {
        let next_and = and_positions
            .get(position + 1)
            .copied()
            .unwrap_or(chunk.end);
        let has_the = context.text(and_index + 1) == "the";
        let right_start = if has_the {
            and_index + 2
        } else {
            and_index + 1
        };
        if right_start >= next_and
            || inside_alias(context, chunk.clone(), and_index)
            || is_fixed_pair(context, and_index)
        {
            continue;
        }
        let left = part_start..and_index;
        let right = right_start..next_and;
        if should_split(context, left, right, has_the) {
            parts.push(part_start..and_index);
            part_start = right_start;
        }
    }
    parts.push(part_start..chunk.end);
    parts
}

/// Splits `Harbour Police's Diving Unit` or `Government of Utopia's Harbour Strategy` at the
/// possessive that ends a body's name, when what follows has a head of its own.
pub(super) fn split_at_possessive(context: &Context<'_>, part: Range<usize>) -> Vec<Range<usize>> {
    let possessive = part.clone().find(|&i| {
        let text = context.text(i);
        let is_possessive = text.ends_with("'s") || text.ends_with("’s");
        is_possessive
            && i + 1 < part.end
            && ((part.start..i + 1)
                .any(|j| matches!(context.head_role(j), Some(HeadRole::Agency(_))))
                || (i == part.start && is_acronym(text)))
            && !matches!(
                lookup_form(text).as_str(),
                "women" | "children" | "people" | "men"
            )
            && (has_head_with_content(context, part.start..i + 1) || is_acronym(text))
            && has_head_with_content(context, i + 1..part.end)
    });
    match possessive {
        Some(index) => vec![part.start..index + 1, index + 1..part.end],
        None => vec![part],
    }
}

/// `Law and Order`, `Peace and Security`: a pair that forms one idea is never split.
pub(super) fn is_fixed_pair(context: &Context<'_>, and_index: usize) -> bool {
    let Some(before) = and_index.checked_sub(1) else {
        return false;
    };
    let pair = format!(
        "{} {}",
        context.text(before).to_lowercase(),
        context.text(and_index + 1).to_lowercase()
    );
    gazetteer().has_word("fixed_pairs", &pair)
}

/// Whether an `and` sits inside a known multi-word alias (`Beijing Declaration and Platform…`).
pub(super) fn inside_alias(context: &Context<'_>, chunk: Range<usize>, and_index: usize) -> bool {
    let chunk_text = context.slice(chunk.clone()).to_lowercase();
    let offset = context.span(chunk.start..and_index + 1).end - context.span(chunk).start;
    let gazetteer = gazetteer();
    let known = gazetteer
        .instrument_aliases
        .iter()
        .flat_map(|alias| alias.names.iter())
        .chain(gazetteer.bodies.iter().map(|body| &body.name));
    known.filter(|name| name.contains(" and ")).any(|name| {
        let name = name.to_lowercase();
        chunk_text
            .match_indices(&name)
            .any(|(start, _)| start < offset && offset <= start + name.len())
    })
}

/// Whether `right` stands alone as a name and `left` is one too.
pub(super) fn should_split(
    context: &Context<'_>,
    left: Range<usize>,
    right: Range<usize>,
    has_the: bool,
) -> bool {
    let right_known = is_known_short_form(context.slice(right.clone()));
    if right_known {
        return true;
    }
    let right_acronym = right.len() == 1 && is_acronym(context.text(right.start));
    let left_standalone = has_head_with_content(context, left.clone())
        || is_country_body(context, left.clone())
        || is_known_short_form(context.slice(left.clone()))
        || (left.len() == 1 && is_acronym(context.text(left.start)));
    if left_standalone && right_acronym {
        return true;
    }
    if !left_standalone {
        let left_bare_head = left.len() == 1 && context.head_role(left.start).is_some();
        return has_the && left_bare_head && has_head_with_content(context, right);
    }
    if right_known {
        return true;
    }
    let left_ends_with_head = context.head_role(left.end - 1).is_some();
    let right_bare_head = right.len() == 1 && context.head_role(right.start).is_some();
    if has_the && left_ends_with_head && right_bare_head {
        return true;
    }
    if is_country_body(context, right.clone()) {
        return true;
    }
    if !has_head_with_content(context, right.clone()) {
        return false;
    }
    let right_starts_with_head = context.head_role(right.start).is_some();
    let has_instrument =
        |range: Range<usize>| range.into_iter().any(|i| context.is_instrument_head(i));
    let two_instruments = has_instrument(left) && has_instrument(right);
    has_the || right_starts_with_head || left_ends_with_head || two_instruments
}

/// A gazetteer acronym or name.
pub(super) fn is_known_short_form(text: &str) -> bool {
    let gazetteer = gazetteer();
    gazetteer
        .bodies
        .iter()
        .any(|body| body.acronym.as_deref() == Some(text) || body.name == text)
        || gazetteer
            .instrument_aliases
            .iter()
            .any(|alias| alias.names.iter().any(|n| n == text))
}

/// Whether a range has an agency or instrument head and another content word.
pub(super) fn has_head_with_content(context: &Context<'_>, range: Range<usize>) -> bool {
    let has_head = range.clone().any(|i| {
        matches!(
            context.head_role(i),
            Some(HeadRole::Agency(_) | HeadRole::Instrument(_) | HeadRole::Excluded)
        )
    });
    let content = range
        .filter(|&i| {
            (context.is_word(i) || context.is_number(i))
                && !context.is_connector(i)
                && matches!(context.head_role(i), None | Some(HeadRole::Holder))
        })
        .count();
    has_head && content >= 1
}
