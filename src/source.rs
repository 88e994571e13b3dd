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
    line_starts: Vec<usize>,
}

impl SourceFile {
    fn new(name: String, path: PathBuf, text: String) -> Self {
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect();
        SourceFile {
            name,
            path,
            text,
            line_starts,
        }
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let offset = offset.min(self.text.len());
        let line = self.line_starts.partition_point(|&s| s <= offset) - 1;
        let start = self.line_starts[line];
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
        let Some(&start) = self.line_starts.get(line.saturating_sub(1)) else {
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
        let start = *self.line_starts.get(line_index)?;
        let end = self
            .line_starts
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
        let io_err = |e: std::io::Error| crate::Fatal::io(path, e);
        let file = std::fs::File::open(path).map_err(io_err)?;
        let len = file.metadata().map_err(io_err)?.len();
        if len > MAX_FILE_BYTES {
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
            return Ok(None);
        }
        let mut bytes = Vec::with_capacity(len as usize);
        // Read at most one byte past the limit, in case the file grew.
        file.take(MAX_FILE_BYTES + 1)
            .read_to_end(&mut bytes)
            .map_err(io_err)?;
        Ok(self.add_bytes(name, path.to_path_buf(), bytes, diags))
    }

    /// Decodes bytes read from a file and adds them. See the module docs for
    /// what is accepted.
    pub fn add_bytes(
        &mut self,
        name: String,
        path: PathBuf,
        mut bytes: Vec<u8>,
        diags: &mut Diagnostics,
    ) -> Option<FileId> {
        let mut had_bom = false;
        if bytes.starts_with(b"\xEF\xBB\xBF") {
            bytes.drain(..3);
            had_bom = true;
        }
        let text = match String::from_utf8(bytes) {
            Ok(text) => text,
            Err(err) => {
                let valid = err.utf8_error().valid_up_to();
                let bytes = err.into_bytes();
                // Show the text up to the bad byte so the position is exact.
                let prefix = String::from_utf8_lossy(&bytes[..valid]).into_owned();
                let mut shown = prefix.clone();
                let line_end = bytes[valid..]
                    .iter()
                    .position(|&b| b == b'\n')
                    .map(|p| valid + p)
                    .unwrap_or(bytes.len());
                shown.push_str(&String::from_utf8_lossy(&bytes[valid..line_end]));
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
                return None;
            }
        };
        let text = if text.contains('\r') {
            text.replace("\r\n", "\n")
        } else {
            text
        };
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
        Ok(f.line_starts.partition_point(|&s| s <= byte_index) - 1)
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
                max: f.line_starts.len() - 1,
            })
    }
}
