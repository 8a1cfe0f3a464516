//! Amounts of money in the description: a number with a currency (symbol, ISO code or name)
//! and an optional scale word, read into units with an ISO 4217 code and a period.
//!
//! Bare numbers (hotlines, counts, years, law numbers) are never amounts: a currency must be
//! written next to the number. Symbols and names that several countries share (`$`, `pesos`,
//! `R`) are read with the record's country.

use std::sync::OnceLock;

use super::gazetteer::{CurrencyRule, FastMap, WordList, country_of_qualifier, gazetteer};
use super::{Amount, Evidence, Field, Period};
use crate::extract::country::capitalise;

/// White space that may stand between a number, its scale and its currency: spaces, and the
/// line break of a sentence wrapped by hand.
const GAP: [char; 5] = [' ', '\u{a0}', '\t', '\r', '\n'];

/// Finds every amount of money in the description.
pub(crate) fn find_amounts(description: &str, country_iso2: Option<&str>) -> Vec<Amount> {
    let currencies = Currencies::for_country(country_iso2);
    let mut amounts = Vec::new();
    let mut position = 0;
    while position < description.len() {
        let Some(offset) = description[position..].find(|c: char| c.is_ascii_digit()) else {
            break;
        };
        let start = position + offset;
        if let Some((amount, end)) = amount_at(description, start, &currencies) {
            let covered = amounts
                .last()
                .map_or(0, |last: &Amount| last.evidence[0].span.end);
            let lower = range_start_before(description, start, covered, &amount, &currencies);
            amounts.extend(lower);
            let upper = range_end_after(description, end, &amount, &currencies);
            let end = upper.as_ref().map_or(end, |(_, upper_end)| *upper_end);
            amounts.push(amount);
            amounts.extend(upper.map(|(upper, _)| upper));
            position = end.max(start + 1);
            share_range_period(description, &mut amounts);
        } else {
            position = start + skip_number(&description[start..]);
        }
    }
    let in_words = amounts_in_words(description, &currencies);
    if !in_words.is_empty() {
        amounts.extend(in_words);
        amounts.sort_by_key(|amount| amount.evidence[0].span.start);
    }
    amounts
}

/// The value of a cardinal number word (`seven`, `forty`), or the factor of a scale word
/// (`hundred`, `million`), with whether it is a scale.
fn number_word(word: &str) -> Option<(f64, bool)> {
    // The longest number word has nine letters; lowercase it on the stack.
    let mut buffer = [0u8; 9];
    let lower = buffer.get_mut(..word.len())?;
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    let value = match &*lower {
        b"one" => 1.0,
        b"two" => 2.0,
        b"three" => 3.0,
        b"four" => 4.0,
        b"five" => 5.0,
        b"six" => 6.0,
        b"seven" => 7.0,
        b"eight" => 8.0,
        b"nine" => 9.0,
        b"ten" => 10.0,
        b"eleven" => 11.0,
        b"twelve" => 12.0,
        b"thirteen" => 13.0,
        b"fourteen" => 14.0,
        b"fifteen" => 15.0,
        b"sixteen" => 16.0,
        b"seventeen" => 17.0,
        b"eighteen" => 18.0,
        b"nineteen" => 19.0,
        b"twenty" => 20.0,
        b"thirty" => 30.0,
        b"forty" => 40.0,
        b"fifty" => 50.0,
        b"sixty" => 60.0,
        b"seventy" => 70.0,
        b"eighty" => 80.0,
        b"ninety" => 90.0,
        b"hundred" => return Some((1e2, true)),
        b"thousand" => return Some((1e3, true)),
        b"million" => return Some((1e6, true)),
        b"billion" => return Some((1e9, true)),
        _ => return None,
    };
    Some((value, false))
}

/// `two hundred and fifty million taka`, `five million euros`: amounts written in words, with a
/// scale word and a currency named after them (or a symbol before them). A run of number words
/// right after digits (`5 million euros`) is left to the digits.
fn amounts_in_words(text: &str, currencies: &Currencies) -> Vec<Amount> {
    // Most descriptions have no scale word after a word (`five million`), only after digits.
    let scale_after_word = ["illion", "thousand", "hundred"].iter().any(|scale| {
        text.match_indices(scale).any(|(at, _)| {
            let before = text[..at].trim_end_matches(|c: char| c.is_ascii_alphabetic());
            let before = before.trim_end_matches(GAP);
            before.ends_with(|c: char| c.is_ascii_alphabetic() || c == '-')
        })
    });
    if !scale_after_word {
        return Vec::new();
    }
    // Words with their byte ranges, split on white space; punctuation ends a run.
    let words: Vec<(usize, &str)> = text
        .split(GAP)
        .filter(|word| !word.is_empty())
        .map(|word| (word.as_ptr() as usize - text.as_ptr() as usize, word))
        .collect();
    let is_number = |word: &str| word.split('-').all(|part| number_word(part).is_some());
    let mut amounts = Vec::new();
    let mut index = 0;
    while index < words.len() {
        if !is_number(words[index].1) {
            index += 1;
            continue;
        }
        let first = index;
        let mut last = index;
        // The run goes on over number words and the `and` between them, and ends at a word
        // that ends with punctuation.
        while last + 1 < words.len() && !words[last].1.ends_with(|c: char| !c.is_alphabetic()) {
            let next = words[last + 1].1;
            let and_number = next == "and" && words.get(last + 2).is_some_and(|w| is_number(w.1));
            if is_number(next.trim_end_matches(|c: char| !c.is_alphabetic())) {
                last += 1;
            } else if and_number {
                last += 2;
            } else {
                break;
            }
        }
        index = last + 1;
        let run: Vec<&str> = words[first..=last]
            .iter()
            .map(|(_, word)| word.trim_end_matches(|c: char| !c.is_alphabetic()))
            .filter(|word| *word != "and")
            .collect();
        let has_scale = run
            .iter()
            .flat_map(|word| word.split('-'))
            .any(|part| number_word(part).is_some_and(|(_, scale)| scale));
        let after_digits = first > 0
            && words[first - 1]
                .1
                .ends_with(|c: char| c.is_ascii_digit() || c == '.' || c == ',');
        if !has_scale || after_digits {
            continue;
        }
        let start = words[first].0;
        let end = words[last].0 + words[last].1.len();
        let end = end - (words[last].1.len() - run.last().map_or(0, |word| word.len()));
        let value = value_of_words(&run);
        let after = currency_after(text, end, currencies);
        let before = currency_before(text, start, currencies);
        let (currency, span) = match (after, before) {
            (Some((code, name_end)), _) => (code, start..name_end),
            (None, Some((code, symbol_start))) => (code, symbol_start..end),
            (None, None) => continue,
        };
        amounts.push(Amount {
            value,
            currency,
            period: period_near(text, span.start, span.end),
            evidence: vec![Evidence::new(Field::Description, text, span)],
        });
    }
    amounts
}

/// The value of a run of number words: `two hundred fifty million` is 250 000 000.
fn value_of_words(words: &[&str]) -> f64 {
    let mut total: f64 = 0.0;
    let mut current: f64 = 0.0;
    for part in words.iter().flat_map(|word| word.split('-')) {
        match number_word(part) {
            // `hundred` multiplies what comes before it; a larger scale closes a group.
            Some((factor, true)) if factor < 1e3 => current = current.max(1.0) * factor,
            Some((factor, true)) => {
                total += current.max(1.0) * factor;
                current = 0.0;
            }
            Some((value, false)) => current += value,
            None => {}
        }
    }
    total + current
}

/// The lower bound of a range whose upper bound, `upper`, has its currency after it:
/// `from 20,000 to 60,000 leva`, `between 150 and 200 million CFA francs`. The upper bound's
/// scale word is shared when the lower bound is the smaller number. `start` is where the upper
/// bound's number starts; nothing before `covered` is read.
fn range_start_before(
    text: &str,
    start: usize,
    covered: usize,
    upper: &Amount,
    currencies: &Currencies,
) -> Option<Amount> {
    let upper_span = &upper.evidence[0].span;
    if upper_span.start != start {
        return None;
    }
    let link_end = trim_gap_back(text, start);
    let head = &text[..link_end];
    let after_gap = |word: &str| {
        head.strip_suffix(word)
            .is_some_and(|rest| rest.ends_with(GAP))
    };
    let (link_start, needs_between) = if after_gap("to") {
        (link_end - 2, false)
    } else if after_gap("and") {
        (link_end - 3, true)
    } else if head.ends_with('-') || head.ends_with('–') {
        (
            head.len() - head.chars().next_back().map_or(1, char::len_utf8),
            false,
        )
    } else {
        return None;
    };
    let lower_end = trim_gap_back(text, link_start);
    // A scale word of the lower bound's own (`5 million to 10 million`).
    let word_start = text[..lower_end]
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |at| at + 1);
    let own_scale = scale_at(text, word_start)
        .filter(|&(_, end)| word_start < lower_end && end == lower_end)
        .map(|(factor, _)| factor);
    let number_end = match own_scale {
        Some(_) => trim_gap_back(text, word_start),
        None => lower_end,
    };
    let number_start = number_start_before(text, number_end)?;
    if number_start < covered || !text[number_start..].starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let boundary = text[..number_start]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric() && !matches!(c, '$' | '€' | '£' | '.'));
    let between = ends_with_between(text, number_start);
    if !boundary || (needs_between && !between) {
        return None;
    }
    let lower = read_number(text, number_start, currencies.dot_grouping)?;
    let is_year = number_end - number_start == 4 && (1900.0..=2100.0).contains(&lower.value);
    if lower.end != number_end || is_year {
        return None;
    }
    let upper_number = read_number(text, start, currencies.dot_grouping)?;
    let upper_factor = scale_at(text, upper_number.end).map_or(1.0, |(factor, _)| factor);
    let factor = own_scale.unwrap_or(if lower.value <= upper_number.value {
        upper_factor
    } else {
        1.0
    });
    let span = number_start..lower_end;
    Some(Amount {
        value: scaled(lower.value, factor),
        currency: upper.currency.clone(),
        period: period_near(text, number_start, upper_span.end),
        evidence: vec![Evidence::new(Field::Description, text, span)],
    })
}

/// The upper bound of a range whose lower bound, `lower`, has its currency before it and ends
/// at `end`: `US$ 10,000 to 20,000`, `between FBu 15 and 25 million`. The upper bound takes the
/// lower bound's scale word when it has none. Returns it with its byte end.
fn range_end_after(
    text: &str,
    end: usize,
    lower: &Amount,
    currencies: &Currencies,
) -> Option<(Amount, usize)> {
    let lower_span = &lower.evidence[0].span;
    let lower_number_start =
        lower_span.start + text[lower_span.clone()].find(|c: char| c.is_ascii_digit())?;
    if lower_number_start == lower_span.start {
        return None;
    }
    let rest = &text[end..];
    let link = rest.trim_start_matches(GAP);
    let between = ends_with_between(text, lower_span.start);
    let after_link = link
        .strip_prefix("to ")
        .or_else(|| link.strip_prefix("and ").filter(|_| between))
        .or_else(|| link.strip_prefix(['-', '–']))?;
    let number_start = text.len() - after_link.trim_start_matches(GAP).len();
    if !text[number_start..].starts_with(|c: char| c.is_ascii_digit())
        || amount_at(text, number_start, currencies).is_some()
    {
        return None;
    }
    let upper = read_number(text, number_start, currencies.dot_grouping)?;
    let lower_number = read_number(text, lower_number_start, currencies.dot_grouping)?;
    let lower_scale = scale_at(text, lower_number.end);
    let (factor, upper_end) = match scale_at(text, upper.end) {
        Some((factor, scale_end)) => (factor, scale_end),
        None => (lower_scale.map_or(1.0, |(factor, _)| factor), upper.end),
    };
    let is_year = upper.end - number_start == 4 && (1900.0..=2100.0).contains(&upper.value);
    if is_year || upper.value < lower_number.value {
        return None;
    }
    let amount = Amount {
        value: scaled(upper.value, factor),
        currency: lower.currency.clone(),
        period: period_near(text, lower_span.start, upper_end),
        evidence: vec![Evidence::new(
            Field::Description,
            text,
            number_start..upper_end,
        )],
    };
    Some((amount, upper_end))
}

/// Two amounts joined as a range (`FBu 15 million and FBu 25 million a year`) share the period
/// the text gives after the second: the first of the last two amounts takes it.
fn share_range_period(text: &str, amounts: &mut [Amount]) {
    let [.., first, second] = amounts else {
        return;
    };
    let between = text
        .get(first.evidence[0].span.end..second.evidence[0].span.start)
        .unwrap_or("")
        .trim_matches(GAP);
    if first.period.is_none() && matches!(between, "to" | "and" | "-" | "–") {
        first.period = second.period;
    }
}

/// Whether the word before `position` (white space between) is `between`, in any case.
fn ends_with_between(text: &str, position: usize) -> bool {
    const BETWEEN: &[u8] = b"between";
    let end = trim_gap_back(text, position);
    let bytes = text.as_bytes();
    end >= BETWEEN.len()
        && bytes[end - BETWEEN.len()..end].eq_ignore_ascii_case(BETWEEN)
        && text[..end - BETWEEN.len()]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric())
}

/// The position before the white space that ends at `end`.
fn trim_gap_back(text: &str, end: usize) -> usize {
    text[..end].trim_end_matches(GAP).len()
}

/// Where the number that ends at `end` starts: digits, decimal and group separators, and
/// single spaces between digit groups (`750 000`).
fn number_start_before(text: &str, end: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut start = end;
    while start > 0 {
        let byte = bytes[start - 1];
        let grouping_space = byte == b' '
            && start >= 2
            && bytes[start - 2].is_ascii_digit()
            && bytes
                .get(start..start + 3)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit));
        if byte.is_ascii_digit() || matches!(byte, b'.' | b',') || grouping_space {
            start -= 1;
        } else {
            break;
        }
    }
    // A separator does not start a number.
    while start < end && !bytes[start].is_ascii_digit() {
        start += 1;
    }
    (start < end).then_some(start)
}

/// Length of the digit run at the start of `text` (at least one byte).
fn skip_number(text: &str) -> usize {
    text.find(|c: char| !c.is_ascii_digit() && !matches!(c, '.' | ','))
        .unwrap_or(text.len())
        .max(1)
}

/// A parsed number: its value and byte end.
struct NumberRead {
    value: f64,
    end: usize,
}

/// Reads `9,800`, `1.3`, `750 000`, `1.200.000`, `2,5` at `start`.
fn read_number(text: &str, start: usize, dot_grouping: bool) -> Option<NumberRead> {
    let bytes = text.as_bytes();
    let mut end = start;
    let mut digits = String::new();
    while end < bytes.len() && bytes[end].is_ascii_digit() {
        digits.push(bytes[end] as char);
        end += 1;
    }
    let group_of_three = |from: usize| {
        bytes
            .get(from..from + 3)
            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !bytes.get(from + 3).is_some_and(u8::is_ascii_digit)
    };
    if let Some(grouped_end) = south_asian_grouping_end(bytes, start, end) {
        digits.extend(
            text[end..grouped_end]
                .bytes()
                .filter(u8::is_ascii_digit)
                .map(char::from),
        );
        end = grouped_end;
    } else if digits.len() <= 3 {
        if let Some(&separator) = bytes.get(end) {
            // `240'000`: Swiss and Liechtenstein records group thousands with an apostrophe.
            let grouping =
                matches!(separator, b',' | b' ' | b'.' | b'\'') && group_of_three(end + 1);
            let dot_decimal = separator == b'.'
                && !dot_grouping
                && !has_second_dot_group(bytes, end + 4)
                && is_scaled(text, end + 4);
            if grouping && !dot_decimal {
                while bytes.get(end) == Some(&separator) && group_of_three(end + 1) {
                    digits.push_str(text.get(end + 1..end + 4).unwrap_or(""));
                    end += 4;
                }
            }
        }
    }
    let decimal_separator = matches!(bytes.get(end), Some(b'.' | b','));
    if decimal_separator && bytes.get(end + 1).is_some_and(u8::is_ascii_digit) {
        let decimal_start = end + 1;
        let mut decimal_end = decimal_start;
        while decimal_end < bytes.len() && bytes[decimal_end].is_ascii_digit() {
            decimal_end += 1;
        }
        digits.push('.');
        digits.push_str(text.get(decimal_start..decimal_end).unwrap_or("0"));
        end = decimal_end;
    }
    let value = digits.parse::<f64>().ok()?;
    Some(NumberRead { value, end })
}

/// `1,20,00,000`, `12,50,000`: South Asian grouping (lakhs and crores), with groups of two
/// digits before the last group of three. `digits_end` ends the leading digits (one or two).
/// Returns where the number's digits end; `None` for any other shape.
fn south_asian_grouping_end(bytes: &[u8], start: usize, digits_end: usize) -> Option<usize> {
    let is_group = |from: usize, length: usize| {
        bytes.get(from) == Some(&b',')
            && bytes
                .get(from + 1..from + 1 + length)
                .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
            && !bytes.get(from + 1 + length).is_some_and(u8::is_ascii_digit)
    };
    if !(1..=2).contains(&(digits_end - start)) || !is_group(digits_end, 2) {
        return None;
    }
    let mut end = digits_end;
    while is_group(end, 2) {
        end += 3;
    }
    is_group(end, 3).then_some(end + 4)
}

fn has_second_dot_group(bytes: &[u8], from: usize) -> bool {
    bytes.get(from) == Some(&b'.')
        && bytes
            .get(from + 1..from + 4)
            .is_some_and(|g| g.iter().all(u8::is_ascii_digit))
}

/// `value × factor` to the cent when a scale word multiplied it: `16.4 million` is 16 400 000,
/// not the 16 399 999.999999998 that binary floating point gives.
fn scaled(value: f64, factor: f64) -> f64 {
    if factor == 1.0 {
        return value;
    }
    (value * factor * 100.0).round() / 100.0
}

/// Whether a scale word follows `position`.
fn is_scaled(text: &str, position: usize) -> bool {
    scale_at(text, position).is_some()
}

/// Whether the text before `end` ends with a scale word (`… millones` before ` de euros`).
fn scale_before(text: &str, end: usize) -> bool {
    let head = text[..end].trim_end_matches(GAP);
    let word_start = head.rfind(|c: char| !c.is_alphabetic()).map_or(0, |at| {
        at + head[at..].chars().next().map_or(1, char::len_utf8)
    });
    word_start < head.len() && scale_at(head, word_start).is_some()
}

/// A scale word after a number: its factor and byte end.
fn scale_at(text: &str, position: usize) -> Option<(f64, usize)> {
    let rest = text.get(position..)?;
    let trimmed = rest.trim_start_matches(GAP);
    let skipped = rest.len() - trimmed.len();
    let attached = skipped == 0;
    let word: String = trimmed.chars().take_while(|c| c.is_alphabetic()).collect();
    let factor = match word.as_str() {
        // `Mio.` and `Mrd.` (German, Danish, Norwegian), `millones` (Spanish), `milliards`.
        "million" | "millions" | "mn" | "mln" | "Mn" | "Mio" | "mio" | "millones" | "millón" => {
            1e6
        }
        "Mrd" | "mrd" | "mld" | "milliard" | "milliards" => 1e9,
        "m" | "M" if attached || word.len() == 1 => 1e6,
        "billion" | "billions" | "bn" | "Bn" | "bln" => 1e9,
        "thousand" => 1e3,
        "k" | "K" if attached => 1e3,
        "trillion" => 1e12,
        "crore" | "crores" => 1e7,
        "lakh" | "lakhs" | "lac" | "lacs" => 1e5,
        _ => return None,
    };
    let mut end = position + skipped + word.len();
    // `Mio.`, `Mrd.`, `bn.`: an abbreviation's full stop belongs to it.
    let abbreviation = matches!(
        word.as_str(),
        "Mio" | "mio" | "Mrd" | "mrd" | "mld" | "mln" | "bn"
    );
    if abbreviation && text[end..].starts_with('.') {
        end += 1;
    }
    Some((factor, end))
}

/// The currency written before `start`, as (code, byte start of the symbol).
fn currency_before(
    text: &str,
    start: usize,
    currencies: &Currencies,
) -> Option<(Option<String>, usize)> {
    let before = text.get(window_start(text, start, 16)..start)?;
    let spaced = before.trim_end_matches(GAP);
    // A symbol may end with a dot (`B/.`), and an abbreviation takes one (`Rs. 500`).
    let without_dot = spaced
        .strip_suffix('.')
        .filter(|_| spaced.len() < before.len());
    let table = currencies.table;
    let local_symbols = &table.local_symbols;
    let ends = std::iter::once(spaced).chain(without_dot);
    let candidates = ends.flat_map(|trimmed| {
        let indexes = table.ending_with(trimmed.chars().next_back());
        indexes
            .iter()
            .map(move |&index| (trimmed, &table.words[index]))
    });
    for (trimmed, (word, code)) in candidates {
        let Some(symbol_start) = trimmed.strip_suffix(word.as_str()).map(str::len) else {
            continue;
        };
        let symbol_start_in_text = start - before.len() + symbol_start;
        let boundary = text[..symbol_start_in_text]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        let symbol_like = !word.chars().all(char::is_alphabetic)
            || word.chars().all(char::is_uppercase)
            || local_symbols.contains(word);
        let attached_or_spaced = before.len() - trimmed.len() <= 2;
        if boundary && symbol_like && attached_or_spaced {
            return Some((code.clone(), symbol_start_in_text));
        }
    }
    None
}

/// The currency written after `end` (a name or ISO code), as (code, byte end).
fn currency_after(
    text: &str,
    end: usize,
    currencies: &Currencies,
) -> Option<(Option<String>, usize)> {
    let rest = text.get(end..)?;
    let mut trimmed = rest.trim_start_matches(GAP);
    if trimmed.len() == rest.len() && !rest.starts_with(|c: char| !c.is_alphanumeric()) {
        return None;
    }
    // `1.000 millones de euros`: a Spanish, French or Portuguese `de` after a scale word.
    let after_scale = scale_before(text, end);
    if after_scale {
        if let Some(after_de) = trimmed
            .strip_prefix("de ")
            .or_else(|| trimmed.strip_prefix("d'"))
        {
            trimmed = after_de;
        }
    }
    let skipped = rest.len() - trimmed.len();
    let table = currencies.table;
    let candidates = table.starting_with(trimmed.chars().next());
    for (word, code) in candidates.iter().map(|&index| &table.words[index]) {
        let Some(after) = trimmed.strip_prefix(word.as_str()) else {
            continue;
        };
        if after.chars().next().is_some_and(char::is_alphanumeric) {
            continue;
        }
        // `In 2018 MNT 1.2 billion was allocated`: a currency before a number prefixes that
        // number, not the one before it.
        if after
            .trim_start_matches([' ', '\u{a0}'])
            .starts_with(|c: char| c.is_ascii_digit())
        {
            return None;
        }
        let is_name = word
            .chars()
            .all(|c| c.is_alphabetic() || matches!(c, ' ' | '\'' | '’'));
        if is_name {
            return Some((code.clone(), end + skipped + word.len()));
        }
    }
    let (code, length) = qualified_currency(trimmed)?;
    Some((Some(code), end + skipped + length))
}

/// A currency named by its country and its family word, whatever the record's country:
/// `Libyan dinars`, `Djibouti francs`, `Trinidad and Tobago dollars`. Returns the ISO code and
/// the length of the words read.
fn qualified_currency(text: &str) -> Option<(String, usize)> {
    let gazetteer = gazetteer();
    let mut words = Vec::with_capacity(5);
    let mut position = 0;
    while words.len() < 5 {
        let rest = &text[position..];
        let gap = rest.len() - rest.trim_start_matches(GAP).len();
        let start = position + gap;
        let length = text[start..]
            .find(|c: char| !c.is_alphabetic())
            .unwrap_or(text.len() - start);
        if length == 0 || (words.is_empty() && gap > 0) {
            break;
        }
        words.push(start..start + length);
        position = start + length;
    }
    // The qualifier's words are capitalised, but for linking words (`Trinidad and Tobago`).
    for split in 1..words.len() {
        // Most numbers are followed by no currency word: look the country up only before one.
        if !is_currency_family_word(&text[words[split].clone()]) {
            continue;
        }
        let qualifier_words = &words[..split];
        let capitalised =
            |range: &std::ops::Range<usize>| text[range.clone()].starts_with(char::is_uppercase);
        if !qualifier_words.first().is_some_and(capitalised)
            || !qualifier_words.last().is_some_and(capitalised)
        {
            continue;
        }
        let qualifier = &text[qualifier_words[0].start..qualifier_words[split - 1].end];
        let Some(iso2) = country_of_qualifier(qualifier) else {
            continue;
        };
        let Some(country) = gazetteer.countries.get(&iso2) else {
            continue;
        };
        let family_word = &words[split];
        let word = &text[family_word.clone()];
        let names_the_family = word == country.family
            || word.strip_suffix('s') == Some(country.family.as_str())
            || gazetteer.currencies.iter().any(|(name, rule)| {
                name == word
                    && match rule {
                        CurrencyRule::Code(code) => code == &country.code,
                        CurrencyRule::Family { family, .. } => family == &country.family,
                    }
            });
        if names_the_family {
            return Some((country.code.clone(), family_word.end));
        }
    }
    None
}

/// Whether `word` names a currency's family (`dinars`, `francs`, `leva`): a country's family
/// word, its plural, or a currency name of the word table.
fn is_currency_family_word(word: &str) -> bool {
    static WORDS: OnceLock<FastMap<String, ()>> = OnceLock::new();
    let words = WORDS.get_or_init(|| {
        let gazetteer = gazetteer();
        let families = gazetteer
            .countries
            .values()
            .flat_map(|country| [country.family.clone(), format!("{}s", country.family)]);
        let names = gazetteer.currencies.iter().map(|(name, _)| name.clone());
        families.chain(names).map(|word| (word, ())).collect()
    });
    words.contains_key(word)
}

/// The currency words of one record's country.
struct Currencies {
    /// The country's currency words, shared by every record of the country.
    table: &'static CurrencyTable,
    /// Whether the country may write thousands with dots.
    dot_grouping: bool,
}

impl Currencies {
    fn for_country(country: Option<&str>) -> Self {
        let dot_grouping =
            country.is_some_and(|iso2| gazetteer().has_word(WordList::DotGroupingCountries, iso2));
        Currencies {
            table: CurrencyTable::for_country(country),
            dot_grouping,
        }
    }
}

/// The currency words of one country (or of none), built once, with indexes by first and last
/// character so that a number is compared only with the words that can touch it.
struct CurrencyTable {
    /// Symbols, names and codes with the ISO code they give, longest first.
    words: Vec<(String, Option<String>)>,
    /// Local symbols of the country (`R`, `Ksh`).
    local_symbols: Vec<String>,
    /// Indexes into `words` (in order) of the words that end with a character, or are empty.
    by_last: FastMap<char, Vec<usize>>,
    /// Indexes into `words` (in order) of the words that start with a character, or are empty.
    by_first: FastMap<char, Vec<usize>>,
    /// Indexes of the empty words (which match anywhere; normally none).
    empty: Vec<usize>,
}

impl CurrencyTable {
    /// The table of a country; countries missing from the gazetteer share the table of none.
    fn for_country(country: Option<&str>) -> &'static CurrencyTable {
        // Each country's table is built when a record of the country first needs it, so that a
        // small input does not pay for the tables of every country.
        type Tables = (FastMap<String, OnceLock<CurrencyTable>>, CurrencyTable);
        static TABLES: OnceLock<Tables> = OnceLock::new();
        let (by_country, no_country) = TABLES.get_or_init(|| {
            let by_country = gazetteer()
                .countries
                .keys()
                .map(|iso2| (iso2.clone(), OnceLock::new()))
                .collect();
            (by_country, CurrencyTable::new(None))
        });
        match country.and_then(|iso2| by_country.get_key_value(iso2)) {
            Some((iso2, table)) => table.get_or_init(|| CurrencyTable::new(Some(iso2))),
            None => no_country,
        }
    }

    fn new(country: Option<&str>) -> Self {
        let local_symbols = country
            .and_then(|iso2| gazetteer().countries.get(iso2))
            .map(|local| {
                let mut symbols = local.symbols.clone();
                // The capitalised name of the country's currency stands before a number as a
                // symbol does (`Birr 3.2 million`, `Kwacha 500 000`).
                let family = capitalise(&local.family);
                symbols.push(format!("{family}s"));
                symbols.push(family);
                symbols
            })
            .unwrap_or_default();
        let words = currency_words(country);
        let empty: Vec<usize> = (0..words.len())
            .filter(|&index| words[index].0.is_empty())
            .collect();
        let index_by = |edge: fn(&str) -> Option<char>| {
            let mut index: FastMap<char, Vec<usize>> = FastMap::default();
            for (position, (word, _)) in words.iter().enumerate() {
                if let Some(character) = edge(word) {
                    index.entry(character).or_default().push(position);
                }
            }
            for list in index.values_mut() {
                list.extend(&empty);
                list.sort_unstable();
            }
            index
        };
        let by_last = index_by(|word| word.chars().next_back());
        let by_first = index_by(|word| word.chars().next());
        CurrencyTable {
            words,
            local_symbols,
            by_last,
            by_first,
            empty,
        }
    }

    /// Indexes of the words that may be a suffix of a text ending with `last`.
    fn ending_with(&self, last: Option<char>) -> &[usize] {
        last.and_then(|c| self.by_last.get(&c))
            .unwrap_or(&self.empty)
    }

    /// Indexes of the words that may be a prefix of a text starting with `first`.
    fn starting_with(&self, first: Option<char>) -> &[usize] {
        first
            .and_then(|c| self.by_first.get(&c))
            .unwrap_or(&self.empty)
    }
}

/// Currency words for a country, longest first: local symbols, table symbols and names, ISO codes.
fn currency_words(country: Option<&str>) -> Vec<(String, Option<String>)> {
    let gazetteer = gazetteer();
    let local = country.and_then(|iso2| gazetteer.countries.get(iso2));
    let mut words: Vec<(String, Option<String>)> = Vec::new();
    if let Some(local) = local {
        for symbol in &local.symbols {
            words.push((symbol.clone(), Some(local.code.clone())));
        }
        // The name of the country's own currency, singular and plural (`kip`, `soms`), also
        // where the word table does not list it.
        let family = local.family.clone();
        let plural = if family.ends_with('s') {
            None
        } else {
            Some(format!("{family}s"))
        };
        for word in [Some(family), plural].into_iter().flatten() {
            // `Birr 3.2 million`: the name capitalised, before the number as a symbol is.
            words.push((capitalise(&word), Some(local.code.clone())));
            words.push((word, Some(local.code.clone())));
        }
    }
    for (word, rule) in &gazetteer.currencies {
        let code = match rule {
            CurrencyRule::Code(code) => Some(code.clone()),
            CurrencyRule::Family { family, fallback } => match local {
                Some(local) if &local.family == family => Some(local.code.clone()),
                _ => fallback.clone(),
            },
        };
        words.push((word.clone(), code));
    }
    let mut codes: Vec<String> = gazetteer
        .countries
        .values()
        .map(|c| c.code.clone())
        .collect();
    codes.extend(["EUR", "USD", "GBP", "CHF", "XOF", "XAF"].map(String::from));
    codes.sort();
    codes.dedup();
    // A dollar sign after a dollar's ISO code is that dollar (`ZWL$`, `SGD$`).
    let dollar_symbols = gazetteer
        .countries
        .values()
        .filter(|country| country.family == "dollar")
        .map(|country| (format!("{}$", country.code), Some(country.code.clone())));
    words.extend(dollar_symbols);
    words.extend(codes.into_iter().map(|code| (code.clone(), Some(code))));
    words.sort_by(|a, b| {
        b.0.chars()
            .count()
            .cmp(&a.0.chars().count())
            .then(a.0.cmp(&b.0))
    });
    words
}

/// Reads an amount whose number starts at `start`; returns it and the byte end.
fn amount_at(text: &str, start: usize, currencies: &Currencies) -> Option<(Amount, usize)> {
    let mut before_start = text[..start].chars().rev();
    let previous = before_start.next();
    if previous.is_some_and(|c| c.is_ascii_digit() || c == '.' || c == ',') {
        return None;
    }
    if previous == Some(' ') && before_start.next().is_some_and(|c| c.is_ascii_digit()) {
        return None;
    }
    let number = read_number(text, start, currencies.dot_grouping)?;
    let (factor, after_scale) = scale_at(text, number.end).unwrap_or((1.0, number.end));
    let before = currency_before(text, start, currencies);
    let after = currency_after(text, after_scale, currencies);
    let (currency, span_start, span_end) = match (before, after) {
        (Some((code, symbol_start)), _) => (code, symbol_start, after_scale),
        (None, Some((code, name_end))) => (code, start, name_end),
        (None, None) => return None,
    };
    let period = period_near(text, span_start, span_end);
    let evidence = Evidence::new(Field::Description, text, span_start..span_end);
    let amount = Amount {
        value: scaled(number.value, factor),
        currency,
        period,
        evidence: vec![evidence],
    };
    Some((amount, span_end))
}

/// `per year`, `a year`, `annually`, `annual budget`, `one-off` in the clause around an amount.
fn period_near(text: &str, start: usize, end: usize) -> Option<Period> {
    // `each\nyear`: a sentence wrapped inside a phrase reads as one line.
    let collapse = |clause: &str| clause.split_whitespace().collect::<Vec<_>>().join(" ");
    let after = collapse(clause_after(text, end)).to_lowercase();
    let before = collapse(clause_before(text, start)).to_lowercase();
    let one_off = ["one-off", "one-time", "one off", "one time"];
    if one_off
        .iter()
        .any(|w| after.contains(w) || before.contains(w))
    {
        return Some(Period::OneOff);
    }
    let annual_after = [
        " per year",
        " a year",
        " each year",
        " every year",
        " annually",
        " per annum",
        " yearly",
        " annual basis",
        " a yearly",
        " per annum",
    ];
    let padded_after = format!(" {after}");
    let annual_phrase_after = annual_after
        .iter()
        .any(|w| padded_after.find(w).is_some_and(|at| at < 40));
    let annual_before = ["annual", "yearly", "per year", "each year", "every year"];
    if annual_phrase_after
        || annual_before.iter().any(|w| before.contains(w))
        || is_annual_sum(text, start)
    {
        return Some(Period::Annual);
    }
    None
}

/// Nouns of money that `annual` makes a yearly sum (`the annual budget of the shelters`).
const MONEY_NOUNS: &[&str] = &[
    "budget",
    "budgets",
    "cost",
    "costs",
    "allocation",
    "allocations",
    "funding",
    "grant",
    "grants",
    "contribution",
    "contributions",
    "subsidy",
    "subsidies",
    "expenditure",
];

/// Words that may stand alone between a comma and an amount (`, about EUR 64,000,`).
const APPROXIMATORS: &[&str] = &[
    "about",
    "approximately",
    "around",
    "roughly",
    "some",
    "nearly",
    "almost",
    "over",
    "under",
];

/// `The annual budget of the shelters was set at 1.5 million balboas`, `The annual cost of the
/// line, about EUR 64,000, is met …`: the amount is the value of an annual sum named earlier in
/// its clause (or in the clause before, when only an approximator stands between).
fn is_annual_sum(text: &str, start: usize) -> bool {
    let before = text
        .get(window_start(text, start, 200)..start)
        .unwrap_or("");
    let clause_break = |text: &str| text.rfind([',', ';', '.', '\n', '(', ':']);
    let mut clause_start = clause_break(before).map_or(0, |at| at + 1);
    let only_approximators = before[clause_start..]
        .split_whitespace()
        .all(|word| APPROXIMATORS.contains(&word.to_lowercase().as_str()));
    if only_approximators && before[..clause_start].ends_with(',') {
        clause_start = clause_break(&before[..clause_start - 1]).map_or(0, |at| at + 1);
    }
    let words: Vec<String> = before[clause_start..]
        .split_whitespace()
        .map(str::to_lowercase)
        .collect();
    words.windows(2).any(|pair| {
        matches!(pair[0].as_str(), "annual" | "yearly") && MONEY_NOUNS.contains(&pair[1].as_str())
    })
}

/// A char boundary at most `width` bytes before `end`.
fn window_start(text: &str, end: usize, width: usize) -> usize {
    let mut start = end.saturating_sub(width);
    while start > 0 && !text.is_char_boundary(start) {
        start -= 1;
    }
    start
}

/// Text after `end` up to the next clause break.
fn clause_after(text: &str, end: usize) -> &str {
    let rest = text.get(end..).unwrap_or("");
    let stop = rest
        .char_indices()
        .find(|&(at, c)| {
            matches!(c, ',' | ';' | '.' | '(' | ':')
                || c.is_ascii_digit()
                || (c == '\n' && ends_paragraph(&rest[at + 1..]))
        })
        .map_or(rest.len(), |(at, _)| at);
    &rest[..stop]
}

/// Whether a line break followed by `rest` ends a paragraph or list item (a blank line, a
/// bullet, the end) rather than wrapping a sentence.
fn ends_paragraph(rest: &str) -> bool {
    let next_line = rest.trim_start_matches([' ', '\t']);
    next_line.is_empty() || next_line.starts_with(['\n', '\r', '•', '-', '*', '–', '◦', '▪', '●'])
}

/// Up to six words before `start` in the same clause.
fn clause_before(text: &str, start: usize) -> &str {
    let before = text
        .get(window_start(text, start, 200)..start)
        .unwrap_or("");
    let punctuation = before.rfind([',', ';', '.', '(', ':']);
    // A line break starts the clause only where a paragraph or list item starts.
    let paragraph = before.char_indices().rev().find_map(|(at, c)| {
        let starts = c == '\n'
            && (ends_paragraph(&before[at + 1..])
                || before[..at]
                    .trim_end_matches([' ', '\t', '\r'])
                    .ends_with('\n'));
        starts.then_some(at)
    });
    let clause_start = punctuation.max(paragraph).map_or(0, |at| at + 1);
    let clause = &before[clause_start..];
    let mut words = 0;
    let mut in_word = false;
    for (index, character) in clause.char_indices().rev() {
        if !character.is_whitespace() {
            in_word = true;
            continue;
        }
        if in_word {
            words += 1;
            in_word = false;
            if words == 6 {
                return &clause[index..];
            }
        }
    }
    clause
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str, country: &str) -> Vec<(f64, Option<String>, Option<Period>)> {
        find_amounts(text, Some(country))
            .into_iter()
            .map(|a| (a.value, a.currency, a.period))
            .collect()
    }

    #[test]
    fn scaled_amounts_are_exact_to_the_cent() {
        assert_eq!(read("EUR 16.4 million", "FR")[0].0, 16_400_000.0);
        assert_eq!(read("USD 2.3 billion", "US")[0].0, 2_300_000_000.0);
        assert_eq!(read("EUR 0.07 million", "FR")[0].0, 70_000.0);
    }

    #[test]
    fn symbols_scales_and_periods() {
        assert_eq!(
            read("It gives NZ$2.5m per year to ports.", "AU"),
            [(2_500_000.0, Some("NZD".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read("a grant of €40 000 for boats", "FR"),
            [(40_000.0, Some("EUR".into()), None)]
        );
    }

    #[test]
    fn a_country_may_write_its_currency_more_than_one_way() {
        // Samoa writes the tala `WS$`, `T` and `SAT`.
        assert_eq!(
            read("SAT 350,000 for the secretariat", "WS"),
            [(350_000.0, Some("WST".into()), None)]
        );
        // Malawi writes the kwacha `MK` and `K`.
        assert_eq!(
            read("a bursary of K45,000 and MK 2 million for boats", "MW"),
            [
                (45_000.0, Some("MWK".into()), None),
                (2_000_000.0, Some("MWK".into()), None)
            ]
        );
    }

    #[test]
    fn bare_dollar_reads_the_country() {
        assert_eq!(
            read("an annual budget of $1,250 million", "MX"),
            [(1_250_000_000.0, Some("MXN".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read("costs $3 million", "KE"),
            [(3_000_000.0, Some("USD".into()), None)]
        );
    }

    #[test]
    fn currency_names_and_codes_after_the_number() {
        assert_eq!(
            read("spent 7 billion won a year", "KR"),
            [(7e9, Some("KRW".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read("INR 50 crore was set aside", "IN"),
            [(5e8, Some("INR".into()), None)]
        );
        // Lakhs and crores grouped South Asian style.
        assert_eq!(
            read("the line costs ৳ 1,20,00,000 a year", "BD"),
            [(1.2e7, Some("BDT".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read("a grant of Rs. 12,50,000", "IN"),
            [(1.25e6, Some("INR".into()), None)]
        );
        // Two-digit groups elsewhere are no grouping.
        assert_eq!(
            read("Rs. 12,50 and 3,45", "IN"),
            [(12.5, Some("INR".into()), None)]
        );
        assert_eq!(
            read("a one-off grant of 300 euros", "IE"),
            [(300.0, Some("EUR".into()), Some(Period::OneOff))]
        );
    }

    #[test]
    fn currencies_the_euro_replaced_and_spanish_plurals() {
        assert_eq!(
            read("the budget gave HRK 3.5 million to the teams", "HR"),
            [(3.5e6, Some("HRK".into()), None)]
        );
        assert_eq!(
            read("a grant of 20 000 litas", "LT"),
            [(20000.0, Some("LTL".into()), None)]
        );
        // Before 2002: the euro's first members, by code or name.
        assert_eq!(
            read("the ministries spent ATS 38 million on the centres", "AT"),
            [(3.8e7, Some("ATS".into()), None)]
        );
        assert_eq!(
            read("a fund of 12 million pesetas and DM 4 million", "ES"),
            [
                (1.2e7, Some("ESP".into()), None),
                (4e6, Some("DEM".into()), None)
            ]
        );
        // East African shilling symbols in every common case.
        assert_eq!(
            read("it estimates that Kshs 1.5 billion is needed", "KE"),
            [(1.5e9, Some("KES".into()), None)]
        );
        assert_eq!(
            read("a grant of Tshs 20 million", "TZ"),
            [(2e7, Some("TZS".into()), None)]
        );
        assert_eq!(
            read("the State set aside 45 million meticais a year", "MZ"),
            [(4.5e7, Some("MZN".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read("it cost 5 million French francs", "FR"),
            [(5e6, Some("FRF".into()), None)]
        );
        assert_eq!(
            read("a fund of 900 million guaraníes", "PY"),
            [(9e8, Some("PYG".into()), None)]
        );
    }

    #[test]
    fn the_value_of_an_annual_sum_is_annual() {
        assert_eq!(
            read(
                "The annual budget of the office for its shelters was set at 1.5 million euros.",
                "FR"
            ),
            [(1.5e6, Some("EUR".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read(
                "The annual cost of the line, about EUR 64,000, is met by the state.",
                "FR"
            ),
            [(64e3, Some("EUR".into()), Some(Period::Annual))]
        );
        // Another clause, or an annual thing that is no sum, says nothing of the amount.
        assert_eq!(
            read(
                "The annual report of the office, written by staff, counts EUR 9,000.",
                "FR"
            ),
            [(9e3, Some("EUR".into()), None)]
        );
    }

    #[test]
    fn european_scale_abbreviations_and_spanish_de() {
        assert_eq!(
            read("about EUR 1,5 Mio. a year", "DE"),
            [(1.5e6, Some("EUR".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read("a total of DKK 12,5 mio. for shelters", "DK"),
            [(12.5e6, Some("DKK".into()), None)]
        );
        assert_eq!(
            read("It commits 1.000 millones de euros over five years.", "ES"),
            [(1e9, Some("EUR".into()), None)]
        );
        assert_eq!(
            read("a budget of birr 38\nmillion", "ET"),
            [(38e6, Some("ETB".into()), None)]
        );
    }

    #[test]
    fn amounts_in_words() {
        assert_eq!(
            read(
                "the donor gave two hundred and fifty million taka for it",
                "BD"
            ),
            [(2.5e8, Some("BDT".into()), None)]
        );
        assert_eq!(
            read("Forty-five thousand euros a year go to the line.", "FR"),
            [(45e3, Some("EUR".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read("US$\u{a0}three\u{a0}million was pledged", "FR"),
            [(3e6, Some("USD".into()), None)]
        );
        // Digits keep their own reading; counts without a currency are no amounts.
        assert_eq!(
            read("5 million euros for two hundred shelters", "FR"),
            [(5e6, Some("EUR".into()), None)]
        );
        assert!(read("one million women were reached", "FR").is_empty());
    }

    #[test]
    fn local_symbols_need_the_country() {
        assert_eq!(
            read("backed by R 2.4 billion", "ZA"),
            [(2.4e9, Some("ZAR".into()), None)]
        );
        assert!(read("backed by R 2.4 billion", "FR").is_empty());
        assert_eq!(
            read("and Shs 300 million each year", "UG"),
            [(3e8, Some("UGX".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read("a fund of Sh 40 million", "KE"),
            [(4e7, Some("KES".into()), None)]
        );
        assert_eq!(
            read("an annual allocation of Rwf 60\nmillion", "RW"),
            [(6e7, Some("RWF".into()), Some(Period::Annual))]
        );
    }

    #[test]
    fn the_bosnian_convertible_mark_is_named_in_full() {
        assert_eq!(
            read("the canton pays 120,000 convertible marks a year", "BA"),
            [(1.2e5, Some("BAM".into()), Some(Period::Annual))]
        );
    }

    #[test]
    fn the_local_currency_name_needs_the_country() {
        assert_eq!(
            read("a budget of 45 billion kip a year", "LA"),
            [(45e9, Some("LAK".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read("a grant of 5 million soms", "KG"),
            [(5e6, Some("KGS".into()), None)]
        );
        assert!(read("a grant of 5 million soms", "FR").is_empty());
        assert_eq!(
            read("set aside 45 million krónur a year", "IS"),
            [(45e6, Some("ISK".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read(
                "the budget set aside 18.6 billion soums for\nthe centres",
                "UZ"
            ),
            [(18.6e9, Some("UZS".into()), None)]
        );
    }

    #[test]
    fn a_currency_named_by_its_country() {
        assert_eq!(
            read("a grant of 3.1 million Tunisian dinars a year", "FR"),
            [(3.1e6, Some("TND".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read("the fund holds 40 million Djibouti francs", "DJ"),
            [(4e7, Some("DJF".into()), None)]
        );
        assert_eq!(
            read("about 900,000 Trinidad and Tobago dollars", "GB"),
            [(9e5, Some("TTD".into()), None)]
        );
        // A country word before some other word is no currency.
        assert!(read("reached 400 Tunisian women", "TN").is_empty());
    }

    #[test]
    fn symbols_with_a_dot_a_code_or_a_country_prefix() {
        assert_eq!(
            read("a fund of B/. 2.5 million", "PA"),
            [(2.5e6, Some("PAB".into()), None)]
        );
        assert_eq!(
            read("with ZWL$ 12 million in 2021", "ZW"),
            [(1.2e7, Some("ZWL".into()), None)]
        );
        assert_eq!(
            read("a subsidy of Sr$ 700,000", "SR"),
            [(7e5, Some("SRD".into()), None)]
        );
        assert_eq!(
            read("fines of 3,000 leva and CUC 8,000 in grants", "BG"),
            [
                (3000.0, Some("BGN".into()), None),
                (8000.0, Some("CUC".into()), None)
            ]
        );
    }

    #[test]
    fn apostrophe_grouping_codes_in_letters_and_every_un_member_currency() {
        assert_eq!(
            read("a grant of CHF 180'000 a year", "LI"),
            [(180_000.0, Some("CHF".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read("a programme worth NIS 40 million", "IL"),
            [(4e7, Some("ILS".into()), None)]
        );
        assert_eq!(
            read("estimated at 3.2 million manat", "TM"),
            [(3.2e6, Some("TMT".into()), None)]
        );
    }

    #[test]
    fn a_period_and_a_capitalised_currency_name_across_line_breaks() {
        assert_eq!(
            read("shelters get ¥480 million each\nyear.", "JP"),
            [(480_000_000.0, Some("JPY".into()), Some(Period::Annual))]
        );
        assert_eq!(
            read("the court spent Birr 3.2 million on it", "ET"),
            [(3_200_000.0, Some("ETB".into()), None)]
        );
        assert_eq!(
            read("a fine of up to 1.000.000 đồng", "VN"),
            [(1_000_000.0, Some("VND".into()), None)]
        );
        // A new list item starts a new clause.
        assert_eq!(
            read(
                "the line costs 900 000 kwacha\n• each year the ministry reports",
                "MW"
            ),
            [(900_000.0, Some("MWK".into()), None)]
        );
    }

    #[test]
    fn a_currency_between_two_numbers_prefixes_the_second() {
        assert_eq!(
            read("In 2018 MNT 1.2 billion was allocated", "MN"),
            [(1_200_000_000.0, Some("MNT".into()), None)]
        );
    }

    /// `F CFA`, the franc of the two CFA zones written with a space, reads as the country's
    /// franc like `FCFA`.
    #[test]
    fn the_cfa_franc_written_f_cfa() {
        assert_eq!(
            read("it received 20 millions de F CFA in 2019", "ML"),
            [(2e7, Some("XOF".into()), None)]
        );
        assert_eq!(
            read("a grant of F CFA 5 million", "TD"),
            [(5e6, Some("XAF".into()), None)]
        );
    }

    #[test]
    fn a_sentence_wrapped_between_the_number_and_its_currency() {
        assert_eq!(
            read("the state pays 60 million\nCFA francs each year", "SN"),
            [(6e7, Some("XOF".into()), Some(Period::Annual))]
        );
    }

    #[test]
    fn both_bounds_of_a_range_are_amounts() {
        assert_eq!(
            read("grants range from 5,000 to 9,000 euros", "IE"),
            [
                (5000.0, Some("EUR".into()), None),
                (9000.0, Some("EUR".into()), None)
            ]
        );
        // The scale word is shared when the lower bound is the smaller number.
        assert_eq!(
            read("between 40 and 70 million CFA francs a year", "ML"),
            [
                (4e7, Some("XOF".into()), Some(Period::Annual)),
                (7e7, Some("XOF".into()), Some(Period::Annual))
            ]
        );
        assert_eq!(
            read("a fine of 100,000\nto 400,000 CFA francs", "TG"),
            [
                (1e5, Some("XOF".into()), None),
                (4e5, Some("XOF".into()), None)
            ]
        );
        assert_eq!(
            read("each centre gets US$ 20,000 to 35,000", "KE"),
            [
                (20000.0, Some("USD".into()), None),
                (35000.0, Some("USD".into()), None)
            ]
        );
        assert_eq!(
            read("between FBu 2 million and FBu 6 million a year", "BI"),
            [
                (2e6, Some("BIF".into()), Some(Period::Annual)),
                (6e6, Some("BIF".into()), Some(Period::Annual))
            ]
        );
        // `and` makes a range only after `between`; a year is no lower bound.
        assert_eq!(read("it helped 300 and 2 million euros", "IE").len(), 1);
        assert_eq!(read("from 2019 to 5 million euros", "IE").len(), 1);
    }

    #[test]
    fn numbers_without_currency_are_not_amounts() {
        assert!(
            read(
                "call 0800 150 150 or 016; 1,315 victims in 2020; Law 11.340",
                "ZA"
            )
            .is_empty()
        );
    }
}
