//! The workshop plan loader, scheduler and materials arithmetic.
#![no_main]
libfuzzer_sys::fuzz_target!(|data: &[u8]| {
    let root = puente_fuzz::project(puente_fuzz::MODULE.as_bytes(), puente_fuzz::EN.as_bytes(), puente_fuzz::ES.as_bytes());
    std::fs::write(root.join("plans/two-days.yaml"), data).unwrap();
    puente_fuzz::plan(&root);
});
