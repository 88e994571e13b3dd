//! Puente's integration tests: one test binary, a module per feature. Each
//! test copies a fixture project to a temporary folder, runs the real
//! `puente` binary on it, and checks what a user would check.

mod support;

mod browser;
mod build;
mod cdp;
mod check;
mod codes;
mod errors;
mod export;
mod fuzz_regressions;
mod hardening;
mod interop;
mod layering;
mod local;
mod packet;
mod parity;
mod pdf;
mod planner;
mod pseudo;
mod regression;
mod serve;
mod shipped;
mod site;
mod site_packets;
mod spell;
mod sync;
mod toolbox;
mod ui_lang;
mod validation;
