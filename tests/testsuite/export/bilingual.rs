//! Bilingual documents, block beside block, as LibreOffice lays them out.

use super::{convert_to, pdf_text, soffice};
use crate::support::Project;

/// A long block in a half-width column (the "Before you begin" note runs
/// over a page) must break across pages: a row that may not break moved
/// to a new page of its own and left pages all but empty.
#[test]
fn a_bilingual_guide_leaves_no_page_all_but_empty() {
    let Some(soffice) = soffice() else { return };
    let p = Project::shipped();
    p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "es",
        "--lang",
        "en",
        "--bilingual",
        "--format",
        "docx,odt",
        "--out",
        "out",
    ])
    .expect_code(0);
    for ext in ["docx", "odt"] {
        let out = p.path(&format!("pdf-{ext}"));
        convert_to(
            &soffice,
            &[p.path(&format!("out/rights-at-borders/es+en/guide.{ext}"))],
            &out,
            &p.path(&format!("profile-{ext}")),
            "pdf",
        );
        let text = pdf_text(&out.join("guide.pdf"));
        let lines: Vec<usize> = text
            .split('\u{c}')
            .map(|page| page.lines().filter(|l| !l.trim().is_empty()).count())
            .filter(|n| *n > 0)
            .collect();
        assert!(lines.len() > 10, "guide.{ext}: {} pages", lines.len());
        let mut sorted = lines.clone();
        sorted.sort_unstable();
        let median = sorted[sorted.len() / 2];
        let thin: Vec<(usize, usize)> = lines[..lines.len() - 1]
            .iter()
            .enumerate()
            .filter(|(_, n)| **n * 3 < median)
            .map(|(i, n)| (i + 1, *n))
            .collect();
        assert!(
            thin.is_empty(),
            "guide.{ext}: pages (number, lines) with less than a third of the {median} lines of a usual page: {thin:?}"
        );
    }
}
