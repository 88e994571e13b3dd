//! `puente serve`, over HTTP: the pages at build's paths, live rebuilds,
//! the problems of a broken file, what is never served, and load.
//! (The browser side is in `browser.rs`.)

use std::io::{Read, Write};
use std::net::TcpStream;
use std::time::{Duration, Instant};

use crate::support::{Project, Server};

/// A raw GET, so that paths reach the server exactly as written (no client
/// normalises `..` or percent-escapes here).
pub fn get(port: u16, path: &str) -> (u16, Vec<u8>) {
    request(
        port,
        &format!("GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"),
    )
}

pub fn request(port: u16, raw: &str) -> (u16, Vec<u8>) {
    let mut s = TcpStream::connect(("127.0.0.1", port)).expect("server listens");
    s.set_read_timeout(Some(Duration::from_secs(60))).unwrap();
    s.write_all(raw.as_bytes()).unwrap();
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let head_end = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| p + 4)
        .unwrap_or(buf.len());
    let head = String::from_utf8_lossy(&buf[..head_end]).to_string();
    let code = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    let mut body = buf[head_end..].to_vec();
    if head
        .to_ascii_lowercase()
        .contains("transfer-encoding: chunked")
    {
        body = dechunk(&body);
    }
    (code, body)
}

fn dechunk(mut b: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    while let Some(nl) = b.windows(2).position(|w| w == b"\r\n") {
        let size = usize::from_str_radix(String::from_utf8_lossy(&b[..nl]).trim(), 16).unwrap_or(0);
        if size == 0 {
            break;
        }
        out.extend_from_slice(&b[nl + 2..nl + 2 + size]);
        b = &b[nl + 2 + size + 2..];
    }
    out
}

pub fn get_text(port: u16, path: &str) -> String {
    let (code, body) = get(port, path);
    assert_eq!(code, 200, "GET {path}: {}", String::from_utf8_lossy(&body));
    String::from_utf8(body).unwrap()
}

/// Waits until `f` holds, or fails after `secs` seconds.
#[track_caller]
pub fn eventually(secs: u64, what: &str, mut f: impl FnMut() -> bool) {
    let until = Instant::now() + Duration::from_secs(secs);
    while Instant::now() < until {
        if f() {
            return;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    panic!("timed out waiting for: {what}");
}

#[test]
fn the_home_page_links_every_page_at_the_paths_build_writes() {
    let p = Project::fixture("basic");
    let s = Server::start(&p);
    let home = get_text(s.port, "/");
    for link in [
        "/sample/en/guide.html",
        "/sample/es/guide.html",
        "/sample/es/guide.pdf",
        "/sample/en-XA/guide.html",
        "/sample/es+en/guide.pdf",
    ] {
        assert!(
            home.contains(&format!("href=\"{link}\"")),
            "no link to {link} in:\n{home}"
        );
    }
    // Every page the home page links is there.
    let build = p.run(&[
        "build", "--lang", "en", "--lang", "es", "--format", "html", "--out", "out",
    ]);
    build.expect_code(0);
    for f in ["sample/en/guide.html", "sample/es/guide.html"] {
        assert!(p.exists(&format!("out/{f}")), "build writes {f}");
        let page = get_text(s.port, &format!("/{f}"));
        assert!(page.contains("data-msg=\"module-title\""), "{page}");
    }
}

#[test]
fn an_edit_is_served_after_the_rebuild_and_a_broken_file_keeps_the_last_good_page() {
    let p = Project::fixture("basic");
    let s = Server::start(&p);
    let before = get_text(s.port, "/sample/es/guide.html");
    assert!(before.contains("Taller de ejemplo"), "{before}");
    p.edit(
        "locales/es/sample.ftl",
        "module-title = Taller de ejemplo",
        "module-title = Taller editado",
    );
    eventually(10, "the edited title", || {
        get_text(s.port, "/sample/es/guide.html").contains("Taller editado")
    });
    // A syntax error: the page stays, the state names the file and line.
    let good = p.read("locales/es/sample.ftl");
    p.write("locales/es/sample.ftl", &format!("{good}\nroto = {{ $x\n"));
    eventually(10, "the problem in the state", || {
        get_text(s.port, "/_puente/state").contains("locales/es/sample.ftl:")
    });
    assert!(get_text(s.port, "/sample/es/guide.html").contains("Taller editado"));
    let state = get_text(s.port, "/_puente/state");
    assert!(state.contains("ftl-syntax"), "{state}");
    p.write("locales/es/sample.ftl", &good);
    eventually(10, "no problem left", || {
        get_text(s.port, "/_puente/state").contains("\"problems\":[]")
    });
}

#[test]
fn nothing_outside_the_rendered_outputs_is_served() {
    let p = Project::fixture("basic");
    std::fs::write(p.path("secret.txt"), "do not serve").unwrap();
    #[cfg(unix)]
    std::os::unix::fs::symlink("/etc/passwd", p.path("locales/es/link.html")).unwrap();
    let s = Server::start(&p);
    for path in [
        "/../secret.txt",
        "/%2e%2e/secret.txt",
        "/sample/es/..%2f..%2fsecret.txt",
        "/sample/%2e%2e/%2e%2e/secret.txt",
        "/sample/es/%2fetc%2fpasswd",
        "//etc/passwd",
        "/secret.txt",
        "/curricula/sample/module.yaml",
        "/locales/es/sample.ftl",
        "/locales/es/link.html",
        "/sample/es/guide.html/..",
        "/sample/es/..\\..\\secret.txt",
        "/C:/Windows/win.ini",
    ] {
        let (code, body) = get(s.port, path);
        assert!(
            code == 404 || code == 400,
            "{path} answered {code}: {}",
            String::from_utf8_lossy(&body)
        );
        let body = String::from_utf8_lossy(&body);
        assert!(
            !body.contains("do not serve") && !body.contains("root:"),
            "{path}"
        );
    }
    // A hostile or oversized request gets a 4xx, and the server keeps serving.
    let long = format!("/{}", "a".repeat(10_000));
    assert_eq!(get(s.port, &long).0, 414);
    let (code, _) = request(
        s.port,
        "POST /sample/es/guide.html HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello",
    );
    assert_eq!(code, 405);
    let (code, _) = request(s.port, "GARBAGE\r\n\r\n");
    assert!((400..500).contains(&code), "{code}");
    assert_eq!(get(s.port, "/sample/es/guide.html").0, 200);
}

#[test]
fn serving_writes_nothing_into_the_project() {
    let p = Project::fixture("basic");
    let before = listing(p.root());
    let s = Server::start(&p);
    get_text(s.port, "/");
    get_text(s.port, "/sample/es/guide.html");
    assert_eq!(get(s.port, "/sample/es/guide.pdf").0, 200);
    drop(s);
    assert_eq!(listing(p.root()), before);
}

fn listing(root: &std::path::Path) -> Vec<(String, u64)> {
    let mut out = Vec::new();
    let mut stack = vec![root.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let path = e.path();
            let meta = std::fs::symlink_metadata(&path).unwrap();
            if meta.is_dir() {
                stack.push(path.clone());
            }
            out.push((path.to_string_lossy().into_owned(), meta.len()));
        }
    }
    out.sort();
    out
}

#[test]
fn a_port_in_use_is_named() {
    let taken = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = taken.local_addr().unwrap().port();
    let p = Project::fixture("basic");
    let run = p.run(&["serve", "--port", &port.to_string()]);
    run.expect_code(2)
        .stderr_has(&[&format!("port {port}"), "already in use", "--port"]);
}

#[test]
fn build_output_carries_no_preview_script_or_in_context_marks() {
    let p = Project::fixture("basic");
    p.run(&["build", "--lang", "en", "--lang", "es", "--out", "out"])
        .expect_code(0);
    for f in ["out/sample/en/guide.html", "out/sample/es/guide.html"] {
        let html = p.read(f);
        for banned in [
            "_puente",
            "data-msg",
            "puente-config",
            "EventSource",
            "\u{E000}",
        ] {
            assert!(!html.contains(banned), "{f} carries {banned:?}");
        }
    }
}

#[test]
fn many_requests_for_a_guide_pdf_are_all_served() {
    let p = Project::shipped();
    let s = Server::start(&p);
    let port = s.port;
    // 24 requests, 12 at a time.
    for _ in 0..2 {
        let handles: Vec<_> = (0..12)
            .map(|_| std::thread::spawn(move || get(port, "/rights-at-borders/es/guide.pdf")))
            .collect();
        for h in handles {
            let (code, body) = h.join().unwrap();
            assert_eq!(code, 200);
            assert!(body.starts_with(b"%PDF-"));
        }
    }
    assert_eq!(get(port, "/").0, 200);
    if let Some(peak) = s.peak_memory_mib() {
        assert!(peak < 1536.0, "peak memory {peak:.0} MiB");
    }
}

#[test]
fn a_translation_outdated_since_its_review_is_outlined_in_context() {
    let p = Project::fixture("basic");
    p.run(&["review", "--lang", "es", "--all"]).expect_code(0);
    p.edit(
        "locales/en/sample.ftl",
        "module-title = Sample Workshop",
        "module-title = Sample Workshop, revised",
    );
    let s = Server::start(&p);
    let page = get_text(s.port, "/sample/es/guide.html");
    let span = |id: &str| -> String {
        let at = page
            .find(&format!("data-msg=\"{id}\""))
            .unwrap_or_else(|| panic!("no span for {id}"));
        page[at..at + page[at..].find('>').unwrap()].to_string()
    };
    assert!(
        span("module-title").contains("data-state=\"outdated\""),
        "{}",
        span("module-title")
    );
    assert!(
        !span("module-summary").contains("data-state"),
        "{}",
        span("module-summary")
    );
}
