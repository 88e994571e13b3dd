//! The code's layering, as the code review asked: commands are thin callers,
//! and no command imports another.

use crate::support::repo;

#[test]
fn no_command_imports_another() {
    let dir = repo().join("src/commands");
    let mut offences = Vec::new();
    let mut files = 0;
    for e in std::fs::read_dir(&dir).unwrap().flatten() {
        let path = e.path();
        if path.extension().is_none_or(|x| x != "rs") || path.ends_with("mod.rs") {
            continue;
        }
        files += 1;
        let text = std::fs::read_to_string(&path).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.split("//").next().unwrap_or("");
            if code.contains("commands::")
                || code.contains("super::")
                    && !code.contains("super::Env")
                    && !code.contains("super::TermProgress")
            {
                offences.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(files >= 7, "src/commands holds only {files} command files");
    assert!(offences.is_empty(), "{}", offences.join("\n"));
}

/// Below the commands (the command-line layer, which may print and look
/// at NO_COLOR), nothing reads the environment: the binary reads it once
/// and passes it in.
#[test]
fn the_library_never_reads_the_environment() {
    let mut offences = Vec::new();
    let mut stack = vec![repo().join("src")];
    while let Some(d) = stack.pop() {
        for e in std::fs::read_dir(&d).unwrap().flatten() {
            let path = e.path();
            if path.is_dir() {
                if !path.ends_with("commands") {
                    stack.push(path);
                }
                continue;
            }
            if path.ends_with("main.rs") || path.extension().is_none_or(|x| x != "rs") {
                continue;
            }
            let text = std::fs::read_to_string(&path).unwrap();
            for (n, line) in text.lines().enumerate() {
                if line.contains("std::env::var") || line.contains("env::var(") {
                    offences.push(format!("{}:{}: {}", path.display(), n + 1, line.trim()));
                }
            }
        }
    }
    assert!(offences.is_empty(), "{}", offences.join("\n"));
}
