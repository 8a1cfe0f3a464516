//! Running `vawkg graph`: build the network, compute, and print or write the results.

use std::fs;
use std::io::{self, BufWriter, Write};
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{Context, Result};
use oxigraph::model::NamedNodeRef;
use serde_json::json;

use vawkg::analytics::metrics::PageRankOptions;
use vawkg::analytics::svg::{self, LayoutOptions, SvgOptions};
use vawkg::analytics::{
    Analysis, AnalysisOptions, LouvainOptions, Metric, Network, analyse, formats, metrics, rdf,
};
use vawkg::query;
use vawkg::store::{self, Store};

use crate::commands::Outcome;
use crate::graph_cli::{
    EgoArgs, GraphArgs, GraphCommand, GraphExportArgs, MetricsArgs, NetworkArgs, NetworkFormat,
    PathArgs, TableFormat,
};

/// Runs `vawkg graph …`.
pub fn graph_command(store_path: Option<PathBuf>, args: &GraphArgs) -> Result<Outcome> {
    match &args.command {
        GraphCommand::Metrics(args) => metrics_command(store_path, args),
        GraphCommand::Path(args) => path_command(store_path, args),
        GraphCommand::Ego(args) => ego_command(store_path, args),
        GraphCommand::Export(args) => export_command(store_path, args),
    }
}

/// The canned query behind a network name, or the argument itself.
fn network_query_name(network: &str) -> &str {
    match network {
        "agencies" => "08-agency-co-occurrence-edges",
        "agency-country" => "09-agency-country-edges",
        "countries-instruments" => "10-countries-sharing-instruments",
        "countries" => "15-countries-sharing-partners",
        other => other,
    }
}

/// A network, where it came from, and the store when it came from one.
struct Loaded {
    network: Network,
    source: String,
    store: Option<Store>,
}

fn load_network(store_path: Option<PathBuf>, args: &NetworkArgs) -> Result<Loaded> {
    if let Some(path) = &args.edges {
        let text =
            fs::read_to_string(path).with_context(|| format!("cannot read {}", path.display()))?;
        let network = Network::from_csv(&text).with_context(|| format!("in {}", path.display()))?;
        return Ok(Loaded {
            network,
            source: path.display().to_string(),
            store: None,
        });
    }
    let canned = vawkg::canned::canned_queries()?;
    let query = query::resolve_query(network_query_name(&args.network), &canned)?;
    let params = args
        .params
        .iter()
        .map(|assignment| query::parse_param_assignment(assignment))
        .collect::<Result<Vec<_>, _>>()?;
    let path = match store_path {
        Some(path) => path,
        None => store::default_store_path()?,
    };
    let store = Store::open(&path)?;
    let results = query::evaluate(&store, &query, &params)?;
    let network = Network::from_query_results(results)
        .with_context(|| format!("cannot build the network of {}", query.name))?;
    Ok(Loaded {
        network,
        source: query.name,
        store: Some(store),
    })
}

fn output_writer(output: Option<&Path>) -> Result<Box<dyn Write>> {
    Ok(match output {
        Some(path) => Box::new(BufWriter::new(
            fs::File::create(path).with_context(|| format!("cannot create {}", path.display()))?,
        )),
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

fn metrics_command(store_path: Option<PathBuf>, args: &MetricsArgs) -> Result<Outcome> {
    let started = Instant::now();
    let loaded = load_network(store_path, &args.network)?;
    let load_seconds = started.elapsed().as_secs_f64();
    let network = &loaded.network;
    let mut options = AnalysisOptions {
        louvain: LouvainOptions {
            seed: args.seed,
            resolution: args.resolution,
            ..LouvainOptions::default()
        },
        threads: args.threads,
        pagerank: PageRankOptions {
            tolerance: args.tolerance,
            max_iter: 10_000,
            ..PageRankOptions::default()
        },
        ..AnalysisOptions::default()
    };
    if !args.metrics.is_empty() {
        options.metrics = args
            .metrics
            .iter()
            .map(|name| name.parse::<Metric>().map_err(anyhow::Error::msg))
            .collect::<Result<_>>()?;
    }
    let analysis = analyse(network, &options)?;
    if args.timings {
        let mut object = serde_json::Map::new();
        object.insert("load".into(), json!(load_seconds));
        object.insert("n_nodes".into(), json!(network.node_count()));
        object.insert("n_edges".into(), json!(network.edge_count()));
        for (metric, duration) in &analysis.timings {
            object.insert(metric.name().into(), json!(duration.as_secs_f64()));
        }
        eprintln!("{}", serde_json::Value::Object(object));
    }
    let sort = args
        .sort
        .as_deref()
        .unwrap_or(if analysis.pagerank.is_some() {
            "pagerank"
        } else {
            "weighted_degree"
        });
    let order = analysis.ranking(sort).with_context(|| {
        format!(
            "cannot sort by `{}`: not a computed metric (degree, weighted_degree, {})",
            sort,
            analysis
                .score_columns()
                .iter()
                .map(|(name, _)| *name)
                .collect::<Vec<_>>()
                .join(", ")
        )
    })?;
    let top = match (args.top, args.format) {
        (Some(0), _) => order.len(),
        (Some(top), _) => top.min(order.len()),
        (None, TableFormat::Table) => 20.min(order.len()),
        (None, _) => order.len(),
    };
    let shown = &order[..top];
    let mut out = output_writer(args.output.as_deref())?;
    match args.format {
        TableFormat::Table => {
            writeln!(out, "{}", summary_line(network, &analysis, &loaded.source))?;
            writeln!(out, "{}", score_table(network, &analysis, shown))?;
        }
        TableFormat::Csv => {
            out.write_all(formats::scores_csv(network, &analysis, shown).as_bytes())?
        }
        TableFormat::Json => {
            let mut value = formats::scores_json(network, &analysis, shown);
            value["network"] = json!(loaded.source);
            serde_json::to_writer_pretty(&mut out, &value)?;
            out.write_all(b"\n")?;
        }
    }
    out.flush()?;
    if args.write_back {
        let store = loaded
            .store
            .as_ref()
            .context("--write-back needs a network from the store, not --edges")?;
        let triples = rdf::score_triples(network, &analysis, &loaded.source);
        store.replace_graph(NamedNodeRef::new_unchecked(rdf::ANALYTICS_GRAPH), &triples)?;
        store.flush()?;
        eprintln!(
            "wrote {} triples to <{}>",
            triples.len(),
            rdf::ANALYTICS_GRAPH
        );
    }
    Ok(Outcome::Complete)
}

fn summary_line(network: &Network, analysis: &Analysis, source: &str) -> String {
    let mut line = format!(
        "{source}: {} actors, {} edges, {} components",
        network.node_count(),
        network.edge_count(),
        analysis.components.len()
    );
    if let Some(partition) = &analysis.partition {
        line.push_str(&format!(
            ", {} communities (modularity {:.4})",
            partition.n_communities, partition.modularity
        ));
    }
    line
}

fn score_table(network: &Network, analysis: &Analysis, shown: &[usize]) -> comfy_table::Table {
    let mut table = comfy_table::Table::new();
    table.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
    let columns = analysis.score_columns();
    let mut header = vec!["#", "actor", "degree", "weighted"];
    header.extend(columns.iter().map(|(name, _)| *name));
    if analysis.partition.is_some() {
        header.push("community");
    }
    table.set_header(header);
    for (rank, &node) in shown.iter().enumerate() {
        let mut row = vec![
            (rank + 1).to_string(),
            network.nodes()[node].label.clone(),
            analysis.degree[node].to_string(),
            format!("{}", analysis.weighted_degree[node]),
        ];
        row.extend(
            columns
                .iter()
                .map(|(_, values)| format!("{:.4}", values[node])),
        );
        if let Some(partition) = &analysis.partition {
            row.push(partition.membership[node].to_string());
        }
        table.add_row(row);
    }
    table
}

fn path_command(store_path: Option<PathBuf>, args: &PathArgs) -> Result<Outcome> {
    let loaded = load_network(store_path, &args.network)?;
    let network = &loaded.network;
    let from = network.find_actor(&args.from)?;
    let to = network.find_actor(&args.to)?;
    let path = metrics::shortest_path(network, from, to);
    let mut out = io::stdout().lock();
    let Some(path) = path else {
        anyhow::bail!(
            "no path between {} and {} in {}",
            network.nodes()[from].label,
            network.nodes()[to].label,
            loaded.source
        );
    };
    if args.json {
        let steps: Vec<_> = path
            .iter()
            .map(|&node| json!({"id": network.nodes()[node].id, "label": network.nodes()[node].label}))
            .collect();
        writeln!(out, "{}", json!({"length": path.len() - 1, "path": steps}))?;
    } else {
        for (step, &node) in path.iter().enumerate() {
            let info = &network.nodes()[node];
            writeln!(out, "{step}\t{}\t<{}>", info.label, info.id)?;
        }
    }
    Ok(Outcome::Complete)
}

fn ego_command(store_path: Option<PathBuf>, args: &EgoArgs) -> Result<Outcome> {
    let loaded = load_network(store_path, &args.network)?;
    let network = &loaded.network;
    let center = network.find_actor(&args.actor)?;
    let members = metrics::ego(network, center, args.radius);
    let kept: Vec<usize> = members.iter().map(|&(node, _)| node).collect();
    let ego_network = network.induced(&kept);
    let mut out = io::stdout().lock();
    match args.format {
        TableFormat::Json => {
            let nodes: Vec<_> = members
                .iter()
                .map(|&(node, distance)| {
                    let info = &network.nodes()[node];
                    json!({"id": info.id, "label": info.label, "distance": distance,
                           "degree": network.neighbors(node).len()})
                })
                .collect();
            let value = json!({"center": network.nodes()[center].id, "radius": args.radius,
                               "n_nodes": ego_network.node_count(),
                               "n_edges": ego_network.edge_count(), "nodes": nodes});
            writeln!(out, "{value}")?;
        }
        TableFormat::Csv => {
            writeln!(out, "id,label,distance,degree")?;
            for &(node, distance) in &members {
                let info = &network.nodes()[node];
                let label = if info.label.contains([',', '"']) {
                    format!("\"{}\"", info.label.replace('"', "\"\""))
                } else {
                    info.label.clone()
                };
                writeln!(
                    out,
                    "{},{label},{distance},{}",
                    info.id,
                    network.neighbors(node).len()
                )?;
            }
        }
        TableFormat::Table => {
            writeln!(
                out,
                "ego network of {} (radius {}): {} actors, {} edges",
                network.nodes()[center].label,
                args.radius,
                ego_network.node_count(),
                ego_network.edge_count()
            )?;
            let mut table = comfy_table::Table::new();
            table.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
            table.set_header(vec!["hops", "actor", "degree"]);
            for &(node, distance) in &members {
                table.add_row(vec![
                    distance.to_string(),
                    network.nodes()[node].label.clone(),
                    network.neighbors(node).len().to_string(),
                ]);
            }
            writeln!(out, "{table}")?;
        }
    }
    Ok(Outcome::Complete)
}

fn export_command(store_path: Option<PathBuf>, args: &GraphExportArgs) -> Result<Outcome> {
    let loaded = load_network(store_path, &args.network)?;
    let mut network = loaded.network;
    if let Some(actor) = &args.ego {
        let center = network.find_actor(actor)?;
        let kept: Vec<usize> = metrics::ego(&network, center, args.radius)
            .into_iter()
            .map(|(node, _)| node)
            .collect();
        network = network.induced(&kept);
    }
    let needs_scores = !args.no_scores || args.format == NetworkFormat::Svg;
    let analysis = if needs_scores {
        let options = AnalysisOptions {
            louvain: LouvainOptions {
                seed: args.seed,
                ..LouvainOptions::default()
            },
            ..AnalysisOptions::default()
        };
        Some(analyse(&network, &options)?)
    } else {
        None
    };
    let text = match args.format {
        NetworkFormat::Graphml => formats::graphml(&network, analysis.as_ref()),
        NetworkFormat::Gexf => formats::gexf(&network, analysis.as_ref()),
        NetworkFormat::Dot => formats::dot(&network, analysis.as_ref()),
        NetworkFormat::Svg => svg::svg(
            &network,
            analysis.as_ref().context("the picture needs scores")?,
            SvgOptions {
                n_labels: args.labels,
                layout: LayoutOptions {
                    seed: args.seed,
                    ..LayoutOptions::default()
                },
                ..SvgOptions::default()
            },
        ),
    };
    let mut out = output_writer(args.output.as_deref())?;
    out.write_all(text.as_bytes())?;
    out.flush()?;
    Ok(Outcome::Complete)
}
