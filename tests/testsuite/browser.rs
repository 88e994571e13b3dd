//! The preview in a real Chromium (Debian's `chromium`, installed by
//! `tests/setup.sh`), driven over the DevTools protocol: what a translator
//! sees while editing.

use std::path::PathBuf;

use crate::cdp::{Browser, Tab};
use crate::serve::eventually;
use crate::support::{repo, Project, Server};

/// Where Chromium is: `PUENTE_CHROMIUM`, or Debian's path.
fn chromium() -> Option<PathBuf> {
    let p = std::env::var_os("PUENTE_CHROMIUM")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("/usr/bin/chromium"));
    p.is_file().then_some(p)
}

/// A headless Chromium with a viewport of `width` × `height`. Without one,
/// the test says so and passes, except under `CI=true`, where it fails: CI
/// installs Chromium with `tests/setup.sh`.
pub fn browser(width: u32, height: u32) -> Option<Browser> {
    let Some(path) = chromium() else {
        let msg = "Chromium is needed for the browser tests: `bash tests/setup.sh` installs Debian's chromium (or set PUENTE_CHROMIUM)";
        if std::env::var("CI").as_deref() == Ok("true") {
            panic!("{msg}");
        }
        eprintln!("SKIPPED: {msg}");
        return None;
    };
    let args = [
        "--disable-gpu",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        "--disable-default-apps",
        "--hide-scrollbars",
    ];
    Some(Browser::launch(&path, width, height, &args).expect("Chromium starts"))
}

/// A new tab with `url` loaded.
pub fn open(browser: &Browser, url: &str) -> Tab {
    let tab = browser.new_tab().expect("a tab");
    tab.navigate_to(url).expect("the page loads");
    tab
}

pub fn eval_bool(tab: &Tab, js: &str) -> bool {
    tab.evaluate(js, false)
        .ok()
        .and_then(|r| r.value)
        .and_then(|v| v.as_bool())
        .unwrap_or(false)
}

pub fn eval_string(tab: &Tab, js: &str) -> String {
    tab.evaluate(js, false)
        .ok()
        .and_then(|r| r.value)
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// Saves a screenshot under `target/screenshots/`, to look at.
pub fn screenshot(tab: &Tab, name: &str) -> PathBuf {
    let png = tab.capture_png().expect("screenshot");
    assert!(png.starts_with(b"\x89PNG"), "{name}: not a PNG");
    let dir = repo().join("target/screenshots");
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join(format!("{name}.png"));
    std::fs::write(&path, png).unwrap();
    path
}

#[test]
fn an_edited_ftl_shows_in_the_open_page_without_a_manual_reload() {
    let Some(b) = browser(1280, 900) else { return };
    let p = Project::fixture("basic");
    let s = Server::start(&p);
    let tab = open(&b, &s.url("/sample/es/guide.html"));
    assert!(eval_bool(
        &tab,
        "document.body.innerText.includes('Taller de ejemplo')"
    ));
    p.edit(
        "locales/es/sample.ftl",
        "module-title = Taller de ejemplo",
        "module-title = Taller recién editado",
    );
    eventually(15, "the edited title in the open page", || {
        eval_bool(
            &tab,
            "document.body.innerText.includes('Taller recién editado')",
        )
    });
}

#[test]
fn a_broken_ftl_shows_its_file_and_line_and_fixing_it_clears_the_overlay() {
    let Some(b) = browser(1280, 900) else { return };
    let p = Project::fixture("basic");
    let s = Server::start(&p);
    let tab = open(&b, &s.url("/sample/es/guide.html"));
    let good = p.read("locales/es/sample.ftl");
    p.write("locales/es/sample.ftl", &format!("{good}\nroto = {{ $x\n"));
    eventually(15, "the overlay naming the file and line", || {
        eval_bool(
            &tab,
            "!!document.querySelector('#puente-problems') && document.querySelector('#puente-problems').innerText.includes('locales/es/sample.ftl:')",
        )
    });
    // The last good page is still there under the overlay.
    assert!(eval_bool(
        &tab,
        "document.body.innerText.includes('Taller de ejemplo')"
    ));
    let overlay = eval_string(&tab, "document.querySelector('#puente-problems').innerText");
    assert!(overlay.contains("ftl-syntax"), "{overlay}");
    screenshot(&tab, "serve-overlay");
    p.write("locales/es/sample.ftl", &good);
    eventually(15, "the overlay gone", || {
        eval_bool(
            &tab,
            "document.readyState === 'complete' && !document.querySelector('#puente-problems')",
        )
    });
}

#[test]
fn the_in_context_toggle_shows_a_message_id_and_its_line() {
    let Some(b) = browser(1280, 900) else { return };
    let p = Project::fixture("basic");
    let s = Server::start_with(&p, &["--editor", "vscode://file/{path}:{line}"]);
    let tab = open(&b, &s.url("/sample/es/guide.html"));
    screenshot(&tab, "serve-guide-in-context-off");
    tab.find_element("#puente-in-context")
        .expect("the toggle")
        .click()
        .expect("click");
    assert!(eval_bool(
        &tab,
        "document.documentElement.classList.contains('pt-on')"
    ));
    assert!(eval_bool(
        &tab,
        "(function(){var e=document.querySelector('h1 .pt[data-msg=\"module-title\"]'); if(!e) return false; e.focus(); return document.activeElement===e;})()"
    ));
    let panel = eval_string(&tab, "document.querySelector('#puente-panel').innerText");
    assert!(panel.contains("module-title"), "{panel}");
    assert!(panel.contains("locales/es/sample.ftl:3"), "{panel}");
    let href = eval_string(&tab, "document.querySelector('#puente-panel a').href");
    assert!(
        href.starts_with("vscode://file/") && href.ends_with("sample.ftl:3"),
        "{href}"
    );
    screenshot(&tab, "serve-guide-in-context-on");
}

#[test]
fn build_output_opened_in_a_browser_has_no_preview_bar() {
    let Some(b) = browser(1280, 900) else { return };
    let p = Project::fixture("basic");
    p.run(&["build", "--lang", "es", "--out", "out"])
        .expect_code(0);
    let file = p.path("out/sample/es/guide.html");
    let tab = open(&b, &format!("file://{}", file.display()));
    assert!(eval_bool(
        &tab,
        "document.body.innerText.includes('Taller de ejemplo')"
    ));
    assert!(eval_bool(
        &tab,
        "!document.querySelector('#puente-bar') && !document.querySelector('.pt')"
    ));
}

/// Not a test of behaviour: pictures of the shipped guide to look at.
#[test]
fn screenshots_of_the_shipped_preview() {
    let Some(b) = browser(1280, 900) else { return };
    let p = Project::shipped();
    let s = Server::start(&p);
    let tab = open(&b, &s.url("/"));
    screenshot(&tab, "serve-home");
    let tab = open(&b, &s.url("/rights-at-borders/es/guide.html"));
    screenshot(&tab, "serve-rights-es");
}
