//! Brackets around names: acronyms and short forms, kept law numbers, dropped years and
//! translations, acronyms written before a name, and bodies named only in brackets.

use super::*;

/// What a bracket after a name holds.
pub(super) enum BracketContent {
    /// An acronym or short form (kept as short form).
    ShortForm(Range<usize>),
    /// Part of the name (a law number, lowercase words).
    Kept,
    /// Dropped (a year, a translation, an article reference).
    Dropped,
    /// Not to be consumed (lowercase description, a parent body).
    Ignored,
    /// `(the Fisheries Office)` after an unknown proper name: the name is a body of this kind.
    Translation(AgencyKind),
    /// `(LBH UK, Legal Aid Institute …)` after an unknown proper name: its short form, then a
    /// translation that says the name is a body of this kind.
    ShortFormOfBody(Range<usize>, AgencyKind),
}

/// Consumes brackets right after a name: acronym, law number, translation, year.
pub(super) fn attach_brackets_after(
    context: &Context<'_>,
    mut index: usize,
    name: &mut Name,
    consumed: &mut [bool],
) {
    // `Full Name, hereafter ACR)`: the announcement without brackets of its own.
    let announce = index + usize::from(context.is_punct(index, &[","]));
    if matches!(context.text(announce), "hereafter" | "hereinafter") {
        let end = (announce + 1..announce + 8)
            .find(|&i| {
                context.is_punct(i, &[")", ",", ".", ";"])
                    || context.kind(i) == Some(TokenKind::Break)
                    || i >= context.tokens.len()
            })
            .unwrap_or(announce + 8);
        if let Some(BracketContent::ShortForm(short)) =
            hereafter_short_form(context, announce..end, name.role)
        {
            if name.short_form.is_none() {
                let text = collapse_whitespace(context.slice(short.clone()));
                name.short_form = Some((text, context.span(short)));
            }
            for flag in consumed.iter_mut().take(end).skip(index) {
                *flag = true;
            }
            return;
        }
    }
    while context.is_punct(index, &["("]) {
        let Some(close) = (index + 1..index + 40).find(|&i| context.is_punct(i, &[")"])) else {
            return;
        };
        if (index + 1..close).any(|i| context.kind(i) == Some(TokenKind::Break)) {
            return;
        }
        let inner = index + 1..close;
        let content = bracket_content(context, inner.clone(), name.role);
        if name.translation.is_none() {
            name.translation = translation_in(context, inner.clone(), name.role, &content);
        }
        match content {
            BracketContent::ShortForm(short) => {
                if name.short_form.is_none() {
                    let text = collapse_whitespace(context.slice(short.clone()));
                    name.short_form = Some((text, context.span(short)));
                }
            }
            BracketContent::Kept => {
                name.span.end = context.span(index..close + 1).end;
            }
            BracketContent::Dropped => {}
            BracketContent::Translation(kind) => name.role = NameRole::Agency(kind),
            BracketContent::ShortFormOfBody(short, kind) => {
                name.role = NameRole::Agency(kind);
                if name.short_form.is_none() {
                    let text = collapse_whitespace(context.slice(short.clone()));
                    name.short_form = Some((text, context.span(short)));
                }
            }
            BracketContent::Ignored => return,
        }
        for flag in consumed.iter_mut().take(close + 1).skip(index) {
            *flag = true;
        }
        name.mask.end = context.span(index..close + 1).end;
        index = close + 1;
    }
}

/// The body's name in another language that a bracket after it gives: the whole bracket, or
/// what comes before a closing `, ACR` (`(Ministère des Ports, MDP)`), when it reads as a name
/// (a capitalised first word and a head noun); `the` is dropped from an English gloss.
fn translation_in(
    context: &Context<'_>,
    inner: Range<usize>,
    role: NameRole,
    content: &BracketContent,
) -> Option<String> {
    if !matches!(role, NameRole::Agency(_) | NameRole::Unknown) {
        return None;
    }
    let (mut start, end) = match content {
        BracketContent::Dropped | BracketContent::Translation(_) => (inner.start, inner.end),
        BracketContent::ShortForm(short) if short.start > inner.start + 1 => {
            (inner.start, short.start - 1)
        }
        // `(LBH UK, Legal Aid Institute …)`: after the short form and its comma.
        BracketContent::ShortForm(short) | BracketContent::ShortFormOfBody(short, _)
            if short.start == inner.start && short.end + 1 < inner.end =>
        {
            (short.end + 1, inner.end)
        }
        _ => return None,
    };
    if matches!(content, BracketContent::Translation(_)) && context.text(start) == "the" {
        start += 1;
    }
    let words = start..end;
    let named = words.len() >= 2
        && context.is_name_word(start)
        && !is_acronym(context.text(start))
        && words.clone().any(|i| context.head_role(i).is_some())
        && !words.clone().any(|i| context.is_punct(i, &[",", ";"]));
    named.then(|| collapse_whitespace(context.slice(words)))
}

/// The most words of a lowercase bracket that is part of an instrument's name.
const MAX_KEPT_LOWERCASE_WORDS: usize = 4;

/// `KemenPPPA`, `Brå`, `MoGCSP`: one word that reads as a short form though it is not all
/// capitals: capitals inside it, or a capitalised word of three letters (a place such as
/// `Lima` or `Oslo` after the comma is longer).
fn is_mixed_short_form(word: &str) -> bool {
    let n_chars = word.chars().count();
    let n_capitals = word.chars().filter(|c| c.is_uppercase()).count();
    word.chars().all(char::is_alphanumeric)
        && is_capitalised(word)
        && ((n_capitals >= 2 && n_chars <= 12) || n_chars <= 3)
}

pub(super) fn bracket_content(
    context: &Context<'_>,
    inner: Range<usize>,
    role: NameRole,
) -> BracketContent {
    let words: Vec<usize> = inner
        .clone()
        .filter(|&i| context.kind(i) != Some(TokenKind::Punct))
        .collect();
    let Some(&first) = words.first() else {
        return BracketContent::Ignored;
    };
    if is_portfolio_bracket(context, inner.clone(), role) {
        return BracketContent::Kept;
    }
    if let Some(content) = hereafter_short_form(context, inner.clone(), role) {
        return content;
    }
    // `(LBH APIK, Legal Aid Association …)`: the acronym, then the name in another language.
    if let Some(comma) = inner.clone().find(|&i| context.is_punct(i, &[","])) {
        let short = inner.start..comma;
        let acronyms =
            (1..=3).contains(&short.len()) && short.clone().all(|i| is_acronym(context.text(i)));
        // `(OSCCs, known in Thai as …)`: a note on the name may follow the short form too.
        let named_after = comma + 1 < inner.end
            && (is_capitalised(context.text(comma + 1))
                || matches!(
                    context.text(comma + 1),
                    "known" | "also" | "formerly" | "called"
                ));
        if acronyms && named_after && matches!(role, NameRole::Agency(_)) {
            return BracketContent::ShortForm(short);
        }
        // After an unknown name, a translation with a body's head says what the name is.
        let translation_head =
            (comma + 1..inner.end)
                .rev()
                .find_map(|i| match context.head_role(i) {
                    Some(HeadRole::Agency(kind)) if context.is_name_word(i) => Some(kind),
                    _ => None,
                });
        if let (true, true, NameRole::Unknown, Some(kind)) =
            (acronyms, named_after, role, translation_head)
        {
            return BracketContent::ShortFormOfBody(short, kind);
        }
    }
    let all_acronyms = words.iter().all(|&i| is_acronym(context.text(i)));
    let single_short_word = words.len() == 1
        && inner.len() == 1
        && matches!(role, NameRole::Agency(_))
        && is_capitalised(context.text(first))
        && context.text(first).chars().count() <= 12;
    if single_short_word {
        return BracketContent::ShortForm(inner);
    }
    if all_acronyms && words.len() <= 3 {
        return BracketContent::ShortForm(inner);
    }
    let all_numbers = inner
        .clone()
        .all(|i| context.is_number(i) || context.is_punct(i, &["-", "–", "/"]));
    if all_numbers {
        return BracketContent::Dropped;
    }
    let is_instrument = matches!(role, NameRole::Instrument(_));
    if is_instrument && is_law_number(context, inner.clone()) {
        return BracketContent::Kept;
    }
    let all_lowercase = words
        .iter()
        .all(|&i| context.is_word(i) && !is_capitalised(context.text(i)));
    // `Oliy Majlis (parliament)`, `Kvinnohuset (women's shelter association)`: a lowercase gloss
    // ending in a body's head noun says what an unknown name is.
    if all_lowercase && role == NameRole::Unknown && words.len() <= 3 {
        if let Some(HeadRole::Agency(kind)) = words.last().and_then(|&i| context.head_role(i)) {
            return BracketContent::Translation(kind);
        }
    }
    // `… due to gender (femicide/feminicide)` keeps a short lowercase bracket; `Crimes Act 1961
    // (strangulation or suffocation, assault on …)` lists what the text changed.
    let short_phrase = words.len() <= MAX_KEPT_LOWERCASE_WORDS
        && !inner.clone().any(|i| context.is_punct(i, &[",", ";"]));
    if all_lowercase {
        return if is_instrument && short_phrase {
            BracketContent::Kept
        } else {
            BracketContent::Ignored
        };
    }
    // `Kvinnohuset (the Women's House)`, `Fiskarhuset (Fishermen's Welfare Centre)`: a
    // capitalised gloss whose last head is a body's says what an unknown name is. After an
    // acronym (`HWB (Harbour Welfare Board)`) the bracket spells the acronym out instead.
    let after_acronym = inner.start >= 2 && is_acronym(context.text(inner.start - 2));
    if role == NameRole::Unknown && !after_acronym {
        // `Kvinnohuset (the Women's Shelter)`: in a gloss a shelter or refuge names the body
        // that runs it (elsewhere a named shelter may be a service or part of a longer name).
        let shelter = words
            .last()
            .is_some_and(|&i| matches!(context.text(i), "Shelter" | "Shelters" | "Refuge"));
        let head = words
            .iter()
            .rev()
            .find_map(|&i| match context.head_role(i) {
                Some(HeadRole::Agency(kind)) if context.is_name_word(i) => Some(kind),
                _ => None,
            })
            .or(shelter.then_some(AgencyKind::Other));
        let glossed = usize::from(matches!(context.text(first), "the" | "The"));
        let all_names = is_capitalised(context.text(words[glossed.min(words.len() - 1)]))
            && words[glossed..]
                .iter()
                .all(|&i| context.is_name_word(i) || context.is_connector(i));
        if let (Some(kind), true) = (head, all_names) {
            return BracketContent::Translation(kind);
        }
    }
    // `(Komisi Nasional …, KOMNAS)`, `(ក្រសួង…, MoWA)`, `(al-Majlis …, NCW)`, `(…, UPTD PPA)`: a
    // translation or transliteration in any script, then the acronym.
    if let Some(comma) = inner.clone().rev().find(|&i| context.is_punct(i, &[","])) {
        let last = comma + 1..inner.end;
        // `(…, KemenPPPA)`, `(…, Brå)`: a short form may mix cases.
        let one_short_word = last.len() == 1 && is_mixed_short_form(context.text(last.start));
        let acronyms = one_short_word
            || (1..=3).contains(&last.len()) && last.clone().all(|i| is_acronym(context.text(i)));
        let translated = comma > inner.start
            && (is_capitalised(context.text(first)) || matches!(role, NameRole::Agency(_)));
        if acronyms && translated {
            return BracketContent::ShortForm(last);
        }
    }
    if !is_capitalised(context.text(first)) {
        return BracketContent::Ignored;
    }
    if is_instrument && context.is_instrument_head(*words.last().unwrap_or(&first)) {
        return BracketContent::ShortForm(inner);
    }
    if matches!(role, NameRole::Unknown) {
        return BracketContent::Ignored;
    }
    BracketContent::Dropped
}

/// `(hereafter ACR)`, `(…, hereinafter “ACR”)`, `(hereafter the Short Act)`: the form a text
/// announces it will use from then on. A body's short form is kept when it is an acronym
/// (`hereafter the Council` names no acronym); an instrument's when it is capitalised.
fn hereafter_short_form(
    context: &Context<'_>,
    inner: Range<usize>,
    role: NameRole,
) -> Option<BracketContent> {
    let announce = inner
        .clone()
        .find(|&i| matches!(context.text(i), "hereafter" | "hereinafter"))?;
    let opens_segment = announce == inner.start || context.is_punct(announce - 1, &[","]);
    if !opens_segment {
        return None;
    }
    let mut start = announce + 1;
    let skippable = |i: usize| {
        matches!(
            context.text(i),
            "referred" | "to" | "as" | "the" | "called" | ":"
        ) || context.is_punct(i, &["\"", "“", "‘", "'", ":"])
    };
    while start < inner.end && skippable(start) {
        start += 1;
    }
    let mut end = inner.end;
    while end > start && context.is_punct(end - 1, &["\"", "”", "’", "'"]) {
        end -= 1;
    }
    if start >= end {
        return Some(BracketContent::Dropped);
    }
    let short = start..end;
    let words: Vec<usize> = short
        .clone()
        .filter(|&i| context.kind(i) != Some(TokenKind::Punct))
        .collect();
    let acronym = words.len() == 1 && is_acronym(context.text(words[0]));
    let capitalised = words
        .iter()
        .all(|&i| context.is_name_word(i) || context.is_connector(i));
    let kept = match role {
        NameRole::Instrument(_) => capitalised,
        _ => acronym,
    };
    Some(if kept {
        BracketContent::ShortForm(short)
    } else {
        BracketContent::Dropped
    })
}

/// `Office of the Prime Minister (Gender and Child Affairs)`: after a body named by an
/// office-holder's title, a bracket of capitalised words without a head noun or an acronym names
/// the office's portfolio and is part of the name.
pub(super) fn is_portfolio_bracket(
    context: &Context<'_>,
    inner: Range<usize>,
    role: NameRole,
) -> bool {
    let Some(last_of_name) = inner.start.checked_sub(2) else {
        return false;
    };
    let after_holder = matches!(role, NameRole::Agency(_))
        && matches!(context.head_role(last_of_name), Some(HeadRole::Holder));
    let words: Vec<usize> = inner.clone().filter(|&i| context.is_word(i)).collect();
    let portfolio = words.len() >= 2
        && words.len() == inner.len()
        && context.is_name_word(inner.start)
        && words.iter().all(|&i| {
            (context.is_name_word(i)
                && !is_acronym(context.text(i))
                && context.head_role(i).is_none())
                || context.is_connector(i)
        });
    after_holder && portfolio
}

/// `Law 30364`, `Republic Act No. 9262`, `Law no. 84/VII/2011`.
pub(super) fn is_law_number(context: &Context<'_>, inner: Range<usize>) -> bool {
    let mut index = inner.start;
    while index < inner.end && context.is_name_word(index) && !context.is_instrument_head(index) {
        index += 1;
    }
    if index >= inner.end || !context.is_instrument_head(index) {
        return false;
    }
    designation_end(context, index + 1).is_some_and(|end| end > index + 1)
        && (index + 1..inner.end).any(|i| context.is_number(i))
}

/// `(ACR) Full Name` and `ACR (Full Name)`: an acronym written before the name.
pub(super) fn attach_acronym_before(
    context: &Context<'_>,
    names: &mut [Name],
    consumed: &mut [bool],
) {
    for name in names.iter_mut() {
        if !matches!(name.role, NameRole::Agency(_)) || name.short_form.is_some() {
            continue;
        }
        let Some(first) = context.token_at(name.span.start) else {
            continue;
        };
        let before_the = if first > 0 && context.text(first - 1).eq_ignore_ascii_case("the") {
            first - 1
        } else {
            first
        };
        let bracketed_acronym = before_the >= 3
            && context.is_punct(before_the - 1, &[")"])
            && context.is_punct(before_the - 3, &["("])
            && is_acronym(context.text(before_the - 2));
        if bracketed_acronym {
            let index = before_the - 2;
            name.short_form = Some((
                context.text(index).to_string(),
                context.span(index..index + 1),
            ));
            for flag in consumed.iter_mut().take(before_the).skip(before_the - 3) {
                *flag = true;
            }
            continue;
        }
        let inside_bracket = first >= 2
            && context.is_punct(first - 1, &["("])
            && is_acronym(context.text(first - 2));
        if inside_bracket {
            let index = first - 2;
            name.short_form = Some((
                context.text(index).to_string(),
                context.span(index..index + 1),
            ));
            continue;
        }
        // `the MHA, the Ministry of Ports, the Ministry of Roads and …`: in a list of bodies
        // the word before the comma is the previous member, not this body's short name.
        let after = context.tokens_in(&name.span).end;
        let next = after + usize::from(context.is_punct(after, &[","]));
        let next = next + usize::from(context.text(next) == "and");
        let in_list = next > after && context.text(next) == "the" && context.is_name_word(next + 1);
        if in_list {
            continue;
        }
        if let Some(index) = appositive_short_name(context, before_the) {
            name.short_form = Some((
                context.text(index).to_string(),
                context.span(index..index + 1),
            ));
        }
    }
}

/// `by Harbo, the Harbour Office`: a single capitalised word right before `, the <body>` that is
/// neither a sentence adverb nor a place after a locative preposition is the body's short name.
fn appositive_short_name(context: &Context<'_>, the_index: usize) -> Option<usize> {
    if the_index < 3 || !context.text(the_index).eq_ignore_ascii_case("the") {
        return None;
    }
    let comma = the_index - 1;
    let word = comma - 1;
    let text = context.text(word);
    let previous = context.text(word - 1);
    let single_word = context.is_name_word(word)
        && !context.is_name_word(word - 1)
        && !text.ends_with("ly")
        && context.head_role(word).is_none();
    let place = matches!(
        previous,
        "in" | "at" | "from" | "across" | "throughout" | "within" | "of"
    ) || text == context.country
        || context.is_month(word)
        || context.in_list(word, WordList::Leading);
    (context.is_punct(comma, &[","]) && single_word && !place).then_some(word)
}

/// `a working group (Työryhmä X)`: a bracketed proper name after a lowercase description of a body.
pub(super) fn bracketed_body_names(context: &Context<'_>, names: &[Name]) -> Vec<Name> {
    let mut found = Vec::new();
    for open in 0..context.tokens.len() {
        if !context.is_punct(open, &["("]) || open == 0 {
            continue;
        }
        let Some(close) = (open + 1..open + 20).find(|&i| context.is_punct(i, &[")"])) else {
            continue;
        };
        if close <= open + 2
            || !context.is_name_word(open + 1)
            || is_acronym(context.text(open + 1))
        {
            continue;
        }
        let described_body = (open.saturating_sub(3)..open).any(|i| {
            context.is_word(i)
                && !is_capitalised(context.text(i))
                && !super::chunks::is_legal_form(context.text(i))
                && matches!(context.head_role(i), Some(HeadRole::Agency(_)))
        });
        // `(Pusat Krisis Terpadu, PKT)`: the name, then its acronym.
        let comma = close - 2;
        let acronym_after = close >= open + 4
            && context.is_punct(comma, &[","])
            && is_acronym(context.text(close - 1));
        let (name_end, short_form) = if acronym_after {
            let short = context.span(close - 1..close);
            (comma, Some((context.text(close - 1).to_owned(), short)))
        } else {
            (close, None)
        };
        let span = context.span(open + 1..name_end);
        let overlaps = names.iter().any(|n| {
            n.role != NameRole::Unknown && n.span.start < span.end && span.start < n.span.end
        });
        if described_body && !overlaps {
            let text = collapse_whitespace(context.source.get(span.clone()).unwrap_or(""));
            found.push(Name {
                span: span.clone(),
                text,
                role: NameRole::Agency(AgencyKind::Government),
                short_form,
                members: Vec::new(),
                international: false,
                alias_id: None,
                translation: None,
                mask: span,
            });
        }
    }
    found
}
