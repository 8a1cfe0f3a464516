//! Proper names in prose: a small grammar for organisation and instrument names.
//!
//! A name is a run of capitalised words joined by lowercase connectors (`of`, `and the`, `de la`),
//! with a few extensions: a comma list closed by `and` inside a name (`Ministry of Labour,
//! Invalids and Social Affairs`) or opening one that ends in a body's head (`Harbour, Ferry and
//! Coastal Safety Commission`), law numbers and dates after an instrument head (`Law No. 5 of
//! 2 May 2010`, `of 23/05/2011`), a quoted title (`Law of X “On …”`), a lowercase tail after an
//! instrument head (`Convention on preventing … violence`), a dash part (`Tusla – Child and
//! Family Agency`) and a portfolio bracket after an office-holder's title. Runs that join two
//! bodies with `and` are split (never inside a country name such as `Trinidad and Tobago`), a
//! possessive separates a parent from its unit, and a trailing ` in <Place>` (or a list of
//! places) after a body's name is dropped. Each name is classified by its head noun (the
//! rightmost head before the first lowercase preposition; a hyphenated word has the head of its
//! last part), and brackets after it give an acronym, a kept law number or a dropped
//! translation or year. This module does not merge mentions; [`super::agencies`] and
//! [`super::instruments`] do.

use std::ops::Range;

use super::facts::TokenFacts;
use super::gazetteer::{HeadRole, HeadWord, WordList, gazetteer, possessive_stem};
use super::text::{
    Token, TokenKind, collapse_whitespace, comparison_key, is_acronym, is_capitalised,
    is_roman_numeral, lookup_form, tokenize,
};
use super::{AgencyKind, InstrumentKind};

mod brackets;
mod chunks;
mod cues;
mod heads;

use brackets::*;
use chunks::*;
use cues::*;
use heads::*;

/// What a name names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameRole {
    /// An organisation.
    Agency(AgencyKind),
    /// A legal or policy instrument.
    Instrument(InstrumentKind),
    /// A named thing that is neither (fund, campaign, hotline, report…).
    Excluded,
    /// An office-holder.
    Holder,
    /// A capitalised run without a usable head (place names, sentence starts, bare heads).
    Unknown,
}

/// One proper name found in a field.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Name {
    /// Byte range of the name as written (without a leading "the").
    pub span: Range<usize>,
    /// The name as written, whitespace collapsed, kept brackets included.
    pub text: String,
    /// What it names.
    pub role: NameRole,
    /// Acronym or short form given for it, with its span.
    pub short_form: Option<(String, Range<usize>)>,
    /// For a plural head shared by a list (`Ministries of A, B and C`), the member names.
    pub members: Vec<String>,
    /// Whether the gazetteer knows it as an international body.
    pub international: bool,
    /// Instrument alias identifier from the gazetteer.
    pub alias_id: Option<String>,
    /// The same body's name in another language, given in brackets after it
    /// (`Ministry of Ports (Ministère des Ports)`).
    pub translation: Option<String>,
    /// Byte range covered for masking pillar keywords (name plus consumed brackets).
    pub mask: Range<usize>,
}

/// An acronym written alone, outside any name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct AcronymMention {
    /// The acronym as written.
    pub text: String,
    /// Its byte range.
    pub span: Range<usize>,
    /// Whether it stands where a body acts or is acted with (`by ACR`, `ACR runs`) and is not a
    /// known non-body acronym or the short form of a non-body name.
    pub actor: bool,
}

/// Names of one field, and the acronyms written alone.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct Names {
    /// Classified names in text order.
    pub names: Vec<Name>,
    /// Every acronym token outside a name, with its span.
    pub acronyms: Vec<AcronymMention>,
    /// The tokens of the field, shared with the rules that read it again.
    pub tokens: Vec<Token>,
    /// The gazetteer facts of each token, shared likewise.
    pub facts: TokenFacts,
}

#[cfg(test)]
pub(crate) fn find_names(source: &str) -> Names {
    find_names_for(source, "")
}

/// Finds and classifies the proper names of one field of a record about `country_name` (the
/// country is used to read bodies named after it, like `Health Utopia`; it may be empty).
pub(crate) fn find_names_for(source: &str, country_name: &str) -> Names {
    let tokens = tokenize(source);
    let facts = TokenFacts::new(source, &tokens);
    let context = Context::new(source, &tokens, &facts, country_name);
    let mut consumed = vec![false; tokens.len()];
    let mut names = Vec::new();
    for chunk in find_chunks(&context) {
        for head_part in split_at_possessive_before_and(&context, trim_leading(&context, chunk)) {
            for part in split_at_and(&context, head_part) {
                for piece in split_at_possessive(&context, part) {
                    for piece in split_at_body_in(&context, piece) {
                        if let Some(name) = build_name(&context, piece, &mut consumed) {
                            names.push(name);
                        }
                    }
                }
            }
        }
    }
    names.retain(|name| !is_inside_consumed(&context, name, &consumed));
    extend_implementation_bodies(&context, &mut names);
    let parents: Vec<Name> = names
        .iter()
        .filter(|name| matches!(name.role, NameRole::Excluded | NameRole::Holder))
        .filter_map(|name| owner_of_excluded(&context, name))
        .collect();
    names.extend(parents);
    attach_acronym_before(&context, &mut names, &mut consumed);
    names.extend(bracketed_body_names(&context, &names));
    mark_cued_organisations(&context, &mut names);
    apply_gazetteer(&mut names);
    mark_un_joint_programmes(&mut names);
    unmark_generic_groups(&mut names);
    unmark_umbrella_modifiers(&context, &mut names);
    drop_country_subjects(&context, &mut names);
    names.sort_by_key(|name| name.span.start);
    merge_titled_instruments(&context, &mut names);
    mark_body_lists(&context, &mut names);
    mark_listed_with_bodies(&context, &mut names);
    mark_located_like_the_body_before(&context, &mut names);
    locate_in_cities(&context, &mut names);
    attach_alias_acronyms(&context, &mut names);
    let acronyms = standalone_acronyms(&context, &names, &consumed);
    drop(context);
    Names {
        names,
        acronyms,
        tokens,
        facts,
    }
}

/// Whether the words between two names (`, popularly called “`, `, known as the`) say the second
/// is another name of the first.
pub(crate) fn names_another_name(between: &str) -> bool {
    let between = between
        .trim_matches(|c: char| {
            c.is_whitespace() || matches!(c, ',' | '(' | '"' | '“' | '‘' | '\'')
        })
        .to_lowercase();
    let between = between.strip_suffix(" the").unwrap_or(&between);
    let between = between.strip_prefix("also ").unwrap_or(between);
    let between = between
        .strip_prefix("commonly ")
        .or_else(|| between.strip_prefix("popularly "))
        .unwrap_or(between);
    matches!(between, "known as" | "called" | "referred to as" | "named")
}

/// The source and its tokens, with the gazetteer facts of each word looked up once.
struct Context<'a> {
    source: &'a str,
    tokens: &'a [Token],
    country: &'a str,
    /// The gazetteer facts of each token.
    facts: &'a TokenFacts,
    /// The text of each token.
    texts: Vec<&'a str>,
    /// Whether each token is a lowercase connector allowed inside a name.
    connectors: Vec<bool>,
    /// Whether each token is a capitalised word.
    name_words: Vec<bool>,
    /// How many instrument heads come before each token (one more entry than tokens).
    instrument_heads_before: Vec<usize>,
}

impl<'a> Context<'a> {
    fn new(source: &'a str, tokens: &'a [Token], facts: &'a TokenFacts, country: &'a str) -> Self {
        let texts: Vec<&str> = tokens.iter().map(|token| token.text(source)).collect();
        let mut connectors = Vec::with_capacity(tokens.len());
        let mut name_words = Vec::with_capacity(tokens.len());
        let mut instrument_heads_before = Vec::with_capacity(tokens.len() + 1);
        let mut instrument_heads = 0;
        for (index, (token, text)) in tokens.iter().zip(&texts).enumerate() {
            let word = token.kind == TokenKind::Word;
            // `L$ 9 million`, `N$ 400 000`: letters written against a dollar sign are a currency's
            // symbol, not a name's word.
            let currency_symbol = tokens
                .get(index + 1)
                .is_some_and(|next| next.span.start == token.span.end && texts[index + 1] == "$");
            let capitalised = word && is_capitalised(text) && !currency_symbol;
            // `Equal Opportunities between Women and Men`: `between` joins a name only before
            // the pair that gender bodies are named for.
            let between_sexes = *text == "between"
                && matches!(texts.get(index + 1).copied(), Some("Women" | "Men"));
            // `Council on Violence within the Family`: `within the` joins a name before one or
            // two capitalised words that name no body (`within the Harbour Police` is a parent).
            let within_remit = *text == "within" && texts.get(index + 1) == Some(&"the") && {
                let run = (index + 2..tokens.len())
                    .take_while(|&i| tokens[i].kind == TokenKind::Word && is_capitalised(texts[i]));
                let (length, names_body) = run.fold((0, false), |(length, body), i| {
                    let head = facts.head(i).map(|head| head.role);
                    (
                        length + 1,
                        body || matches!(head, Some(HeadRole::Agency(_))),
                    )
                });
                (1..=2).contains(&length) && !names_body
            };
            connectors.push(
                word && !capitalised
                    && (facts.in_list(index, WordList::Connectors)
                        || between_sexes
                        || within_remit),
            );
            name_words.push(capitalised);
            instrument_heads_before.push(instrument_heads);
            let head = facts.head(index).map(|head| head.role);
            instrument_heads += usize::from(matches!(head, Some(HeadRole::Instrument(_))));
        }
        instrument_heads_before.push(instrument_heads);
        Context {
            source,
            tokens,
            country,
            facts,
            texts,
            connectors,
            name_words,
            instrument_heads_before,
        }
    }
}

impl Context<'_> {
    fn text(&self, index: usize) -> &str {
        self.texts.get(index).copied().unwrap_or("")
    }

    fn kind(&self, index: usize) -> Option<TokenKind> {
        self.tokens.get(index).map(|token| token.kind)
    }

    fn is_word(&self, index: usize) -> bool {
        self.kind(index) == Some(TokenKind::Word)
    }

    fn is_number(&self, index: usize) -> bool {
        self.kind(index) == Some(TokenKind::Number)
    }

    fn is_punct(&self, index: usize, characters: &[&str]) -> bool {
        self.kind(index) == Some(TokenKind::Punct) && characters.contains(&self.text(index))
    }

    /// A capitalised word (acronyms included).
    fn is_name_word(&self, index: usize) -> bool {
        self.name_words.get(index).copied().unwrap_or(false)
    }

    /// Whether any token of `range` is an instrument head (tokens past the end are not).
    fn has_instrument_head(&self, range: Range<usize>) -> bool {
        let count = |index: usize| {
            let last = self.instrument_heads_before.len().saturating_sub(1);
            self.instrument_heads_before
                .get(index.min(last))
                .copied()
                .unwrap_or(0)
        };
        range.start < range.end && count(range.end) > count(range.start)
    }

    /// A lowercase connector allowed inside a name.
    fn is_connector(&self, index: usize) -> bool {
        self.connectors.get(index).copied().unwrap_or(false)
    }

    /// The head noun entry of a word token.
    fn head(&self, index: usize) -> Option<&'static HeadWord> {
        let head = self.facts.head(index)?;
        let word = self.facts.lower(index);
        let before = |back: usize| {
            index
                .checked_sub(back)
                .map_or("", |at| self.facts.lower(at))
        };
        let excluded = match word {
            // `the West Bank`: a bank after a point of the compass is a territory or a river's.
            "bank" => matches!(
                before(1),
                "west" | "east" | "north" | "south" | "left" | "right"
            ),
            // `the Western and Northern Divisions`: a division after a point of the compass is
            // a part of the country.
            "division" | "divisions" => {
                matches!(before(1), "western" | "eastern" | "northern" | "southern")
            }
            // `Women in Law and Development`: `Law` after a name's word and `in` is a field of
            // study, unless a law's number or subject follows (`set out in Law No. 5`).
            "law" => {
                before(1) == "in"
                    && index > 1
                    && self.text(index - 2).starts_with(char::is_uppercase)
                    && !self.is_number(index + 1)
                    && !matches!(
                        self.facts.lower(index + 1),
                        "no" | "no." | "nº" | "n°" | "number" | "on" | "of"
                    )
            }
            // `Mexico City`, `in the City of London`: a city is a place; it names the body that
            // governs it as `City of X` when the city does not follow `of` or `in`, or in the
            // possessive before one of its bodies (`Harbour City’s Women’s Unit`).
            "city" | "cities" => {
                let text = self.text(index);
                let possessive = text.ends_with("'s") || text.ends_with("’s");
                let mut first = index;
                while first > 0
                    && (self.text(first - 1).starts_with(char::is_uppercase)
                        || self.facts.lower(first - 1) == "the")
                {
                    first -= 1;
                }
                let where_it_is = first > 0
                    && matches!(
                        self.facts.lower(first - 1),
                        "of" | "in" | "across" | "throughout" | "from" | "to"
                    );
                !possessive && (self.facts.lower(index + 1) != "of" || where_it_is)
            }
            _ => false,
        };
        (!excluded).then_some(head)
    }

    /// Whether the token (any case) is in a word list; false past the end.
    fn in_list(&self, index: usize, list: WordList) -> bool {
        self.facts.in_list(index, list)
    }

    fn head_role(&self, index: usize) -> Option<HeadRole> {
        self.head(index).map(|head| head.role)
    }

    fn is_instrument_head(&self, index: usize) -> bool {
        matches!(self.head_role(index), Some(HeadRole::Instrument(_)))
    }

    fn is_year(&self, index: usize) -> bool {
        let text = self.text(index);
        self.is_number(index)
            && text.len() == 4
            && text.chars().all(|c| c.is_ascii_digit())
            && text.starts_with(['1', '2'])
    }

    fn is_month(&self, index: usize) -> bool {
        self.is_word(index) && self.in_list(index, WordList::Months)
    }

    /// The index of the token that starts at byte `start`.
    fn token_at(&self, start: usize) -> Option<usize> {
        self.tokens
            .binary_search_by_key(&start, |token| token.span.start)
            .ok()
    }

    /// The tokens that lie inside the byte range `span` (the inverse of [`Context::span`]).
    fn tokens_in(&self, span: &Range<usize>) -> Range<usize> {
        let first = self
            .tokens
            .partition_point(|token| token.span.start < span.start);
        let end = self
            .tokens
            .partition_point(|token| token.span.end <= span.end);
        first..end.max(first)
    }

    fn span(&self, tokens: Range<usize>) -> Range<usize> {
        let start = self
            .tokens
            .get(tokens.start)
            .map_or(0, |token| token.span.start);
        let end = tokens
            .end
            .checked_sub(1)
            .and_then(|last| self.tokens.get(last))
            .map_or(start, |token| token.span.end);
        start..end.max(start)
    }

    fn slice(&self, tokens: Range<usize>) -> &str {
        self.source.get(self.span(tokens)).unwrap_or("")
    }
}

/// Words between a coordinating body and the instrument it implements.
const IMPLEMENTATION_LINK: &[&str] = &["for", "the", "implementation", "of"];

/// `Technical Committee for the implementation of the National Policy on Gender`: a body whose
/// name continues with `for the implementation of (the) <instrument>` keeps that full name (the
/// instrument is still a name of its own).
fn extend_implementation_bodies(context: &Context<'_>, names: &mut [Name]) {
    let instruments: Vec<Range<usize>> = names
        .iter()
        .filter(|name| matches!(name.role, NameRole::Instrument(_)))
        .map(|name| name.span.clone())
        .collect();
    for name in names
        .iter_mut()
        .filter(|name| matches!(name.role, NameRole::Agency(_)))
    {
        let after = context
            .tokens
            .partition_point(|token| token.span.end <= name.span.end);
        let linked = IMPLEMENTATION_LINK
            .iter()
            .enumerate()
            .all(|(offset, word)| context.text(after + offset) == *word);
        if !linked || context.token_at(name.span.start).is_none() {
            continue;
        }
        let mut next = after + IMPLEMENTATION_LINK.len();
        if context.text(next) == "the" {
            next += 1;
        }
        let Some(start) = context.tokens.get(next).map(|token| token.span.start) else {
            continue;
        };
        if let Some(instrument) = instruments.iter().find(|span| span.start == start) {
            name.span.end = instrument.end;
            name.mask.end = name.mask.end.max(instrument.end);
            name.text = display_text(context.source, name);
        }
    }
}

/// `Ley N° 12, Ley para proteger las costas`: an instrument followed, after a comma, by a name
/// with the same head word is one instrument, its number then its title. `names` is sorted.
fn merge_titled_instruments(context: &Context<'_>, names: &mut Vec<Name>) {
    let mut index = 0;
    while index + 1 < names.len() {
        let (first, second) = (&names[index], &names[index + 1]);
        let same_kind = matches!(first.role, NameRole::Instrument(_)) && first.role == second.role;
        let comma = context
            .source
            .get(first.mask.end..second.span.start)
            .is_some_and(|gap| gap.trim() == ",");
        // Both start with the same head noun (`Ley …, Ley …`, `Law No. 5, Law on …`).
        let head = |name: &Name| name.text.split_whitespace().next().map(str::to_lowercase);
        let head_first = context
            .token_at(first.span.start)
            .is_some_and(|token| context.is_instrument_head(token));
        if same_kind && comma && head_first && head(first) == head(second) {
            let second = names.remove(index + 1);
            let first = &mut names[index];
            first.span.end = second.span.end;
            first.mask.end = second.mask.end.max(second.span.end);
            if first.short_form.is_none() {
                first.short_form = second.short_form;
            }
            first.text = display_text(context.source, first);
            continue;
        }
        index += 1;
    }
}

/// `Shadow report to the Harbour Committee on Utopia`: `on` and a country after a body's name
/// say what it reports on; they are no part of the name.
fn drop_country_subjects(context: &Context<'_>, names: &mut [Name]) {
    for name in names.iter_mut() {
        if !matches!(name.role, NameRole::Agency(_)) || name.text.contains('(') {
            continue;
        }
        let tokens = context.tokens_in(&name.span);
        // `on` with at least one token after it and one before it, inside the name.
        let Some(on) = (tokens.start + 1..tokens.end.saturating_sub(1))
            .rev()
            .find(|&i| context.text(i) == "on")
        else {
            continue;
        };
        let subject = context.tokens[on + 1].span.start..name.span.end;
        if crate::extract::is_country_name(&context.source[subject]) {
            let end = context.tokens[on - 1].span.end;
            if name.mask.end == name.span.end {
                name.mask.end = end;
            }
            name.span.end = end;
            name.text = collapse_whitespace(&context.source[name.span.clone()]);
        }
    }
}

/// `NGOs`, `CSOs`: a single word that names a class of organisations (a listed non-body
/// acronym, singular or plural) names no organisation, whatever cue comes with it.
/// `United Nations agencies`, `European Union bodies`: an umbrella organisation's name before a
/// lowercase plural of bodies names a class of bodies, not the organisation.
fn unmark_umbrella_modifiers(context: &Context<'_>, names: &mut [Name]) {
    const UMBRELLAS: [&str; 3] = ["United Nations", "European Union", "African Union"];
    // Not `funds` or `programmes`, which are verbs too (`The European Union funds it`).
    const PLURALS: [&str; 6] = [
        "agencies",
        "bodies",
        "entities",
        "organisations",
        "organizations",
        "institutions",
    ];
    for name in names.iter_mut() {
        if !UMBRELLAS.contains(&name.text.as_str()) || !matches!(name.role, NameRole::Agency(_)) {
            continue;
        }
        let next = context
            .source
            .get(name.mask.end..)
            .and_then(|rest| rest.split_whitespace().next())
            .unwrap_or("");
        let next = next.trim_end_matches(|c: char| !c.is_alphanumeric());
        if PLURALS.contains(&next) {
            name.role = NameRole::Unknown;
        }
    }
}

fn unmark_generic_groups(names: &mut [Name]) {
    for name in names.iter_mut() {
        let singular = name.text.strip_suffix('s').unwrap_or(&name.text);
        let generic = !name.text.contains(' ')
            && (gazetteer().has_word(WordList::NonBodyAcronyms, &name.text)
                || gazetteer().has_word(WordList::NonBodyAcronyms, singular));
        if generic && !name.international && matches!(name.role, NameRole::Agency(_)) {
            name.role = NameRole::Unknown;
        }
    }
}

fn is_inside_consumed(context: &Context<'_>, name: &Name, consumed: &[bool]) -> bool {
    context
        .token_at(name.span.start)
        .is_some_and(|index| consumed[index])
}

/// The name as written with whitespace collapsed and no leading "the"; lowercase `government of`
/// is written `Government of`.
fn display_text(source: &str, name: &Name) -> String {
    let text = collapse_whitespace(source.get(name.span.clone()).unwrap_or(""));
    let text = text
        .strip_prefix("the ")
        .or_else(|| text.strip_prefix("The "))
        .unwrap_or(&text);
    let text = strip_trailing_possessive(text);
    match text.strip_prefix("government of ") {
        Some(rest) => format!("Government of {rest}"),
        None => text.to_string(),
    }
}

/// `Government of Utopia's` → `Government of Utopia`, `MIA’s` → `MIA` (but `Bureau of Women's`
/// stays).
fn strip_trailing_possessive(text: &str) -> &str {
    for suffix in ["'s", "’s"] {
        if let Some(stem) = text.strip_suffix(suffix) {
            let last = stem.rsplit(' ').next().unwrap_or("");
            let plural_people = matches!(last, "Women" | "Children" | "People" | "Men" | "Persons");
            // `the MIA’s Department`: an acronym's possessive is the acronym.
            if !plural_people && (stem.contains(' ') || is_acronym(stem)) {
                return stem;
            }
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    fn classified(source: &str) -> Vec<(String, NameRole)> {
        find_names(source)
            .names
            .into_iter()
            .filter(|name| name.role != NameRole::Unknown)
            .map(|name| (name.text, name.role))
            .collect()
    }

    fn texts(source: &str) -> Vec<String> {
        classified(source)
            .into_iter()
            .map(|(text, _)| text)
            .collect()
    }

    #[test]
    fn ministry_with_comma_list_is_one_name() {
        assert_eq!(
            texts("The Ministry of Ports, Fishing and Coastal Affairs leads it."),
            ["Ministry of Ports, Fishing and Coastal Affairs"]
        );
        // The first member after the comma may take an article.
        assert_eq!(
            texts("The Ministry of Ports, the Family, Sailors and Children leads it."),
            ["Ministry of Ports, the Family, Sailors and Children"]
        );
        // A list closed by `and` ends the portfolio: a comma after it ends the name.
        assert_eq!(
            bodies("Ministry of Ports, Piers and Tides, Harbour Sector Performance Report 2020"),
            ["Ministry of Ports, Piers and Tides"]
        );
        // So does an `and` before the first comma.
        assert_eq!(
            bodies(
                "Department of Ports and Harbour Affairs, Pier Safety and Tides Survey: a study"
            ),
            ["Department of Ports and Harbour Affairs"]
        );
        // An `and` that joins two names does not close the second one's list.
        assert_eq!(
            instruments(
                "It applies the Convention on the Rights of Fishers and the Harbour Convention on the Prevention, Punishment and Eradication of Piracy."
            ),
            [
                "Convention on the Rights of Fishers",
                "Harbour Convention on the Prevention, Punishment and Eradication of Piracy"
            ]
        );
        // A list closed in another language after an English name is no member of it.
        assert_eq!(
            bodies("Federal Ministry of Ports, Hafenschutz und Seenotrettung: Jahresbericht"),
            ["Federal Ministry of Ports"]
        );
        assert_eq!(
            bodies("Website of the Ministère des Ports, de la Pêche et de la Marine"),
            ["Ministère des Ports, de la Pêche et de la Marine"]
        );
    }

    #[test]
    fn and_the_splits_two_bodies() {
        assert_eq!(
            texts("The Harbour Board and the Coastal Guard Unit met."),
            ["Harbour Board", "Coastal Guard Unit"]
        );
    }

    #[test]
    fn and_of_repeats_an_outer_preposition() {
        assert_eq!(
            bodies("It has units of the Harbour Warden’s Office and of the Pier Warden’s Office."),
            ["Harbour Warden’s Office", "Pier Warden’s Office"]
        );
        // A name with an `of` of its own keeps it (its members are expanded later).
        assert_eq!(
            bodies("The Ministries of Ports and of Piers met."),
            ["Ministries of Ports and of Piers"]
        );
    }

    #[test]
    fn romance_universities_and_treasuries_are_bodies() {
        assert_eq!(
            bodies(
                "It was set up by the Fiscalía del Puerto and the Universidad Autónoma de Marea."
            ),
            ["Fiscalía del Puerto", "Universidad Autónoma de Marea"]
        );
        assert_eq!(
            bodies("Money comes from the National Treasury."),
            ["National Treasury"]
        );
    }

    #[test]
    fn and_inside_a_complement_stays() {
        assert_eq!(
            texts("the Ministry of Fishing and the Navy decided"),
            ["Ministry of Fishing and the Navy"]
        );
        assert_eq!(
            texts("the Office of Ports and Harbours"),
            ["Office of Ports and Harbours"]
        );
    }

    #[test]
    fn bare_heads_and_generic_governments_are_not_names() {
        assert!(texts("The Ministry said so. The Federal Government agreed.").is_empty());
    }

    #[test]
    fn lowercase_government_of_is_a_name() {
        assert_eq!(
            texts("funded by the government of Utopia today"),
            ["Government of Utopia"]
        );
    }

    #[test]
    fn instrument_in_body_name_makes_an_instrument() {
        let found = classified("under the Ministry of Fisheries Harbour Programme and more");
        assert_eq!(
            found,
            [(
                "Ministry of Fisheries Harbour Programme".to_string(),
                NameRole::Excluded
            )]
        );
    }

    #[test]
    fn law_numbers_and_dates_are_part_of_the_name() {
        assert_eq!(
            texts("Law No. 12 of 3 March 2001 and the Fisheries Act, 1999 apply."),
            ["Law No. 12 of 3 March 2001", "Fisheries Act, 1999"]
        );
    }

    #[test]
    fn lowercase_tail_after_an_instrument_head() {
        assert_eq!(
            texts("the Law on coastal safety in ports was passed"),
            ["Law on coastal safety"]
        );
    }

    #[test]
    fn brackets_give_acronyms_and_drop_years() {
        let names = find_names("The Harbour Safety Board (HSB) adopted the Port Plan (2001-2005).");
        let board = &names.names[0];
        assert_eq!(board.short_form.as_ref().map(|s| s.0.as_str()), Some("HSB"));
        assert_eq!(names.names[1].text, "Port Plan");
    }

    #[test]
    fn law_number_brackets_are_kept() {
        assert_eq!(
            texts("the Fisheries Law (Law No. 77) was passed"),
            ["Fisheries Law (Law No. 77)"]
        );
    }

    #[test]
    fn translation_and_acronym_in_brackets() {
        let names = find_names("the Ministry of Fisheries (Ministerio de Pesca, MINPES) said");
        assert_eq!(names.names.len(), 1);
        assert_eq!(
            names.names[0].short_form.as_ref().map(|s| s.0.as_str()),
            Some("MINPES")
        );
        // A translation in another script, or starting in lowercase, then one or more acronyms.
        for (source, acronym) in [
            ("the Ministry of Ports (ក្រសួងកំពង់ផែ, MoP) said", "MoP"),
            (
                "the Council of Ports (al-Majlis lil-Mawani, CoP) said",
                "CoP",
            ),
            (
                "the Port Units (Unit Pelabuhan Daerah, UPD PPL) said",
                "UPD PPL",
            ),
        ] {
            let names = find_names(source);
            assert_eq!(
                names.names[0].short_form.as_ref().map(|s| s.0.as_str()),
                Some(acronym),
                "{source}"
            );
        }
    }

    #[test]
    fn acronym_before_the_name() {
        let names = find_names("HSB (Harbour Safety Board) said");
        let board = names
            .names
            .iter()
            .find(|n| n.text == "Harbour Safety Board")
            .unwrap();
        assert_eq!(board.short_form.as_ref().map(|s| s.0.as_str()), Some("HSB"));
    }

    #[test]
    fn shared_head_list_expands() {
        let names = find_names("the Ministries of Ports, Roads and Rail met");
        assert_eq!(
            names.names[0].members,
            ["Ministry of Ports", "Ministry of Roads", "Ministry of Rail"]
        );
    }

    #[test]
    fn office_holders_and_services_are_not_bodies() {
        let found = classified("The Minister for Ports and the Telephone Service for Sailors");
        assert!(
            found
                .iter()
                .all(|(_, role)| !matches!(role, NameRole::Agency(_)))
        );
    }

    #[test]
    fn bracketed_body_after_description() {
        let names = find_names("a new working group (Työryhmä Satama) was set up");
        assert!(names.names.iter().any(|n| n.text == "Työryhmä Satama"));
    }

    #[test]
    fn unit_and_parent_after_comma() {
        assert_eq!(
            texts("with the Institute of Tides, Harbour University, the Office said"),
            ["Institute of Tides", "Harbour University"]
        );
    }

    #[test]
    fn lowercase_instrument_head_after_capitals() {
        assert_eq!(
            texts("the Model Coastal protocol for the rescue of sailors, which"),
            ["Model Coastal protocol for the rescue of sailors"]
        );
    }

    #[test]
    fn appositive_cue_makes_a_body() {
        assert_eq!(
            texts("Seabird Watch, a non-governmental organisation, runs it."),
            ["Seabird Watch"]
        );
        assert_eq!(texts("the NGO Blue Anchor runs it"), ["Blue Anchor"]);
    }

    #[test]
    fn a_legal_form_makes_a_body_and_belongs_to_its_name() {
        assert_eq!(
            bodies("Shelters are run by Harbour Friends Inc. The Pier Council pays."),
            ["Harbour Friends Inc.", "Pier Council"]
        );
        assert_eq!(bodies("Tidewater e.V. got funds."), ["Tidewater e.V."]);
        // Its gloss in brackets is no second body.
        assert_eq!(
            bodies("It funds Tidewater e.V. (Tide Shelter Coordination) and the Pier Council."),
            ["Tidewater e.V.", "Pier Council"]
        );
        // Short lowercase words of the name's language before the part the form closes.
        assert_eq!(
            bodies("It is run by Kula Tahi mo e Kolo Inc., a charity."),
            ["Kula Tahi mo e Kolo Inc."]
        );
        // Not English words: `Harbour Friends and Kolo Inc.` are two names.
        assert_eq!(
            bodies("It is run by the Harbour Council and Kolo Inc. jointly."),
            ["Harbour Council", "Kolo Inc."]
        );
    }

    #[test]
    fn an_ngo_cue_after_a_place_or_before_a_noun_makes_a_body() {
        assert_eq!(bodies("the Tidewick NGO Kitewing runs it"), ["Kitewing"]);
        assert_eq!(
            bodies("the NGO coalition Sula Vanua and the Harbour Board met"),
            ["Sula Vanua", "Harbour Board"]
        );
        // A generic modifier before the cue makes one name.
        assert_eq!(
            bodies("the National NGO Kitewing met"),
            Vec::<String>::new()
        );
        // A body named after the cue loses it, unless the cue heads the name.
        assert_eq!(bodies("the NGO Kite House runs it"), ["Kite House"]);
        assert_eq!(
            bodies("the NGO Coalition on Harbour Rights met"),
            ["NGO Coalition on Harbour Rights"]
        );
    }

    #[test]
    fn names_listed_after_bodies_including_or_among_them_are_bodies() {
        assert_eq!(
            bodies("Shelters are run by NGOs, including Kitewing and Tide Home."),
            ["Kitewing", "Tide Home"]
        );
        assert_eq!(
            bodies(
                "Beds are run by local organisations chosen by the Pier Office, among them \
                 Kula Tahi and Sea Mark, which are paid per bed."
            ),
            ["Pier Office", "Kula Tahi", "Sea Mark"]
        );
        // A listed short form is its own acronym.
        let names = find_names("Funds go to NGOs, among them Kitewing and KTA, which run homes.");
        let kta = names.names.iter().find(|name| name.text == "KTA").unwrap();
        assert_eq!(
            kta.short_form.as_ref().map(|(short, _)| short.as_str()),
            Some("KTA")
        );
        // Without a body plural before, `among them` lists nothing.
        assert_eq!(
            bodies("Ten ports joined, among them Tidla and Marea."),
            Vec::<String>::new()
        );
    }

    #[test]
    fn names_listed_after_bodies_such_as_are_bodies() {
        assert_eq!(
            texts(
                "Councils work with charities such as Kitewing and Harbour Light, which run refuges."
            ),
            ["Kitewing", "Harbour Light"]
        );
        assert_eq!(
            texts("NGOs such as Women for Island Women, Tidemark or the Lantern Circle help."),
            ["Women for Island Women", "Tidemark", "Lantern Circle"]
        );
        // The list ends at the first word that joins no names.
        assert_eq!(
            texts("organisations such as Kitewing helped, and Harbour Light later said so."),
            ["Kitewing"]
        );
        // Places stay places, and `such as` after other nouns lists no bodies.
        assert_eq!(
            texts("partners such as Ruritania and Tidemark"),
            Vec::<String>::new()
        );
        assert_eq!(
            texts("donor organisations such as Norway and Kitewing"),
            ["Kitewing"]
        );
        // A name that ends in the country's name is an NGO here, not a public body.
        let names = find_names_for(
            "shelters run by NGOs such as Kitewing Ruritania.",
            "Ruritania",
        );
        let roles: Vec<(&str, NameRole)> = names
            .names
            .iter()
            .filter(|name| name.role != NameRole::Unknown)
            .map(|name| (name.text.as_str(), name.role))
            .collect();
        assert_eq!(
            roles,
            [(
                "Kitewing Ruritania",
                NameRole::Agency(AgencyKind::NonGovernmental)
            )]
        );
    }

    #[test]
    fn a_body_noun_calling_a_name_makes_it_a_body() {
        assert_eq!(
            classified(
                "A statutory agency called Marea was set up. An NGO known as Kitewing helps."
            ),
            [
                (
                    "Marea".to_string(),
                    NameRole::Agency(AgencyKind::Government)
                ),
                (
                    "Kitewing".to_string(),
                    NameRole::Agency(AgencyKind::NonGovernmental)
                )
            ]
        );
        // A campaign called so is no body.
        assert_eq!(
            texts("a campaign called Bright Harbour ran"),
            Vec::<String>::new()
        );
    }

    #[test]
    fn a_plural_body_noun_names_its_list() {
        assert_eq!(
            texts("contracts with the NGOs Kitewing and Harbour Light, which run centres"),
            ["Kitewing", "Harbour Light"]
        );
    }

    #[test]
    fn a_name_glossing_the_name_before_it_is_no_second_body() {
        assert_eq!(
            texts("the Harbour Assembly (Гавань Ассамблея, the national assembly) adopted it"),
            ["Harbour Assembly"]
        );
    }

    #[test]
    fn a_lowercase_government_glossing_the_name_before_it_is_no_second_body() {
        assert_eq!(
            texts("The Intendencia de Tidla (the departmental government of Tidla) runs it."),
            ["Intendencia de Tidla"]
        );
        assert_eq!(
            texts("It is funded by the Harbour Fund (with the government of Utopia)."),
            ["Harbour Fund", "Government of Utopia"]
        );
    }

    #[test]
    fn and_of_the_a_body_and_into_the_a_body_start_another() {
        assert_eq!(
            bodies(
                "It trains officers of the Bureau for the Care of Children and Women and of the Harbour and Pier Desks."
            ),
            [
                "Bureau for the Care of Children and Women",
                "Harbour and Pier Desks"
            ]
        );
        assert_eq!(
            bodies("The law turned the Harbour Brigades into the Special Harbour Force."),
            ["Harbour Brigades", "Special Harbour Force"]
        );
        assert_eq!(
            texts("the Commission of Inquiry into Harbour Abuse reported"),
            ["Commission of Inquiry into Harbour Abuse"]
        );
        // A topic's acronym after `and` belongs to the name.
        assert_eq!(
            bodies("the National Alliance to End Child Marriage and FGM/C meets."),
            ["National Alliance to End Child Marriage and FGM/C"]
        );
        assert!(bodies("It can be reached by telephone, e-mail and SNS chat.").is_empty());
        assert_eq!(
            bodies("It is run by the Harbour Police and NGOs."),
            ["Harbour Police"]
        );
    }

    #[test]
    fn bodies_located_in_cities_are_listed_apart() {
        assert_eq!(
            bodies("It funds the Harbour Society in Gaborone and Kite Aid in Francistown."),
            ["Harbour Society", "Kite Aid"]
        );
        assert_eq!(
            bodies("It funds the Tide Society in Gaborone and Women Against Rape (WAR) in Maun."),
            ["Tide Society", "Women Against Rape"]
        );
        // Places listed after the city stay places.
        assert_eq!(
            bodies("It funds the Harbour Society in Gaborone and Francistown."),
            ["Harbour Society"]
        );
    }

    #[test]
    fn a_bare_head_after_a_short_form_is_split_off() {
        assert_eq!(
            texts("In 2018 UNDP and the Ministry jointly opened a centre."),
            ["UNDP"]
        );
    }

    #[test]
    fn repeated_preposition_with_an_article() {
        let names = find_names(
            "The Ministries of Ports, of the Interior and of Family and Social Services meet.",
        );
        assert_eq!(
            names.names[0].members,
            [
                "Ministry of Ports",
                "Ministry of the Interior",
                "Ministry of Family and Social Services"
            ]
        );
    }

    #[test]
    fn guards_and_cabinets_are_bodies() {
        assert_eq!(
            texts("approved by the Cabinet of Ministers and the Harbour Guard"),
            ["Cabinet of Ministers", "Harbour Guard"]
        );
    }

    #[test]
    fn a_glossed_name_after_a_body_and_and_is_a_second_body() {
        assert_eq!(
            bodies("the Ministry of Fisheries and Fiskekontoret (the Fisheries Office) plan it."),
            ["Ministry of Fisheries", "Fiskekontoret"]
        );
        // A right part with a connector may end one long name that the bracket translates.
        assert_eq!(
            bodies(
                "the Courts for a Life Free of Violence and Discrimination for Women (Tribunales Especializados) sit."
            ),
            ["Courts for a Life Free of Violence and Discrimination for Women"]
        );
    }

    #[test]
    fn two_modifiers_of_one_noun_are_one_name_even_before_a_gloss() {
        assert_eq!(
            bodies(
                "It works with the Tidal Network against Domestic and Sexual Violence (Red Mareal contra la Violencia)."
            ),
            ["Tidal Network against Domestic and Sexual Violence"]
        );
        assert_eq!(
            bodies("The Directorate of Sexual and Reproductive Health (Dirección de Salud) leads."),
            ["Directorate of Sexual and Reproductive Health"]
        );
    }

    /// Committees for women and children are one kind of body, not women's committees and
    /// children's; bodies of two named places are two.
    #[test]
    fn people_before_a_plural_head_are_who_the_bodies_serve() {
        assert!(members("Each ward has Women and Children Protection Committees now.").is_empty());
        assert_eq!(
            members("The Tidla and Harbour Governments signed it."),
            ["Tidla Government", "Harbour Government"]
        );
    }

    #[test]
    fn an_umbrella_organisation_before_a_plural_of_bodies_is_a_class() {
        assert!(bodies("Ministries, United Nations agencies and NGOs plan together.").is_empty());
        assert_eq!(
            bodies("The European Union funds it with EUR 3 million."),
            ["European Union"]
        );
    }

    #[test]
    fn a_ministry_of_a_policy_is_a_body() {
        assert_eq!(
            bodies("The Ministry of Social Policy chairs it."),
            ["Ministry of Social Policy"]
        );
        assert_eq!(
            bodies("The report went to the Assembleia da República in May."),
            ["Assembleia da República"]
        );
        assert_eq!(
            texts("The room is run by the HMA’s Monitoring Department."),
            ["HMA", "Monitoring Department"]
        );
    }

    #[test]
    fn units_within_a_parent_and_conventions_of_a_body() {
        assert_eq!(
            bodies("It is overseen by the Harbour Division within the MoHP, which reports."),
            ["Harbour Division"]
        );
        assert_eq!(
            instruments("It ratified the Council of Europe Convention on Cybercrime in 2018."),
            ["Council of Europe Convention on Cybercrime"]
        );
        assert_eq!(
            bodies("Tidla City Council and the Municipality of Porto signed."),
            ["Tidla City Council", "Municipality of Porto"]
        );
    }

    #[test]
    fn compass_divisions_and_field_offices() {
        assert!(
            bodies("It pays for counselling in the Western and Northern Divisions.").is_empty()
        );
        assert_eq!(
            bodies("The OSCE Programme Office in Bishkek trained them."),
            ["OSCE Programme Office in Bishkek"]
        );
    }

    #[test]
    fn a_school_year_is_no_standard() {
        assert!(instruments("From Standard 5 upward, pupils follow lessons.").is_empty());
        assert_eq!(
            instruments("The ministry issued the Technical Standard for Safe Care."),
            ["Technical Standard for Safe Care"]
        );
    }

    #[test]
    fn translation_in_brackets_makes_a_body() {
        assert_eq!(
            texts("Fiskekontoret (the Fisheries Office) decided"),
            ["Fiskekontoret"]
        );
        assert_eq!(
            texts("it reports each year to the Tidal Majlis (parliament)."),
            ["Tidal Majlis"]
        );
        // A capitalised gloss without `the`: the proper name is kept, the gloss is no body.
        assert_eq!(
            bodies("a line run by the Fiskarhuset Norra (Fishermen's Welfare Centre) since May"),
            ["Fiskarhuset Norra"]
        );
        // A name with lowercase words of its language before the gloss.
        assert_eq!(
            bodies("The Pomorski ženski centar (Coastal Women's Centre) runs it."),
            ["Pomorski ženski centar"]
        );
        assert_eq!(
            bodies("It refers women to Bayt al-Amal al-Usari (Family Hope House)."),
            ["Bayt al-Amal al-Usari"]
        );
        // A lowercase word that shares its stem with the gloss is of the name's language.
        assert_eq!(
            bodies(
                "Units opened within the Garde territoriale (Territorial Guard) and the Police \
                 municipale (Municipal Police)."
            ),
            ["Garde territoriale", "Police municipale"]
        );
        // English words before a bracket are no such name.
        assert!(
            !bodies("The Kitewing group runs it (Harbour Council) now.")
                .contains(&"Kitewing group runs".to_string())
        );
        // After an acronym the bracket spells it out.
        let names = find_names("HWB (Harbour Welfare Board) inspects the piers.");
        assert!(
            names
                .names
                .iter()
                .any(|name| name.text == "Harbour Welfare Board")
        );
    }

    #[test]
    fn owner_of_a_named_service_is_a_body() {
        let found = classified("the Port Alert System of the Ministry of Harbours started");
        assert!(found.contains(&(
            "Ministry of Harbours".to_string(),
            NameRole::Agency(AgencyKind::Ministry)
        )));
    }

    #[test]
    fn an_acronym_an_instrument_is_known_by_is_its_short_form() {
        let names = find_names(
            "The Harbour Safety Act (Act No. 4 of 2001), known as the HSA, binds ports. The HSA is read by the Pier Council.",
        );
        let act = names
            .names
            .iter()
            .find(|name| matches!(name.role, NameRole::Instrument(_)))
            .unwrap();
        assert_eq!(act.short_form.as_ref().unwrap().0, "HSA");
        assert!(names.acronyms.iter().all(|acronym| !acronym.actor));
    }

    #[test]
    fn a_name_ending_in_a_body_head_after_a_remit_is_a_second_body() {
        assert_eq!(
            bodies("It was run by the Ministry of Ports and Harbour Statistics Office."),
            ["Ministry of Ports", "Harbour Statistics Office"]
        );
        assert_eq!(
            bodies(
                "It was run by the Ministry of Ports, Ferries and Piers and Harbour Statistics Office."
            ),
            [
                "Ministry of Ports, Ferries and Piers",
                "Harbour Statistics Office"
            ]
        );
        assert_eq!(
            bodies("It was run by the Ministry of Ports and Coastal Services."),
            ["Ministry of Ports and Coastal Services"]
        );
    }

    #[test]
    fn legislatures_known_by_their_own_name_and_unit_heads_are_bodies() {
        assert_eq!(bodies("The bill went to the Sejm in May."), ["Sejm"]);
        assert_eq!(
            bodies("Its Coastal Inquiries Division and the Port Brigade act."),
            ["Coastal Inquiries Division", "Port Brigade"]
        );
        assert_eq!(
            bodies(
                "Files go to the Family Harbour Prosecution, a section of the Public Prosecution."
            ),
            ["Family Harbour Prosecution", "Public Prosecution"]
        );
    }

    #[test]
    fn an_insurance_fund_is_a_body_and_other_funds_are_not() {
        assert_eq!(
            bodies("Care is paid by the Harbour Social Security Fund and the Tidal Relief Fund."),
            ["Harbour Social Security Fund"]
        );
    }

    #[test]
    fn between_women_and_men_is_part_of_a_name() {
        assert_eq!(
            bodies("It is run by the Harbour Agency for Equality between Women and Men."),
            ["Harbour Agency for Equality between Women and Men"]
        );
        assert_eq!(
            bodies("Talks between the Harbour Council and the Pier Agency went on."),
            ["Harbour Council", "Pier Agency"]
        );
    }

    #[test]
    fn initials_and_saint_go_on_in_a_name() {
        assert_eq!(
            bodies(
                "Victims go to the Joseph N. Harbour General Hospital and the St. Tidal Police Force. Then they rest."
            ),
            [
                "Joseph N. Harbour General Hospital",
                "St. Tidal Police Force"
            ]
        );
    }

    #[test]
    fn a_quantifier_ends_an_instruments_lowercase_tail() {
        assert_eq!(
            instruments(
                "Officers now apply the Act on every island and the Act on equal treatment of women."
            ),
            ["Act on equal treatment of women"]
        );
    }

    #[test]
    fn a_country_a_body_reports_on_is_no_part_of_its_name() {
        assert_eq!(
            bodies("It wrote a shadow report to the Harbour Committee on Chile in 2020."),
            ["Harbour Committee"]
        );
        assert_eq!(
            bodies("It wrote to the Harbour Committee on Tidal Safety in 2020."),
            ["Harbour Committee on Tidal Safety"]
        );
    }

    #[test]
    fn a_brand_of_a_few_words_joins_the_name_after_its_dash() {
        assert_eq!(
            bodies(
                "Funds went to Harbour Tamariki–Ministry for Tides. The NGO HTA – Harbour Tides Association helped."
            ),
            [
                "Harbour Tamariki–Ministry for Tides",
                "HTA – Harbour Tides Association"
            ]
        );
        assert_eq!(
            instruments("Kete Moana – National Strategy on Tidal Safety was launched."),
            ["Kete Moana – National Strategy on Tidal Safety"]
        );
    }

    #[test]
    fn a_quoted_proper_name_after_a_body_is_part_of_it() {
        assert_eq!(
            bodies(
                "Exams are done by the Institute of Tidal Medicine “Ana Harbour” and heard by Criminal Court “E” in May."
            ),
            [
                "Institute of Tidal Medicine “Ana Harbour”",
                "Criminal Court “E”"
            ]
        );
        assert_eq!(
            bodies("The Harbour Council “welcomed the plan” last year."),
            ["Harbour Council"]
        );
    }

    #[test]
    fn within_the_and_a_remit_is_part_of_a_name() {
        assert_eq!(
            bodies(
                "A Council on Safety within the Family met. A unit within the Harbour Police acts."
            ),
            ["Council on Safety within the Family", "Harbour Police"]
        );
    }

    #[test]
    fn a_named_house_is_a_body() {
        assert_eq!(
            bodies("Women may stay at the Harbour Women's House for six months."),
            ["Harbour Women's House"]
        );
    }

    #[test]
    fn shared_head_lists_may_repeat_the_preposition_or_take_a_serial_comma() {
        let members = |source: &str| {
            find_names(source)
                .names
                .into_iter()
                .flat_map(|name| name.members)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            members("It is run by the Ministries of Ports, of Piers and of Tidal Safety."),
            [
                "Ministry of Ports",
                "Ministry of Piers",
                "Ministry of Tidal Safety"
            ]
        );
        assert_eq!(
            members(
                "It is run by the Ministries of Ports, Piers, and Harbours and Coastal Affairs."
            ),
            [
                "Ministry of Ports",
                "Ministry of Piers",
                "Ministry of Harbours and Coastal Affairs"
            ]
        );
        // A comma and `and the` after a list of places ends the name.
        assert_eq!(
            bodies(
                "It opened Harbour Courts in Tidla, Marea and Porto Nuevo, and the Pier Office acted."
            ),
            ["Harbour Courts", "Pier Office"]
        );
    }

    /// An `and` inside a member's own prepositional phrase joins that phrase's objects: the
    /// plural head names one class of bodies.
    #[test]
    fn and_after_a_preposition_inside_a_member_lists_no_members() {
        let found = find_names("It opened Offices for Help to Fishers and Sailors in four ports.");
        let names: Vec<(&str, usize)> = found
            .names
            .iter()
            .map(|name| (name.text.as_str(), name.members.len()))
            .collect();
        assert_eq!(names, [("Offices for Help to Fishers and Sailors", 0)]);
        assert_eq!(
            bodies("The Ministries of Ports and Tides trained staff.").len(),
            1
        );
    }

    /// Letters against a dollar sign are a currency's symbol: a name does not run into them.
    #[test]
    fn a_currency_symbol_after_a_body_is_no_part_of_its_name() {
        assert_eq!(
            bodies("It funds the Harbour Unit with L$ 9 million and the Pier Desk with N$ 40."),
            ["Harbour Unit", "Pier Desk"]
        );
        // Bare heads joined by `and` name no body.
        assert!(bodies("The Government funds the Court and the Unit each year.").is_empty());
    }

    /// A city names the body that governs it as `City of X`, or in the possessive before one of
    /// its bodies; elsewhere it is a place.
    #[test]
    fn a_city_is_a_body_only_as_city_of_or_in_the_possessive() {
        assert_eq!(
            bodies("The City of Tidla pays for the shelter."),
            ["City of Tidla"]
        );
        assert_eq!(
            bodies("It is run by Tidla Harbour City’s Fishers Section."),
            ["Tidla Harbour City", "Fishers Section"]
        );
        assert_eq!(
            bodies("The City's Fishers' Unit runs it."),
            ["Fishers' Unit"]
        );
        assert!(bodies("Shelters opened in Tidla City and in the City of Marea.").is_empty());
        assert!(
            bodies("The superior courts of the Autonomous City of Marea send data.").is_empty()
        );
        // A numbered section is a part of a text.
        assert!(bodies("Section 12 of the Harbour Act applies.").is_empty());
    }

    #[test]
    fn numbered_bodies_presidiums_and_a_comma_before_and() {
        assert_eq!(
            bodies("Doctors at Harbour City Hospital No. 3 were trained."),
            ["Harbour City Hospital No. 3"]
        );
        assert_eq!(
            bodies("The Presidium of the Harbour Assembly adopted it."),
            ["Presidium of the Harbour Assembly"]
        );
        assert_eq!(
            bodies("It was drafted by the Harbour Chambers, and Tidal lawyers reviewed it."),
            ["Harbour Chambers"]
        );
    }

    #[test]
    fn possessive_splits_parent_and_unit() {
        assert_eq!(
            texts("the Harbour Police Force's Diving Unit said"),
            ["Harbour Police Force", "Diving Unit"]
        );
        assert_eq!(
            bodies("It went to the Assembly's Harbour and Pier Committee for review."),
            ["Harbour and Pier Committee"]
        );
        assert_eq!(
            bodies("Advice came from the Ministry for Women's Affairs."),
            ["Ministry for Women's Affairs"]
        );
        // A one-word possessive the text also writes alone names a body of its own.
        assert_eq!(
            bodies(
                "The Harbour Agency (Tidewatch) funds it. Tidewatch’s Diving Safety Unit runs it."
            ),
            ["Harbour Agency", "Diving Safety Unit"]
        );
        // Written only in the possessive, it is part of the name.
        assert_eq!(
            bodies("Kelpie’s Diving Safety Unit runs it."),
            ["Kelpie’s Diving Safety Unit"]
        );
    }

    #[test]
    fn numbered_instrument_of_a_body() {
        assert_eq!(
            classified("under Harbour Council resolution 12 today"),
            [(
                "Harbour Council resolution 12".to_string(),
                NameRole::Instrument(InstrumentKind::Other)
            )]
        );
    }

    #[test]
    fn months_do_not_join_names() {
        assert_eq!(
            texts("approved by the Harbour Assembly in May 2001"),
            ["Harbour Assembly"]
        );
    }

    #[test]
    fn sentence_words_are_trimmed_only_at_sentence_start() {
        assert_eq!(
            texts("funds go to Our Harbour Foundation now"),
            ["Our Harbour Foundation"]
        );
        assert_eq!(texts("In Harbour Council meetings"), ["Harbour Council"]);
    }

    #[test]
    fn number_after_an_instrument_name() {
        assert_eq!(
            texts("by Decision of the Harbour Council No. 57, dated today"),
            ["Decision of the Harbour Council No. 57"]
        );
    }

    #[test]
    fn agent_of_an_institutional_verb_is_a_body() {
        assert_eq!(
            texts("The law was adopted by the Tide Kenesh in May."),
            ["Tide Kenesh"]
        );
        assert!(texts("The law was praised by the Tide Kenesh.").is_empty());
    }

    #[test]
    fn body_named_after_the_country() {
        let names = find_names_for(
            "by Tides Utopia and Ports Utopia, not by Northern Utopia",
            "Utopia",
        );
        let bodies: Vec<String> = names
            .names
            .into_iter()
            .filter(|name| matches!(name.role, NameRole::Agency(_)))
            .map(|name| name.text)
            .collect();
        assert_eq!(bodies, ["Tides Utopia", "Ports Utopia"]);
    }

    #[test]
    fn acronym_dash_name_and_ampersand_and_gloss() {
        assert_eq!(
            texts(
                "HAB - Harbour Centre for Tides, a charity, and Sea (calm) Waves & Rest, a charity"
            ),
            ["HAB - Harbour Centre for Tides", "Sea (calm) Waves & Rest"]
        );
    }

    #[test]
    fn bare_head_after_a_named_body_is_split_off() {
        assert_eq!(
            texts("the Harbour Office and the Judiciary met"),
            ["Harbour Office"]
        );
    }

    #[test]
    fn single_word_in_brackets_is_a_short_form() {
        let names = find_names("the Harbour Institute (Harbinst) of Utopia");
        assert_eq!(
            names.names[0].short_form.as_ref().map(|s| s.0.as_str()),
            Some("Harbinst")
        );
    }

    #[test]
    fn bare_head_before_and_the_body_is_split_off() {
        assert_eq!(
            texts("from the Judiciary and the Harbour Board"),
            ["Harbour Board"]
        );
    }

    #[test]
    fn appositive_short_name_before_the_body() {
        let names = find_names("It was drafted by Harbo, the Harbour Office for Tides, in May.");
        let office = names
            .names
            .iter()
            .find(|n| n.text == "Harbour Office for Tides")
            .unwrap();
        assert_eq!(
            office.short_form.as_ref().map(|s| s.0.as_str()),
            Some("Harbo")
        );
    }

    #[test]
    fn lowercase_body_head_with_acronym_is_a_class_of_bodies() {
        assert_eq!(
            texts("the Sea Rescue units (SRU) of the coast"),
            ["Sea Rescue units"]
        );
        assert!(texts("Sea Rescue units patrol").is_empty());
    }

    #[test]
    fn an_is_kept_inside_a_sentence() {
        assert_eq!(texts("and An Tide Police set up units"), ["An Tide Police"]);
    }

    #[test]
    fn helpline_centre_is_a_service() {
        let found = classified("the National Helpline Centre for Sailors answers calls");
        assert!(found.iter().all(|(_, role)| *role == NameRole::Excluded));
    }

    fn bodies(source: &str) -> Vec<String> {
        with_role(source, |role| matches!(role, NameRole::Agency(_)))
    }

    fn instruments(source: &str) -> Vec<String> {
        with_role(source, |role| matches!(role, NameRole::Instrument(_)))
    }

    /// The names whose role `keep` accepts.
    fn with_role(source: &str, keep: impl Fn(NameRole) -> bool) -> Vec<String> {
        classified(source)
            .into_iter()
            .filter(|(_, role)| keep(*role))
            .map(|(text, _)| text)
            .collect()
    }

    #[test]
    fn a_comma_list_opens_a_name_that_ends_in_a_body_head() {
        assert_eq!(
            bodies("It is tracked by the Harbour, Ferry and Coastal Safety Commission today."),
            ["Harbour, Ferry and Coastal Safety Commission"]
        );
        assert_eq!(
            bodies("Training covered Health, Education and the Harbour Police Service."),
            ["Harbour Police Service"]
        );
        assert!(bodies("It ran in Tidla, Marea and Porto Nuevo last year.").is_empty());
        assert_eq!(
            instruments("Courts apply the Harbour, Ferry and Pier Safety Act (2004)."),
            ["Harbour, Ferry and Pier Safety Act"]
        );
        assert_eq!(
            bodies("The force has a Coastal, Ferry and Pier Inquiries Division in each port."),
            ["Coastal, Ferry and Pier Inquiries Division"]
        );
    }

    #[test]
    fn and_the_after_capitalised_words_starts_a_new_name() {
        // `Harbour Aid` has no head noun: it is a name of its own, but not a body by itself.
        assert_eq!(
            bodies("The state funds Harbour Aid and the Tidla Crisis Centre."),
            ["Tidla Crisis Centre"]
        );
        assert_eq!(
            bodies("In its 2019 Budget the Harbour Council agreed new funds."),
            ["Harbour Council"]
        );
    }

    #[test]
    fn a_body_named_for_what_comes_after() {
        assert_eq!(
            bodies("Victims go to the Care Centres after Harbour Accidents in each port."),
            ["Care Centres after Harbour Accidents"]
        );
        // Not before a month, nor before another body.
        assert_eq!(
            bodies("The Harbour Council after March met the Pier Board."),
            ["Harbour Council", "Pier Board"]
        );
        assert_eq!(
            bodies("The Harbour Council after Tidal Pier Assembly votes met."),
            ["Harbour Council", "Tidal Pier Assembly"]
        );
    }

    #[test]
    fn a_body_named_for_what_it_is_against() {
        assert_eq!(
            bodies("It works with the Crimes against Children Unit on it."),
            ["Crimes against Children Unit"]
        );
        // A parent named with `of` belongs to the same name.
        assert_eq!(
            bodies("It works through the Crimes against Children Unit of the Harbour Police."),
            ["Crimes against Children Unit of the Harbour Police"]
        );
        assert_eq!(
            bodies("Funding for Harbour Police Service rose."),
            ["Harbour Police Service"]
        );
        assert_eq!(
            bodies("It gave support for the Harbour Police Service."),
            ["Harbour Police Service"]
        );
    }

    #[test]
    fn a_trailing_list_of_places_locates_the_bodies() {
        assert_eq!(
            bodies("It opened Courts for Harbour Crimes in Tidla, Marea City and Porto Nuevo."),
            ["Courts for Harbour Crimes"]
        );
        assert_eq!(
            bodies("It opened the first Crimes against Children Unit in Tidla in 2017."),
            ["Crimes against Children Unit"]
        );
        assert_eq!(
            bodies("It funds the Office for Women in Business."),
            ["Office for Women in Business"]
        );
    }

    #[test]
    fn a_hyphenated_word_takes_the_head_of_its_last_part() {
        assert_eq!(
            bodies("The Vice-Ministry of Harbour Affairs and the Sub-Committee on Tides met."),
            ["Vice-Ministry of Harbour Affairs", "Sub-Committee on Tides"]
        );
    }

    #[test]
    fn a_law_dated_in_figures_keeps_its_title() {
        let names = find_names("Law No. 4/2011 of 23/05/2011 on Harbour Safety was amended.");
        assert_eq!(
            names.names[0].text,
            "Law No. 4/2011 of 23/05/2011 on Harbour Safety"
        );
    }

    #[test]
    fn an_appositive_says_a_headless_name_is_a_body() {
        assert_eq!(
            bodies("Sea Mark, the national organisation for safer harbours, runs it."),
            ["Sea Mark"]
        );
        assert_eq!(
            bodies("A new statutory agency, Marea, took over the refuges."),
            ["Marea"]
        );
        assert!(bodies("It opened in Tidla, the capital, last year.").is_empty());
        assert_eq!(
            bodies("The work is done by Sea Mark (an NGO) and by nobody else."),
            ["Sea Mark"]
        );
        assert!(bodies("The ministry, Tidla and Marea agreed.").is_empty());
    }

    #[test]
    fn a_headless_name_listed_between_bodies_is_a_body() {
        assert_eq!(
            bodies(
                "Staff of the Harbour Police, the Marinieri and the Border Police were trained."
            ),
            ["Harbour Police", "Marinieri", "Border Police"]
        );
        assert_eq!(
            bodies("It links the Harbour Police, the Tidla Marea Sea Roads and the Border Police."),
            ["Harbour Police", "Border Police"]
        );
    }

    #[test]
    fn an_acronym_possessive_after_a_connector_ends_the_name() {
        assert_eq!(
            bodies("The Harbour Commission for HPU's regional offices paid."),
            ["Harbour Commission"]
        );
        assert_eq!(
            bodies("The Ministry for Women's Affairs paid."),
            ["Ministry for Women's Affairs"]
        );
    }

    #[test]
    fn an_instrument_head_that_modifies_a_word_names_no_instrument() {
        assert!(instruments("Its aims are Harbour Safety and Plan Delivery.").is_empty());
        assert_eq!(
            instruments("The Harbour Act No. 5 and the Tidal Plan II apply."),
            ["Harbour Act No. 5", "Tidal Plan II"]
        );
        assert_eq!(instruments("The Ley Marea protects them."), ["Ley Marea"]);
    }

    #[test]
    fn a_listed_body_is_a_body_whatever_its_head() {
        assert_eq!(
            bodies("It works with the United Nations Population Fund (UNFPA) on it."),
            ["United Nations Population Fund"]
        );
        assert!(bodies("The Harbour Trust Fund pays for it.").is_empty());
        assert!(bodies("The UNFPA Trust Fund pays for it.").is_empty());
    }

    fn members(source: &str) -> Vec<String> {
        find_names(source)
            .names
            .into_iter()
            .flat_map(|name| name.members)
            .collect()
    }

    #[test]
    fn place_phrase_after_the_head_is_not_part_of_the_name() {
        assert_eq!(
            bodies(
                "The Tide Crisis Centre in Harbourtown opened, as did the Family Court in Port Bay."
            ),
            ["Tide Crisis Centre", "Family Court"]
        );
        assert_eq!(
            bodies("the Institute for Research in Marine Sciences met"),
            ["Institute for Research in Marine Sciences"]
        );
    }

    #[test]
    fn shared_plural_head_without_preposition_expands() {
        assert_eq!(
            members("the Federal Public Services Ports, Home Affairs and Public Works agreed"),
            [
                "Federal Public Service Ports",
                "Federal Public Service Home Affairs",
                "Federal Public Service Public Works"
            ]
        );
    }

    #[test]
    fn last_list_member_may_hold_and() {
        assert_eq!(
            members("the Ministries of Ports, Public Works and Economic and Coastal Inclusion met"),
            [
                "Ministry of Ports",
                "Ministry of Public Works",
                "Ministry of Economic and Coastal Inclusion"
            ]
        );
    }

    #[test]
    fn adjectival_list_before_a_plural_head_expands() {
        assert_eq!(
            members("The Utopian and New Atlantis Governments fund it."),
            ["Utopian Government", "New Atlantis Government"]
        );
        assert!(members("The Federal and State Governments fund it.").is_empty());
    }

    #[test]
    fn governments_of_a_list_expand() {
        assert_eq!(
            members("the Governments of Fiji and Samoa host it"),
            ["Government of Fiji", "Government of Samoa"]
        );
        assert_eq!(
            members("the Governments of Trinidad and Tobago and Samoa host it"),
            ["Government of Trinidad and Tobago", "Government of Samoa"]
        );
    }

    #[test]
    fn country_name_with_and_inside_a_body_name_is_not_split() {
        assert_eq!(
            bodies("The Royal Antigua and Barbuda Police Force and the Harbour Board met."),
            ["Royal Antigua and Barbuda Police Force", "Harbour Board"]
        );
    }

    #[test]
    fn long_ministry_name_with_commas_and_inner_preposition() {
        assert_eq!(
            bodies(
                "the Ministry of Ports, Social Development, Family, Persons with Disabilities and Youth said"
            ),
            ["Ministry of Ports, Social Development, Family, Persons with Disabilities and Youth"]
        );
    }

    #[test]
    fn possessive_splits_parent_and_unit_with_list_name() {
        assert_eq!(
            bodies("Harbour Police's Women, Children and Senior Sailor Service Directorate works."),
            [
                "Harbour Police",
                "Women, Children and Senior Sailor Service Directorate"
            ]
        );
    }

    #[test]
    fn dash_part_belongs_to_the_name() {
        assert_eq!(
            bodies("Tidla – Child and Harbour Agency funds it."),
            ["Tidla – Child and Harbour Agency"]
        );
        assert_eq!(
            bodies("the Governor's Office – Regional Ports and Local Government said"),
            ["Governor's Office – Regional Ports and Local Government"]
        );
    }

    #[test]
    fn portfolio_bracket_after_an_office_holder_is_kept() {
        assert_eq!(
            bodies("The Office of the Prime Minister (Ports and Harbour Affairs) leads."),
            ["Office of the Prime Minister (Ports and Harbour Affairs)"]
        );
    }

    #[test]
    fn non_english_article_before_a_consonant_is_kept() {
        assert_eq!(bodies("An Garda Tide refers victims."), ["An Garda Tide"]);
        assert_eq!(
            bodies("An Expert Harbour Board met."),
            ["Expert Harbour Board"]
        );
        assert_eq!(bodies("An NGO, Tide Watch, helps."), Vec::<String>::new());
    }

    #[test]
    fn acting_subject_without_head_is_a_body() {
        assert_eq!(
            bodies("Komnas Tidewater publishes a yearly record."),
            ["Komnas Tidewater"]
        );
        assert_eq!(bodies("Fiji funds the work."), Vec::<String>::new());
        assert!(bodies("Harbourtown was quiet.").is_empty());
        // After a comma that opens the clause.
        assert_eq!(
            bodies("With a grant from the fund, Lantern Voices worked with the police."),
            ["Lantern Voices"]
        );
        assert_eq!(
            bodies("Tide Home assesses each case and counsels the family."),
            ["Tide Home"]
        );
    }

    #[test]
    fn collaboration_partner_is_a_body() {
        assert_eq!(
            bodies("The office works with Fundasaun Maré on it."),
            ["Fundasaun Maré"]
        );
        assert!(bodies("The office works with Samoa on it.").is_empty());
    }

    #[test]
    fn acting_initiative_is_a_body() {
        assert_eq!(
            bodies("The course is run by the Safe Harbour Initiative."),
            ["Safe Harbour Initiative"]
        );
        assert!(bodies("The Safe Harbour Initiative was a success.").is_empty());
    }

    #[test]
    fn hospital_and_legislature_are_heads() {
        assert_eq!(
            bodies("The Tide Hospital and the Harbour Legislature agreed."),
            ["Tide Hospital", "Harbour Legislature"]
        );
    }

    #[test]
    fn coordinated_portfolio_keeps_the_body_head() {
        assert_eq!(
            classified("the Ministry of Ports and Social Policy and the Office for Strategy met"),
            [
                (
                    "Ministry of Ports and Social Policy".to_string(),
                    NameRole::Agency(AgencyKind::Ministry)
                ),
                (
                    "Office for Strategy".to_string(),
                    NameRole::Agency(AgencyKind::Government)
                )
            ]
        );
    }

    #[test]
    fn generic_plural_groups_are_not_bodies() {
        assert!(bodies("The course is run by NGOs.").is_empty());
    }

    #[test]
    fn currency_code_is_not_a_name_or_acronym() {
        let names = find_names("Fines reach EC$5,000 and US$ 300.");
        assert!(names.names.iter().all(|n| n.text != "EC"));
        assert!(names.acronyms.iter().all(|a| a.text != "EC"));
    }

    #[test]
    fn implementation_body_keeps_the_instrument_in_its_name() {
        let found = classified(
            "A Technical Committee for the implementation of the National Policy on Ports advises.",
        );
        assert!(
            found.contains(&(
                "Technical Committee for the implementation of the National Policy on Ports"
                    .to_string(),
                NameRole::Agency(AgencyKind::Government)
            ))
        );
    }

    #[test]
    fn programme_of_a_ministry_gives_the_ministry_its_acronym() {
        let names = find_names("under the Harbour Programme of the Ministry of Ports (MoP)");
        let ministry = names
            .names
            .iter()
            .find(|n| n.text == "Ministry of Ports")
            .unwrap();
        assert_eq!(
            ministry.short_form.as_ref().map(|s| s.0.as_str()),
            Some("MoP")
        );
    }

    fn short_form_of(source: &str, name: &str) -> Option<String> {
        find_names(source)
            .names
            .into_iter()
            .find(|found| found.text == name)
            .and_then(|found| found.short_form)
            .map(|(short, _)| short)
    }

    #[test]
    fn a_sentence_word_that_opens_a_country_name_stays() {
        assert_eq!(
            texts("New Zealand Police, Harbour report, 2019"),
            ["New Zealand Police"]
        );
        assert_eq!(texts("New Harbour Board rules apply."), ["Harbour Board"]);
    }

    #[test]
    fn round_eleven_name_rules() {
        // A country's statistics office; statistics alone stay a thing.
        assert_eq!(
            classified("Statistics Norway ran the survey; the Harbour Statistics show it."),
            [
                (
                    "Statistics Norway".to_string(),
                    NameRole::Agency(AgencyKind::Government)
                ),
                ("Harbour Statistics".to_string(), NameRole::Excluded)
            ]
        );
        // A quoted title after a body's possessive is no part of its name.
        assert_eq!(
            bodies("It is backed by the Harbour Commission’s “Bright Harbour” campaign."),
            ["Harbour Commission"]
        );
        // A Romance adjective inside a member of a list that repeats its preposition.
        assert_eq!(
            bodies("Ministère de la Mer, de la Pêche côtière et des Ports, Rapport, 2020"),
            ["Ministère de la Mer, de la Pêche côtière et des Ports"]
        );
        // A UN joint programme for a country acts as a UN body; other programmes are things.
        assert_eq!(
            classified(
                "the One UN Tidla Joint Programme on Violence trained nurses under the Harbour Programme"
            ),
            [
                (
                    "One UN Tidla Joint Programme on Violence".to_string(),
                    NameRole::Agency(AgencyKind::UnBody)
                ),
                ("Harbour Programme".to_string(), NameRole::Excluded)
            ]
        );
        assert_eq!(
            bodies("with technical support from the One UN Tidla Programme"),
            ["One UN Tidla Programme"]
        );
        // `Our Watch, the national foundation …`: an appositive keeps the word before a one-word
        // name.
        assert_eq!(
            bodies("Our Wharf, the national foundation for safe homes, runs it."),
            ["Our Wharf"]
        );
        // After a lone short form, `and the` opens a body whose name holds `and`.
        assert_eq!(
            bodies("set up with support from UNFPA and the National Harbour and Pier Commission."),
            ["UNFPA", "National Harbour and Pier Commission"]
        );
        // A verb form followed by `of` is a noun.
        assert_eq!(
            bodies("Spotlight funds of US$ 7 million went to the centres."),
            Vec::<String>::new()
        );
        // Cantons, chancelleries, juntas and the Generalitat are bodies.
        assert_eq!(
            bodies("the Canton of Tidla, the Federal Chancellery and the Junta de Tidla"),
            ["Canton of Tidla", "Federal Chancellery", "Junta de Tidla"]
        );
    }

    #[test]
    fn round_ten_name_rules() {
        // A capitalised gerund takes `the` and its object.
        assert_eq!(
            texts(
                "the Coordination Body for Monitoring the Implementation of the Harbour Strategy met"
            ),
            ["Coordination Body for Monitoring the Implementation of the Harbour Strategy"]
        );
        // `and a` starts another noun phrase; `for a` stays in a name.
        assert_eq!(
            texts("the Harbour Council for a Life Free of Storms met"),
            ["Harbour Council for a Life Free of Storms"]
        );
        assert_eq!(
            texts("chaired by a Minister of State and a Member of Parliament"),
            ["Minister of State", "Member of Parliament"]
        );
        // An office-holder's portfolio is no body; a body it heads takes `the`.
        assert_eq!(
            bodies("the Minister of Ports and Urban Development"),
            Vec::<String>::new()
        );
        assert_eq!(
            bodies("the Director of the Harbour Bureau"),
            ["Harbour Bureau"]
        );
        // `Local Government` inside a comma list of portfolios.
        assert_eq!(
            texts("a grant from the Department of Housing, Local Government and Heritage."),
            ["Department of Housing, Local Government and Heritage"]
        );
        // A law number in brackets; a procedure is an instrument.
        assert_eq!(
            classified("Law No. (17) of 2015 on Harbour Safety and the Procedure for Port Visits"),
            [
                (
                    "Law No. (17) of 2015 on Harbour Safety".to_string(),
                    NameRole::Instrument(InstrumentKind::Law)
                ),
                (
                    "Procedure for Port Visits".to_string(),
                    NameRole::Instrument(InstrumentKind::Guideline)
                )
            ]
        );
        // More plural body nouns open lists, in any case.
        assert_eq!(
            texts(
                "Organisations such as Kitewing run refuges; service providers such as Tidemark & Co help."
            ),
            ["Kitewing", "Tidemark & Co"]
        );
    }

    #[test]
    fn a_body_in_another_body_is_two() {
        assert_eq!(
            texts("It opened the Harbour Court in the District Court in Tidla in 2014."),
            ["Harbour Court", "District Court"]
        );
        // A place after `in` stays a place.
        assert_eq!(
            texts("the Harbour Court in Tidla Town sits weekly"),
            ["Harbour Court"]
        );
    }

    #[test]
    fn instructions_and_circulars_are_instruments() {
        assert_eq!(
            classified("under the Instruction on Harbour Patrols and the Circular on Piers"),
            [
                (
                    "Instruction on Harbour Patrols".to_string(),
                    NameRole::Instrument(InstrumentKind::Guideline)
                ),
                (
                    "Circular on Piers".to_string(),
                    NameRole::Instrument(InstrumentKind::Guideline)
                )
            ]
        );
    }

    #[test]
    fn a_numbered_instrument_and_its_title_are_one() {
        assert_eq!(
            texts("Ley N° 4410, Ley para proteger las costas (Coast Act), was passed."),
            ["Ley N° 4410, Ley para proteger las costas"]
        );
        // Two instruments named head last stay two.
        assert_eq!(
            texts("the Harbour Act, Harbour Safety Act and others"),
            ["Harbour Act", "Harbour Safety Act"]
        );
    }

    #[test]
    fn romance_names_run_on_in_lowercase_words() {
        assert_eq!(
            texts("It follows the Plan national de lutte contre la pêche illégale in all ports."),
            ["Plan national de lutte contre la pêche illégale"]
        );
        assert_eq!(
            texts("The Commission nationale pour la garde des phares côtiers met twice."),
            ["Commission nationale pour la garde des phares côtiers"]
        );
        assert_eq!(
            texts("under the Code pénal, the judge may act"),
            ["Code pénal"]
        );
        // Numbers, dates and a list closed by `y` inside the name; an English word ends it.
        assert_eq!(
            texts("The Loi n° 2019-07 du 3 mars 2019 relative aux ports was passed."),
            ["Loi n° 2019-07 du 3 mars 2019 relative aux ports"]
        );
        assert_eq!(
            texts("the Ley para vigilar, limpiar y proteger las costas funded it"),
            ["Ley para vigilar, limpiar y proteger las costas"]
        );
        // An English word a function word does not introduce is left out.
        assert_eq!(
            texts("the Plan national des ports funded by the state"),
            ["Plan national des ports"]
        );
        // English word order opens no tail, nor does Latin.
        assert_eq!(texts("The Harbour Plan national ended."), ["Harbour Plan"]);
        assert_eq!(texts("The Plan Vert de facto ended."), ["Plan Vert"]);
    }

    #[test]
    fn romance_tails_open_at_participles_and_elided_articles() {
        // A participle before a function word, in a name that already holds one.
        assert_eq!(
            texts("The Union de Défense contre les Pêches menées aux Récifs (UDPR) met."),
            ["Union de Défense contre les Pêches menées aux Récifs"]
        );
        // Not in an English name: `Ministry of Ports funded les quais` stops at the verb.
        assert_eq!(
            texts("The Ministry of Ports funded les quais."),
            ["Ministry of Ports"]
        );
        // The head may open the second of two joined names.
        assert_eq!(
            bodies("The Kite Council and the Concertation nationale contre la pêche illégale met."),
            [
                "Kite Council",
                "Concertation nationale contre la pêche illégale"
            ]
        );
        // French and Portuguese instrument heads.
        assert_eq!(
            texts("The Stratégie nationale de promotion de la pêche artisanale (2016-2020) ended."),
            ["Stratégie nationale de promotion de la pêche artisanale"]
        );
        // Spanish and Italian heads and endings.
        assert_eq!(
            bodies("The Coordinadora Nacional para la Pesca Artesanal y la Conciencia met."),
            ["Coordinadora Nacional para la Pesca Artesanal y la Conciencia"]
        );
        // A French elided article opens the tail, with a straight or a curly apostrophe.
        for apostrophe in ['\'', '’'] {
            let name = format!("Centres d{apostrophe}accueil des marins pêcheurs");
            assert_eq!(texts(&format!("The {name} opened in May.")), [name]);
        }
    }

    #[test]
    fn romance_and_dutch_names_keep_elided_articles_and_against() {
        assert_eq!(
            bodies("It is run by the Ministère de la Marine et de l'Enfant."),
            ["Ministère de la Marine et de l'Enfant"]
        );
        assert_eq!(
            bodies("The Comité National de Lutte contre la Pêche Illégale met."),
            ["Comité National de Lutte contre la Pêche Illégale"]
        );
        assert_eq!(
            bodies("It is run by the Ministère des Ports, de la Marine et de l'Enfance."),
            ["Ministère des Ports, de la Marine et de l'Enfance"]
        );
    }

    #[test]
    fn members_that_repeat_the_preposition_may_hold_and_or_commas() {
        assert_eq!(
            members("the Ministries of Ports, of Roads and Bridges, and of the Coast met"),
            [
                "Ministry of Ports",
                "Ministry of Roads and Bridges",
                "Ministry of the Coast"
            ]
        );
        assert_eq!(
            members("the Ministries of Ports, of Tides, and of Harbours, Piers and Docks sit"),
            [
                "Ministry of Ports",
                "Ministry of Tides",
                "Ministry of Harbours, Piers and Docks"
            ]
        );
    }

    #[test]
    fn a_list_of_bodies_is_no_apposition() {
        let source = "The Ministry of Tides (MTD) leads. The MTD, the Ministry of Ports and the \
                      Harbour Council (HC) agreed.";
        assert_eq!(short_form_of(source, "Ministry of Ports"), None);
        assert_eq!(
            short_form_of(source, "Ministry of Tides").as_deref(),
            Some("MTD")
        );
    }

    #[test]
    fn an_acronym_before_a_number_is_a_currency_not_a_body() {
        assert!(bodies("Each island gets between TDX 15 million and TDX 20 million.").is_empty());
    }

    #[test]
    fn a_mission_or_a_listed_body_followed_by_a_place() {
        assert_eq!(
            bodies("It had help from the United Nations Assistance Mission in Tidla (UNAMT)."),
            ["United Nations Assistance Mission in Tidla"]
        );
        assert_eq!(
            bodies("It was shown at a meeting of the League of Arab States in Marea in 2021."),
            ["League of Arab States"]
        );
    }

    #[test]
    fn hereafter_announces_a_short_form() {
        let short = |source: &str| short_form_of(source, "Harbour Safety Council");
        assert_eq!(
            short("The Harbour Safety Council (hereafter HSC) met.").as_deref(),
            Some("HSC")
        );
        assert_eq!(
            short("The Harbour Safety Council (hereinafter “HSC”) met.").as_deref(),
            Some("HSC")
        );
        assert_eq!(
            short("Its board (Harbour Safety Council, hereafter HSC) met.").as_deref(),
            Some("HSC")
        );
        assert_eq!(
            short("The Harbour Safety Council (hereafter the Council) met."),
            None
        );
    }

    #[test]
    fn a_currency_code_after_a_name_ends_it_and_with_an_acronym_names_a_partner() {
        assert_eq!(
            bodies("The Harbour Ministry of Tides NOK 12 million went to ports."),
            ["Harbour Ministry of Tides"]
        );
        assert_eq!(
            bodies("The budget gives the Harbour Secretariat K 3 million a year."),
            ["Harbour Secretariat"]
        );
        assert_eq!(
            texts("It was run by the Tidal Committee on Ports with UNFPA support.")[0],
            "Tidal Committee on Ports"
        );
        assert_eq!(
            texts("It was run by the Tidal Committee on Ports with the HPA.")[0],
            "Tidal Committee on Ports"
        );
    }

    #[test]
    fn local_government_is_a_portfolio() {
        assert_eq!(
            bodies("The Department of Ports and Local Government issued it."),
            ["Department of Ports and Local Government"]
        );
        assert_eq!(
            bodies("The Ministry of Piers, Tides and Local Government funds it."),
            ["Ministry of Piers, Tides and Local Government"]
        );
    }

    #[test]
    fn a_head_in_the_remit_does_not_make_a_body_a_publication() {
        assert_eq!(
            bodies("It was run by the State Committee of Tidla on Statistics."),
            ["State Committee of Tidla on Statistics"]
        );
    }

    #[test]
    fn listed_bodies_squads_clusters_and_laws_numbered_with_a_degree_sign() {
        assert_eq!(
            bodies("Grants went to Plan International and the Harbour Protection Squad."),
            ["Plan International", "Harbour Protection Squad"]
        );
        assert_eq!(bodies("The GBV Sub-Cluster met."), ["GBV Sub-Cluster"]);
        assert_eq!(instruments("Ley N° 45123 created it."), ["Ley N° 45123"]);
        assert_eq!(
            bodies("The Ministry for the Integration of Women into Development met."),
            ["Ministry for the Integration of Women into Development"]
        );
    }

    #[test]
    fn a_bank_after_a_point_of_the_compass_is_a_place() {
        assert_eq!(
            bodies("Researchers in the West Bank and the Gaza Strip wrote to the Harbour Office."),
            ["Harbour Office"]
        );
        assert_eq!(
            bodies("The Tidla Development Bank lent the money."),
            ["Tidla Development Bank"]
        );
    }

    #[test]
    fn a_name_of_the_united_nations_own_needs_no_head() {
        assert_eq!(
            classified("The United Nations Operation in Tidla (UNOT) trained the police."),
            [(
                "United Nations Operation in Tidla".to_owned(),
                NameRole::Agency(AgencyKind::UnBody)
            )]
        );
    }

    #[test]
    fn a_joined_name_spelled_by_its_acronym_is_one_name() {
        assert_eq!(
            bodies(
                "It was adopted by the Office of the Harbour Master and Council of Piers (OHMCP)."
            ),
            ["Office of the Harbour Master and Council of Piers"]
        );
        assert_eq!(
            bodies("It was adopted by the Office of the Harbour Master and Council of Piers."),
            ["Office of the Harbour Master", "Council of Piers"]
        );
    }

    #[test]
    fn a_bracketed_name_after_a_description_gives_its_acronym_after_a_comma() {
        let names = find_names("Under it, crisis centres (Pusat Krisis Tidla, PKT) opened.");
        let name = names
            .names
            .iter()
            .find(|name| matches!(name.role, NameRole::Agency(_)))
            .unwrap();
        assert_eq!(name.text, "Pusat Krisis Tidla");
        assert_eq!(name.short_form.as_ref().unwrap().0, "PKT");
    }

    #[test]
    fn plural_boards_and_malay_connectors() {
        assert_eq!(
            bodies("Orders are granted by the Cantonal Boards for the Protection of Rights."),
            ["Cantonal Boards for the Protection of Rights"]
        );
        assert_eq!(
            bodies("Legal aid came from Lembaga Bantuan Hukum untuk Keadilan, an NGO."),
            ["Lembaga Bantuan Hukum untuk Keadilan"]
        );
    }

    #[test]
    fn a_bracket_may_give_the_acronym_before_a_translation() {
        let names = find_names(
            "Lembaga Bantuan Hukum untuk Keadilan (LBH UK, Legal Aid Institute for Justice) helps.",
        );
        let bodies: Vec<(&str, Option<&str>)> = names
            .names
            .iter()
            .filter(|name| matches!(name.role, NameRole::Agency(_)))
            .map(|name| {
                let short = name.short_form.as_ref().map(|(short, _)| short.as_str());
                (name.text.as_str(), short)
            })
            .collect();
        assert_eq!(
            bodies,
            [("Lembaga Bantuan Hukum untuk Keadilan", Some("LBH UK"))]
        );
    }

    #[test]
    fn faculties_and_roundtables_are_bodies() {
        assert_eq!(
            bodies(
                "Staff of the Faculty of Medicine trained it, and the Inter-institutional \
                 Roundtable on Harbour Safety reviews it."
            ),
            [
                "Faculty of Medicine",
                "Inter-institutional Roundtable on Harbour Safety"
            ]
        );
    }

    #[test]
    fn a_known_city_at_the_end_of_a_body_locates_it() {
        assert_eq!(
            bodies("Women are received by the Tide Centre for Women and Girls in Abu Dhabi."),
            ["Tide Centre for Women and Girls"]
        );
        assert_eq!(
            bodies("Counselling is given by the NGO Kitewing in Almaty."),
            ["Kitewing"]
        );
        // A known city first in a list of places locates the body too.
        assert_eq!(
            bodies("Counselling is given by the NGO Kitewing in Almaty and Kaskelen."),
            ["Kitewing"]
        );
        assert_eq!(
            bodies("Counselling is given by the NGO Kitewing in Almaty, Kaskelen and Talgar."),
            ["Kitewing"]
        );
        // A mission is named after where it works; an unknown place may be part of a name.
        assert_eq!(
            bodies("The United Nations Support Mission in Dili trained them."),
            ["United Nations Support Mission in Dili"]
        );
        assert_eq!(
            bodies("The Office for Women in Business funds it."),
            ["Office for Women in Business"]
        );
    }

    #[test]
    fn network_cues_okina_and_shelter_glosses() {
        assert_eq!(
            bodies("Women are referred to the safe house run by the network Kite Meri."),
            ["Kite Meri"]
        );
        assert_eq!(
            bodies("Calls are answered by the NGO Ta‘amotu, which trains the staff."),
            ["Ta‘amotu"]
        );
        assert_eq!(
            bodies("Advice is given at Tidehúsið (the Women's Shelter) in the port."),
            ["Tidehúsið"]
        );
    }

    #[test]
    fn a_lowercase_list_in_brackets_is_no_part_of_an_instrument() {
        assert_eq!(
            instruments("It added offences to the Harbour Act 1961 (mooring, towing or salvage)."),
            ["Harbour Act 1961"]
        );
        assert_eq!(
            instruments("The Harbour Act (mooring rules) applies."),
            ["Harbour Act (mooring rules)"]
        );
    }

    #[test]
    fn staff_named_by_their_body_are_no_name_of_their_own() {
        assert_eq!(
            bodies("Officers of Tidla Harbour Police may issue an order."),
            ["Tidla Harbour Police"]
        );
        assert!(bodies("The Minister of Ports spoke.").is_empty());
    }

    #[test]
    fn a_directorate_general_is_a_body() {
        assert_eq!(
            bodies("The Directorate-General for Piers (DGP) will write guides."),
            ["Directorate-General for Piers"]
        );
    }

    #[test]
    fn a_capitalised_participle_keeps_its_agent_in_a_name() {
        assert_eq!(
            bodies("The Centres for Temporary Shelter for Women Affected by Violence opened."),
            ["Centres for Temporary Shelter for Women Affected by Violence"]
        );
    }

    #[test]
    fn a_bare_head_and_a_short_form_are_two_bodies() {
        let names = find_names("A committee co-chaired by the Ministry and the HPC meets.");
        assert!(
            names
                .names
                .iter()
                .all(|name| name.text != "Ministry and the HPC")
        );
    }

    #[test]
    fn and_with_another_preposition_turns_to_another_body_and_camel_case_is_a_name() {
        assert_eq!(
            bodies(
                "Reports go to the Gender Centre of Tidla and Marea and to the Gender Centre \
                 of Porto."
            ),
            ["Gender Centre of Tidla and Marea", "Gender Centre of Porto"]
        );
        assert_eq!(
            bodies("The iTide Affairs Board ran the talks."),
            ["iTide Affairs Board"]
        );
    }

    #[test]
    fn short_forms_that_mix_cases_or_come_with_a_note() {
        let short = |source: &str| {
            find_names(source)
                .names
                .iter()
                .find(|name| matches!(name.role, NameRole::Agency(_)))
                .and_then(|name| name.short_form.as_ref().map(|(short, _)| short.clone()))
        };
        assert_eq!(
            short("The Ministry of Piers (Kementerian Dermaga, KemenD) sets norms."),
            Some("KemenD".to_owned())
        );
        assert_eq!(
            short("The Harbour Council (Hamnrådet, Hrå) wrote it."),
            Some("Hrå".to_owned())
        );
        assert_eq!(
            short("The Pier Crisis Centres (PCCs, known locally as Kai Hus) opened."),
            Some("PCCs".to_owned())
        );
    }

    #[test]
    fn modifiers_before_a_shared_head_belong_to_every_member() {
        let names = find_names("The Federal Ministries of the Harbour and of Piers wrote it.");
        let members = names
            .names
            .iter()
            .find(|name| !name.members.is_empty())
            .map(|name| name.members.clone())
            .unwrap_or_default();
        assert_eq!(
            members,
            [
                "Federal Ministry of the Harbour",
                "Federal Ministry of Piers"
            ]
        );
        // Without a repeated preposition the remit is shared.
        let names = find_names("The Pier Committees for Women and Children met.");
        assert!(names.names.iter().all(|name| name.members.is_empty()));
    }
}
