//! The HTTP side of the preview: which request gets what.
//!
//! | path | answer |
//! |---|---|
//! | `/` | the home page: modules × languages with coverage and links |
//! | `/<module>/<lang>/<page>.html` | a page, as `build` names it, with the preview's script |
//! | `/<module>/<lang>/<doc>.pdf`, `/<module>/<l1>+<l2>/<doc>.pdf` | a PDF, rendered on request and cached |
//! | `/_puente/compare/<module>/<lang>/<page>.html` | the source beside the translation |
//! | `/_puente/events` | server-sent events: a new build, or new problems |
//! | `/_puente/state` | the same as JSON |
//! | `/_puente/client.js`, `/_puente/client.css` | the preview's script and style |
//! | `/plan`, `/plan/preview`, `/plan.yaml`, `/packet` | the workshop planner (see [`super::planner`]) |
//!
//! Every answer is looked up by its exact path in the snapshot; anything
//! else is 404, anything but GET or HEAD is 405 (POST only on the planner's
//! paths).

use std::convert::Infallible;
use std::sync::atomic::Ordering;
use std::sync::Arc;

use axum::body::Body;
use axum::extract::{Request, State as AxState};
use axum::http::{header, HeaderValue, Method, StatusCode};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use axum::Router;
use tokio_stream::StreamExt as _;

use super::snapshot::home;
use super::State;

const CLIENT_JS: &str = include_str!("client.js");
const CLIENT_CSS: &str = include_str!("client.css");

/// The longest path the server looks at.
const MAX_PATH: usize = 512;

/// Labels the preview's script shows.
pub const SCRIPT_LABELS: &[&str] = &[
    "ui-serve-fallback",
    "ui-serve-home",
    "ui-serve-in-context",
    "ui-serve-open-in-editor",
    "ui-serve-outdated",
    "ui-serve-problems",
    "ui-serve-side-by-side",
];

/// The preview's routes.
pub fn router(state: Arc<State>) -> Router {
    Router::new()
        .fallback(handle)
        .layer(axum::extract::DefaultBodyLimit::max(
            super::planner::MAX_BODY,
        ))
        .with_state(state)
}

fn status(code: StatusCode, text: &str) -> Response {
    (
        code,
        [(header::CONTENT_TYPE, "text/plain; charset=utf-8")],
        text.to_string(),
    )
        .into_response()
}

fn typed(content_type: &'static str, body: impl Into<Body>) -> Response {
    let mut r = Response::new(body.into());
    r.headers_mut()
        .insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type));
    r.headers_mut()
        .insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r.headers_mut().insert(
        "x-content-type-options",
        HeaderValue::from_static("nosniff"),
    );
    r
}

async fn handle(AxState(state): AxState<Arc<State>>, req: Request) -> Response {
    let req = match super::planner::handle(&state, req).await {
        Ok(r) => return r,
        Err(req) => req,
    };
    if req.method() != Method::GET && req.method() != Method::HEAD {
        return status(
            StatusCode::METHOD_NOT_ALLOWED,
            crate::msg!("serve-only-get").as_str(),
        );
    }
    let path = req.uri().path().to_string();
    if path.len() > MAX_PATH {
        return status(
            StatusCode::URI_TOO_LONG,
            crate::msg!("serve-path-too-long").as_str(),
        );
    }
    // Exact lookups only; these never name a page, so say so early.
    if path.contains(['%', '\\', '\0']) || path.contains("..") || path.contains("//") {
        return status(
            StatusCode::NOT_FOUND,
            crate::msg!("serve-not-found").as_str(),
        );
    }
    let rel = path.trim_start_matches('/');
    let snap = state.snapshot();
    match rel {
        "" | "index.html" => match home(&snap, snap.ws.as_deref()) {
            Ok(html) => typed("text/html; charset=utf-8", inject(&state, &html)),
            Err(text) => typed(
                "text/html; charset=utf-8",
                inject(&state, &problem_page(&text)),
            ),
        },
        "_puente/client.js" => typed("text/javascript; charset=utf-8", CLIENT_JS),
        "_puente/client.css" => typed("text/css; charset=utf-8", CLIENT_CSS),
        "_puente/state" => typed(
            "application/json",
            serde_json::to_string(&snap.update()).unwrap_or_default(),
        ),
        "_puente/events" => events(&state).into_response(),
        _ if rel.starts_with("_puente/compare/") => {
            compare(&state, &rel["_puente/compare/".len()..])
        }
        _ => {
            if let Some(page) = snap.pages.get(rel) {
                let text = String::from_utf8_lossy(page);
                return typed("text/html; charset=utf-8", inject(&state, &text));
            }
            if rel.ends_with(".pdf") {
                return pdf(&state, rel).await;
            }
            status(
                StatusCode::NOT_FOUND,
                crate::msg!("serve-not-found").as_str(),
            )
        }
    }
}

/// Adds the preview's script, style and settings to a page.
fn inject(state: &State, html: &str) -> String {
    let snap = state.snapshot();
    let labels: serde_json::Map<String, serde_json::Value> = SCRIPT_LABELS
        .iter()
        .map(|id| {
            (
                id.to_string(),
                serde_json::Value::String(snap.labels.get(*id).cloned().unwrap_or_default()),
            )
        })
        .collect();
    let config = serde_json::json!({
        "generation": snap.generation,
        "problems": snap.problems,
        "editor": state.config.editor,
        "labels": labels,
    });
    // `</` cannot appear inside a script element.
    let config = config.to_string().replace("</", "<\\/");
    let head = format!(
        "<link rel=\"stylesheet\" href=\"/_puente/client.css\">\n<script id=\"puente-config\" type=\"application/json\">{config}</script>\n<script src=\"/_puente/client.js\" defer></script>\n"
    );
    match html.find("</head>") {
        Some(i) => format!("{}{head}{}", &html[..i], &html[i..]),
        None => format!("{head}{html}"),
    }
}

fn problem_page(text: &str) -> String {
    let escaped = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    format!("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Puente</title></head><body><main><pre>{escaped}</pre></main></body></html>")
}

fn events(state: &Arc<State>) -> Sse<impl tokio_stream::Stream<Item = Result<Event, Infallible>>> {
    let first = state.snapshot().update();
    let rx = tokio_stream::wrappers::BroadcastStream::new(state.subscribe());
    let updates = tokio_stream::once(Ok(first)).chain(rx).filter_map(|u| {
        let u = u.ok()?;
        Some(Ok(Event::default()
            .event("update")
            .data(serde_json::to_string(&u).unwrap_or_default())))
    });
    Sse::new(updates).keep_alive(KeepAlive::default())
}

async fn pdf(state: &Arc<State>, rel: &str) -> Response {
    let snap = state.snapshot();
    let Some(cell) = snap.pdf_cell(rel) else {
        return status(
            StatusCode::NOT_FOUND,
            crate::msg!("serve-not-found").as_str(),
        );
    };
    if !cell.initialized() {
        let waiting = state.pdf_waiting.fetch_add(1, Ordering::SeqCst);
        if waiting >= state.config.pdf_queue {
            state.pdf_waiting.fetch_sub(1, Ordering::SeqCst);
            return status(
                StatusCode::SERVICE_UNAVAILABLE,
                "too many PDFs are being made; try again in a moment",
            );
        }
    } else {
        state.pdf_waiting.fetch_add(1, Ordering::SeqCst);
    }
    let slots = state.pdf_slots.clone();
    let path = rel.to_string();
    let s2 = snap.clone();
    let result = cell
        .get_or_init(|| async move {
            let Ok(_permit) = slots.acquire_owned().await else {
                return Err("the server is stopping".to_string());
            };
            tokio::task::spawn_blocking(move || s2.render_pdf(&path))
                .await
                .unwrap_or_else(|e| Err(e.to_string()))
        })
        .await
        .clone();
    state.pdf_waiting.fetch_sub(1, Ordering::SeqCst);
    match result {
        Ok(bytes) => typed("application/pdf", bytes.as_ref().clone()),
        Err(text) => status(StatusCode::INTERNAL_SERVER_ERROR, &text),
    }
}

/// The source language's page beside the translation's.
fn compare(state: &State, rel: &str) -> Response {
    let snap = state.snapshot();
    let parts: Vec<&str> = rel.split('/').collect();
    let [module, lang, page] = parts[..] else {
        return status(
            StatusCode::NOT_FOUND,
            crate::msg!("serve-not-found").as_str(),
        );
    };
    let source = crate::l10n::source_locale().to_string();
    let left = format!("{module}/{source}/{page}");
    let right = format!("{module}/{lang}/{page}");
    if !snap.pages.contains_key(&left) || !snap.pages.contains_key(&right) {
        return status(
            StatusCode::NOT_FOUND,
            crate::msg!("serve-not-found").as_str(),
        );
    }
    let title = snap
        .labels
        .get("ui-serve-side-by-side")
        .cloned()
        .unwrap_or_default();
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('"', "&quot;")
            .replace('<', "&lt;")
    };
    let html = format!(
        "<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{t}</title>\
<style>body{{margin:0;font-family:sans-serif}}main{{display:grid;grid-template-columns:1fr 1fr;height:100vh}}iframe{{border:0;width:100%;height:100%}}iframe+iframe{{border-left:2px solid #555}}h1{{position:absolute;left:-9999px}}</style></head>\
<body><main><h1>{t}</h1><iframe title=\"{src}\" src=\"/{left}\"></iframe><iframe title=\"{lang_e}\" src=\"/{right}\"></iframe></main></body></html>",
        t = esc(&title),
        src = esc(&source),
        lang_e = esc(lang),
        left = esc(&left),
        right = esc(&right),
    );
    typed("text/html; charset=utf-8", inject(state, &html))
}
