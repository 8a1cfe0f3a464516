//! Running the subcommands: the only place that reads files, prints and reports progress.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};

use std::io::IsTerminal;
use std::time::Instant;

use anyhow::{Context, Result, bail};
use indicatif::{ProgressBar, ProgressStyle};
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{NamedNodeRef, Triple};

use vawkg::export::{self, DatasetDescription, ExportFormat};
use vawkg::extract::{LineIndex, Scope};
use vawkg::jsonl::record_json;
use vawkg::map::{self, Provenance, RecordGraph};
use vawkg::mint::BaseIri;
use vawkg::ntriples;
use vawkg::query::{self, ResultFormat};
use vawkg::record::Record;
use vawkg::store::{self, ONTOLOGY_GRAPH, Store};
use vawkg::vocab::vawkg as vawkg_terms;

use crate::cli::{
    Cli, Command, ExportArgs, ExtractArgs, ExtractFormat, LoadArgs, QueryArgs, StatsArgs,
    UpdateArgs,
};
use crate::pipeline::{self, Chunk, Tally};

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
        Command::Export(args) => export_command(&open_store_for_reading(store_path)?, &args),
        Command::Stats(args) => stats_command(&open_store_for_reading(store_path)?, &args),
        Command::Optimize => optimize_command(&self::store_path(store_path)?),
        Command::Graph(args) => crate::graph_commands::graph_command(store_path, &args),
    }
}

/// The store folder given, else the default one.
fn store_path(path: Option<PathBuf>) -> Result<PathBuf> {
    match path {
        Some(path) => Ok(path),
        None => Ok(store::default_store_path()?),
    }
}

fn open_store(path: Option<PathBuf>) -> Result<Store> {
    let path = store_path(path)?;
    // The store's error names the path.
    Ok(Store::open(&path)?)
}

/// Opens the store read-only when it exists (cheaper to open, and it can be read while a load
/// writes to it); a store that does not exist yet is created empty, as [`open_store`] does.
fn open_store_for_reading(path: Option<PathBuf>) -> Result<Store> {
    let path = store_path(path)?;
    match Store::open_read_only(&path) {
        Ok(store) => Ok(store),
        Err(store::StoreError::NotFound { .. }) => open_store(Some(path)),
        Err(error) => Err(error.into()),
    }
}

/// The exit outcome of a run that counted `tally` over `n_inputs` inputs, or an error when
/// nothing at all could be read.
fn outcome(tally: &Tally, n_inputs: usize) -> Result<Outcome> {
    if n_inputs > 0 && tally.unreadable == n_inputs {
        bail!("none of the {n_inputs} input(s) could be read");
    }
    Ok(if tally.rejected + tally.unreadable > 0 {
        Outcome::SomeRejected
    } else {
        Outcome::Complete
    })
}

/// Runs `work` on every good record of `paths` on `jobs` threads (0: one per core) and gives
/// the results to `sink` in input order; rejected records and unreadable inputs are reported on
/// standard error as they come. Returns the exit outcome.
fn for_each_record<T: Send>(
    paths: &[PathBuf],
    jobs: usize,
    scope: Scope,
    work: impl Fn(&Chunk, &LineIndex, usize, &Record) -> Result<T> + Sync,
    sink: impl FnMut(T) -> Result<()>,
) -> Result<(Tally, Outcome)> {
    let files = pipeline::expand_paths(paths)?;
    let threads = if jobs == 0 {
        pipeline::default_threads()
    } else {
        jobs
    };
    let stderr = io::stderr();
    let tally = pipeline::run(
        &files,
        threads,
        pipeline::CHUNK_BYTES,
        scope,
        work,
        sink,
        |text| {
            stderr.lock().write_all(text.as_bytes())?;
            Ok(())
        },
    )?;
    let outcome = outcome(&tally, files.len())?;
    Ok((tally, outcome))
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
fn provenance(chunk: &Chunk, lines: &LineIndex, record: &Record) -> Provenance {
    let first = lines.location(&chunk.bytes, record.span.start).line;
    let last = lines
        .location(
            &chunk.bytes,
            record.span.end.saturating_sub(1).max(record.span.start),
        )
        .line;
    Provenance::new(chunk.name.to_string(), first, last)
}

fn base_iri(text: &str) -> Result<BaseIri> {
    BaseIri::new(text).with_context(|| format!("invalid base IRI `{text}`"))
}

fn extract_command(args: &ExtractArgs) -> Result<Outcome> {
    let base = base_iri(&args.base_iri)?;
    let mut out = output_writer(args.output.as_deref())?;
    let rdf_format = match args.format {
        ExtractFormat::Jsonl => None,
        ExtractFormat::Nt => Some(RdfFormat::NTriples),
        ExtractFormat::Nq => Some(RdfFormat::NQuads),
        ExtractFormat::Ttl => Some(RdfFormat::Turtle),
    };
    let scope = if args.no_entities {
        Scope::Structure
    } else {
        Scope::Entities
    };
    let outcome = match rdf_format {
        // Line formats are written by the workers; the output only concatenates them.
        None => {
            let (_, outcome) = for_each_record(
                &args.paths,
                args.jobs,
                scope,
                |chunk, lines, index, record| {
                    let line = lines.location(&chunk.bytes, record.span.start).line;
                    let mut bytes =
                        serde_json::to_vec(&record_json(&chunk.name, index, line, record))?;
                    bytes.push(b'\n');
                    Ok(bytes)
                },
                |bytes| Ok(out.write_all(&bytes)?),
            )?;
            outcome
        }
        Some(format @ (RdfFormat::NTriples | RdfFormat::NQuads)) => {
            let (_, outcome) = for_each_record(
                &args.paths,
                args.jobs,
                scope,
                |chunk, lines, _, record| {
                    let RecordGraph { graph, triples } =
                        map::record_graph(record, &provenance(chunk, lines, record), &base);
                    let mut bytes = Vec::with_capacity(triples.len() * 160);
                    for triple in &triples {
                        if format.supports_datasets() {
                            ntriples::write_quad(
                                &mut bytes,
                                triple.as_ref(),
                                graph.as_ref().into(),
                            );
                        } else {
                            ntriples::write_triple(&mut bytes, triple.as_ref());
                        }
                    }
                    Ok(bytes)
                },
                |bytes| Ok(out.write_all(&bytes)?),
            )?;
            outcome
        }
        // Turtle shares its prefixes across records: one serializer, fed in order.
        Some(format) => {
            let mut serializer = RdfSerializer::from_format(format);
            for (prefix, namespace) in export::FIXED_PREFIXES {
                serializer = serializer.with_prefix(*prefix, *namespace)?;
            }
            serializer = serializer.with_prefix("", base.as_str())?;
            let mut writer = serializer.for_writer(&mut out);
            let (_, outcome) = for_each_record(
                &args.paths,
                args.jobs,
                scope,
                |chunk, lines, _, record| {
                    Ok(map::record_graph(
                        record,
                        &provenance(chunk, lines, record),
                        &base,
                    ))
                },
                |record_graph| {
                    for triple in &record_graph.triples {
                        writer.serialize_triple(triple)?;
                    }
                    Ok(())
                },
            )?;
            writer.finish()?;
            outcome
        }
    };
    out.flush()?;
    Ok(outcome)
}

fn load_command(store: &Store, args: &LoadArgs) -> Result<Outcome> {
    let started = Instant::now();
    let base = base_iri(&args.base_iri)?;
    let ontology: Vec<Triple> = map::ontology_quads()?
        .into_iter()
        .map(Triple::from)
        .collect();
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
    // Through the loader, so that a new store gets the ontology in the records' first bulk
    // ingestion: one set of sorted files fewer for every look-up to search.
    loader.replace_graph(NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH), ontology)?;
    let mut n_given = 0;
    let (tally, outcome) = for_each_record(
        &args.paths,
        args.jobs,
        Scope::Entities,
        |chunk, lines, _, record| {
            let RecordGraph { graph, triples } =
                map::record_graph(record, &provenance(chunk, lines, record), &base);
            Ok((graph, triples))
        },
        |(graph, triples)| {
            n_given += triples.len();
            if !bar.is_hidden() {
                bar.inc(1);
                bar.set_message(format!("{n_given} triples"));
            }
            loader.replace_graph(graph.as_ref(), triples)?;
            Ok(())
        },
    )?;
    loader.finish()?;
    store.flush()?;
    bar.finish_and_clear();
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "loaded {} records ({} rejected) as {} triples in {seconds:.2} s ({:.0} triples/s) into {}",
        tally.records,
        tally.rejected,
        n_given,
        n_given as f64 / seconds.max(1e-9),
        store
            .path()
            .map_or_else(|| "memory".to_owned(), |path| path.display().to_string()),
    );
    Ok(outcome)
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
    let store = open_store_for_reading(store_path)?;
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

fn optimize_command(path: &Path) -> Result<Outcome> {
    let started = Instant::now();
    let size_before = folder_size(path);
    // Optimising creates nothing: a missing store is an error, not a new empty one.
    let store = Store::open_existing(path)?;
    store.optimize()?;
    drop(store);
    eprintln!(
        "optimized {} in {:.1} s ({} MB before, {} MB after)",
        path.display(),
        started.elapsed().as_secs_f64(),
        size_before / 1_000_000,
        folder_size(path) / 1_000_000
    );
    Ok(Outcome::Complete)
}

/// The bytes of the files in `folder` and below (0 for what cannot be read).
fn folder_size(folder: &Path) -> u64 {
    let Ok(entries) = fs::read_dir(folder) else {
        return 0;
    };
    entries
        .flatten()
        .map(|entry| match entry.file_type() {
            Ok(kind) if kind.is_dir() => folder_size(&entry.path()),
            Ok(_) => entry.metadata().map_or(0, |metadata| metadata.len()),
            Err(_) => 0,
        })
        .sum()
}

fn export_command(store: &Store, args: &ExportArgs) -> Result<Outcome> {
    let format: ExportFormat = args.format.parse()?;
    let out = output_writer(args.output.as_deref())?;
    let description = DatasetDescription::default();
    let description = (!args.no_description).then_some(&description);
    let mut out = export::export_with(store, format, description, args.jobs, out)?;
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
