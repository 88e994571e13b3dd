//! The workshop planner in `puente serve` (`/plan`): over HTTP (the form
//! without JavaScript, bad plans, big bodies, packets at once) and in a real
//! Chromium (the live preview, the download, accessibility, small screens);
//! and consecutive interpretation, which the plan schema has for `packet`
//! and the planner alike.

use crate::browser::{browser, eval_bool, eval_string, open, screenshot};
use crate::serve::{get, get_text, request};
use crate::support::{Project, Server};

/// The shipped one-day workshop as a facilitator fills in the form.
const ONE_DAY: &[(&str, &str)] = &[
    ("lang", "en"),
    ("title", "Saturday workshop"),
    ("languages", "es"),
    ("languages", ""),
    ("participants", "25"),
    ("group_size", "5"),
    ("paper", "letter"),
    ("spares", "3"),
    ("venue", "Salón parroquial"),
    ("facilitators", "Ana, Luis"),
    ("interpretation", ""),
    ("interpretation.factor", ""),
    ("name", "saturday"),
    ("date", "2026-12-05"),
    ("start", "09:00"),
    ("end", "17:00"),
    ("modules", "rights-at-borders"),
    ("break.rights-at-borders", ""),
    ("meal.rights-at-borders", "60"),
    ("modules", "climate-and-migration"),
    ("break.climate-and-migration", ""),
    ("meal.climate-and-migration", ""),
];

fn encode(fields: &[(&str, &str)]) -> String {
    form_urlencoded::Serializer::new(String::new())
        .extend_pairs(fields)
        .finish()
}

/// `fields` with `name` set to `value` (replacing its first value).
fn with<'a>(
    fields: &[(&'a str, &'a str)],
    name: &'a str,
    value: &'a str,
) -> Vec<(&'a str, &'a str)> {
    let mut out = fields.to_vec();
    match out.iter_mut().find(|(k, _)| *k == name) {
        Some(f) => f.1 = value,
        None => out.push((name, value)),
    }
    out
}

fn post(port: u16, path: &str, content_type: &str, body: &[u8]) -> (u16, Vec<u8>, String) {
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\nContent-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        body.len()
    );
    let mut raw = head.into_bytes();
    raw.extend_from_slice(body);
    let (code, body, head) = raw_request(port, &raw);
    (code, body, head)
}

/// Like `serve::request`, with a binary body and the response's head.
fn raw_request(port: u16, raw: &[u8]) -> (u16, Vec<u8>, String) {
    use std::io::{Read, Write};
    let mut s = std::net::TcpStream::connect(("127.0.0.1", port)).expect("server listens");
    s.set_read_timeout(Some(std::time::Duration::from_secs(300)))
        .unwrap();
    // A server may answer (413) before reading all of a big body.
    let _ = s.write_all(raw);
    let mut buf = Vec::new();
    let _ = s.read_to_end(&mut buf);
    let end = buf
        .windows(4)
        .position(|w| w == b"\r\n\r\n")
        .map(|p| p + 4)
        .unwrap_or(buf.len());
    let head = String::from_utf8_lossy(&buf[..end]).to_string();
    let code = head
        .split_whitespace()
        .nth(1)
        .and_then(|c| c.parse().ok())
        .unwrap_or(0);
    (code, buf[end..].to_vec(), head)
}

fn form(port: u16, path: &str, fields: &[(&str, &str)]) -> (u16, Vec<u8>, String) {
    post(
        port,
        path,
        "application/x-www-form-urlencoded",
        encode(fields).as_bytes(),
    )
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn the_form_makes_the_same_zip_as_puente_packet_of_the_saved_plan() {
    let p = Project::shipped();
    let s = Server::start(&p);
    let (code, yaml, head) = form(s.port, "/plan.yaml", ONE_DAY);
    assert_eq!(code, 200, "{}", text(&yaml));
    assert!(
        head.to_ascii_lowercase()
            .contains("content-disposition: attachment; filename=\"saturday.yaml\""),
        "{head}"
    );
    let yaml = text(&yaml);
    assert!(
        yaml.contains(
            "- module: rights-at-borders\n      - meal: 60\n      - module: climate-and-migration"
        ),
        "{yaml}"
    );
    let (code, zip, head) = form(s.port, "/packet", ONE_DAY);
    assert_eq!(code, 200, "{}", text(&zip));
    assert!(head.contains("application/zip"), "{head}");
    assert!(!head.to_ascii_lowercase().contains("set-cookie"), "{head}");

    p.write("plans/saturday.yaml", &yaml);
    p.run(&["packet", "plans/saturday.yaml", "--zip", "--out", "out"])
        .expect_code(0);
    let cli = std::fs::read(p.path("out/saturday.zip")).unwrap();
    assert!(
        zip == cli,
        "the planner's zip differs from puente packet's ({} and {} bytes)",
        zip.len(),
        cli.len()
    );

    // The same plan posted as YAML gives the same bytes again.
    let (code, again, _) = post(
        s.port,
        "/packet?name=saturday",
        "application/yaml",
        yaml.as_bytes(),
    );
    assert_eq!(code, 200, "{}", text(&again));
    assert!(again == cli);
    // The server wrote nothing into the project.
    assert!(!p.exists("plans/plan.yaml"));
}

#[test]
fn the_form_works_without_javascript() {
    let p = Project::shipped();
    let s = Server::start(&p);
    // A blank form, in the browser's language.
    let (code, page) = request(
        s.port,
        "GET /plan HTTP/1.1\r\nHost: x\r\nAccept-Language: es-MX,es;q=0.9\r\nConnection: close\r\n\r\n",
    );
    assert_eq!(code, 200);
    let page = text(&page);
    assert!(page.contains("<html lang=\"es\""), "{page}");
    assert!(page.contains("Descargar paquete"));
    assert!(page.contains("action=\"/packet\""));
    // "Add" posts the form back with one more module.
    let mut fields = with(ONE_DAY, "add", "mapping-and-documentation");
    fields.push(("action", "add:0"));
    let (code, page, _) = form(s.port, "/plan", &fields);
    assert_eq!(code, 200);
    let page = text(&page);
    let order: Vec<usize> = [
        "rights-at-borders",
        "climate-and-migration",
        "mapping-and-documentation",
    ]
    .iter()
    .map(|m| {
        page.find(&format!("name=\"modules\" value=\"{m}\""))
            .unwrap_or_else(|| panic!("{m} in {page}"))
    })
    .collect();
    assert!(order[0] < order[1] && order[1] < order[2], "{order:?}");
    // The day now runs past 17:00: the preview says so, and names what to cut.
    assert!(page.contains("class=\"overrun\""), "{page}");
    // "Move up" swaps it with the module before.
    let mut fields = ONE_DAY.to_vec();
    fields.push(("action", "up:0:1"));
    let page = text(&form(s.port, "/plan", &fields).1);
    assert!(
        page.find("value=\"climate-and-migration\"").unwrap()
            < page
                .find("name=\"modules\" value=\"rights-at-borders\"")
                .unwrap()
    );
    // A second day.
    let mut fields = ONE_DAY.to_vec();
    fields.push(("action", "add-day"));
    let page = text(&form(s.port, "/plan", &fields).1);
    assert!(page.contains("name=\"day2.date\""), "{page}");
    // Starting from a shipped plan fills the form.
    let page = get_text(s.port, "/plan?from=one-day-workshop-local&lang=en");
    assert!(page.contains("name=\"local.legal_aid.phone\""));
    assert!(page.contains("value=\"915-555-0101\""), "{page}");
    assert!(page.contains("name=\"title.message\" value=\"plan-one-day-title\""));
    assert_eq!(get(s.port, "/plan?from=..%2Fsecret").0, 404);
}

#[test]
fn a_bad_form_is_answered_beside_its_fields_and_a_bad_plan_with_its_line() {
    let p = Project::shipped();
    let s = Server::start(&p);
    let fields = with(ONE_DAY, "participants", "twenty");
    let fields = with(&fields, "minutes.rights-at-borders.agreements", "0");
    let (code, page, _) = form(s.port, "/packet", &fields);
    assert_eq!(code, 422);
    let page = text(&page);
    // Each problem beside its field, and the field marked invalid.
    let err = &page[page
        .find("id=\"f-participants-err\"")
        .expect("an error beside participants")..];
    assert!(
        err[..400].contains("`twenty` is not a number"),
        "{}",
        &err[..400]
    );
    assert!(page.contains("id=\"f-participants\" name=\"participants\" aria-describedby=\"f-participants-err\" aria-invalid=\"true\""), "{page}");
    let at = page
        .find("name=\"minutes.rights-at-borders.agreements\"")
        .unwrap();
    assert!(
        page[at..at + 600].contains("use 1 to 600"),
        "{}",
        &page[at..at + 600]
    );
    // The summary names the fields.
    assert!(page.contains("<code>participants</code>"));
    assert!(page.contains("<code>minutes.rights-at-borders.agreements</code>"));

    // An unknown module in a posted plan: located as `check` locates it.
    let mut yaml = p.read("plans/one-day-workshop.yaml");
    yaml = yaml.replace(
        "module: climate-and-migration",
        "module: climate-and-migrations",
    );
    let (code, body, _) = post(s.port, "/packet", "application/yaml", yaml.as_bytes());
    assert_eq!(code, 422);
    let body = text(&body);
    let line = yaml
        .lines()
        .position(|l| l.contains("climate-and-migrations"))
        .unwrap()
        + 1;
    assert!(body.contains("plan-unknown-module"), "{body}");
    assert!(body.contains(&format!("plan.yaml:{line}:")), "{body}");
    // Not YAML at all, and YAML of the wrong shape.
    let (code, body, _) = post(s.port, "/packet", "application/yaml", b"title: [unclosed\n");
    assert_eq!(code, 422);
    let body = text(&body);
    assert!(
        body.contains("yaml-syntax") && body.contains("plan.yaml:2:1"),
        "{body}"
    );
    // A preview of a bad form lists its problems by field name.
    let (code, json, _) = form(
        s.port,
        "/plan/preview",
        &with(ONE_DAY, "date", "5 December"),
    );
    assert_eq!(code, 200);
    let v: serde_json::Value = serde_json::from_slice(&json).unwrap();
    assert!(
        v["problems"]
            .as_array()
            .unwrap()
            .iter()
            .any(|p| p["field"] == "date" && p["message"].as_str().unwrap().contains("not a date")),
        "{v}"
    );
    // Wrong methods and types.
    assert_eq!(get(s.port, "/packet").0, 405);
    assert_eq!(post(s.port, "/packet", "text/plain", b"x").0, 415);
    assert_eq!(get(s.port, "/plan").0, 200);
}

#[test]
fn a_body_over_one_mebibyte_gets_413_and_the_server_goes_on() {
    let p = Project::shipped();
    let s = Server::start(&p);
    let big = format!("title=\"{}\"", "x".repeat(1024 * 1024 + 10));
    for path in ["/packet", "/plan.yaml", "/plan/preview", "/plan"] {
        let (code, _, _) = post(
            s.port,
            path,
            "application/x-www-form-urlencoded",
            big.as_bytes(),
        );
        assert_eq!(code, 413, "{path}");
    }
    let (code, _, _) = post(s.port, "/packet", "application/yaml", big.as_bytes());
    assert_eq!(code, 413);
    // Without a length, too: chunked.
    let chunk = "x".repeat(64 * 1024);
    let mut raw = b"POST /packet HTTP/1.1\r\nHost: x\r\nConnection: close\r\nContent-Type: application/yaml\r\nTransfer-Encoding: chunked\r\n\r\n".to_vec();
    for _ in 0..20 {
        raw.extend_from_slice(format!("{:x}\r\n{chunk}\r\n", chunk.len()).as_bytes());
    }
    raw.extend_from_slice(b"0\r\n\r\n");
    assert_eq!(raw_request(s.port, &raw).0, 413);
    assert_eq!(get(s.port, "/plan").0, 200);
}

#[test]
fn four_packets_asked_for_at_once_are_all_made() {
    let p = Project::shipped();
    let s = Server::start(&p);
    let port = s.port;
    let results: Vec<(u16, Vec<u8>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(move || {
                    let (c, b, _) = form(port, "/packet", ONE_DAY);
                    (c, b)
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    for (code, body) in &results {
        assert_eq!(*code, 200, "{}", text(body));
        assert!(body == &results[0].1, "every answer is the same packet");
    }
    if let Some(peak) = s.peak_memory_mib() {
        assert!(peak < 1536.0, "peak memory {peak:.0} MiB");
    }
}

// ---- Consecutive interpretation -----------------------------------------

#[test]
fn consecutive_interpretation_lengthens_whole_group_talk_and_the_run_sheet_says_so() {
    let p = Project::shipped();
    let plan = p.read("plans/one-day-workshop.yaml");
    p.write(
        "plans/interpreted.yaml",
        &format!("{plan}interpretation: {{ mode: consecutive, factor: 1.5 }}\n"),
    );
    p.run(&[
        "packet",
        "plans/interpreted.yaml",
        "--out",
        "out",
        "--format",
        "html",
    ])
    .expect_code(0)
    .stderr_has(&["plan-overrun"]);
    let html = p.read("out/interpreted/0-packet.html");
    // The opening circle (whole group, 15 min) takes 23; the pairs
    // activity after it keeps its 15.
    assert!(html.contains("9:00–9:23"), "{html}");
    assert!(html.contains("9:23–9:38"), "{html}");
    assert!(html.contains("Interpretación consecutiva: 50 % más de tiempo (15 min sin ella)"));
    // The module's own break is not talk.
    let breaks: Vec<&str> = html.split("<tr").filter(|r| r.contains("Receso")).collect();
    assert!(!breaks.is_empty());
    assert!(
        breaks.iter().all(|r| !r.contains("Interpretación")),
        "{breaks:?}"
    );

    // Simultaneous interpretation adds nothing.
    p.write(
        "plans/simultaneous.yaml",
        &format!("{plan}interpretation: {{ mode: simultaneous }}\n"),
    );
    p.run(&[
        "packet",
        "plans/simultaneous.yaml",
        "--out",
        "out",
        "--format",
        "html",
    ])
    .expect_code(0);
    assert!(p
        .read("out/simultaneous/0-packet.html")
        .contains("9:00–9:15"));
}

#[test]
fn a_bad_interpretation_is_located() {
    let p = Project::shipped();
    let plan = p.read("plans/one-day-workshop.yaml");
    p.write(
        "plans/bad.yaml",
        &format!("{plan}interpretation:\n  mode: consecutive\n  factor: 5\n"),
    );
    let line = plan.lines().count() + 3;
    p.run(&["packet", "plans/bad.yaml", "--out", "out"])
        .expect_code(1)
        .stderr_has(&[
            "plan-interpretation",
            &format!("plans/bad.yaml:{line}:"),
            "at most 3",
        ]);
    p.write(
        "plans/bad.yaml",
        &format!("{plan}interpretation: {{ mode: simultaneous, factor: 1.5 }}\n"),
    );
    p.run(&["packet", "plans/bad.yaml", "--out", "out"])
        .expect_code(1)
        .stderr_has(&["plan-interpretation", "takes no `factor`"]);
    p.write(
        "plans/bad.yaml",
        &format!("{plan}interpretation: {{ mode: whispered }}\n"),
    );
    p.run(&["packet", "plans/bad.yaml", "--out", "out"])
        .expect_code(1)
        .stderr_has(&["yaml-unknown-value", "consecutive"]);
}

// ---- In Chromium ----------------------------------------------------------

/// FNV-1a, 32 bits: the same in the page's script and here.
fn fnv(bytes: &[u8]) -> u32 {
    let mut h: u32 = 0x811c_9dc5;
    for b in bytes {
        h ^= u32::from(*b);
        h = h.wrapping_mul(0x0100_0193);
    }
    h
}

#[test]
fn in_chromium_the_preview_follows_the_form_and_the_download_is_puente_packets() {
    let Some(b) = browser(1280, 900) else { return };
    let p = Project::shipped();
    let s = Server::start(&p);
    let tab = open(&b, &s.url("/plan?from=one-day-workshop&lang=en"));
    crate::serve::eventually(10, "the planner's script", || {
        eval_bool(&tab, "document.documentElement.classList.contains('js')")
    });
    let copies = || {
        eval_string(
            &tab,
            "(document.getElementById('total-copies')||{}).textContent||''",
        )
    };
    let before = copies();
    assert!(!before.is_empty(), "the preview has print-list totals");
    // The facilitator types a new number of participants.
    tab.find_element("#f-participants")
        .unwrap()
        .click()
        .unwrap();
    tab.evaluate("document.getElementById('f-participants').select()", false)
        .unwrap();
    tab.type_str("40").unwrap();
    crate::serve::eventually(15, "the preview with 40 participants", || {
        let now = copies();
        !now.is_empty() && now != before
    });
    // 15 more participants: 15 more copies of each participant handout.
    let after: u32 = copies().parse().unwrap();
    let before: u32 = before.parse().unwrap();
    assert!(after > before + 15, "{before} -> {after}");
    screenshot(&tab, "planner-desktop");

    // Save the plan and download the packet as the buttons would.
    let js = r#"(async () => {
        const form = document.getElementById('planner');
        const body = new URLSearchParams(new FormData(form));
        const yaml = await (await fetch('/plan.yaml', {method: 'POST', body})).text();
        const zip = new Uint8Array(await (await fetch('/packet', {method: 'POST', body})).arrayBuffer());
        let h = 0x811c9dc5;
        for (const b of zip) { h ^= b; h = Math.imul(h, 0x01000193) >>> 0; }
        return JSON.stringify({yaml, len: zip.length, hash: h});
    })()"#;
    let out = tab
        .evaluate(js, true)
        .ok()
        .and_then(|r| r.value)
        .and_then(|v| v.as_str().map(str::to_owned))
        .expect("the download ran");
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    let yaml = v["yaml"].as_str().unwrap();
    assert!(yaml.contains("participants: 40"), "{yaml}");
    p.write("plans/one-day-workshop.yaml", yaml);
    p.run(&[
        "packet",
        "plans/one-day-workshop.yaml",
        "--zip",
        "--out",
        "out",
    ])
    .expect_code(0);
    let cli = std::fs::read(p.path("out/one-day-workshop.zip")).unwrap();
    assert_eq!(v["len"].as_u64().unwrap(), cli.len() as u64);
    assert_eq!(v["hash"].as_u64().unwrap(), u64::from(fnv(&cli)));
}

#[test]
fn in_chromium_the_planner_is_accessible_and_fits_a_phone() {
    let Some(axe) = crate::site::axe() else {
        return;
    };
    let Some(b) = browser(390, 844) else { return };
    let p = Project::shipped();
    let s = Server::start(&p);
    for (url, shot) in [
        (
            "/plan?from=one-day-workshop-local&lang=es",
            "planner-phone-es",
        ),
        ("/plan?lang=en", "planner-phone-blank"),
    ] {
        let tab = open(&b, &s.url(url));
        assert_eq!(
            eval_string(&tab, "String(window.innerWidth)"),
            "390",
            "{url}"
        );
        let wide = eval_string(
            &tab,
            "String(document.documentElement.scrollWidth) + ' > ' + String(window.innerWidth)",
        );
        assert!(
            eval_bool(
                &tab,
                "document.documentElement.scrollWidth <= window.innerWidth"
            ),
            "{url} scrolls sideways: {wide}"
        );
        // Every control has a label.
        let unlabelled = eval_string(
            &tab,
            "JSON.stringify([...document.querySelectorAll('input:not([type=hidden]), select, button')].filter(e => !(e.labels && e.labels.length) && !e.getAttribute('aria-labelledby') && !e.textContent.trim()).map(e => e.name || e.id))",
        );
        assert_eq!(unlabelled, "[]", "{url}");
        tab.evaluate(&axe, false).expect("axe loads");
        let js = r#"axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa','best-practice']}})
            .then(r => JSON.stringify(r.violations.filter(v => v.impact === 'serious' || v.impact === 'critical')
                .map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).slice(0, 3).join(', '))))"#;
        let out = tab
            .evaluate(js, true)
            .ok()
            .and_then(|r| r.value)
            .and_then(|v| v.as_str().map(str::to_owned))
            .unwrap_or_else(|| "axe did not run".into());
        assert_eq!(out, "[]", "{url}");
        screenshot(&tab, shot);
    }
    // The keyboard reaches the download button.
    let tab = open(&b, &s.url("/plan?from=one-day-workshop&lang=en"));
    let mut reached = false;
    for _ in 0..400 {
        tab.press_key("Tab").unwrap();
        if eval_bool(
            &tab,
            "document.activeElement && document.activeElement.classList.contains('primary')",
        ) {
            reached = true;
            break;
        }
    }
    assert!(reached, "Tab reaches “Download packet”");
}
