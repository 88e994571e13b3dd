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

/// Where a pipeline puts each document as soon as it is made, so that no
/// run holds all its outputs in memory: a staging folder for the command
/// line ([`Staging`]), memory for the server (`Vec<OutputFile>`).
pub trait Sink: Send {
    fn put(&mut self, file: OutputFile) -> Result<(), crate::Fatal>;
}

impl Sink for Vec<OutputFile> {
    fn put(&mut self, file: OutputFile) -> Result<(), crate::Fatal> {
        self.push(file);
        Ok(())
    }
}

/// A sink that only counts: for renders whose bytes are not wanted (a
/// packet needs every document's page count, but writes PDFs only when
/// asked).
#[derive(Default)]
pub struct Discard;

impl Sink for Discard {
    fn put(&mut self, _file: OutputFile) -> Result<(), crate::Fatal> {
        Ok(())
    }
}

/// A staging folder inside the output folder. Files are written into it as
/// they arrive; [`Staging::publish`] then renames each over its final name
/// (for `build`), or [`Staging::replace_dir`] swaps the whole folder in (for
/// `packet`). Dropped without either, it is removed, and every previous
/// output is as it was.
pub struct Staging {
    out: PathBuf,
    /// Made when the first file arrives, so that a run that fails before
    /// writing anything leaves no trace, not even an empty output folder.
    dir: Option<tempfile::TempDir>,
    /// Whether this run made the output folder (removed again, if still
    /// empty, when the run fails).
    made_out: bool,
    paths: Vec<PathBuf>,
    /// Folders made inside the staging folder so far.
    made: std::collections::HashSet<PathBuf>,
    /// Fail after this many files, as a crash would: the fault tests use it
    /// to show that previous outputs survive an interrupted run.
    fail_after: Option<usize>,
}

impl Staging {
    pub fn new(out: &Path, fail_after: Option<usize>) -> Result<Staging, crate::Fatal> {
        if out.exists() && !out.is_dir() {
            return Err(crate::Fatal::io(
                out,
                std::io::Error::other("exists and is not a folder"),
            ));
        }
        Ok(Staging {
            out: out.to_path_buf(),
            dir: None,
            made_out: false,
            paths: Vec::new(),
            made: Default::default(),
            fail_after,
        })
    }

    fn dir(&mut self) -> Result<PathBuf, crate::Fatal> {
        if let Some(d) = &self.dir {
            return Ok(d.path().to_path_buf());
        }
        if !self.out.is_dir() {
            std::fs::create_dir_all(&self.out).map_err(|e| crate::Fatal::io(&self.out, e))?;
            self.made_out = true;
        }
        let dir = tempfile::Builder::new()
            .prefix(".puente-staging-")
            .tempdir_in(&self.out)
            .map_err(|e| crate::Fatal::io(&self.out, e))?;
        let path = dir.path().to_path_buf();
        self.dir = Some(dir);
        Ok(path)
    }

    /// The files staged so far, relative to the output folder, in the order
    /// they arrived.
    pub fn paths(&self) -> &[PathBuf] {
        &self.paths
    }

    /// Moves every staged file over its final name under the output folder.
    /// A folder the output does not have yet moves in with one rename (a
    /// fresh build of thousands of pages is a few renames, not one a page);
    /// into a folder it has, each entry moves on its own, so that files this
    /// run did not make stay where they are.
    pub fn publish(mut self) -> Result<Vec<PathBuf>, crate::Fatal> {
        let staged = self.dir()?;
        let paths: Vec<&Path> = self.paths.iter().map(PathBuf::as_path).collect();
        move_into(&staged, &self.out, Path::new(""), &paths)?;
        self.made_out = false;
        Ok(std::mem::take(&mut self.paths))
    }

    /// Makes the staged files the whole content of `out/<name>`, replacing
    /// the previous folder only once the new one is complete. With `zip`,
    /// also writes `out/<name>.zip` (entries in name order, fixed
    /// timestamps), read back from the staged files.
    pub fn replace_dir(mut self, name: &str, zip: bool) -> Result<Vec<PathBuf>, crate::Fatal> {
        let staged_path = self.dir()?;
        if zip {
            let mut files = Vec::new();
            let mut sorted = self.paths.clone();
            sorted.sort();
            for p in &sorted {
                let path = staged_path.join(p);
                let bytes = std::fs::read(&path).map_err(|e| crate::Fatal::io(&path, e))?;
                files.push(OutputFile {
                    path: p.clone(),
                    bytes,
                });
            }
            let bytes = self::zip(name, &files)?;
            drop(files);
            write_atomic(&self.out.join(format!("{name}.zip")), &bytes)?;
        }
        let staged = match self.dir.take() {
            Some(d) => d.keep(),
            None => staged_path,
        };
        self.made_out = false;
        let target = self.out.join(name);
        if target.exists() {
            let old = self.out.join(format!(".{name}.old-{}", std::process::id()));
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
        Ok(std::mem::take(&mut self.paths))
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        // A run that did not publish: its staging folder goes (TempDir's own
        // drop), and so does an output folder it made, if nothing else is in
        // it.
        if let Some(d) = self.dir.take() {
            let _ = d.close();
        }
        if self.made_out {
            let _ = std::fs::remove_dir(&self.out);
        }
    }
}

impl Sink for Staging {
    fn put(&mut self, file: OutputFile) -> Result<(), crate::Fatal> {
        if self.fail_after.is_some_and(|l| self.paths.len() >= l) {
            return Err(crate::Fatal::io(
                &self.out.join(&file.path),
                std::io::Error::other("simulated failure (PUENTE_TEST_FAIL_AFTER_WRITES)"),
            ));
        }
        let path = self.dir()?.join(&file.path);
        if let Some(parent) = path.parent() {
            // Thousands of pages share a few folders: make each once.
            if !self.made.contains(parent) {
                std::fs::create_dir_all(parent).map_err(|e| crate::Fatal::io(parent, e))?;
                self.made.insert(parent.to_path_buf());
            }
        }
        std::fs::write(&path, &file.bytes).map_err(|e| crate::Fatal::io(&path, e))?;
        self.paths.push(file.path);
        Ok(())
    }
}

/// Moves the staged `paths` (relative to both folders, all under `prefix`)
/// from `staged` into `out`: see [`Staging::publish`].
fn move_into(
    staged: &Path,
    out: &Path,
    prefix: &Path,
    paths: &[&Path],
) -> Result<(), crate::Fatal> {
    let mut folders: std::collections::BTreeMap<&std::ffi::OsStr, Vec<&Path>> = Default::default();
    for &p in paths {
        let mut rest = p.strip_prefix(prefix).unwrap_or(p).components();
        match (rest.next(), rest.next()) {
            (Some(first), Some(_)) => folders.entry(first.as_os_str()).or_default().push(p),
            _ => {
                let target = out.join(p);
                std::fs::rename(staged.join(p), &target)
                    .map_err(|e| crate::Fatal::io(&target, e))?;
            }
        }
    }
    for (name, inside) in folders {
        let folder = prefix.join(name);
        let target = out.join(&folder);
        let absent = matches!(std::fs::symlink_metadata(&target),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound);
        // Made by someone else in the meantime: go file by file after all.
        if absent && std::fs::rename(staged.join(&folder), &target).is_ok() {
            continue;
        }
        std::fs::create_dir_all(&target).map_err(|e| crate::Fatal::io(&target, e))?;
        move_into(staged, out, &folder, &inside)?;
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

#[cfg(test)]
mod tests {
    use super::*;

    fn put(s: &mut Staging, path: &str, text: &str) {
        s.put(OutputFile {
            path: PathBuf::from(path),
            bytes: text.as_bytes().to_vec(),
        })
        .unwrap();
    }

    #[test]
    fn publishing_moves_new_folders_whole_and_leaves_other_files_alone() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        std::fs::create_dir_all(out.join("m/en")).unwrap();
        std::fs::write(out.join("m/en/mine.txt"), "a facilitator's note").unwrap();
        std::fs::write(out.join("m/en/guide.html"), "old guide").unwrap();
        let mut s = Staging::new(&out, None).unwrap();
        put(&mut s, "m/en/guide.html", "new guide");
        put(&mut s, "m/es/guide.html", "guía");
        put(&mut s, "m/es/handout-a.html", "folleto");
        put(&mut s, "n/en/deep/cards.html", "cards");
        put(&mut s, "index.html", "home");
        let paths = s.publish().unwrap();
        assert_eq!(paths.len(), 5, "every staged file is reported, in order");
        assert_eq!(paths[0], PathBuf::from("m/en/guide.html"));
        let read = |p: &str| std::fs::read_to_string(out.join(p)).unwrap();
        assert_eq!(read("m/en/mine.txt"), "a facilitator's note");
        assert_eq!(read("m/en/guide.html"), "new guide");
        assert_eq!(read("m/es/guide.html"), "guía");
        assert_eq!(read("m/es/handout-a.html"), "folleto");
        assert_eq!(read("n/en/deep/cards.html"), "cards");
        assert_eq!(read("index.html"), "home");
        let left: Vec<_> = std::fs::read_dir(&out)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .filter(|n| n.starts_with('.'))
            .collect();
        assert!(left.is_empty(), "the staging folder is gone: {left:?}");
    }

    #[test]
    fn a_file_where_a_folder_goes_is_an_error_and_nothing_else_is_lost() {
        let tmp = tempfile::tempdir().unwrap();
        let out = tmp.path().join("out");
        std::fs::create_dir_all(&out).unwrap();
        std::fs::write(out.join("m"), "in the way").unwrap();
        let mut s = Staging::new(&out, None).unwrap();
        put(&mut s, "m/en/guide.html", "guide");
        assert!(s.publish().is_err());
        assert_eq!(
            std::fs::read_to_string(out.join("m")).unwrap(),
            "in the way"
        );
    }
}
