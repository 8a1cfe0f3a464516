//! Running the subcommands: the only place that reads files, prints and reports progress.

use std::fs;
use std::io::{self, BufWriter, Read, Write};
use std::path::{Path, PathBuf};

use std::io::IsTerminal;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, Triple};

use vawkg::export::{self, DatasetDescription, ExportFormat};
use vawkg::extract::{self, LineIndex, render_error};
use vawkg::jsonl::record_json;
use vawkg::map::{self, Provenance};
use vawkg::mint::BaseIri;
use vawkg::query::{self, ResultFormat};
use vawkg::record::Record;
use vawkg::store::{self, Store};
use vawkg::vocab::vawkg as vawkg_terms;

use crate::cli::{
    Cli, Command, ExportArgs, ExtractArgs, ExtractFormat, LoadArgs, QueryArgs, StatsArgs,
    UpdateArgs,
};

/// How a run ended, when it did not fail outright.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Every input and record was processed.
    Complete,
    /// Some inputs or records were rejected and reported; the rest were processed.
    SomeRejected,
}

/// Runs the command line.
pub fn run(cli: Cli) -> Result<Outcome> {
    let store_path = cli.store;
    match cli.command {
        Command::Extract(args) => extract_command(&args),
        Command::Load(args) => load_command(&open_store(store_path)?, &args),
        Command::Query(args) => query_command(store_path, &args),
        Command::Update(args) => update_command(&open_store(store_path)?, &args),
        Command::Export(args) => export_command(&open_store(store_path)?, &args),
        Command::Stats(args) => stats_command(&open_store(store_path)?, &args),
        Command::Graph(args) => crate::graph_commands::graph_command(store_path, &args),
    }
}

fn open_store(path: Option<PathBuf>) -> Result<Store> {
    let path = match path {
        Some(path) => path,
        None => store::default_store_path()?,
    };
    Store::open(&path).with_context(|| format!("cannot open the store at {}", path.display()))
}

/// One input: its display name and its bytes.
pub struct Input {
    /// The path as given (or as found under a given folder); `-` for standard input.
    pub name: String,
    /// The whole content.
    pub bytes: Vec<u8>,
}

/// Expands folders (recursively, `*.txt`, sorted) and keeps files and `-` as given.
pub fn expand_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.as_os_str() != "-" && path.is_dir() {
            collect_txt_files(path, &mut files)
                .with_context(|| format!("cannot list folder {}", path.display()))?;
        } else {
            files.push(path.clone());
        }
    }
    Ok(files)
}

fn collect_txt_files(folder: &Path, files: &mut Vec<PathBuf>) -> io::Result<()> {
    let mut entries: Vec<PathBuf> = fs::read_dir(folder)?
        .map(|entry| entry.map(|entry| entry.path()))
        .collect::<io::Result<_>>()?;
    entries.sort();
    for entry in entries {
        if entry.is_dir() {
            collect_txt_files(&entry, files)?;
        } else if entry
            .extension()
            .is_some_and(|extension| extension == "txt")
        {
            files.push(entry);
        }
    }
    Ok(())
}

/// Reads one input; `-` is standard input.
pub fn read_input(path: &Path) -> io::Result<Input> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        io::stdin().lock().read_to_end(&mut bytes)?;
        return Ok(Input {
            name: "-".to_owned(),
            bytes,
        });
    }
    Ok(Input {
        name: path.display().to_string(),
        bytes: fs::read(path)?,
    })
}

/// Counts what a run did, to choose the exit code and print the summary.
#[derive(Debug, Default)]
pub struct Tally {
    /// Records that were parsed.
    pub records: usize,
    /// Records that were rejected.
    pub rejected: usize,
    /// Inputs that could not be read.
    pub unreadable: usize,
}

impl Tally {
    /// The outcome, or an error when nothing at all could be read.
    pub fn outcome(&self, n_inputs: usize) -> Result<Outcome> {
        if n_inputs > 0 && self.unreadable == n_inputs {
            anyhow::bail!("none of the {n_inputs} input(s) could be read");
        }
        Ok(if self.rejected + self.unreadable > 0 {
            Outcome::SomeRejected
        } else {
            Outcome::Complete
        })
    }
}

/// Calls `each` for every good record of every input; reports the rest on stderr.
pub fn for_each_record(
    paths: &[PathBuf],
    mut each: impl FnMut(&Input, &LineIndex, usize, &Record) -> Result<()>,
) -> Result<(Tally, usize)> {
    let files = expand_paths(paths)?;
    let mut tally = Tally::default();
    let stderr = io::stderr();
    for path in &files {
        let input = match read_input(path) {
            Ok(input) => input,
            Err(error) => {
                tally.unreadable += 1;
                writeln!(stderr.lock(), "{}: cannot read: {error}", path.display())?;
                continue;
            }
        };
        let lines = LineIndex::new(&input.bytes);
        let mut n_results = 0;
        for (record_index, result) in extract::records(&input.bytes).enumerate() {
            n_results += 1;
            match result {
                Ok(record) => {
                    tally.records += 1;
                    each(&input, &lines, record_index, &record)?;
                }
                Err(error) => {
                    tally.rejected += 1;
                    write!(
                        stderr.lock(),
                        "{}",
                        render_error(&input.name, &input.bytes, &lines, &error)
                    )?;
                }
            }
        }
        if n_results == 0 {
            writeln!(stderr.lock(), "{}: warning: no records found", input.name)?;
        }
    }
    Ok((tally, files.len()))
}

fn output_writer(output: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match output {
        Some(path) => Box::new(BufWriter::new(
            fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

/// Where a record was read, for its provenance.
fn provenance(input: &Input, lines: &LineIndex, record: &Record) -> Provenance {
    let first = lines.location(&input.bytes, record.span.start).line;
    let last = lines
        .location(
            &input.bytes,
            record.span.end.saturating_sub(1).max(record.span.start),
        )
        .line;
    Provenance::new(input.name.clone(), first, last)
}

fn base_iri(text: &str) -> Result<BaseIri> {
    BaseIri::new(text).with_context(|| format!("invalid base IRI `{text}`"))
}

fn extract_command(args: &ExtractArgs) -> Result<Outcome> {
    let base = base_iri(&args.base_iri)?;
    let out = output_writer(args.output.as_deref())?;
    let rdf_format = match args.format {
        ExtractFormat::Jsonl => None,
        ExtractFormat::Nt => Some(RdfFormat::NTriples),
        ExtractFormat::Nq => Some(RdfFormat::NQuads),
        ExtractFormat::Ttl => Some(RdfFormat::Turtle),
    };
    let Some(rdf_format) = rdf_format else {
        let mut out = out;
        let (tally, n_inputs) = for_each_record(&args.paths, |input, lines, index, record| {
            let line = lines.location(&input.bytes, record.span.start).line;
            serde_json::to_writer(&mut out, &record_json(&input.name, index, line, record))?;
            out.write_all(b"\n")?;
            Ok(())
        })?;
        out.flush()?;
        return tally.outcome(n_inputs);
    };
    let mut serializer = RdfSerializer::from_format(rdf_format);
    if rdf_format == RdfFormat::Turtle {
        for (prefix, namespace) in export::FIXED_PREFIXES {
            serializer = serializer.with_prefix(*prefix, *namespace)?;
        }
        serializer = serializer.with_prefix("", base.as_str())?;
    }
    let mut writer = serializer.for_writer(out);
    let (tally, n_inputs) = for_each_record(&args.paths, |input, lines, _, record| {
        let mut quads = map::record_quads(record, &provenance(input, lines, record), &base);
        quads.sort_by(export::compare_quads);
        for quad in &quads {
            if rdf_format.supports_datasets() {
                writer.serialize_quad(quad)?;
            } else {
                writer.serialize_triple(quad.as_ref())?;
            }
        }
        Ok(())
    })?;
    writer.finish()?.flush()?;
    tally.outcome(n_inputs)
}

fn load_command(store: &Store, args: &LoadArgs) -> Result<Outcome> {
    let started = Instant::now();
    let base = base_iri(&args.base_iri)?;
    let ontology: Vec<Triple> = map::ontology_quads()?
        .into_iter()
        .map(Triple::from)
        .collect();
    store.load_ontology(&ontology)?;
    let bar = if !args.quiet && io::stderr().is_terminal() {
        let bar = ProgressBar::new_spinner();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {pos} records loaded, {msg} [{elapsed}]")
                .expect("the progress template is valid"),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let mut loader = store.loader();
    let (tally, n_inputs) = for_each_record(&args.paths, |input, lines, _, record| {
        let quads = map::record_quads(record, &provenance(input, lines, record), &base);
        let Some(GraphName::NamedNode(graph)) = quads.first().map(|quad| quad.graph_name.clone())
        else {
            bail!("the mapping of a record produced no named graph");
        };
        let triples: Vec<Triple> = quads.into_iter().map(Triple::from).collect();
        bar.inc(1);
        bar.set_message(format!("{} triples", loader.progress().n_triples));
        loader.replace_graph(graph.as_ref(), triples)?;
        Ok(())
    })?;
    let progress = loader.finish()?;
    store.flush()?;
    bar.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "loaded {} records ({} rejected) as {} triples in {seconds:.2} s ({:.0} triples/s) into {}",
        tally.records,
        tally.rejected,
        progress.n_triples,
        progress.n_triples as f64 / seconds.max(1e-9),
        store
            .path()
            .map_or_else(|| "memory".to_owned(), |path| path.display().to_string()),
    );
    tally.outcome(n_inputs)
}

fn query_command(store_path: Option<PathBuf>, args: &QueryArgs) -> Result<Outcome> {
    let canned = vawkg::canned::canned_queries()?;
    if args.list {
        let mut out = output_writer(args.output.as_deref())?;
        out.write_all(vawkg::canned::render_list(&canned).as_bytes())?;
        out.flush()?;
        return Ok(Outcome::Complete);
    }
    let argument = args.query.as_deref().context("a query is required")?;
    let query = query::resolve_query(argument, &canned)?;
    let params = args
        .params
        .iter()
        .map(|assignment| query::parse_param_assignment(assignment))
        .collect::<Result<Vec<_>, _>>()?;
    let store = open_store(store_path)?;
    let results = query::evaluate(&store, &query, &params)?;
    let format = match &args.format {
        Some(name) => name.parse::<ResultFormat>()?,
        None if matches!(results, oxigraph::sparql::QueryResults::Graph(_)) => {
            ResultFormat::Rdf(ExportFormat::Turtle)
        }
        None => ResultFormat::Table,
    };
    let out = output_writer(args.output.as_deref())?;
    query::write_results(results, format, out)?.flush()?;
    Ok(Outcome::Complete)
}

fn update_command(store: &Store, args: &UpdateArgs) -> Result<Outcome> {
    let path = Path::new(&args.update);
    let text = if path.is_file() {
        fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?
    } else {
        args.update.clone()
    };
    query::update(store, &text)?;
    store.flush()?;
    Ok(Outcome::Complete)
}

fn export_command(store: &Store, args: &ExportArgs) -> Result<Outcome> {
    let format: ExportFormat = args.format.parse()?;
    let out = output_writer(args.output.as_deref())?;
    let mut out = if args.no_description {
        export::export(store, format, out)?
    } else {
        export::export_with_description(store, format, &DatasetDescription::default(), out)?
    };
    out.flush()?;
    Ok(Outcome::Complete)
}

fn stats_command(store: &Store, args: &StatsArgs) -> Result<Outcome> {
    let classes = [
        vawkg_terms::MEASURE,
        vawkg_terms::COUNTRY,
        vawkg_terms::AGENCY,
    ];
    let stats = store.stats(&classes)?;
    let count = |index: usize| stats.class_counts[index].n_instances;
    let rows = [
        ("records", stats.n_records),
        ("measures", count(0)),
        ("countries", count(1)),
        ("agencies", count(2)),
        ("triples", stats.n_triples),
        ("quads", stats.n_quads),
        ("graphs", stats.n_graphs),
    ];
    let mut out = io::stdout().lock();
    if args.json {
        let object: serde_json::Map<String, serde_json::Value> = rows
            .iter()
            .map(|(name, value)| ((*name).to_owned(), (*value).into()))
            .collect();
        writeln!(out, "{}", serde_json::Value::Object(object))?;
    } else {
        let mut table = comfy_table::Table::new();
        table.load_preset(comfy_table::presets::NOTHING);
        for (name, value) in rows {
            table.add_row(vec![name.to_owned(), value.to_string()]);
        }
        writeln!(out, "{table}")?;
    }
    Ok(Outcome::Complete)
}
