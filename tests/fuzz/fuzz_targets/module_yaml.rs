//! The module YAML loader and validator, then localize and render.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let root = puente_fuzz::project(data, puente_fuzz::EN.as_bytes(), puente_fuzz::ES.as_bytes());
    puente_fuzz::build_html(&root);
});
