//! Pseudo-locales: en-XA (accented, longer) and en-XB (mirrored, right to
//! left) build from the English, so layouts can be tried without a
//! translator.

use crate::support::Project;

#[test]
fn en_xa_builds_accented_and_longer_text() {
    let p = Project::shipped();
    let run = p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "en-XA",
        "--out",
        "out",
    ]);
    run.expect_code(0);
    let en = p.run(&["build", "rights-at-borders", "--lang", "en", "--out", "out"]);
    en.expect_code(0);
    let xa = p.read("out/rights-at-borders/en-XA/guide.html");
    let plain = p.read("out/rights-at-borders/en/guide.html");
    assert!(xa.contains("<html lang=\"en-XA\""), "{}", &xa[..200]);
    assert!(xa.contains("dir=\"ltr\""));
    // fluent-pseudo accents letters and lengthens vowels.
    assert!(!xa.contains(">Agenda<"));
    assert!(xa.chars().any(|c| "ȦƁƇḒḖƑƓĦĪĴĶĿḾȠǾƤɊŘŞŦŬṼẆẊẎẐ".contains(c)));
    assert!(
        xa.len() > plain.len() * 11 / 10,
        "{} vs {}",
        xa.len(),
        plain.len()
    );
}

#[test]
fn en_xb_builds_right_to_left() {
    let p = Project::shipped();
    let run = p.run(&[
        "build",
        "climate-and-migration",
        "--lang",
        "en-XB",
        "--out",
        "out",
    ]);
    run.expect_code(0);
    let xb = p.read("out/climate-and-migration/en-XB/guide.html");
    assert!(xb.contains("dir=\"rtl\""), "{}", &xb[..300]);
    assert!(xb.contains("<html lang=\"en-XB\""));
    assert!(!xb.contains(">Agenda<"));
}

/// Both pseudo-locales build as PDF. en-XB's mirrored letters (such as
/// U+15E1 and U+0500) are in none of the embedded fonts, so its PDFs skip
/// the PDF/UA glyph check that real languages keep.
#[test]
fn en_xb_builds_as_pdf() {
    let p = Project::shipped();
    let run = p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "en-XB",
        "--format",
        "pdf",
        "--out",
        "out",
    ]);
    run.expect_code(0);
    let pdf = std::fs::read(p.path("out/rights-at-borders/en-XB/guide.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}

#[test]
fn en_xa_builds_as_pdf() {
    let p = Project::shipped();
    let run = p.run(&[
        "build",
        "rights-at-borders",
        "--lang",
        "en-XA",
        "--format",
        "pdf",
        "--out",
        "out",
    ]);
    run.expect_code(0);
    let pdf = std::fs::read(p.path("out/rights-at-borders/en-XA/guide.pdf")).unwrap();
    assert!(pdf.starts_with(b"%PDF-"));
}
