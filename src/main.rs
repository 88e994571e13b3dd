//! The `puente` binary: choose the interface language, parse the command
//! line, run, exit with the code.

/// mimalloc instead of the system allocator: loading a large project makes
/// millions of small allocations on both cores, and glibc's per-thread arenas
/// spent a quarter of `check`'s time in `malloc`, `free` and the kernel's page
/// bookkeeping (see BENCHMARKS.md).
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() {
    // The interface language must be known before clap renders help or an
    // error, so `--ui-lang` is found in the raw arguments first.
    let args: Vec<std::ffi::OsString> = std::env::args_os().collect();
    let flag = puente::ui::cli::ui_lang_arg(&args);
    let var = |name: &str| std::env::var(name).ok();
    let (lc_all, lc_messages, lang) = (var("LC_ALL"), var("LC_MESSAGES"), var("LANG"));
    let chosen = puente::ui::choose(
        flag.as_deref(),
        [lc_all.as_deref(), lc_messages.as_deref(), lang.as_deref()],
    );
    let cli = match chosen {
        Ok(lang) => {
            puente::ui::set_lang(lang);
            puente::ui::cli::parse(args)
        }
        Err(unknown) => {
            // Said in the language of the environment, if Puente speaks it.
            let fallback = puente::ui::choose(
                None,
                [lc_all.as_deref(), lc_messages.as_deref(), lang.as_deref()],
            );
            puente::ui::set_lang(fallback.unwrap_or(puente::ui::Lang::En));
            puente::ui::cli::unknown_ui_lang(&unknown)
        }
    };
    // The environment is read here, once, and passed down.
    let env = puente::commands::Env {
        source_date_epoch: std::env::var("SOURCE_DATE_EPOCH")
            .ok()
            .and_then(|s| s.trim().parse().ok()),
        fail_after_writes: std::env::var("PUENTE_TEST_FAIL_AFTER_WRITES")
            .ok()
            .and_then(|v| v.parse().ok()),
        build_id: build_id(),
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
