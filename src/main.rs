//! The `puente` binary: parse the command line, run, exit with the code.

use clap::Parser;

fn main() {
    let cli = puente::cli::Cli::parse();
    // The environment is read here, once, and passed down.
    let env = puente::commands::Env {
        source_date_epoch: std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse().ok()),
        fail_after_writes: std::env::var("PUENTE_TEST_FAIL_AFTER_WRITES")
            .ok()
            .and_then(|v| v.parse().ok()),
        build_id: build_id(),
    };
    std::process::exit(puente::run(cli, env));
}

/// This binary's size and modification time, hashed: another build of
/// Puente gets another id (see `pipeline::Options::build_id`).
fn build_id() -> u64 {
    use std::hash::{Hash, Hasher};
    let Some(meta) = std::env::current_exe()
        .ok()
        .and_then(|p| std::fs::metadata(p).ok())
    else {
        return 0;
    };
    let Ok(modified) = meta.modified() else {
        return 0;
    };
    let mut h = std::collections::hash_map::DefaultHasher::new();
    (meta.len(), modified, env!("CARGO_PKG_VERSION")).hash(&mut h);
    h.finish().max(1)
}
