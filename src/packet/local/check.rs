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
               msg: crate::ui::Msg,
               span: Range<usize>,
               label: crate::ui::Msg,
               note: Option<crate::ui::Msg>| {
        let mut d = Diagnostic::error(code, msg).at(file, span, label);
        if let Some(n) = note {
            d = d.with_note(n);
        }
        diags.push(d);
    };

    use crate::msg;
    let field_name = |field: &str| match field {
        "name" => msg!("local-field-name"),
        "phone" => msg!("local-field-phone"),
        "hours" => msg!("local-field-hours"),
        "address" => msg!("local-field-address"),
        "web address" => msg!("local-field-url"),
        _ => msg!("local-field-note"),
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
        contacts.push((
            crate::msg!("local-contact-in-more", index = i + 1).into_string(),
            at,
            c,
            true,
        ));
    }
    if contacts.is_empty() {
        err(
            diags,
            "plan-local-empty",
            msg!("local-empty"),
            key(0, "local").unwrap_or(0..0),
            msg!("local-empty-label"),
            Some(msg!("local-empty-note")),
        );
    }
    if local.more.len() > MAX_MORE {
        err(
            diags,
            "plan-local-too-many",
            msg!("local-too-many", count = local.more.len(), max = MAX_MORE),
            more_at.clone().unwrap_or(0..0),
            msg!("local-too-many-label"),
            None,
        );
    }

    for (what, at, c, in_more) in &contacts {
        let at = *at;
        match (c.kind, in_more) {
            (None, true) => err(
                diags,
                "plan-local-kind",
                msg!("local-needs-kind", what = what),
                value_at(&c.name, at),
                msg!("local-needs-kind-label"),
                Some(msg!(
                    "local-needs-kind-note",
                    kinds = ContactKind::ALL
                        .iter()
                        .map(|k| k.as_str())
                        .collect::<Vec<_>>()
                        .join(", ")
                )),
            ),
            (Some(k), false) => err(
                diags,
                "plan-local-kind",
                msg!("local-kind-only-in-more", what = what),
                key(at, "kind").unwrap_or_else(|| value_at(k.as_str(), at)),
                msg!("local-kind-label"),
                None,
            ),
            _ => {}
        }
        if c.name.trim().is_empty() {
            err(
                diags,
                "plan-local-empty-name",
                msg!("local-empty-name", what = what),
                text.get(at..)
                    .and_then(|t| t.find("name:"))
                    .map(|i| at + i..at + i + 4)
                    .unwrap_or(at..at),
                msg!("local-empty-name-label"),
                Some(msg!("local-empty-name-note")),
            );
        }
        let long = |field: &str, value: &str, max: usize, diags: &mut Diagnostics| {
            let n = value.chars().count();
            if n > max {
                err(
                    diags,
                    "plan-local-too-long",
                    msg!(
                        "local-too-long",
                        field = field_name(field),
                        what = what,
                        count = n,
                        max = max
                    ),
                    value_at(value, at),
                    msg!("local-too-long-label"),
                    Some(match field {
                        "name" | "phone" => msg!("local-too-long-card-note"),
                        _ => msg!("local-too-long-directory-note"),
                    }),
                );
            } else if value.contains('\n') {
                err(
                    diags,
                    "plan-local-too-long",
                    msg!("local-one-line", field = field_name(field), what = what),
                    value_at(value, at),
                    msg!("local-one-line-label"),
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
                    msg!("local-phone", what = what, phone = p.trim()),
                    value_at(p, at),
                    msg!("local-phone-label"),
                    Some(msg!("local-phone-note")),
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
                    msg!("local-url", what = what),
                    value_at(u, at),
                    msg!("invalid-url-label"),
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
                    msg!("local-language", value = l, what = what),
                    value_at(l, at),
                    msg!("plan-language-label"),
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
            msg!("local-checked-date", value = &local.checked),
            checked_at,
            msg!("plan-date-label"),
            None,
        ),
        Some(checked) => {
            if let Some(day) = first_day.and_then(crate::curriculum::parse_date) {
                let age = days(day) - days(checked);
                if age > STALE_DAYS {
                    diags.push(
                        Diagnostic::warning(
                            "plan-local-stale",
                            msg!("local-stale", date = &local.checked, days = age),
                        )
                        .at(file, checked_at, msg!("local-stale-label"))
                        .with_note(msg!("local-stale-note")),
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
