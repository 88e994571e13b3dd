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

use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::{Deserialize, Serialize};
use unic_langid::LanguageIdentifier;

use crate::curriculum::schema::{ContactKind, ContactPart, LocalRef, Module};
use crate::diag::{Diagnostic, Diagnostics};
use crate::l10n::Localizer;
use crate::localize::{HandoutDoc, LocalizedModule};

mod check;
pub use check::validate;

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

    /// What `r` resolves to in the language of `l10n`, if the plan gives it:
    /// in running text, the name and then the phone (`ui-local-contact`).
    pub fn value(&self, r: LocalRef, l10n: &Localizer) -> Option<String> {
        self.value_as(r, l10n, "ui-local-contact")
    }

    /// As the answer to a prompt ("Legal aid phone:"), the phone comes
    /// first (`ui-local-answer`).
    pub fn answer(&self, r: LocalRef, l10n: &Localizer) -> Option<String> {
        self.value_as(r, l10n, "ui-local-answer")
    }

    fn value_as(&self, r: LocalRef, l10n: &Localizer, label: &str) -> Option<String> {
        let c = self.find(r.kind)?;
        let phone = c.phone.as_deref().map(str::trim).filter(|p| !p.is_empty());
        match (r.part, phone) {
            (ContactPart::Name, _) | (ContactPart::Contact, None) => Some(c.name.trim().into()),
            (ContactPart::Phone, p) => p.map(str::to_owned),
            (ContactPart::Contact, Some(p)) => {
                let mut args = FluentArgs::new();
                args.set("name", FluentValue::from(c.name.trim()));
                args.set("phone", FluentValue::from(p));
                Some(l10n.msg_args(label, &args))
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
                lp.filled = local.answer(r, l10n);
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
            crate::msg!("local-directory-too-long", pages = pages),
        )
        .at(
            lp.file,
            crate::curriculum::locate_key(text, 0, "local").unwrap_or(0..0),
            crate::msg!("local-directory-too-long-label"),
        )
        .with_note(crate::msg!("local-directory-too-long-note")),
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
pub fn language_name(l10n: &Localizer, tag: &str) -> String {
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
