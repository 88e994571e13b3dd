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
        dict_path: std::env::var_os("PUENTE_DICT_PATH")
            .map(|v| {
                std::env::split_paths(&v)
                    .filter(|p| !p.as_os_str().is_empty())
                    .collect()
            })
            .unwrap_or_default(),
    };
    std::process::exit(puente::run(cli, env));
}
