//! Puente's integration tests: one test binary, a module per feature. Each
//! test copies a fixture project to a temporary folder, runs the real
//! `puente` binary on it, and checks what a user would check.

mod support;

mod browser;
mod build;
mod check;
mod errors;
mod fuzz_regressions;
mod hardening;
mod layering;
mod packet;
mod parity;
mod pdf;
mod pseudo;
mod serve;
mod shipped;
mod site;
mod sync;
mod toolbox;
