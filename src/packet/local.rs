//! Local details: a plan's `local:` block, one organisation's checked
//! contacts for the room (legal aid, an accredited representative, mental
//! health, emergencies, and more of known kinds).
//!
//! They fill the Fluent terms a module declares in `local_terms:` (so a
//! translator never writes a phone number, and an author adds a placeholder
//! without touching Rust), answer the prompts that say `local:` (the legal
//! aid line of a pocket card), and make the packet's one-page support
//! directory. Without them, the placeholders stay as write-in blanks and the
//! packet's README lists what to fill in by hand.
//!
//! Privacy: the block holds organisations' contacts only. There is no field
//! for anyone attending, and unknown fields are errors.

use std::collections::BTreeMap;
use std::ops::Range;

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::curriculum::schema::{ContactKind, ContactPart, LocalRef, Module};
use crate::diag::{Diagnostic, Diagnostics};
use crate::l10n::Localizer;
use crate::localize::{HandoutDoc, LocalizedModule};
use crate::source::FileId;

/// The longest values that still fit where they print: a name and a phone
/// number share one line of the pocket card with its prompt.
pub const MAX_NAME: usize = 40;
pub const MAX_PHONE: usize = 20;
pub const MAX_HOURS: usize = 60;
pub const MAX_ADDRESS: usize = 100;
pub const MAX_URL: usize = 80;
pub const MAX_NOTE: usize = 160;
/// Contacts in `more`, so that the directory fits on one page.
pub const MAX_MORE: usize = 6;
/// Contacts checked longer than this before the workshop are worth a call.
pub const STALE_DAYS: i64 = 30;

/// The plan's `local:` block.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Local {
    #[serde(default)]
    pub organisation: Option<Contact>,
    #[serde(default)]
    pub legal_aid: Option<Contact>,
    #[serde(default)]
    pub accredited_rep: Option<Contact>,
    #[serde(default)]
    pub mental_health: Option<Contact>,
    /// Who to call, and the venue's emergency plan (in `note`).
    #[serde(default)]
    pub emergency: Option<Contact>,
    /// Other contacts, each with a `kind`.
    #[serde(default)]
    pub more: Vec<Contact>,
    /// When these contacts were last confirmed (`YYYY-MM-DD`).
    pub checked: String,
}

/// One organisation or service. Never a person attending.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Contact {
    /// Only in `more`: what kind of contact this is.
    #[serde(default)]
    pub kind: Option<ContactKind>,
    pub name: String,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub hours: Option<Text>,
    /// Language tags of the languages it serves people in.
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub address: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
    #[serde(default)]
    pub note: Option<Text>,
}

/// Text the facilitator writes: one string, or one per language
/// (`{ es: "lun a vie", en: "Mon to Fri" }`) for a bilingual packet.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Text {
    One(String),
    PerLang(BTreeMap<String, String>),
}

impl Text {
    /// The text for `lang`: its own, else its language's, else the first.
    pub fn get(&self, lang: &LanguageIdentifier) -> &str {
        match self {
            Text::One(s) => s,
            Text::PerLang(map) => map
                .get(&lang.to_string())
                .or_else(|| map.get(lang.language.as_str()))
                .or_else(|| map.values().next())
                .map(String::as_str)
                .unwrap_or(""),
        }
    }

    fn values(&self) -> Vec<&str> {
        match self {
            Text::One(s) => vec![s],
            Text::PerLang(map) => map.values().map(String::as_str).collect(),
        }
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct V;
        impl<'de> serde::de::Visitor<'de> for V {
            type Value = Text;
            fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
                f.write_str("a text, or one text per language such as `{ es: ..., en: ... }`")
            }
            fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<Text, E> {
                Ok(Text::One(v.to_string()))
            }
            fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Text, A::Error> {
                let m = BTreeMap::<String, String>::deserialize(
                    serde::de::value::MapAccessDeserializer::new(map),
                )?;
                Ok(Text::PerLang(m))
            }
        }
        d.deserialize_any(V)
    }
}

/// The field of `local:` that holds each of the five named contacts.
const NAMED: [(&str, ContactKind); 5] = [
    ("organisation", ContactKind::Organisation),
    ("legal_aid", ContactKind::LegalAid),
    ("accredited_rep", ContactKind::AccreditedRep),
    ("mental_health", ContactKind::MentalHealth),
    ("emergency", ContactKind::Emergency),
];

impl Local {
    fn named(&self) -> [Option<&Contact>; 5] {
        [
            self.organisation.as_ref(),
            self.legal_aid.as_ref(),
            self.accredited_rep.as_ref(),
            self.mental_health.as_ref(),
            self.emergency.as_ref(),
        ]
    }

    /// Every contact with its kind, the named ones first, in directory order.
    pub fn contacts(&self) -> Vec<(ContactKind, &Contact)> {
        let mut out: Vec<(ContactKind, &Contact)> = NAMED
            .iter()
            .zip(self.named())
            .filter_map(|((_, kind), c)| c.map(|c| (*kind, c)))
            .collect();
        out.extend(
            self.more
                .iter()
                .map(|c| (c.kind.unwrap_or(ContactKind::Other), c)),
        );
        out
    }

    /// The contact that fills placeholders of `kind`: the named one, else
    /// the first of that kind in `more`.
    pub fn find(&self, kind: ContactKind) -> Option<&Contact> {
        self.contacts()
            .into_iter()
            .find(|(k, _)| *k == kind)
            .map(|(_, c)| c)
    }

    /// What `r` resolves to in the language of `l10n`, if the plan gives it.
    pub fn value(&self, r: LocalRef, l10n: &Localizer) -> Option<String> {
        let c = self.find(r.kind)?;
        let phone = c.phone.as_deref().map(str::trim).filter(|p| !p.is_empty());
        match (r.part, phone) {
            (ContactPart::Name, _) | (ContactPart::Contact, None) => Some(c.name.trim().into()),
            (ContactPart::Phone, p) => p.map(str::to_owned),
            (ContactPart::Contact, Some(p)) => {
                let mut args = FluentArgs::new();
                args.set("name", FluentValue::from(c.name.trim()));
                args.set("phone", FluentValue::from(p));
                Some(l10n.msg_args("ui-local-contact", &args))
            }
        }
    }
}

/// The Fluent resource that fills `module`'s local terms in the language
/// of `l10n`; `None` when the plan fills none of them. Values are string
/// literals, so nothing a facilitator types is read as Fluent syntax.
pub fn term_resource(
    terms: &BTreeMap<String, LocalRef>,
    local: &Local,
    l10n: &Localizer,
) -> Option<FluentResource> {
    let mut text = String::new();
    for (term, r) in terms {
        if let Some(v) = local.value(*r, l10n) {
            let escaped = v.replace('\\', "\\\\").replace('"', "\\\"");
            text.push_str(&format!("-{term} = {{ \"{escaped}\" }}\n"));
        }
    }
    if text.is_empty() {
        return None;
    }
    Some(FluentResource::try_new(text).unwrap_or_else(|(res, _)| res))
}

/// [`term_resource`] in `lang`, formatting contacts with that language's
/// common labels.
pub fn term_resource_for(
    store: &crate::l10n::LocaleStore,
    lang: &LanguageIdentifier,
    terms: &BTreeMap<String, LocalRef>,
    local: &Local,
) -> Option<FluentResource> {
    let common = Localizer::new(store, lang, None, None, &mut Diagnostics::new());
    term_resource(terms, local, &common)
}

/// The local terms of several modules together (the first module to name
/// a term decides what fills it), for documents that show text of more
/// than one module.
pub fn all_terms<'m>(modules: impl IntoIterator<Item = &'m Module>) -> BTreeMap<String, LocalRef> {
    let mut out = BTreeMap::new();
    for m in modules {
        for (t, r) in &m.local_terms {
            out.entry(t.clone()).or_insert(*r);
        }
    }
    out
}

/// Puts the local contact a prompt asks for (`local:`) in place of its
/// ruled lines.
pub fn fill_prompts(module: &Module, doc: &mut HandoutDoc, local: &Local, l10n: &Localizer) {
    let Some(h) = module.handouts.iter().find(|h| h.id == doc.handout.id) else {
        return;
    };
    for (s, ls) in h.sections.iter().zip(doc.handout.sections.iter_mut()) {
        for (p, lp) in s.prompts.iter().zip(ls.prompts.iter_mut()) {
            if let Some(r) = p.local {
                lp.filled = local.value(r, l10n);
            }
        }
    }
}

/// Something to fill in by hand before printing: a placeholder's text (or
/// a prompt's), and the files it appears in.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct WriteIn {
    pub text: String,
    pub files: Vec<String>,
}

/// The placeholders and prompts of one module that the plan's local
/// details leave blank, in one language, with the files they print in.
/// `guide` and `handouts` are that language's models, `files` the guide's
/// file name then each handout's.
pub fn write_ins(
    module: &Module,
    local: Option<&Local>,
    l10n: &Localizer,
    guide: &LocalizedModule,
    handouts: &[HandoutDoc],
    files: &[String],
) -> Vec<WriteIn> {
    let filled = |r: &LocalRef| local.and_then(|l| l.value(*r, l10n)).is_some();
    let docs: Vec<String> = std::iter::once(serde_json::to_string(guide))
        .chain(handouts.iter().map(serde_json::to_string))
        .map(Result::unwrap_or_default)
        .collect();
    let mut out: Vec<WriteIn> = Vec::new();
    let mut add = |text: String, files: Vec<String>| {
        if files.is_empty() {
            return;
        }
        match out.iter_mut().find(|w| w.text == text) {
            Some(w) => {
                for f in files {
                    if !w.files.contains(&f) {
                        w.files.push(f);
                    }
                }
            }
            None => out.push(WriteIn { text, files }),
        }
    };
    for (term, r) in &module.local_terms {
        if filled(r) {
            continue;
        }
        let Some(text) = l10n.term(term) else {
            continue;
        };
        let needle = serde_json::to_string(&text).unwrap_or_default();
        let needle = needle.trim_matches('"');
        if needle.is_empty() {
            continue;
        }
        let found: Vec<String> = docs
            .iter()
            .zip(files)
            .filter(|(d, _)| d.contains(needle))
            .map(|(_, f)| f.clone())
            .collect();
        add(text, found);
    }
    for (i, h) in module.handouts.iter().enumerate() {
        let Some(doc) = handouts.get(i) else { continue };
        for (s, ls) in h.sections.iter().zip(&doc.handout.sections) {
            for (p, lp) in s.prompts.iter().zip(&ls.prompts) {
                if p.local.as_ref().is_some_and(|r| !filled(r)) {
                    add(
                        lp.text.clone(),
                        files.get(i + 1).cloned().into_iter().collect(),
                    );
                }
            }
        }
    }
    out
}

// ----- the support directory -----

/// The directory's file in the packet.
pub const DIRECTORY_FILE: &str = "6-support-directory.pdf";

/// The directory in the print list: one copy per participant, to take home.
pub fn directory_printable(plan: &super::plan::Plan, pages: u32) -> super::model::Printable {
    super::model::Printable {
        name: super::model::PrintName::Label("ui-support-directory"),
        file: DIRECTORY_FILE.into(),
        pages,
        copies: plan.participants,
        double_sided: false,
    }
}

/// A directory that runs past one page is an error at the `local:` block.
pub fn directory_too_long(
    lp: &super::plan::LoadedPlan,
    pages: usize,
    sources: &crate::source::Sources,
) -> Option<Diagnostic> {
    if pages <= 1 {
        return None;
    }
    let text = &sources.get(lp.file).text;
    Some(
        Diagnostic::error(
            "plan-local-too-long",
            format!("the support directory takes {pages} pages; it must fit on one"),
        )
        .at(
            lp.file,
            crate::curriculum::locate_key(text, 0, "local").unwrap_or(0..0),
            "these contacts",
        )
        .with_note("shorten the notes, addresses or hours, or list fewer contacts under `more`"),
    )
}

#[derive(Debug, Clone, Serialize)]
pub struct DirectoryMeta {
    pub lang: String,
    pub dir: String,
    pub title: String,
    pub page_of: String,
    pub licence_label: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct ContactView {
    pub kind: String,
    pub kind_label: String,
    pub name: String,
    pub phone: Option<String>,
    pub hours: Option<String>,
    pub languages: Option<String>,
    pub address: Option<String>,
    pub url: Option<String>,
    pub note: Option<String>,
}

/// The one-page support directory in one language.
#[derive(Debug, Clone, Serialize)]
pub struct DirectoryDoc {
    pub meta: DirectoryMeta,
    pub labels: BTreeMap<String, String>,
    pub take_one: String,
    pub checked: String,
    pub contacts: Vec<ContactView>,
}

/// The name of a language in the language of `l10n` (`ui-language-name`
/// names the common ones; others print as their tag).
fn language_name(l10n: &Localizer, tag: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("tag", FluentValue::from(tag));
    l10n.msg_args("ui-language-name", &args)
}

/// "Checked on December 1, 2026", in the language of `l10n`.
pub fn checked_label(l10n: &Localizer, local: &Local) -> String {
    let mut args = FluentArgs::new();
    args.set(
        "date",
        FluentValue::from(crate::localize::date(l10n, &local.checked)),
    );
    l10n.msg_args("ui-local-checked", &args)
}

pub fn directory(
    l10n: &Localizer,
    local: &Local,
    title: &str,
    labels: BTreeMap<String, String>,
) -> DirectoryDoc {
    let lang = l10n.requested().clone();
    let mut page = FluentArgs::new();
    page.set("page", FluentValue::from("{page}"));
    page.set("total", FluentValue::from("{total}"));
    let mut checked = FluentArgs::new();
    checked.set(
        "date",
        FluentValue::from(crate::localize::date(l10n, &local.checked)),
    );
    let some = |s: &Option<String>| {
        s.as_deref()
            .map(str::trim)
            .filter(|s| !s.is_empty())
            .map(str::to_owned)
    };
    DirectoryDoc {
        meta: DirectoryMeta {
            lang: lang.to_string(),
            dir: "ltr".into(),
            title: l10n.msg("ui-support-directory"),
            page_of: l10n.msg_args("ui-page-of", &page),
            licence_label: title.to_string(),
        },
        labels,
        take_one: l10n.msg("ui-directory-take-one"),
        checked: l10n.msg_args("ui-directory-checked", &checked),
        contacts: local
            .contacts()
            .into_iter()
            .map(|(kind, c)| ContactView {
                kind: kind.as_str().into(),
                kind_label: l10n.msg(&kind.label_id()),
                name: c.name.trim().into(),
                phone: some(&c.phone),
                hours: c.hours.as_ref().map(|t| t.get(&lang).trim().to_string()),
                languages: (!c.languages.is_empty()).then(|| {
                    c.languages
                        .iter()
                        .map(|t| language_name(l10n, t))
                        .collect::<Vec<_>>()
                        .join(", ")
                }),
                address: some(&c.address),
                url: some(&c.url),
                note: c.note.as_ref().map(|t| t.get(&lang).trim().to_string()),
            })
            .collect(),
    }
}

// ----- validation -----

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
