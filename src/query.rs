//! Canned and ad-hoc SPARQL: query files with `#+` headers, resolving the CLI's QUERY argument,
//! binding `--param` values as RDF terms, evaluation over the union of all graphs, and result
//! formats (terminal table, SPARQL CSV/TSV/JSON/XML, RDF for CONSTRUCT/DESCRIBE).
//!
//! It does not open stores (`store`) or own RDF serialisations (`export`, which it calls for
//! CONSTRUCT and DESCRIBE results).
//!
//! # Query files
//!
//! A canned query is a file `queries/NN-slug.rq` whose header lines describe it:
//!
//! ```text
//! #+ summary: Agencies responsible for measures in a country
//! #+ param: country (default "CA"): ISO 3166-1 alpha-2 code of the country
//! SELECT ?country ?agency WHERE { ... }
//! ```
//!
//! A `#+ param:` without `(default …)` is required. The default is an RDF term in Turtle/SPARQL
//! syntax (`"CA"`, `<https://…>`, `2012`, `"x"@en`, `"2012"^^xsd:gYear`, `vawkg:Law`).
//!
//! # Parameters are bound, never spliced
//!
//! `--param name=value` parses `value` as an RDF term ([`parse_param_value`]) and binds `?name`
//! in the *parsed* query, as a one-row `VALUES` table joined at the start of the outer `WHERE`
//! (below the solution modifiers, grouping and the `SELECT` expressions): the same as writing
//! `VALUES ?name { value }` first in the `WHERE` clause. The query text is never edited, so no
//! value can change the query's structure. Any variable of the outer `WHERE` can be bound,
//! projected or not; a subquery sees the binding only through its join with the rest.
//!
//! ```
//! use vawkg::query::{CannedQueries, ResultFormat, evaluate, parse_param_assignment, resolve_query, write_results};
//! use vawkg::store::Store;
//!
//! let store = Store::in_memory()?;
//! let canned = CannedQueries::from_texts([(
//!     "01-echo",
//!     "#+ summary: Echoes its parameter\n#+ param: word (default \"hello\"): any term\nSELECT ?word WHERE {}\n",
//! )])?;
//! let query = resolve_query("echo", &canned)?;
//! let params = [parse_param_assignment("word=\"x\" } ; DROP ALL ; {")?];
//! let results = evaluate(&store, &query, &params)?;
//! let csv = write_results(results, ResultFormat::Csv, Vec::new())?;
//! assert_eq!(String::from_utf8(csv)?, "word\r\n\"\"\"x\"\" } ; DROP ALL ; {\"\r\n");
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

use crate::export::{ExportError, ExportFormat, FIXED_PREFIXES, Prefixes, compare_triples};
use crate::store::Store;
use comfy_table::{ContentArrangement, Table, presets};
use oxigraph::model::{Literal, NamedNode, Term, Triple, Variable};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{
    QueryEvaluationError, QueryResults, QuerySolution, SparqlEvaluator, UpdateEvaluationError,
};
use spargebra::algebra::GraphPattern;
use spargebra::term::GroundTerm;
use std::collections::BTreeSet;
use std::fmt;
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Errors of the query module.
#[derive(Debug, thiserror::Error)]
pub enum QueryError {
    /// The SPARQL text does not parse; `message` is the parser's, with `line:column` (one-based).
    #[error("malformed SPARQL in {query}: {message}")]
    Syntax {
        /// The query name (`inline` for text given on the command line).
        query: String,
        /// The parser's message, e.g. `error at 2:7: expected one of "{", …`.
        message: String,
    },
    /// A `#+` header line is malformed.
    #[error("bad header in {query}, line {line}: {message}")]
    Header {
        /// The query name.
        query: String,
        /// One-based line number in the query file.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// Two canned queries have the same name or slug.
    #[error("two canned queries are called `{name}`")]
    DuplicateQuery {
        /// The clashing name or slug.
        name: String,
    },
    /// The QUERY argument is neither a canned query, a file nor SPARQL.
    #[error("unknown query `{name}`; canned queries: {known}")]
    UnknownQuery {
        /// What was asked for.
        name: String,
        /// The canned query names, comma-separated.
        known: String,
    },
    /// A query file or directory could not be read.
    #[error("cannot read {path}: {source}")]
    ReadFile {
        /// The file or directory.
        path: PathBuf,
        /// The I/O error.
        source: io::Error,
    },
    /// `--param` names a parameter the query does not have.
    #[error("unknown parameter `{name}` for {query}; known parameters: {known}")]
    UnknownParam {
        /// The query name.
        query: String,
        /// The parameter asked for.
        name: String,
        /// The query's parameters, comma-separated (`none` if it has none).
        known: String,
    },
    /// A parameter without default was not given.
    #[error("parameter `{name}` of {query} needs a value: --param {name}=VALUE")]
    MissingParam {
        /// The query name.
        query: String,
        /// The parameter.
        name: String,
    },
    /// A `--param` argument is not `NAME=VALUE`.
    #[error("bad parameter `{arg}`: expected NAME=VALUE")]
    BadParamSyntax {
        /// The argument as given.
        arg: String,
    },
    /// A parameter value is not a usable RDF term.
    #[error("bad value `{value}`: {message}")]
    BadParamValue {
        /// The value as given.
        value: String,
        /// What is wrong.
        message: String,
    },
    /// Evaluation failed.
    #[error("query evaluation failed: {0}")]
    Evaluation(#[source] QueryEvaluationError),
    /// A SPARQL Update failed.
    #[error("SPARQL update failed: {0}")]
    Update(#[source] UpdateEvaluationError),
    /// The result format cannot hold this kind of results.
    #[error("{format} cannot hold {kind} results; use {instead}")]
    FormatMismatch {
        /// The format asked for.
        format: ResultFormat,
        /// `boolean` (ASK) or `solution` (SELECT).
        kind: &'static str,
        /// Formats that can.
        instead: &'static str,
    },
    /// The format name is unknown.
    #[error(
        "unknown result format `{0}`; expected one of: table, csv, tsv, json, xml, ttl, nt, nq, trig, jsonld, rdfxml"
    )]
    UnknownFormat(String),
    /// Writing the results failed.
    #[error("cannot write the results: {0}")]
    Io(#[from] io::Error),
    /// Serialising CONSTRUCT/DESCRIBE results failed.
    #[error(transparent)]
    Export(#[from] ExportError),
}

// ---------------------------------------------------------------------------------------------
// Canned queries

/// A parameter declared by a `#+ param:` header.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    /// The variable name, without `?`.
    pub name: String,
    /// The value used when `--param` does not give one; `None` makes the parameter required.
    pub default: Option<Term>,
    /// What the parameter means.
    pub description: String,
}

/// A query text with what its `#+` headers say about it (canned, from a file, or inline).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CannedQuery {
    /// `NN-slug` for canned queries, the file stem for files, `inline` for inline SPARQL.
    pub name: String,
    /// The `#+ summary:` (empty if none).
    pub summary: String,
    /// The declared parameters, in header order.
    pub params: Vec<Param>,
    /// The whole text, headers included (they are SPARQL comments).
    pub text: String,
}

impl CannedQuery {
    /// The name without its `NN-` number: `agencies-by-country` for `03-agencies-by-country`.
    pub fn slug(&self) -> &str {
        slug_of(&self.name)
    }

    /// The `NN` of `NN-slug`, if any.
    pub fn number(&self) -> Option<u32> {
        let digits = self.name.split('-').next()?;
        if self.name.len() > digits.len() && digits.bytes().all(|b| b.is_ascii_digit()) {
            digits.parse().ok()
        } else {
            None
        }
    }

    /// Parses the SPARQL (without running it), to check a query file.
    pub fn check_syntax(&self) -> Result<(), QueryError> {
        self.parse().map(|_| ())
    }

    fn parse(&self) -> Result<spargebra::Query, QueryError> {
        spargebra::SparqlParser::new()
            .parse_query(&self.text)
            .map_err(|error| QueryError::Syntax {
                query: self.name.clone(),
                message: error.to_string(),
            })
    }
}

fn slug_of(name: &str) -> &str {
    match name.split_once('-') {
        Some((digits, rest))
            if !digits.is_empty()
                && !rest.is_empty()
                && digits.bytes().all(|b| b.is_ascii_digit()) =>
        {
            rest
        }
        _ => name,
    }
}

/// `queries/03-x.rq` → `03-x`.
fn query_name_of(name: &str) -> &str {
    let file_name = name.rsplit(['/', '\\']).next().unwrap_or(name);
    file_name.strip_suffix(".rq").unwrap_or(file_name)
}

/// Reads the `#+ summary:` and `#+ param:` headers of a query text. `name` may be a file name
/// (`03-agencies-by-country.rq`); its directory and `.rq` are dropped.
///
/// Header lines may appear anywhere but are usually at the top; unknown `#+` keys are ignored.
pub fn parse_canned(name: &str, text: &str) -> Result<CannedQuery, QueryError> {
    let name = query_name_of(name).to_owned();
    let mut summary = Vec::new();
    let mut params: Vec<Param> = Vec::new();
    for (line_idx, line) in text.lines().enumerate() {
        let Some(header) = line.trim_start().strip_prefix("#+") else {
            continue;
        };
        let header_error = |message: String| QueryError::Header {
            query: name.clone(),
            line: line_idx + 1,
            message,
        };
        let Some((key, value)) = header.split_once(':') else {
            return Err(header_error("expected `#+ key: value`".into()));
        };
        match key.trim() {
            "summary" => summary.push(value.trim().to_owned()),
            "param" => {
                let param = parse_param_header(value).map_err(header_error)?;
                if params.iter().any(|known| known.name == param.name) {
                    return Err(header_error(format!(
                        "parameter `{}` declared twice",
                        param.name
                    )));
                }
                params.push(param);
            }
            _ => {}
        }
    }
    Ok(CannedQuery {
        name,
        summary: summary.join(" "),
        params,
        text: text.to_owned(),
    })
}

/// `NAME (default TERM): description` or `NAME: description`.
fn parse_param_header(value: &str) -> Result<Param, String> {
    let value = value.trim_start();
    let value = value.strip_prefix(['?', '$']).unwrap_or(value);
    let name_len = value
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
        .unwrap_or(value.len());
    let (name, rest) = value.split_at(name_len);
    if name.is_empty() || name.starts_with(|c: char| c.is_ascii_digit()) {
        return Err("expected a parameter name (a SPARQL variable name)".into());
    }
    let mut rest = rest.trim_start();
    let mut default = None;
    if let Some(after) = rest.strip_prefix('(') {
        let after = after.trim_start();
        let Some(after) = after.strip_prefix("default") else {
            return Err("expected `(default TERM)` after the parameter name".into());
        };
        let after = after.trim_start();
        let term_len = scan_term(after).ok_or("unterminated default term")?;
        let (term_text, after) = after.split_at(term_len);
        let term = parse_param_value(term_text.trim()).map_err(|error| error.to_string())?;
        let Some(after) = after.trim_start().strip_prefix(')') else {
            return Err("expected `)` after the default term".into());
        };
        default = Some(term);
        rest = after.trim_start();
    }
    let description = match rest.strip_prefix(':') {
        Some(description) => description.trim(),
        None if rest.is_empty() => "",
        None => return Err("expected `:` before the parameter description".into()),
    };
    Ok(Param {
        name: name.to_owned(),
        default,
        description: description.to_owned(),
    })
}

/// The length of the RDF term at the start of `text` (up to, not including, the `)` closing a
/// `(default …)`), or `None` if a quote or `<` is not closed.
fn scan_term(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let mut index = 0;
    match bytes.first()? {
        b'<' => index = text.find('>')? + 1,
        b'"' => {
            index = 1;
            loop {
                match bytes.get(index)? {
                    b'\\' => index += 2,
                    b'"' => {
                        index += 1;
                        break;
                    }
                    _ => index += 1,
                }
            }
            if bytes.get(index) == Some(&b'@') {
                index += 1;
                while bytes
                    .get(index)
                    .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'-')
                {
                    index += 1;
                }
            } else if text[index..].starts_with("^^") {
                index += 2;
                if bytes.get(index) == Some(&b'<') {
                    index += text[index..].find('>')? + 1;
                } else {
                    while bytes
                        .get(index)
                        .is_some_and(|b| !b.is_ascii_whitespace() && *b != b')')
                    {
                        index += 1;
                    }
                }
            }
        }
        _ => {
            while bytes.get(index).is_some_and(|b| *b != b')') {
                index += 1;
            }
        }
    }
    Some(index)
}

/// A set of canned queries, looked up by full name (`03-agencies-by-country`), slug
/// (`agencies-by-country`) or number (`03` or `3`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct CannedQueries {
    queries: Vec<CannedQuery>,
}

impl CannedQueries {
    /// An empty set.
    pub fn new() -> Self {
        Self::default()
    }

    /// Builds the set from `(name, text)` pairs, e.g. an embedded list of
    /// `("03-agencies-by-country", include_str!("../queries/03-agencies-by-country.rq"))`.
    pub fn from_texts<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, QueryError> {
        let mut queries = Self::new();
        for (name, text) in pairs {
            queries.insert(parse_canned(name, text)?)?;
        }
        Ok(queries)
    }

    /// Reads every `*.rq` file of `dir`.
    pub fn from_dir(dir: impl AsRef<Path>) -> Result<Self, QueryError> {
        let mut queries = Self::new();
        queries.extend_from_dir(dir)?;
        Ok(queries)
    }

    /// Adds every `*.rq` file of `dir`, replacing queries of the same name (so files on disk
    /// override an embedded list).
    pub fn extend_from_dir(&mut self, dir: impl AsRef<Path>) -> Result<(), QueryError> {
        let dir = dir.as_ref();
        let read_error = |path: &Path, source| QueryError::ReadFile {
            path: path.to_owned(),
            source,
        };
        let mut paths = Vec::new();
        for entry in std::fs::read_dir(dir).map_err(|error| read_error(dir, error))? {
            let path = entry.map_err(|error| read_error(dir, error))?.path();
            if path.extension().is_some_and(|extension| extension == "rq") && path.is_file() {
                paths.push(path);
            }
        }
        paths.sort();
        for path in paths {
            let text = std::fs::read_to_string(&path).map_err(|error| read_error(&path, error))?;
            let name = path
                .file_stem()
                .map(|stem| stem.to_string_lossy().into_owned())
                .unwrap_or_default();
            let query = parse_canned(&name, &text)?;
            self.queries.retain(|known| known.name != query.name);
            self.insert(query)?;
        }
        Ok(())
    }

    /// Adds a query; fails if its name or slug is already taken by another query.
    pub fn insert(&mut self, query: CannedQuery) -> Result<(), QueryError> {
        if let Some(clash) = self
            .queries
            .iter()
            .find(|known| known.name == query.name || known.slug() == query.slug())
        {
            return Err(QueryError::DuplicateQuery {
                name: if clash.name == query.name {
                    clash.name.clone()
                } else {
                    query.slug().to_owned()
                },
            });
        }
        let position = self
            .queries
            .partition_point(|known| known.name < query.name);
        self.queries.insert(position, query);
        Ok(())
    }

    /// The query called `name`: full name, slug or number; a trailing `.rq` is ignored.
    pub fn get(&self, name: &str) -> Option<&CannedQuery> {
        let name = name.strip_suffix(".rq").unwrap_or(name);
        if let Some(query) = self
            .queries
            .iter()
            .find(|query| query.name == name)
            .or_else(|| self.queries.iter().find(|query| query.slug() == name))
        {
            return Some(query);
        }
        let number = name.parse::<u32>().ok()?;
        self.queries
            .iter()
            .find(|query| query.number() == Some(number))
    }

    /// The queries, sorted by name.
    pub fn iter(&self) -> impl Iterator<Item = &CannedQuery> {
        self.queries.iter()
    }

    /// How many queries.
    pub fn len(&self) -> usize {
        self.queries.len()
    }

    /// Whether there are none.
    pub fn is_empty(&self) -> bool {
        self.queries.is_empty()
    }

    fn names(&self) -> String {
        if self.queries.is_empty() {
            "none".into()
        } else {
            self.queries
                .iter()
                .map(|query| query.name.as_str())
                .collect::<Vec<_>>()
                .join(", ")
        }
    }
}

/// Resolves the CLI's QUERY argument, in this order: a canned query name (full, slug or number),
/// a path to a query file (its `#+` headers are read too), or inline SPARQL (headers allowed).
/// A lone word that is none of these is an [`QueryError::UnknownQuery`].
pub fn resolve_query(argument: &str, canned: &CannedQueries) -> Result<CannedQuery, QueryError> {
    if let Some(query) = canned.get(argument) {
        return Ok(query.clone());
    }
    let path = Path::new(argument);
    let looks_like_a_word = !argument.is_empty()
        && argument
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '-' | '_' | '.' | '/' | '\\' | '~'));
    if looks_like_a_word && path.is_file() {
        let text = std::fs::read_to_string(path).map_err(|source| QueryError::ReadFile {
            path: path.to_owned(),
            source,
        })?;
        return parse_canned(argument, &text);
    }
    if looks_like_a_word {
        if argument.ends_with(".rq") || argument.contains('/') {
            return Err(QueryError::ReadFile {
                path: path.to_owned(),
                source: io::Error::new(io::ErrorKind::NotFound, "no such file"),
            });
        }
        return Err(QueryError::UnknownQuery {
            name: argument.to_owned(),
            known: canned.names(),
        });
    }
    parse_canned("inline", argument)
}

// ---------------------------------------------------------------------------------------------
// Parameters

/// Parses an RDF term in Turtle/SPARQL syntax: `<iri>`, `"…"` (with escapes), `"…"@lang`,
/// `"…"^^<iri>`, `"…"^^prefix:local`, `prefix:local` (with the prefixes of
/// [`FIXED_PREFIXES`]), integers, decimals, doubles, `true` and `false`.
pub fn parse_term(text: &str) -> Result<Term, QueryError> {
    let text = text.trim();
    let bad = |message: String| QueryError::BadParamValue {
        value: text.to_owned(),
        message,
    };
    if let Some(iri) = expand_prefixed_name(text) {
        return NamedNode::new(iri)
            .map(Term::from)
            .map_err(|error| bad(error.to_string()));
    }
    let expanded;
    let text_to_parse = match text.rsplit_once("^^") {
        Some((lexical, datatype)) if lexical.ends_with('"') && !datatype.starts_with('<') => {
            let iri = expand_prefixed_name(datatype)
                .ok_or_else(|| bad(format!("unknown datatype prefix in `{datatype}`")))?;
            expanded = format!("{lexical}^^<{iri}>");
            expanded.as_str()
        }
        _ => text,
    };
    let term = Term::from_str(text_to_parse).map_err(|error| bad(error.to_string()))?;
    match term {
        Term::BlankNode(_) => Err(bad("a blank node cannot be a parameter value".into())),
        Term::Literal(literal) => {
            if let Some(language) = literal.language() {
                // Normalise like SPARQL does, so `"x"@EN` matches `"x"@en`.
                Ok(Literal::new_language_tagged_literal_unchecked(
                    literal.value(),
                    language.to_ascii_lowercase(),
                )
                .into())
            } else {
                Ok(literal.into())
            }
        }
        other => Ok(other),
    }
}

/// `vawkg:Law` → `https://w3id.org/vawkg/ns#Law` for the prefixes of [`FIXED_PREFIXES`].
fn expand_prefixed_name(text: &str) -> Option<String> {
    let (prefix, local) = text.split_once(':')?;
    let namespace = FIXED_PREFIXES.iter().find(|(name, _)| *name == prefix)?.1;
    let plain = !local.is_empty()
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '_' | '-' | '.'))
        && !local.ends_with('.');
    plain.then(|| format!("{namespace}{local}"))
}

/// Parses a `--param` value: an RDF term as [`parse_term`] reads it, or else, when the text is
/// not a term (a bare word such as `CA`, or anything else), a plain string literal of the whole
/// text as given. Only blank nodes and malformed IRIs (`<…>`) are rejected.
pub fn parse_param_value(text: &str) -> Result<Term, QueryError> {
    match parse_term(text) {
        Ok(term) => Ok(term),
        Err(error) => {
            let trimmed = text.trim();
            let is_iri_attempt = trimmed.starts_with('<') && trimmed.ends_with('>');
            let is_blank_node = trimmed.starts_with("_:") && Term::from_str(trimmed).is_ok();
            if is_iri_attempt || is_blank_node {
                Err(error)
            } else {
                Ok(Literal::new_simple_literal(text).into())
            }
        }
    }
}

/// Splits `name=value` (the CLI's `--param`) and parses the value with [`parse_param_value`].
/// A leading `?` or `$` on the name is dropped.
pub fn parse_param_assignment(argument: &str) -> Result<(String, Term), QueryError> {
    let Some((name, value)) = argument.split_once('=') else {
        return Err(QueryError::BadParamSyntax {
            arg: argument.to_owned(),
        });
    };
    let name = name.trim();
    let name = name.strip_prefix(['?', '$']).unwrap_or(name);
    if Variable::new(name).is_err() {
        return Err(QueryError::BadParamSyntax {
            arg: argument.to_owned(),
        });
    }
    Ok((name.to_owned(), parse_param_value(value)?))
}

/// The variable bindings for running `query` with `given` values: each given name must be a
/// declared parameter (or, for a query that declares none, a variable of its text), and every
/// declared parameter not given takes its default (or is a [`QueryError::MissingParam`]).
pub fn bind_params(
    query: &CannedQuery,
    given: &[(String, Term)],
) -> Result<Vec<(Variable, Term)>, QueryError> {
    let declared = query
        .params
        .iter()
        .map(|param| param.name.clone())
        .collect::<Vec<_>>();
    let known = if declared.is_empty() {
        variables_in(&query.text)
    } else {
        declared
    };
    let mut bindings = Vec::new();
    for (name, value) in given {
        let name = name.strip_prefix(['?', '$']).unwrap_or(name);
        if !known.iter().any(|known| known == name) {
            return Err(QueryError::UnknownParam {
                query: query.name.clone(),
                name: name.to_owned(),
                known: if known.is_empty() {
                    "none".into()
                } else {
                    known.join(", ")
                },
            });
        }
        bindings.retain(|(variable, _): &(Variable, Term)| variable.as_str() != name);
        bindings.push((Variable::new_unchecked(name), value.clone()));
    }
    for param in &query.params {
        if bindings
            .iter()
            .any(|(variable, _)| variable.as_str() == param.name)
        {
            continue;
        }
        match &param.default {
            Some(default) => {
                bindings.push((Variable::new_unchecked(param.name.clone()), default.clone()))
            }
            None => {
                return Err(QueryError::MissingParam {
                    query: query.name.clone(),
                    name: param.name.clone(),
                });
            }
        }
    }
    Ok(bindings)
}

/// The distinct `?name`/`$name` tokens of a SPARQL text, sorted (a lexical scan, for messages
/// and for checking parameter names of queries that declare none).
fn variables_in(text: &str) -> Vec<String> {
    let mut names = BTreeSet::new();
    let mut chars = text.char_indices().peekable();
    while let Some((start, c)) = chars.next() {
        if c == '#' {
            // Skip comments.
            for (_, c) in chars.by_ref() {
                if c == '\n' {
                    break;
                }
            }
            continue;
        }
        if c == '?' || c == '$' {
            let mut end = start + 1;
            while let Some((index, c)) = chars.peek().copied() {
                if c.is_alphanumeric() || c == '_' {
                    end = index + c.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
            if end > start + 1 {
                names.insert(text[start + 1..end].to_owned());
            }
        }
    }
    names.into_iter().collect()
}

// ---------------------------------------------------------------------------------------------
// Evaluation

/// Evaluates `query` on `store` with the parameters `given` (see [`bind_params`]). The default
/// graph is the union of all named graphs, unless the query says otherwise with `FROM`.
pub fn evaluate(
    store: &Store,
    query: &CannedQuery,
    given: &[(String, Term)],
) -> Result<QueryResults<'static>, QueryError> {
    let bindings = bind_params(query, given)?;
    let mut parsed = query.parse()?;
    if !bindings.is_empty() {
        bind_with_values(&mut parsed, &bindings)?;
    }
    let mut prepared = SparqlEvaluator::new().for_query(parsed);
    if prepared.dataset().is_default_dataset() {
        prepared.dataset_mut().set_default_graph_as_union();
    }
    prepared
        .on_store(store.as_oxigraph())
        .execute()
        .map_err(QueryError::Evaluation)
}

/// Joins a one-row `VALUES` table of `bindings` at the start of the query's outer `WHERE`
/// pattern. Values must be IRIs or literals: `VALUES` cannot hold a blank node.
fn bind_with_values(
    query: &mut spargebra::Query,
    bindings: &[(Variable, Term)],
) -> Result<(), QueryError> {
    let mut variables = Vec::with_capacity(bindings.len());
    let mut row = Vec::with_capacity(bindings.len());
    for (variable, value) in bindings {
        let value = match value {
            Term::NamedNode(node) => GroundTerm::NamedNode(node.clone()),
            Term::Literal(literal) => GroundTerm::Literal(literal.clone()),
            Term::BlankNode(_) => {
                return Err(QueryError::BadParamValue {
                    value: value.to_string(),
                    message: format!("?{} cannot be bound to a blank node", variable.as_str()),
                });
            }
        };
        variables.push(variable.clone());
        row.push(Some(value));
    }
    let values = GraphPattern::Values {
        variables,
        bindings: vec![row],
    };
    let pattern = match query {
        spargebra::Query::Select { pattern, .. }
        | spargebra::Query::Construct { pattern, .. }
        | spargebra::Query::Describe { pattern, .. }
        | spargebra::Query::Ask { pattern, .. } => pattern,
    };
    let where_pattern = outer_where(pattern);
    let inner = std::mem::replace(
        where_pattern,
        GraphPattern::Bgp {
            patterns: Vec::new(),
        },
    );
    *where_pattern = GraphPattern::Join {
        left: Box::new(values),
        right: Box::new(inner),
    };
    Ok(())
}

/// The outer `WHERE` pattern under the nodes the SPARQL algebra puts above it: solution
/// modifiers, projection, `SELECT` expressions, grouping and `HAVING`, and the `FILTER`s and
/// `BIND`s of the `WHERE` group itself (a `VALUES` at its start is joined before them).
fn outer_where(pattern: &mut GraphPattern) -> &mut GraphPattern {
    match pattern {
        GraphPattern::Slice { inner, .. }
        | GraphPattern::Distinct { inner }
        | GraphPattern::Reduced { inner }
        | GraphPattern::Project { inner, .. }
        | GraphPattern::OrderBy { inner, .. }
        | GraphPattern::Extend { inner, .. }
        | GraphPattern::Filter { inner, .. }
        | GraphPattern::Group { inner, .. } => outer_where(inner),
        other => other,
    }
}

/// Runs a SPARQL Update on `store`, atomically. Updates see the store's own default graph (not
/// the union): use `GRAPH ?g { … }` to reach record graphs.
pub fn update(store: &Store, text: &str) -> Result<(), QueryError> {
    SparqlEvaluator::new()
        .parse_update(text)
        .map_err(|error| QueryError::Syntax {
            query: "update".into(),
            message: error.to_string(),
        })?
        .on_store(store.as_oxigraph())
        .execute()
        .map_err(QueryError::Update)
}

// ---------------------------------------------------------------------------------------------
// Results

/// How to write query results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ResultFormat {
    /// A table for terminals (comfy-table); IRIs abbreviated with the export prefixes.
    Table,
    /// SPARQL 1.1 CSV.
    Csv,
    /// SPARQL 1.1 TSV.
    Tsv,
    /// SPARQL 1.1 JSON.
    Json,
    /// SPARQL XML.
    Xml,
    /// An RDF serialisation, for CONSTRUCT and DESCRIBE results.
    Rdf(ExportFormat),
}

impl ResultFormat {
    fn sparql_results_format(self) -> Option<QueryResultsFormat> {
        match self {
            Self::Csv => Some(QueryResultsFormat::Csv),
            Self::Tsv => Some(QueryResultsFormat::Tsv),
            Self::Json => Some(QueryResultsFormat::Json),
            Self::Xml => Some(QueryResultsFormat::Xml),
            Self::Table | Self::Rdf(_) => None,
        }
    }
}

impl fmt::Display for ResultFormat {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::Table => f.write_str("table"),
            Self::Csv => f.write_str("csv"),
            Self::Tsv => f.write_str("tsv"),
            Self::Json => f.write_str("json"),
            Self::Xml => f.write_str("xml"),
            Self::Rdf(format) => format.fmt(f),
        }
    }
}

impl FromStr for ResultFormat {
    type Err = QueryError;

    /// `table`, `csv`, `tsv`, `json`, `xml`, or an export format name (`ttl`, `nt`, …).
    fn from_str(name: &str) -> Result<Self, Self::Err> {
        Ok(match name.to_ascii_lowercase().as_str() {
            "table" | "text" => Self::Table,
            "csv" => Self::Csv,
            "tsv" => Self::Tsv,
            "json" | "srj" => Self::Json,
            "xml" | "srx" => Self::Xml,
            other => Self::Rdf(
                ExportFormat::from_str(other)
                    .map_err(|_| QueryError::UnknownFormat(name.to_owned()))?,
            ),
        })
    }
}

/// Writes `results` in `format` to `writer` and returns the writer.
///
/// SELECT → table or CSV/TSV/JSON/XML. ASK → the same (a one-cell table). CONSTRUCT and
/// DESCRIBE → any RDF format, sorted canonically; asked for as a table or CSV/TSV/JSON/XML they
/// are written as solutions `?subject ?predicate ?object`, sorted.
pub fn write_results<W: Write>(
    results: QueryResults<'_>,
    format: ResultFormat,
    mut writer: W,
) -> Result<W, QueryError> {
    if format == ResultFormat::Table {
        writer.write_all(render_table(results)?.as_bytes())?;
        writer.write_all(b"\n")?;
        return Ok(writer);
    }
    match results {
        QueryResults::Boolean(value) => match format.sparql_results_format() {
            Some(results_format) => Ok(QueryResultsSerializer::from_format(results_format)
                .serialize_boolean_to_writer(writer, value)?),
            None => Err(QueryError::FormatMismatch {
                format,
                kind: "boolean",
                instead: "table, csv, tsv, json or xml",
            }),
        },
        QueryResults::Solutions(solutions) => {
            let Some(results_format) = format.sparql_results_format() else {
                return Err(QueryError::FormatMismatch {
                    format,
                    kind: "solution",
                    instead: "table, csv, tsv, json or xml",
                });
            };
            let mut serializer = QueryResultsSerializer::from_format(results_format)
                .serialize_solutions_to_writer(writer, solutions.variables().to_vec())?;
            for solution in solutions {
                serializer.serialize(&solution.map_err(QueryError::Evaluation)?)?;
            }
            Ok(serializer.finish()?)
        }
        QueryResults::Graph(triples) => {
            let triples = sorted_triples(triples)?;
            match (format, format.sparql_results_format()) {
                (ResultFormat::Rdf(rdf_format), _) => {
                    Ok(crate::export::write_triples(triples, rdf_format, writer)?)
                }
                (_, Some(results_format)) => {
                    let variables = triple_variables();
                    let mut serializer = QueryResultsSerializer::from_format(results_format)
                        .serialize_solutions_to_writer(writer, variables.to_vec())?;
                    for triple in triples {
                        serializer.serialize(&triple_solution(&variables, triple))?;
                    }
                    Ok(serializer.finish()?)
                }
                (_, None) => unreachable!("tables are handled above"),
            }
        }
    }
}

fn sorted_triples(
    triples: oxigraph::sparql::QueryTripleIter<'_>,
) -> Result<Vec<Triple>, QueryError> {
    let mut triples = triples
        .collect::<Result<Vec<_>, _>>()
        .map_err(QueryError::Evaluation)?;
    triples.sort_by(compare_triples);
    triples.dedup();
    Ok(triples)
}

fn triple_variables() -> [Variable; 3] {
    [
        Variable::new_unchecked("subject"),
        Variable::new_unchecked("predicate"),
        Variable::new_unchecked("object"),
    ]
}

fn triple_solution(variables: &[Variable; 3], triple: Triple) -> QuerySolution {
    QuerySolution::from((
        variables.to_vec(),
        vec![
            Some(Term::from(triple.subject)),
            Some(Term::from(triple.predicate)),
            Some(triple.object),
        ],
    ))
}

/// Renders results as a table for a terminal (no trailing newline). IRIs are abbreviated with
/// the export prefixes (`vawkg:Law`, `country:CA`); strings and numbers show their value only.
pub fn render_table(results: QueryResults<'_>) -> Result<String, QueryError> {
    let (header, rows): (Vec<String>, Vec<Vec<Option<Term>>>) = match results {
        QueryResults::Boolean(value) => (
            vec!["result".into()],
            vec![vec![Some(Literal::from(value).into())]],
        ),
        QueryResults::Solutions(solutions) => {
            let header = solutions
                .variables()
                .iter()
                .map(|variable| variable.as_str().to_owned())
                .collect();
            let mut rows = Vec::new();
            for solution in solutions {
                rows.push(solution.map_err(QueryError::Evaluation)?.values().to_vec());
            }
            (header, rows)
        }
        QueryResults::Graph(triples) => {
            let rows = sorted_triples(triples)?
                .into_iter()
                .map(|triple| {
                    vec![
                        Some(Term::from(triple.subject)),
                        Some(Term::from(triple.predicate)),
                        Some(triple.object),
                    ]
                })
                .collect();
            (
                triple_variables()
                    .iter()
                    .map(|variable| variable.as_str().to_owned())
                    .collect(),
                rows,
            )
        }
    };
    let prefixes =
        Prefixes::with_data_prefixes(rows.iter().flatten().filter_map(|cell| match cell {
            Some(Term::NamedNode(node)) => Some(node.as_str()),
            _ => None,
        }));
    let mut table = Table::new();
    table
        .load_preset(presets::UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Disabled)
        .set_header(header);
    for row in &rows {
        table.add_row(row.iter().map(|cell| match cell {
            Some(term) => display_term(term, &prefixes),
            None => String::new(),
        }));
    }
    Ok(table.to_string())
}

/// A term for people: IRIs shortened with the longest matching prefix (`agency:ca/rcmp`, which
/// is for reading, not always a valid prefixed name), and the plain value of every literal.
/// The machine-readable formats (CSV, TSV, JSON, XML) keep the full terms.
fn display_term(term: &Term, prefixes: &Prefixes) -> String {
    match term {
        Term::NamedNode(node) => {
            let iri = node.as_str();
            prefixes
                .iter()
                .filter(|(_, namespace)| iri.len() > namespace.len() && iri.starts_with(namespace))
                .max_by_key(|(_, namespace)| namespace.len())
                .map_or_else(
                    || iri.to_owned(),
                    |(name, namespace)| format!("{name}:{}", &iri[namespace.len()..]),
                )
        }
        Term::Literal(literal) => literal.value().to_owned(),
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use oxigraph::model::vocab::xsd;

    #[test]
    fn headers_give_summary_and_params() {
        let query = parse_canned(
            "queries/03-agencies-by-country.rq",
            "#+ summary: Agencies\n#+ summary: by country\n\
             #+ param: country (default \"CA\"): ISO code (two letters)\n\
             #+ param: ?year (default 2012)\n\
             #+ param: type (default <https://w3id.org/vawkg/ns#Law>): a class\n\
             #+ param: label (default \"a ) b\"@EN): tricky\n\
             #+ param: required: no default\n\
             SELECT * WHERE { ?s ?p ?country }\n",
        )
        .unwrap();
        assert_eq!(query.name, "03-agencies-by-country");
        assert_eq!(query.slug(), "agencies-by-country");
        assert_eq!(query.number(), Some(3));
        assert_eq!(query.summary, "Agencies by country");
        let names = query
            .params
            .iter()
            .map(|param| param.name.as_str())
            .collect::<Vec<_>>();
        assert_eq!(names, ["country", "year", "type", "label", "required"]);
        assert_eq!(query.params[0].default, Some(Literal::from("CA").into()));
        assert_eq!(query.params[0].description, "ISO code (two letters)");
        assert_eq!(query.params[1].default, Some(Literal::from(2012).into()));
        assert_eq!(
            query.params[2].default,
            Some(NamedNode::new_unchecked("https://w3id.org/vawkg/ns#Law").into())
        );
        assert_eq!(
            query.params[3].default,
            Some(Literal::new_language_tagged_literal_unchecked("a ) b", "en").into())
        );
        assert_eq!(query.params[4].default, None);
    }

    #[test]
    fn bad_headers_are_located() {
        let error = parse_canned("q", "SELECT * {}\n#+ param: (default 1): x\n").unwrap_err();
        assert!(
            matches!(error, QueryError::Header { line: 2, .. }),
            "{error}"
        );
        let error = parse_canned("q", "#+ param: x (default \"open): x\n").unwrap_err();
        assert!(error.to_string().contains("unterminated"), "{error}");
    }

    #[test]
    fn values_parse_as_terms_or_plain_literals() {
        let value = |text: &str| parse_param_value(text).unwrap();
        assert_eq!(value("CA"), Literal::from("CA").into());
        assert_eq!(value("\"CA\""), Literal::from("CA").into());
        assert_eq!(value("2012"), Literal::from(2012).into());
        assert_eq!(value("true"), Literal::from(true).into());
        assert_eq!(
            value("1.5"),
            Literal::new_typed_literal("1.5", xsd::DECIMAL).into()
        );
        assert_eq!(
            value("\"2012\"^^xsd:gYear"),
            Literal::new_typed_literal("2012", xsd::G_YEAR).into()
        );
        assert_eq!(
            value("vawkg:Law"),
            NamedNode::new_unchecked("https://w3id.org/vawkg/ns#Law").into()
        );
        assert_eq!(
            value("ministry of x"),
            Literal::from("ministry of x").into()
        );
        let injection = "\"x\" } ; DROP ALL ; {";
        assert_eq!(value(injection), Literal::from(injection).into());
        assert!(parse_param_value("<not an iri>").is_err());
        assert!(parse_param_value("_:b1").is_err());
    }

    #[test]
    fn lookup_by_name_slug_and_number() {
        let canned = CannedQueries::from_texts([
            ("01-records", "SELECT * {}"),
            ("03-agencies-by-country.rq", "SELECT * {}"),
        ])
        .unwrap();
        for name in [
            "03-agencies-by-country",
            "agencies-by-country",
            "3",
            "03",
            "agencies-by-country.rq",
        ] {
            assert_eq!(
                canned.get(name).map(|query| query.name.as_str()),
                Some("03-agencies-by-country"),
                "{name}"
            );
        }
        assert!(CannedQueries::from_texts([("01-a", ""), ("02-a", "")]).is_err());
        let error = resolve_query("nope", &canned).unwrap_err();
        assert!(
            error
                .to_string()
                .contains("01-records, 03-agencies-by-country"),
            "{error}"
        );
        assert_eq!(
            resolve_query("SELECT * {}", &canned).unwrap().name,
            "inline"
        );
    }

    #[test]
    fn variables_are_scanned_outside_comments() {
        assert_eq!(
            variables_in("# ?hidden\nSELECT ?a $b WHERE { ?a ?p ?b }"),
            ["a", "b", "p"]
        );
    }
}
