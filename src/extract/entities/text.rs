//! Tokens of raw prose with byte spans, and small text helpers shared by the entity rules.
//!
//! The tokenizer never changes the text: every token is a byte range of the input, so evidence
//! spans point into the raw field. It owns no knowledge of names, money or pillars.

use std::ops::Range;

/// What a token is made of.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Starts with a letter: `Ministry`, `Women's`, `M.O.F.`, `Beijing+20`, `Gender-Based`.
    Word,
    /// Starts with a digit: `2019`, `11.340`, `84/VII/2011`, `9,800`, `30m`.
    Number,
    /// One other character: `(`, `,`, `“`, `•`, `$`.
    Punct,
    /// A blank line or the start of a list item: no name runs across it.
    Break,
}

/// One token and its byte range in the source text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// What the token is made of.
    pub kind: TokenKind,
    /// Byte range in the source text.
    pub span: Range<usize>,
}

impl Token {
    /// The token's text.
    pub fn text<'t>(&self, source: &'t str) -> &'t str {
        source.get(self.span.clone()).unwrap_or("")
    }
}

/// Characters that join two alphanumeric runs into one token when nothing separates them.
fn is_joiner(character: char) -> bool {
    matches!(
        character,
        '\'' | '’' | '‘' | '-' | '‐' | '‑' | '.' | '/' | '&' | '+' | ','
    )
}

/// Whether a joiner may join inside a word (commas only join digits).
fn joins(previous: char, joiner: char, next: char, in_number: bool) -> bool {
    if !next.is_alphanumeric() || !previous.is_alphanumeric() {
        return false;
    }
    match joiner {
        ',' => in_number && previous.is_ascii_digit() && next.is_ascii_digit(),
        '.' => in_number || previous.is_alphabetic() && next.is_alphanumeric(),
        _ => true,
    }
}

/// Whether the text after a newline starts a list item (`•`, `- `, `* `, `1. `).
fn starts_list_item(rest: &str) -> bool {
    let trimmed = rest.trim_start_matches([' ', '\t']);
    let mut characters = trimmed.chars();
    match characters.next() {
        Some('•' | '●' | '▪' | '◦' | '·') => true,
        Some('-' | '*' | '–') => characters.next().is_some_and(char::is_whitespace),
        Some(digit) if digit.is_ascii_digit() => {
            let after: String = trimmed
                .chars()
                .skip_while(char::is_ascii_digit)
                .take(2)
                .collect();
            after.starts_with(". ") || after.starts_with(") ")
        }
        _ => false,
    }
}

/// The character at byte `position` of `source` (a character boundary), if any.
fn char_at(source: &str, position: usize) -> Option<char> {
    match source.as_bytes().get(position) {
        Some(&byte) if byte.is_ascii() => Some(char::from(byte)),
        Some(_) => source.get(position..)?.chars().next(),
        None => None,
    }
}

/// Splits raw prose into tokens. Whitespace is skipped; a blank line or a newline before a list
/// item gives a [`TokenKind::Break`].
pub(crate) fn tokenize(source: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(source.len() / 4);
    let mut position = 0;
    while let Some(character) = char_at(source, position) {
        let start = position;
        if character == '\n' {
            push_line_break(source, position, &mut tokens);
            position += 1;
            continue;
        }
        if character.is_whitespace() {
            position += character.len_utf8();
            continue;
        }
        if character.is_alphanumeric() {
            let in_number = character.is_ascii_digit();
            let mut end = start + character.len_utf8();
            let mut previous = character;
            while let Some(current) = char_at(source, end) {
                if current.is_alphanumeric() || is_combining_mark(current) {
                    previous = current;
                    end += current.len_utf8();
                    continue;
                }
                if !is_joiner(current) {
                    break;
                }
                let after = end + current.len_utf8();
                match char_at(source, after) {
                    Some(next) if joins(previous, current, next, in_number) => {
                        previous = next;
                        end = after + next.len_utf8();
                    }
                    _ => break,
                }
            }
            end = include_acronym_final_dot(source, start, end);
            end = include_abbreviation_dot(source, start, end);
            end = include_plural_possessive(source, end);
            let kind = if in_number {
                TokenKind::Number
            } else {
                TokenKind::Word
            };
            tokens.push(Token {
                kind,
                span: start..end,
            });
            position = end;
            continue;
        }
        let end = start + character.len_utf8();
        tokens.push(Token {
            kind: TokenKind::Punct,
            span: start..end,
        });
        position = end;
    }
    tokens
}

/// Unicode combining marks that follow a base letter in decomposed text.
fn is_combining_mark(character: char) -> bool {
    ('\u{300}'..='\u{36f}').contains(&character)
}

/// `M.O.F.` and `B.E.` keep their final dot: a word of single letters joined by dots.
fn include_acronym_final_dot(source: &str, start: usize, end: usize) -> usize {
    if source.as_bytes().get(end) != Some(&b'.') {
        return end;
    }
    let word = source.get(start..end).unwrap_or("");
    let single_letters = word.split('.').all(|part| {
        let mut characters = part.chars();
        characters.next().is_some_and(char::is_alphabetic) && characters.next().is_none()
    });
    if word.contains('.') && single_letters {
        end + 1
    } else {
        end
    }
}

/// `Joseph N. Harbour Hospital`, `St. Tidal Police`: an initial or `St`/`Mt` keeps its dot when a
/// capitalised word follows, so that the name goes on.
fn include_abbreviation_dot(source: &str, start: usize, end: usize) -> usize {
    let word = source.get(start..end).unwrap_or("");
    let after = source.get(end..).unwrap_or("");
    if keeps_abbreviation_dot(word, after) {
        end + 1
    } else {
        end
    }
}

/// Whether `word`, followed by `after` (which starts with its dot), is an initial or a `St`/`Mt`
/// abbreviation inside a name.
fn keeps_abbreviation_dot(word: &str, after: &str) -> bool {
    let mut characters = word.chars();
    let initial = characters.next().is_some_and(char::is_uppercase) && characters.next().is_none();
    let abbreviation = initial || matches!(word, "St" | "Mt" | "Ste");
    let mut rest = after.chars();
    abbreviation
        && rest.next() == Some('.')
        && rest.next() == Some(' ')
        && rest.next().is_some_and(char::is_uppercase)
}

/// `Magistrates' Courts`: a plural possessive keeps its apostrophe when a capitalised word follows.
fn include_plural_possessive(source: &str, end: usize) -> usize {
    let Some(apostrophe @ ('\'' | '’')) = char_at(source, end) else {
        return end;
    };
    let after_s = end > 0 && source.as_bytes()[end - 1] == b's';
    let after = end + apostrophe.len_utf8();
    let space_then_capital = char_at(source, after) == Some(' ')
        && char_at(source, after + 1).is_some_and(char::is_uppercase);
    if after_s && space_then_capital {
        after
    } else {
        end
    }
}

/// Handles the newline at byte `offset`: pushes a break token when a blank line or list item
/// follows.
fn push_line_break(source: &str, offset: usize, tokens: &mut Vec<Token>) {
    let rest = source.get(offset + 1..).unwrap_or("");
    let next_line = rest.split('\n').next().unwrap_or("");
    let blank = next_line.trim().is_empty();
    if blank || starts_list_item(rest) {
        let needs_break = tokens
            .last()
            .is_none_or(|token| token.kind != TokenKind::Break);
        if needs_break {
            tokens.push(Token {
                kind: TokenKind::Break,
                span: offset..offset + 1,
            });
        }
    }
}

/// Whether a word starts with an uppercase letter.
#[inline]
pub(crate) fn is_capitalised(word: &str) -> bool {
    match word.as_bytes() {
        [b'A'..=b'Z', ..] => true,
        // `l'Enfant`, `d’Ivoire`: a French elided article before a capital is part of the word.
        [b'l' | b'd', b'\'', ..] => word[2..].starts_with(char::is_uppercase),
        [b'l' | b'd', 0xE2, 0x80, 0x99, ..] => word[4..].starts_with(char::is_uppercase),
        // `iTaukei`, `eSafety`: a lowercase prefix letter before a capitalised word.
        [b'a'..=b'z', b'A'..=b'Z', b'a'..=b'z', ..] => true,
        [first, ..] if first.is_ascii() => false,
        _ => word.chars().next().is_some_and(char::is_uppercase),
    }
}

/// Whether a word is an acronym: two or more capitals, all letters capitals except a final
/// plural `s` (`DEAMs`) or inner small letters in short forms like `MoH`.
pub(crate) fn is_acronym(word: &str) -> bool {
    if !is_capitalised(word) || is_roman_numeral(word) {
        return false;
    }
    let (mut letters, mut capitals) = (0, 0);
    for character in word.chars().filter(|c| c.is_alphabetic()) {
        letters += 1;
        capitals += usize::from(character.is_uppercase());
    }
    if capitals < 2 {
        return false;
    }
    let body = word.strip_suffix('s').unwrap_or(word);
    let small = body.chars().filter(|c| c.is_lowercase()).count();
    small == 0 || (small == 1 && (letters <= 4 || capitals >= 4))
}

/// Lowercase form of a word for lookups, without a possessive ending.
pub(crate) fn lookup_form(word: &str) -> String {
    let lower = word.to_lowercase();
    for suffix in ["'s", "’s", "s'", "s’"] {
        if let Some(stem) = lower.strip_suffix(suffix) {
            return if suffix.starts_with('s') {
                format!("{stem}s")
            } else {
                stem.to_string()
            };
        }
    }
    lower
}

/// Collapses runs of whitespace (line breaks included) into single spaces and trims the ends.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    let mut collapsed = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !collapsed.is_empty() {
            collapsed.push(' ');
        }
        collapsed.push_str(word);
    }
    collapsed
}

/// A comparison key: lowercase, straight quotes, one space, no leading "the", no outer punctuation.
pub(crate) fn comparison_key(text: &str) -> String {
    // One pass: map quotes and dashes, lowercase, and collapse whitespace runs into one space.
    let mut key = String::with_capacity(text.len());
    let mut space = false;
    for character in text.chars() {
        if character.is_whitespace() {
            space = true;
            continue;
        }
        if space && !key.is_empty() {
            key.push(' ');
        }
        space = false;
        let mapped = match character {
            '’' | '‘' | '`' => '\'',
            '“' | '”' => '"',
            '–' | '‐' | '‑' | '—' => '-',
            other => other,
        };
        if mapped.is_ascii() {
            key.push(mapped.to_ascii_lowercase());
        } else {
            key.extend(mapped.to_lowercase());
        }
    }
    let key = key.strip_prefix("the ").unwrap_or(&key);
    key.trim_matches(|c: char| matches!(c, ' ' | '.' | ',' | ';' | ':' | '"' | '\''))
        .to_string()
}

/// How far a sentence may reach on each side of a position, in bytes.
const SENTENCE_LIMIT: usize = 1500;

/// The byte range of a sentence around `position`: from after the previous `. `/`; `/break up to
/// the next one.
pub(crate) fn sentence_around(source: &str, position: usize) -> Range<usize> {
    let position = position.min(source.len());
    let bytes = source.as_bytes();
    let limit_start = position.saturating_sub(SENTENCE_LIMIT);
    let limit_end = position.saturating_add(SENTENCE_LIMIT).min(bytes.len());
    let mut start = position;
    while start > limit_start {
        let previous = bytes[start - 1];
        if previous == b'\n' && start >= 2 && bytes[start - 2] == b'\n' {
            break;
        }
        if (previous == b' ' || previous == b'\n')
            && start >= 2
            && matches!(bytes[start - 2], b'.' | b';' | b'!' | b'?')
            && ends_sentence(bytes, start - 2)
        {
            break;
        }
        start -= 1;
    }
    let mut end = position;
    while end < limit_end {
        let current = bytes[end];
        if matches!(current, b'.' | b';' | b'!' | b'?')
            && bytes
                .get(end + 1)
                .is_none_or(|next| next.is_ascii_whitespace())
            && ends_sentence(bytes, end)
        {
            break;
        }
        if current == b'\n' && bytes.get(end + 1) == Some(&b'\n') {
            break;
        }
        end += 1;
    }
    start..end
}

/// Abbreviations written with a full stop that a sentence goes on after (`Rs. 4 million`, `No. 12`,
/// `Art. 5`), lowercase.
const ABBREVIATIONS: [&str; 15] = [
    "rs", "no", "nos", "art", "arts", "para", "paras", "p", "pp", "vol", "cap", "sec", "dr", "mr",
    "mrs",
];

/// Whether the mark at `at` (a `.`, `;`, `!` or `?` before white space) ends a sentence: a full
/// stop after an abbreviation does not (`with Rs. 12 million`, `Act No. 4 of 2010`), nor one that
/// a lowercase word follows.
pub(crate) fn ends_sentence(bytes: &[u8], at: usize) -> bool {
    if bytes[at] != b'.' {
        return true;
    }
    let next = bytes[at + 1..]
        .iter()
        .copied()
        .find(|byte| !byte.is_ascii_whitespace());
    if next.is_some_and(|byte| byte.is_ascii_lowercase()) {
        return false;
    }
    let word_start = bytes[..at]
        .iter()
        .rposition(|byte| !byte.is_ascii_alphabetic())
        .map_or(0, |index| index + 1);
    let word = &bytes[word_start..at];
    !ABBREVIATIONS
        .iter()
        .any(|abbreviation| word.eq_ignore_ascii_case(abbreviation.as_bytes()))
}

/// `II`, `IV`, `XIII`: a Roman numeral made of `I`, `V` and `X` (the number of a plan or a
/// chapter, never a body), written the usual way (1 to 39).
pub(crate) fn is_roman_numeral(word: &str) -> bool {
    let bytes = word.as_bytes();
    let tens = bytes.iter().take_while(|&&b| b == b'X').count().min(3);
    let units = &bytes[tens..];
    let valid_units = matches!(units, b"IX" | b"IV")
        || matches!(units, [b'V', rest @ ..] | rest if rest.len() <= 3 && rest.iter().all(|&b| b == b'I'));
    !bytes.is_empty() && valid_units
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The first tokenizer (on a vector of characters), kept to check the byte-offset one.
    mod reference {
        use super::super::{
            Token, TokenKind, is_combining_mark, is_joiner, joins, keeps_abbreviation_dot,
            starts_list_item,
        };

        /// Splits raw prose into tokens. Whitespace is skipped; a blank line or a newline before a list
        /// item gives a [`TokenKind::Break`].
        pub(super) fn tokenize(source: &str) -> Vec<Token> {
            let mut tokens = Vec::new();
            let characters: Vec<(usize, char)> = source.char_indices().collect();
            let mut index = 0;
            while index < characters.len() {
                let (start, character) = characters[index];
                if character == '\n' {
                    index = push_line_break(source, &characters, index, &mut tokens);
                    continue;
                }
                if character.is_whitespace() {
                    index += 1;
                    continue;
                }
                if character.is_alphanumeric() {
                    let in_number = character.is_ascii_digit();
                    let mut end_index = index + 1;
                    while end_index < characters.len() {
                        let current = characters[end_index].1;
                        if current.is_alphanumeric() || is_combining_mark(current) {
                            end_index += 1;
                        } else if is_joiner(current)
                            && end_index + 1 < characters.len()
                            && joins(
                                characters[end_index - 1].1,
                                current,
                                characters[end_index + 1].1,
                                in_number,
                            )
                        {
                            end_index += 2;
                        } else {
                            break;
                        }
                    }
                    end_index = include_acronym_final_dot(&characters, index, end_index);
                    let offset = |i: usize| characters.get(i).map_or(source.len(), |(o, _)| *o);
                    let (word, after) = (
                        &source[offset(index)..offset(end_index)],
                        &source[offset(end_index)..],
                    );
                    if keeps_abbreviation_dot(word, after) {
                        end_index += 1;
                    }
                    end_index = include_plural_possessive(&characters, end_index);
                    let end = characters
                        .get(end_index)
                        .map_or(source.len(), |(offset, _)| *offset);
                    let kind = if in_number {
                        TokenKind::Number
                    } else {
                        TokenKind::Word
                    };
                    tokens.push(Token {
                        kind,
                        span: start..end,
                    });
                    index = end_index;
                    continue;
                }
                let end = start + character.len_utf8();
                tokens.push(Token {
                    kind: TokenKind::Punct,
                    span: start..end,
                });
                index += 1;
            }
            tokens
        }

        /// `M.O.F.` and `B.E.` keep their final dot: a word of single letters joined by dots.
        fn include_acronym_final_dot(
            characters: &[(usize, char)],
            start: usize,
            end: usize,
        ) -> usize {
            let Some(&(_, '.')) = characters.get(end) else {
                return end;
            };
            let word: String = characters[start..end].iter().map(|(_, c)| *c).collect();
            let parts: Vec<&str> = word.split('.').collect();
            if parts.len() >= 2
                && parts
                    .iter()
                    .all(|part| part.chars().count() == 1 && part.chars().all(char::is_alphabetic))
            {
                end + 1
            } else {
                end
            }
        }

        /// `Magistrates' Courts`: a plural possessive keeps its apostrophe when a capitalised word follows.
        fn include_plural_possessive(characters: &[(usize, char)], end: usize) -> usize {
            let apostrophe = matches!(characters.get(end), Some((_, '\'' | '’')));
            let after_s = end > 0 && characters[end - 1].1 == 's';
            let space_then_capital = matches!(characters.get(end + 1), Some((_, ' ')))
                && characters
                    .get(end + 2)
                    .is_some_and(|(_, c)| c.is_uppercase());
            if apostrophe && after_s && space_then_capital {
                end + 1
            } else {
                end
            }
        }

        /// Handles a newline at `index`: pushes a break token when a blank line or list item follows,
        /// and returns the index after the newline.
        fn push_line_break(
            source: &str,
            characters: &[(usize, char)],
            index: usize,
            tokens: &mut Vec<Token>,
        ) -> usize {
            let (offset, _) = characters[index];
            let rest = source.get(offset + 1..).unwrap_or("");
            let next_line = rest.split('\n').next().unwrap_or("");
            let blank = next_line.trim().is_empty();
            if blank || starts_list_item(rest) {
                let needs_break = tokens
                    .last()
                    .is_none_or(|token| token.kind != TokenKind::Break);
                if needs_break {
                    tokens.push(Token {
                        kind: TokenKind::Break,
                        span: offset..offset + 1,
                    });
                }
            }
            index + 1
        }
    }

    #[test]
    fn tokenizer_agrees_with_the_reference_on_tricky_text() {
        let mut samples = vec![
            String::new(),
            "a".to_string(),
            "M.O.F. and B.E. 2550, p.8. U.S.A".to_string(),
            "Sailors' Courts, Sailors’ Courts, Sailors’ courts, s' X, 's A".to_string(),
            "e\u{301}cole Gender‐Based 9,800 1.200.000 84/VII/2011 30m x,y 1,a".to_string(),
            "One\r\n\r\nTwo\n  • three\n- four\n12. five\n3) six\n–\tseven\n\n\n".to_string(),
            "ΣΑΣ İstanbul ﬁne “quoted” (brackets) Beijing+20 DoJ&CD a.b.c. ä.ö.".to_string(),
            "trailing apostrophe Courts' \nend’".to_string(),
        ];
        let folders = ["examples/records", "tests/data/heldout/records"];
        for folder in folders {
            let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
            for entry in std::fs::read_dir(path).into_iter().flatten().flatten() {
                let bytes = std::fs::read(entry.path()).unwrap_or_default();
                samples.push(String::from_utf8_lossy(&bytes).into_owned());
            }
        }
        for sample in &samples {
            assert_eq!(tokenize(sample), reference::tokenize(sample), "{sample}");
            for cut in (0..sample.len()).step_by(97) {
                if let Some(tail) = sample.get(cut..) {
                    assert_eq!(tokenize(tail), reference::tokenize(tail));
                }
            }
        }
    }

    fn texts(source: &str) -> Vec<&str> {
        tokenize(source)
            .iter()
            .map(|token| token.text(source))
            .collect()
    }

    #[test]
    fn words_keep_apostrophes_hyphens_and_inner_dots() {
        assert_eq!(
            texts("the Sailors' Guild’s Gender-Based plan (M.O.F.) p.8."),
            [
                "the",
                "Sailors'",
                "Guild’s",
                "Gender-Based",
                "plan",
                "(",
                "M.O.F.",
                ")",
                "p.8",
                "."
            ]
        );
    }

    #[test]
    fn numbers_keep_separators_and_law_numbers() {
        assert_eq!(
            texts("Law 12.345 and 7/XI/2003, 9,800 m"),
            ["Law", "12.345", "and", "7/XI/2003", ",", "9,800", "m"]
        );
    }

    #[test]
    fn blank_lines_and_bullets_make_breaks() {
        let tokens = tokenize("One\n\nTwo\n  • three\nfour");
        let kinds: Vec<TokenKind> = tokens.iter().map(|token| token.kind).collect();
        assert_eq!(
            kinds,
            [
                TokenKind::Word,
                TokenKind::Break,
                TokenKind::Word,
                TokenKind::Break,
                TokenKind::Punct,
                TokenKind::Word,
                TokenKind::Word
            ]
        );
    }

    #[test]
    fn plural_possessive_keeps_its_apostrophe_before_a_name() {
        assert_eq!(
            texts("Sailors' Courts and 'Tides'"),
            ["Sailors'", "Courts", "and", "'", "Tides", "'"]
        );
    }

    #[test]
    fn roman_numerals_are_not_acronyms() {
        for numeral in [
            "II", "III", "IV", "VI", "VIII", "IX", "XII", "XIV", "XIX", "XXX",
        ] {
            assert!(!is_acronym(numeral), "{numeral}");
        }
        for acronym in ["VIC", "IVF", "VIIX", "CIV", "DV"] {
            assert!(is_acronym(acronym), "{acronym}");
        }
    }

    #[test]
    fn acronyms_allow_a_plural_s() {
        assert!(is_acronym("FSU"));
        assert!(is_acronym("FSUs"));
        assert!(is_acronym("M.O.F."));
        assert!(!is_acronym("Fisheries"));
        assert!(!is_acronym("A"));
        assert!(is_acronym("MoH"));
        assert!(is_acronym("DoJ&CD"));
        assert!(!is_acronym("McDonald"));
    }

    #[test]
    fn comparison_key_ignores_case_quotes_and_the() {
        assert_eq!(
            comparison_key("The Harbour  Board’s Office."),
            "harbour board's office"
        );
    }

    #[test]
    fn sentence_around_stops_at_full_stops() {
        let text = "First one. Second one here. Third.";
        let range = sentence_around(text, 14);
        assert_eq!(&text[range], "Second one here");
    }

    #[test]
    fn a_sentence_goes_on_after_an_abbreviation() {
        let text = "It started. The NGO runs it with Rs. 4 million from the Ministry. Done.";
        let range = sentence_around(text, text.find("Ministry").unwrap());
        assert_eq!(
            &text[range],
            "The NGO runs it with Rs. 4 million from the Ministry"
        );
        let text = "Under Act No. 12 of 2010 the port. 2,300 boats came. Later.";
        let range = sentence_around(text, text.find("port").unwrap());
        assert_eq!(&text[range], "Under Act No. 12 of 2010 the port");
        let range = sentence_around(text, text.find("boats").unwrap());
        assert_eq!(&text[range], "2,300 boats came");
    }
}
