//! Writing outputs atomically: each file is written to a temporary file in
//! its destination folder and renamed into place, so a reader (or a crash)
//! never sees a half-written file under its final name, and a failed run
//! leaves the previous file intact.

use std::io::Write;
use std::path::{Path, PathBuf};

/// One file to write, relative to the output folder.
#[derive(Debug, Clone)]
pub struct OutputFile {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
}

/// Test hook: when `PUENTE_TEST_FAIL_AFTER_WRITES=N` is set, the writer fails
/// after N files, as a crash would. Used by the fault tests to show that
/// previous outputs survive an interrupted run.
fn fail_after() -> Option<usize> {
    std::env::var("PUENTE_TEST_FAIL_AFTER_WRITES")
        .ok()
        .and_then(|v| v.parse().ok())
}

/// Writes every file under `out`, each atomically. Stops at the first I/O
/// error.
pub fn write_all(out: &Path, files: &[OutputFile]) -> Result<(), crate::Fatal> {
    let limit = fail_after();
    for (n, f) in files.iter().enumerate() {
        if limit.is_some_and(|l| n >= l) {
            return Err(crate::Fatal::io(
                &out.join(&f.path),
                std::io::Error::other("simulated failure (PUENTE_TEST_FAIL_AFTER_WRITES)"),
            ));
        }
        write_atomic(&out.join(&f.path), &f.bytes)?;
    }
    Ok(())
}

/// Writes one file atomically, creating its folder if needed.
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), crate::Fatal> {
    let dir = path.parent().unwrap_or(Path::new("."));
    std::fs::create_dir_all(dir).map_err(|e| crate::Fatal::io(dir, e))?;
    let mut builder = tempfile::Builder::new();
    builder.prefix(".puente-").suffix(".tmp");
    // Temporary files are private (0600) by default; outputs are ordinary
    // documents that others in the office may print.
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(0o644));
    }
    let mut tmp = builder
        .tempfile_in(dir)
        .map_err(|e| crate::Fatal::io(dir, e))?;
    tmp.write_all(bytes)
        .map_err(|e| crate::Fatal::io(path, e))?;
    tmp.as_file()
        .sync_all()
        .map_err(|e| crate::Fatal::io(path, e))?;
    tmp.persist(path)
        .map_err(|e| crate::Fatal::io(path, e.error))?;
    Ok(())
}
