//! vawkg turns records of the UN Women Global Database on Violence against Women into a
//! linked-data knowledge graph, and lets people query, publish and analyse it.
//!
//! Data flows one way, one module per stage:
//!
//! ```text
//! text ──extract──▶ Record ──map──▶ quads ──store──▶ Oxigraph ──▶ query / export
//! ```
//!
//! The library never prints; the `vawkg` binary is the only place that talks to a terminal.

pub mod canned;
pub mod export;
pub mod extract;
pub mod jsonl;
pub mod map;
pub mod mint;
pub mod ntriples;
mod parallel;
pub mod query;
pub mod record;
pub mod store;
pub mod vocab;

pub mod analytics;
