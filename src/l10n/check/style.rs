//! `.style` attributes: the same properties and units as the source, as
//! compare-locales checks them.

use std::ops::Range;

use super::Checker;
use crate::diag::Diagnostic;
use crate::l10n::syntax::Node;
use crate::l10n::tree::FtlFile;
use crate::source::FileId;

impl Checker<'_> {
    pub(super) fn style(
        &mut self,
        tf: &FtlFile,
        tfid: FileId,
        what: &super::What,
        sv: &[Node],
        tv: &[Node],
        anchor: Range<usize>,
    ) {
        let (Some(s), Some(t)) = (plain_text(sv), plain_text(tv)) else {
            return;
        };
        let Some(Ok(src)) = parse_css(&s) else {
            return;
        };
        let message = match parse_css(&t) {
            None | Some(Err(())) => crate::msg!("style-not-css").into_string(),
            Some(Ok(tgt)) => {
                let mut problems = Vec::new();
                for (prop, unit) in &tgt {
                    match src.iter().find(|(p, _)| p == prop) {
                        None => problems.push(
                            crate::msg!("style-not-in-source", property = prop).into_string(),
                        ),
                        Some((_, su)) if su != unit => problems.push(
                            crate::msg!(
                                "style-other-unit",
                                property = prop,
                                unit = unit,
                                source = su
                            )
                            .into_string(),
                        ),
                        _ => {}
                    }
                }
                for (prop, _) in &src {
                    if !tgt.iter().any(|(p, _)| p == prop) {
                        problems.push(crate::msg!("style-missing", property = prop).into_string());
                    }
                }
                if problems.is_empty() {
                    return;
                }
                problems.join("; ")
            }
        };
        let d = Diagnostic::warning(
            "style-mismatch",
            crate::msg!("style-mismatch", what = what, problems = message),
        )
        .at(tfid, anchor, crate::msg!("style-mismatch-label"))
        .with_note(crate::msg!("style-mismatch-note"));
        self.push(&tf.name, d);
    }
}

/// The text of a pattern that is only text.
fn plain_text(nodes: &[Node]) -> Option<String> {
    let mut s = String::new();
    for n in nodes {
        match n {
            Node::Text { text, .. } => s.push_str(text),
            _ => return None,
        }
    }
    Some(s)
}

/// A `.style` value as compare-locales reads it: `width: 20em; height: 3ch`
/// (width and height, optionally min-/max-, with a length unit). `None`
/// when the text is not such a list at all, `Err` when it starts as one but
/// has something else in it.
#[allow(clippy::type_complexity)]
fn parse_css(s: &str) -> Option<Result<Vec<(String, String)>, ()>> {
    const UNITS: [&str; 10] = ["ch", "em", "ex", "rem", "px", "cm", "mm", "in", "pc", "pt"];
    let mut out = Vec::new();
    let parts: Vec<&str> = s.split(';').map(str::trim).collect();
    for (i, p) in parts.iter().enumerate() {
        if p.is_empty() {
            if i + 1 == parts.len() || out.is_empty() {
                continue;
            }
            return Some(Err(()));
        }
        let parsed = p.split_once(':').and_then(|(prop, val)| {
            let prop = prop.trim();
            let base = prop
                .strip_prefix("min-")
                .or_else(|| prop.strip_prefix("max-"))
                .unwrap_or(prop);
            if base != "width" && base != "height" {
                return None;
            }
            let val = val.trim();
            let unit = UNITS.iter().find(|u| val.ends_with(*u))?;
            let num = &val[..val.len() - unit.len()];
            num.parse::<f64>().ok()?;
            Some((prop.to_string(), unit.to_string()))
        });
        match parsed {
            Some(x) => out.push(x),
            None if out.is_empty() && i == 0 => return None,
            None => return Some(Err(())),
        }
    }
    if out.is_empty() {
        None
    } else {
        Some(Ok(out))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn css_sizes_are_read_like_compare_locales() {
        assert_eq!(
            parse_css("width: 20em; min-height: 3ch;"),
            Some(Ok(vec![
                ("width".into(), "em".into()),
                ("min-height".into(), "ch".into())
            ]))
        );
        assert_eq!(parse_css("Hello"), None);
        assert_eq!(parse_css("width: 20em; color: red"), Some(Err(())));
    }
}
