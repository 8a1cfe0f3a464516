//! Helpers shared by the integration tests that run the real `vawkg` binary.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// The crate root: tests run the binary from here so that paths in messages are relative.
pub fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A fresh, empty folder for one test, unique to this test process, removed (with all that
/// the test wrote in it) when the value is dropped: test runs leave nothing in the temporary
/// folder. It reads as the path of the folder, or of a file or store in it ([`Scratch::child`]).
pub struct Scratch {
    dir: PathBuf,
    path: PathBuf,
}

impl Scratch {
    /// The same folder, read as the path of `name` inside it (a store, a file).
    pub fn child(mut self, name: &str) -> Scratch {
        self.path = self.dir.join(name);
        self
    }
}

impl std::ops::Deref for Scratch {
    type Target = Path;

    fn deref(&self) -> &Path {
        &self.path
    }
}

impl AsRef<Path> for Scratch {
    fn as_ref(&self) -> &Path {
        &self.path
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

/// A fresh, empty folder for one test: see [`Scratch`].
pub fn scratch_dir(name: &str) -> Scratch {
    let dir = std::env::temp_dir().join(format!("vawkg-test-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    Scratch {
        path: dir.clone(),
        dir,
    }
}

/// `vawkg --store STORE ARGS…`, run from the crate root, not yet started.
pub fn vawkg_command(store: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_vawkg"));
    command
        .current_dir(root())
        .arg("--store")
        .arg(store)
        .args(args);
    command
}

/// Runs `vawkg --store STORE ARGS…` from the crate root.
pub fn vawkg(store: &Path, args: &[&str]) -> Output {
    vawkg_command(store, args).output().unwrap()
}

/// Standard output of a run that must have succeeded.
pub fn stdout(output: &Output) -> String {
    assert!(
        output.status.success(),
        "exit {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// Standard error of a run.
pub fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// The store's quads (ontology and records, no dataset description) as sorted N-Quads lines.
pub fn sorted_n_quads(store: &Path) -> Vec<String> {
    let text = stdout(&vawkg(
        store,
        &["export", "--format", "nq", "--no-description"],
    ));
    let mut lines: Vec<String> = text.lines().map(str::to_owned).collect();
    lines.sort();
    lines
}
