//! `puente serve`: bind, print where the preview is, serve until stopped.

use std::net::SocketAddr;
use std::path::Path;

use crate::cli::ServeArgs;
use crate::serve::{router, watch, Config, State};

/// Events closer together than this make one rebuild.
const DEBOUNCE: std::time::Duration = std::time::Duration::from_millis(30);

pub fn run(root: &Path, args: &ServeArgs, env: &super::Env) -> Result<i32, crate::Fatal> {
    if !root.is_dir() {
        return Err(crate::Fatal::Usage(
            crate::msg!("usage-root-not-a-folder", path = root).into_string(),
        ));
    }
    let root = root.canonicalize().map_err(|e| crate::Fatal::io(root, e))?;
    let addr = SocketAddr::new(args.bind, args.port);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .map_err(|e| crate::Fatal::io(&root, e))?;
    runtime.block_on(async {
        let listener = tokio::net::TcpListener::bind(addr).await.map_err(|e| {
            if e.kind() == std::io::ErrorKind::AddrInUse {
                crate::Fatal::Usage(
                    crate::msg!(
                        "serve-port-in-use",
                        port = args.port,
                        address = args.bind.to_string()
                    )
                    .into_string(),
                )
            } else {
                crate::Fatal::Usage(
                    crate::msg!(
                        "serve-cannot-listen",
                        address = addr.to_string(),
                        error = e.to_string()
                    )
                    .into_string(),
                )
            }
        })?;
        if !args.bind.is_loopback() {
            eprintln!(
                "{}",
                crate::msg!("serve-network-warning", address = addr.to_string())
            );
        }
        let state = State::new(Config {
            root: root.clone(),
            editor: args.editor.clone(),
            pdf_workers: std::thread::available_parallelism()
                .map(|n| n.get())
                .unwrap_or(1),
            pdf_queue: 64,
            // A packet renders on every core already; two at once bound
            // the memory, and the rest wait.
            packet_workers: 2,
            options: env.options(),
        });
        let first = state.snapshot();
        if !first.problems.is_empty() {
            eprintln!(
                "{}",
                crate::msg!("serve-first-problems", count = first.problems.len())
            );
        }
        let _watcher = watch(state.clone(), DEBOUNCE)?;
        let url = format!("http://{addr}/");
        println!("{}", crate::msg!("serve-started", path = &root, url = &url));
        if args.open {
            open_browser(&url);
        }
        axum::serve(listener, router(state))
            .await
            .map_err(|e| crate::Fatal::io(&root, e))?;
        Ok(0)
    })
}

fn open_browser(url: &str) {
    let opener = if cfg!(target_os = "macos") {
        "open"
    } else if cfg!(windows) {
        "explorer"
    } else {
        "xdg-open"
    };
    if std::process::Command::new(opener).arg(url).spawn().is_err() {
        eprintln!("{}", crate::msg!("serve-no-browser", url = url));
    }
}
