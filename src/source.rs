//! Every input file Puente reads, kept in memory so that diagnostics can show
//! a snippet of it.
//!
//! Reading is where the first line of defence sits: files over a size limit
//! are refused before they are read, invalid UTF-8 is reported with its line
//! and column, a byte-order mark is stripped (with a warning), and CRLF line
//! endings are turned into LF so that no value ever carries a `\r`. Removing
//! the `\r` before a `\n` keeps every line and column the same as the file on
//! disk, so reported positions stay right.

use std::io::Read;
use std::ops::Range;
use std::path::{Path, PathBuf};

use crate::diag::{Diagnostic, Diagnostics};

/// The largest input file Puente reads. Real modules and `.ftl` files are a
/// few dozen kilobytes; anything past this is a mistake or an attack.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;

/// Index of a file in a [`Sources`] map.
pub type FileId = usize;

/// One file's text and where its lines start.
#[derive(Debug)]
pub struct SourceFile {
    /// The path as the user should see it (relative to the project root when
    /// possible).
    pub name: String,
    /// The path on disk.
    pub path: PathBuf,
    /// The text, with a BOM removed and CRLF turned into LF.
    pub text: String,
    /// Where each line starts, found the first time a position is asked
    /// for: most files read in a run never need one.
    line_starts: std::sync::OnceLock<Vec<usize>>,
}

impl SourceFile {
    fn new(name: String, path: PathBuf, text: String) -> Self {
        SourceFile {
            name,
            path,
            text,
            line_starts: std::sync::OnceLock::new(),
        }
    }

    fn line_starts(&self) -> &[usize] {
        self.line_starts.get_or_init(|| {
            std::iter::once(0)
                .chain(self.text.match_indices('\n').map(|(i, _)| i + 1))
                .collect()
        })
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let starts = self.line_starts();
        let line = starts.partition_point(|&s| s <= offset) - 1;
        let start = starts[line];
        let col = self
            .text
            .get(start..offset)
            .map(|s| s.chars().count())
            .unwrap_or(offset - start);
        (line + 1, col + 1)
    }

    /// Byte offset of a 1-based line and column (in characters), clamped to
    /// the text.
    pub fn offset_of(&self, line: usize, col: usize) -> usize {
        let Some(&start) = self.line_starts().get(line.saturating_sub(1)) else {
            return self.text.len();
        };
        let line_text = &self.text[start..];
        let line_end = line_text.find('\n').unwrap_or(line_text.len());
        let within = line_text[..line_end]
            .char_indices()
            .nth(col.saturating_sub(1))
            .map(|(i, _)| i)
            .unwrap_or(line_end);
        start + within
    }

    fn line_range(&self, line_index: usize) -> Option<Range<usize>> {
        let starts = self.line_starts();
        let start = *starts.get(line_index)?;
        let end = starts
            .get(line_index + 1)
            .copied()
            .unwrap_or(self.text.len());
        Some(start..end)
    }
}

/// All the files read in one run. Diagnostics point into it by [`FileId`].
#[derive(Debug, Default)]
pub struct Sources {
    files: Vec<SourceFile>,
}

impl Sources {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds text that did not come from disk (used by tests and for
    /// embedded templates).
    pub fn add(&mut self, name: impl Into<String>, path: PathBuf, text: String) -> FileId {
        self.files.push(SourceFile::new(name.into(), path, text));
        self.files.len() - 1
    }

    pub fn get(&self, id: FileId) -> &SourceFile {
        &self.files[id]
    }

    /// Reads a text file. Problems with its *content* (invalid UTF-8, too
    /// large) become diagnostics and give `None`; an I/O failure is returned
    /// as an error, since there is nothing in the file to point at.
    pub fn read(
        &mut self,
        path: &Path,
        name: String,
        diags: &mut Diagnostics,
    ) -> Result<Option<FileId>, crate::Fatal> {
        let loaded = Loaded::from_file(path)?;
        Ok(self.add_loaded(name, path.to_path_buf(), loaded, diags))
    }

    /// Reads many files, on every core, and adds them in the order given
    /// (so file ids do not depend on which thread finished first). The
    /// first I/O failure, in that order, is returned.
    pub fn read_all(
        &mut self,
        files: Vec<(PathBuf, String)>,
        diags: &mut Diagnostics,
    ) -> Result<Vec<Option<FileId>>, crate::Fatal> {
        let loaded = crate::par::on_every_core(&files, |(path, _)| Loaded::from_file(path));
        let mut ids = Vec::with_capacity(files.len());
        for ((path, name), loaded) in files.into_iter().zip(loaded) {
            ids.push(self.add_loaded(name, path, loaded?, diags));
        }
        Ok(ids)
    }

    /// Reads and decodes files on every core, without adding them: each is
    /// then given to [`Sources::add_loaded`], in order.
    pub fn load_all(paths: &[&Path]) -> Vec<Result<Loaded, crate::Fatal>> {
        crate::par::on_every_core(paths, |p| Loaded::from_file(p))
    }

    /// Decodes bytes read from a file and adds them. See the module docs for
    /// what is accepted.
    pub fn add_bytes(
        &mut self,
        name: String,
        path: PathBuf,
        bytes: Vec<u8>,
        diags: &mut Diagnostics,
    ) -> Option<FileId> {
        self.add_loaded(name, path, Loaded::decode(bytes), diags)
    }

    /// Adds what was read, reporting what is wrong with it.
    pub fn add_loaded(
        &mut self,
        name: String,
        path: PathBuf,
        loaded: Loaded,
        diags: &mut Diagnostics,
    ) -> Option<FileId> {
        match loaded {
            Loaded::TooLarge(len) => {
                diags.push(
                    Diagnostic::error(
                        "file-too-large",
                        crate::msg!(
                            "file-too-large",
                            file = &name,
                            size = len,
                            max = MAX_FILE_BYTES
                        ),
                    )
                    .with_note(crate::msg!("file-too-large-note")),
                );
                None
            }
            Loaded::NotUtf8 {
                shown,
                valid,
                had_bom,
            } => {
                let id = self.add(name.clone(), path, shown);
                let offset_in_file = valid + if had_bom { 3 } else { 0 };
                diags.push(
                    Diagnostic::error(
                        "invalid-utf8",
                        crate::msg!("invalid-utf8", file = &name, offset = offset_in_file),
                    )
                    .at(
                        id,
                        valid..(valid + 1).min(self.get(id).text.len()),
                        crate::msg!("invalid-utf8-label"),
                    )
                    .with_note(crate::msg!("invalid-utf8-note")),
                );
                None
            }
            Loaded::Text { text, had_bom } => {
                let id = self.add(name.clone(), path, text);
                if had_bom {
                    diags.push(
                        Diagnostic::warning(
                            "byte-order-mark",
                            crate::msg!("byte-order-mark", file = &name),
                        )
                        .at(id, 0..0, crate::msg!("byte-order-mark-label"))
                        .with_note(crate::msg!("byte-order-mark-note")),
                    );
                }
                Some(id)
            }
        }
    }
}

/// A file read and decoded, not yet added: the part of reading that needs
/// no [`Sources`], so it can run on any thread.
pub enum Loaded {
    /// Over [`MAX_FILE_BYTES`]: left unread.
    TooLarge(u64),
    /// Not UTF-8: the text up to the end of the line with the bad byte
    /// (shown lossily), and where the valid part ends.
    NotUtf8 {
        shown: String,
        valid: usize,
        had_bom: bool,
    },
    Text {
        text: String,
        had_bom: bool,
    },
}

impl Loaded {
    fn from_file(path: &Path) -> Result<Loaded, crate::Fatal> {
        let io_err = |e: std::io::Error| crate::Fatal::io(path, e);
        let file = std::fs::File::open(path).map_err(io_err)?;
        let len = file.metadata().map_err(io_err)?.len();
        if len > MAX_FILE_BYTES {
            return Ok(Loaded::TooLarge(len));
        }
        let mut bytes = Vec::with_capacity(len as usize);
        // Read at most one byte past the limit, in case the file grew.
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io_err)?;
        Ok(Loaded::decode(bytes))
    }

    fn decode(mut bytes: Vec<u8>) -> Loaded {
        let mut had_bom = false;
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
            had_bom = true;
        }
        match String::from_utf8(bytes) {
            Ok(text) => {
                let text = if text.contains('\r') {
                    text.replace("\r\n", "\n")
                } else {
                    text
                };
                Loaded::Text { text, had_bom }
            }
            Err(err) => {
                let valid = err.utf8_error().valid_up_to();
                let bytes = err.into_bytes();
                // Show the text up to the bad byte so the position is exact.
                let mut shown = String::from_utf8_lossy(&bytes[..valid]).into_owned();
                let line_end = bytes[valid..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map(|p| valid + p)
                    .unwrap_or(bytes.len());
                shown.push_str(&String::from_utf8_lossy(&bytes[valid..line_end]));
                Loaded::NotUtf8 {
                    shown,
                    valid,
                    had_bom,
                }
            }
        }
    }
}

impl<'a> codespan_reporting::files::Files<'a> for Sources {
    type FileId = FileId;
    type Name = &'a str;
    type Source = &'a str;

    fn name(&'a self, id: FileId) -> Result<&'a str, codespan_reporting::files::Error> {
        self.files
            .get(id)
            .map(|f| f.name.as_str())
            .ok_or(codespan_reporting::files::Error::FileMissing)
    }

    fn source(&'a self, id: FileId) -> Result<&'a str, codespan_reporting::files::Error> {
        self.files
            .get(id)
            .map(|f| f.text.as_str())
            .ok_or(codespan_reporting::files::Error::FileMissing)
    }

    fn line_index(
        &'a self,
        id: FileId,
        byte_index: usize,
    ) -> Result<usize, codespan_reporting::files::Error> {
        let f = self
            .files
            .get(id)
            .ok_or(codespan_reporting::files::Error::FileMissing)?;
        Ok(f.line_starts().partition_point(|&s| s <= byte_index) - 1)
    }

    fn line_range(
        &'a self,
        id: FileId,
        line_index: usize,
    ) -> Result<Range<usize>, codespan_reporting::files::Error> {
        let f = self
            .files
            .get(id)
            .ok_or(codespan_reporting::files::Error::FileMissing)?;
        f.line_range(line_index)
            .ok_or(codespan_reporting::files::Error::LineTooLarge {
                given: line_index,
                max: f.line_starts().len() - 1,
            })
    }
}
