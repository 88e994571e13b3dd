//! A translation file: the checker (`puente check`), then parsing,
//! fallback, formatting and HTML.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let root = puente_fuzz::project(puente_fuzz::MODULE.as_bytes(), puente_fuzz::EN.as_bytes(), data);
    puente_fuzz::check(&root);
    puente_fuzz::build_html(&root);
});
