//! Reading record files piece by piece and extracting them on every core, in file order.
//!
//! One reader thread cuts each input into *chunks* of whole records ([`ChunkReader`], using
//! [`extract::complete_prefix`]), worker threads turn each chunk's records into whatever the
//! command needs (JSON lines, N-Triples bytes, triples to load), and the calling thread gets the
//! results back in input order. Memory is bounded: at most [`MAX_CHUNKS_IN_FLIGHT`] chunks
//! per worker are read and not yet consumed, so a file of any size is never held whole (only a
//! single record longer than a chunk makes its chunk longer).
//!
//! Output is the same, byte for byte, whatever the number of threads and the chunk size.

use std::collections::BTreeMap;
use std::fs;
use std::io::{self, Read};
use std::path::{Path, PathBuf};
use std::sync::mpsc::{self, Receiver, SyncSender};
use std::sync::{Arc, Mutex};
use std::thread;

use anyhow::{Context, Result};
use vawkg::extract::{self, LineIndex, Scope, render_error};
use vawkg::record::Record;

/// Bytes a chunk holds at least, unless its input ends first.
pub const CHUNK_BYTES: usize = 256 << 10;

/// Chunks read ahead per worker thread.
pub const MAX_CHUNKS_IN_FLIGHT: usize = 2;

/// Where a chunk of whole records sits in its input.
#[derive(Debug)]
pub struct Chunk {
    /// The input's name as given (`-` for standard input).
    pub name: Arc<str>,
    /// The chunk's bytes: whole records, starting at a record boundary.
    pub bytes: Vec<u8>,
    /// Byte offset of the chunk in its input.
    pub origin: usize,
    /// One-based line of the chunk's first line in its input.
    pub first_line: usize,
    /// Index in its input of the chunk's first record.
    pub first_record: usize,
}

impl Chunk {
    /// The line index of the chunk, in its input's lines.
    pub fn lines(&self) -> LineIndex {
        LineIndex::at(&self.bytes, self.origin, self.first_line)
    }
}

/// Cuts one input into chunks of whole records, reading it piece by piece.
pub struct ChunkReader<R> {
    name: Arc<str>,
    reader: R,
    buffer: Vec<u8>,
    chunk_bytes: usize,
    origin: usize,
    line: usize,
    record: usize,
    at_end: bool,
}

impl<R: Read> ChunkReader<R> {
    /// A reader of `reader`, reported as `name`, cutting chunks of about `chunk_bytes`.
    pub fn new(name: Arc<str>, reader: R, chunk_bytes: usize) -> Self {
        ChunkReader {
            name,
            reader,
            buffer: Vec::new(),
            chunk_bytes: chunk_bytes.max(1),
            origin: 0,
            line: 1,
            record: 0,
            at_end: false,
        }
    }

    /// The next chunk, or `None` at the end of the input.
    pub fn next_chunk(&mut self) -> io::Result<Option<Chunk>> {
        loop {
            if self.at_end {
                if self.buffer.is_empty() {
                    return Ok(None);
                }
                let bytes = std::mem::take(&mut self.buffer);
                let n_records = extract::split_records(&bytes).len();
                return Ok(Some(self.take(bytes, n_records)));
            }
            // Read at least a chunk more, and at least as much as is buffered, so that a record
            // longer than a chunk is read in doubling steps, not rescanned per chunk.
            let wanted = self.chunk_bytes.max(self.buffer.len());
            let n_read = (&mut self.reader)
                .take(wanted as u64)
                .read_to_end(&mut self.buffer)?;
            if n_read < wanted {
                self.at_end = true;
                continue;
            }
            let (cut, n_records) = extract::complete_prefix(&self.buffer);
            if cut > 0 {
                let rest = self.buffer.split_off(cut);
                let bytes = std::mem::replace(&mut self.buffer, rest);
                return Ok(Some(self.take(bytes, n_records)));
            }
        }
    }

    fn take(&mut self, bytes: Vec<u8>, n_records: usize) -> Chunk {
        let chunk = Chunk {
            name: Arc::clone(&self.name),
            origin: self.origin,
            first_line: self.line,
            first_record: self.record,
            bytes,
        };
        self.origin += chunk.bytes.len();
        self.line += memchr::memchr_iter(b'\n', &chunk.bytes).count();
        self.record += n_records;
        chunk
    }
}

/// What happened to one record (or one input) of a run, in input order.
enum Event<T> {
    /// A record, as the work made it.
    Record(T),
    /// A record was rejected: the rendered diagnostic.
    Rejected(String),
    /// An input could not be read (or stopped being readable): the message.
    Unreadable(String),
    /// An input held no records: the warning.
    Empty(String),
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

/// What the reader hands to the workers.
enum Job {
    Chunk(Chunk),
    Note(Event<()>),
}

/// Runs `work` on every good record of every input on `threads` threads and gives the results
/// to `sink` in input order; rejected records are rendered and given to `report` (in order too).
///
/// `work` gets the chunk holding the record (for its input name and line index), the record's
/// index in its input and the record, read to `scope`.
pub fn run<T: Send>(
    files: &[PathBuf],
    threads: usize,
    chunk_bytes: usize,
    scope: Scope,
    work: impl Fn(&Chunk, &LineIndex, usize, &Record) -> Result<T> + Sync,
    mut sink: impl FnMut(T) -> Result<()>,
    mut report: impl FnMut(&str) -> Result<()>,
) -> Result<Tally> {
    let threads = threads.max(1);
    let mut tally = Tally::default();
    let mut consume = |events: Vec<Event<T>>| -> Result<()> {
        for event in events {
            match event {
                Event::Record(value) => {
                    tally.records += 1;
                    sink(value)?;
                }
                Event::Rejected(text) => {
                    tally.rejected += 1;
                    report(&text)?;
                }
                Event::Unreadable(text) => {
                    tally.unreadable += 1;
                    report(&text)?;
                }
                Event::Empty(text) => report(&text)?,
            }
        }
        Ok(())
    };
    let process = |job: Job| -> Result<Vec<Event<T>>> {
        match job {
            Job::Chunk(chunk) => process_chunk(&chunk, scope, &work),
            Job::Note(event) => Ok(vec![note(event)]),
        }
    };

    if threads == 1 {
        read_jobs(files, chunk_bytes, |job| consume(process(job)?))?;
        return Ok(tally);
    }

    // Tokens bound the chunks read but not yet consumed; results come back in any order and
    // wait in `pending` for their turn.
    let in_flight = threads * MAX_CHUNKS_IN_FLIGHT;
    let (token_sender, token_receiver) = mpsc::sync_channel::<()>(in_flight);
    for _ in 0..in_flight {
        token_sender.send(()).expect("the token channel has room");
    }
    let (job_sender, job_receiver) = mpsc::sync_channel::<(usize, Job)>(in_flight);
    // Owned by the workers alone: once they have all stopped, the reader's next send fails.
    let job_receiver = Arc::new(Mutex::new(job_receiver));
    let (result_sender, result_receiver) = mpsc::channel::<(usize, Result<Vec<Event<T>>>)>();

    thread::scope(|scope| -> Result<()> {
        let reader =
            scope.spawn(move || read_in_order(files, chunk_bytes, &token_receiver, job_sender));
        for _ in 0..threads {
            let result_sender = result_sender.clone();
            let job_receiver = Arc::clone(&job_receiver);
            let process = &process;
            scope.spawn(move || {
                loop {
                    let next = job_receiver.lock().expect("no worker panics").recv();
                    let Ok((sequence, job)) = next else { break };
                    if result_sender.send((sequence, process(job))).is_err() {
                        break;
                    }
                }
            });
        }
        drop(result_sender);
        drop(job_receiver);
        let mut pending = BTreeMap::new();
        let mut next = 0;
        let outcome = (|| -> Result<()> {
            for (sequence, events) in &result_receiver {
                pending.insert(sequence, events);
                while let Some(events) = pending.remove(&next) {
                    consume(events?)?;
                    next += 1;
                    // The reader may be gone already; a missing token only stops it sooner.
                    let _ = token_sender.send(());
                }
            }
            Ok(())
        })();
        // On an error, stop the reader and the workers: close the channels they wait on.
        drop(token_sender);
        drop(result_receiver);
        let read = reader.join().expect("the reader does not panic");
        outcome?;
        read
    })?;
    Ok(tally)
}

/// The reader thread: numbers the jobs and waits for a token before each chunk.
fn read_in_order(
    files: &[PathBuf],
    chunk_bytes: usize,
    tokens: &Receiver<()>,
    jobs: SyncSender<(usize, Job)>,
) -> Result<()> {
    let mut sequence = 0;
    read_jobs(files, chunk_bytes, |job| {
        if matches!(job, Job::Chunk(_)) && tokens.recv().is_err() {
            return Err(Stopped.into());
        }
        jobs.send((sequence, job)).map_err(|_| Stopped)?;
        sequence += 1;
        Ok(())
    })
    .or_else(|error| {
        // Stopping because the consumer stopped is not an error of its own.
        if error.is::<Stopped>() {
            Ok(())
        } else {
            Err(error)
        }
    })
}

/// The consumer of a run stopped (on an error of its own, which it reports).
#[derive(Debug)]
struct Stopped;

impl std::fmt::Display for Stopped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("the run stopped")
    }
}

impl std::error::Error for Stopped {}

/// Reads every input in order, giving its chunks (or why it gave none) to `each`.
fn read_jobs(
    files: &[PathBuf],
    chunk_bytes: usize,
    mut each: impl FnMut(Job) -> Result<()>,
) -> Result<()> {
    for path in files {
        let name: Arc<str> = if path.as_os_str() == "-" {
            Arc::from("-")
        } else {
            Arc::from(path.display().to_string())
        };
        let reader: Box<dyn Read> = if path.as_os_str() == "-" {
            Box::new(io::stdin().lock())
        } else {
            match fs::File::open(path) {
                Ok(file) => Box::new(file),
                Err(error) => {
                    each(Job::Note(Event::Unreadable(format!(
                        "{name}: cannot read: {error}\n"
                    ))))?;
                    continue;
                }
            }
        };
        let mut chunks = ChunkReader::new(Arc::clone(&name), reader, chunk_bytes);
        let mut n_chunks = 0;
        let mut any_text = false;
        let mut failed = false;
        loop {
            match chunks.next_chunk() {
                Ok(Some(chunk)) => {
                    n_chunks += 1;
                    any_text |= chunk.bytes.iter().any(|byte| !byte.is_ascii_whitespace());
                    each(Job::Chunk(chunk))?;
                }
                Ok(None) => break,
                Err(error) => {
                    let context = if n_chunks == 0 {
                        ""
                    } else {
                        " (after its first records)"
                    };
                    each(Job::Note(Event::Unreadable(format!(
                        "{name}: cannot read{context}: {error}\n"
                    ))))?;
                    failed = true;
                    break;
                }
            }
        }
        if !any_text && !failed {
            each(Job::Note(Event::Empty(format!(
                "{name}: warning: no records found\n"
            ))))?;
        }
    }
    Ok(())
}

fn note<T>(event: Event<()>) -> Event<T> {
    match event {
        Event::Record(()) => unreachable!("notes are never records"),
        Event::Rejected(text) => Event::Rejected(text),
        Event::Unreadable(text) => Event::Unreadable(text),
        Event::Empty(text) => Event::Empty(text),
    }
}

/// Extracts the records of one chunk and runs `work` on the good ones.
fn process_chunk<T>(
    chunk: &Chunk,
    scope: Scope,
    work: &impl Fn(&Chunk, &LineIndex, usize, &Record) -> Result<T>,
) -> Result<Vec<Event<T>>> {
    let lines = chunk.lines();
    let mut events = Vec::new();
    for (index, result) in extract::records_at(&chunk.bytes, chunk.origin, scope).enumerate() {
        let index = chunk.first_record + index;
        events.push(match result {
            Ok(record) => Event::Record(work(chunk, &lines, index, &record)?),
            Err(error) => Event::Rejected(render_error(&chunk.name, &chunk.bytes, &lines, &error)),
        });
    }
    Ok(events)
}

/// The number of worker threads to use by default: one per core.
pub fn default_threads() -> usize {
    thread::available_parallelism().map_or(1, usize::from)
}

/// Expands folders (recursively, `*.txt`, sorted) and keeps files and `-` as given.
pub fn expand_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for path in paths {
        if path.is_dir() {
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
            .is_some_and(|extension| extension.eq_ignore_ascii_case("txt"))
        {
            files.push(entry);
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn examples() -> Vec<u8> {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/records");
        let mut bytes = Vec::new();
        for path in expand_paths(&[folder]).unwrap() {
            bytes.extend_from_slice(&fs::read(path).unwrap());
            bytes.extend_from_slice(b"\n\n");
        }
        bytes
    }

    /// Every record of `input` as `(record index, first line, debug text)` or the rendered error.
    fn whole(input: &[u8]) -> Vec<String> {
        let lines = LineIndex::new(input);
        extract::records(input)
            .enumerate()
            .map(|(index, result)| match result {
                Ok(record) => format!(
                    "{index} {} {record:?}",
                    lines.location(input, record.span.start).line
                ),
                Err(error) => render_error("x", input, &lines, &error),
            })
            .collect()
    }

    fn chunked(input: &[u8], chunk_bytes: usize) -> Vec<String> {
        let mut reader = ChunkReader::new(Arc::from("x"), input, chunk_bytes);
        let mut out = Vec::new();
        let mut previous_end = 0;
        while let Some(chunk) = reader.next_chunk().unwrap() {
            assert_eq!(chunk.origin, previous_end, "chunks are contiguous");
            previous_end = chunk.origin + chunk.bytes.len();
            let lines = chunk.lines();
            for (index, result) in
                extract::records_at(&chunk.bytes, chunk.origin, extract::Scope::Entities)
                    .enumerate()
            {
                out.push(match result {
                    Ok(record) => format!(
                        "{} {} {record:?}",
                        chunk.first_record + index,
                        lines.location(&chunk.bytes, record.span.start).line
                    ),
                    Err(error) => render_error("x", &chunk.bytes, &lines, &error),
                });
            }
        }
        assert_eq!(previous_end, input.len(), "chunks cover the input");
        out
    }

    #[test]
    fn chunked_reading_gives_the_records_of_the_whole_input() {
        let mut input = b"\xEF\xBB\xBFstray text before the first record\n\n".to_vec();
        input.extend(examples());
        // A bad record in the middle, with invalid UTF-8 and a malformed year.
        input.extend_from_slice(b"Country Chile\nYear 20x4\n\nBrief Description\n\nText \xFF.\n\n");
        input.extend(examples());
        let expected = whole(&input);
        assert!(expected.len() > 40);
        for chunk_bytes in [1, 7, 100, 1000, 4096, 1 << 20] {
            assert_eq!(
                chunked(&input, chunk_bytes),
                expected,
                "chunks of {chunk_bytes} bytes"
            );
        }
    }

    #[test]
    fn a_record_longer_than_a_chunk_is_read_whole() {
        let mut input = b"Country Chile\nYear 2019\n\nBrief Description\n\n".to_vec();
        input.extend(std::iter::repeat_n(b'a', 50_000));
        input.extend_from_slice(b"\n\nCountry Peru\nYear 2015\n\nBrief Description\n\nB.\n");
        assert_eq!(chunked(&input, 64), whole(&input));
    }

    #[test]
    fn results_come_back_in_input_order_whatever_the_threads() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/records");
        let files = expand_paths(&[folder]).unwrap();
        let collect = |threads: usize, chunk_bytes: usize| {
            let mut seen = Vec::new();
            let mut reports = Vec::new();
            let tally = run(
                &files,
                threads,
                chunk_bytes,
                Scope::Entities,
                |chunk, lines, index, record| {
                    Ok(format!(
                        "{}:{}:{index}:{}",
                        chunk.name,
                        lines.location(&chunk.bytes, record.span.start).line,
                        record.country.value.alpha2
                    ))
                },
                |line| {
                    seen.push(line);
                    Ok(())
                },
                |text| {
                    reports.push(text.to_owned());
                    Ok(())
                },
            )
            .unwrap();
            (tally.records, tally.rejected, seen, reports)
        };
        let one = collect(1, CHUNK_BYTES);
        assert!(one.0 >= 22);
        for threads in [2, 3, 8] {
            for chunk_bytes in [1, 300, CHUNK_BYTES] {
                assert_eq!(
                    collect(threads, chunk_bytes),
                    one,
                    "{threads} threads, {chunk_bytes}"
                );
            }
        }
    }

    #[test]
    fn a_failing_sink_stops_the_run_with_its_error() {
        let folder = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/records");
        let files = expand_paths(&[folder]).unwrap();
        let mut n_sunk = 0;
        let error = run(
            &files,
            2,
            1,
            Scope::Structure,
            |_, _, index, _| Ok(index),
            |_| {
                n_sunk += 1;
                if n_sunk == 3 {
                    anyhow::bail!("disk full")
                } else {
                    Ok(())
                }
            },
            |_| Ok(()),
        )
        .unwrap_err();
        assert_eq!(error.to_string(), "disk full");
        assert_eq!(n_sunk, 3);
    }
}
