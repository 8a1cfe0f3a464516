//! The extractor: the bytes of a record file to [`Record`]s, with located errors.
//!
//! It does no I/O and knows nothing of RDF. A file is first split into records on raw
//! bytes ([`split_records`]), so invalid UTF-8 or a malformed header in one record never
//! stops the others; each record is then checked to be UTF-8 and parsed on its own.
//!
//! ```
//! let input = "Country Canada\nYear 2012\nType of Measure Police > Training\nForm of Violence Trafficking\n\nBrief Description\n\nThe RCMP trains officers.\n";
//! let records = vawkg::extract::extract(input.as_bytes());
//! let record = records[0].as_ref().unwrap();
//! assert_eq!(record.country.value.alpha3, "CAN");
//! assert_eq!(record.measure_types[0].value.levels, ["Police", "Training"]);
//! ```

mod country;
pub mod entities;
mod error;
mod grammar;
mod layout;
mod outline;
mod split;

pub(crate) use country::is_country_name;
pub use country::{ordinary_case, resolve_country};
pub use error::{ErrorKind, ExtractError, LineIndex, Location, location, render_error};
pub use outline::{BlockOutline, Outline, Scope, SectionOutline};
pub use split::{complete_prefix, split_records};

use crate::record::Record;

/// Extracts every record of a file, in file order: a record or the reason it was rejected.
pub fn extract(input: &[u8]) -> Vec<Result<Record, ExtractError>> {
    records(input).collect()
}

/// Like [`extract`], lazily: records are parsed as the iterator is advanced.
pub fn records(input: &[u8]) -> impl Iterator<Item = Result<Record, ExtractError>> + '_ {
    records_at(input, 0, Scope::Entities)
}

/// Like [`records`], for a piece of a larger input that starts at byte `origin` of it: every
/// span and offset (in records and errors) is a position in the whole input. `scope` says
/// whether the entities of the prose are looked for.
///
/// The piece must start at a record boundary, as the pieces cut by [`complete_prefix`] do; a
/// file read piece by piece then gives the same records as the file read whole.
pub fn records_at(
    input: &[u8],
    origin: usize,
    scope: Scope,
) -> impl Iterator<Item = Result<Record, ExtractError>> + '_ {
    outlines_at(input, origin).map(move |outline| Ok(outline?.to_record(scope)))
}

/// The structure of every record of `input`, without copying any text: the first stage of
/// [`records`], for callers that need only some fields or only the shape of the records.
///
/// ```
/// let input = "Country Canada\nYear 2012\nType of Measure Police > Training\n\nBrief Description\n\nText.\n";
/// let outline = vawkg::extract::outlines(input.as_bytes()).next().unwrap().unwrap();
/// assert_eq!((outline.country.value, outline.alpha2), ("Canada", "CA"));
/// assert_eq!(outline.measure_types().next().unwrap().value, "Police > Training");
/// ```
pub fn outlines(input: &[u8]) -> impl Iterator<Item = Result<Outline<'_>, ExtractError>> {
    outlines_at(input, 0)
}

/// Like [`outlines`], for a piece of a larger input that starts at byte `origin` of it.
pub fn outlines_at(
    input: &[u8],
    origin: usize,
) -> impl Iterator<Item = Result<Outline<'_>, ExtractError>> {
    let mut splitter = split::Splitter::new(input);
    let mut scratch = layout::Scratch::default();
    std::iter::from_fn(move || {
        let (span, lines) = splitter.next_record()?;
        let text = match simdutf8::basic::from_utf8(&input[span.clone()]) {
            Ok(text) => text,
            // The fast check says only that the bytes are invalid; the standard one says where.
            Err(_) => return Some(Err(invalid_utf8(input, span, origin))),
        };
        Some(layout::parse_outline(
            text,
            origin + span.start,
            lines,
            span.start,
            &mut scratch,
        ))
    })
}

/// The error for the record at `span` of `input` (a piece starting at byte `origin` of the
/// whole input), whose bytes are not UTF-8.
fn invalid_utf8(input: &[u8], span: crate::record::Span, origin: usize) -> ExtractError {
    let Err(utf8_error) = std::str::from_utf8(&input[span.clone()]) else {
        unreachable!("both validators agree on what is UTF-8");
    };
    let span = origin + span.start..origin + span.end;
    let offset = span.start + utf8_error.valid_up_to();
    let width = utf8_error.error_len().unwrap_or(1);
    let message = format!("invalid UTF-8 at byte offset {offset}: the record is skipped");
    let mut error = ExtractError::new(ErrorKind::InvalidUtf8, message, offset..offset + width);
    error.record_span = span;
    error
}

/// Every string made of up to `max_pieces` of `pieces` one after the other (the empty string
/// included), sorted and without repeats: the inputs of the tests that check a quick test or a
/// shortcut against the rule it stands in front of.
#[cfg(test)]
pub(crate) fn joined_pieces(pieces: &[&str], max_pieces: usize) -> Vec<String> {
    let mut joined = vec![String::new()];
    for _ in 0..max_pieces {
        let longer: Vec<String> = joined
            .iter()
            .flat_map(|start| pieces.iter().map(move |piece| format!("{start}{piece}")))
            .collect();
        joined.extend(longer);
        joined.sort();
        joined.dedup();
    }
    joined
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_bad_record_does_not_stop_the_others() {
        let mut input = b"Country Chile\nYear 2019\nType of Measure A\nForm of Violence B\n\nBrief Description\n\nBad \xC3\x28 text.\n\n".to_vec();
        input.extend_from_slice(b"Country Peru\nYear 20x4\nType of Measure A\nForm of Violence B\n\nBrief Description\n\nText.\n\n");
        input.extend_from_slice(b"Country Peru\nYear 2015\nType of Measure A\nForm of Violence B\n\nBrief Description\n\nText.\n");
        let results = extract(&input);
        assert_eq!(results.len(), 3);
        let first = results[0].as_ref().unwrap_err();
        assert_eq!(first.kind, ErrorKind::InvalidUtf8);
        assert_eq!(&input[first.span.clone()], b"\xC3");
        assert_eq!(
            results[1].as_ref().unwrap_err().kind,
            ErrorKind::MalformedYear
        );
        assert_eq!(results[2].as_ref().unwrap().country.value.alpha2, "PE");
    }

    #[test]
    fn empty_input_has_no_records() {
        assert!(extract(b"").is_empty());
        assert!(extract(b"\n\n  \n").is_empty());
    }

    #[test]
    fn text_before_the_first_header_is_reported() {
        let results = extract(b"stray\n\nCountry Peru\nYear 2015\n\nBrief Description\n\nT.\n");
        assert_eq!(results.len(), 2);
        assert!(results[0].is_err());
        assert!(results[1].is_ok());
    }
}
