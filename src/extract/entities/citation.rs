//! The first citation of the Source of Information, split into publisher, title, year, page
//! and UN document symbol.
//!
//! The first citation is the first line that is not a "more information" or "click here" line,
//! cut at the first top-level semicolon. Its comma-separated elements are read as a leading
//! publisher (an organisation name, found with the name grammar), a year or date, a page or
//! paragraph locator, and the title (the rest). Publishers also come from `Response of the
//! Government of X`, `X's submission` and `Website of the X`.

use super::Citation;
use super::gazetteer::gazetteer;
use super::names::{NameRole, Names, find_names_for};
use super::text::{collapse_whitespace, is_acronym, is_capitalised};

/// Splits the first citation of a Source of Information section.
#[cfg(test)]
pub(crate) fn parse_citation(source: &str, country: &str) -> Option<Citation> {
    parse_citation_with(source, &Names::default(), country)
}

/// Splits the first citation of a Source of Information section whose names (found for
/// `country`) are `source_names`.
pub(crate) fn parse_citation_with(
    source: &str,
    source_names: &Names,
    country: &str,
) -> Option<Citation> {
    let text = first_citation(source)?;
    if let Some(rest) = website_owner(&text) {
        let publisher = rest.strip_prefix("the ").unwrap_or(rest);
        // `Website of the X, www.x.org`: the address is no part of the name.
        let publisher = publisher
            .rsplit_once(", ")
            .filter(|(_, last)| is_web_address(last))
            .map_or(publisher, |(owner, _)| owner);
        return Some(Citation {
            text: text.clone(),
            publisher: Some(trim_citation_part(publisher)).filter(|p| !p.is_empty()),
            title: None,
            year: None,
            page: None,
            symbol: None,
        });
    }
    if let Some(citation) = symbol_citation(&text) {
        return Some(citation);
    }
    let mut finder = NameFinder {
        country,
        known: (source, source_names),
        found: Vec::new(),
    };
    Some(general_citation(&text, &mut finder))
}

/// The names of the texts a citation is read from, each found once: the rules often ask about
/// the same text twice (the whole citation, and the rest when no publisher leads it), and the
/// citation is often the whole source, whose names are known already.
struct NameFinder<'a> {
    country: &'a str,
    /// A text and its names, found by the caller (an empty `Names` stands for unknown).
    known: (&'a str, &'a Names),
    found: Vec<(String, Names)>,
}

impl NameFinder<'_> {
    /// `find_names_for(text, country)`.
    fn names(&mut self, text: &str) -> &Names {
        let (known_text, known_names) = self.known;
        if text == known_text && !known_names.tokens.is_empty() {
            return known_names;
        }
        let index = match self.found.iter().position(|(found, _)| found == text) {
            Some(index) => index,
            None => {
                let names = find_names_for(text, self.country);
                self.found.push((text.to_string(), names));
                self.found.len() - 1
            }
        };
        &self.found[index].1
    }
}

/// `www.x.org`, `https://x.org/…`: a web address, not a name.
fn is_web_address(text: &str) -> bool {
    let lower = text.trim().to_ascii_lowercase();
    !lower.contains(' ')
        && ["www.", "http://", "https://"]
            .iter()
            .any(|scheme| lower.starts_with(scheme))
}

/// `Website of the X`, `Official website of the X` → `the X`.
fn website_owner(text: &str) -> Option<&str> {
    let lower = text.to_lowercase();
    let marker = ["website of ", "web site of ", "web page of ", "webpage of "]
        .iter()
        .find_map(|marker| lower.find(marker).map(|at| (at, marker.len())))?;
    let (at, length) = marker;
    let prefix_words = lower.get(..at).unwrap_or("").split_whitespace().count();
    if prefix_words > 2 || lower.len() != text.len() {
        return None;
    }
    text.get(at + length..)
}

/// The first citation line, cut at a top-level semicolon, whitespace collapsed.
fn first_citation(source: &str) -> Option<String> {
    let line = source
        .split(['\n', '\r'])
        .map(str::trim)
        .find(|line| !line.is_empty() && !is_link_line(line))?;
    let mut depth = 0i32;
    let mut cut = line.len();
    for (index, character) in line.char_indices() {
        match character {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ';' if depth <= 0 => {
                cut = index;
                break;
            }
            _ => {}
        }
    }
    let citation = collapse_whitespace(&line[..cut]);
    // `Source: Harbour Council, Annual Report, 2020`: the label is no part of the citation.
    let citation = ["Source:", "Sources:", "SOURCE:", "source:"]
        .iter()
        .find_map(|label| citation.strip_prefix(label))
        .map_or(citation.clone(), |rest| rest.trim_start().to_string());
    (!citation.is_empty()).then_some(citation)
}

/// `For more information …`, `Please click here …`.
fn is_link_line(line: &str) -> bool {
    let lower = line.to_lowercase();
    lower.contains("click here")
        || lower.starts_with("for more information")
        || lower.starts_with("more information")
}

/// Removes outer spaces, trailing punctuation and the separator left in front of a part
/// (`Publisher. Title` leaves `. Title`).
fn trim_citation_part(part: &str) -> String {
    part.trim()
        .trim_start_matches(['.', ',', ';'])
        .trim_end_matches(['.', ',', ';', ':'])
        .trim()
        .to_string()
}

/// Whether a word is a UN document symbol: `CEDAW/C/COL/7-8`, `A/HRC/WG.6/9/L.1`, `E/CN.6/2010/2`.
fn is_symbol(word: &str) -> bool {
    let mut parts = word.split('/');
    let first = parts.next().unwrap_or("");
    let rest: Vec<&str> = parts.collect();
    !rest.is_empty()
        && !first.is_empty()
        && first.chars().all(|c| c.is_ascii_uppercase())
        && rest.iter().all(|part| {
            !part.is_empty()
                && part
                    .chars()
                    .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '-' | '_'))
        })
}

/// A citation that starts with a UN document symbol: title is the symbol, no publisher.
fn symbol_citation(text: &str) -> Option<Citation> {
    let first_word = text.split([' ', ',']).next().unwrap_or("");
    let symbol = first_word.trim_end_matches(['.', ',']);
    if !is_symbol(symbol) {
        return None;
    }
    let rest = text.get(first_word.len()..).unwrap_or("");
    let (year, page) = year_and_page(rest);
    Some(Citation {
        text: text.to_string(),
        publisher: None,
        title: Some(symbol.to_string()),
        year,
        page,
        symbol: Some(symbol.to_string()),
    })
}

/// Reads `(1999)` and a locator from what follows a symbol.
fn year_and_page(rest: &str) -> (Option<i32>, Option<String>) {
    let mut year = None;
    let mut page = None;
    for element in split_top_level(rest) {
        let element =
            trim_citation_part(element.trim_matches(|c| c == '(' || c == ')' || c == ' '));
        if element.is_empty() {
            continue;
        }
        if let Some(found) = year_element(&element) {
            year = year.or(Some(found));
        } else if let Some(locator) = page_element(&element) {
            page = page.or(Some(locator));
        }
    }
    (year, page)
}

/// `HARB`, `Tides-HARB`: a first element that is one word holding an acronym is a publisher.
fn is_short_form_publisher(element: &str) -> bool {
    let one_word = !element.contains(' ');
    let has_acronym = element.split(['-', '/']).any(is_acronym);
    one_word && has_acronym && !is_symbol(element)
}

/// `Republic of Utopia`, `Kingdom of Utopia`, `Government of Utopia`: an element naming a state.
fn is_state_element(element: &str) -> bool {
    let element = element.strip_prefix("The ").unwrap_or(element);
    let forms = [
        "Republic of ",
        "Kingdom of ",
        "Government of ",
        "State of ",
        "Commonwealth of ",
        "Federation of ",
        "Principality of ",
        "Sultanate of ",
        "Federal Republic of ",
        "Islamic Republic of ",
        "United Republic of ",
        "Plurinational State of ",
        "People's Republic of ",
        "Royal Government of ",
    ];
    forms.iter().any(|form| {
        element.strip_prefix(form).is_some_and(|rest| {
            !rest.is_empty()
                && rest
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase) || w == "of" || w == "the")
        })
    })
}

/// Splits a citation at top-level commas, but not at a comma inside an organisation name
/// (`Ministry of Ports, Roads and Rail`).
fn split_keeping_names(text: &str, finder: &mut NameFinder<'_>) -> Vec<String> {
    let names = finder.names(text);
    let protected: Vec<std::ops::Range<usize>> = names
        .names
        .iter()
        .filter(|name| matches!(name.role, NameRole::Agency(_)))
        .map(|name| name.span.clone())
        .collect();
    let mut elements: Vec<String> = Vec::new();
    let mut offset = 0;
    let mut join_next = false;
    for part in split_top_level(text) {
        if join_next {
            if let Some(last) = elements.last_mut() {
                last.push(',');
                last.push_str(part);
            }
        } else {
            elements.push(part.to_string());
        }
        offset += part.len();
        join_next = protected
            .iter()
            .any(|span| span.start < offset && offset < span.end);
        offset += 1;
    }
    elements
}

/// Splits at commas outside brackets (a comma inside a number is kept).
fn split_top_level(text: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut depth = 0i32;
    let mut start = 0;
    let characters: Vec<(usize, char)> = text.char_indices().collect();
    for (position, &(index, character)) in characters.iter().enumerate() {
        match character {
            '(' | '[' => depth += 1,
            ')' | ']' => depth -= 1,
            ',' if depth <= 0 => {
                let next = characters.get(position + 1).map(|(_, c)| *c);
                let previous = position.checked_sub(1).map(|p| characters[p].1);
                let in_number = previous.is_some_and(|c| c.is_ascii_digit())
                    && next.is_some_and(|c| c.is_ascii_digit());
                if !in_number {
                    parts.push(&text[start..index]);
                    start = index + 1;
                }
            }
            _ => {}
        }
    }
    parts.push(&text[start..]);
    parts
}

const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    // French, Spanish and Portuguese (`mai 2019`, `marzo de 2020` is read by its last word).
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
    "janeiro",
    "fevereiro",
    "março",
    "maio",
    "junho",
    "julho",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
];

/// `2014`, `May 2009`, `12 May 2009`, `(2010)` as a year.
fn year_element(element: &str) -> Option<i32> {
    let words: Vec<&str> = element.split_whitespace().collect();
    let last = *words.last()?;
    let year = parse_year(last)?;
    let date_words = words[..words.len() - 1].iter().all(|w| {
        MONTHS.contains(&w.to_lowercase().trim_end_matches(','))
            || w.chars().all(|c| c.is_ascii_digit()) && w.len() <= 2
    });
    (words.len() <= 3 && date_words).then_some(year)
}

fn parse_year(word: &str) -> Option<i32> {
    let word = word.trim_matches(|c: char| !c.is_ascii_digit());
    if word.len() != 4 {
        return None;
    }
    let year: i32 = word.parse().ok()?;
    (1900..=2100).contains(&year).then_some(year)
}

/// `page 22` → `22`, `pages 4-6` → `4-6`, `p. 214`, `para. 106`, `paras. 41-43` as written.
fn page_element(element: &str) -> Option<String> {
    let lower = element.to_lowercase();
    for word in [
        "pages ",
        "page ",
        "páginas ",
        "página ",
        "paginas ",
        "pagina ",
    ] {
        if lower.starts_with(word) {
            return Some(element[word.len()..].trim().to_string());
        }
    }
    let abbreviations = [
        "pp.",
        "p.",
        "págs.",
        "pág.",
        "pag.",
        "para.",
        "paras.",
        "para ",
        "paras ",
        "paragraph",
        "§",
        "pp ",
        "p ",
    ];
    // `S. 14`: German `Seite`, only before a number (an initial `S.` is no page).
    let seite = lower
        .strip_prefix("s. ")
        .is_some_and(|rest| rest.starts_with(|c: char| c.is_ascii_digit()));
    (seite || abbreviations.iter().any(|a| lower.starts_with(a))).then(|| element.to_string())
}

/// A citation in the general `Publisher, Title, Year, Page` shape, in any order or subset.
fn general_citation(text: &str, finder: &mut NameFinder<'_>) -> Citation {
    let (mut publisher, rest) = leading_publisher(text, finder);
    let mut title_parts: Vec<String> = Vec::new();
    let mut year = None;
    let mut page: Option<String> = None;
    let mut symbol = None;
    let mut elements: Vec<String> = split_keeping_names(rest, finder)
        .into_iter()
        .flat_map(|element| split_year_sentence(&element))
        .flat_map(|element| split_trailing_locator(&element))
        .collect();
    drop_places_before_years(&mut elements);
    for element in elements {
        let element = trim_citation_part(&element);
        if element.is_empty() {
            continue;
        }
        if let Some(found) = year_element(&element) {
            if year.is_none() {
                year = Some(found);
                continue;
            }
        }
        // `https://…`, `accessed on 15 March 2021`: where and when a page was read, no title
        // (the date gives the year when nothing else does).
        let lower = element.to_lowercase();
        let access_note = ["accessed", "retrieved", "consulted", "consulté", "viewed"]
            .iter()
            .any(|word| lower.starts_with(word));
        if access_note {
            let last = element.split_whitespace().next_back().unwrap_or("");
            if year.is_none() {
                year = parse_year(last).filter(|_| last.trim_end_matches('.').len() == 4);
            }
            continue;
        }
        if is_web_address(&element) {
            continue;
        }
        if let Some(locator) = page_element(&element) {
            page = Some(locator);
            continue;
        }
        if let Some(current) = page.as_mut() {
            if element.chars().all(|c| c.is_ascii_digit() || c == '-') {
                current.push_str(", ");
                current.push_str(&element);
                continue;
            }
        }
        if !title_parts.is_empty() {
            if let Some(found) = place_and_year(&element) {
                year = year.or(Some(found));
                continue;
            }
        }
        if is_symbol(&element) && symbol.is_none() {
            symbol = Some(element);
            continue;
        }
        title_parts.push(element);
    }
    if publisher.is_none() && title_parts.len() >= 2 && is_state_element(&title_parts[0]) {
        let state = title_parts.remove(0);
        publisher = if title_parts.len() >= 2 && is_whole_agency(&title_parts[0], finder) {
            Some(format!("{state}, {}", title_parts.remove(0)))
        } else {
            Some(state)
        };
    }
    if publisher.is_none() && title_parts.len() >= 2 && is_short_form_publisher(&title_parts[0]) {
        publisher = Some(title_parts.remove(0));
    }
    if publisher.is_none() && title_parts.len() >= 2 && is_proper_name_element(&title_parts[0]) {
        publisher = Some(title_parts.remove(0));
    }
    if publisher.is_none() && title_parts.len() >= 2 {
        if let Some(position) = title_parts
            .iter()
            .position(|part| is_whole_agency(part, finder))
        {
            publisher = Some(title_parts.remove(position));
        }
    }
    if title_parts.is_empty() {
        if let Some(symbol) = &symbol {
            title_parts.push(symbol.clone());
        }
    }
    let mut title = (!title_parts.is_empty()).then(|| title_parts.join(", "));
    if year.is_none() {
        if let Some(current) = title.as_mut() {
            year = trailing_date_year(current);
        }
    }
    if year.is_none() {
        year = title.as_deref().and_then(first_year);
    }
    let title = title
        .map(|t| trim_citation_part(unquoted(t.strip_prefix("The ").unwrap_or(&t))))
        .filter(|t| !t.is_empty());
    let publisher = publisher.or_else(|| {
        title
            .as_deref()
            .and_then(|title| publisher_in_title(title, finder))
    });
    Citation {
        text: text.to_string(),
        publisher,
        title,
        year,
        page,
        symbol,
    }
}

/// `“Special Report: Safe Homes”` → `Special Report: Safe Homes`: quotes that open and close
/// the whole title mark it off and are not part of it. A title that only contains a quoted
/// name (`Programme “Safe Homes”: interim report`) keeps its quotes.
fn unquoted(title: &str) -> &str {
    let title = title.trim();
    for (open, close) in [('“', '”'), ('"', '"'), ('‘', '’')] {
        let Some(inner) = title
            .strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close))
        else {
            continue;
        };
        if !inner.contains([open, close]) {
            return inner;
        }
    }
    title
}

/// `Delhi 2010`, `New York 2015` after the title: the place and year of publication.
fn place_and_year(element: &str) -> Option<i32> {
    let (place, year) = element.rsplit_once(' ')?;
    let year = parse_year(year).filter(|_| year.len() == 4)?;
    let words: Vec<&str> = place.split_whitespace().collect();
    let place_like = (1..=2).contains(&words.len())
        && words
            .iter()
            .all(|word| word.chars().next().is_some_and(char::is_uppercase))
        && words.iter().all(|word| gazetteer().head(word).is_none());
    place_like.then_some(year)
}

/// The most words a headless publisher name may have (`Komnas Perempuan`, `Bundeskriminalamt`).
const MAX_PROPER_PUBLISHER_WORDS: usize = 4;

/// `Komnas Perempuan, Catatan Tahunan, 2019`: a first element that is a short proper name
/// without a head noun (capitalised words and name connectors, no digits, not a country)
/// followed by a title is the publisher, as in the `Publisher, Title, Year, p. N` form.
fn is_proper_name_element(element: &str) -> bool {
    let words: Vec<&str> = element.split_whitespace().collect();
    let connectors = ["of", "for", "de", "del", "la", "and", "the"];
    let proper = words.first().is_some_and(|word| is_capitalised(word))
        && words
            .iter()
            .all(|word| is_capitalised(word) || connectors.contains(word))
        && words.iter().all(|word| gazetteer().head(word).is_none())
        && !element
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, '"' | '“' | ':'));
    proper
        && words.len() <= MAX_PROPER_PUBLISHER_WORDS
        && crate::extract::resolve_country(element).is_none()
}

/// Whether a citation element is one organisation name and nothing else.
fn is_whole_agency(element: &str, finder: &mut NameFinder<'_>) -> bool {
    let names = finder.names(element);
    names.names.iter().any(|name| {
        matches!(name.role, NameRole::Agency(_))
            && element
                .get(name.span.end..)
                .is_some_and(|rest| rest.trim().is_empty())
            && element.get(..name.span.start).is_some_and(|before| {
                let before = before.trim();
                before.is_empty() || before == "The" || before == "the"
            })
    })
}

/// `2013. Domestic Violence in X` → `2013`, `Domestic Violence in X`.
fn split_year_sentence(element: &str) -> Vec<String> {
    let trimmed = element.trim();
    if let Some(rest) = trimmed.strip_prefix('(') {
        if let Some((year, tail)) = rest.split_once(')') {
            if parse_year(year).is_some() && year.trim().len() == 4 {
                let tail = tail.trim_start_matches(['.', ' ']);
                return vec![year.to_string(), tail.to_string()];
            }
        }
    }
    if let Some((head, tail)) = trimmed.split_once(". ") {
        if parse_year(head).is_some() && head.trim().len() == 4 {
            return vec![head.to_string(), tail.to_string()];
        }
    }
    vec![element.to_string()]
}

/// `Title. p. 12` → `Title`, `p. 12`: a locator written as the last sentence of a part (the
/// `Publisher (Year). Title. p. N.` style) is a part of its own.
fn split_trailing_locator(element: &str) -> Vec<String> {
    const MAX_LOCATOR_BYTES: usize = 24;
    let sentence_ends = element.match_indices(". ").map(|(index, _)| index);
    for end in sentence_ends {
        let tail = element[end + 2..].trim();
        if tail.len() <= MAX_LOCATOR_BYTES && page_element(tail).is_some() {
            return vec![element[..end].to_string(), tail.to_string()];
        }
    }
    vec![element.to_string()]
}

/// `Title. Port Louis`, `2019`: a short capitalised last sentence of a part followed by a year is
/// the place of publication, not part of the title; it is dropped.
fn drop_places_before_years(elements: &mut [String]) {
    const MAX_PLACE_WORDS: usize = 3;
    for index in 1..elements.len() {
        let next_is_year = year_element(&trim_citation_part(&elements[index])).is_some();
        let current = &elements[index - 1];
        let Some((head, place)) = current.trim_end().rsplit_once(". ") else {
            continue;
        };
        let words: Vec<&str> = place.split_whitespace().collect();
        let place_like = (1..=MAX_PLACE_WORDS).contains(&words.len())
            && words.iter().all(|word| is_capitalised(word))
            && words.iter().all(|word| gazetteer().head(word).is_none())
            && !place.chars().any(|c| c.is_ascii_digit());
        if next_is_year && place_like && !head.trim().is_empty() {
            elements[index - 1] = head.to_string();
        }
    }
}

/// An organisation name at the start of the citation, up to the next top-level comma.
fn leading_publisher<'t>(text: &'t str, finder: &mut NameFinder<'_>) -> (Option<String>, &'t str) {
    let names = finder.names(text);
    let first = names
        .names
        .iter()
        .find(|name| name.role != NameRole::Unknown);
    let Some(name) = first else {
        return (None, text);
    };
    if let Some(joined) = joined_publishers(text, names) {
        let end = text.len() - joined.1.len();
        return match listed_publishers_end(text, end, finder) {
            Some(list_end) => (
                Some(trim_citation_part(&text[..list_end])),
                text.get(list_end..).unwrap_or(""),
            ),
            None => joined,
        };
    }
    let starts_at_front = text[..name.span.start.min(text.len())]
        .trim()
        .trim_start_matches("The")
        .trim()
        .is_empty();
    let raw = text.get(name.span.clone()).unwrap_or("");
    let possessive = raw.ends_with("'s") || raw.ends_with("’s");
    if !starts_at_front || possessive || !matches!(name.role, NameRole::Agency(_)) {
        return (None, text);
    }
    let mut after = name.span.end.min(text.len());
    let bracket = text[after..].trim_start();
    if let Some(inner) = bracket.strip_prefix('(').and_then(|b| b.split_once(')')) {
        if !inner.0.chars().any(|c| c.is_ascii_digit()) {
            after = text.len() - bracket.len() + inner.0.len() + 2;
        }
    }
    let rest = &text[after..];
    let comma = split_top_level(rest)
        .first()
        .map_or(rest.len(), |first| first.len());
    let between = &rest[..comma];
    let conjunction = between.trim_start();
    let joins_more_publishers = !between.contains(". ")
        && first_year(between).is_none()
        && (conjunction.is_empty()
            || ["and ", "& ", "/ ", "with "]
                .iter()
                .any(|joiner| conjunction.starts_with(joiner)));
    let publisher_end = match listed_publishers_end(text, after, finder) {
        Some(end) => end,
        None if joins_more_publishers => after + comma,
        None => after,
    };
    let publisher = trim_citation_part(&text[..publisher_end]);
    let publisher = publisher
        .strip_prefix("The ")
        .unwrap_or(&publisher)
        .to_string();
    (Some(publisher), text.get(publisher_end..).unwrap_or(""))
}

/// `Statistics Office (STAT), Harbour Council for Women and UNFPA, Title, 2015`: after the first
/// publisher's comma, an element made of two or more bodies' names joined by `and`, with a title
/// after it, lists the other publishers. Where the list ends in `text`, if it does.
fn listed_publishers_end(text: &str, after: usize, finder: &mut NameFinder<'_>) -> Option<usize> {
    let rest = text.get(after..)?.strip_prefix(',')?;
    let elements = split_top_level(rest);
    let [element, _title, ..] = elements.as_slice() else {
        return None;
    };
    let only_names = element.split_whitespace().all(|word| {
        matches!(word, "and" | "&" | "the" | "of" | "for")
            || word.starts_with(|c: char| c.is_uppercase() || c == '(')
    });
    if !element.contains(" and ") || !only_names {
        return None;
    }
    let n_bodies = finder
        .names(element)
        .names
        .iter()
        .filter(|name| matches!(name.role, NameRole::Agency(_)))
        .count();
    (n_bodies >= 2).then_some(after + 1 + element.len())
}

/// `Harbour Friends and UNICEF, Title, …`: a first element made of names joined by `and` or
/// `&`, one of them a known body, is the publisher.
fn joined_publishers<'t>(text: &'t str, names: &Names) -> Option<(Option<String>, &'t str)> {
    let first = split_top_level(text).into_iter().next()?;
    if first.len() == text.len() || !first.contains(" and ") && !first.contains(" & ") {
        return None;
    }
    let has_body = names
        .names
        .iter()
        .any(|name| matches!(name.role, NameRole::Agency(_)) && name.span.end <= first.len());
    let only_names = first.split_whitespace().all(|word| {
        matches!(word, "and" | "&" | "the" | "of" | "for")
            || word.starts_with(|c: char| c.is_uppercase() || c == '(')
    });
    (has_body && only_names).then(|| {
        let publisher = trim_citation_part(first);
        (Some(publisher), text.get(first.len()..).unwrap_or(""))
    })
}

/// `… violence against women 2012`: a year after a lowercase word ends a title as its date.
fn trailing_date_year(title: &mut String) -> Option<i32> {
    let (head, last) = title.rsplit_once(' ')?;
    let year = parse_year(last).filter(|_| last.len() == 4)?;
    let previous = head.rsplit(' ').next().unwrap_or("");
    if previous.chars().next().is_some_and(char::is_lowercase) {
        *title = head.to_string();
        return Some(year);
    }
    None
}

fn first_year(title: &str) -> Option<i32> {
    title
        .split(|c: char| !c.is_ascii_digit())
        .find_map(|word| (word.len() == 4).then(|| parse_year(word)).flatten())
}

/// The publisher named inside a title: `Response of the Government of X …` or `X's submission`.
fn publisher_in_title(title: &str, finder: &mut NameFinder<'_>) -> Option<String> {
    let names = finder.names(title);
    let government = names.names.iter().find(|name| {
        matches!(name.role, NameRole::Agency(_)) && name.text.starts_with("Government of")
    });
    if let Some(name) = government {
        return Some(name.text.clone());
    }
    possessive_publisher(title).or_else(|| document_of_country(title))
}

/// `Replies of Ghana to the list of issues …`, `Report of Tidalands on …` → `Government of
/// Ghana`: a government document named with `of` and the country, as the country writes it.
fn document_of_country(title: &str) -> Option<String> {
    let (document, rest) = title.split_once(" of ")?;
    let one_capitalised_word = !document.contains(' ') && is_capitalised(document);
    if !(one_capitalised_word && is_document_word(document)) {
        return None;
    }
    let end = [" to ", " on ", " for ", " in ", ","]
        .iter()
        .filter_map(|stop| rest.find(stop))
        .min()
        .unwrap_or(rest.len());
    let country = rest[..end].trim();
    crate::extract::is_country_name(country).then(|| format!("Government of {country}"))
}

/// `Germany's submission …`, `Utopia’s seventh periodic report …` → `Government of Germany`.
fn possessive_publisher(title: &str) -> Option<String> {
    // `Barbados’ submission`: a name ending in `s` takes the apostrophe alone.
    for (apostrophe, kept) in [("'s", ""), ("’s", ""), ("s'", "s"), ("s’", "s")] {
        let Some((owner, after)) = title.split_once(apostrophe) else {
            continue;
        };
        if !names_a_document(after) {
            continue;
        }
        let owner = &format!("{owner}{kept}");
        let owner = owner.strip_prefix("The ").unwrap_or(owner);
        let owner = owner.strip_prefix("Government of ").unwrap_or(owner);
        // `Trinidad and Tobago’s submission`: a country name may hold lowercase particles.
        let capitalised = owner
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(char::is_uppercase));
        if !owner.is_empty() && (capitalised || crate::extract::is_country_name(owner)) {
            return Some(format!("Government of {owner}"));
        }
    }
    None
}

/// The most lowercase words between a possessive and the document it owns
/// (`’s combined fifth and sixth periodic report`).
const MAX_DOCUMENT_QUALIFIERS: usize = 6;

/// The words that name a government's document: a submission, response, report, review,
/// reply, answers, contribution or input.
const GOVERNMENT_DOCUMENTS: [&str; 10] = [
    "submission",
    "response",
    "responses",
    "report",
    "review",
    "reply",
    "replies",
    "answers",
    "contribution",
    "input",
];

/// Whether `word` (any case) names a government's document.
fn is_document_word(word: &str) -> bool {
    GOVERNMENT_DOCUMENTS
        .iter()
        .any(|document| word.eq_ignore_ascii_case(document))
}

/// Whether `text`, the words after a possessive, names a government document, after at most a
/// few lowercase qualifiers (`seventh periodic`, `national`, `8th`).
fn names_a_document(text: &str) -> bool {
    for (position, word) in text.split_whitespace().enumerate() {
        let word = word.trim_end_matches([',', '.', ';', ':']);
        if is_document_word(word) {
            return true;
        }
        let qualifier = word
            .chars()
            .next()
            .is_some_and(|c| c.is_lowercase() || c.is_ascii_digit());
        if !qualifier || position == MAX_DOCUMENT_QUALIFIERS {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headless_proper_name_before_a_title_is_the_publisher() {
        assert_eq!(
            parts("Komnas Tidewater, Catatan Tahunan Harbour, 2019, p. 4"),
            (
                some("Komnas Tidewater"),
                some("Catatan Tahunan Harbour"),
                Some(2019),
                some("p. 4")
            )
        );
        assert_eq!(parts("Fiji, Harbour Report on ports, 2019").0, None);
    }

    /// Publishers listed as `A (ACR), B and C` go together; a second element that is one body
    /// (`… and Family Support Unit`) is not such a list.
    #[test]
    fn a_list_of_publishers_goes_on_after_the_first_comma() {
        assert_eq!(
            parts(
                "Harbour Statistics Agency (HSA), Tidal Council for Women and UNFPA, The Harbour \
                 Survey 2031, 2032"
            ),
            (
                some("Harbour Statistics Agency (HSA), Tidal Council for Women and UNFPA"),
                some("Harbour Survey 2031"),
                Some(2032),
                None
            )
        );
        // The first publisher's own name may hold `and`.
        assert_eq!(
            parts(
                "Office for Ports and Statistics (OPS), Tidal Council for Women and UNFPA, 2032. \
                 The Harbour Survey 2031."
            ),
            (
                some("Office for Ports and Statistics (OPS), Tidal Council for Women and UNFPA"),
                some("Harbour Survey 2031"),
                Some(2032),
                None
            )
        );
        assert_eq!(
            parts("Harbour Police Service, Tide and Family Support Unit, Annual Review, 2032").0,
            some("Harbour Police Service")
        );
    }

    fn parts(source: &str) -> (Option<String>, Option<String>, Option<i32>, Option<String>) {
        let citation = parse_citation(source, "").unwrap();
        (
            citation.publisher,
            citation.title,
            citation.year,
            citation.page,
        )
    }

    fn some(text: &str) -> Option<String> {
        Some(text.to_string())
    }

    #[test]
    fn web_addresses_access_notes_and_months_and_pages_in_other_languages() {
        assert_eq!(
            parts(
                "Harbour Department, https://www.harbour.example/help, accessed on 15 March 2021"
            ),
            (some("Harbour Department"), None, Some(2021), None)
        );
        assert_eq!(
            parts("Ministère des Ports, Rapport national : Beijing+25, mai 2019, p. 31"),
            (
                some("Ministère des Ports"),
                some("Rapport national : Beijing+25"),
                Some(2019),
                some("p. 31")
            )
        );
        assert_eq!(
            parts("Ministério das Docas, Relatório Nacional, 2019, página 42").3,
            some("42")
        );
    }

    #[test]
    fn quotes_around_the_whole_title_are_dropped() {
        assert_eq!(
            parts("Harbour Office, “Circular 7/2012: Safer Piers”, 2012, p. 2"),
            (
                some("Harbour Office"),
                some("Circular 7/2012: Safer Piers"),
                Some(2012),
                some("p. 2")
            )
        );
        assert_eq!(
            parts("Harbour Office, Programme “Safe Piers”: interim report, 2022, p. 5").1,
            some("Programme “Safe Piers”: interim report")
        );
    }

    #[test]
    fn publisher_title_year_page() {
        assert_eq!(
            parts("Ministry of Ports, Harbour Review 2020, 2021, page 9"),
            (
                some("Ministry of Ports"),
                some("Harbour Review 2020"),
                Some(2021),
                some("9")
            )
        );
    }

    #[test]
    fn spanish_page_marks_and_a_french_publisher() {
        assert_eq!(
            parts("Ministerio de Puertos, Informe Anual 2019, pág. 14").3,
            some("pág. 14")
        );
        assert_eq!(
            parts("Ministère de la Marine et de l'Enfant, Rapport sur les ports, 2020").0,
            some("Ministère de la Marine et de l'Enfant")
        );
    }

    #[test]
    fn publisher_year_in_brackets_then_sentences() {
        assert_eq!(
            parts("Office of the Harbour Master (2018). Review of the Pilot Scheme. p. 31."),
            (
                some("Office of the Harbour Master"),
                some("Review of the Pilot Scheme"),
                Some(2018),
                some("p. 31")
            )
        );
        assert_eq!(
            parts("Ministry of Ports (2020). Tides: a Report, Part Two. para. 7.").1,
            some("Tides: a Report, Part Two")
        );
    }

    #[test]
    fn sentences_with_a_place_before_the_year() {
        assert_eq!(
            parts("Ministry of Ports. Informe anual 2017. Port Louis, 2018. p. 5."),
            (
                some("Ministry of Ports"),
                some("Informe anual 2017"),
                Some(2018),
                some("p. 5")
            )
        );
    }

    #[test]
    fn possessive_submission_of_a_country_with_particles() {
        assert_eq!(
            parts("Trinidad and Tobago’s submission to the periodic review, 2016").0,
            some("Government of Trinidad and Tobago")
        );
    }

    #[test]
    fn publisher_with_comma_list() {
        assert_eq!(
            parts("Ministry of Ports, Roads and Rail, Annual Report, 2019, p. 4").0,
            some("Ministry of Ports, Roads and Rail")
        );
    }

    #[test]
    fn response_of_the_government() {
        assert_eq!(
            parts("Response of the Government of Utopia to the questionnaire on ports, June 2011"),
            (
                some("Government of Utopia"),
                some("Response of the Government of Utopia to the questionnaire on ports"),
                Some(2011),
                None
            )
        );
    }

    #[test]
    fn trailing_year_after_lowercase_word() {
        assert_eq!(
            parts("Response of the Government of Utopia to the questionnaire on ports 2012").2,
            Some(2012)
        );
    }

    #[test]
    fn a_source_label_and_an_apostrophe_alone_after_s() {
        let (publisher, title, year, _) =
            parts("Source: Harbour Council, Annual Report on Tides, 2020, p. 3");
        assert_eq!(publisher, some("Harbour Council"));
        assert_eq!(title, some("Annual Report on Tides"));
        assert_eq!(year, Some(2020));
        assert_eq!(
            parts("Tidalands’ submission for the Harbour Review, 2019, p. 12").0,
            some("Government of Tidalands")
        );
    }

    #[test]
    fn german_page_abbreviation() {
        assert_eq!(
            parts("Harbour Office, Bericht zur Lage, 2019, S. 14").3,
            some("S. 14")
        );
    }

    #[test]
    fn possessive_periodic_report() {
        assert_eq!(
            parts("Utopia’s seventh periodic report under the Harbour Convention, 2021, p. 18").0,
            some("Government of Utopia")
        );
        assert_eq!(
            parts("Utopia’s combined fifth and sixth periodic report, 2021").0,
            some("Government of Utopia")
        );
        // A possessive before anything but a government document names no publisher.
        assert_eq!(
            parts("Utopia’s harbours and their many ports, 2021").0,
            None
        );
    }

    #[test]
    fn a_document_of_a_country_is_its_government_s() {
        assert_eq!(
            parts("Replies of Ghana to the list of issues on its report, 2021, paras. 31-33").0,
            some("Government of Ghana")
        );
        // Only a country's document is its government's.
        assert_ne!(
            parts("Report of the Harbour Board on piers, 2019").0,
            some("Government of the Harbour Board")
        );
    }

    #[test]
    fn possessive_reply_and_contribution() {
        assert_eq!(
            parts("Tidalands’ reply to the questionnaire of the Harbour Rapporteur, 2019, p. 5").0,
            some("Government of Tidalands")
        );
        assert_eq!(
            parts("Utopia's contribution to the Harbour Review, 2021").0,
            some("Government of Utopia")
        );
    }

    #[test]
    fn possessive_submission() {
        let (publisher, title, year, page) =
            parts("Utopia's submission for the Harbour Review, 2019, p.3-4.");
        assert_eq!(publisher, some("Government of Utopia"));
        assert_eq!(title, some("Utopia's submission for the Harbour Review"));
        assert_eq!((year, page), (Some(2019), some("p.3-4")));
    }

    #[test]
    fn un_symbol_with_year_and_paragraphs() {
        assert_eq!(
            parts("CEDAW/C/XYZ/1 (1999), para. 5"),
            (None, some("CEDAW/C/XYZ/1"), Some(1999), some("para. 5"))
        );
    }

    #[test]
    fn a_web_address_after_a_website_s_owner_is_dropped() {
        assert_eq!(
            parts("Website of the Ministry of Ports, Piers and Tides, www.mopt.go.ug").0,
            some("Ministry of Ports, Piers and Tides")
        );
        assert_eq!(
            parts("Website of the Harbour Council, https://harbour.example.org/vaw").0,
            some("Harbour Council")
        );
    }

    #[test]
    fn website_and_bare_publisher() {
        assert_eq!(
            parts("Website of the Harbour Council").0,
            some("Harbour Council")
        );
        assert_eq!(
            parts("Harbour Safety Board"),
            (some("Harbour Safety Board"), None, None, None)
        );
    }

    #[test]
    fn only_the_first_citation_counts() {
        assert_eq!(
            parts("Harbour Safety Board, 2010; CEDAW/C/XYZ/2\nFor more information click here").2,
            Some(2010)
        );
    }

    #[test]
    fn publisher_year_sentence_then_title() {
        assert_eq!(
            parts(
                "Harbour Institute of Tides (HIT) and Coast University, 2013. Tide Survey, Final Report 2013."
            ),
            (
                some("Harbour Institute of Tides (HIT) and Coast University"),
                some("Tide Survey, Final Report 2013"),
                Some(2013),
                None
            )
        );
    }

    #[test]
    fn place_and_year_after_the_title() {
        assert_eq!(
            parts("Harbour Friends and UNICEF, Tide Survey Report, Port Town 2011, p. 9"),
            (
                some("Harbour Friends and UNICEF"),
                some("Tide Survey Report"),
                Some(2011),
                some("p. 9")
            )
        );
    }

    #[test]
    fn state_then_ministry_with_commas_is_one_publisher() {
        assert_eq!(
            parts("Republic of Utopia, Ministry of Ports, Roads and Rail, Tide Report, 2019, p. 3"),
            (
                some("Republic of Utopia, Ministry of Ports, Roads and Rail"),
                some("Tide Report"),
                Some(2019),
                some("p. 3")
            )
        );
    }

    #[test]
    fn one_word_short_form_publisher() {
        assert_eq!(
            parts("Tides-HARB, Harbour Report, 2020").0,
            some("Tides-HARB")
        );
    }
}
