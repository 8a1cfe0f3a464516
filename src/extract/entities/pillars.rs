//! Pillars (the 4-Ps): prevention, protection, prosecution and partnership, read from the Type of
//! Measure paths and from keyword families in the description.
//!
//! Keywords inside a classified name (an agency, instrument or other named thing) are not
//! evidence: `Protection Desk` or `Act on Preventing Violence` say nothing about the measure.
//! Training counts as prosecution when it trains enforcement staff and as prevention otherwise;
//! `together with` counts as partnership only after a verb of joint delivery.

use std::collections::BTreeMap;
use std::ops::Range;
use std::sync::OnceLock;

use super::facts::TokenFacts;
use super::gazetteer::{FastMap, KeywordStrength, WordList, gazetteer};
use super::names::{NameRole, Names};
use super::text::{Token, TokenKind, ends_sentence, sentence_around};
use super::{AgencyKind, Evidence, Field, Pillar, PillarFinding, ProseInput};

/// Words that make a sentence about victims (for the weaker protection keywords).
const VICTIM_WORDS: &[&str] = &[
    "victim",
    "victims",
    "survivor",
    "survivors",
    "women",
    "woman",
    "girls",
    "girl",
    "children",
    "child",
];

/// Phrases of joint work that need a delivery verb before them.
const JOINT_PHRASES: &[&[&str]] = &[
    &["together", "with"],
    &["jointly", "with"],
    &["along", "with"],
    &["in", "conjunction", "with"],
];

/// Finds the pillars of a record with their evidence, in pillar order.
pub(crate) fn find_pillars(input: &ProseInput<'_>, names: &Names) -> Vec<PillarFinding> {
    let mut found: BTreeMap<Pillar, Vec<Evidence>> = BTreeMap::new();
    for (pillar, evidence) in measure_type_pillars(input.measure_types) {
        found.entry(pillar).or_default().push(evidence);
    }
    let text = Prose::new(
        input.description,
        names,
        is_data_measure(input.measure_types),
    );
    for (pillar, evidence) in keyword_pillars(&text) {
        found.entry(pillar).or_default().push(evidence);
    }
    for (pillar, evidence) in training_pillars(&text) {
        found.entry(pillar).or_default().push(evidence);
    }
    for evidence in police_action(&text)
        .into_iter()
        .chain(decided_by_court(&text))
    {
        found.entry(Pillar::Prosecution).or_default().push(evidence);
    }
    for evidence in work_with_body(&text) {
        found.entry(Pillar::Partnership).or_default().push(evidence);
    }
    for evidence in joint_delivery(&text) {
        found.entry(Pillar::Partnership).or_default().push(evidence);
    }
    for evidence in international_support(&text) {
        found.entry(Pillar::Partnership).or_default().push(evidence);
    }
    found
        .into_iter()
        .map(|(pillar, evidence)| PillarFinding { pillar, evidence })
        .collect()
}

/// The pillar a Type of Measure path gives by its top level, if any.
fn pillar_of_measure_type(top_level: &str) -> Option<Pillar> {
    let top = top_level.trim().to_lowercase();
    match top.as_str() {
        "institutional mechanisms" => Some(Pillar::Partnership),
        "police" | "justice" => Some(Pillar::Prosecution),
        "social services" => Some(Pillar::Protection),
        "prevention" | "research and statistical data" | "administrative data" => {
            Some(Pillar::Prevention)
        }
        _ if top.starts_with("coordinated") => Some(Pillar::Partnership),
        _ => None,
    }
}

/// Whether every Type of Measure collects data (`Research and statistical data > …`,
/// `Administrative data > …`, `Monitoring and Evaluation > …`), and there is one at least.
fn is_data_measure(measure_types: &[Vec<String>]) -> bool {
    !measure_types.is_empty()
        && measure_types.iter().all(|path| {
            path.first().is_some_and(|top| {
                let top = top.trim();
                top.eq_ignore_ascii_case("research and statistical data")
                    || top.eq_ignore_ascii_case("administrative data")
                    || top.eq_ignore_ascii_case("monitoring and evaluation")
            })
        })
}

/// Pillars from the Type of Measure; spans index the paths joined as `a > b, c > d`.
fn measure_type_pillars(measure_types: &[Vec<String>]) -> Vec<(Pillar, Evidence)> {
    let joined: Vec<String> = measure_types.iter().map(|path| path.join(" > ")).collect();
    let all = joined.join(", ");
    let mut offset = 0;
    let mut found = Vec::new();
    for (path, text) in measure_types.iter().zip(&joined) {
        let span = offset..offset + text.len();
        offset += text.len() + 2;
        if let Some(pillar) = path.first().and_then(|top| pillar_of_measure_type(top)) {
            found.push((pillar, Evidence::new(Field::MeasureType, &all, span)));
        }
    }
    found
}

/// The description's words with their masks.
struct Prose<'a> {
    source: &'a str,
    tokens: &'a [Token],
    facts: &'a TokenFacts,
    words: Vec<usize>,
    /// Lowercase text of each word.
    lower: Vec<&'a str>,
    masked: Vec<bool>,
    in_excluded_name: Vec<bool>,
    in_agency_name: Vec<bool>,
    in_holder_name: Vec<bool>,
    in_instrument_name: Vec<bool>,
    /// Whether each word is inside the name of a non-governmental organisation.
    in_ngo_name: Vec<bool>,
    /// Whether each word is inside the name of a UN body or another international organisation.
    in_international_name: Vec<bool>,
    /// The acronyms the text gave bodies (`KPWKM` in `Ministry of Women (KPWKM)`).
    agency_acronyms: Vec<&'a str>,
    /// Does the measure collect data (every Type of Measure is research, administrative data or
    /// monitoring)?
    data_measure: bool,
}

impl<'a> Prose<'a> {
    /// The words of `source`, with `names` found in it (their tokens and facts are reused).
    fn new(source: &'a str, names: &'a Names, data_measure: bool) -> Self {
        let tokens = names.tokens.as_slice();
        let facts = &names.facts;
        let words: Vec<usize> = (0..tokens.len())
            .filter(|&i| matches!(tokens[i].kind, TokenKind::Word | TokenKind::Number))
            .collect();
        let lower = words.iter().map(|&i| facts.lower(i)).collect();
        let mut masked = vec![false; words.len()];
        let mut in_excluded_name = vec![false; words.len()];
        let mut in_agency_name = vec![false; words.len()];
        let mut in_holder_name = vec![false; words.len()];
        let mut in_instrument_name = vec![false; words.len()];
        let mut in_ngo_name = vec![false; words.len()];
        let mut in_international_name = vec![false; words.len()];
        for name in names
            .names
            .iter()
            .filter(|name| name.role != NameRole::Unknown)
        {
            let first = words.partition_point(|&t| tokens[t].span.start < name.mask.start);
            for (position, &token) in words.iter().enumerate().skip(first) {
                if tokens[token].span.end > name.mask.end {
                    break;
                }
                masked[position] = true;
                in_excluded_name[position] |= name.role == NameRole::Excluded;
                in_agency_name[position] |= matches!(name.role, NameRole::Agency(_));
                in_holder_name[position] |= name.role == NameRole::Holder;
                in_instrument_name[position] |= matches!(name.role, NameRole::Instrument(_));
                in_ngo_name[position] |= name.role == NameRole::Agency(AgencyKind::NonGovernmental);
                // Listed donors (`AECID`, `Sida`) are international partners too.
                in_international_name[position] |= name.international
                    || matches!(
                        name.role,
                        NameRole::Agency(
                            AgencyKind::UnBody | AgencyKind::InternationalOrganisation
                        )
                    );
            }
        }
        let agency_acronyms = names
            .names
            .iter()
            .filter(|name| matches!(name.role, NameRole::Agency(_)))
            .filter_map(|name| Some(name.short_form.as_ref()?.0.as_str()))
            .collect();
        Prose {
            source,
            tokens,
            facts,
            words,
            lower,
            masked,
            agency_acronyms,
            in_excluded_name,
            in_agency_name,
            in_holder_name,
            in_instrument_name,
            in_ngo_name,
            in_international_name,
            data_measure,
        }
    }

    /// Whether word `position` is in a word list.
    fn in_list(&self, position: usize, list: WordList) -> bool {
        self.facts.in_list(self.words[position], list)
    }

    /// Whether word `position` directly follows word `position - 1` (no punctuation between).
    fn adjacent(&self, position: usize) -> bool {
        position > 0 && self.words[position] == self.words[position - 1] + 1
    }

    fn span(&self, first: usize, last: usize) -> Range<usize> {
        self.tokens[self.words[first]].span.start..self.tokens[self.words[last]].span.end
    }

    fn evidence(&self, first: usize, last: usize) -> Evidence {
        Evidence::new(Field::Description, self.source, self.span(first, last))
    }

    /// `(AECID)` after a body's name: word `position` alone in brackets right after a word of
    /// a body's name, its short form.
    fn is_bracketed_short_form(&self, position: usize) -> bool {
        let token = self.words[position];
        position > 0
            && self.in_agency_name[position - 1]
            && token >= 1
            && self.words[position - 1] + 2 == token
            && self.token_text(token - 1) == "("
            && self.token_text(token + 1) == ")"
    }

    /// The text of token `index` (any kind); empty past the end.
    /// Is the word, outside any name, the acronym the text gave a body (`the KPWKM runs …`)?
    fn is_agency_acronym(&self, position: usize) -> bool {
        !self.masked[position]
            && self
                .agency_acronyms
                .contains(&self.token_text(self.words[position]))
    }

    fn token_text(&self, index: usize) -> &'a str {
        self.tokens
            .get(index)
            .map_or("", |token| token.text(self.source))
    }

    /// Word positions inside the sentence around word `position`.
    fn sentence_words(&self, position: usize) -> Range<usize> {
        let sentence = sentence_around(self.source, self.tokens[self.words[position]].span.start);
        let start = self
            .words
            .partition_point(|&t| self.tokens[t].span.start < sentence.start);
        let end = self
            .words
            .partition_point(|&t| self.tokens[t].span.start < sentence.end);
        start.min(position)..end.max(position + 1)
    }
}

/// Whether the phrase of `words` matches at word `position`.
fn phrase_matches<W: AsRef<str>>(
    text: &Prose<'_>,
    position: usize,
    words: &[W],
    prefix: bool,
) -> bool {
    words.iter().enumerate().all(|(offset, word)| {
        let word = word.as_ref();
        let at = position + offset;
        let Some(token) = text.lower.get(at) else {
            return false;
        };
        if offset > 0 && !text.adjacent(at) {
            return false;
        }
        let last = offset + 1 == words.len();
        *token == word || (last && prefix && token.starts_with(word))
    })
}

/// The one-word prefix keywords indexed by their first character (keywords by their exact first
/// word are in the gazetteer's lexicon), so that each word of the text is compared only with the
/// keywords that can start there.
struct KeywordIndex {
    /// One-word prefix keywords (`partner*`), which match any word that starts with them, by
    /// their first character when it is ASCII.
    ascii_prefixes: Vec<Vec<usize>>,
    /// The same for other first characters.
    other_prefixes: FastMap<char, Vec<usize>>,
}

impl KeywordIndex {
    /// The one-word prefix keywords whose first character is `first`.
    fn prefixes(&self, first: char) -> &[usize] {
        match self.ascii_prefixes.get(first as usize) {
            Some(numbers) => numbers,
            None => self.other_prefixes.get(&first).map_or(&[], Vec::as_slice),
        }
    }
}

fn keyword_index() -> &'static KeywordIndex {
    static INDEX: OnceLock<KeywordIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = KeywordIndex {
            ascii_prefixes: vec![Vec::new(); 128],
            other_prefixes: FastMap::default(),
        };
        // Keywords by their exact first word are in the gazetteer's lexicon, read per token.
        for (number, keyword) in gazetteer().pillar_keywords.iter().enumerate() {
            if let ([first], true) = (keyword.words.as_slice(), keyword.prefix) {
                if let Some(character) = first.chars().next() {
                    match index.ascii_prefixes.get_mut(character as usize) {
                        Some(numbers) => numbers.push(number),
                        None => index
                            .other_prefixes
                            .entry(character)
                            .or_default()
                            .push(number),
                    }
                }
            }
        }
        index
    })
}

/// Keyword evidence outside names, in keyword order and then text order.
fn keyword_pillars(text: &Prose<'_>) -> Vec<(Pillar, Evidence)> {
    let keywords = &gazetteer().pillar_keywords;
    let index = keyword_index();
    let mut matches: Vec<(usize, usize)> = Vec::new();
    for (position, word) in text.lower.iter().enumerate() {
        let exact = text.facts.pillar_keywords(text.words[position]).iter();
        let prefixed = word
            .chars()
            .next()
            .map(|first| index.prefixes(first))
            .into_iter()
            .flatten()
            .filter(|&&number| word.starts_with(keywords[number].words[0].as_str()));
        for &number in exact.chain(prefixed) {
            let keyword = &keywords[number];
            if phrase_matches(text, position, &keyword.words, keyword.prefix) {
                matches.push((number, position));
            }
        }
    }
    matches.sort_unstable();
    let mut found = Vec::new();
    for (number, position) in matches {
        let keyword = &keywords[number];
        let last = position + keyword.words.len() - 1;
        if (position..=last).any(|w| text.masked[w]) {
            continue;
        }
        let before = position.checked_sub(1).filter(|_| text.adjacent(position));
        let last_part = |w: usize| text.lower[w].rsplit(['/', '-']).next().unwrap_or("");
        if before.is_some_and(|w| keyword.cancel_before.iter().any(|c| c == last_part(w))) {
            continue;
        }
        let after = (last + 1 < text.words.len() && text.adjacent(last + 1)).then_some(last + 1);
        if after.is_some_and(|w| keyword.cancel_after.iter().any(|c| *c == text.lower[w])) {
            continue;
        }
        if is_negated(text, position)
            || is_denied(text, position)
            || is_recommended(text, position)
            || is_enforcement_curriculum(text, position)
            || (keyword.pillar == Pillar::Protection && is_measured(text, position))
            || gives_an_instruments_subject(text, position)
            || names_a_form_of_violence(text, position, last)
            || (keyword.pillar == Pillar::Prosecution
                && is_where_victims_are_accompanied(text, position))
            || is_work_or_study(text, position)
            || (matches!(keyword.pillar, Pillar::Prosecution | Pillar::Protection)
                && (is_what_people_are_told(text, position)
                    || is_asked_whether(text, position)
                    || is_listed_content(text, position)))
        {
            continue;
        }
        let in_context = match keyword.strength {
            KeywordStrength::Strong => true,
            KeywordStrength::Victim => mentions_victims(text, position),
            KeywordStrength::NonGovernmental => mentions_ngos(text, position),
        };
        if !in_context {
            continue;
        }
        found.push((keyword.pillar, text.evidence(position, last)));
    }
    found
}

/// `makes 21 recommendations, among them that a safe house be opened`, `recommended that the
/// police be trained`: what a report recommends is not what the measure does. The keyword is in
/// a clause opened by `that` within a few words of a word of recommending.
fn is_recommended(text: &Prose<'_>, position: usize) -> bool {
    // Most keywords have no `recommend…` before them: look for one before finding the sentence.
    let Some(that) = (position.saturating_sub(12)..position)
        .rev()
        .find(|&w| text.lower[w] == "that")
    else {
        return false;
    };
    let Some(recommending) = (that.saturating_sub(4)..that)
        .rev()
        .find(|&w| text.lower[w].starts_with("recommend"))
    else {
        return false;
    };
    recommending >= text.sentence_words(position).start
}

/// Words that say a sentence measures or records something.
const MEASURING_WORDS: [&str; 32] = [
    "cost",
    "costs",
    "costed",
    "costing",
    "spent",
    "spend",
    "spending",
    "expenditure",
    "estimated",
    "estimate",
    "estimates",
    "record",
    "records",
    "recorded",
    "recording",
    "code",
    "codes",
    "coded",
    "counted",
    "measured",
    "asked",
    "asks",
    "studies",
    "studied",
    "reviews",
    "reviewed",
    "examines",
    "examined",
    "analyses",
    "analysed",
    "analyzes",
    "analyzed",
];

/// `codes for the services given (medical care, legal aid, shelter)`, `spent ₮21 billion on the
/// health and shelter services used`: in a measure that collects data, services named in a
/// sentence that records, counts or costs things are what the data are about, not services the
/// measure gives. A survey that hands respondents a helpline says so in a sentence of its own.
fn is_measured(text: &Prose<'_>, position: usize) -> bool {
    text.data_measure
        && text
            .sentence_words(position)
            .any(|w| MEASURING_WORDS.contains(&text.lower[w]))
}

/// Words that open a clause giving an instrument's subject right after its name.
const INSTRUMENT_SUBJECT_WORDS: [&str; 10] = [
    "establishing",
    "regulating",
    "governing",
    "concerning",
    "regarding",
    "amending",
    "approving",
    "introducing",
    "on",
    "setting",
];

/// Words that end such a clause: the sentence's own verb comes after it (`the Act establishing
/// the Council provides shelters`).
const ENDS_INSTRUMENT_SUBJECT: [&str; 22] = [
    "is", "are", "was", "were", "has", "have", "had", "can", "will", "must", "may", "shall",
    "should", "requires", "required", "provides", "provided", "sets", "gives", "obliges", "allows",
    "entitles",
];

/// The most words between the word that opens an instrument's subject and the keyword.
const MAX_INSTRUMENT_SUBJECT_WORDS: usize = 24;

/// `as Law No. 12/2009 of 16 September establishing the legal regime for the prevention of
/// domestic violence and the protection of its victims requires`: a keyword in a clause that
/// opens right after an instrument's name with a word for its subject (`establishing`,
/// `regulating`, `on`, …) says what the instrument is about, not what the measure does. The
/// clause ends at punctuation or at the sentence's verb.
fn gives_an_instruments_subject(text: &Prose<'_>, position: usize) -> bool {
    let mut word = position;
    for _ in 0..MAX_INSTRUMENT_SUBJECT_WORDS {
        if word == 0 || text.in_instrument_name[word] || !text.adjacent(word) {
            return false;
        }
        let current = text.lower[word];
        if word != position && ENDS_INSTRUMENT_SUBJECT.contains(&current) {
            return false;
        }
        if INSTRUMENT_SUBJECT_WORDS.contains(&current)
            && !text.masked[word]
            && text.in_instrument_name[word - 1]
        {
            return true;
        }
        word -= 1;
    }
    false
}

/// Keywords that also name a form of violence.
const FORM_OF_VIOLENCE_WORDS: [&str; 1] = ["psychological"];

/// `psychological violence`, `psychological, physical and economic violence`: a keyword that
/// heads a list of forms of violence says what the violence is, not what the measure does. The
/// words after it are single words each set off by a comma, `and` or `or`, up to a word for
/// violence; `psychological support for victims of violence` is no such list.
fn names_a_form_of_violence(text: &Prose<'_>, position: usize, last: usize) -> bool {
    const VIOLENCE_WORDS: [&str; 6] = [
        "violence",
        "abuse",
        "harassment",
        "harm",
        "aggression",
        "violences",
    ];
    if position != last || !FORM_OF_VIOLENCE_WORDS.contains(&text.lower[position]) {
        return false;
    }
    let sentence_end = text.sentence_words(position).end;
    let mut word = last + 1;
    while word < sentence_end && word <= last + 12 {
        let current = text.lower[word];
        if VIOLENCE_WORDS.contains(&current) {
            return text.adjacent(word);
        }
        let listed = matches!(current, "and" | "or")
            || (!text.adjacent(word) && text.token_text(text.words[word] - 1) == ",")
            || matches!(text.lower[word - 1], "and" | "or");
        if !listed {
            return false;
        }
        word += 1;
    }
    false
}

/// `accompanied 900 women through the court process`, `escorts her to each court hearing`,
/// `lawyers go with them to the court`, `represent survivors in the family courts`, `advises
/// women who take their case to court`, `transport to court hearings`, `help in applying to the
/// courts`: a court that victims are taken to, stand in or bring
/// their own case to is where the support happens, not justice work the measure does. A word
/// for accompanying or representing victims, or a victim's own case, within the eight words
/// before, in the same sentence.
fn is_where_victims_are_accompanied(text: &Prose<'_>, position: usize) -> bool {
    if !matches!(
        text.lower[position],
        "court" | "courts" | "trial" | "trials" | "judicial"
    ) {
        return false;
    }
    let sentence = text.sentence_words(position);
    let next = |w: usize| text.lower.get(w + 1).map_or("", |next| &**next);
    (position.saturating_sub(8).max(sentence.start)..position).any(|w| {
        let word = text.lower[w];
        let goes_with = matches!(word, "go" | "goes" | "went" | "going") && next(w) == "with";
        let represents_victims = word.starts_with("represent")
            && (matches!(next(w), "them" | "her" | "clients") || VICTIM_WORDS.contains(&next(w)));
        let own_case = matches!(word, "their" | "her")
            && matches!(next(w), "case" | "cases" | "complaint" | "complaints");
        // `transport to court hearings`, `help in applying to the courts for protection orders`.
        let taken_or_applying =
            (word.starts_with("transport") || word == "applying") && next(w) == "to";
        word.starts_with("accompan")
            || word.starts_with("escort")
            || goes_with
            || represents_victims
            || own_case
            || taken_or_applying
    })
}

/// `return to work or study`, `combine study and work`, `find work or training`: study or
/// training paired with work is what a person does, not research or training the measure does.
fn is_work_or_study(text: &Prose<'_>, position: usize) -> bool {
    const WORK: [&str; 3] = ["work", "employment", "job"];
    if !matches!(text.lower[position], "study" | "studies" | "training") {
        return false;
    }
    let word = |w: Option<usize>| w.and_then(|w| text.lower.get(w)).map_or("", |word| &**word);
    let joined = |w: Option<usize>| matches!(word(w), "or" | "and");
    (joined(position.checked_sub(1)) && WORK.contains(&word(position.checked_sub(2))))
        || (joined(Some(position + 1)) && WORK.contains(&word(Some(position + 2))))
}

/// `Facilitators explain that both practices are offences`, `pupils learn that hitting is a
/// crime`, `clubs teach girls that marrying a pupil is an offence`: a keyword in what people are
/// told is the message of an awareness activity, not justice work. A verb of telling, teaching or
/// learning, then `that`, `about`, `how` or `why` and the words up to the keyword with no
/// punctuation between them but a name's (`the cases they learn about, lets the courts …` goes on
/// to another clause; `an offence under the Harbour Act, 2015, punishable by …` does not), within
/// sixteen words of it in the same sentence, a name counting as one word.
fn is_what_people_are_told(text: &Prose<'_>, position: usize) -> bool {
    let telling = |verb: usize| {
        // Not a stem for the new verbs: `teachers that report abuse` tell nobody anything.
        ["explain", "learn", "remind"]
            .iter()
            .any(|stem| text.lower[verb].starts_with(stem))
            || matches!(
                text.lower[verb],
                "tell"
                    | "tells"
                    | "told"
                    | "teach"
                    | "teaches"
                    | "teaching"
                    | "taught"
                    | "preach"
                    | "preaches"
                    | "preached"
                    | "preaching"
                    | "warn"
                    | "warns"
                    | "warned"
                    | "inform"
                    | "informs"
                    | "informed"
                    | "informing"
            )
    };
    // Most keywords have no telling verb before them, whatever their sentence: look for one
    // before finding the sentence.
    if !(words_back(text, position, 16, 0)..position).any(telling) {
        return false;
    }
    let sentence = text.sentence_words(position);
    let from = words_back(text, position, 16, sentence.start);
    // Punctuation ends the clause, unless it belongs to a name (a name's brackets and commas,
    // or the comma that closes it) or is a possessive's apostrophe (`four years' prison`).
    let joined = |w: usize| {
        let between = text.words[w - 1] + 1..text.words[w];
        text.adjacent(w)
            || text.masked[w]
            || text.masked[w - 1]
            || between.len() == 1 && matches!(text.token_text(between.start), "'" | "’")
    };
    (from..position).any(|verb| {
        telling(verb)
            && (verb + 1..position).any(|w| {
                matches!(text.lower[w], "that" | "about" | "how" | "why")
                    && (w + 1..=position).all(joined)
            })
    })
}

/// `the record notes whether a protection order was in force`, `asked women whether they had
/// reported it to the police`: a keyword in a question, opened by `whether` earlier in its
/// sentence, is what is asked or recorded, not what the measure does. A question someone
/// decides (`workers decide whether she needs a place at the shelter`) is their work.
fn is_asked_whether(text: &Prose<'_>, position: usize) -> bool {
    // Most keywords have no `whether` before them, whatever their sentence: look for one
    // before finding the sentence.
    let near = words_back(text, position, 16, 0)..position;
    if !near.into_iter().any(|w| text.lower[w] == "whether") {
        return false;
    }
    let sentence = text.sentence_words(position);
    let from = words_back(text, position, 16, sentence.start);
    (from..position).any(|w| {
        let decided = w > sentence.start
            && [
                "decid",
                "determin",
                "assess",
                "judg",
                "consider",
                "establish",
            ]
            .iter()
            .any(|stem| text.lower[w - 1].starts_with(stem));
        text.lower[w] == "whether" && !decided
    })
}

/// Words of a lead-in that announces what a course, a leaflet or a record holds (`Its modules
/// cover:`, `pupils learn:`, `for every victim the record notes:`). Not `modules`: a centre
/// serves women through modules of services.
const CONTENT_LEAD_WORDS: [&str; 18] = [
    "cover",
    "covers",
    "covered",
    "learn",
    "learns",
    "learned",
    "learnt",
    "teach",
    "teaches",
    "taught",
    "explain",
    "explains",
    "explained",
    "lessons",
    "topics",
    "subjects",
    "notes",
    "records",
];

/// How far before a keyword the colon of its list's lead-in may be, in bytes.
const MAX_LIST_BYTES: usize = 1500;

/// `Its modules cover: • how to issue a protective order …`, `the record notes: • whether the
/// aggressor was convicted`: a keyword in a list whose lead-in, ended by a colon, says the list
/// is what a course covers, what people learn or what a record notes is a subject, not what the
/// measure does. The list runs from the colon with no sentence ended before the keyword (its
/// items may end with semicolons).
fn is_listed_content(text: &Prose<'_>, position: usize) -> bool {
    let bytes = text.source.as_bytes();
    let at = text.tokens[text.words[position]].span.start;
    let floor = at.saturating_sub(MAX_LIST_BYTES);
    // The colons and sentence ends before the keyword, the nearest first.
    let mut end = at;
    let stops = std::iter::from_fn(|| {
        let window = &bytes[floor..end];
        let stop = match (
            memchr::memrchr3(b':', b'.', b'?', window),
            memchr::memrchr(b'!', window),
        ) {
            (Some(a), Some(b)) => a.max(b),
            (a, b) => a.or(b)?,
        };
        end = floor + stop;
        Some(end)
    });
    for index in stops {
        match bytes[index] {
            b':' => {
                let lead_in = &text.source[sentence_around(text.source, index).start..index];
                return lead_in.split(|c: char| !c.is_alphanumeric()).any(|word| {
                    CONTENT_LEAD_WORDS
                        .iter()
                        .any(|lead| word.eq_ignore_ascii_case(lead))
                });
            }
            b'.' | b'!' | b'?'
                if bytes
                    .get(index + 1)
                    .is_none_or(|next| next.is_ascii_whitespace())
                    && ends_sentence(bytes, index) =>
            {
                return false;
            }
            _ => {}
        }
    }
    false
}

/// `Activists do not receive or investigate complaints`, `the unit never prosecutes`: a keyword
/// after `not` or `never` (with at most two words between, and no punctuation) says what is not
/// done; further on, the negation is of another verb (`who does not attend commits an
/// offence`). `not only` and `not just` add rather than deny.
fn is_denied(text: &Prose<'_>, position: usize) -> bool {
    let mut word = position;
    for _ in 0..3 {
        if word == 0 || !text.adjacent(word) {
            return false;
        }
        word -= 1;
        if matches!(text.lower[word], "not" | "never") {
            let next = text.lower.get(word + 1).map_or("", |next| &**next);
            return !matches!(next, "only" | "just" | "merely" | "least");
        }
    }
    false
}

/// The most words between `no` and the keyword it negates.
const MAX_NEGATED_DISTANCE: usize = 5;

/// `set up no new coordinating body`, `contains no provisions on public education`, `No register
/// exists yet for protection orders`: a keyword in a phrase that `no` opens says what the measure
/// lacks. A verb of being or a clause word between them ends the phrase (`no victim is left
/// without shelter`, `no woman who asks for protection`).
fn is_negated(text: &Prose<'_>, position: usize) -> bool {
    const ENDS_PHRASE: [&str; 24] = [
        "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "can", "could",
        "will", "would", "should", "must", "may", "without", "who", "which", "that", "lacks",
        "lack", "until",
    ];
    let mut word = position;
    for _ in 0..=MAX_NEGATED_DISTANCE {
        // Only words written one after the other: punctuation ends the phrase.
        if word == 0 || !text.adjacent(word) {
            return false;
        }
        word -= 1;
        // `Decree No 3 sets up shelters`: a number after `no` makes it an abbreviation.
        let numbered = text.tokens[text.words[word + 1]].kind == TokenKind::Number;
        match text.lower[word] {
            "no" => return !numbered,
            other if ENDS_PHRASE.contains(&other) => return false,
            _ => {}
        }
    }
    false
}

/// Whether the sentence around word `position` mentions victims outside names.
fn mentions_victims(text: &Prose<'_>, position: usize) -> bool {
    text.sentence_words(position)
        .any(|w| !text.masked[w] && VICTIM_WORDS.contains(&&*text.lower[w]))
}

/// Whether the sentence around word `position` mentions non-governmental organisations: by a
/// word outside names (`NGOs`, `non-governmental organisations`, `civil society organisations`,
/// `charities`), or by the name of one (`the Harbour Society for Families`).
fn mentions_ngos(text: &Prose<'_>, position: usize) -> bool {
    if text.sentence_words(position).any(|w| text.in_ngo_name[w]) {
        return true;
    }
    let words: Vec<usize> = text
        .sentence_words(position)
        .filter(|&w| !text.masked[w])
        .collect();
    words.iter().enumerate().any(|(n, &w)| {
        let word = &*text.lower[w];
        matches!(
            word,
            "ngo"
                | "ngos"
                | "non-governmental"
                | "nongovernmental"
                | "association"
                | "associations"
                | "charity"
                | "charities"
                | "non-profit"
                | "non-profits"
                | "nonprofit"
                | "nonprofits"
                | "not-for-profit"
        ) || word == "civil"
            && words
                .get(n + 1)
                .is_some_and(|&next| text.lower[next] == "society")
    })
}

/// `clinical officers`, `probation officers`, `human resources officers`: officers of a service
/// are no enforcement staff.
fn is_service_officer(text: &Prose<'_>, w: usize) -> bool {
    matches!(text.lower[w], "officers" | "officer")
        && w > 0
        && text.adjacent(w)
        && matches!(
            text.lower[w - 1],
            "clinical"
                | "medical"
                | "health"
                | "social"
                | "welfare"
                | "probation"
                | "extension"
                | "nursing"
                | "project"
                | "programme"
                | "program"
                | "development"
                | "education"
                | "child"
                | "gender"
                | "resources"
                | "district"
                | "town"
                | "village"
                | "labour"
                | "finance"
        )
}

/// Training of enforcement staff is prosecution; other training is prevention.
/// `added to the curriculum of the National Police Training School`: the curriculum of a school
/// that trains enforcement staff is police or justice training, not prevention.
fn is_enforcement_curriculum(text: &Prose<'_>, position: usize) -> bool {
    text.lower[position].starts_with("curricul")
        && (position + 1..(position + 8).min(text.words.len()))
            .any(|w| text.in_list(w, WordList::Enforcement) && trains_enforcement_staff(text, w))
}

/// Heads of the schools that train a profession.
const TRAINING_SCHOOLS: [&str; 5] = ["academy", "college", "school", "institute", "centre"];

/// `trains recruits at the Harbour Police Academy`: an enforcement word inside the name of a
/// school right before its head (`Police Academy`, `Judicial Training Institute`) says who is
/// trained there.
fn trains_enforcement_staff(text: &Prose<'_>, w: usize) -> bool {
    text.in_agency_name[w]
        && (w + 1..(w + 3).min(text.words.len())).any(|next| {
            text.in_agency_name[next]
                && text.adjacent(next)
                && TRAINING_SCHOOLS.contains(&text.lower[next])
        })
}

/// People who staff a service, as a description of the service names them.
const STAFF_WORDS: [&str; 9] = [
    "volunteers",
    "staff",
    "counsellors",
    "counselors",
    "personnel",
    "professionals",
    "mediators",
    "advocates",
    "caseworkers",
];

/// `answered by someone trained to respond`, `run by staff trained in trauma care`: `trained`
/// right after the people it describes and before what they are trained for, with no number
/// before them (`300 staff trained in 2019` counts a training), says who works.
fn is_staff_description(text: &Prose<'_>, position: usize) -> bool {
    let Some(person) = position.checked_sub(1) else {
        return false;
    };
    let described = text.lower[position] == "trained"
        && text.adjacent(position)
        && (STAFF_WORDS.contains(&text.lower[person])
            || matches!(text.lower[person], "someone" | "somebody" | "person"))
        && matches!(
            text.lower.get(position + 1).map(|w| &**w),
            Some("to" | "in")
        );
    let counted = person
        .checked_sub(1)
        .is_some_and(|w| text.lower[w].starts_with(|c: char| c.is_ascii_digit()));
    described && !counted
}

fn training_pillars(text: &Prose<'_>) -> Vec<(Pillar, Evidence)> {
    let mut found = Vec::new();
    // Who the last training mention was for: enforcement staff, others.
    let mut last_trained: Option<(bool, bool)> = None;
    for position in 0..text.words.len() {
        let word = text.lower[position];
        let capacity_building = word == "capacity-building"
            || (word == "capacity"
                && text
                    .lower
                    .get(position + 1)
                    .is_some_and(|w| *w == "building"));
        let hidden = text.masked[position] && !text.in_excluded_name[position];
        // `taught 300 nurses to …`, `obliges schools to teach pupils`: teaching a group is
        // training it (a teaching hospital teaches no one about violence).
        // `a two-day course for 85 health workers`, `courses on …`, `seminars for managers` (not
        // `of course`, nor `in the course of 2019`).
        let course = matches!(
            word,
            "course" | "courses" | "seminar" | "seminars" | "workshop" | "workshops"
        ) && text
            .lower
            .get(position + 1)
            .is_some_and(|next| matches!(&**next, "for" | "on"));
        // `give students instruction on dating violence`: teaching too.
        let instruction = word == "instruction"
            && text
                .lower
                .get(position + 1)
                .is_some_and(|next| matches!(&**next, "on" | "about"));
        let taught = course
            || instruction
            || matches!(word, "taught" | "teach" | "teaches")
            || (word == "teaching"
                && !text
                    .lower
                    .get(position + 1)
                    .is_some_and(|next| next.starts_with("hospital")));
        if hidden || !(word.starts_with("train") || taught || capacity_building) {
            continue;
        }
        // `Trained volunteers answer calls`: `trained` before the people it describes, with no
        // verb of being before it, says who works, not that the measure trains anyone.
        let describes_staff = word == "trained"
            && text
                .lower
                .get(position + 1)
                .is_some_and(|next| STAFF_WORDS.contains(next))
            && !position.checked_sub(1).is_some_and(|w| {
                // `recruited and trained 40 counsellors` coordinates two verbs; `…, and trained
                // counsellors give advice` starts a clause.
                let verbs_joined = text.lower[w] == "and"
                    && w > 0
                    && text.adjacent(w)
                    && text.lower[w - 1].ends_with("ed");
                verbs_joined
                    || matches!(
                        text.lower[w],
                        "were" | "was" | "are" | "is" | "be" | "been" | "being"
                    )
            });
        // `a specially trained forensic nurse`: an adverb of manner makes `trained` describe.
        let trained_how = word == "trained"
            && position.checked_sub(1).is_some_and(|w| {
                matches!(
                    text.lower[w],
                    "specially"
                        | "specifically"
                        | "professionally"
                        | "highly"
                        | "fully"
                        | "properly"
                        | "adequately"
                        | "appropriately"
                )
            });
        if describes_staff
            || trained_how
            || is_staff_description(text, position)
            || is_work_or_study(text, position)
        {
            continue;
        }
        let before = position.checked_sub(1).map_or("", |w| &*text.lower[w]);
        let after = |offset: usize| text.lower.get(position + offset).map_or("", |w| &**w);
        // `training in a trade`, `training in crafts`: skills for a living, not prevention.
        let in_a_trade = after(1) == "in"
            && (matches!(after(2), "trades" | "crafts")
                || (after(2) == "a" && matches!(after(3), "trade" | "craft")));
        if in_a_trade
            || matches!(
                before,
                "vocational" | "livelihood" | "livelihoods" | "job" | "skills" | "income"
            )
        {
            continue;
        }
        let sentence = text.sentence_words(position);
        let mut enforcement = sentence.clone().any(|w| {
            ((!text.masked[w] || text.in_holder_name[w]) || trains_enforcement_staff(text, w))
                && text.in_list(w, WordList::Enforcement)
                && !is_service_officer(text, w)
        });
        // `community police posts`, `military police`: a group word before an enforcement one
        // modifies it.
        let mut others = sentence.into_iter().any(|w| {
            !text.masked[w]
                && text.in_list(w, WordList::NonEnforcement)
                && !(w + 1 < text.words.len()
                    && text.adjacent(w + 1)
                    && text.in_list(w + 1, WordList::Enforcement))
        });
        // `The course was designed with …`: a definite mention that names no group is the
        // training mentioned before.
        if let (false, false, "the" | "this" | "that", Some(last)) =
            (enforcement, others, before, last_trained)
        {
            (enforcement, others) = last;
        }
        last_trained = Some((enforcement, others));
        if enforcement {
            found.push((Pillar::Prosecution, text.evidence(position, position)));
        }
        if others || !enforcement {
            found.push((Pillar::Prevention, text.evidence(position, position)));
        }
    }
    found
}

/// `the police may order a violent person to leave`, `officers evicted the abuser`, `allows the
/// police to act on a report`: the police (or a police body, or officers) doing police work is
/// policing. The verb comes within three words of the police, past `may`, `can`, `to`, `now`
/// and the like; a police body's name counts as one word.
fn police_action(text: &Prose<'_>) -> Vec<Evidence> {
    const VERBS: [&str; 30] = [
        "order",
        "orders",
        "ordered",
        "evict",
        "evicts",
        "evicted",
        "arrest",
        "arrests",
        "arrested",
        "detain",
        "detains",
        "detained",
        "remove",
        "removes",
        "removed",
        "ban",
        "bans",
        "banned",
        "bar",
        "bars",
        "barred",
        "intervene",
        "intervenes",
        "intervened",
        "act",
        "acts",
        "acted",
        "respond",
        "responds",
        "responded",
    ];
    let mut found = Vec::new();
    for position in 0..text.words.len() {
        let word = text.lower[position];
        let police = matches!(word, "police" | "officers" | "policemen" | "policewomen")
            && (!text.masked[position] || text.in_agency_name[position])
            && !is_service_officer(text, position);
        if !police {
            continue;
        }
        // Past the rest of a police body's name.
        let mut next = position + 1;
        while next < text.words.len() && text.masked[next] && text.in_agency_name[next] {
            next += 1;
        }
        let mut steps = 0;
        while next < text.words.len() && steps < 3 && text.adjacent(next) && !text.masked[next] {
            let current = text.lower[next];
            if VERBS.contains(&current) {
                // `act on a report`, `acts when`: not `acts as a partner`.
                let acts = matches!(current, "act" | "acts" | "acted");
                let on = text
                    .lower
                    .get(next + 1)
                    .is_some_and(|after| matches!(*after, "on" | "upon" | "when" | "immediately"));
                if !acts || on {
                    found.push(text.evidence(position, next));
                }
                break;
            }
            if !matches!(
                current,
                "may"
                    | "can"
                    | "must"
                    | "will"
                    | "shall"
                    | "should"
                    | "to"
                    | "now"
                    | "also"
                    | "then"
                    | "have"
                    | "has"
                    | "had"
                    | "are"
                    | "is"
                    | "be"
                    | "immediately"
                    | "first"
            ) {
                break;
            }
            next += 1;
            steps += 1;
        }
    }
    found
}

/// `orders, which are heard by the Cantonal Court`, `cases tried by the Harbour Magistrates'
/// Court`: a named court deciding is judicial work, though its name alone is no evidence.
fn decided_by_court(text: &Prose<'_>) -> Vec<Evidence> {
    let mut found = Vec::new();
    for position in 1..text.words.len().saturating_sub(1) {
        if text.lower[position] != "by" {
            continue;
        }
        let decided = matches!(
            text.lower[position - 1],
            "heard"
                | "decided"
                | "granted"
                | "issued"
                | "examined"
                | "tried"
                | "reviewed"
                | "adjudicated"
                | "handled"
        );
        if !decided || text.masked[position] {
            continue;
        }
        let first = position + 1 + usize::from(text.lower[position + 1] == "the");
        let mut last = first;
        while last + 1 < text.words.len() && text.in_agency_name[last + 1] {
            last += 1;
        }
        let court = first < text.words.len()
            && text.in_agency_name[first]
            && (first..=last).any(|w| {
                matches!(
                    text.lower[w],
                    "court" | "courts" | "tribunal" | "tribunals" | "magistrates" | "magistrate's"
                )
            });
        if court {
            found.push(text.evidence(position - 1, last));
        }
    }
    found
}

/// Generic institutions that make `work with …` joint work.
const INSTITUTION_WORDS: &[&str] = &[
    "police",
    "courts",
    "prosecutors",
    "municipalities",
    "ngos",
    "organisations",
    "organizations",
    "authorities",
    "ministries",
    "agencies",
    "hospitals",
    "schools",
    "communities",
    "partners",
];

/// `working with the Harbour Board`, `works with the police`: working with a named body or an
/// institution.
fn work_with_body(text: &Prose<'_>) -> Vec<Evidence> {
    let verbs = [
        "work",
        "works",
        "working",
        "worked",
        "cooperates",
        "cooperated",
        "partners",
        // `a second module, run with the Directorate of Public Security`
        "run",
        "runs",
        "delivered",
        "organised",
        "organized",
        "conducted",
        "implemented",
        // `guidelines prepared with the Health Organisation`: written together.
        "prepared",
        "developed",
        "drafted",
        "designed",
        "produced",
    ];
    let mut found = Vec::new();
    for position in 0..text.words.len().saturating_sub(1) {
        if text.masked[position]
            || !verbs.contains(&text.lower[position])
            || text.lower[position + 1] != "with"
        {
            continue;
        }
        let object = (position + 2..(position + 5).min(text.words.len()))
            .find(|&w| text.in_agency_name[w] || INSTITUTION_WORDS.contains(&&*text.lower[w]));
        if let Some(object) = object {
            found.push(text.evidence(position, object));
        }
    }
    // `alongside the police`, `alongside Harbour Aid`: working beside a body; not `alongside
    // economic empowerment, health and …`, which lists topics. `a form shared by the hospital,
    // the police and …`: one tool that services use together.
    for position in 0..text.words.len().saturating_sub(1) {
        let shared = text.lower[position] == "shared" && text.lower[position + 1] == "by";
        if text.masked[position] || !(text.lower[position] == "alongside" || shared) {
            continue;
        }
        // `shared by the hospital, the police and …`: the list may name an institution third.
        let reach = if shared { 8 } else { 4 };
        let object = (position + 1..(position + reach).min(text.words.len()))
            .find(|&w| text.in_agency_name[w] || INSTITUTION_WORDS.contains(&&*text.lower[w]));
        if let Some(object) = object {
            found.push(text.evidence(position, object));
        }
    }
    found.extend(delivered_with_body(text));
    found.extend(body_with_body(text));
    found.extend(opening_with_bodies(text));
    found.extend(made_up_of_bodies(text));
    found.extend(institutions_together(text));
    found
}

/// `runs the Safe Harbour campaign with the Department of Social Services`: a verb of delivery,
/// what is delivered (up to eight words, a name counting as one, no punctuation) and `with` a
/// body or an institution. `in line with`, `in accordance with` and the like name a rule, not
/// a partner.
fn delivered_with_body(text: &Prose<'_>) -> Vec<Evidence> {
    let mut found = Vec::new();
    for position in 1..text.words.len().saturating_sub(1) {
        if text.lower[position] != "with"
            || text.masked[position]
            || matches!(
                text.lower[position - 1],
                "line"
                    | "accordance"
                    | "compliance"
                    | "keeping"
                    | "conformity"
                    | "together"
                    | "along"
                    | "jointly"
                    | "conjunction"
            )
        {
            continue;
        }
        let object = (position + 1..(position + 4).min(text.words.len()))
            .find(|&w| text.in_agency_name[w] || INSTITUTION_WORDS.contains(&&*text.lower[w]));
        let Some(object) = object else {
            continue;
        };
        // Back over what is delivered, written without punctuation, to the verb.
        let mut word = position;
        let floor = words_back(text, position, 9, 0);
        let verb = loop {
            if word == floor || !text.adjacent(word) {
                break None;
            }
            word -= 1;
            if !text.masked[word] && text.in_list(word, WordList::DeliveryVerbs) {
                break Some(word);
            }
        };
        // The verb right before `with` is `work_with_body`'s.
        if let Some(verb) = verb.filter(|&verb| verb + 1 < position) {
            found.push(text.evidence(verb, object));
        }
    }
    found
}

/// `ministries, United Nations agencies and NGOs plan their support together`, `in which the
/// police, the health ministry and NGOs take part`: `together`, taking part or participating
/// after a subject of two or more institutions or bodies (not `together with`, which
/// `joint_delivery` reads).
fn institutions_together(text: &Prose<'_>) -> Vec<Evidence> {
    let mut found = Vec::new();
    for position in 1..text.words.len() {
        // Every trigger word starts with `t` or `p`: one comparison rules most words out.
        if !matches!(text.lower[position].as_bytes().first(), Some(b't' | b'p')) {
            continue;
        }
        // `together`, or taking part: `the police, the health ministry and NGOs take part`.
        let next = text.lower.get(position + 1).copied().unwrap_or("");
        let together = text.lower[position] == "together" && !matches!(next, "with" | "by");
        let take_part =
            matches!(text.lower[position], "take" | "takes" | "took" | "taking") && next == "part";
        let participate = text.lower[position].starts_with("participat")
            && !text.lower[position].starts_with("participant");
        if !(together || take_part || participate) || text.masked[position] {
            continue;
        }
        let sentence = text.sentence_words(position);
        let start = words_back(text, position, 15, sentence.start);
        // `through which women take part`: the subject of a relative clause starts after its
        // pronoun.
        let start = (start..position)
            .rev()
            .find(|&w| matches!(text.lower[w], "which" | "where" | "whom"))
            .map_or(start, |pronoun| pronoun + 1);
        let mut n_parties = 0;
        let mut first = None;
        for w in start..position {
            let starts_name = text.in_agency_name[w] && !(w > start && text.in_agency_name[w - 1]);
            let institution = !text.masked[w]
                && (INSTITUTION_WORDS.contains(&text.lower[w])
                    || matches!(text.lower[w], "institutions" | "bodies" | "services"));
            if starts_name || institution {
                n_parties += 1;
                first.get_or_insert(w);
            }
        }
        if let (true, Some(first)) = (n_parties >= 2, first) {
            found.push(text.evidence(first, position));
        }
    }
    found
}

/// Phrases that say what a group is made of.
const COMPOSITION_PHRASES: &[&[&str]] = &[
    &["made", "up", "of"],
    &["composed", "of"],
    &["consisting", "of"],
    &["comprising"],
    &["members", "from"],
    &["members", "drawn", "from"],
    &["bring", "together"],
    &["brings", "together"],
    &["bringing", "together"],
    &["brought", "together"],
];

/// `a technical board made up of the Statistics Office and four ministries`, `with members
/// from the Harbour Police and the Health Service`, `brings together the heads of ten
/// agencies`: a group made of bodies is a coordination body. A panel of experts is made of
/// people, not bodies, and is none.
fn made_up_of_bodies(text: &Prose<'_>) -> Vec<Evidence> {
    let mut found = linking_bodies(text);
    for position in 0..text.words.len() {
        // Most words start no phrase: one comparison rules them out.
        let first = text.lower[position];
        if text.masked[position] || !COMPOSITION_PHRASES.iter().any(|phrase| phrase[0] == first) {
            continue;
        }
        for phrase in COMPOSITION_PHRASES {
            if !phrase_matches(text, position, phrase, false) {
                continue;
            }
            let end = position + phrase.len();
            let sentence_end = text.sentence_words(position).end;
            let object = (end..(end + 8).min(sentence_end)).find(|&w| {
                text.in_agency_name[w]
                    || INSTITUTION_WORDS.contains(&text.lower[w])
                    || matches!(text.lower[w], "institutions" | "bodies" | "services")
            });
            if let Some(object) = object {
                found.push(text.evidence(position, object));
            }
        }
    }
    found
}

/// `the platform links the Harbour Police, the Pier Court and the shelters`, `connecting the
/// Health Service with the courts`: a system or body that links a named body with other bodies
/// or institutions makes them work together. `links women to services` links no body.
fn linking_bodies(text: &Prose<'_>) -> Vec<Evidence> {
    let mut found = Vec::new();
    for position in 0..text.words.len() {
        if !matches!(
            text.lower[position],
            "links" | "linking" | "connects" | "connecting"
        ) || text.masked[position]
        {
            continue;
        }
        let sentence_end = text.sentence_words(position).end;
        let object = position + 1 + usize::from(text.lower.get(position + 1) == Some(&"the"));
        if object >= sentence_end || !text.in_agency_name[object] {
            continue;
        }
        let after_name = (object..sentence_end).find(|&w| !text.in_agency_name[w]);
        let other = after_name.and_then(|from| {
            (from..sentence_end).find(|&w| {
                text.in_agency_name[w]
                    || INSTITUTION_WORDS.contains(&text.lower[w])
                    || matches!(text.lower[w], "institutions" | "bodies" | "services")
            })
        });
        if let Some(other) = other {
            found.push(text.evidence(position, other));
        }
    }
    found
}

/// `the Harbour Ministry, with the Pier Agency, trained …`: a body, then `, with` another body
/// set off by commas, doing something together.
fn body_with_body(text: &Prose<'_>) -> Vec<Evidence> {
    let mut found = Vec::new();
    for position in 1..text.words.len().saturating_sub(1) {
        if text.lower[position] != "with" || text.masked[position] {
            continue;
        }
        let token = text.words[position];
        let comma_before = token > 0 && text.token_text(token - 1) == ",";
        let body_before = text.in_agency_name[position - 1];
        let object = position + 1 + usize::from(text.lower[position + 1] == "the");
        let Some(object_end) = (object..text.words.len()).find(|&w| !text.in_agency_name[w]) else {
            continue;
        };
        let comma_after =
            object_end > object && text.token_text(text.words[object_end - 1] + 1) == ",";
        if comma_before && body_before && comma_after {
            found.push(text.evidence(position, object_end - 1));
        }
    }
    found
}

/// `With the Harbour Society and the Pier Trust, the Ministry runs …`: a sentence that opens with
/// `With` and one or more bodies, then a body after the comma, tells bodies working together.
fn opening_with_bodies(text: &Prose<'_>) -> Vec<Evidence> {
    let mut found = Vec::new();
    for position in 0..text.words.len() {
        // Capitalised, as a sentence's first word is, before the sentence is looked for.
        if text.lower[position] != "with"
            || text.masked[position]
            || text.token_text(text.words[position]) != "With"
        {
            continue;
        }
        let sentence = text.sentence_words(position);
        if sentence.start != position {
            continue;
        }
        let sentence_end = sentence.end;
        // The last word before the first comma of the sentence (a bracket may come between).
        let comma_after = |w: usize| {
            let next_word = text.words.get(w + 1).copied().unwrap_or(text.tokens.len());
            (text.words[w] + 1..next_word).any(|token| text.token_text(token) == ",")
        };
        let Some(last) = (position + 1..sentence_end).find(|&w| comma_after(w)) else {
            continue;
        };
        let body_before = (position + 1..=last).any(|w| text.in_agency_name[w]);
        let subject = last + 1 + usize::from(text.lower.get(last + 1) == Some(&"the"));
        let body_after = subject < sentence_end
            && (text.in_agency_name[subject] || text.is_agency_acronym(subject));
        if body_before && body_after {
            found.push(text.evidence(position, last));
        }
    }
    found
}

/// Where a look back of `units` words from word `position` (not past `floor`) starts, a name
/// counting as one word: `opened by the Ministry of Population, Social Protection and Women
/// together with …` is three words from `opened`.
fn words_back(text: &Prose<'_>, position: usize, units: usize, floor: usize) -> usize {
    let mut start = position;
    let mut counted = 0;
    while start > floor && counted < units {
        start -= 1;
        let inside_name = text.masked[start] && start + 1 < position && text.masked[start + 1];
        counted += usize::from(!inside_name);
    }
    start
}

/// `run by X together with Y`: joint delivery after a delivery verb within eight words.
fn joint_delivery(text: &Prose<'_>) -> Vec<Evidence> {
    let mut found = Vec::new();
    for position in 0..text.words.len() {
        for phrase in JOINT_PHRASES {
            if !phrase_matches(text, position, phrase, false) || text.masked[position] {
                continue;
            }
            let end = position + phrase.len();
            let sentence = text.sentence_words(position);
            let window =
                words_back(text, position, 8, sentence.start)..(end + 16).min(sentence.end);
            let delivered = window
                .clone()
                .filter(|&w| w < position || w >= end)
                .any(|w| text.in_list(w, WordList::DeliveryVerbs));
            // `officers were trained by the Harbour Board of the Navy together with the Coast
            // Guard`: training anywhere before in the sentence is delivery when a named body
            // is the partner.
            let object = end + usize::from(text.lower.get(end).is_some_and(|w| *w == "the"));
            let named_partner = text.in_agency_name.get(object).is_some_and(|&named| named);
            let trained = named_partner
                && (sentence.start..position)
                    .any(|w| matches!(&*text.lower[w], "trained" | "trains"));
            if (delivered || trained) && !describes_a_model(text, sentence.start, position) {
                found.push(text.evidence(position, end - 1));
            }
        }
    }
    found
}

/// `It draws on the model protocol, which was prepared by X together with Y`: a sentence about a
/// model the measure draws on tells who wrote the model, not who works with whom on the
/// measure (as authorship in a citation tells nothing either).
fn describes_a_model(text: &Prose<'_>, start: usize, position: usize) -> bool {
    (start..position).any(|w| {
        let next = text.lower.get(w + 1).copied().unwrap_or("");
        match text.lower[w] {
            "draws" | "drawing" | "drew" | "builds" | "building" | "built" | "based"
            | "modelled" | "modeled" => next == "on",
            "adapted" => next == "from",
            "inspired" => next == "by",
            _ => false,
        }
    })
}

/// `UNFPA and the Harbour Board supported the training`: an international organisation, alone
/// or in a pair of bodies, that supports, helps, assists or funds what the measure does.
fn international_support(text: &Prose<'_>) -> Vec<Evidence> {
    const VERBS: [&str; 14] = [
        "contributed",
        "contributes",
        "supported",
        "supports",
        "helped",
        "helps",
        "assisted",
        "assists",
        "funded",
        "funds",
        "financed",
        "finances",
        "sponsored",
        "sponsors",
    ];
    let mut found = Vec::new();
    for position in 1..text.words.len() {
        if text.masked[position] || !VERBS.contains(&text.lower[position]) {
            continue;
        }
        // The subject: the bodies right before the verb, joined by `and`, `the` or commas.
        let mut first = position;
        while first > 0
            && position - first < 16
            && (text.in_agency_name[first - 1]
                || matches!(text.lower[first - 1], "and" | "the")
                || text.is_bracketed_short_form(first - 1))
        {
            first -= 1;
        }
        while first < position && !text.in_agency_name[first] {
            first += 1;
        }
        if (first..position).any(|w| text.in_international_name[w]) {
            found.push(text.evidence(first, position));
        }
    }
    // `With 45,000 euros from the Coastal Union, …`: money from an international organisation.
    for position in 1..text.words.len().saturating_sub(1) {
        if text.masked[position] || text.lower[position] != "from" {
            continue;
        }
        let object = position + 1 + usize::from(text.lower[position + 1] == "the");
        let international = text.in_international_name.get(object).is_some_and(|&i| i);
        let money = (position.saturating_sub(6)..position).any(|w| {
            text.tokens[text.words[w]].kind == TokenKind::Number
                || matches!(
                    text.lower[w],
                    "funding" | "funds" | "grant" | "grants" | "money" | "contribution"
                )
        });
        if international && money {
            found.push(text.evidence(position, object));
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::names::find_names;
    use super::*;

    /// Checks that each sentence, alone in a description, gives exactly `expected`.
    fn assert_each_gives(sentences: &[&str], expected: &[Pillar]) {
        for sentence in sentences {
            assert_eq!(pillars_of(sentence, &[]), expected, "{sentence}");
        }
    }

    fn pillars_of(description: &str, measure_types: &[Vec<String>]) -> Vec<Pillar> {
        let input = ProseInput {
            country_iso2: None,
            country_name: "Utopia",
            measure_types,
            description,
            full_text_title: None,
            source: None,
        };
        find_pillars(&input, &find_names(description))
            .into_iter()
            .map(|f| f.pillar)
            .collect()
    }

    #[test]
    fn figures_debates_sermons_lessons_and_orders_by_what_they_do() {
        let pillars = |text: &str| pillars_of(text, &[]);
        let prevention = [Pillar::Prevention];
        let protection = [Pillar::Protection];
        assert_eq!(
            pillars("Each clinic sends weekly counts, disaggregated by age, to the bureau."),
            prevention
        );
        assert_eq!(
            pillars("The board publishes quarterly figures on dowry deaths."),
            prevention
        );
        assert_eq!(
            pillars("Fishing cooperatives held public debates on the harm of beatings."),
            prevention
        );
        assert_eq!(
            pillars("Preachers were given sermons on gentleness at home."),
            prevention
        );
        assert_eq!(
            pillars("A lesson on consent joined the upper-school curriculum."),
            prevention
        );
        assert_eq!(
            pillars("The decree obliges colleges to teach students about equal rights."),
            prevention
        );
        assert_eq!(
            pillars("A woman can obtain an emergency order the same night."),
            protection
        );
        assert_eq!(
            pillars("An order removes the abuser from the flat for ten days."),
            protection
        );
        assert_eq!(
            pillars("The league keeps crisis rooms for women in two towns."),
            protection
        );
        assert_eq!(
            pillars("Women with old injuries get reconstructive surgery at no cost."),
            protection
        );
        // A preventive restraining order protects; asking for help is no service.
        assert_eq!(
            pillars("It created a preventive restraining order."),
            protection
        );
        assert!(pillars("Few women had asked the council for help.").is_empty());
        assert_eq!(
            pillars("Non-governmental organisations receive money from the ministry."),
            [Pillar::Partnership]
        );
    }

    #[test]
    fn leaflets_courses_treatment_agreements_contracts_and_joint_modules() {
        let pillars = |text: &str| pillars_of(text, &[]);
        assert_eq!(
            pillars("The board printed a leaflet on the help on offer."),
            [Pillar::Prevention]
        );
        assert_eq!(
            pillars("It paid for a two-day course for 40 midwives."),
            [Pillar::Prevention]
        );
        assert!(pillars("Of course the port stayed open.").is_empty());
        assert!(pillars("In the course of 2019 the port stayed open.").is_empty());
        assert_eq!(
            pillars("Women with injuries were sent on for free treatment."),
            [Pillar::Protection]
        );
        assert!(pillars("Women demand equal treatment at the docks.").is_empty());
        assert_eq!(
            pillars("Under an agreement between the board and a charity, boats were bought."),
            [Pillar::Partnership]
        );
        assert_eq!(
            pillars("The ministry pays for the refuges under multi-year contracts."),
            [Pillar::Protection, Pillar::Partnership]
        );
        assert!(pillars("Dockers signed employment contracts.").is_empty());
        assert_eq!(
            pillars("The ministry allocated money to refuges run by sailors' associations."),
            [Pillar::Protection, Pillar::Partnership]
        );
        assert_eq!(
            pillars("A module was run with the Harbour Police Directorate."),
            [Pillar::Partnership]
        );
    }

    #[test]
    fn measure_type_top_levels_give_pillars() {
        let types = vec![
            vec!["Social services".to_string(), "Shelter".to_string()],
            vec!["Institutional mechanisms".to_string()],
        ];
        assert_eq!(
            pillars_of("", &types),
            [Pillar::Protection, Pillar::Partnership]
        );
    }

    #[test]
    fn keywords_inside_names_are_not_evidence() {
        assert!(
            pillars_of(
                "The Sailor Protection Desk and the Act on Preventing Storms exist.",
                &[]
            )
            .is_empty()
        );
    }

    #[test]
    fn training_depends_on_who_is_trained() {
        assert_eq!(
            pillars_of("Harbour police officers were trained.", &[]),
            [Pillar::Prosecution]
        );
        assert_eq!(
            pillars_of("Nurses were trained on abuse.", &[]),
            [Pillar::Prevention]
        );
    }

    #[test]
    fn intimate_partner_is_not_partnership() {
        assert!(
            pillars_of(
                "Violence between partners and intimate partner violence rose.",
                &[]
            )
            .is_empty()
        );
        assert_eq!(
            pillars_of("It works with international partners.", &[]),
            [Pillar::Partnership]
        );
        // Partners in a couple.
        assert!(
            pillars_of(
                "The act covers spouses, partners who live together and the parents of either partner.",
                &[]
            )
            .is_empty()
        );
    }

    #[test]
    fn school_talks_information_sessions_advocates_and_co_sponsors() {
        let has = |text: &str, pillar: Pillar| pillars_of(text, &[]).contains(&pillar);
        assert!(has(
            "A youth team gives talks in secondary schools on dating.",
            Pillar::Prevention
        ));
        assert!(has(
            "The bureau held information sessions for church groups.",
            Pillar::Prevention
        ));
        assert!(has(
            "Young people learn about respectful relationships.",
            Pillar::Prevention
        ));
        assert!(has(
            "Victim advocates go with survivors to every hearing.",
            Pillar::Protection
        ));
        assert!(has(
            "The fair is co-sponsored by a harbour trust.",
            Pillar::Partnership
        ));
        assert!(!has(
            "With technical support from a donor, women answered the survey.",
            Pillar::Protection
        ));
        assert!(has(
            "Police inspectors issue protective orders.",
            Pillar::Protection
        ));
        assert!(has(
            "The ministry taught 300 registrars to check ages.",
            Pillar::Prevention
        ));
        assert!(has(
            "Offenders face five years in prison and a fine of up to EUR 900.",
            Pillar::Prosecution
        ));
        assert!(has(
            "Clinics give emergency contraception after an assault.",
            Pillar::Protection
        ));
        assert!(has(
            "The port and the clinic signed a memorandum on referrals.",
            Pillar::Partnership
        ));
        assert!(has(
            "Once a month the nurse and the officer sit down together over each case.",
            Pillar::Partnership
        ));
        assert!(has(
            "The shelters are opened by the ministry together with the towns.",
            Pillar::Partnership
        ));
        assert!(has(
            "The harbour NGO runs the line under a contract with the ministry.",
            Pillar::Partnership
        ));
        assert!(has(
            "The Harbour Ministry, with the Pier Agency, trained 40 clerks.",
            Pillar::Partnership
        ));
        assert!(!has(
            "The Harbour Ministry met with women in 40 towns.",
            Pillar::Partnership
        ));
    }

    #[test]
    fn procurement_of_ngo_services_and_donor_money_are_partnership() {
        let partnership = |text: &str| pillars_of(text, &[]).contains(&Pillar::Partnership);
        assert!(partnership(
            "Crisis lines are run by NGOs chosen in open tenders by the ministry."
        ));
        assert!(partnership(
            "The region allocates a yearly sum to the NGOs that run its refuges."
        ));
        assert!(partnership(
            "The plan is paid for from the budget and by donors."
        ));
        assert!(!partnership("Hospitals ask blood donors to come back."));
        assert!(partnership(
            "In each town the clinics and the schools work together on referrals."
        ));
        assert!(partnership(
            "The guide was prepared by the Harbour Agency together with two shelters."
        ));
        assert!(!partnership(
            "The ministry allocates funds to its own refuges."
        ));
    }

    #[test]
    fn state_funding_of_ngo_services_is_partnership() {
        assert!(
            pillars_of(
                "The state pays for refuges that NGOs operate in each province.",
                &[]
            )
            .contains(&Pillar::Partnership)
        );
        assert!(
            !pillars_of("A few refuges are managed by NGOs.", &[]).contains(&Pillar::Partnership)
        );
        assert!(
            !pillars_of("The ministry pays for the refuges it operates.", &[])
                .contains(&Pillar::Partnership)
        );
        // Money from the ministry for an NGO's work, across an abbreviation's full stop.
        assert!(
            pillars_of(
                "Harbour Aid, a non-governmental organisation, runs a refuge with Rs. 2 million \
                 a year from the Ministry.",
                &[]
            )
            .contains(&Pillar::Partnership)
        );
    }

    #[test]
    fn criminalising_and_impunity_are_prosecution() {
        assert!(
            pillars_of("Stalking now counts as a crime under the code.", &[])
                .contains(&Pillar::Prosecution)
        );
        assert!(
            pillars_of(
                "The aim is to end impunity for attacks on journalists.",
                &[]
            )
            .contains(&Pillar::Prosecution)
        );
    }

    #[test]
    fn education_as_a_sector_is_not_prevention() {
        for sentence in [
            "Nurses, education and care staff have to tell the police.",
            "Its scope is harassment in sport and in education.",
        ] {
            assert!(
                !pillars_of(sentence, &[]).contains(&Pillar::Prevention),
                "{sentence}"
            );
        }
        assert!(
            pillars_of("Schools give education on consent.", &[]).contains(&Pillar::Prevention)
        );
    }

    #[test]
    fn support_counts_only_for_victims() {
        assert!(pillars_of("The agency gives technical support to ports.", &[]).is_empty());
        assert_eq!(
            pillars_of("It gives support to victims of abuse.", &[]),
            [Pillar::Protection]
        );
    }

    #[test]
    fn together_with_needs_a_delivery_verb() {
        assert!(pillars_of("The office, together with others, can discuss it.", &[]).is_empty());
        assert_eq!(
            pillars_of("Courses are run by the navy together with the guards.", &[]),
            [Pillar::Partnership]
        );
    }

    #[test]
    fn mixed_training_gives_both_pillars() {
        assert_eq!(
            pillars_of("Police and health workers were trained together.", &[]),
            [Pillar::Prevention, Pillar::Prosecution]
        );
    }

    #[test]
    fn training_together_with_a_named_body_and_texts_prepared_with_one() {
        // Training pilots is prevention too.
        assert_eq!(
            pillars_of(
                "Pilots were trained by the Harbour Board of the Navy of Freedonia together \
                 with the Coast Guard.",
                &[]
            ),
            [Pillar::Prevention, Pillar::Partnership]
        );
        // A partner that is no named body makes training no joint delivery.
        assert!(
            !pillars_of("Pilots were trained together with their crews.", &[])
                .contains(&Pillar::Partnership)
        );
        assert_eq!(
            pillars_of("The manual was prepared with the Harbour Board.", &[]),
            [Pillar::Partnership]
        );
        assert!(pillars_of("The manual was prepared with care.", &[]).is_empty());
    }

    #[test]
    fn support_from_an_international_organisation_is_partnership() {
        assert_eq!(
            pillars_of("UNFPA and the Harbour Board helped the pier staff.", &[]),
            [Pillar::Partnership]
        );
        assert_eq!(
            pillars_of("The European Union funded the new pier office.", &[]),
            [Pillar::Partnership]
        );
        assert_eq!(
            pillars_of(
                "With 45,000 euros from the European Union, the pier office opened.",
                &[]
            ),
            [Pillar::Partnership]
        );
        // A national body supporting is no partnership by itself.
        assert!(pillars_of("The Harbour Board supported the pier staff.", &[]).is_empty());
        assert_eq!(
            pillars_of(
                "The European Union (EU) contributed EUR 1.2 million to the pier office.",
                &[]
            ),
            [Pillar::Partnership]
        );
    }

    #[test]
    fn the_training_mentioned_again_is_for_the_same_group_and_modifiers_name_none() {
        assert_eq!(
            pillars_of(
                "The Harbour Police trains officers of its pier units. The training was designed \
                 by the Harbour Board.",
                &[]
            ),
            [Pillar::Prosecution]
        );
        // `community` before `police` names no group of its own.
        assert_eq!(
            pillars_of(
                "Officers of community police posts took a course on it.",
                &[]
            ),
            [Pillar::Prosecution]
        );
        // Without an earlier mention, training for no named group is prevention.
        assert_eq!(
            pillars_of("The training was designed by the Harbour Board.", &[]),
            [Pillar::Prevention]
        );
    }

    #[test]
    fn legal_clinics_and_free_advice_are_protection() {
        assert_eq!(
            pillars_of("Legal clinics on the pier give women free advice.", &[]),
            [Pillar::Protection]
        );
        assert_eq!(
            pillars_of("Survivors get free legal representation.", &[]),
            [Pillar::Protection]
        );
        // Services named for the violence they answer serve its victims.
        assert_eq!(
            pillars_of(
                "New money went to specialist sexual violence services.",
                &[]
            ),
            [Pillar::Protection]
        );
        // Free advice for no victim is no protection.
        assert!(pillars_of("Sailors get free advice on knots.", &[]).is_empty());
    }

    #[test]
    fn together_with_before_a_delivery_verb() {
        assert_eq!(
            pillars_of("The navy, together with the guards, delivers courses.", &[]),
            [Pillar::Partnership]
        );
    }

    #[test]
    fn working_with_institutions_is_partnership_and_vocational_training_is_not_prevention() {
        assert_eq!(
            pillars_of("The office works with the police.", &[]),
            [Pillar::Partnership]
        );
        assert!(pillars_of("Residents get vocational training.", &[]).is_empty());
        assert!(pillars_of("Residents may claim training in a trade.", &[]).is_empty());
    }

    #[test]
    fn money_for_a_named_ngo_is_partnership() {
        assert_eq!(
            pillars_of(
                "The ministry pays the Harbour Society for Families to run it.",
                &[]
            ),
            [Pillar::Partnership]
        );
        assert!(pillars_of("The ministry pays the Harbour Board to run it.", &[]).is_empty());
    }

    #[test]
    fn safety_plans_orders_referrals_and_social_contracting() {
        let has = |text: &str, pillar: Pillar| pillars_of(text, &[]).contains(&pillar);
        assert!(has("Each victim gets a safety plan.", Pillar::Protection));
        assert!(has(
            "Officers may issue a Safety Order.",
            Pillar::Protection
        ));
        assert!(has(
            "The line refers callers to the unit.",
            Pillar::Partnership
        ));
        assert!(has(
            "It is paid under social contracting.",
            Pillar::Partnership
        ));
        assert!(has(
            "Interdisciplinary teams of nurses and teachers draw up plans.",
            Pillar::Partnership
        ));
        assert!(has(
            "Officers posted there take statements from survivors.",
            Pillar::Prosecution
        ));
    }

    #[test]
    fn a_keyword_in_a_phrase_opened_by_no_is_no_evidence() {
        assert!(
            pillars_of(
                "The act set up no new coordinating body and has no provisions on public education.",
                &[]
            )
            .is_empty()
        );
        assert!(pillars_of("No register exists yet for protection orders.", &[]).is_empty());
        // `No` before a number abbreviates `number`.
        assert_eq!(
            pillars_of("Decree No 3 sets up shelters for women.", &[]),
            [Pillar::Protection]
        );
        // A verb of being ends the phrase that `no` opens.
        assert_eq!(
            pillars_of(
                "The law makes sure that no woman is left without shelter.",
                &[]
            ),
            [Pillar::Protection]
        );
    }

    #[test]
    fn alongside_a_body_side_by_side_and_shared_information_are_partnership() {
        assert_eq!(
            pillars_of("The pier office works alongside the police.", &[]),
            [Pillar::Partnership]
        );
        assert!(
            pillars_of(
                "Safety is one of nine areas, alongside health and housing.",
                &[]
            )
            .is_empty()
        );
        assert_eq!(
            pillars_of("Two charities and the town work side by side there.", &[]),
            [Pillar::Partnership]
        );
        assert_eq!(
            pillars_of("The boards meet to exchange information on cases.", &[]),
            [Pillar::Partnership]
        );
    }

    #[test]
    fn seminars_for_a_group_are_training_and_ran_together_with_is_joint_delivery() {
        assert_eq!(
            pillars_of("The office held seminars for managers on harassment.", &[]),
            [Pillar::Prevention]
        );
        assert_eq!(
            pillars_of(
                "The Harbour Board ran, together with the Pier Council, a radio series.",
                &[]
            ),
            [Pillar::Partnership]
        );
    }

    #[test]
    fn paraphrased_pillars_of_round_17() {
        assert_eq!(
            pillars_of(
                "A single intake form is shared by the clinic, the police and the shelter.",
                &[]
            ),
            [Pillar::Protection, Pillar::Partnership]
        );
        assert_eq!(
            pillars_of("The offices hold a standing roundtable every quarter.", &[]),
            [Pillar::Partnership]
        );
        assert_eq!(
            pillars_of(
                "Women referred by hospitals can stay for up to six months.",
                &[]
            ),
            [Pillar::Protection]
        );
        assert_eq!(
            pillars_of("A duty lawyer goes with her to the hearing.", &[]),
            [Pillar::Protection]
        );
        assert_eq!(
            pillars_of(
                "The centres hold men's dialogue circles in the villages.",
                &[]
            ),
            [Pillar::Prevention]
        );
    }

    #[test]
    fn a_keyword_that_names_a_form_of_violence_is_no_evidence() {
        assert!(
            pillars_of(
                "The survey asked women about psychological, physical and economic violence.",
                &[]
            )
            .contains(&Pillar::Prevention)
        );
        assert_eq!(
            pillars_of(
                "The law defines psychological violence against women for the first time.",
                &[]
            ),
            []
        );
        assert_eq!(
            pillars_of("Women get psychological support after violence.", &[]),
            [Pillar::Protection]
        );
        assert_eq!(
            pillars_of(
                "Women get psychological, legal and social help after violence.",
                &[]
            ),
            [Pillar::Protection]
        );
    }

    #[test]
    fn a_court_victims_are_accompanied_to_is_no_justice_work() {
        assert_eq!(
            pillars_of(
                "Lawyers accompanied 900 women through the court process.",
                &[]
            ),
            []
        );
        assert_eq!(
            pillars_of("The court heard 900 cases of violence.", &[]),
            [Pillar::Prosecution]
        );
        assert_each_gives(
            &[
                "The hostel pays the bus fare and transport to court hearings.",
                "Volunteers give help in applying to the courts for an order.",
            ],
            &[],
        );
    }

    #[test]
    fn court_staff_are_enforcement_staff() {
        assert_eq!(
            pillars_of("The training of court staff began in May.", &[]),
            [Pillar::Prosecution]
        );
    }

    #[test]
    fn working_closely_with_another_body_is_partnership() {
        assert_eq!(
            pillars_of("The unit works closely with the Harbour Society.", &[]),
            [Pillar::Partnership]
        );
    }

    #[test]
    fn a_system_linking_bodies_is_partnership() {
        assert!(
            pillars_of(
                "The register links the Harbour Police, the Pier Court and the city shelters.",
                &[]
            )
            .contains(&Pillar::Partnership)
        );
        assert!(
            !pillars_of("The app links women to the nearest services.", &[])
                .contains(&Pillar::Partnership)
        );
    }

    #[test]
    fn a_sentence_opening_with_bodies_and_a_body_after_them_is_partnership() {
        assert_eq!(
            pillars_of(
                "With the Harbour Society and the Pier Trust, the Ministry of Ports runs a hostel.",
                &[]
            ),
            [Pillar::Partnership]
        );
        assert_eq!(
            pillars_of(
                "The Ministry of Ports (MP) opened in May. With the Harbour Society (HS), the MP \
                 runs a hostel.",
                &[]
            ),
            [Pillar::Partnership]
        );
        // No body before the comma, or none after it: no one works with anyone.
        for sentence in [
            "With this money, the Ministry of Ports runs a hostel.",
            "With the Harbour Society, staff run a hostel.",
        ] {
            assert!(
                !pillars_of(sentence, &[]).contains(&Pillar::Partnership),
                "{sentence}"
            );
        }
    }

    #[test]
    fn messages_on_the_air_raise_awareness() {
        assert_each_gives(
            &[
                "Religious leaders recorded radio messages against early marriage.",
                "The ministry paid for TV spots during the holidays.",
                "A public service announcement ran on every channel.",
            ],
            &[Pillar::Prevention],
        );
    }

    #[test]
    fn staff_trained_for_their_work_describe_a_service() {
        assert_eq!(
            pillars_of(
                "Every call is answered by someone trained to respond to abuse.",
                &[]
            ),
            []
        );
        assert_eq!(
            pillars_of("The refuge is run by staff trained in trauma care.", &[]),
            [Pillar::Protection]
        );
        assert_eq!(
            pillars_of("In 2019, 300 staff trained in trauma care.", &[]),
            [Pillar::Prevention]
        );
    }

    #[test]
    fn what_people_are_told_is_no_justice_work() {
        assert_eq!(
            pillars_of(
                "Facilitators explain that both practices are offences under the Penal Code.",
                &[]
            ),
            []
        );
        assert_eq!(
            pillars_of("Both practices are offences under the Penal Code.", &[]),
            [Pillar::Prosecution]
        );
        // What follows the told clause is no part of it.
        assert_eq!(
            pillars_of(
                "Doctors report the cases they learn about, and the courts hear them.",
                &[]
            ),
            [Pillar::Prosecution]
        );
        // Teaching is telling; a name's commas do not end the clause, and a name counts as a
        // word.
        for sentence in [
            "Clubs teach pupils that marrying a girl is an offence.",
            "Elders learn that it is an offence under the Harbour Safety (Amendment) Act, 2031, \
             punishable by two years' imprisonment.",
            "Listeners are told that they can go at any hour to the nearest harbour court.",
        ] {
            assert!(
                !pillars_of(sentence, &[]).contains(&Pillar::Prosecution),
                "{sentence}"
            );
        }
    }

    /// A doctor's visit and a place to stay, told in plain words, are services for the woman.
    #[test]
    fn plain_words_for_a_doctor_and_a_bed_are_protection() {
        assert_each_gives(
            &[
                "A woman who comes in is seen by a doctor the same day.",
                "Welfare officers find a place to sleep for women who cannot go home.",
                "At the hospital a doctor examines the woman free of charge.",
            ],
            &[Pillar::Protection],
        );
        // Without a woman, a girl or a victim in the sentence, no service is told.
        assert!(pillars_of("Inspectors are examined by a doctor each year.", &[]).is_empty());
    }

    /// What a list after a course's or a record's lead-in holds is its subject, not what the
    /// measure does; a list of what a service does is evidence.
    #[test]
    fn a_list_of_what_a_course_covers_is_no_evidence() {
        let course = "Its modules cover:\n  • how to issue a protection order;\n  • how cases come to court.";
        assert_eq!(pillars_of(course, &[]), []);
        let record = "For every woman the register notes:\n  • whether an order protected her;\n  • whether the man was convicted.";
        assert_eq!(pillars_of(record, &[]), []);
        let service = "The centre offers women:\n  • a protection order drafted by its lawyer;\n  • a place in the shelter.";
        assert_eq!(pillars_of(service, &[]), [Pillar::Protection]);
    }

    /// What a question asks or a record notes is no evidence; what someone decides is.
    #[test]
    fn a_question_asked_or_recorded_is_no_evidence() {
        assert_each_gives(
            &[
                "For each woman the register notes whether a protection order was in force.",
                "Interviewers asked women whether a judge had granted them a protection order.",
            ],
            &[],
        );
        assert_eq!(
            pillars_of(
                "Social workers decide whether the woman needs a place at the shelter.",
                &[]
            ),
            [Pillar::Protection]
        );
    }

    /// Shielding a woman or a child who gives evidence from the accused is protection.
    #[test]
    fn evidence_given_apart_from_the_accused_is_protection() {
        assert_each_gives(
            &[
                "A girl may answer questions by video link from the next room.",
                "Survivors speak from behind a screen while the case is heard.",
                "Cases of rape against women are heard in camera.",
                "Victims wait in a hall apart from the accused.",
            ],
            &[Pillar::Protection],
        );
        // Without a woman, a child or a victim in the sentence, it is how a court works.
        assert!(pillars_of("Staff meet by video link every week.", &[]).is_empty());
    }

    #[test]
    fn what_is_not_done_is_no_evidence() {
        assert_eq!(
            pillars_of(
                "Volunteers do not receive or investigate complaints themselves.",
                &[]
            ),
            []
        );
        assert_eq!(
            pillars_of("A man who does not attend commits an offence.", &[]),
            [Pillar::Prosecution]
        );
        assert_eq!(
            pillars_of(
                "The unit not only investigates complaints but also trains staff.",
                &[]
            ),
            [Pillar::Prevention, Pillar::Prosecution]
        );
    }

    #[test]
    fn security_measures_for_a_woman_protect_her() {
        assert_eq!(
            pillars_of(
                "The judge can order security measures for the woman on the same day.",
                &[]
            ),
            [Pillar::Protection, Pillar::Prosecution]
        );
    }

    #[test]
    fn a_specially_trained_nurse_is_no_training() {
        assert_eq!(
            pillars_of("Evidence is taken by a specially trained nurse.", &[]),
            []
        );
    }

    #[test]
    fn study_paired_with_work_is_no_research() {
        assert_eq!(
            pillars_of(
                "The fund pays for the survivors' return to work or study.",
                &[]
            ),
            []
        );
        assert_eq!(
            pillars_of("Women may combine study and work in the programme.", &[]),
            []
        );
        assert_eq!(
            pillars_of("Residents get help to find work or training.", &[]),
            []
        );
        assert_eq!(
            pillars_of("A study on dating violence was published.", &[]),
            [Pillar::Prevention]
        );
    }

    #[test]
    fn a_court_victims_are_represented_in_or_bring_their_case_to_is_no_justice_work() {
        assert_each_gives(
            &[
                "Paralegals go with the clients to the court.",
                "Volunteer lawyers represent survivors in the county courts at no cost.",
                "The office advises girls who want to take their case to a local court.",
            ],
            &[],
        );
        assert_eq!(
            pillars_of(
                "The ministry's lawyers represent the State in the county courts.",
                &[]
            ),
            [Pillar::Prosecution]
        );
    }

    #[test]
    fn a_group_made_of_bodies_is_partnership() {
        assert_eq!(
            pillars_of(
                "A technical board made up of the Harbour Statistics Office and four ministries meets monthly.",
                &[]
            ),
            [Pillar::Partnership]
        );
        assert_eq!(
            pillars_of(
                "It brings together the heads of ten government agencies.",
                &[]
            ),
            [Pillar::Partnership]
        );
        assert_eq!(
            pillars_of("A panel made up of five experts wrote a report.", &[]),
            []
        );
    }

    #[test]
    fn talks_instruction_trials_and_chairs() {
        assert_eq!(
            pillars_of(
                "Mobile teams hold talks on the new law in rural towns.",
                &[]
            ),
            [Pillar::Prevention]
        );
        assert_eq!(
            pillars_of("The ministers held talks with the unions.", &[]),
            []
        );
        assert_eq!(
            pillars_of(
                "Colleges must give new students instruction on dating violence.",
                &[]
            ),
            [Pillar::Prevention]
        );
        assert_eq!(
            pillars_of("The Harbour Payment trial began in 2021.", &[]),
            []
        );
        assert_eq!(
            pillars_of("The trial of the accused began in 2021.", &[]),
            [Pillar::Prosecution]
        );
        assert_eq!(
            pillars_of(
                "An inquiry panel chaired by the Ombudsman heard witnesses.",
                &[]
            ),
            []
        );
        assert_eq!(
            pillars_of(
                "Each state passes 30% of its grant on to non-profit victim service providers.",
                &[]
            ),
            [Pillar::Partnership]
        );
    }

    #[test]
    fn delivery_with_a_body_after_what_is_delivered() {
        assert_eq!(
            pillars_of(
                "Harbour Aid runs the Safe at Sea campaign with the Department of Social Services.",
                &[]
            ),
            [Pillar::Prevention, Pillar::Partnership]
        );
        // A long name counts as one word between the verb and `together with`.
        assert_eq!(
            pillars_of(
                "The centres are opened by the Ministry of Population, Social Protection and Promotion of Women together with the municipalities.",
                &[]
            ),
            [Pillar::Partnership]
        );
        assert_eq!(
            pillars_of(
                "The shelter gives women a room in line with the Ministry of Health rules.",
                &[]
            ),
            [Pillar::Protection]
        );
    }

    #[test]
    fn the_police_doing_police_work_is_prosecution() {
        assert_eq!(
            pillars_of(
                "The police may now order a violent person to leave the home.",
                &[]
            ),
            [Pillar::Prosecution]
        );
        assert_eq!(
            pillars_of(
                "The law allows the police to act on a report from a neighbour.",
                &[]
            ),
            [Pillar::Prosecution]
        );
        assert_eq!(
            pillars_of("The police act as hosts of the open day.", &[]),
            []
        );
        assert!(
            !pillars_of("Officers refer women to the shelter.", &[]).contains(&Pillar::Prosecution)
        );
    }

    #[test]
    fn a_named_court_deciding_is_judicial_work() {
        assert_eq!(
            pillars_of(
                "Orders are heard by the Harbour District Court within a week.",
                &[]
            ),
            [Pillar::Prosecution]
        );
        assert_eq!(
            pillars_of("The Harbour District Court building was repainted.", &[]),
            []
        );
    }

    #[test]
    fn institutions_acting_together_are_partnership() {
        assert_eq!(
            pillars_of(
                "In the forum, ministries, United Nations agencies and NGOs plan their work together.",
                &[]
            ),
            [Pillar::Partnership]
        );
        assert_eq!(
            pillars_of("Women and their children stay together.", &[]),
            []
        );
    }

    #[test]
    fn services_bought_from_ngos_are_partnership() {
        assert_eq!(
            pillars_of(
                "The ministry buys counselling from NGOs through the social order.",
                &[]
            ),
            [Pillar::Protection, Pillar::Partnership]
        );
    }

    #[test]
    fn paraphrases_of_round_twenty() {
        assert_eq!(
            pillars_of("The teams hold evening talks for parents and pupils.", &[]),
            [Pillar::Prevention]
        );
        assert_eq!(
            pillars_of(
                "Village loudspeakers carry short broadcasts explaining the law.",
                &[]
            ),
            [Pillar::Prevention]
        );
        assert_eq!(
            pillars_of(
                "A neighbour takes in women and their children for a few nights.",
                &[]
            ),
            [Pillar::Protection]
        );
        assert_eq!(
            pillars_of("The lawyers advise women before the hearing.", &[]),
            [Pillar::Protection]
        );
        assert_eq!(
            pillars_of(
                "Commune people's committees must find a place where women can stay.",
                &[]
            ),
            [Pillar::Protection]
        );
        // Clinical officers are health workers: their training is prevention.
        assert_eq!(
            pillars_of(
                "The ministry trained 640 nurses and clinical officers.",
                &[]
            ),
            [Pillar::Prevention]
        );
    }

    #[test]
    fn services_a_data_measure_records_or_costs_are_no_evidence() {
        let survey = [vec![
            "Research and statistical data".to_string(),
            "Other research and statistical data".to_string(),
        ]];
        let costing = "The study estimated what women spent on medical care and shelter stays.";
        assert_eq!(pillars_of(costing, &survey), [Pillar::Prevention]);
        let records = "Clerks enter codes for the services given: counselling, legal aid, shelter.";
        assert_eq!(pillars_of(records, &survey), [Pillar::Prevention]);
        // Monitoring measures collect data too.
        let monitoring = [vec!["Monitoring and Evaluation".to_string()]];
        assert_eq!(pillars_of(records, &monitoring), []);
        // A review studies the services a case went through.
        let review =
            "The panel reviews every contact the woman had with health and shelter services.";
        assert_eq!(pillars_of(review, &monitoring), []);
        // A survey that hands respondents a helpline gives a service.
        assert_eq!(
            pillars_of(
                "Every woman interviewed was given the number of the helpline.",
                &survey
            ),
            [Pillar::Prevention, Pillar::Protection]
        );
        // In a measure that is not about data, the same sentence is about what it does.
        assert_eq!(
            pillars_of(costing, &[vec!["Policies".to_string()]]),
            [Pillar::Prevention, Pillar::Protection]
        );
    }

    #[test]
    fn training_at_a_police_school_inquiry_committees_and_outreach_staff() {
        // Recruits trained at a police academy are enforcement staff.
        assert_eq!(
            pillars_of(
                "The Harbour Women's Centre trains recruits at the Tidla Police Academy on \
                 coercive control.",
                &[]
            ),
            [Pillar::Prosecution]
        );
        // So is a course added to the curriculum of such a school.
        assert_eq!(
            pillars_of(
                "The course joined the curriculum of the Tidla Police Training School.",
                &[]
            ),
            []
        );
        // A committee that hears complaints inside a workplace coordinates nothing.
        assert_eq!(
            pillars_of(
                "Every employer must set up an inquiry committee to hear complaints.",
                &[]
            ),
            []
        );
        // Outreach workers are staff, not outreach to the public.
        assert_eq!(
            pillars_of("Grants pay for outreach workers in rural districts.", &[]),
            []
        );
    }

    #[test]
    fn primary_care_is_a_level_of_the_health_system() {
        assert_eq!(
            pillars_of(
                "Nurses in primary care and in primary health care centres ask women about abuse.",
                &[]
            ),
            []
        );
        assert_eq!(
            pillars_of(
                "The clinic gives health care to women after an assault.",
                &[]
            ),
            [Pillar::Protection]
        );
    }

    #[test]
    fn the_subject_of_an_instrument_after_its_name_is_no_evidence() {
        assert_eq!(
            pillars_of(
                "Staff tell the head office within two days, as Law No. 7/2011 of 3 May \
                 establishing the legal regime for the prevention of family violence and the \
                 protection and assistance of its victims requires.",
                &[]
            ),
            []
        );
        // The sentence's own verb ends the clause: what follows is what the instrument does.
        assert_eq!(
            pillars_of(
                "The Harbour Act 2011 establishing the Fisheries Council provides shelters for \
                 women.",
                &[]
            ),
            [Pillar::Protection]
        );
        // Seeking help is what victims do, not a service.
        assert_eq!(
            pillars_of(
                "The survey asks where women seek help after an assault.",
                &[]
            ),
            [Pillar::Prevention]
        );
    }

    #[test]
    fn what_a_report_recommends_is_no_evidence() {
        assert_eq!(
            pillars_of(
                "The panel made 21 recommendations, among them that a shelter be opened for women.",
                &[]
            ),
            []
        );
        assert_eq!(
            pillars_of(
                "Following the recommendations of the ombudsman, the law created shelters for women.",
                &[]
            ),
            [Pillar::Protection]
        );
        // Human resources officers are no enforcement staff.
        assert_eq!(
            pillars_of(
                "The council trains human resources officers to respond to disclosures.",
                &[]
            ),
            [Pillar::Prevention]
        );
        assert!(
            !pillars_of("An offender may not work in schools for ten years.", &[])
                .contains(&Pillar::Prevention)
        );
    }

    #[test]
    fn who_wrote_a_model_the_measure_draws_on_is_no_partnership() {
        assert_eq!(
            pillars_of(
                "It draws on a regional model guide, which was prepared by the Harbour Office of the Tidal Commission together with the Pier Office of the Coastal Union.",
                &[]
            ),
            []
        );
        assert_eq!(
            pillars_of(
                "The guide was prepared by the Harbour Office of the Tidal Commission together with the Pier Office of the Coastal Union.",
                &[]
            ),
            [Pillar::Partnership]
        );
    }

    #[test]
    fn round_twenty_two_paraphrases() {
        assert_eq!(
            pillars_of(
                "The plan was drafted by a taskforce in which the police, the Ministry of Health and NGOs take part.",
                &[]
            ),
            [Pillar::Partnership]
        );
        assert_eq!(
            pillars_of(
                "The Harbour Women's Union is one of the organisations through which women take part in public life.",
                &[]
            ),
            []
        );
        assert!(
            !pillars_of(
                "Calls go to the Harbour Line, and trained counsellors give callers advice.",
                &[]
            )
            .contains(&Pillar::Prevention)
        );
        assert!(
            pillars_of("The centre recruited and trained counsellors.", &[])
                .contains(&Pillar::Prevention)
        );
        assert_eq!(
            pillars_of(
                "A team of social workers looks after victims during the trial.",
                &[]
            ),
            [Pillar::Protection, Pillar::Prosecution]
        );
        assert_eq!(
            pillars_of("The third goal is to hold perpetrators to account.", &[]),
            [Pillar::Prosecution]
        );
        assert_eq!(
            pillars_of("Trained volunteers answer calls at night.", &[]),
            []
        );
        assert_eq!(
            pillars_of("Volunteers were trained to answer calls.", &[]),
            [Pillar::Prevention]
        );
        assert_eq!(
            pillars_of(
                "The NGO that runs the line receives TT$650,000 a year from the Government.",
                &[]
            ),
            [Pillar::Partnership]
        );
    }
}
