//! What the gazetteer says of each token of a field, looked up once per field: the lowercase
//! form, the word lists it is in and its head-noun entry.
//!
//! The name grammar and the pillar rules ask these questions of the same tokens many times; this
//! module answers each once, with one map look-up per word. It owns no rules.

use std::ops::Range;

use super::gazetteer::{HeadWord, WordList, gazetteer, possessive_stem};
use super::text::{Token, TokenKind};

/// Facts of every token of one field, by token index.
#[derive(Debug, Clone, Default, PartialEq)]
pub(crate) struct TokenFacts {
    /// The lowercase forms of the word and number tokens, one after the other.
    lower: String,
    /// Byte range of each token's lowercase form in `lower` (empty for other tokens).
    lower_spans: Vec<Range<usize>>,
    /// Word-list bits of each token ([`WordList::bit`]).
    lists: Vec<u16>,
    /// Head noun entry of each word token.
    heads: Vec<Option<&'static HeadWord>>,
    /// Pillar keywords that start with each token's lowercase form ([`super::gazetteer::Lexeme`]).
    pillar_keywords: Vec<&'static [usize]>,
}

impl TokenFacts {
    /// Looks up the tokens of `source`. Only word and number tokens get facts: every gazetteer
    /// word starts with a letter or digit, and other tokens are one other character.
    pub fn new(source: &str, tokens: &[Token]) -> Self {
        let gazetteer = gazetteer();
        let mut facts = TokenFacts {
            lower: String::with_capacity(source.len()),
            lower_spans: Vec::with_capacity(tokens.len()),
            lists: Vec::with_capacity(tokens.len()),
            heads: Vec::with_capacity(tokens.len()),
            pillar_keywords: Vec::with_capacity(tokens.len()),
        };
        for token in tokens {
            let start = facts.lower.len();
            if !matches!(token.kind, TokenKind::Word | TokenKind::Number) {
                facts.lower_spans.push(start..start);
                facts.lists.push(0);
                facts.heads.push(None);
                facts.pillar_keywords.push(&[]);
                continue;
            }
            push_lowercase(&mut facts.lower, token.text(source));
            let lower = &facts.lower[start..];
            let lexeme = gazetteer.lexicon.get(lower);
            let head = if token.kind != TokenKind::Word {
                None
            } else {
                let stem = possessive_stem(lower);
                if stem.len() == lower.len() && !stem.contains('-') {
                    lexeme.and_then(|lexeme| lexeme.head.as_ref())
                } else {
                    gazetteer.head_of_lowercase(stem)
                }
            };
            facts.lists.push(lexeme.map_or(0, |lexeme| lexeme.lists));
            facts.heads.push(head);
            facts
                .pillar_keywords
                .push(lexeme.map_or(&[], |lexeme| lexeme.pillar_keywords.as_slice()));
            facts.lower_spans.push(start..facts.lower.len());
        }
        facts
    }

    /// The lowercase form of a word or number token (empty for other tokens).
    pub fn lower(&self, index: usize) -> &str {
        self.lower_spans
            .get(index)
            .and_then(|span| self.lower.get(span.clone()))
            .unwrap_or("")
    }

    /// Whether the token is in a word list (any case), like [`super::gazetteer::Gazetteer::has_word`]
    /// on its text.
    pub fn in_list(&self, index: usize, list: WordList) -> bool {
        self.lists
            .get(index)
            .is_some_and(|lists| lists & list.bit() != 0)
    }

    /// Indexes of the pillar keywords whose first word is the token (any case).
    pub fn pillar_keywords(&self, index: usize) -> &'static [usize] {
        self.pillar_keywords.get(index).copied().unwrap_or(&[])
    }

    /// The head noun entry of a word token, like [`super::gazetteer::Gazetteer::head`] on its
    /// text (`None` for other tokens).
    pub fn head(&self, index: usize) -> Option<&'static HeadWord> {
        self.heads.get(index).copied().flatten()
    }
}

/// Appends `text.to_lowercase()`, without allocating for ASCII text.
fn push_lowercase(buffer: &mut String, text: &str) {
    if text.is_ascii() {
        let start = buffer.len();
        buffer.push_str(text);
        buffer[start..].make_ascii_lowercase();
    } else {
        buffer.push_str(&text.to_lowercase());
    }
}

#[cfg(test)]
mod tests {
    use super::super::text::tokenize;
    use super::*;

    #[test]
    fn facts_agree_with_the_gazetteer() {
        let source = "The Ministries' Courts’ and Police's court of Ministry (x) 30M ΣΑΣ in May.";
        let tokens = tokenize(source);
        let facts = TokenFacts::new(source, &tokens);
        let gazetteer = gazetteer();
        for (index, token) in tokens.iter().enumerate() {
            let text = token.text(source);
            let word = token.kind == TokenKind::Word;
            let number = token.kind == TokenKind::Number;
            let expected_head = if word { gazetteer.head(text) } else { None };
            assert_eq!(facts.head(index), expected_head, "{text}");
            for list in [WordList::Connectors, WordList::Months, WordList::Leading] {
                assert_eq!(
                    facts.in_list(index, list),
                    gazetteer.has_word(list, text),
                    "{text}"
                );
            }
            if word || number {
                assert_eq!(facts.lower(index), text.to_lowercase());
            }
        }
        assert!(facts.head(1).is_some());
        assert!(!facts.in_list(99, WordList::Months));
    }
}
