//! Benchmark (not a timed test): from saving a one-message edit to the
//! updated page, in `puente serve` on a copy of the shipped project.
//!
//! ```sh
//! cargo bench --bench serve
//! ```
//!
//! Each round changes the Spanish title of Rights at Borders, waits for the
//! server's "new build" event on its event stream (the one open pages
//! listen to), then fetches the page and checks that it shows the new text.
//! The time is from just before the file is written to the page in hand.

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

#[allow(dead_code)] // each bench uses part of it
mod common;
use common::*;

fn get(port: u16, path: &str) -> String {
    let mut s = TcpStream::connect(("127.0.0.1", port)).unwrap();
    write!(
        s,
        "GET {path} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"
    )
    .unwrap();
    let mut out = String::new();
    s.read_to_string(&mut out).unwrap();
    out
}

fn main() {
    let repo = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    for sub in ["curricula", "locales", "templates", "plans"] {
        if repo.join(sub).is_dir() {
            copy_dir(&repo.join(sub), &dir.path().join(sub));
        }
    }
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let mut child = Command::new(env!("CARGO_BIN_EXE_puente"))
        .arg("--root")
        .arg(dir.path())
        .args(["serve", "--port", &port.to_string()])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let started = Instant::now();
    let mut events = loop {
        if let Ok(s) = TcpStream::connect(("127.0.0.1", port)) {
            break s;
        }
        assert!(
            started.elapsed() < Duration::from_secs(60),
            "server did not start"
        );
        std::thread::sleep(Duration::from_millis(20));
    };
    println!(
        "first build and listening: {:.0} ms",
        started.elapsed().as_secs_f64() * 1000.0
    );
    write!(events, "GET /_puente/events HTTP/1.1\r\nHost: x\r\n\r\n").unwrap();
    let mut events = BufReader::new(events);
    let mut next_generation = || -> u64 {
        let mut line = String::new();
        loop {
            line.clear();
            events.read_line(&mut line).unwrap();
            if let Some(data) = line.strip_prefix("data: ") {
                let v: serde_json::Value = serde_json::from_str(data.trim()).unwrap();
                return v["generation"].as_u64().unwrap();
            }
        }
    };
    let mut gen = next_generation();
    let ftl = dir.path().join("locales/es/rights-at-borders.ftl");
    let original = std::fs::read_to_string(&ftl).unwrap();
    let title = original
        .lines()
        .find(|l| l.starts_with("module-title = "))
        .unwrap()
        .to_string();
    let mut times = Vec::new();
    for round in 0..15 {
        let new_title = format!("module-title = Derechos en las fronteras {round}");
        let text = original.replacen(&title, &new_title, 1);
        let t = Instant::now();
        std::fs::write(&ftl, text).unwrap();
        loop {
            let g = next_generation();
            if g > gen {
                gen = g;
                break;
            }
        }
        let page = get(port, "/rights-at-borders/es/guide.html");
        let ms = t.elapsed().as_secs_f64() * 1000.0;
        assert!(page.contains(&format!("Derechos en las fronteras {round}")));
        times.push(ms);
        std::thread::sleep(Duration::from_millis(150));
    }
    let _ = child.kill();
    let _ = child.wait();
    times.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!(
        "one-message edit to updated page, {} rounds: min {:.0} ms, median {:.0} ms, max {:.0} ms (target: 300 ms)",
        times.len(),
        times[0],
        times[times.len() / 2],
        times[times.len() - 1]
    );
}
