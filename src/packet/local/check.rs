//! Checking a plan's `local:` block: every problem located at
//! `plan.yaml:line:col`, all of them in one run.

use std::ops::Range;

use unic_langid::LanguageIdentifier;

use super::{
    Contact, Local, Text, MAX_ADDRESS, MAX_HOURS, MAX_MORE, MAX_NAME, MAX_NOTE, MAX_PHONE, MAX_URL,
    NAMED, STALE_DAYS,
};
use crate::curriculum::schema::ContactKind;
use crate::diag::{Diagnostic, Diagnostics};
use crate::source::FileId;

/// Checks the `local:` block: names, lengths that fit the pocket card,
/// phone numbers with digits, kinds, the checked date. `first_day` is the
/// plan's first date, to warn about contacts checked long before.
pub fn validate(
    local: &Local,
    text: &str,
    file: FileId,
    first_day: Option<&str>,
    diags: &mut Diagnostics,
) {
    let key = |from: usize, k: &str| crate::curriculum::locate_key(text, from, k);
    let local_at = key(0, "local").map(|r| r.start).unwrap_or(0);
    let value_at = |value: &str, from: usize| -> Range<usize> {
        let line = value.lines().next().unwrap_or("");
        if line.is_empty() {
            return from..from;
        }
        text.get(from..)
            .and_then(|t| t.find(line))
            .map(|i| from + i..from + i + line.len())
            .unwrap_or(from..from)
    };
    let err = |diags: &mut Diagnostics,
               code: &'static str,
               msg: String,
               span: Range<usize>,
               label: &str,
               note: Option<String>| {
        let mut d = Diagnostic::error(code, msg).at(file, span, label.to_string());
        if let Some(n) = note {
            d = d.with_note(n);
        }
        diags.push(d);
    };

    let more_at = key(local_at, "more");
    let more_items = more_at
        .as_ref()
        .map(|r| item_starts(text, r.start))
        .unwrap_or_default();
    let mut contacts: Vec<(String, usize, &Contact, bool)> = Vec::new();
    for ((field, _), c) in NAMED.iter().zip(local.named()) {
        if let Some(c) = c {
            let at = key(local_at, field).map(|r| r.start).unwrap_or(local_at);
            contacts.push((format!("`{field}`"), at, c, false));
        }
    }
    for (i, c) in local.more.iter().enumerate() {
        let at = more_items
            .get(i)
            .copied()
            .or(more_at.as_ref().map(|r| r.start))
            .unwrap_or(local_at);
        contacts.push((format!("contact {} of `more`", i + 1), at, c, true));
    }
    if contacts.is_empty() {
        err(
            diags,
            "plan-local-empty",
            "the `local:` block lists no contacts".into(),
            key(0, "local").unwrap_or(0..0),
            "no contacts",
            Some("give at least one of organisation, legal_aid, accredited_rep, mental_health, emergency or more, or leave the block out".into()),
        );
    }
    if local.more.len() > MAX_MORE {
        err(
            diags,
            "plan-local-too-many",
            format!(
                "`more` lists {} contacts; at most {MAX_MORE} fit on the one-page support directory",
                local.more.len()
            ),
            more_at.clone().unwrap_or(0..0),
            "too many",
            None,
        );
    }

    for (what, at, c, in_more) in &contacts {
        let at = *at;
        match (c.kind, in_more) {
            (None, true) => err(
                diags,
                "plan-local-kind",
                format!("{what} needs a `kind`"),
                value_at(&c.name, at),
                "no kind",
                Some(format!(
                    "the kinds are: {}",
                    ContactKind::ALL
                        .iter()
                        .map(|k| k.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            ),
            (Some(k), false) => err(
                diags,
                "plan-local-kind",
                format!(
                    "`kind` is only for contacts in `more`; {what} is already a contact of its own kind"
                ),
                key(at, "kind").unwrap_or_else(|| value_at(k.as_str(), at)),
                "not here",
                None,
            ),
            _ => {}
        }
        if c.name.trim().is_empty() {
            err(
                diags,
                "plan-local-empty-name",
                format!("the name of {what} is empty"),
                text.get(at..)
                    .and_then(|t| t.find("name:"))
                    .map(|i| at + i..at + i + 4)
                    .unwrap_or(at..at),
                "empty name",
                Some(
                    "give the name of the organisation or service (never of a person attending)"
                        .into(),
                ),
            );
        }
        let long = |field: &str, value: &str, max: usize, diags: &mut Diagnostics| {
            let n = value.chars().count();
            if n > max {
                err(
                    diags,
                    "plan-local-too-long",
                    format!(
                        "the {field} of {what} is {n} characters long; at most {max} fit where it prints"
                    ),
                    value_at(value, at),
                    "too long",
                    Some(match field {
                        "name" | "phone" => "names and phone numbers print on the pocket card; use a shorter form (an abbreviation, say)".to_string(),
                        _ => "the support directory gives each contact a few lines; shorten it".to_string(),
                    }),
                );
            } else if value.contains('\n') {
                err(
                    diags,
                    "plan-local-too-long",
                    format!("the {field} of {what} must be on one line"),
                    value_at(value, at),
                    "more than one line",
                    None,
                );
            }
        };
        long("name", &c.name, MAX_NAME, diags);
        if let Some(p) = &c.phone {
            long("phone", p, MAX_PHONE, diags);
            if !p.chars().any(|ch| ch.is_ascii_digit()) {
                err(
                    diags,
                    "plan-local-phone",
                    format!(
                        "the phone of {what} has no digits: `{}` is not a phone number",
                        p.trim()
                    ),
                    value_at(p, at),
                    "not a phone number",
                    Some("write the number with digits, for example 915-555-0100".into()),
                );
            }
        }
        for v in c.hours.iter().flat_map(Text::values) {
            long("hours", v, MAX_HOURS, diags);
        }
        if let Some(a) = &c.address {
            long("address", a, MAX_ADDRESS, diags);
        }
        if let Some(u) = &c.url {
            long("web address", u, MAX_URL, diags);
            if !(u.starts_with("https://") || u.starts_with("http://")) {
                err(
                    diags,
                    "plan-local-url",
                    format!("the web address of {what} must start with https:// or http://"),
                    value_at(u, at),
                    "not a web address",
                    None,
                );
            }
        }
        for v in c.note.iter().flat_map(Text::values) {
            long("note", v, MAX_NOTE, diags);
        }
        for l in &c.languages {
            if l.parse::<LanguageIdentifier>().is_err() {
                err(
                    diags,
                    "plan-language",
                    format!("`{l}` in the languages of {what} is not a language tag (such as es, en or mam)"),
                    value_at(l, at),
                    "not a language tag",
                    None,
                );
            }
        }
    }

    let checked_at = key(local_at, "checked")
        .map(|k| value_at(&local.checked, k.end))
        .unwrap_or(0..0);
    match crate::curriculum::parse_date(&local.checked) {
        None => err(
            diags,
            "plan-date",
            format!(
                "`{}` is not a date; write when the contacts were checked as YYYY-MM-DD, for example 2026-11-28",
                local.checked
            ),
            checked_at,
            "bad date",
            None,
        ),
        Some(checked) => {
            if let Some(day) = first_day.and_then(crate::curriculum::parse_date) {
                let age = days(day) - days(checked);
                if age > STALE_DAYS {
                    diags.push(
                        Diagnostic::warning(
                            "plan-local-stale",
                            format!(
                                "the local contacts were checked on {}, {age} days before the workshop",
                                local.checked
                            ),
                        )
                        .at(file, checked_at, "checked")
                        .with_note("call each one again before the workshop: hours, services and numbers change; then update `checked`"),
                    );
                }
            }
        }
    }
}

/// Days since 1970-01-01.
fn days((y, m, d): (i32, u32, u32)) -> i64 {
    let y = i64::from(y) - i64::from(m <= 2);
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let mp = (i64::from(m) + 9) % 12;
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Where each item of the block list under the key at `key_start` begins.
fn item_starts(text: &str, key_start: usize) -> Vec<usize> {
    let line_start = text[..key_start].rfind('\n').map(|i| i + 1).unwrap_or(0);
    let key_indent = key_start - line_start;
    let mut out = Vec::new();
    let mut offset = text[key_start..]
        .find('\n')
        .map(|i| key_start + i + 1)
        .unwrap_or(text.len());
    let mut item_indent = None;
    for line in text[offset..].split_inclusive('\n') {
        let content = line.trim_end();
        let indent = content.len() - content.trim_start().len();
        let trimmed = content.trim_start();
        if !trimmed.is_empty() && !trimmed.starts_with('#') {
            if indent < key_indent || (indent == key_indent && !trimmed.starts_with("- ")) {
                break;
            }
            if trimmed.starts_with("- ") && item_indent.is_none_or(|i| i == indent) {
                item_indent = Some(indent);
                out.push(offset + indent);
            }
        }
        offset += line.len();
    }
    out
}
