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
    (context.is_name_word(index) && !is_currency_prefix(context, index))
        || is_lowercase_government_of(context, index)
}

pub(super) fn is_lowercase_government_of(context: &Context<'_>, index: usize) -> bool {
    context.text(index) == "government"
        && context.text(index + 1) == "of"
        && (context.is_name_word(index + 2)
            || context.text(index + 2) == "the" && context.is_name_word(index + 3))
        && !glosses_the_name_before(context, index)
}

/// `Intendencia de Tidla (the departmental government of Tidla)`: `the` and lowercase words
/// that open a bracket right after a name say in English what that name is; they name no second
/// body (unlike `(with the government of Tidla)`).
fn glosses_the_name_before(context: &Context<'_>, index: usize) -> bool {
    let Some(open) = (index.saturating_sub(4)..index)
        .rev()
        .find(|&i| !context.is_word(i) || !context.text(i).starts_with(char::is_lowercase))
    else {
        return false;
    };
    open > 0
        && context.is_punct(open, &["("])
        && context.is_name_word(open - 1)
        && context.text(open + 1) == "the"
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
        // `Norwegian Ministry of Foreign Affairs NOK 12 million`: a currency code ends a name.
        if context.is_name_word(end) && !is_currency_prefix(context, end) {
            end += 1;
            continue;
        }
        if let Some(after) = connectors_then_name(context, start, end) {
            end = after;
            continue;
        }
        // `Care Centres after Sexual Violence`: `after` right after a body's head names what
        // the body is for.
        let after_head = context.text(end) == "after"
            && matches!(context.head_role(end - 1), Some(HeadRole::Agency(_)))
            && context.is_name_word(end + 1)
            && !context.is_month(end + 1)
            && (end + 1..)
                .take_while(|&i| context.is_name_word(i))
                .all(|i| !matches!(context.head_role(i), Some(HeadRole::Agency(_))));
        if after_head {
            end += 2;
            continue;
        }
        // `Shelter for Women Affected by Violence`: a capitalised participle takes its agent
        // with it inside a name (not `Funded by the …`, which names who acts).
        let participle_by = context.text(end) == "by"
            && end > start + 1
            && context.is_name_word(end - 1)
            && context.text(end - 1).ends_with("ed")
            && context.is_name_word(end + 1)
            && context.head_role(end + 1).is_none()
            && !is_acronym(context.text(end + 1));
        if participle_by {
            end += 2;
            continue;
        }
        if let Some(after) = comma_list_end(context, start, end) {
            end = after;
            continue;
        }
        if let Some(after) = dash_joined_name_end(context, start, end) {
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
        if let Some(after) = romance_tail_end(context, start, end) {
            end = after;
            continue;
        }
        if let Some(after) = legal_form_end(context, end) {
            end = after;
            continue;
        }
        if let Some(after) = glossed_lowercase_end(context, end) {
            end = after;
            continue;
        }
        if let Some(after) = collection_subject_end(context, end) {
            end = after;
            continue;
        }
        return end;
    }
}

/// The most tokens of a law's subject after `Coll., on`.
const MAX_COLLECTION_SUBJECT_TOKENS: usize = 16;

/// `Act No. 108/2006 Coll., on Social Services`: Czech and Slovak laws are cited by their number
/// in the Collection of Laws (`Coll.`) and then their subject after `on`, with or without a
/// comma; a capitalised subject belongs to the name.
pub(super) fn collection_subject_end(context: &Context<'_>, end: usize) -> Option<usize> {
    if end == 0 || context.text(end - 1) != "Coll" || !context.is_punct(end, &["."]) {
        return None;
    }
    let on = end + 1 + usize::from(context.is_punct(end + 1, &[","]));
    if !(context.is_word(on) && context.text(on) == "on") {
        return None;
    }
    let subject = (on + 1..on + 1 + MAX_COLLECTION_SUBJECT_TOKENS)
        .take_while(|&i| context.is_name_word(i) || context.is_connector(i));
    subject
        .filter(|&i| context.is_name_word(i))
        .last()
        .map(|last| last + 1)
}

/// The bytes of a word compared to tell a cognate in a gloss (`nationale`, `National`).
const STEM_BYTES: usize = 5;

/// `Autonomni ženski centar (Autonomous Women's Centre)`, `Dar al-Wifaq al-Usari (Family
/// House)`: a name in a language that writes some of its words in lowercase runs on over up to
/// three of them when an English gloss with a body's head follows in brackets. The words must
/// read as foreign: none an English function word, one with a letter beyond ASCII or an Arabic
/// article (`al-Wifaq`), or a word that shares its stem with a word of the gloss (`Garde
/// nationale (National Guard)`).
pub(super) fn glossed_lowercase_end(context: &Context<'_>, end: usize) -> Option<usize> {
    let lowercase = |i: usize| {
        context.is_word(i)
            && context.text(i).starts_with(char::is_lowercase)
            && !context.in_list(i, WordList::EnglishFunctionWords)
    };
    let mut index = end;
    while index < end + 3 && lowercase(index) {
        index += 1;
    }
    if index == end || !context.is_punct(index, &["("]) {
        return None;
    }
    let close = (index + 1..index + 10).find(|&i| context.is_punct(i, &[")"]))?;
    let gloss = index + 1..close;
    let words: Vec<usize> = gloss.clone().filter(|&i| context.is_word(i)).collect();
    // `Garde nationale (National Guard)`: a lowercase word that shares its stem with a word of
    // the gloss is the foreign form of it.
    let stem = |i: usize| context.text(i).as_bytes().get(..STEM_BYTES);
    let cognate = |i: usize| {
        stem(i).is_some_and(|own| {
            words
                .iter()
                .any(|&g| stem(g).is_some_and(|other| other.eq_ignore_ascii_case(own)))
        })
    };
    let foreign = (end..index).any(|i| {
        let text = context.text(i);
        !text.is_ascii()
            || ["al-", "el-", "ad-", "ar-", "as-", "at-", "an-", "ash-"]
                .iter()
                .any(|article| text.starts_with(article))
            || cognate(i)
    });
    if !foreign {
        return None;
    }
    let all_names = words
        .iter()
        .all(|&i| context.is_name_word(i) || context.is_connector(i));
    let body_head = words
        .iter()
        .rev()
        .find(|&&i| context.is_name_word(i))
        .is_some_and(|&i| matches!(context.head_role(i), Some(HeadRole::Agency(_))));
    (words.len() >= 2 && all_names && body_head).then_some(index)
}

/// Whether a word is a company's or association's legal form written after its name (`Inc`,
/// `Ltd`, `e.V.`, `gGmbH`, `asbl`).
pub(super) fn is_legal_form(word: &str) -> bool {
    matches!(
        word,
        "Inc" | "Incorporated" | "Ltd" | "e.V." | "gGmbH" | "asbl" | "ASBL" | "a.s.b.l."
    )
}

/// `Harbour Friends e.V.`, `Ma'a Tahi mo e Kolo Inc.`: a legal form after a name belongs to it,
/// and so do up to three short lowercase words of the name's language before a last capitalised
/// part that the legal form closes.
pub(super) fn legal_form_end(context: &Context<'_>, end: usize) -> Option<usize> {
    if context.is_word(end) && is_legal_form(context.text(end)) {
        return Some(end + 1);
    }
    let mut index = end;
    while index < end + 3
        && context.is_word(index)
        && context.text(index).chars().count() <= 3
        && context.text(index).starts_with(char::is_lowercase)
        && !context.in_list(index, WordList::EnglishFunctionWords)
    {
        index += 1;
    }
    if index == end {
        return None;
    }
    let capitalised = index;
    while context.is_name_word(index)
        && !is_legal_form(context.text(index))
        && index < capitalised + 4
    {
        index += 1;
    }
    (index > capitalised && context.is_word(index) && is_legal_form(context.text(index)))
        .then_some(index + 1)
}

/// Whether a lowercase word reads as a Romance adjective or noun that may close a name: it holds
/// an accented letter (`pénal`, `générale`) or ends like one (`nationale`, `domestiques`,
/// `nacional`, `sexuelles`).
fn is_romance_word(word: &str) -> bool {
    const ACCENTED: &str = "àâáãçéèêëíîïñóôõúûü";
    if !word.is_ascii() {
        return word.chars().any(|c| ACCENTED.contains(c));
    }
    // Endings of the singular (a plural `s` is dropped first).
    const ENDINGS: [&str; 25] = [
        "ale", "elle", "ique", "onal", "onale", "aire", "iste", "ienne", "euse", "ivo", "iva",
        "ico", "ica", "ano", "ana", "ado", "ada", "ido", "ida", "aux", "eux", "iar", "enza",
        "ione", "ncia",
    ];
    let singular = word.strip_suffix('s').unwrap_or(word);
    ENDINGS.iter().any(|ending| singular.ends_with(ending))
}

/// Whether a lowercase word opens with a French elided article (`d’information`, `l'enfance`):
/// the article makes it Romance whatever the noun.
fn is_elided(word: &str) -> bool {
    ["d'", "l'", "d’", "l’"]
        .iter()
        .any(|article| word.len() > article.len() + 1 && word.starts_with(article))
}

/// `Plan national de lutte contre les violences faites aux femmes`, `Code pénal`, `Loi n°
/// 2020-05 du 10 janvier 2020 modifiant …`: a name in a Romance language runs on in lowercase
/// words after its capitalised head. The tail opens in a name that starts with its head noun,
/// with a Romance function word, adjective or number sign. It runs over words, numbers and `n°`
/// until an English function word or other punctuation (a comma only before another Romance
/// function word or inside a list closed by `y` or `et`). Trailing words that neither read as
/// Romance nor follow a Romance function word are left out, so the tail stops where the English
/// sentence resumes.
pub(super) fn romance_tail_end(context: &Context<'_>, start: usize, end: usize) -> Option<usize> {
    let lowercase = |index: usize| {
        context.is_word(index) && context.text(index).starts_with(|c: char| c.is_lowercase())
    };
    let romance = |index: usize| context.in_list(index, WordList::RomanceFunctionWords);
    let english = |index: usize| context.in_list(index, WordList::EnglishFunctionWords);
    // Romance names put the head first (`Plan national`); `de facto` and `de jure` are Latin.
    // The head may open the last of two names the run joins (`Kite Aid and the Concertation
    // nationale …`); the run is split there later.
    let latin = matches!(context.text(end + 1), "facto" | "jure");
    if !lowercase(end) || english(end) || latin {
        return None;
    }
    let first = (start..end)
        .rev()
        .find(|&i| i >= start + 2 && context.text(i - 1) == "the" && context.text(i - 2) == "and")
        .unwrap_or(start + usize::from(matches!(context.text(start), "The" | "A" | "An")));
    if first >= end || context.head_role(first).is_none() {
        return None;
    }
    // `Loi n° 12`, `Ley nº 12`: a lowercase number sign opens it too; so does a word that a
    // Romance function word follows in a name that holds one already (`Association de Lutte
    // contre les Violences faites aux Femmes`).
    let opener = context.text(end);
    let number_sign = (opener == "n" && context.is_punct(end + 1, &["°"])) || opener == "nº";
    let before_function_word =
        context.is_word(end + 1) && romance(end + 1) && (first..end).any(romance);
    if !(romance(end)
        || number_sign
        || is_romance_word(opener)
        || is_elided(opener)
        || before_function_word)
    {
        return None;
    }
    let limit = (start + MAX_NAME_TOKENS).min(context.tokens.len());
    let mut index = end;
    while index < limit {
        let text = context.text(index);
        let goes_on = match context.kind(index) {
            Some(TokenKind::Word) => !english(index),
            Some(TokenKind::Number) => true,
            // A comma goes on before another function word (`, de viol et …`) or inside a
            // list closed by `y`, `et` or `e` (`prevenir, sancionar y erradicar`).
            Some(TokenKind::Punct) => {
                let list_closed = lowercase(index + 1)
                    && !english(index + 1)
                    && (index + 2..index + 5)
                        .take_while(|&i| lowercase(i))
                        .any(|i| matches!(context.text(i), "y" | "e" | "et" | "ou" | "o"));
                text == "°"
                    || (text == ","
                        && ((romance(index + 1) && lowercase(index + 2)) || list_closed))
            }
            _ => false,
        };
        if !goes_on {
            break;
        }
        index += 1;
    }
    // End on a number, a capitalised word, a Romance word or a word a function word introduces.
    while index > end {
        let last = index - 1;
        let text = context.text(last);
        let content = lowercase(last) && !romance(last);
        let closes = context.is_number(last)
            || (context.is_word(last) && is_capitalised(text))
            || (content && (romance(last - 1) || is_romance_word(text) || is_elided(text)));
        if closes {
            break;
        }
        index -= 1;
    }
    (index > end).then_some(index)
}

/// `No. 573` after a name that holds an instrument head (`Decision of the Council No. 573`), or
/// right after a body's head (`City Hospital No. 3`).
pub(super) fn number_after_instrument(
    context: &Context<'_>,
    start: usize,
    end: usize,
) -> Option<usize> {
    let numbered = matches!(context.text(end), "No" | "no" | "Nº" | "N°")
        && context.is_punct(end + 1, &["."])
        && context.is_number(end + 2);
    // `Law No. (17) of 2015`: a number in brackets.
    let bracketed = matches!(context.text(end), "No" | "no")
        && context.is_punct(end + 1, &["."])
        && context.is_punct(end + 2, &["("])
        && context.is_number(end + 3)
        && context.is_punct(end + 4, &[")"]);
    if bracketed && context.has_instrument_head(start..end) {
        return Some(end + 5);
    }
    // `City Hospital No. 3`: a numbered body keeps its number too.
    let numbered_body = context
        .head_role(end - 1)
        .is_some_and(|role| matches!(role, HeadRole::Agency(_)));
    let has_instrument = context.has_instrument_head(start..end);
    (numbered && (has_instrument || numbered_body)).then_some(end + 3)
}

/// Up to three connectors followed by a capitalised word; or `of` + a year after an instrument.
pub(super) fn connectors_then_name(
    context: &Context<'_>,
    start: usize,
    end: usize,
) -> Option<usize> {
    let has_instrument = context.has_instrument_head(start..end);
    let mut index = end;
    while index < end + 3
        && (context.is_connector(index)
            || context.is_punct(index, &["&"])
            || (has_instrument && context.text(index) == "within"))
    {
        // `and a` starts another noun phrase (`a Minister of State and a Member of
        // Parliament`); `for a Life Free of Violence` and `a la` stay inside a name.
        if context.text(index) == "a"
            && index > end
            && matches!(context.text(index - 1), "and" | "or")
        {
            break;
        }
        index += 1;
    }
    // A bare `the` joins no name (`in its 2019 Budget the Council agreed`); inside a
    // name it follows a preposition (`Office of the Prosecutor`, `and the Family`).
    // `Body for Monitoring the Implementation of …`: a capitalised gerund takes an object.
    let after_gerund =
        end > 0 && context.text(end - 1).ends_with("ing") && context.is_name_word(end - 1);
    let bare_the = index == end + 1 && context.text(end) == "the" && !after_gerund;
    if index == end || bare_the {
        return None;
    }
    // `units of the Harbour Warden’s Office and of the Pier Warden’s Office`: `and of` repeats
    // an outer preposition unless the name has an `of` of its own (`Ministries of Ports and of
    // Piers`).
    // So does any other preposition: `… of Bosnia and Herzegovina and to the Gender Centre of …`
    // turns to another body.
    let preposition = context.text(end + 1);
    let and_preposition = context.text(end) == "and"
        && matches!(
            preposition,
            "of" | "for" | "to" | "in" | "on" | "against" | "with" | "from"
        );
    let is_body_head = |i: usize| matches!(context.head_role(i), Some(HeadRole::Agency(_)));
    // `officers of the Bureau for the Prevention of Abuse of Children and of the Women's Desks`:
    // even after a name with an `of` of its own, `and of the` a body's name is another body.
    let next_body = || {
        (index..index + 8)
            .take_while(|&i| context.is_name_word(i) || context.is_connector(i))
            .any(is_body_head)
    };
    let own_preposition =
        (start..end).any(|i| context.is_word(i) && context.text(i) == preposition);
    if and_preposition
        && (!own_preposition
            || (context.text(end + 2) == "the" && (start..end).any(is_body_head) && next_body()))
    {
        return None;
    }
    // `turned the Family Brigades into the Special Force`: `into` right after a body's head
    // turns it into another body (`Commission of Inquiry into …` is one name).
    if context.text(end) == "into" && is_body_head(end - 1) {
        return None;
    }
    // `High Commission for ACR's offices`: an acronym's possessive after a connector opens a
    // new phrase about that body; it does not continue the name.
    let text = context.text(index);
    let possessive_acronym =
        (text.ends_with("'s") || text.ends_with("’s")) && is_acronym(possessive_stem(text));
    // `Committee on Statistics with UNFPA`, `the Law with the OJ`: `with` a body's acronym
    // names a partner.
    let with_acronym = is_acronym(text)
        && (context.text(index - 1) == "with"
            || (index >= 2
                && context.text(index - 1) == "the"
                && context.text(index - 2) == "with"));
    if context.is_name_word(index)
        && !context.is_month(index)
        && !possessive_acronym
        && !with_acronym
    {
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
    // `Ley N° 30364`: the degree sign is a token of its own after `N`.
    let degree_sign = context.text(index) == "N" && context.is_punct(index + 1, &["°"]);
    if number_word || degree_sign {
        let after_dot = if context.is_punct(index + 1, &[".", "°"]) {
            index + 2
        } else {
            index + 1
        };
        if context.is_number(after_dot) || is_code_number(context.text(after_dot)) {
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

/// `of 2 May 2010`, `of May 2010`, `of 2010`, `of 23/05/2011` after a law number.
pub(super) fn date_after_of(context: &Context<'_>, index: usize) -> Option<usize> {
    if context.text(index) != "of" {
        return None;
    }
    let next = index + 1;
    if context.is_number(next) && is_numeric_date(context.text(next)) {
        return Some(next + 1);
    }
    if context.is_number(next) && context.is_month(next + 1) && context.is_year(next + 2) {
        return Some(next + 3);
    }
    if context.is_month(next) && context.is_year(next + 1) {
        return Some(next + 2);
    }
    if context.is_number(next) && context.is_month(next + 1) {
        return Some(next + 2);
    }
    if context.is_year(next) || is_hijri_year(context.text(next)) {
        return Some(next + 1);
    }
    None
}

/// `1434H`, `1442AH`: a year of the Hijri calendar, as Saudi and other laws are dated.
fn is_hijri_year(text: &str) -> bool {
    let digits = text
        .strip_suffix("AH")
        .or_else(|| text.strip_suffix('H'))
        .unwrap_or("");
    digits.len() == 4 && digits.starts_with('1') && digits.bytes().all(|b| b.is_ascii_digit())
}

/// `M/52`, `A-12`: a law number made of letters and digits after `No.`.
fn is_code_number(text: &str) -> bool {
    text.len() <= 12
        && text.starts_with(|c: char| c.is_ascii_uppercase())
        && text.bytes().any(|b| b.is_ascii_digit())
        && text
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'/' | b'-'))
}

/// `23/05/2011`, `2.5.2010`, `23-05-2011`: day, month and a four-digit year.
fn is_numeric_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split(['/', '.', '-']).collect();
    let digits = |part: &str, lengths: std::ops::RangeInclusive<usize>| {
        lengths.contains(&part.len()) && part.bytes().all(|byte| byte.is_ascii_digit())
    };
    matches!(parts.as_slice(), [day, month, year]
        if digits(day, 1..=2) && digits(month, 1..=2) && digits(year, 4..=4))
}

/// `Local Government` is a portfolio, not a body (`Department of the Interior and Local
/// Government`, `Department of Housing, Local Government and Heritage`): whether the token at
/// `index` is the `Government` of it.
fn is_local_government(context: &Context<'_>, index: usize) -> bool {
    index > 0
        && context.text(index - 1) == "Local"
        && matches!(context.text(index), "Government" | "Governments")
}

/// Whether a word may sit in a comma list inside a name: capitalised, not a head (but for
/// `Local Government`), not an acronym.
pub(super) fn is_list_word(context: &Context<'_>, index: usize) -> bool {
    context.is_name_word(index)
        && (context.head_role(index).is_none() || is_local_government(context, index))
        && !is_acronym(context.text(index))
        && !context.in_list(index, WordList::Leading)
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
    // `Harbour, Ferry and Coastal Safety Commission`, `Harbour, Ferry and Pier Safety Act`: a
    // list that opens the name is part of it only when its last member runs into the head noun
    // of a body or an instrument, with no `the` before it.
    let opens_name = !has_preposition
        && !opens_list_without_preposition(context, start, end)
        && (start..end).all(|i| {
            is_list_word(context, i) || i == start && context.text(i).eq_ignore_ascii_case("the")
        });
    if !has_preposition && !opens_list_without_preposition(context, start, end) && !opens_name {
        return None;
    }
    // `Ministry of Ports, Piers and Tides, Harbour Sector Report`: a list closed by `and`
    // after the last preposition ends the portfolio; a comma after it ends the name.
    let last_of = (start..end)
        .rev()
        .find(|&i| context.is_word(i) && matches!(context.text(i), "of" | "for"));
    let closed = last_of.is_some_and(|of| {
        (of..end).any(|i| context.is_punct(i, &[","]))
            && (of..end).any(|i| context.is_word(i) && context.text(i) == "and")
    });
    // `Department of Health and Social Affairs, Family Health and Safety Study`: a portfolio
    // already closed by `and` before the comma ends the name there, unless the list goes on
    // with the preposition again or `and` (`Ministries of Justice and Human Rights, of Health`),
    // or its head is plural: each member is a body of its own (`Ministries for Ports and Roads,
    // Fish and Rail`).
    // An `and` that joins two names (`… Women and the Inter-American Convention on the
    // Prevention, …`) is none: the words after it are list words up to the comma.
    let closed_before_comma = last_of.is_some_and(|of| {
        (of..end).any(|i| {
            context.is_word(i)
                && context.text(i) == "and"
                && i + 1 < end
                && (i + 1..end).all(|word| is_list_word(context, word))
        }) && !matches!(context.text(end + 1), "of" | "for" | "and")
            && !(start..of).any(|i| context.head(i).is_some_and(|head| head.singular.is_some()))
    });
    if closed || closed_before_comma {
        return None;
    }
    // `Federal Ministry of the Interior, Gewaltprävention und Opferschutz: …`: a list closed
    // in another language after an English name is a title that follows it.
    let last_preposition = (start..end).rev().find(|&i| {
        context.is_word(i)
            && matches!(
                context.text(i),
                "of" | "for" | "de" | "del" | "des" | "du" | "da" | "do" | "für"
            )
    });
    let english_name = last_preposition.is_some_and(|i| matches!(context.text(i), "of" | "for"));
    let mut index = end;
    // Members read so far after the first comma.
    let mut members = 0;
    loop {
        if !context.is_punct(index, &[","]) {
            return None;
        }
        index += 1;
        // `Ministries of Ports, of Piers and of Tides`: a member may repeat the preposition.
        let repeated_preposition = |index: usize| {
            has_preposition && matches!(context.text(index), "of" | "for" | "de" | "du" | "des")
        };
        // `of the Interior`, `de la Promotion Féminine`: an article may follow a repeated
        // preposition.
        let article = |index: usize| {
            matches!(context.text(index), "the" | "la" | "le" | "les")
                && is_list_word(context, index + 1)
        };
        let repeated = repeated_preposition(index);
        if repeated {
            index += 1;
            if article(index) {
                index += 1;
            }
        } else if has_preposition
            && members == 0
            && article(index)
            && is_list_word(context, end - 1)
        {
            // `Ministry of Tides, the Family, Piers and Children`: the first member after the
            // comma may take an article, after a portfolio word (after a head such as `Police`
            // the comma ends the body's name).
            index += 1;
        }
        let group_start = index;
        // `de la Solidarité nationale`: a Romance adjective after a member's first word, where
        // the members repeat their preposition.
        let romance_adjective = |index: usize| {
            repeated
                && index > group_start
                && context.is_word(index)
                && context.text(index).starts_with(|c: char| c.is_lowercase())
                && is_romance_word(context.text(index))
        };
        while index < group_start + MAX_LIST_GROUP_TOKENS
            && (is_list_word(context, index)
                || is_inner_preposition(context, group_start, index)
                || romance_adjective(index))
        {
            index += 1;
        }
        // `Ports, Piers, and Tides`, `Ports, of Piers, and of the Tides`: a comma before the
        // last `and`.
        let oxford_and = index == group_start
            && members > 0
            && context.text(index) == "and"
            && (is_list_word(context, index + 1) || repeated_preposition(index + 1));
        if index == group_start && !oxford_and {
            return None;
        }
        members += 1;
        // `Ministries of Health, of Justice and Human Rights, and of …`: where each member
        // repeats the preposition, an `and` that does not is inside the member.
        let inner_and = repeated
            && index > group_start
            && context.text(index) == "and"
            && is_list_word(context, index + 1);
        if inner_and {
            let words_start = index + 1;
            index = words_start;
            while is_list_word(context, index) && index < words_start + 4 {
                index += 1;
            }
            if context.is_punct(index, &[","]) {
                continue;
            }
            return Some(index);
        }
        if english_name && matches!(context.text(index), "y" | "e" | "et" | "und") {
            return None;
        }
        if matches!(context.text(index), "and" | "y" | "e" | "et" | "und") {
            let mut after_and = if context.text(index + 1) == "the" && !opens_name {
                index + 2
            } else {
                index + 1
            };
            if repeated_preposition(after_and) {
                after_and += 1;
                // `and of the Interior`, `et de la Famille`
                let the = context.text(after_and) == "the" && is_list_word(context, after_and + 1);
                if the || article(after_and) {
                    after_and += 1;
                }
            }
            let mut last = after_and;
            while is_list_word(context, last) && last < after_and + 4 {
                last += 1;
            }
            let named_head = matches!(
                context.head_role(last),
                Some(HeadRole::Agency(_) | HeadRole::Instrument(_))
            );
            return (last > after_and && (!opens_name || named_head)).then_some(last);
        }
    }
}

/// The most tokens one member of a comma list inside a name may hold (`Persons with Disabilities`).
const MAX_LIST_GROUP_TOKENS: usize = 5;

/// Prepositions that may sit inside one member of a comma list (`Persons with Disabilities`).
const INNER_PREPOSITIONS: &[&str] = &["with", "of", "for", "in", "on", "against"];

/// `Persons with Disabilities` as a list member: a lowercase preposition between capitalised
/// list words (not at the member's start).
pub(super) fn is_inner_preposition(
    context: &Context<'_>,
    group_start: usize,
    index: usize,
) -> bool {
    index > group_start
        && context.is_word(index)
        && INNER_PREPOSITIONS.contains(&context.text(index))
        && is_list_word(context, index + 1)
}

/// A comma list may continue a name without a preposition after a possessive
/// (`Nepal Police's Women, Children and …`) or after a plural head directly followed by a
/// capitalised member (`Federal Public Services Justice, Home Affairs and …`).
pub(super) fn opens_list_without_preposition(
    context: &Context<'_>,
    start: usize,
    end: usize,
) -> bool {
    (start..end).any(|i| {
        let text = context.text(i);
        let possessive = (text.ends_with("'s") || text.ends_with("’s")) && i + 1 < end;
        let plural_head = i + 1 < end
            && context.is_name_word(i + 1)
            && context.head_role(i + 1).is_none()
            && context.head(i).is_some_and(|head| head.singular.is_some());
        possessive || plural_head
    })
}

/// `Tusla – Child and Family Agency`, `President's Office – Regional Administration and Local
/// Government`, `Harbour Tamariki–Ministry for Tides`: a dash belongs to the name when it follows
/// a brand of one to three capitalised words without a head noun, or a body's head noun, and a
/// capitalised word follows it. The dash is spaced, or an en or em dash written against both
/// words.
pub(super) fn dash_joined_name_end(
    context: &Context<'_>,
    start: usize,
    end: usize,
) -> Option<usize> {
    let dash = (context.is_punct(end, &["–", "—", "-"]) && is_spaced(context, end))
        || (context.is_punct(end, &["–", "—"]) && is_tight(context, end));
    let last = end.checked_sub(1)?;
    let brand = (1..=MAX_BRAND_WORDS).contains(&(end - start))
        && (start..end).all(|i| {
            context.is_name_word(i)
                && !is_acronym(context.text(i))
                && context.head_role(i).is_none()
                && !context.in_list(i, WordList::Leading)
        });
    let body_head = end > start + 1 && matches!(context.head_role(last), Some(HeadRole::Agency(_)));
    let continues = context.is_name_word(end + 1) && !context.is_month(end + 1);
    (dash && continues && (brand || body_head)).then_some(end + 2)
}

/// The most words of a brand name before a dash (`Harbour Tamariki – …`).
const MAX_BRAND_WORDS: usize = 3;

/// Whether the token at `index` touches the tokens on both sides.
fn is_tight(context: &Context<'_>, index: usize) -> bool {
    gaps_around(context, index) == Some((false, false))
}

/// Whether the token at `index` has white space on both sides.
pub(super) fn is_spaced(context: &Context<'_>, index: usize) -> bool {
    gaps_around(context, index) == Some((true, true))
}

/// Whether there is white space before and after the token at `index` (`None` at either end).
fn gaps_around(context: &Context<'_>, index: usize) -> Option<(bool, bool)> {
    let before = context.tokens.get(index.checked_sub(1)?)?;
    let token = context.tokens.get(index)?;
    let after = context.tokens.get(index + 1)?;
    Some((
        before.span.end < token.span.start,
        token.span.end < after.span.start,
    ))
}

/// `ABAAD – Resource Center`: a dash after a lone acronym (or one after a type such as `NGO`)
/// joins it to the name it stands for.
pub(super) fn dash_after_acronym_end(
    context: &Context<'_>,
    start: usize,
    end: usize,
) -> Option<usize> {
    let from = if matches!(context.text(start), "The" | "the") {
        start + 1
    } else {
        start
    };
    let lone_acronym =
        (1..=2).contains(&(end - from)) && (from..end).all(|i| is_acronym(context.text(i)));
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

/// A quoted title after an instrument name (`Law of Utopia “On Fisheries”`), or a quoted
/// proper name after a body's name (`Institute of Tidal Medicine “Ana Harbour”`, `Court “E”`):
/// for a body, a few capitalised words only.
pub(super) fn quoted_title_end(context: &Context<'_>, start: usize, end: usize) -> Option<usize> {
    // Every chunk ends here: the cheap tests of the quote come before the look for heads.
    if !context.is_punct(end, &["“", "\"", "«", "‘", "'"]) || !context.is_name_word(end + 1) {
        return None;
    }
    let instrument = context.has_instrument_head(start..end);
    let body = !instrument
        && (start..end).any(|i| matches!(context.head_role(i), Some(HeadRole::Agency(_))));
    if !(instrument || body) {
        return None;
    }
    let mut index = end + 1;
    while index < end + 20 && index < context.tokens.len() {
        if context.is_punct(index, &["”", "\"", "»", "’", "'"]) {
            return Some(index + 1);
        }
        if body && (index > end + MAX_QUOTED_NAME_WORDS || !context.is_name_word(index)) {
            return None;
        }
        if context.kind(index) == Some(TokenKind::Break) || context.is_punct(index, &[".", ";"]) {
            return None;
        }
        index += 1;
    }
    None
}

/// The most words of a quoted proper name after a body's name.
const MAX_QUOTED_NAME_WORDS: usize = 4;

/// Splits a chunk where `and` joins two names that each stand alone.
pub(super) fn split_at_and(context: &Context<'_>, chunk: Range<usize>) -> Vec<Range<usize>> {
    let mut depth = 0i32;
    let mut and_positions: Vec<usize> = Vec::new();
    for index in chunk.clone() {
        if context.is_punct(index, &["("]) {
            depth += 1;
        } else if context.is_punct(index, &[")"]) {
            depth -= 1;
        } else if context.is_punct(index, &["–", "—", "-"]) && is_spaced(context, index) {
            break;
        } else if depth == 0 && context.is_word(index) && context.text(index) == "and" {
            and_positions.push(index);
        }
    }
    // `Office of the Prime Minister and Council of Ministers (OPMCM)`: an acronym after the
    // chunk that spells all of it makes it one name.
    if spelled_by_acronym_after(context, chunk.clone()) {
        return vec![chunk];
    }
    let mut parts = Vec::new();
    let mut part_start = chunk.start;
    let mut chunk_text = None;
    let in_body_list = super::cues::opens_body_list(context, chunk.start);
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
            || inside_alias(context, chunk.clone(), and_index, &mut chunk_text)
            || is_fixed_pair(context, and_index)
            || inside_country_name(context, chunk.clone(), and_index)
        {
            continue;
        }
        let left = part_start..and_index;
        let right = right_start..next_and;
        // `UNFPA and the National Gender and Equality Commission`: after a lone short form,
        // `and the` opens another body even when its name holds an `and` of its own.
        let short_form_then_body = has_the
            && left.len() == 1
            && (is_acronym(context.text(left.start))
                || is_known_short_form(context.slice(left.clone())))
            && has_head_with_content(context, right_start..chunk.end);
        if short_form_then_body {
            parts.push(left);
            part_start = right_start;
            continue;
        }
        // `NGOs such as Kitewing and Harbour Light`: in a list of bodies, `and` after a name
        // without connectors (which could make it part of one longer name) starts the next.
        let listed = in_body_list
            && left
                .clone()
                .all(|i| !context.is_word(i) || is_capitalised(context.text(i)));
        // `the Ministry of Justice and Te Puni Kōkiri (the Ministry of Māori Development)`: a
        // headless name after a body's name, glossed by a body's name in brackets, is a second
        // body that the bracket translates.
        // A right part with a connector (`… and Discrimination for Women (Juzgados …)`) may
        // be the end of one long name that the bracket translates whole.
        let glossed_right = next_and == chunk.end
            && has_head_with_content(context, left.clone())
            && right
                .clone()
                .all(|i| context.head_role(i).is_none() && !context.is_connector(i))
            && glosses_a_body(context, chunk.end);
        if listed || glossed_right || should_split(context, left, right, has_the) {
            parts.push(part_start..and_index);
            part_start = right_start;
        }
    }
    parts.push(part_start..chunk.end);
    parts
}

/// Whether a bracket opens at `index` and holds a body's name (`(the Ministry for Children)`):
/// a capitalised first word after an optional `the`, an agency head, no comma.
fn glosses_a_body(context: &Context<'_>, index: usize) -> bool {
    if !context.is_punct(index, &["("]) {
        return false;
    }
    let Some(close) = (index + 1..index + 16).find(|&i| context.is_punct(i, &[")"])) else {
        return false;
    };
    let start = index + 1 + usize::from(context.text(index + 1) == "the");
    let words = start..close;
    words.len() >= 2
        && context.is_name_word(start)
        && !is_acronym(context.text(start))
        && words
            .clone()
            .any(|i| matches!(context.head_role(i), Some(HeadRole::Agency(_))))
        && !words
            .clone()
            .any(|i| context.is_punct(i, &[",", ";"]) || context.kind(i) == Some(TokenKind::Break))
}

/// Whether `range` is followed by an acronym alone in brackets whose capitals are the initials
/// of its capitalised words.
fn spelled_by_acronym_after(context: &Context<'_>, range: Range<usize>) -> bool {
    let acronym = range.end + 1;
    context.is_punct(range.end, &["("])
        && context.is_punct(acronym + 1, &[")"])
        && is_acronym(context.text(acronym))
        && super::cues::initials_match(context.text(acronym), context.slice(range))
}

/// `Family Court in the District Court of Tidla`, `Gender Division within the MoHP`, `Division of
/// Harbour Affairs in the Office of the Mayor`: a body's name, `in the` or `within the` and
/// another body's name are two bodies, a unit and the body it sits in. Returns the parts.
pub(super) fn split_at_body_in(context: &Context<'_>, part: Range<usize>) -> Vec<Range<usize>> {
    let is_body_head = |index: usize| matches!(context.head_role(index), Some(HeadRole::Agency(_)));
    let split = (part.start + 1..part.end.saturating_sub(2)).find(|&i| {
        let parent = i + 2..part.end;
        let named_parent = has_head_with_content(context, parent.clone())
            && parent
                .clone()
                .any(|j| is_body_head(j) && context.is_name_word(j));
        // `Population Division within the MoHP`: the parent may be written as its acronym.
        let within = context.text(i) == "within"
            && (named_parent || (parent.len() == 1 && is_acronym(context.text(parent.start))));
        // `Division of Gender and Child Affairs in the Office of …`: the unit's head may come
        // before an `of` that ends its name.
        let unit_ends_here = is_body_head(i - 1)
            || (part.start..i)
                .rev()
                .find(|&j| is_body_head(j))
                .is_some_and(|head| context.text(head + 1) == "of" && head + 2 < i);
        (context.text(i) == "in" && named_parent || within)
            && context.text(i + 1) == "the"
            && unit_ends_here
            && context.is_name_word(i + 2)
    });
    match split {
        Some(at) => vec![part.start..at, at + 2..part.end],
        None => vec![part],
    }
}

/// Splits `Harbour Police's Diving Unit` or `Government of Utopia's Harbour Strategy` at the
/// possessive that ends a body's name, when what follows has a head of its own. A bare head
/// in the possessive (`the Assembly's Harbour Committee`) is split off too, and names nothing.
pub(super) fn split_at_possessive(context: &Context<'_>, part: Range<usize>) -> Vec<Range<usize>> {
    let possessive = part.clone().find(|&i| {
        let text = context.text(i);
        let is_possessive = text.ends_with("'s") || text.ends_with("’s");
        // `the Commission’s “Bright Harbour” campaign`: a quoted title after a body's
        // possessive is the body's thing, not part of its name.
        let quoted_after = is_possessive
            && context.is_punct(i + 1, &["“", "\"", "‘", "«"])
            && (part.start..i + 1)
                .any(|j| matches!(context.head_role(j), Some(HeadRole::Agency(_))));
        if quoted_after && i + 1 < part.end {
            return true;
        }
        is_possessive
            && i + 1 < part.end
            && ((part.start..i + 1)
                .any(|j| matches!(context.head_role(j), Some(HeadRole::Agency(_))))
                || (i == part.start && (is_acronym(text) || named_alone(context, i))))
            && !matches!(
                lookup_form(text).as_str(),
                "women" | "children" | "people" | "men"
            )
            && (has_head_with_content(context, part.start..i + 1)
                || is_acronym(text)
                || i == part.start)
            && has_head_with_content(context, i + 1..part.end)
    });
    match possessive {
        Some(index) => vec![part.start..index + 1, index + 1..part.end],
        None => vec![part],
    }
}

/// `the Harbour Agency (Tidewatch) … Tidewatch’s Diving Unit`: a one-word possessive whose stem
/// the text also writes alone (in brackets, or as a word of its own) names a body the text
/// knows, so what it owns is a body of its own.
fn named_alone(context: &Context<'_>, index: usize) -> bool {
    let text = context.text(index);
    let stem = possessive_stem(text);
    let start = context.tokens[index].span.start;
    stem.len() > 1
        && is_capitalised(stem)
        && context.source.match_indices(stem).any(|(at, _)| {
            let before = context.source[..at].chars().next_back();
            let after = context.source[at + stem.len()..].chars().next();
            at != start
                && !before.is_some_and(char::is_alphanumeric)
                && matches!(after, Some(')' | ',' | ' ' | '.' | ';' | ':') | None)
        })
}

/// The most words on either side of `and` in a country name (`Saint Vincent and the Grenadines`).
const MAX_COUNTRY_SIDE_WORDS: usize = 3;

/// `Trinidad and Tobago`, `Saint Vincent and the Grenadines`: an `and` inside a country name
/// (words around it that together name a country) never joins two bodies.
pub(super) fn inside_country_name(
    context: &Context<'_>,
    chunk: Range<usize>,
    and_index: usize,
) -> bool {
    let left_start = and_index
        .saturating_sub(MAX_COUNTRY_SIDE_WORDS)
        .max(chunk.start);
    let right_end = (and_index + 2 + MAX_COUNTRY_SIDE_WORDS).min(chunk.end);
    (left_start..and_index).any(|from| {
        (and_index + 2..=right_end).any(|to| {
            let words = from..to;
            words.clone().all(|i| context.is_word(i))
                && context.is_name_word(from)
                && context.is_name_word(to - 1)
                && crate::extract::is_country_name(context.slice(words))
        })
    })
}

/// Splits at the first possessive of a chunk when no `and` comes before it
/// (`Nepal Police's Women, Children and Senior Citizen Service Directorate`), so that an `and`
/// in the unit's name is read inside the unit.
pub(super) fn split_at_possessive_before_and(
    context: &Context<'_>,
    chunk: Range<usize>,
) -> Vec<Range<usize>> {
    let parts = split_at_possessive(context, chunk.clone());
    let Some(unit) = parts.get(1) else {
        return parts;
    };
    let and_before =
        (chunk.start..unit.start).any(|i| context.is_word(i) && context.text(i) == "and");
    if and_before { vec![chunk] } else { parts }
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
    gazetteer().has_word(WordList::FixedPairs, &pair)
}

/// Whether an `and` sits inside a known multi-word alias (`Beijing Declaration and Platform…`).
/// `chunk_text` caches the chunk's lowercase text between the `and`s of one chunk.
pub(super) fn inside_alias(
    context: &Context<'_>,
    chunk: Range<usize>,
    and_index: usize,
    chunk_text: &mut Option<String>,
) -> bool {
    let chunk_text = chunk_text.get_or_insert_with(|| context.slice(chunk.clone()).to_lowercase());
    let offset = context.span(chunk.start..and_index + 1).end - context.span(chunk).start;
    let names = gazetteer().names_with_and.iter();
    names
        .filter(|name| name.needle().len() <= chunk_text.len())
        .any(|name| {
            let length = name.needle().len();
            name.find_iter(chunk_text.as_bytes())
                .any(|start| start < offset && offset <= start + length)
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
    // `the Kite Society in Tidla and Harbour Aid in Marea`, `… in Tidla and Women Against Rape
    // (WAR)`: after a body located in a known city, a name with its own place, its own acronym
    // or its own head is another body.
    let right_own_place = (right.start + 1..right.end)
        .any(|i| context.is_word(i) && context.text(i) == "in" && context.is_name_word(i + 1));
    if located_in_known_city(context, left.clone())
        && (right_own_place
            || spelled_by_acronym_after(context, right.clone())
            || has_head_with_content(context, right.clone()))
    {
        return true;
    }
    // `National Alliance to End Child Marriage and FGM/C`: a topic's acronym ends the name (a
    // plural such as `NGOs` names other bodies).
    let right_text = context.slice(right.clone());
    let right_topic = !right_text.ends_with('s')
        && gazetteer().has_word(WordList::NonBodyAcronyms, &right_text.to_lowercase());
    let right_acronym = right.len() == 1 && is_acronym(context.text(right.start)) && !right_topic;
    let left_short_form = is_known_short_form(context.slice(left.clone()))
        || (left.len() == 1 && is_acronym(context.text(left.start)));
    let left_standalone = has_head_with_content(context, left.clone())
        || is_country_body(context, left.clone())
        || left_short_form;
    if left_standalone && right_acronym {
        return true;
    }
    if !left_standalone {
        // `Education and the Harbour Police Service`, `Harbour Aid and the Tidla Crisis Centre`:
        // `and the` after capitalised words alone (no connector that would make the `and` part
        // of a longer name) starts a new name when a body's head follows.
        let left_bare_head = left.len() == 1 && context.head_role(left.start).is_some();
        let left_all_capitalised = left.clone().all(|i| {
            !context.is_word(i) || !context.text(i).starts_with(|c: char| c.is_lowercase())
        });
        // `co-chaired by the Ministry and the CPG`: a bare head and a short form are two bodies.
        return has_the
            && ((left_bare_head || left_all_capitalised) && has_head_with_content(context, right)
                || left_bare_head && right_acronym);
    }
    if right_known {
        return true;
    }
    let left_ends_with_head = context.head_role(left.end - 1).is_some();
    let right_bare_head = right.len() == 1 && context.head_role(right.start).is_some();
    // `UNDP and the Ministry`: a bare head after a body's name or short form is another body.
    if has_the && (left_ends_with_head || left_short_form) && right_bare_head {
        return true;
    }
    if is_country_body(context, right.clone()) {
        return true;
    }
    if !has_head_with_content(context, right.clone()) {
        return false;
    }
    // `Ministry of Health and Harbour Statistics Office`: after a body named for its remit, a
    // name ending in a body's head is a second body (a remit never ends in one; `Health and
    // Social Services` is a remit, so `services` does not count).
    let left_named_for_remit = matches!(context.head_role(left.start), Some(HeadRole::Agency(_)))
        && matches!(context.text(left.start + 1), "of" | "for");
    let local_government = right.len() == 2 && is_local_government(context, right.start + 1);
    let right_ends_with_body_head =
        matches!(context.head_role(right.end - 1), Some(HeadRole::Agency(_)))
            && !matches!(context.text(right.end - 1), "Service" | "Services")
            && !local_government;
    if left_named_for_remit && right_ends_with_body_head {
        return true;
    }
    let right_starts_with_head = context.head_role(right.start).is_some();
    let has_instrument =
        |range: Range<usize>| range.into_iter().any(|i| context.is_instrument_head(i));
    let two_instruments = has_instrument(left) && has_instrument(right);
    has_the || right_starts_with_head || left_ends_with_head || two_instruments
}

/// Whether `range` is a body's name followed by ` in ` and a city the gazetteer knows (`the Kite
/// Society in Tidla`), as [`city_phrase_start`] reads it.
fn located_in_known_city(context: &Context<'_>, range: Range<usize>) -> bool {
    city_phrase_start(context, range.clone()).is_some_and(|at| {
        (range.start..at).any(|i| matches!(context.head_role(i), Some(HeadRole::Agency(_))))
    })
}

/// A gazetteer acronym or name.
pub(super) fn is_known_short_form(text: &str) -> bool {
    gazetteer().short_forms.contains(text)
}

/// Whether a range has an agency or instrument head and another content word.
pub(super) fn has_head_with_content(context: &Context<'_>, range: Range<usize>) -> bool {
    let has_head = range.clone().any(|i| {
        matches!(
            context.head_role(i),
            Some(HeadRole::Agency(_) | HeadRole::Instrument(_) | HeadRole::Excluded)
        )
    });
    let first_head = range.clone().find(|&i| context.head_role(i).is_some());
    let content = range
        .filter(|&i| {
            (context.is_word(i) || context.is_number(i))
                && !context.is_connector(i)
                && (matches!(context.head_role(i), None | Some(HeadRole::Holder))
                    || is_complement_noun(context, first_head, i))
        })
        .count();
    has_head && content >= 1
}

/// `Strategy` in `Office for Strategy`: a head word after a preposition that follows the first
/// head is that head's complement (content), not a second head.
pub(super) fn is_complement_noun(
    context: &Context<'_>,
    first_head: Option<usize>,
    index: usize,
) -> bool {
    first_head.is_some_and(|head| {
        head < index && (head + 1..index).any(|i| is_segment_preposition(context, i))
    })
}
