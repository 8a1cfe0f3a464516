//! The canned queries of `queries/`, embedded in the binary so that `vawkg query NAME` works
//! from any folder. A test checks that this list and the folder agree.

use crate::query::{CannedQueries, QueryError};

/// `(name, text)` of every file in `queries/`, in file-name order.
pub const CANNED_QUERY_FILES: &[(&str, &str)] = &[
    (
        "01-measures-by-country-and-year",
        include_str!("../queries/01-measures-by-country-and-year.rq"),
    ),
    (
        "02-national-action-plans-by-form",
        include_str!("../queries/02-national-action-plans-by-form.rq"),
    ),
    (
        "03-agencies-by-country",
        include_str!("../queries/03-agencies-by-country.rq"),
    ),
    (
        "04-country-pillar-matrix",
        include_str!("../queries/04-country-pillar-matrix.rq"),
    ),
    (
        "05-measures-citing-publisher",
        include_str!("../queries/05-measures-citing-publisher.rq"),
    ),
    (
        "06-measures-per-year",
        include_str!("../queries/06-measures-per-year.rq"),
    ),
    (
        "07-countries-with-legislation-on-form",
        include_str!("../queries/07-countries-with-legislation-on-form.rq"),
    ),
    (
        "08-agency-co-occurrence-edges",
        include_str!("../queries/08-agency-co-occurrence-edges.rq"),
    ),
    (
        "09-agency-country-edges",
        include_str!("../queries/09-agency-country-edges.rq"),
    ),
    (
        "10-countries-sharing-instruments",
        include_str!("../queries/10-countries-sharing-instruments.rq"),
    ),
    (
        "11-funding-by-country-and-currency",
        include_str!("../queries/11-funding-by-country-and-currency.rq"),
    ),
    (
        "12-measure-type-hierarchy-usage",
        include_str!("../queries/12-measure-type-hierarchy-usage.rq"),
    ),
    (
        "13-record-provenance",
        include_str!("../queries/13-record-provenance.rq"),
    ),
    (
        "14-concepts-missing-from-schemes",
        include_str!("../queries/14-concepts-missing-from-schemes.rq"),
    ),
    (
        "15-countries-sharing-partners",
        include_str!("../queries/15-countries-sharing-partners.rq"),
    ),
];

/// The canned queries, parsed with their headers.
pub fn canned_queries() -> Result<CannedQueries, QueryError> {
    CannedQueries::from_texts(CANNED_QUERY_FILES.iter().copied())
}

/// A plain listing of the canned queries: name, summary and parameters with defaults.
pub fn render_list(queries: &CannedQueries) -> String {
    let mut out = String::new();
    for query in queries.iter() {
        out.push_str(&format!("{}\n    {}\n", query.name, query.summary));
        for param in &query.params {
            let default = param
                .default
                .as_ref()
                .map_or_else(|| "unbound".to_owned(), ToString::to_string);
            out.push_str(&format!(
                "    --param {}=… (default {default}): {}\n",
                param.name, param.description
            ));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_query_file_is_embedded_and_parses() {
        let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("queries");
        let mut on_disk: Vec<String> = std::fs::read_dir(folder)
            .unwrap()
            .map(|entry| entry.unwrap().path())
            .filter(|path| path.extension().is_some_and(|extension| extension == "rq"))
            .map(|path| path.file_stem().unwrap().to_string_lossy().into_owned())
            .collect();
        on_disk.sort();
        let embedded: Vec<&str> = CANNED_QUERY_FILES.iter().map(|(name, _)| *name).collect();
        assert_eq!(on_disk, embedded);
        let queries = canned_queries().unwrap();
        assert!(queries.len() >= 10);
        for query in queries.iter() {
            query.check_syntax().unwrap();
            assert!(!query.summary.is_empty(), "{} has no summary", query.name);
        }
    }

    #[test]
    fn the_list_names_every_query() {
        let queries = canned_queries().unwrap();
        let list = render_list(&queries);
        for query in queries.iter() {
            assert!(list.contains(&query.name));
        }
    }
}
