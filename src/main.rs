//! The `puente` binary: parse the command line, run, exit with the code.

use clap::Parser;

fn main() {
    let cli = puente::cli::Cli::parse();
    std::process::exit(puente::run(cli));
}
