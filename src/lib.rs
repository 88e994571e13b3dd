//! Puente: a multilingual popular-education curriculum toolkit.
//!
//! Data flows one way through plain functions over plain data:
//!
//! 1. **load** ([`project`], [`curriculum`], [`l10n::store`], [`source`]):
//!    YAML modules and Fluent files are read once and kept for snippets;
//! 2. **validate** ([`curriculum::validate`]): every problem is collected in
//!    a [`diag::Diagnostics`], not just the first;
//! 3. **localize** ([`localize`]): one module in one locale becomes a plain,
//!    owned, serialisable model, and every fallback is recorded;
//! 4. **render** ([`render`]): Tera for HTML;
//! 5. **write** ([`output`]): atomically, and only when nothing failed.

pub mod cli;
pub mod codes;
pub mod commands;
pub mod curriculum;
pub mod diag;
pub mod ids;
pub mod l10n;
pub mod localize;
pub mod output;
pub mod packet;
pub mod par;
pub mod pipeline;
pub mod project;
pub mod render;
pub mod serve;
pub mod site;
pub mod source;
pub mod ui;
pub mod workspace;

use std::path::{Path, PathBuf};

/// An error that stops a command: bad usage or a failing file system. These
/// exit with code 2. Problems in the user's content are diagnostics instead,
/// and exit with code 1.
#[derive(Debug)]
pub enum Fatal {
    Usage(String),
    Io {
        path: PathBuf,
        error: std::io::Error,
    },
}

impl Fatal {
    pub fn io(path: &Path, error: std::io::Error) -> Fatal {
        Fatal::Io {
            path: path.to_path_buf(),
            error,
        }
    }
}

impl std::error::Error for Fatal {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            Fatal::Usage(_) => None,
            Fatal::Io { error, .. } => Some(error),
        }
    }
}

impl std::fmt::Display for Fatal {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Fatal::Usage(msg) => write!(f, "{msg}"),
            Fatal::Io { path, error } => write!(
                f,
                "{}",
                crate::msg!("fatal-io", path = path, error = error.to_string())
            ),
        }
    }
}

/// A path as the user should see it: relative to the project root when it
/// lies inside it.
pub fn display_path(path: &Path, root: &Path) -> String {
    path.strip_prefix(root)
        .unwrap_or(path)
        .to_string_lossy()
        .replace('\\', "/")
}

/// Runs a parsed command line and returns the exit code. `env` is what the
/// binary read from the environment; nothing below reads it again.
pub fn run(cli: cli::Cli, env: commands::Env) -> i32 {
    let result = match &cli.command {
        cli::Command::List(_) => commands::list::run(&cli.root),
        cli::Command::Build(args) => commands::build::run(&cli.root, args, &env),
        cli::Command::Packet(args) => commands::packet::run(&cli.root, args, &env),
        cli::Command::Check(args) => commands::check::run(&cli.root, args, &env),
        cli::Command::Status(args) => commands::status::run(&cli.root, args),
        cli::Command::Sync(args) => commands::sync::run(&cli.root, args),
        cli::Command::Review(args) => commands::review::run(&cli.root, args),
        cli::Command::Serve(args) => commands::serve::run(&cli.root, args, &env),
        cli::Command::Site(args) => commands::site::run(&cli.root, args, &env),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("{}: {e}", crate::msg!("usage-error"));
            2
        }
    }
}
