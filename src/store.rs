//! The only module that opens an Oxigraph store: where it lives on disk, loading record graphs
//! (atomically, idempotently, in batches) and counting what is in it.
//!
//! It does not build triples (that is `map`), run user queries (`query`) or serialise (`export`);
//! those modules read through [`Store::as_oxigraph`].
//!
//! # Invariants
//!
//! - Every record lives in its own named graph. Loading a record *replaces* that graph: in one
//!   atomic commit the triples no longer given are removed and the new ones inserted (the effect
//!   of a clear + insert, writing only the difference), so loading the same records twice leaves
//!   the store unchanged and writes nothing the second time.
//! - A record graph is never split across commits. A commit (a RocksDB write batch, or one
//!   atomic ingestion of sorted files for graphs new to the store) holds several whole records,
//!   so a process killed at any moment (even with SIGKILL) leaves each record graph either as it
//!   was before the load or as the load wrote it, never half written. See [`GraphLoader`].
//!
//! ```
//! use oxigraph::model::{Literal, NamedNode, Triple};
//! use vawkg::store::Store;
//!
//! let store = Store::in_memory()?;
//! let graph = NamedNode::new("https://w3id.org/vawkg/id/record/ca-2012")?;
//! let triple = Triple::new(graph.clone(), NamedNode::new("http://purl.org/dc/terms/title")?, Literal::from("NAP"));
//! let mut loader = store.loader().with_batch_size(5_000).on_progress(|progress| {
//!     let _ = progress.n_graphs; // a CLI would move its progress bar here
//! });
//! loader.replace_graph(graph.as_ref(), &[triple.clone()])?;
//! loader.replace_graph(graph.as_ref(), &[triple])?; // loading again changes nothing
//! let progress = loader.finish()?;
//! assert_eq!(progress.n_graphs, 2);
//! assert_eq!(store.stats(&[])?.n_quads, 1);
//! # Ok::<_, Box<dyn std::error::Error>>(())
//! ```

use oxigraph::model::{
    GraphNameRef, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, QuadRef, Triple, vocab::rdf,
};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::{StorageError, Transaction};
use std::collections::HashSet;
use std::ffi::OsString;
use std::fmt;
use std::path::{Path, PathBuf};

/// The named graph that holds the vawkg ontology (OWL, SKOS schemes, shapes) once loaded.
pub const ONTOLOGY_GRAPH: &str = "https://w3id.org/vawkg/graph/ontology";

/// The named graph of the VoID/DCAT dataset description (written by `export`, never a record).
pub const DESCRIPTION_GRAPH: &str = "https://w3id.org/vawkg/graph/void";

/// The named graph of network scores (written by `graph metrics --write-back`, never a record).
pub const ANALYTICS_GRAPH: &str = "https://w3id.org/vawkg/graph/analytics";

/// Named graphs that are not records: [`Store::stats`] does not count them as records.
pub const RESERVED_GRAPHS: &[&str] = &[ONTOLOGY_GRAPH, DESCRIPTION_GRAPH, ANALYTICS_GRAPH];

/// Quads per batch by default: large enough to amortise a commit, small enough to keep a
/// transaction's memory low (larger read-write transactions get slower per quad).
pub const DEFAULT_BATCH_SIZE: usize = 5_000;

/// Quads of new graphs handed to Oxigraph's bulk loader at a time by default: Oxigraph's own
/// batch size, so that a load writes as few sorted files as `oxigraph load` (each file is one
/// more place for every later look-up to search). Each hand-over is sorted into files by a
/// background thread (one per core at most) while loading goes on, so memory is about a few
/// hundred bytes per quad times this, per core.
pub const DEFAULT_BULK_SIZE: usize = 1_000_000;

/// Quads of new graphs after which the bulk loader's files are ingested (committed) by
/// default: about 300 000 records, 5 minutes of loading on two cores. Until then a killed load
/// loses the new graphs given since the last commit (never part of one). Each ingestion also
/// lets RocksDB compact what is already in the store in the background, which competes with
/// extraction for the cores and writes the data again (uncompressed in the upper levels): with
/// a commit every 10 M quads, 100 000 records loaded 7 % slower into a 44 % larger store.
pub const DEFAULT_BULK_COMMIT_SIZE: usize = 50_000_000;

/// Errors of the store module.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The store directory could not be opened or created.
    // The cause is the error's source, which the CLI prints after it (`{:#}`).
    #[error("cannot open the store at {path}")]
    Open {
        /// The store directory.
        path: PathBuf,
        /// What Oxigraph/RocksDB said.
        #[source]
        source: StorageError,
    },
    /// A read-only open was asked for a directory that holds no store.
    #[error("no store at {path} (run `vawkg load` first)")]
    NotFound {
        /// The store directory.
        path: PathBuf,
    },
    /// None of `$VAWKG_STORE`, `$XDG_DATA_HOME` and `$HOME` is set.
    #[error("no default store location: set VAWKG_STORE, XDG_DATA_HOME or HOME, or pass --store")]
    NoDefaultPath,
    /// Reading or writing the store failed.
    #[error("store error: {0}")]
    Storage(#[from] StorageError),
    /// An internal counting query failed.
    #[error("store query failed: {0}")]
    Query(String),
}

/// Where the store lives when the CLI is given no `--store`.
///
/// `$VAWKG_STORE` if set, else `$XDG_DATA_HOME/vawkg/store`, else `$HOME/.local/share/vawkg/store`.
/// Empty variables count as unset, and a relative `$XDG_DATA_HOME` is ignored (as the XDG base
/// directory specification asks).
pub fn default_store_path() -> Result<PathBuf, StoreError> {
    default_store_path_from(|name| std::env::var_os(name))
}

/// [`default_store_path`] with the environment given as a function, for tests.
pub fn default_store_path_from(
    env: impl Fn(&str) -> Option<OsString>,
) -> Result<PathBuf, StoreError> {
    let non_empty = |name: &str| env(name).filter(|value| !value.is_empty());
    if let Some(path) = non_empty("VAWKG_STORE") {
        return Ok(PathBuf::from(path));
    }
    if let Some(data_home) = non_empty("XDG_DATA_HOME").map(PathBuf::from) {
        if data_home.is_absolute() {
            return Ok(data_home.join("vawkg").join("store"));
        }
    }
    if let Some(home) = non_empty("HOME") {
        return Ok(PathBuf::from(home).join(".local/share/vawkg/store"));
    }
    Err(StoreError::NoDefaultPath)
}

/// A vawkg knowledge-graph store: an Oxigraph store on disk (RocksDB) or in memory.
#[derive(Clone)]
pub struct Store {
    inner: oxigraph::store::Store,
    path: Option<PathBuf>,
}

impl fmt::Debug for Store {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens the store at `path` for reading and writing, creating it (and its parent
    /// directories) if needed. Only one process at a time may hold a store open this way.
    #[cfg(feature = "rocksdb")]
    pub fn open(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        if let Some(parent) = path
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
        {
            std::fs::create_dir_all(parent).map_err(|error| StoreError::Open {
                path: path.to_owned(),
                source: StorageError::Io(error),
            })?;
        }
        let open_error = |source| StoreError::Open {
            path: path.to_owned(),
            source,
        };
        create_whole(path).map_err(open_error)?;
        let inner = oxigraph::store::Store::open(path).map_err(open_error)?;
        remove_abandoned_bulk_files(path);
        Ok(Self {
            inner,
            path: Some(path.to_owned()),
        })
    }

    /// Opens an existing store at `path` for reading only; several readers may run while a
    /// writer holds the store. Fails with [`StoreError::NotFound`] if there is no store there.
    #[cfg(feature = "rocksdb")]
    pub fn open_read_only(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        let path = path.as_ref();
        ensure_exists(path)?;
        let inner =
            oxigraph::store::Store::open_read_only(path).map_err(|source| StoreError::Open {
                path: path.to_owned(),
                source,
            })?;
        Ok(Self {
            inner,
            path: Some(path.to_owned()),
        })
    }

    /// Opens an existing store at `path` for reading and writing, as [`Store::open`] does, but
    /// fails with [`StoreError::NotFound`] instead of creating a store that is not there.
    #[cfg(feature = "rocksdb")]
    pub fn open_existing(path: impl AsRef<Path>) -> Result<Self, StoreError> {
        ensure_exists(path.as_ref())?;
        Self::open(path)
    }

    /// A fresh store in memory, for tests and one-shot pipelines.
    pub fn in_memory() -> Result<Self, StoreError> {
        Ok(Self {
            inner: oxigraph::store::Store::new()?,
            path: None,
        })
    }

    /// The directory of an on-disk store, `None` in memory.
    pub fn path(&self) -> Option<&Path> {
        self.path.as_deref()
    }

    /// The underlying Oxigraph store, for reading (queries, exports). Writes go through this
    /// module ([`Store::loader`], [`Store::replace_graph`], [`Store::load_ontology`]) or through
    /// SPARQL Update (`query::update`).
    pub fn as_oxigraph(&self) -> &oxigraph::store::Store {
        &self.inner
    }

    /// A loader that replaces record graphs in batched transactions; see [`GraphLoader`].
    pub fn loader(&self) -> GraphLoader<'_> {
        GraphLoader {
            store: self,
            batch: Vec::new(),
            batch_size: DEFAULT_BATCH_SIZE,
            n_pending_quads: 0,
            pending: LoadProgress::default(),
            bulk: None,
            bulk_quads: Vec::new(),
            bulk_graphs: HashSet::new(),
            bulk_pending: LoadProgress::default(),
            bulk_pending_quads: 0,
            bulk_size: DEFAULT_BULK_SIZE,
            bulk_commit_size: DEFAULT_BULK_COMMIT_SIZE,
            committed: LoadProgress::default(),
            on_progress: None,
        }
    }

    /// Replaces the content of one named graph with `triples`, in one transaction.
    ///
    /// For many graphs use [`Store::loader`]: it commits many graphs per transaction.
    pub fn replace_graph(
        &self,
        graph: NamedNodeRef<'_>,
        triples: &[Triple],
    ) -> Result<(), StoreError> {
        let mut loader = self.loader();
        loader.replace_graph(graph, triples)?;
        loader.finish()?;
        Ok(())
    }

    /// Replaces many graphs, `(graph name, triples)` pairs, in batched transactions, calling
    /// `on_progress` after each commit. Returns the totals.
    pub fn replace_graphs<'g>(
        &self,
        graphs: impl IntoIterator<Item = (NamedNodeRef<'g>, &'g [Triple])>,
        on_progress: impl FnMut(&LoadProgress),
    ) -> Result<LoadProgress, StoreError> {
        let mut loader = self.loader().on_progress(on_progress);
        for (graph, triples) in graphs {
            loader.replace_graph(graph, triples)?;
        }
        loader.finish()
    }

    /// Replaces the ontology graph ([`ONTOLOGY_GRAPH`]) with `triples`, atomically.
    pub fn load_ontology(&self, triples: &[Triple]) -> Result<(), StoreError> {
        self.replace_graph(NamedNodeRef::new_unchecked(ONTOLOGY_GRAPH), triples)
    }

    /// Removes a named graph and its content. Returns whether it existed.
    pub fn remove_graph(&self, graph: NamedNodeRef<'_>) -> Result<bool, StoreError> {
        let mut transaction = self.inner.start_transaction()?;
        let existed = transaction.contains_named_graph(graph)?;
        transaction.remove_named_graph(graph)?;
        transaction.commit()?;
        Ok(existed)
    }

    /// The names of all named graphs, sorted.
    pub fn graph_names(&self) -> Result<Vec<NamedOrBlankNode>, StoreError> {
        let mut names = self.inner.named_graphs().collect::<Result<Vec<_>, _>>()?;
        names.sort_by_key(|name| name.to_string());
        Ok(names)
    }

    /// The quads of one graph (the default graph or a named graph), in storage order. Each call
    /// reads its own snapshot; `export` reads the store one graph at a time with it.
    pub fn graph_quads(
        &self,
        graph: GraphNameRef<'_>,
    ) -> impl Iterator<Item = Result<Quad, StoreError>> + 'static {
        self.inner
            .quads_for_pattern(None, None, None, Some(graph))
            .map(|quad| quad.map_err(StoreError::from))
    }

    /// Whether the store holds `quad`.
    pub fn contains_quad(&self, quad: QuadRef<'_>) -> Result<bool, StoreError> {
        Ok(self.inner.contains(quad)?)
    }

    /// All quads of the store, in storage order (not sorted; `export` sorts).
    pub fn quads(&self) -> impl Iterator<Item = Result<Quad, StoreError>> + 'static {
        self.inner.iter().map(|quad| quad.map_err(StoreError::from))
    }

    /// Counts records, graphs, quads, distinct triples and the instances of each of `classes`.
    ///
    /// Records are the named graphs other than [`RESERVED_GRAPHS`]. `n_triples` counts each
    /// triple once even when several graphs hold it (the union graph that exports serialise).
    pub fn stats(&self, classes: &[NamedNodeRef<'_>]) -> Result<StoreStats, StoreError> {
        let mut n_graphs = 0;
        let mut n_records = 0;
        for graph in self.inner.named_graphs() {
            let graph = graph?;
            n_graphs += 1;
            let is_reserved = match &graph {
                NamedOrBlankNode::NamedNode(node) => RESERVED_GRAPHS.contains(&node.as_str()),
                NamedOrBlankNode::BlankNode(_) => false,
            };
            if !is_reserved {
                n_records += 1;
            }
        }
        let n_quads = self.inner.len()? as u64;
        let n_triples = self.count_union_triples()?;
        let mut class_counts = Vec::with_capacity(classes.len());
        for class in classes {
            let mut instances = HashSet::new();
            for quad in
                self.inner
                    .quads_for_pattern(None, Some(rdf::TYPE), Some((*class).into()), None)
            {
                instances.insert(quad?.subject);
            }
            class_counts.push(ClassCount {
                class: class.into_owned(),
                n_instances: instances.len() as u64,
            });
        }
        Ok(StoreStats {
            n_records,
            n_graphs,
            n_quads,
            n_triples,
            class_counts,
        })
    }

    fn count_union_triples(&self) -> Result<u64, StoreError> {
        let query_error = |error: &dyn fmt::Display| StoreError::Query(error.to_string());
        let mut prepared = SparqlEvaluator::new()
            .parse_query(
                "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }",
            )
            .map_err(|error| query_error(&error))?;
        prepared.dataset_mut().set_default_graph_as_union();
        let results = prepared
            .on_store(&self.inner)
            .execute()
            .map_err(|error| query_error(&error))?;
        let QueryResults::Solutions(mut solutions) = results else {
            return Err(StoreError::Query(
                "the count query returned no solutions".into(),
            ));
        };
        let solution = solutions
            .next()
            .transpose()
            .map_err(|error| query_error(&error))?;
        let count = solution
            .as_ref()
            .and_then(|solution| solution.get("n"))
            .and_then(|term| match term {
                oxigraph::model::Term::Literal(literal) => literal.value().parse::<u64>().ok(),
                _ => None,
            })
            .unwrap_or(0);
        Ok(count)
    }

    /// Flushes memory buffers to disk (RocksDB). Commits are durable against a process kill
    /// without it; call it before copying the store directory.
    /// Without the `rocksdb` feature there is nothing to flush.
    pub fn flush(&self) -> Result<(), StoreError> {
        #[cfg(feature = "rocksdb")]
        self.inner.flush()?;
        Ok(())
    }

    /// Compacts the store (RocksDB): every index is rewritten into one sorted run per level,
    /// so that a look-up searches fewer files. Worth it after a large load; it takes about as
    /// long as reading the whole store, and the store may grow (see README, Limits).
    /// Without the `rocksdb` feature there is nothing to compact.
    pub fn optimize(&self) -> Result<(), StoreError> {
        #[cfg(feature = "rocksdb")]
        self.inner.optimize()?;
        Ok(())
    }

    /// Checks the store's internal consistency (indexes agree). Slow: reads everything.
    pub fn validate(&self) -> Result<(), StoreError> {
        Ok(self.inner.validate()?)
    }
}

/// [`StoreError::NotFound`] unless a store (a RocksDB `CURRENT` file) is at `path`.
#[cfg(feature = "rocksdb")]
fn ensure_exists(path: &Path) -> Result<(), StoreError> {
    if path.join("CURRENT").is_file() {
        Ok(())
    } else {
        Err(StoreError::NotFound {
            path: path.to_owned(),
        })
    }
}

/// Creates a new store at `path`, unless there is one (or something else) there already, so
/// that the store appears whole or not at all: RocksDB creates a database and then its column
/// families one by one, and a process killed between the two leaves a directory that only a
/// writer can open again. The store is created in a hidden directory beside `path` and renamed
/// into place; a process killed while creating it leaves that directory
/// (`.<name>.creating-<pid>`), never a half-made store, and the next open removes it.
#[cfg(feature = "rocksdb")]
fn create_whole(path: &Path) -> Result<(), StorageError> {
    if let Some(name) = path.file_name() {
        remove_abandoned_creations(path, &name.to_string_lossy());
    }
    let empty_dir = std::fs::read_dir(path).is_ok_and(|mut entries| entries.next().is_none());
    if path.exists() && !empty_dir {
        return Ok(());
    }
    // `--store .` or `..`: a directory without a name of its own is created in place.
    let Some(name) = path.file_name().map(|name| name.to_string_lossy()) else {
        return Ok(());
    };
    let creating = path.with_file_name(format!(".{name}.creating-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&creating);
    drop(oxigraph::store::Store::open(&creating)?);
    if empty_dir {
        std::fs::remove_dir(path)?;
    }
    if let Err(error) = std::fs::rename(&creating, path) {
        let _ = std::fs::remove_dir_all(&creating);
        // Another process created the store first: open that one.
        if !path.join("CURRENT").is_file() {
            return Err(StorageError::Io(error));
        }
    }
    Ok(())
}

/// Deletes the `.<name>.creating-<pid>` directories beside `path` whose process is gone: what
/// creators of the store killed before they were done left. Only where the system lists its
/// processes (`/proc` on Linux): elsewhere, and for a process that still runs, they stay, so a
/// creation under way is never touched. Best effort.
#[cfg(feature = "rocksdb")]
fn remove_abandoned_creations(path: &Path, name: &str) {
    let processes = Path::new("/proc");
    if !processes.join("self").exists() {
        return;
    }
    let parent = match path.parent() {
        Some(parent) if !parent.as_os_str().is_empty() => parent,
        _ => Path::new("."),
    };
    let Ok(entries) = std::fs::read_dir(parent) else {
        return;
    };
    let prefix = format!(".{name}.creating-");
    for entry in entries.flatten() {
        let file_name = entry.file_name();
        let pid = file_name
            .to_str()
            .and_then(|file_name| file_name.strip_prefix(&prefix))
            .and_then(|pid| pid.parse::<u32>().ok());
        let Some(pid) = pid else {
            continue;
        };
        if pid != std::process::id() && !processes.join(pid.to_string()).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}

/// Deletes the `bulk-*.sst` files a killed bulk commit left in the store directory. RocksDB
/// never references them (it ingests copies), and we hold the store's lock, so no other process
/// is writing them. Best effort: a file that cannot be deleted stays.
#[cfg(feature = "rocksdb")]
fn remove_abandoned_bulk_files(path: &Path) {
    let Ok(entries) = std::fs::read_dir(path) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let name = name.to_string_lossy();
        if name.starts_with("bulk-") && name.ends_with(".sst") {
            let _ = std::fs::remove_file(entry.path());
        }
    }
}

/// What [`Store::stats`] counts.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct StoreStats {
    /// Named graphs that hold a record (all named graphs but [`RESERVED_GRAPHS`]).
    pub n_records: u64,
    /// All named graphs.
    pub n_graphs: u64,
    /// Quads, counting a triple once per graph that holds it.
    pub n_quads: u64,
    /// Distinct triples in the union of all graphs.
    pub n_triples: u64,
    /// Distinct instances (`rdf:type` subjects) of each class asked for, in the order asked.
    pub class_counts: Vec<ClassCount>,
}

/// The number of distinct instances of one class.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ClassCount {
    /// The class IRI.
    pub class: NamedNode,
    /// Distinct subjects typed with it, across all graphs.
    pub n_instances: u64,
}

/// Counters reported by [`GraphLoader`]: committed so far when given to a progress callback.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct LoadProgress {
    /// Graphs replaced (a graph given twice counts twice).
    pub n_graphs: u64,
    /// Triples written.
    pub n_triples: u64,
    /// Transactions committed.
    pub n_commits: u64,
}

/// What [`GraphLoader::on_progress`] calls after each commit.
type ProgressCallback<'a> = Box<dyn FnMut(&LoadProgress) + 'a>;

/// Replaces named graphs in batched, atomic commits.
///
/// [`replace_graph`](Self::replace_graph) adds a graph to the current batch; a batch ends once it
/// holds [`with_batch_size`](Self::with_batch_size) quads. A graph is never split across commits.
/// [`finish`](Self::finish) commits what is left; dropping the loader without it discards the
/// uncommitted graphs (the store keeps their previous content).
///
/// - A batch that touches graphs already in the store is committed at once as one read-write
///   transaction that reads each graph and writes only the difference (removes the triples no
///   longer given, inserts the new ones): reloading unchanged records writes nothing.
/// - A batch of graphs that are all new goes to Oxigraph's bulk loader instead: every
///   [`with_bulk_size`](Self::with_bulk_size) quads are handed over and sorted into files by a
///   background thread while loading goes on, and once
///   [`with_bulk_commit_size`](Self::with_bulk_commit_size) quads are waiting (or at
///   [`finish`](Self::finish), or before a transaction) RocksDB ingests the files in one atomic
///   step. For a first load this is several times faster than transactions.
///
/// Either way each commit is atomic and the result is that of clearing each graph and inserting
/// its triples. One loader per store at a time: the new-graph check reads the committed state.
#[must_use = "call finish() to commit the last batch"]
pub struct GraphLoader<'a> {
    store: &'a Store,
    /// Graphs given since the last commit.
    batch: Vec<(NamedNode, Vec<Triple>)>,
    batch_size: usize,
    n_pending_quads: usize,
    pending: LoadProgress,
    /// Oxigraph's bulk loader, while new graphs wait in it for the bulk commit.
    bulk: Option<oxigraph::store::BulkLoader<'a>>,
    /// Quads of new graphs not yet handed to `bulk`.
    bulk_quads: Vec<Quad>,
    /// Hashes of the names of the graphs waiting for the bulk commit. A collision only sends a
    /// new graph down the (slower, equally correct) transaction path.
    bulk_graphs: HashSet<u64>,
    /// Counts of the graphs waiting for the bulk commit.
    bulk_pending: LoadProgress,
    bulk_pending_quads: usize,
    bulk_size: usize,
    bulk_commit_size: usize,
    committed: LoadProgress,
    on_progress: Option<ProgressCallback<'a>>,
}

impl<'a> GraphLoader<'a> {
    /// Commits once a batch holds at least this many quads (default [`DEFAULT_BATCH_SIZE`]);
    /// `1` commits every graph on its own.
    pub fn with_batch_size(mut self, n_quads: usize) -> Self {
        self.batch_size = n_quads.max(1);
        self
    }

    /// Hands new graphs to the bulk loader this many quads at a time (default
    /// [`DEFAULT_BULK_SIZE`]); `0` turns bulk loading off (every batch is a transaction).
    pub fn with_bulk_size(mut self, n_quads: usize) -> Self {
        self.bulk_size = n_quads;
        self
    }

    /// Commits the bulk loader once this many quads of new graphs wait in it (default
    /// [`DEFAULT_BULK_COMMIT_SIZE`]).
    pub fn with_bulk_commit_size(mut self, n_quads: usize) -> Self {
        self.bulk_commit_size = n_quads.max(1);
        self
    }

    /// Calls `callback` with the committed totals after every commit.
    pub fn on_progress(mut self, callback: impl FnMut(&LoadProgress) + 'a) -> Self {
        self.on_progress = Some(Box::new(callback));
        self
    }

    /// Replaces the content of the named graph `graph` with `triples` (a slice is copied, a
    /// `Vec` moved): once committed the graph holds exactly `triples`. An empty `triples` leaves
    /// an empty named graph.
    pub fn replace_graph(
        &mut self,
        graph: NamedNodeRef<'_>,
        triples: impl Into<Vec<Triple>>,
    ) -> Result<(), StoreError> {
        let triples = triples.into();
        self.pending.n_graphs += 1;
        self.pending.n_triples += triples.len() as u64;
        // Removing an old graph costs too; count at least one quad per graph.
        self.n_pending_quads += triples.len().max(1);
        self.batch.push((graph.into_owned(), triples));
        if self.n_pending_quads >= self.batch_size {
            self.end_batch()?;
        }
        Ok(())
    }

    /// Totals committed so far.
    pub fn progress(&self) -> LoadProgress {
        self.committed
    }

    /// Commits everything given so far, now.
    pub fn commit(&mut self) -> Result<(), StoreError> {
        self.end_batch()?;
        self.commit_bulk()
    }

    /// Commits the last graphs and returns the totals.
    pub fn finish(mut self) -> Result<LoadProgress, StoreError> {
        self.commit()?;
        Ok(self.committed)
    }

    /// Ends the current batch: new graphs join the bulk commit, others are replaced in one
    /// read-write transaction.
    fn end_batch(&mut self) -> Result<(), StoreError> {
        if self.batch.is_empty() {
            return Ok(());
        }
        let batch = std::mem::take(&mut self.batch);
        let pending = std::mem::take(&mut self.pending);
        self.n_pending_quads = 0;
        if self.bulk_size > 0 && self.all_new(&batch)? {
            for (graph, triples) in batch {
                self.bulk_pending_quads += triples.len();
                self.bulk_quads.extend(
                    triples
                        .into_iter()
                        .map(|triple| triple.in_graph(graph.clone())),
                );
                self.bulk_graphs.insert(graph_hash(graph.as_ref()));
            }
            add_progress(&mut self.bulk_pending, &pending);
            while self.bulk_quads.len() >= self.bulk_size {
                // Exactly `bulk_size` quads: Oxigraph sorts each hand-over into its own set of
                // files (one per index) and splits larger ones at its batch size, leaving a
                // small set for the rest that every later look-up would also search.
                let rest = self.bulk_quads.split_off(self.bulk_size);
                self.hand_over()?;
                self.bulk_quads = rest;
            }
            if self.bulk_pending_quads >= self.bulk_commit_size {
                self.commit_bulk()?;
            }
            return Ok(());
        }
        // The transaction must see the graphs still waiting for the bulk commit.
        self.commit_bulk()?;
        let mut transaction = self.store.inner.start_transaction()?;
        for (graph, triples) in &batch {
            replace_in_transaction(&mut transaction, graph.as_ref(), triples)?;
        }
        transaction.commit()?;
        self.committed_one(&pending);
        Ok(())
    }

    /// Hands the gathered quads to the bulk loader, which sorts them into files in the
    /// background.
    fn hand_over(&mut self) -> Result<(), StoreError> {
        if self.bulk_quads.is_empty() {
            return Ok(());
        }
        let quads = std::mem::take(&mut self.bulk_quads);
        let store = &self.store.inner;
        self.bulk
            .get_or_insert_with(|| store.bulk_loader())
            .load_quads(quads)?;
        Ok(())
    }

    /// Ingests the bulk loader's files (all the new graphs given so far) in one atomic step.
    fn commit_bulk(&mut self) -> Result<(), StoreError> {
        self.hand_over()?;
        let Some(bulk) = self.bulk.take() else {
            return Ok(());
        };
        bulk.commit()?;
        self.bulk_graphs.clear();
        self.bulk_pending_quads = 0;
        let pending = std::mem::take(&mut self.bulk_pending);
        self.committed_one(&pending);
        Ok(())
    }

    fn committed_one(&mut self, pending: &LoadProgress) {
        add_progress(&mut self.committed, pending);
        self.committed.n_commits += 1;
        if let Some(callback) = &mut self.on_progress {
            callback(&self.committed);
        }
    }

    /// Whether every graph of the batch is non-empty, given once, and in neither the store nor
    /// the waiting bulk commit.
    fn all_new(&self, batch: &[(NamedNode, Vec<Triple>)]) -> Result<bool, StoreError> {
        let mut seen = HashSet::with_capacity(batch.len());
        for (graph, triples) in batch {
            if triples.is_empty()
                || !seen.insert(graph.as_ref())
                || self.bulk_graphs.contains(&graph_hash(graph.as_ref()))
                || self.store.inner.contains_named_graph(graph.as_ref())?
            {
                return Ok(false);
            }
        }
        Ok(true)
    }
}

/// A hash of a graph name, the same in every run.
fn graph_hash(graph: NamedNodeRef<'_>) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut hasher = std::collections::hash_map::DefaultHasher::new();
    graph.as_str().hash(&mut hasher);
    hasher.finish()
}

fn add_progress(total: &mut LoadProgress, more: &LoadProgress) {
    total.n_graphs += more.n_graphs;
    total.n_triples += more.n_triples;
}

/// Makes `graph` hold exactly `triples` within `transaction`, writing only the difference.
fn replace_in_transaction(
    transaction: &mut Transaction<'_>,
    graph: NamedNodeRef<'_>,
    triples: &[Triple],
) -> Result<(), StoreError> {
    let existing = transaction
        .quads_for_pattern(None, None, None, Some(graph.into()))
        .map(|quad| quad.map(Triple::from))
        .collect::<Result<HashSet<_>, _>>()?;
    if existing.is_empty() {
        transaction.insert_named_graph(graph);
        for triple in triples {
            transaction.insert(triple.as_ref().in_graph(graph));
        }
        return Ok(());
    }
    // Removals go first: Oxigraph stores some literals normalised (`"1.50"^^xsd:decimal` reads
    // back as `"1.5"`), so a triple may be removed under its stored form and inserted again
    // under its given form, which is the same stored quad; the insert must win.
    let wanted = triples.iter().map(Triple::as_ref).collect::<HashSet<_>>();
    for triple in &existing {
        if !wanted.contains(&triple.as_ref()) {
            transaction.remove(triple.as_ref().in_graph(graph));
        }
    }
    for triple in triples {
        if !existing.contains(triple) {
            transaction.insert(triple.as_ref().in_graph(graph));
        }
    }
    Ok(())
}

impl fmt::Debug for GraphLoader<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GraphLoader")
            .field("batch_size", &self.batch_size)
            .field("n_pending_quads", &self.n_pending_quads)
            .field("committed", &self.committed)
            .finish_non_exhaustive()
    }
}

/// Whether a graph name is one of [`RESERVED_GRAPHS`].
pub fn is_reserved_graph(graph: GraphNameRef<'_>) -> bool {
    match graph {
        GraphNameRef::NamedNode(node) => RESERVED_GRAPHS.contains(&node.as_str()),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn env_of(pairs: &'static [(&'static str, &'static str)]) -> impl Fn(&str) -> Option<OsString> {
        move |name| {
            pairs
                .iter()
                .find(|(key, _)| *key == name)
                .map(|(_, value)| OsString::from(value))
        }
    }

    #[test]
    fn default_path_prefers_vawkg_store_then_xdg_then_home() {
        let path = default_store_path_from(env_of(&[
            ("VAWKG_STORE", "/s"),
            ("XDG_DATA_HOME", "/x"),
            ("HOME", "/h"),
        ]));
        assert_eq!(path.unwrap(), PathBuf::from("/s"));
        let path = default_store_path_from(env_of(&[("XDG_DATA_HOME", "/x"), ("HOME", "/h")]));
        assert_eq!(path.unwrap(), PathBuf::from("/x/vawkg/store"));
        let path = default_store_path_from(env_of(&[
            ("VAWKG_STORE", ""),
            ("XDG_DATA_HOME", "relative"),
            ("HOME", "/h"),
        ]));
        assert_eq!(path.unwrap(), PathBuf::from("/h/.local/share/vawkg/store"));
        assert!(matches!(
            default_store_path_from(env_of(&[])),
            Err(StoreError::NoDefaultPath)
        ));
    }
}
