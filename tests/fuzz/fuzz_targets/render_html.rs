//! The whole localize-and-render-HTML path on small projects: the input is
//! split into a module YAML and its English text at the first NUL byte.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let (module, en) = match data.iter().position(|b| *b == 0) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, puente_fuzz::EN.as_bytes()),
    };
    let root = puente_fuzz::project(module, en, puente_fuzz::ES.as_bytes());
    puente_fuzz::build_html(&root);
});
