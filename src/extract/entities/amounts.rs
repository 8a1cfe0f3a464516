//! Amounts of money in the description: a number with a currency (symbol, ISO code or name)
//! and an optional scale word, read into units with an ISO 4217 code and a period.
//!
//! Bare numbers (hotlines, counts, years, law numbers) are never amounts: a currency must be
//! written next to the number. Symbols and names that several countries share (`$`, `pesos`,
//! `R`) are read with the record's country.

use std::sync::OnceLock;

use super::gazetteer::{CurrencyRule, FastMap, WordList, gazetteer};
use super::{Amount, Evidence, Field, Period};

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
            amounts.push(amount);
            position = end.max(start + 1);
        } else {
            position = start + skip_number(&description[start..]);
        }
    }
    amounts
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
    if digits.len() <= 3 {
        if let Some(&separator) = bytes.get(end) {
            let grouping = matches!(separator, b',' | b' ' | b'.') && group_of_three(end + 1);
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

/// A scale word after a number: its factor and byte end.
fn scale_at(text: &str, position: usize) -> Option<(f64, usize)> {
    let rest = text.get(position..)?;
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    let skipped = rest.len() - trimmed.len();
    let attached = skipped == 0;
    let word: String = trimmed.chars().take_while(|c| c.is_alphabetic()).collect();
    let factor = match word.as_str() {
        "million" | "millions" | "mn" | "mln" | "Mn" => 1e6,
        "m" | "M" if attached || word.len() == 1 => 1e6,
        "billion" | "billions" | "bn" | "Bn" | "bln" => 1e9,
        "thousand" => 1e3,
        "k" | "K" if attached => 1e3,
        "trillion" => 1e12,
        "crore" | "crores" => 1e7,
        "lakh" | "lakhs" | "lac" | "lacs" => 1e5,
        _ => return None,
    };
    Some((factor, position + skipped + word.len()))
}

/// The currency written before `start`, as (code, byte start of the symbol).
fn currency_before(
    text: &str,
    start: usize,
    currencies: &Currencies,
) -> Option<(Option<String>, usize)> {
    let before = text.get(window_start(text, start, 16)..start)?;
    let spaced = before.trim_end_matches([' ', '\u{a0}']);
    let trimmed = spaced
        .strip_suffix('.')
        .filter(|_| spaced.len() < before.len())
        .unwrap_or(spaced);
    let table = currencies.table;
    let local_symbols = &table.local_symbols;
    let candidates = table.ending_with(trimmed.chars().next_back());
    for (word, code) in candidates.iter().map(|&index| &table.words[index]) {
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
    let trimmed = rest.trim_start_matches([' ', '\u{a0}']);
    if trimmed.len() == rest.len() && !rest.starts_with(|c: char| !c.is_alphanumeric()) {
        return None;
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
        let is_name = word.chars().all(|c| c.is_alphabetic() || c == ' ');
        if is_name {
            return Some((code.clone(), end + skipped + word.len()));
        }
    }
    None
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
        static TABLES: OnceLock<(FastMap<String, CurrencyTable>, CurrencyTable)> = OnceLock::new();
        let (by_country, no_country) = TABLES.get_or_init(|| {
            let by_country = gazetteer()
                .countries
                .keys()
                .map(|iso2| (iso2.clone(), CurrencyTable::new(Some(iso2))))
                .collect();
            (by_country, CurrencyTable::new(None))
        });
        country
            .and_then(|iso2| by_country.get(iso2))
            .unwrap_or(no_country)
    }

    fn new(country: Option<&str>) -> Self {
        let local_symbols = country
            .and_then(|iso2| gazetteer().countries.get(iso2))
            .map(|local| local.symbols.clone())
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
    let after = clause_after(text, end).to_lowercase();
    let before = clause_before(text, start).to_lowercase();
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
    if annual_phrase_after || annual_before.iter().any(|w| before.contains(w)) {
        return Some(Period::Annual);
    }
    None
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
        .find(|c: char| matches!(c, ',' | ';' | '.' | '\n' | '(' | ':') || c.is_ascii_digit())
        .unwrap_or(rest.len());
    &rest[..stop]
}

/// Up to six words before `start` in the same clause.
fn clause_before(text: &str, start: usize) -> &str {
    let before = text
        .get(window_start(text, start, 200)..start)
        .unwrap_or("");
    let clause_start = before
        .rfind([',', ';', '.', '\n', '(', ':'])
        .map_or(0, |at| at + 1);
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
        assert_eq!(
            read("a fund of 900 million guaraníes", "PY"),
            [(9e8, Some("PYG".into()), None)]
        );
    }

    #[test]
    fn local_symbols_need_the_country() {
        assert_eq!(
            read("backed by R 2.4 billion", "ZA"),
            [(2.4e9, Some("ZAR".into()), None)]
        );
        assert!(read("backed by R 2.4 billion", "FR").is_empty());
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
