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

/// Writes every file under `out` without disturbing what is there until all
/// of them are ready: they are first written to a staging folder inside
/// `out`, then each is renamed over its final name. If writing fails, the
/// staging folder is removed and every previous output is as it was.
pub fn publish(out: &Path, files: &[OutputFile]) -> Result<(), crate::Fatal> {
    std::fs::create_dir_all(out).map_err(|e| crate::Fatal::io(out, e))?;
    let staging = tempfile::Builder::new()
        .prefix(".puente-staging-")
        .tempdir_in(out)
        .map_err(|e| crate::Fatal::io(out, e))?;
    write_all(staging.path(), files)?;
    for f in files {
        let target = out.join(&f.path);
        if let Some(dir) = target.parent() {
            std::fs::create_dir_all(dir).map_err(|e| crate::Fatal::io(dir, e))?;
        }
        std::fs::rename(staging.path().join(&f.path), &target)
            .map_err(|e| crate::Fatal::io(&target, e))?;
    }
    Ok(())
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

/// Replaces the folder `out/<name>` with one holding exactly `files`, only
/// once all of them are written: they go to a temporary folder beside it,
/// which then takes the old folder's place. If anything fails, the previous
/// folder is left as it was.
pub fn replace_dir(out: &Path, name: &str, files: &[OutputFile]) -> Result<(), crate::Fatal> {
    std::fs::create_dir_all(out).map_err(|e| crate::Fatal::io(out, e))?;
    let staging = tempfile::Builder::new()
        .prefix(&format!(".{name}.new-"))
        .tempdir_in(out)
        .map_err(|e| crate::Fatal::io(out, e))?;
    // On failure `staging` is dropped, which removes the half-made folder.
    write_all(staging.path(), files)?;
    let staged = staging.keep();
    let target = out.join(name);
    if target.exists() {
        let old = out.join(format!(".{name}.old-{}", std::process::id()));
        std::fs::rename(&target, &old).map_err(|e| crate::Fatal::io(&target, e))?;
        if let Err(e) = std::fs::rename(&staged, &target) {
            // Put the previous packet back before reporting.
            let _ = std::fs::rename(&old, &target);
            let _ = std::fs::remove_dir_all(&staged);
            return Err(crate::Fatal::io(&target, e));
        }
        let _ = std::fs::remove_dir_all(&old);
    } else {
        std::fs::rename(&staged, &target).map_err(|e| crate::Fatal::io(&target, e))?;
    }
    Ok(())
}

/// A zip archive of `files` under a top folder `name`, with fixed
/// timestamps so the same packet gives the same bytes.
pub fn zip(name: &str, files: &[OutputFile]) -> Result<Vec<u8>, crate::Fatal> {
    use zip::write::SimpleFileOptions;
    let mut buf = std::io::Cursor::new(Vec::new());
    {
        let mut z = zip::ZipWriter::new(&mut buf);
        let options = SimpleFileOptions::default()
            .compression_method(zip::CompressionMethod::Deflated)
            .last_modified_time(zip::DateTime::default())
            .unix_permissions(0o644);
        for f in files {
            let path = format!("{name}/{}", f.path.to_string_lossy().replace('\\', "/"));
            z.start_file(path, options)
                .map_err(|e| crate::Fatal::io(Path::new(name), std::io::Error::other(e)))?;
            z.write_all(&f.bytes)
                .map_err(|e| crate::Fatal::io(Path::new(name), e))?;
        }
        z.finish()
            .map_err(|e| crate::Fatal::io(Path::new(name), std::io::Error::other(e)))?;
    }
    Ok(buf.into_inner())
}
