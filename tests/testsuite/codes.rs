//! The registry of diagnostic codes (`puente::codes::CODES`) against what
//! it promises: every code the source gives is registered and every
//! registered code is still given; the README's table says the same as the
//! registry; and some test provokes each code. Each test lists every
//! offender at once.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

use puente::codes::{Stage, CODES};

use crate::support::repo;

/// Every `.rs` file under `dir`, sorted.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let p = e.path();
            if p.is_dir() {
                stack.push(p);
            } else if p.extension().is_some_and(|x| x == "rs") {
                out.push(p);
            }
        }
    }
    out.sort();
    out
}

/// The calls that take a diagnostic code: `Diagnostic::error(code, …)`,
/// `Diagnostic::warning(code, …)`, `Diagnostic::new(severity, code, …)`,
/// and the local helpers `err(code, …)` (modules) and `err(diags, code, …)`
/// (plans). The number is how many arguments come before the code.
const CALLS: &[(&str, usize)] = &[
    ("Diagnostic::error(", 0),
    ("Diagnostic::warning(", 0),
    ("Diagnostic::new(", 1),
    ("err(", 0),
];

/// Whether `s` has the shape of a code: lower-case words joined by hyphens.
fn code_shaped(s: &str) -> bool {
    !s.is_empty()
        && s.starts_with(|c: char| c.is_ascii_lowercase())
        && s.chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
        && !s.ends_with('-')
        && !s.contains("--")
}

/// Skips one argument (up to the comma at depth 0); returns the rest after
/// the comma.
fn skip_argument(s: &str) -> Option<&str> {
    let mut depth = 0usize;
    let mut in_str = false;
    let mut prev = ' ';
    for (i, c) in s.char_indices() {
        match c {
            '"' if prev != '\\' => in_str = !in_str,
            '(' | '[' | '{' if !in_str => depth += 1,
            ')' | ']' | '}' if !in_str => {
                if depth == 0 {
                    return None;
                }
                depth -= 1;
            }
            ',' if !in_str && depth == 0 => return Some(&s[i + 1..]),
            _ => {}
        }
        prev = c;
    }
    None
}

/// A string literal at the start of `s` (after whitespace), if any.
fn leading_literal(s: &str) -> Option<&str> {
    let s = s.trim_start().strip_prefix('"')?;
    Some(&s[..s.find('"')?])
}

/// The codes a file gives. A literal in the code position of a call is a
/// code. When the code position holds a variable (`yaml.rs` picks the code
/// in a chain of `if`s, `store.rs` and `pdf.rs` in a `match` or an `if`),
/// the code-shaped literals that stand as a value of their own in that file
/// are taken as codes too: after `(`, `{` or `=>` or first on their line,
/// and before `,`, `)`, `}` or the end of the line.
fn codes_in(text: &str) -> BTreeSet<String> {
    // The ids of interface messages (`msg!("ftl-syntax-here")`) are never
    // codes: blank them out first.
    let mut blanked = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("msg!(") {
        blanked.push_str(&rest[..i + 5]);
        rest = &rest[i + 5..];
        let trimmed = rest.trim_start();
        if let Some(after) = trimmed.strip_prefix('"') {
            if let Some(end) = after.find('"') {
                blanked.push_str("\"\"");
                rest = &after[end + 1..];
            }
        }
    }
    blanked.push_str(rest);
    let text = blanked.as_str();
    let mut found = BTreeSet::new();
    let mut through_variable = false;
    for (call, before) in CALLS {
        'calls: for (i, _) in text.match_indices(call) {
            let prev = text[..i].chars().next_back().unwrap_or(' ');
            if *call == "err(" && (prev.is_alphanumeric() || prev == '_' || prev == '.') {
                continue;
            }
            let mut rest = &text[i + call.len()..];
            for _ in 0..*before {
                match skip_argument(rest) {
                    Some(r) => rest = r,
                    None => continue 'calls,
                }
            }
            // The plans' helper takes the collector first.
            if *call == "err(" {
                if let Some(r) = rest.trim_start().strip_prefix("diags,") {
                    rest = r;
                }
            }
            match leading_literal(rest) {
                Some(lit) => {
                    found.insert(lit.to_string());
                }
                None => through_variable = true,
            }
        }
    }
    if through_variable {
        for line in text.lines() {
            let mut rest = line;
            while let Some(start) = rest.find('"') {
                let before = rest[..start].trim_end();
                let after_open = &rest[start + 1..];
                let Some(len) = after_open.find('"') else {
                    break;
                };
                let lit = &after_open[..len];
                // Message ids (`ui-*` labels) are never codes.
                let lit = if lit.starts_with("ui-") { "" } else { lit };
                let after = after_open[len + 1..].trim_start();
                let standalone_before = before.is_empty()
                    || before.ends_with('(')
                    || before.ends_with('{')
                    || before.ends_with("=>");
                let standalone_after = after.is_empty()
                    || after.starts_with(',')
                    || after.starts_with(')')
                    || after.starts_with('}');
                if code_shaped(lit) && lit.contains('-') && standalone_before && standalone_after {
                    found.insert(lit.to_string());
                }
                rest = &after_open[len + 1..];
            }
        }
    }
    found
}

/// Every code given in `src`, with the files that give it. `diag.rs`
/// (which defines the calls) is left out, and so is the table of the
/// registry, but not the constructors below it.
fn codes_in_src() -> BTreeMap<String, Vec<String>> {
    let src = repo().join("src");
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let files = rust_files(&src);
    assert!(files.len() > 20, "src holds only {} files", files.len());
    for path in files {
        let rel = path.strip_prefix(repo()).unwrap().display().to_string();
        if rel == "src/diag.rs" {
            continue;
        }
        let mut text = std::fs::read_to_string(&path).unwrap();
        if rel == "src/codes.rs" {
            let start = text.find("pub const CODES").expect("codes.rs has CODES");
            let end = start + text[start..].find("\n];").expect("CODES ends");
            text.replace_range(start..end, "");
        }
        for code in codes_in(&text) {
            out.entry(code).or_default().push(rel.clone());
        }
    }
    out
}

#[test]
fn the_scanner_finds_codes_in_every_form_they_take() {
    let text = r#"
        Diagnostic::error("a-b", x);
        Diagnostic::warning(
            "c-d",
            format!("e f {x}"),
        );
        Diagnostic::new(self.severity(), "g-h", "not-me");
        err(diags, "i-j", "no-k".into());
        let code = if x { "l-m" } else { "n-o" };
        Diagnostic::error(code, "p-q");
        let (code, what) = ("r-s", "term");
        match k { K => "t-u", _ => "v-w" }
        let code = if y {
            "x-y"
        } else {
            "z-z"
        };
        Diagnostic::error(code, msg!("not-a-code", x = 1));
        d.at(f, s, crate::msg!(
            "nor-this",
        ));
    "#;
    let found: Vec<String> = codes_in(text).into_iter().collect();
    assert_eq!(
        found,
        ["a-b", "c-d", "g-h", "i-j", "l-m", "n-o", "r-s", "t-u", "v-w", "x-y", "z-z"]
    );
}

#[test]
fn every_code_in_src_is_registered_and_every_registered_code_is_used() {
    let used = codes_in_src();
    let mut problems = Vec::new();
    for (code, files) in &used {
        if puente::codes::lookup(code).is_none() {
            problems.push(format!(
                "`{code}` (in {}) is not in codes::CODES",
                files.join(", ")
            ));
        }
    }
    for d in CODES {
        if !used.contains_key(d.code) {
            problems.push(format!(
                "`{}` is in codes::CODES but nothing in src gives it",
                d.code
            ));
        }
    }
    assert!(used.len() > 80, "found only {} codes in src", used.len());
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

/// The README's tables, as it should write them.
fn expected_readme_tables() -> String {
    let mut out = String::new();
    for stage in Stage::ALL {
        out.push_str(&format!(
            "### {}\n\n| code | severity | what |\n|---|---|---|\n",
            stage.title()
        ));
        for d in CODES.iter().filter(|d| d.stage == stage) {
            out.push_str(&format!(
                "| `{}` | {} | {} |\n",
                d.code, d.severity, d.summary
            ));
        }
        out.push('\n');
    }
    out
}

#[test]
fn the_readme_table_of_codes_is_the_registry() {
    let readme = std::fs::read_to_string(repo().join("README.md")).unwrap();
    let start = readme
        .find("\n## Diagnostic codes\n")
        .expect("README.md has a section `## Diagnostic codes`");
    let section = &readme[start + 1..];
    let section = &section[..section[3..].find("\n## ").map_or(section.len(), |i| i + 3)];
    // (heading, code, severity, what) for each row, in the README's order.
    let mut found = Vec::new();
    let mut heading = String::new();
    for line in section.lines() {
        if let Some(h) = line.strip_prefix("### ") {
            heading = h.to_string();
        } else if let Some(row) = line.strip_prefix("| `") {
            let cells: Vec<&str> = row
                .trim_end()
                .trim_end_matches('|')
                .split(" | ")
                .map(str::trim)
                .collect();
            found.push(format!(
                "{heading}: {}",
                cells.join(" | ").replacen('`', "", 1)
            ));
        }
    }
    let want: Vec<String> = Stage::ALL
        .iter()
        .flat_map(|s| {
            CODES
                .iter()
                .filter(move |d| d.stage == *s)
                .map(move |d| format!("{}: {} | {} | {}", s.title(), d.code, d.severity, d.summary))
        })
        .collect();
    let missing: Vec<&String> = want.iter().filter(|w| !found.contains(w)).collect();
    let extra: Vec<&String> = found.iter().filter(|f| !want.contains(f)).collect();
    assert!(
        missing.is_empty() && extra.is_empty() && found == want,
        "README.md's section `## Diagnostic codes` differs from codes::CODES.\n\
         Not in the README as the registry has it:\n{}\n\
         In the README but not in the registry:\n{}\n\
         (or the order differs). The tables should read:\n\n{}",
        missing
            .iter()
            .map(|s| format!("  {s}"))
            .collect::<Vec<_>>()
            .join("\n"),
        extra
            .iter()
            .map(|s| format!("  {s}"))
            .collect::<Vec<_>>()
            .join("\n"),
        expected_readme_tables()
    );
}

/// Codes no test can provoke through the binary, each with the reason.
/// None today: every code has a test. An entry here must say why the case
/// cannot be made (say, a file system that fails in one particular way).
const UNTESTABLE: &[(&str, &str)] = &[];

#[test]
fn every_code_is_named_by_a_test() {
    // A fixture named `<stage>-<code>`, such as `check-missing-message`.
    let mut named: BTreeSet<String> = BTreeSet::new();
    let fixtures = repo().join("tests/fixtures");
    for e in std::fs::read_dir(&fixtures).unwrap().flatten() {
        let name = e.file_name().to_string_lossy().into_owned();
        if let Some((_, code)) = name.split_once('-') {
            named.insert(code.to_string());
        }
    }
    // `[code]` (as `error[code]` is printed) or `"code"` (as `--json`
    // gives it) in a test file. This file names codes only in the
    // exemptions, so it does not count.
    let tests: Vec<(PathBuf, String)> = rust_files(&repo().join("tests/testsuite"))
        .into_iter()
        .filter(|p| !p.ends_with("codes.rs"))
        .map(|p| {
            let t = std::fs::read_to_string(&p).unwrap();
            (p, t)
        })
        .collect();
    assert!(tests.len() > 10, "found only {} test files", tests.len());
    let mut offenders = Vec::new();
    for d in CODES {
        let exempt = UNTESTABLE.iter().any(|(c, _)| *c == d.code);
        let in_tests = named.contains(d.code)
            || tests.iter().any(|(_, t)| {
                t.contains(&format!("[{}]", d.code)) || t.contains(&format!("\"{}\"", d.code))
            });
        match (in_tests, exempt) {
            (false, false) => offenders.push(format!("`{}`: no test names it", d.code)),
            (true, true) => offenders.push(format!(
                "`{}` is exempted as untestable, but a test names it",
                d.code
            )),
            _ => {}
        }
    }
    for (c, _) in UNTESTABLE {
        if puente::codes::lookup(c).is_none() {
            offenders.push(format!("`{c}` is exempted but not a registered code"));
        }
    }
    assert!(
        offenders.is_empty(),
        "{} codes:\n{}",
        offenders.len(),
        offenders.join("\n")
    );
}
