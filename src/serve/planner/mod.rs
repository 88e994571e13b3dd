//! The workshop planner: `/plan` in `puente serve`.
//!
//! A facilitator fills in one form (the workshop, its days and modules,
//! the local contacts) and downloads the whole packet, without seeing
//! YAML. The page is drawn on the server and works without JavaScript:
//! "Download packet" posts the form to `/packet`, "Save plan" to
//! `/plan.yaml`, and the buttons that change the form (add a module, move
//! one up, add a day, open a plan file) post it back to `/plan`, which
//! draws it again. With JavaScript, the preview (run sheet, overrun,
//! checklist and print-list totals) follows every change, from
//! `/plan/preview`.
//!
//! | request | answer |
//! |---|---|
//! | `GET /plan`, `GET /plan?from=<plan>&lang=<lang>` | the form, blank or filled from `plans/<plan>.yaml` |
//! | `POST /plan` | the form again, after a button's change, or filled from an uploaded plan file (multipart) |
//! | `POST /plan/preview` | the form's preview and problems, as JSON |
//! | `POST /plan.yaml` | the plan file the form stands for |
//! | `POST /packet` | the packet zip, from a plan (`application/yaml`) or the form |
//!
//! The packet is made by [`crate::pipeline::packet::packet`] and zipped by
//! [`crate::output::zip`], as `puente packet PLAN --zip` does, so the same
//! plan gives the same bytes. Nothing is stored: no cookie, no account, no
//! file; each request carries the whole plan.

// Handlers answer with a whole `Response`, errors included, as axum's own
// extractors do.
#![allow(clippy::result_large_err)]

pub mod form;

use std::collections::BTreeMap;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{FromRequest, Request};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::Response;
use unic_langid::LanguageIdentifier;

use self::form::{day_prefix, Fields, FormPlan, CONTACT_FIELDS, CONTACT_KEYS};
use super::State;
use crate::diag::{Diagnostics, Severity};
use crate::l10n::Localizer;
use crate::packet::model::PacketDoc;
use crate::packet::plan::{self, LoadedPlan};
use crate::source::Sources;
use crate::workspace::Workspace;

/// The largest body the planner reads: a plan is a few kilobytes.
pub const MAX_BODY: usize = 1024 * 1024;

/// How a posted plan's diagnostics name it.
const PLAN_FILE: &str = "plan.yaml";

const PLANNER_JS: &str = include_str!("planner.js");
const PLANNER_CSS: &str = include_str!("planner.css");

/// Answers the planner's paths; `None` for any other path.
pub async fn handle(state: &Arc<State>, req: Request) -> Result<Response, Request> {
    let path = req.uri().path().to_string();
    let method = req.method().clone();
    let post = method == Method::POST;
    let get = method == Method::GET || method == Method::HEAD;
    match path.as_str() {
        "/_puente/planner.js" if get => Ok(typed("text/javascript; charset=utf-8", PLANNER_JS)),
        "/_puente/planner.css" if get => Ok(typed("text/css; charset=utf-8", PLANNER_CSS)),
        "/plan" if get => Ok(get_plan(state, &req)),
        "/plan" if post => Ok(post_plan(state, req).await),
        "/plan/preview" if post => Ok(post_preview(state, req).await),
        "/plan.yaml" if post => Ok(post_yaml(state, req).await),
        "/packet" if post => Ok(post_packet(state, req).await),
        "/plan" | "/plan/preview" | "/plan.yaml" | "/packet" => {
            let allow = if path == "/plan" { "GET, POST" } else { "POST" };
            let mut r = text(
                StatusCode::METHOD_NOT_ALLOWED,
                &crate::msg!("plan-http-post-only").to_string(),
            );
            if path == "/plan" {
                r = text(
                    StatusCode::METHOD_NOT_ALLOWED,
                    &crate::msg!("plan-http-get-or-post").to_string(),
                );
            }
            r.headers_mut()
                .insert(header::ALLOW, HeaderValue::from_static(allow));
            Ok(r)
        }
        _ => Err(req),
    }
}

fn typed(content_type: &'static str, body: impl Into<Body>) -> Response {
    let mut r = Response::new(body.into());
    let h = r.headers_mut();
    h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    h.insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    r
}

fn text(code: StatusCode, body: &str) -> Response {
    let mut r = typed("text/plain; charset=utf-8", body.to_string());
    *r.status_mut() = code;
    r
}

fn with_status(mut r: Response, code: StatusCode) -> Response {
    *r.status_mut() = code;
    r
}

/// The body, or 413 when it is over [`MAX_BODY`].
async fn body(req: Request) -> Result<axum::body::Bytes, Response> {
    let too_big = || {
        text(
            StatusCode::PAYLOAD_TOO_LARGE,
            &crate::msg!("plan-http-too-large-plan").to_string(),
        )
    };
    if let Some(len) = req
        .headers()
        .get(header::CONTENT_LENGTH)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok())
    {
        if len > MAX_BODY as u64 {
            return Err(too_big());
        }
    }
    axum::body::to_bytes(req.into_body(), MAX_BODY)
        .await
        .map_err(|_| too_big())
}

fn content_type(req: &Request) -> String {
    req.headers()
        .get(header::CONTENT_TYPE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .split(';')
        .next()
        .unwrap_or("")
        .trim()
        .to_ascii_lowercase()
}

fn query(req: &Request) -> Fields {
    Fields::parse(req.uri().query().unwrap_or("").as_bytes())
}

fn unavailable() -> Response {
    text(
        StatusCode::SERVICE_UNAVAILABLE,
        &crate::msg!("plan-http-project-broken").to_string(),
    )
}

/// The page's language: the one chosen on the page, else the browser's
/// first language that Puente's interface has, else English.
fn page_lang(ws: &Workspace, chosen: &str, accept: &str) -> LanguageIdentifier {
    let have = ws.project.locales.locales();
    let pick = |tag: &str| -> Option<LanguageIdentifier> {
        let l: LanguageIdentifier = tag.trim().parse().ok()?;
        have.iter()
            .find(|h| **h == l)
            .or_else(|| have.iter().find(|h| h.language == l.language))
            .cloned()
    };
    if let Some(l) = pick(chosen) {
        return l;
    }
    for part in accept.split(',') {
        let tag = part.split(';').next().unwrap_or("");
        if let Some(l) = pick(tag) {
            return l;
        }
    }
    crate::l10n::source_locale()
}

/// The interface labels in `lang`.
struct Labels<'a> {
    l10n: Localizer<'a>,
    map: BTreeMap<String, String>,
    lang: LanguageIdentifier,
}

impl<'a> Labels<'a> {
    fn new(ws: &'a Workspace, lang: LanguageIdentifier) -> Labels<'a> {
        let l10n = Localizer::new(
            &ws.project.locales,
            &lang,
            None,
            None,
            &mut Diagnostics::new(),
        );
        let map = crate::localize::labels(&l10n, &ws.project.locales);
        Labels { l10n, map, lang }
    }

    fn t(&self, id: &str) -> String {
        esc(&self
            .map
            .get(id)
            .cloned()
            .unwrap_or_else(|| self.l10n.msg(id)))
    }

    fn language(&self, tag: &str) -> String {
        esc(&crate::packet::local::language_name(&self.l10n, tag))
    }
}

fn esc(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

/// A form field's problems, by field name.
type Problems = BTreeMap<String, Vec<(Severity, String)>>;

/// What reading the form's plan found.
struct Checked {
    yaml: String,
    plan: Option<LoadedPlan>,
    diags: Diagnostics,
    problems: Problems,
}

/// The text of a `{ message: id }` title in the plan's first language.
fn title_text(ws: &Workspace, fp: &FormPlan) -> Option<String> {
    if fp.title_message.is_empty() {
        return None;
    }
    let lang: LanguageIdentifier = fp.languages.first()?.parse().ok()?;
    let l = Localizer::new(
        &ws.project.locales,
        &lang,
        Some("plans"),
        None,
        &mut Diagnostics::new(),
    );
    Some(l.msg(&fp.title_message))
}

/// Turns the form into a plan file and reads it as `packet` would.
fn check_form(ws: &Workspace, fp: &FormPlan) -> Checked {
    let title = title_text(ws, fp);
    // A number field holding text is reported here, and left out of the
    // plan that is checked, so that every other problem is found too
    // (the plan's reader stops at a value of the wrong type).
    let mut not_numbers: Vec<(String, String)> = Vec::new();
    let mut clean = fp.clone();
    let digits = |v: &str| !v.is_empty() && v.len() <= 9 && v.chars().all(|c| c.is_ascii_digit());
    let mut fix = |field: String, v: &mut String, fallback: &str| {
        if !v.is_empty() && !digits(v) {
            not_numbers.push((field, v.clone()));
            *v = fallback.to_string();
        }
    };
    fix("participants".into(), &mut clean.participants, "1");
    fix("group_size".into(), &mut clean.group_size, "1");
    fix("spares".into(), &mut clean.spares, "0");
    for (i, day) in clean.days.iter_mut().enumerate() {
        let p = day_prefix(i);
        for m in &mut day.modules {
            fix(format!("{p}break.{}", m.id), &mut m.break_after, "");
            fix(format!("{p}meal.{}", m.id), &mut m.meal_after, "");
            let mut keep = BTreeMap::new();
            for (a, v) in &m.minutes {
                let mut v = v.clone();
                fix(format!("{p}minutes.{}.{a}", m.id), &mut v, "");
                if !v.is_empty() {
                    keep.insert(a.clone(), v);
                }
            }
            m.minutes = keep;
        }
    }
    let (yaml, fields) = if not_numbers.is_empty() {
        fp.to_yaml(title.as_deref())
    } else {
        clean.to_yaml(title.as_deref())
    };
    let mut sources = Sources::new();
    let mut diags = Diagnostics::new();
    let name = fp.packet_name();
    let plan = plan::load_text(
        &name,
        PLAN_FILE,
        yaml.clone(),
        &ws.project,
        &mut sources,
        &mut diags,
    );
    let mut problems = Problems::new();
    for (field, v) in not_numbers {
        problems.entry(field).or_default().push((
            Severity::Error,
            format!("`{v}` is not a number; write it in digits, such as 25"),
        ));
    }
    if !crate::ids::is_valid_id(&name) || crate::ids::is_reserved_name(&name) {
        problems.entry("name".into()).or_default().push((
            Severity::Error,
            format!("`{name}` cannot name a packet; use lower-case letters, digits and hyphens, such as saturday-workshop"),
        ));
    }
    if fp.title.is_empty() {
        problems
            .entry("title".into())
            .or_default()
            .push((Severity::Error, "the workshop needs a title".into()));
    }
    for (i, day) in fp.days.iter().enumerate() {
        let mut seen = Vec::new();
        for m in &day.modules {
            if seen.contains(&m.id) {
                problems
                    .entry(format!("{}modules", day_prefix(i)))
                    .or_default()
                    .push((
                        Severity::Error,
                        format!(
                            "the module `{}` is in this day twice; a day runs a module once",
                            m.id
                        ),
                    ));
            }
            seen.push(m.id.clone());
        }
    }
    for d in diags.items() {
        let field = d
            .labels
            .first()
            .map(|l| sources.get(l.file).line_col(l.span.start).0)
            .and_then(|line| fields.get(line - 1))
            .cloned()
            .unwrap_or_else(|| "title".to_string());
        let mut message = d.message.clone();
        for n in &d.notes {
            message.push_str("; ");
            message.push_str(n);
        }
        problems
            .entry(field)
            .or_default()
            .push((d.severity, message));
    }
    // The languages must have translations, as `packet` requires.
    if let Some(lp) = &plan {
        for lang in lp.plan.languages.iter().filter_map(|l| l.parse().ok()) {
            if let Err(e) = crate::l10n::locale_has_translation(&ws.project.locales, &lang) {
                problems
                    .entry("languages".into())
                    .or_default()
                    .push((Severity::Error, e.to_string()));
            }
        }
    }
    Checked {
        yaml,
        plan,
        diags,
        problems,
    }
}

fn has_errors(p: &Problems) -> bool {
    p.values().flatten().any(|(s, _)| *s == Severity::Error)
}

fn get_plan(state: &Arc<State>, req: &Request) -> Response {
    let snap = state.snapshot();
    let Some(ws) = snap.ws.as_deref() else {
        return unavailable();
    };
    let q = query(req);
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("");
    let lang = page_lang(ws, &q.get("lang"), accept);
    let from = q.get("from");
    let fp = if from.is_empty() {
        FormPlan::blank(&crate::l10n::source_locale().to_string())
    } else {
        match shipped_plan(state, ws, &from) {
            Ok(fp) => fp,
            Err(r) => return r,
        }
    };
    page_response(ws, &fp, lang, false, StatusCode::OK)
}

/// The plans under `plans/` a facilitator can start from.
fn shipped_plans(state: &State) -> Vec<String> {
    let mut out: Vec<String> = std::fs::read_dir(state.config.root.join("plans"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let name = e.file_name().to_string_lossy().into_owned();
            let stem = name.strip_suffix(".yaml")?;
            crate::ids::is_valid_id(stem).then(|| stem.to_string())
        })
        .collect();
    out.sort();
    out
}

fn shipped_plan(state: &State, ws: &Workspace, name: &str) -> Result<FormPlan, Response> {
    if !shipped_plans(state).iter().any(|p| p == name) {
        return Err(text(
            StatusCode::NOT_FOUND,
            &crate::msg!("plan-http-no-such-plan").to_string(),
        ));
    }
    let path = state.config.root.join("plans").join(format!("{name}.yaml"));
    let bytes = std::fs::read(&path).map_err(|_| {
        text(
            StatusCode::NOT_FOUND,
            &crate::msg!("serve-not-found").to_string(),
        )
    })?;
    form_from_yaml(ws, name, &String::from_utf8_lossy(&bytes))
        .map_err(|t| text(StatusCode::UNPROCESSABLE_ENTITY, &t))
}

/// The form for a plan file's text, or the diagnostics `check` gives.
fn form_from_yaml(ws: &Workspace, name: &str, yaml: &str) -> Result<FormPlan, String> {
    let mut sources = Sources::new();
    let mut diags = Diagnostics::new();
    let lp = plan::load_text(
        name,
        PLAN_FILE,
        yaml.to_string(),
        &ws.project,
        &mut sources,
        &mut diags,
    );
    match lp {
        Some(lp) => {
            let title = match &lp.plan.title {
                plan::Title::Message { message } => lp
                    .plan
                    .languages
                    .first()
                    .and_then(|l| l.parse::<LanguageIdentifier>().ok())
                    .map(|lang| {
                        Localizer::new(
                            &ws.project.locales,
                            &lang,
                            Some("plans"),
                            None,
                            &mut Diagnostics::new(),
                        )
                        .msg(message)
                    })
                    .unwrap_or_default(),
                plan::Title::Literal(s) => s.clone(),
            };
            Ok(FormPlan::from_plan(name, &lp.plan, &title))
        }
        None => Err(diags.render(&sources)),
    }
}

async fn post_plan(state: &Arc<State>, req: Request) -> Response {
    let snap = state.snapshot();
    let Some(ws) = snap.ws.clone() else {
        return unavailable();
    };
    let accept = req
        .headers()
        .get(header::ACCEPT_LANGUAGE)
        .and_then(|v| v.to_str().ok())
        .unwrap_or("")
        .to_string();
    if content_type(&req) == "multipart/form-data" {
        return upload(&ws, req, &accept).await;
    }
    let bytes = match body(req).await {
        Ok(b) => b,
        Err(r) => return r,
    };
    let fields = Fields::parse(&bytes);
    let mut fp = FormPlan::from_fields(&fields, &ws.project);
    let action = fields.get("action");
    let mut lang_choice = fields.get("lang");
    apply_action(&mut fp, &fields, &action, &mut lang_choice);
    let lang = page_lang(&ws, &lang_choice, &accept);
    page_response(&ws, &fp, lang, true, StatusCode::OK)
}

/// What a button asked for: `add:<day>`, `up:<day>:<n>`, `remove:<day>:<n>`,
/// `add-day`, `remove-day:<day>`, `lang:<tag>`; anything else (`preview`)
/// only draws the form again.
fn apply_action(fp: &mut FormPlan, fields: &Fields, action: &str, lang: &mut String) {
    let mut parts = action.split(':');
    let verb = parts.next().unwrap_or("");
    let a: usize = parts
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    let b: usize = parts
        .next()
        .and_then(|s| s.parse().ok())
        .unwrap_or(usize::MAX);
    match verb {
        "add" => {
            let id = fields.get(&format!("{}add", day_prefix(a)));
            if let Some(day) = fp.days.get_mut(a) {
                if !id.is_empty() {
                    day.modules.push(form::FormModule {
                        id,
                        ..Default::default()
                    });
                }
            }
        }
        "up" => {
            if let Some(day) = fp.days.get_mut(a) {
                if b > 0 && b < day.modules.len() {
                    day.modules.swap(b - 1, b);
                }
            }
        }
        "remove" => {
            if let Some(day) = fp.days.get_mut(a) {
                if b < day.modules.len() {
                    day.modules.remove(b);
                }
            }
        }
        "add-day" => {
            let (start, end) = fp
                .days
                .last()
                .map(|d| (d.start.clone(), d.end.clone()))
                .unwrap_or_default();
            fp.days.push(form::FormDay {
                start,
                end,
                ..Default::default()
            });
        }
        "remove-day" if a > 0 && a < fp.days.len() => {
            fp.days.remove(a);
        }
        "lang" => {
            *lang = action["lang:".len()..].to_string();
        }
        _ => {}
    }
}

async fn upload(ws: &Arc<Workspace>, req: Request, accept: &str) -> Response {
    let mut mp = match axum::extract::Multipart::from_request(req, &()).await {
        Ok(m) => m,
        Err(e) => return text(StatusCode::BAD_REQUEST, &e.body_text()),
    };
    let mut yaml: Option<(String, String)> = None;
    let mut lang_choice = String::new();
    let mut total = 0usize;
    loop {
        let field = match mp.next_field().await {
            Ok(Some(f)) => f,
            Ok(None) => break,
            Err(e) => {
                return if e.status() == StatusCode::PAYLOAD_TOO_LARGE {
                    text(
                        StatusCode::PAYLOAD_TOO_LARGE,
                        &crate::msg!("plan-http-too-large").to_string(),
                    )
                } else {
                    text(StatusCode::BAD_REQUEST, &e.body_text())
                }
            }
        };
        let name = field.name().unwrap_or("").to_string();
        let file = field.file_name().unwrap_or("").to_string();
        let Ok(bytes) = field.bytes().await else {
            return text(
                StatusCode::PAYLOAD_TOO_LARGE,
                &crate::msg!("plan-http-too-large").to_string(),
            );
        };
        total += bytes.len();
        if total > MAX_BODY {
            return text(
                StatusCode::PAYLOAD_TOO_LARGE,
                &crate::msg!("plan-http-too-large").to_string(),
            );
        }
        match name.as_str() {
            "plan" => {
                let stem = file
                    .rsplit(['/', '\\'])
                    .next()
                    .unwrap_or("")
                    .trim_end_matches(".yaml")
                    .trim_end_matches(".yml")
                    .to_string();
                yaml = Some((stem, String::from_utf8_lossy(&bytes).into_owned()));
            }
            "lang" => lang_choice = String::from_utf8_lossy(&bytes).into_owned(),
            _ => {}
        }
    }
    let lang = page_lang(ws, &lang_choice, accept);
    let Some((stem, yaml)) = yaml.filter(|(_, y)| !y.trim().is_empty()) else {
        let fp = FormPlan::blank(&crate::l10n::source_locale().to_string());
        return page_with(
            ws,
            &fp,
            lang,
            None,
            Some(String::new()),
            StatusCode::UNPROCESSABLE_ENTITY,
        );
    };
    let name = if crate::ids::is_valid_id(&stem) && !crate::ids::is_reserved_name(&stem) {
        stem
    } else {
        String::new()
    };
    match form_from_yaml(ws, &name, &yaml) {
        Ok(fp) => page_response(ws, &fp, lang, true, StatusCode::OK),
        Err(diags) => {
            let fp = FormPlan::blank(&crate::l10n::source_locale().to_string());
            page_with(
                ws,
                &fp,
                lang,
                None,
                Some(diags),
                StatusCode::UNPROCESSABLE_ENTITY,
            )
        }
    }
}

/// The page for `fp`, with its problems beside the fields when `show`.
fn page_response(
    ws: &Workspace,
    fp: &FormPlan,
    lang: LanguageIdentifier,
    show: bool,
    code: StatusCode,
) -> Response {
    page_with(ws, fp, lang, Some(show), None, code)
}

fn page_with(
    ws: &Workspace,
    fp: &FormPlan,
    lang: LanguageIdentifier,
    show: Option<bool>,
    upload_error: Option<String>,
    code: StatusCode,
) -> Response {
    let checked = check_form(ws, fp);
    let labels = Labels::new(ws, lang);
    let problems = if show == Some(true) {
        checked.problems.clone()
    } else {
        Problems::new()
    };
    let preview = preview_html(ws, &checked, &labels);
    let html = page(
        ws,
        fp,
        &labels,
        &problems,
        &preview,
        upload_error.as_deref(),
    );
    with_status(typed("text/html; charset=utf-8", html), code)
}

async fn form_body(req: Request) -> Result<Fields, Response> {
    let ct = content_type(&req);
    if ct != "application/x-www-form-urlencoded" {
        return Err(text(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            &crate::msg!("plan-http-send-form").to_string(),
        ));
    }
    Ok(Fields::parse(&body(req).await?))
}

async fn post_preview(state: &Arc<State>, req: Request) -> Response {
    let snap = state.snapshot();
    let Some(ws) = snap.ws.clone() else {
        return unavailable();
    };
    let fields = match form_body(req).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let fp = FormPlan::from_fields(&fields, &ws.project);
    let checked = check_form(&ws, &fp);
    let lang = page_lang(&ws, &fields.get("lang"), "");
    let labels = Labels::new(&ws, lang);
    let problems: Vec<serde_json::Value> = checked
        .problems
        .iter()
        .flat_map(|(field, list)| {
            list.iter().map(move |(sev, msg)| {
                serde_json::json!({
                    "field": field,
                    "severity": if *sev == Severity::Error { "error" } else { "warning" },
                    "message": msg,
                })
            })
        })
        .collect();
    let json = serde_json::json!({
        "preview": preview_html(&ws, &checked, &labels),
        "problems": problems,
        "summary": summary_html(&checked.problems, &labels),
    });
    typed("application/json", json.to_string())
}

async fn post_yaml(state: &Arc<State>, req: Request) -> Response {
    let snap = state.snapshot();
    let Some(ws) = snap.ws.clone() else {
        return unavailable();
    };
    let fields = match form_body(req).await {
        Ok(f) => f,
        Err(r) => return r,
    };
    let fp = FormPlan::from_fields(&fields, &ws.project);
    let checked = check_form(&ws, &fp);
    if has_errors(&checked.problems) {
        return invalid_form(&ws, &fp, &fields, &checked);
    }
    let mut r = typed("application/yaml; charset=utf-8", checked.yaml);
    attach(&mut r, &format!("{}.yaml", fp.packet_name()));
    r
}

fn attach(r: &mut Response, file: &str) {
    if let Ok(v) = HeaderValue::from_str(&format!("attachment; filename=\"{file}\"")) {
        r.headers_mut().insert(header::CONTENT_DISPOSITION, v);
    }
}

/// A form with errors: the page again, the problems beside their fields.
fn invalid_form(ws: &Workspace, fp: &FormPlan, fields: &Fields, checked: &Checked) -> Response {
    let lang = page_lang(ws, &fields.get("lang"), "");
    let labels = Labels::new(ws, lang);
    let preview = preview_html(ws, checked, &labels);
    let html = page(ws, fp, &labels, &checked.problems, &preview, None);
    with_status(
        typed("text/html; charset=utf-8", html),
        StatusCode::UNPROCESSABLE_ENTITY,
    )
}

async fn post_packet(state: &Arc<State>, req: Request) -> Response {
    let snap = state.snapshot();
    let Some(ws) = snap.ws.clone() else {
        return unavailable();
    };
    let ct = content_type(&req);
    let q = query(&req);
    let (name, yaml) = match ct.as_str() {
        "application/yaml" | "application/x-yaml" | "text/yaml" | "text/x-yaml" => {
            let bytes = match body(req).await {
                Ok(b) => b,
                Err(r) => return r,
            };
            let Ok(yaml) = String::from_utf8(bytes.to_vec()) else {
                return text(
                    StatusCode::BAD_REQUEST,
                    &crate::msg!("plan-http-not-utf8").to_string(),
                );
            };
            let name = match q.get("name") {
                n if n.is_empty() => "plan".to_string(),
                n if crate::ids::is_valid_id(&n) && !crate::ids::is_reserved_name(&n) => n,
                n => {
                    return text(
                        StatusCode::BAD_REQUEST,
                        &crate::msg!("plan-http-bad-name", name = n).to_string(),
                    )
                }
            };
            (name, yaml)
        }
        "application/x-www-form-urlencoded" => {
            let fields = match form_body(req).await {
                Ok(f) => f,
                Err(r) => return r,
            };
            let fp = FormPlan::from_fields(&fields, &ws.project);
            let checked = check_form(&ws, &fp);
            if has_errors(&checked.problems) {
                return invalid_form(&ws, &fp, &fields, &checked);
            }
            (fp.packet_name(), checked.yaml)
        }
        _ => {
            return text(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                &crate::msg!("plan-http-send-plan").to_string(),
            )
        }
    };
    // A bounded number of packets are made at once; the others wait.
    let Ok(_permit) = state.packet_slots.clone().acquire_owned().await else {
        return text(
            StatusCode::SERVICE_UNAVAILABLE,
            &crate::msg!("plan-http-stopping").to_string(),
        );
    };
    let root = state.config.root.clone();
    let typst = state.typst.clone();
    let options = state.config.options;
    let result =
        tokio::task::spawn_blocking(move || make_packet(&root, typst, options, &name, yaml))
            .await
            .unwrap_or_else(|e| Err(text(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string())));
    match result {
        Ok((name, bytes)) => {
            let mut r = typed("application/zip", bytes);
            attach(&mut r, &format!("{name}.zip"));
            r
        }
        Err(r) => r,
    }
}

/// The packet zip of a plan, as `puente packet PLAN --zip` makes it.
fn make_packet(
    root: &std::path::Path,
    typst: Arc<crate::render::pdf::Typst>,
    options: crate::pipeline::Options,
    name: &str,
    yaml: String,
) -> Result<(String, Vec<u8>), Response> {
    use crate::pipeline::packet::{packet, PacketRequest};
    let fatal = |e: crate::Fatal| text(StatusCode::INTERNAL_SERVER_ERROR, &e.to_string());
    let mut ws = Workspace::load_with(root, typst).map_err(fatal)?;
    let mut diags = ws.copy_diags();
    let project_errors = diags.has_errors();
    let lp = plan::load_text(
        name,
        PLAN_FILE,
        yaml,
        &ws.project,
        &mut ws.sources,
        &mut diags,
    );
    let bad = |diags: &Diagnostics, ws: &Workspace| {
        text(StatusCode::UNPROCESSABLE_ENTITY, &diags.render(&ws.sources))
    };
    let Some(lp) = lp.filter(|_| !diags.has_errors()) else {
        return Err(bad(&diags, &ws));
    };
    if project_errors {
        return Err(unavailable());
    }
    for lang in lp.plan.languages.iter().filter_map(|l| l.parse().ok()) {
        if let Err(e) = crate::l10n::locale_has_translation(&ws.project.locales, &lang) {
            return Err(text(StatusCode::UNPROCESSABLE_ENTITY, &e.to_string()));
        }
    }
    let req = PacketRequest {
        pdf: true,
        options,
        ..PacketRequest::default()
    };
    let mut files: Vec<crate::output::OutputFile> = Vec::new();
    let made = packet(
        &ws,
        &lp,
        &req,
        &crate::pipeline::Silent,
        &mut files,
        &mut diags,
    )
    .map_err(fatal)?;
    let Some(name) = made.filter(|_| !diags.has_errors()) else {
        return Err(bad(&diags, &ws));
    };
    files.sort_by(|a, b| a.path.cmp(&b.path));
    let bytes = crate::output::zip(&name, &files).map_err(fatal)?;
    Ok((name, bytes))
}

/// The run sheet, overrun, checklist and print-list totals of the form's
/// plan, in its first language, as the packet will have them; or, while
/// the plan has errors, a line saying the preview waits for them.
fn preview_html(ws: &Workspace, checked: &Checked, labels: &Labels) -> String {
    let docs: Option<Vec<PacketDoc>> = checked
        .plan
        .as_ref()
        .filter(|_| !checked.diags.has_errors() && !has_errors(&checked.problems))
        .and_then(|lp| crate::pipeline::packet::preview(ws, lp));
    let Some(doc) = docs.and_then(|d| d.into_iter().next()) else {
        return format!(
            "<p class=\"waiting\">{}</p>",
            labels.t("ui-plan-preview-waiting")
        );
    };
    let l = |id: &str| esc(doc.labels.get(id).map(String::as_str).unwrap_or(""));
    let mut h = String::new();
    h.push_str(&format!(
        "<div lang=\"{}\"><h3>{}</h3>",
        esc(&doc.meta.lang),
        l("ui-run-sheet")
    ));
    for day in &doc.days {
        h.push_str(&format!("<h4>{}</h4>", esc(&day.heading)));
        h.push_str(&format!(
            "<table class=\"run\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>",
            l("ui-time-column"),
            l("ui-what"),
            l("ui-minutes-column")
        ));
        for r in &day.rows {
            h.push_str(&format!(
                "<tr class=\"{}\"><td class=\"time\">{}</td><td>{}{}{}{}</td><td class=\"num\">{}</td></tr>",
                esc(&r.kind),
                esc(&r.time),
                esc(&r.what),
                if r.optional {
                    format!(" <span class=\"tag\">{}</span>", l("ui-optional"))
                } else {
                    String::new()
                },
                r.note
                    .as_ref()
                    .map(|n| format!("<br><i>{}</i>", esc(n)))
                    .unwrap_or_default(),
                r.module
                    .as_ref()
                    .map(|m| format!("<br><span class=\"muted\">{}</span>", esc(m)))
                    .unwrap_or_default(),
                r.minutes
            ));
        }
        h.push_str(&format!(
            "</tbody></table><p class=\"end\">{} <strong class=\"day-end\">{}</strong></p>",
            l("ui-end-of-day"),
            esc(&day.end)
        ));
        if let Some(o) = &day.overrun {
            h.push_str(&format!(
                "<div class=\"overrun\" role=\"status\"><p><strong>{}</strong></p>",
                esc(&o.text)
            ));
            if !o.fixes.is_empty() {
                h.push_str(&format!("<p>{}</p><ul>", esc(&o.fixes_intro)));
                for f in &o.fixes {
                    h.push_str(&format!("<li>{}</li>", esc(f)));
                }
                h.push_str("</ul>");
            }
            if let Some(n) = &o.not_enough {
                h.push_str(&format!("<p>{}</p>", esc(n)));
            }
            h.push_str("</div>");
        }
    }
    h.push_str(&format!("<h3>{}</h3>", l("ui-materials-checklist")));
    h.push_str(&format!(
        "<table class=\"totals\" id=\"checklist\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>",
        l("ui-item"),
        l("ui-quantity-column")
    ));
    for g in &doc.checklist {
        h.push_str(&format!(
            "<tr class=\"group\"><th scope=\"rowgroup\" colspan=\"2\">{}</th></tr>",
            esc(&g.label)
        ));
        for i in &g.items {
            h.push_str(&format!(
                "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
                esc(&i.name),
                i.quantity
            ));
        }
    }
    h.push_str("</tbody></table>");
    h.push_str(&format!("<h3>{}</h3>", l("ui-print-list")));
    h.push_str(&format!(
        "<table class=\"totals\" id=\"print-list\"><thead><tr><th scope=\"col\">{}</th><th scope=\"col\" class=\"num\">{}</th></tr></thead><tbody>",
        l("ui-document"),
        l("ui-copies")
    ));
    let mut copies = 0;
    for r in &doc.print {
        copies += r.copies;
        h.push_str(&format!(
            "<tr><td>{}</td><td class=\"num\">{}</td></tr>",
            esc(&r.document),
            r.copies
        ));
    }
    h.push_str(&format!(
        "</tbody><tfoot><tr><th scope=\"row\">{}</th><td class=\"num\" id=\"total-copies\">{copies}</td></tr></tfoot></table><p class=\"muted\">{}</p></div>",
        labels.t("ui-plan-total-copies"),
        labels.t("ui-plan-pages-later")
    ));
    h
}

/// The list of problems above the form, each linking to its field.
fn summary_html(problems: &Problems, labels: &Labels) -> String {
    let errors: Vec<(&String, &String)> = problems
        .iter()
        .flat_map(|(f, list)| {
            list.iter()
                .filter(|(s, _)| *s == Severity::Error)
                .map(move |(_, m)| (f, m))
        })
        .collect();
    if errors.is_empty() {
        return String::new();
    }
    let mut h = format!(
        "<div class=\"summary\" role=\"alert\" tabindex=\"-1\" id=\"problems\"><h2>{}</h2><ul>",
        labels.t("ui-plan-problems")
    );
    for (f, m) in errors {
        h.push_str(&format!(
            "<li><a href=\"#{}\"><code>{}</code></a>: {}</li>",
            field_id(f),
            esc(f),
            esc(m)
        ));
    }
    h.push_str("</ul></div>");
    h
}

/// The element id of a field.
fn field_id(name: &str) -> String {
    let mut out = String::from("f-");
    for c in name.chars() {
        out.push(if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
            c
        } else {
            '_'
        });
    }
    out
}

/// Draws the whole page.
fn page(
    ws: &Workspace,
    fp: &FormPlan,
    t: &Labels,
    problems: &Problems,
    preview: &str,
    upload_error: Option<&str>,
) -> String {
    let mut h = String::new();
    let lang = t.lang.to_string();
    h.push_str(&format!(
        "<!DOCTYPE html>\n<html lang=\"{lang}\" dir=\"ltr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{}</title><link rel=\"stylesheet\" href=\"/_puente/planner.css\"><script src=\"/_puente/planner.js\" defer></script></head><body>",
        t.t("ui-plan-title")
    ));
    h.push_str(&format!(
        "<header><nav aria-label=\"{}\"><a href=\"/\">{}</a></nav></header><main><h1>{}</h1><p>{}</p>",
        t.t("ui-plan-nav"),
        t.t("ui-serve-home"),
        t.t("ui-plan-title"),
        t.t("ui-plan-intro")
    ));
    // Open a plan: a file, or one of the project's.
    h.push_str(&format!(
        "<section class=\"open\" aria-labelledby=\"open-h\"><h2 id=\"open-h\">{}</h2><form method=\"post\" action=\"/plan\" enctype=\"multipart/form-data\"><input type=\"hidden\" name=\"lang\" value=\"{lang}\"><div class=\"field\"><label for=\"f-plan-file\">{}</label><input type=\"file\" id=\"f-plan-file\" name=\"plan\" accept=\".yaml,.yml,application/yaml\"></div><button type=\"submit\">{}</button></form>",
        t.t("ui-plan-open"),
        t.t("ui-plan-file"),
        t.t("ui-plan-open-button")
    ));
    if let Some(e) = upload_error {
        h.push_str(&format!(
            "<div class=\"summary\" role=\"alert\"><p>{}</p>{}</div>",
            t.t("ui-plan-file-problems"),
            if e.is_empty() {
                String::new()
            } else {
                format!("<pre>{}</pre>", esc(e))
            }
        ));
    }
    let plans = std::fs::read_dir(ws.root.join("plans"))
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| {
            let n = e.file_name().to_string_lossy().into_owned();
            let stem = n.strip_suffix(".yaml")?.to_string();
            crate::ids::is_valid_id(&stem).then_some(stem)
        })
        .collect::<std::collections::BTreeSet<String>>();
    if !plans.is_empty() {
        h.push_str(&format!(
            "<p>{}</p><ul class=\"plans\">",
            t.t("ui-plan-start-from")
        ));
        for p in &plans {
            h.push_str(&format!(
                "<li><a href=\"/plan?from={p}&amp;lang={lang}\">{p}</a></li>"
            ));
        }
        h.push_str("</ul>");
    }
    h.push_str("</section>");

    h.push_str(&format!(
        "<form id=\"planner\" method=\"post\" action=\"/packet\" novalidate><input type=\"hidden\" name=\"lang\" value=\"{lang}\"><div id=\"summary\">{}</div>",
        summary_html(problems, t)
    ));
    // Page language.
    h.push_str(&format!(
        "<p class=\"page-lang\"><span id=\"page-lang\">{}</span> ",
        t.t("ui-plan-page-language")
    ));
    for l in ws.project.locales.locales() {
        if crate::l10n::Pseudo::from_lang(&l).is_some() {
            continue;
        }
        let tag = l.to_string();
        // Each language in its own name.
        let own = Localizer::new(&ws.project.locales, &l, None, None, &mut Diagnostics::new());
        h.push_str(&format!(
            "<button type=\"submit\" formaction=\"/plan\" name=\"action\" value=\"lang:{tag}\" lang=\"{tag}\" aria-describedby=\"page-lang\"{}>{}</button> ",
            if tag == lang { " aria-pressed=\"true\"" } else { " aria-pressed=\"false\"" },
            esc(&crate::packet::local::language_name(&own, &tag))
        ));
    }
    h.push_str("</p>");

    let field = |h: &mut String, name: &str, label: &str, input: String, help: Option<String>| {
        let id = field_id(name);
        let errs = problems.get(name);
        let mut describe = Vec::new();
        if help.is_some() {
            describe.push(format!("{id}-help"));
        }
        if errs.is_some() {
            describe.push(format!("{id}-err"));
        }
        let attrs = format!(
            " id=\"{id}\" name=\"{}\"{}{}",
            esc(name),
            if describe.is_empty() {
                String::new()
            } else {
                format!(" aria-describedby=\"{}\"", describe.join(" "))
            },
            if errs.is_some_and(|e| e.iter().any(|(s, _)| *s == Severity::Error)) {
                " aria-invalid=\"true\""
            } else {
                ""
            }
        );
        h.push_str(&format!(
            "<div class=\"field\" data-field=\"{}\"><label for=\"{id}\">{label}</label>{}",
            esc(name),
            input.replacen("{attrs}", &attrs, 1)
        ));
        if let Some(help) = help {
            h.push_str(&format!("<p class=\"help\" id=\"{id}-help\">{help}</p>"));
        }
        if let Some(errs) = errs {
            h.push_str(&format!("<div class=\"err\" id=\"{id}-err\">"));
            for (s, m) in errs {
                h.push_str(&format!(
                    "<p class=\"{}\">{}</p>",
                    if *s == Severity::Error {
                        "error"
                    } else {
                        "warning"
                    },
                    esc(m)
                ));
            }
            h.push_str("</div>");
        }
        h.push_str("</div>");
    };
    let input = |kind: &str, value: &str, extra: &str| {
        format!(
            "<input type=\"{kind}\"{{attrs}} value=\"{}\"{extra}>",
            esc(value)
        )
    };
    let select = |value: &str, options: &[(String, String)]| {
        let mut s = String::from("<select{attrs}>");
        for (v, label) in options {
            s.push_str(&format!(
                "<option value=\"{}\"{}>{}</option>",
                esc(v),
                if v == value { " selected" } else { "" },
                label
            ));
        }
        s.push_str("</select>");
        s
    };

    // The workshop.
    h.push_str(&format!(
        "<fieldset><legend>{}</legend>",
        t.t("ui-plan-workshop")
    ));
    field(
        &mut h,
        "title",
        &t.t("ui-plan-field-title"),
        input("text", &fp.title, ""),
        None,
    );
    if !fp.title_message.is_empty() {
        h.push_str(&format!(
            "<input type=\"hidden\" name=\"title.message\" value=\"{}\">",
            esc(&fp.title_message)
        ));
    }
    let locales: Vec<(String, String)> = ws
        .project
        .locales
        .locales()
        .into_iter()
        .filter(|l| crate::l10n::Pseudo::from_lang(l).is_none())
        .map(|l| {
            let tag = l.to_string();
            let name = t.language(&tag);
            (tag.clone(), format!("{name} ({tag})"))
        })
        .collect();
    let first = fp.languages.first().cloned().unwrap_or_default();
    let second = fp.languages.get(1).cloned().unwrap_or_default();
    field(
        &mut h,
        "languages",
        &t.t("ui-plan-language"),
        select(&first, &locales),
        None,
    );
    let mut with_none = vec![(String::new(), t.t("ui-plan-none"))];
    with_none.extend(locales.iter().cloned());
    // The second language is a second `languages` field.
    h.push_str(&format!(
        "<div class=\"field\"><label for=\"f-languages-2\">{}</label>{}</div>",
        t.t("ui-plan-language-2"),
        select(&second, &with_none).replacen(
            "{attrs}",
            " id=\"f-languages-2\" name=\"languages\"",
            1
        )
    ));
    h.push_str("<div class=\"row\">");
    field(
        &mut h,
        "participants",
        &t.t("ui-plan-participants"),
        input(
            "number",
            &fp.participants,
            " min=\"1\" max=\"10000\" inputmode=\"numeric\"",
        ),
        None,
    );
    field(
        &mut h,
        "group_size",
        &t.t("ui-plan-group-size"),
        input(
            "number",
            &fp.group_size,
            " min=\"1\" max=\"10000\" inputmode=\"numeric\"",
        ),
        None,
    );
    field(
        &mut h,
        "spares",
        &t.t("ui-plan-spares"),
        input(
            "number",
            &fp.spares,
            " min=\"0\" max=\"1000\" inputmode=\"numeric\"",
        ),
        None,
    );
    field(
        &mut h,
        "paper",
        &t.t("ui-plan-paper"),
        select(
            &fp.paper,
            &[
                ("letter".into(), t.t("ui-plan-paper-letter")),
                ("a4".into(), t.t("ui-plan-paper-a4")),
            ],
        ),
        None,
    );
    h.push_str("</div>");
    field(
        &mut h,
        "venue",
        &t.t("ui-plan-venue"),
        input("text", &fp.venue, ""),
        Some(t.t("ui-plan-venue-help")),
    );
    field(
        &mut h,
        "facilitators",
        &t.t("ui-plan-facilitators"),
        input("text", &fp.facilitators, ""),
        Some(t.t("ui-plan-facilitators-help")),
    );
    h.push_str("<div class=\"row\">");
    field(
        &mut h,
        "interpretation",
        &t.t("ui-plan-interpretation"),
        select(
            &fp.interpretation,
            &[
                (String::new(), t.t("ui-plan-interpretation-none")),
                (
                    "consecutive".into(),
                    t.t("ui-plan-interpretation-consecutive"),
                ),
                (
                    "simultaneous".into(),
                    t.t("ui-plan-interpretation-simultaneous"),
                ),
            ],
        ),
        None,
    );
    field(
        &mut h,
        "interpretation.factor",
        &t.t("ui-plan-factor"),
        input(
            "text",
            &fp.factor,
            " inputmode=\"decimal\" placeholder=\"1.5\"",
        ),
        Some(t.t("ui-plan-factor-help")),
    );
    h.push_str("</div>");
    field(
        &mut h,
        "name",
        &t.t("ui-plan-name"),
        input(
            "text",
            &fp.name,
            &format!(" placeholder=\"{}\"", esc(&fp.packet_name())),
        ),
        Some(t.t("ui-plan-name-help")),
    );
    h.push_str("</fieldset>");

    // The days.
    let module_title = |id: &str| -> String {
        Localizer::new(
            &ws.project.locales,
            &t.lang,
            Some(id),
            None,
            &mut Diagnostics::new(),
        )
        .msg(&crate::ids::module_title())
    };
    for (di, day) in fp.days.iter().enumerate() {
        let p = day_prefix(di);
        let mut dn = fluent_bundle::FluentArgs::new();
        dn.set("number", fluent_bundle::FluentValue::from(di + 1));
        h.push_str(&format!(
            "<fieldset class=\"day\"><legend>{}</legend><div class=\"row\">",
            esc(&t.l10n.msg_args("ui-day", &dn))
        ));
        field(
            &mut h,
            &format!("{p}date"),
            &t.t("ui-plan-date"),
            input("date", &day.date, ""),
            None,
        );
        field(
            &mut h,
            &format!("{p}start"),
            &t.t("ui-plan-start"),
            input("time", &day.start, ""),
            None,
        );
        field(
            &mut h,
            &format!("{p}end"),
            &t.t("ui-plan-end"),
            input("time", &day.end, ""),
            Some(t.t("ui-plan-end-help")),
        );
        h.push_str("</div>");
        h.push_str(&format!(
            "<h3 id=\"{}\">{}</h3>",
            field_id(&format!("{p}modules")),
            t.t("ui-plan-modules")
        ));
        if let Some(errs) = problems.get(&format!("{p}modules")) {
            h.push_str("<div class=\"err\">");
            for (_, m) in errs {
                h.push_str(&format!("<p class=\"error\">{}</p>", esc(m)));
            }
            h.push_str("</div>");
        }
        if day.modules.is_empty() {
            h.push_str(&format!(
                "<p class=\"muted\">{}</p>",
                t.t("ui-plan-no-modules")
            ));
        }
        h.push_str("<ol class=\"modules\">");
        for (mi, m) in day.modules.iter().enumerate() {
            let id = &m.id;
            let lm = ws.project.module(id);
            let title = if lm.is_some() {
                esc(&module_title(id))
            } else {
                esc(id)
            };
            h.push_str(&format!(
                "<li><fieldset class=\"module\"><legend>{title}</legend><input type=\"hidden\" name=\"{p}modules\" value=\"{}\">",
                esc(id)
            ));
            for (key, v) in [("energiser", &m.energiser), ("continuing", &m.continuing)] {
                if !v.is_empty() {
                    h.push_str(&format!(
                        "<input type=\"hidden\" name=\"{p}{key}.{}\" value=\"{}\">",
                        esc(id),
                        esc(v)
                    ));
                }
            }
            if let Some(lm) = lm {
                let l = Localizer::new(
                    &ws.project.locales,
                    &t.lang,
                    Some(id),
                    None,
                    &mut Diagnostics::new(),
                );
                h.push_str(&format!(
                    "<table class=\"activities\"><caption class=\"sr\">{title}</caption><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
                    t.t("ui-plan-activity"),
                    t.t("ui-plan-minutes"),
                    t.t("ui-plan-drop"),
                    t.t("ui-plan-optional")
                ));
                for a in &lm.module.agenda {
                    let aname = esc(&crate::localize::paragraphs(
                        &l.msg(&crate::ids::activity(&a.id, "title")),
                    )
                    .join(" "));
                    let mid = field_id(&format!("{p}minutes.{id}.{}", a.id));
                    let did = field_id(&format!("{p}drop.{id}.{}", a.id));
                    let oid = field_id(&format!("{p}optional.{id}.{}", a.id));
                    let minutes = m
                        .minutes
                        .get(&a.id)
                        .cloned()
                        .unwrap_or_else(|| a.minutes.to_string());
                    let merr = problems.get(&format!("{p}minutes.{id}.{}", a.id));
                    let dropped = m.drop.contains(&a.id);
                    let optional = a.optional || m.optional.contains(&a.id);
                    h.push_str(&format!(
                        "<tr{}><th scope=\"row\" id=\"{mid}-name\">{aname}</th><td><input type=\"number\" id=\"{mid}\" name=\"{p}minutes.{}.{}\" value=\"{}\" min=\"1\" max=\"600\" inputmode=\"numeric\" aria-labelledby=\"{mid}-name {mid}-col\"{}>{}</td><td><input type=\"checkbox\" id=\"{did}\" name=\"{p}drop.{}\" value=\"{}\"{} aria-labelledby=\"{did}-col {mid}-name\"></td><td><input type=\"checkbox\" id=\"{oid}\" name=\"{p}optional.{}\" value=\"{}\"{}{} aria-labelledby=\"{oid}-col {mid}-name\"></td></tr>",
                        if dropped { " class=\"dropped\"" } else { "" },
                        esc(id),
                        esc(&a.id),
                        esc(&minutes),
                        if merr.is_some() { " aria-invalid=\"true\"" } else { "" },
                        merr.map(|e| e.iter().map(|(_, m)| format!("<span class=\"error\">{}</span>", esc(m))).collect::<String>()).unwrap_or_default(),
                        esc(id),
                        esc(&a.id),
                        if dropped { " checked" } else { "" },
                        esc(id),
                        esc(&a.id),
                        if optional { " checked" } else { "" },
                        if a.optional { " disabled" } else { "" },
                    ));
                    // The column names the checkboxes are labelled by.
                    h.push_str(&format!(
                        "<tr hidden><td id=\"{mid}-col\">{}</td><td id=\"{did}-col\">{}</td><td id=\"{oid}-col\">{}</td></tr>",
                        t.t("ui-plan-minutes"),
                        t.t("ui-plan-drop"),
                        t.t("ui-plan-optional")
                    ));
                }
                h.push_str("</tbody></table>");
            }
            for key in ["drop", "optional"] {
                if let Some(errs) = problems.get(&format!("{p}{key}.{id}")) {
                    h.push_str("<div class=\"err\">");
                    for (_, m) in errs {
                        h.push_str(&format!("<p class=\"error\">{}</p>", esc(m)));
                    }
                    h.push_str("</div>");
                }
            }
            h.push_str("<div class=\"row\">");
            field(
                &mut h,
                &format!("{p}break.{id}"),
                &t.t("ui-plan-break-after"),
                input(
                    "number",
                    &m.break_after,
                    " min=\"1\" max=\"600\" inputmode=\"numeric\"",
                ),
                None,
            );
            field(
                &mut h,
                &format!("{p}meal.{id}"),
                &t.t("ui-plan-meal-after"),
                input(
                    "number",
                    &m.meal_after,
                    " min=\"1\" max=\"600\" inputmode=\"numeric\"",
                ),
                None,
            );
            h.push_str("</div><div class=\"buttons\">");
            if mi > 0 {
                h.push_str(&format!(
                    "<button type=\"submit\" formaction=\"/plan\" name=\"action\" value=\"up:{di}:{mi}\">{} <span class=\"sr\">{title}</span></button>",
                    t.t("ui-plan-move-up")
                ));
            }
            h.push_str(&format!(
                "<button type=\"submit\" formaction=\"/plan\" name=\"action\" value=\"remove:{di}:{mi}\">{} <span class=\"sr\">{title}</span></button></div></fieldset></li>",
                t.t("ui-plan-remove")
            ));
        }
        h.push_str("</ol>");
        let mut options: Vec<(String, String)> = Vec::new();
        for lm in &ws.project.modules {
            options.push((lm.module.id.clone(), esc(&module_title(&lm.module.id))));
        }
        h.push_str(&format!(
            "<div class=\"add\"><div class=\"field\"><label for=\"{}\">{}</label>{}</div><button type=\"submit\" formaction=\"/plan\" name=\"action\" value=\"add:{di}\">{}</button></div>",
            field_id(&format!("{p}add")),
            t.t("ui-plan-add-module"),
            select("", &options).replacen(
                "{attrs}",
                &format!(" id=\"{}\" name=\"{p}add\"", field_id(&format!("{p}add"))),
                1
            ),
            t.t("ui-plan-add")
        ));
        if di > 0 {
            h.push_str(&format!(
                "<p><button type=\"submit\" formaction=\"/plan\" name=\"action\" value=\"remove-day:{di}\">{}</button></p>",
                t.t("ui-plan-remove-day")
            ));
        }
        h.push_str("</fieldset>");
    }
    h.push_str(&format!(
        "<p><button type=\"submit\" formaction=\"/plan\" name=\"action\" value=\"add-day\">{}</button></p>",
        t.t("ui-plan-add-day")
    ));

    // Local contacts.
    let has_local = !fp.local.is_empty();
    h.push_str(&format!(
        "<details class=\"local\"{}><summary>{}</summary><p>{}</p>",
        if has_local { " open" } else { "" },
        t.t("ui-plan-local"),
        t.t("ui-plan-local-intro")
    ));
    let contact_label = |f: &str| match f {
        "name" => t.t("ui-plan-contact-name"),
        "phone" => t.t("ui-directory-phone"),
        "hours" => t.t("ui-directory-hours"),
        "languages" => t.t("ui-directory-languages"),
        "address" => t.t("ui-directory-address"),
        "url" => t.t("ui-directory-web"),
        _ => t.t("ui-plan-contact-note"),
    };
    let contact = |h: &mut String, key: &str, legend: String| {
        h.push_str(&format!(
            "<fieldset class=\"contact\"><legend>{legend}</legend>"
        ));
        if key.starts_with("more.") {
            let kinds: Vec<(String, String)> =
                std::iter::once((String::new(), t.t("ui-plan-none")))
                    .chain(crate::curriculum::schema::ContactKind::ALL.iter().map(|k| {
                        (
                            k.as_str().to_string(),
                            t.t(&format!("ui-contact-kind-{}", k.as_str())),
                        )
                    }))
                    .collect();
            let name = format!("local.{key}.kind");
            let v = fp
                .local
                .get(&format!("{key}.kind"))
                .cloned()
                .unwrap_or_default();
            field(
                h,
                &name,
                &t.t("ui-plan-contact-kind"),
                select(&v, &kinds),
                None,
            );
        }
        for f in CONTACT_FIELDS {
            let name = format!("local.{key}.{f}");
            let per_lang: Vec<(String, String)> = fp
                .local
                .iter()
                .filter_map(|(k, v)| {
                    Some((
                        k.strip_prefix(&format!("{key}.{f}."))?.to_string(),
                        v.clone(),
                    ))
                })
                .collect();
            if !per_lang.is_empty() {
                for (lang, v) in per_lang {
                    field(
                        h,
                        &format!("{name}.{lang}"),
                        &format!("{} ({})", contact_label(f), t.language(&lang)),
                        input("text", &v, ""),
                        None,
                    );
                }
                continue;
            }
            let v = fp
                .local
                .get(&format!("{key}.{f}"))
                .cloned()
                .unwrap_or_default();
            let kind = match *f {
                "phone" => "tel",
                "url" => "url",
                _ => "text",
            };
            field(h, &name, &contact_label(f), input(kind, &v, ""), None);
        }
        h.push_str("</fieldset>");
    };
    for key in CONTACT_KEYS {
        let kind = key.replace('_', "-");
        contact(&mut h, key, t.t(&format!("ui-contact-kind-{kind}")));
    }
    let mut more: Vec<usize> = fp
        .local
        .keys()
        .filter_map(|k| k.strip_prefix("more.")?.split('.').next()?.parse().ok())
        .collect();
    more.sort_unstable();
    more.dedup();
    let next = more.last().map(|n| n + 1).unwrap_or(0);
    more.push(next);
    for (i, n) in more.iter().enumerate() {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("number", fluent_bundle::FluentValue::from(i + 1));
        contact(
            &mut h,
            &format!("more.{n}"),
            esc(&t.l10n.msg_args("ui-plan-more-contact", &args)),
        );
    }
    field(
        &mut h,
        "local.checked",
        &t.t("ui-plan-checked"),
        input(
            "date",
            fp.local.get("checked").map(String::as_str).unwrap_or(""),
            "",
        ),
        Some(t.t("ui-plan-checked-help")),
    );
    h.push_str("</details>");

    h.push_str(&format!(
        "<div class=\"actions\"><button type=\"submit\" class=\"primary\">{}</button> <button type=\"submit\" formaction=\"/plan.yaml\">{}</button> <button type=\"submit\" formaction=\"/plan\" name=\"action\" value=\"preview\" class=\"no-js\">{}</button></div><p class=\"muted\">{}</p></form>",
        t.t("ui-plan-download"),
        t.t("ui-plan-save"),
        t.t("ui-plan-update"),
        t.t("ui-plan-private")
    ));
    h.push_str(&format!(
        "<section id=\"preview-section\" aria-labelledby=\"preview-h\"><h2 id=\"preview-h\">{}</h2><div id=\"preview\" aria-live=\"polite\">{preview}</div></section></main></body></html>\n",
        t.t("ui-plan-preview")
    ));
    h
}
