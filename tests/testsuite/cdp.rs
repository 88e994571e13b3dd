//! A small client of the Chrome DevTools protocol, for the browser tests.
//!
//! Chromium is started with `--remote-debugging-pipe`: it reads commands
//! from its file descriptor 3 and writes answers and events to 4, each a
//! JSON object ended by a NUL byte. Each tab is a page target attached in
//! "flat" mode, so one pipe carries every tab's commands, told apart by
//! their `sessionId`.
//!
//! This replaces the `headless_chrome` crate, which does the same but
//! type-checks the whole generated protocol: with the HTTP and TLS crates
//! it brings, 125 s of a fresh clone's compile, for the dozen commands
//! used here.

use std::io::{BufRead, BufReader, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::os::unix::process::CommandExt;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use base64::Engine;
use serde_json::{json, Value};

/// What went wrong talking to Chromium, in a sentence.
pub type Error = String;

/// How long one command may take before the test fails with a timeout.
const TIMEOUT: Duration = Duration::from_secs(60);

struct Pipe {
    to: std::io::PipeWriter,
    from: Receiver<Value>,
    next_id: u64,
}

impl Pipe {
    /// Sends one command (to a tab's session, or to the browser) and waits
    /// for its answer, skipping the events in between.
    fn call(&mut self, session: Option<&str>, method: &str, params: Value) -> Result<Value, Error> {
        self.next_id += 1;
        let id = self.next_id;
        let mut msg = json!({"id": id, "method": method, "params": params});
        if let Some(s) = session {
            msg["sessionId"] = json!(s);
        }
        let mut bytes = serde_json::to_vec(&msg).map_err(|e| e.to_string())?;
        bytes.push(0);
        self.to
            .write_all(&bytes)
            .map_err(|e| format!("{method}: Chromium's pipe: {e}"))?;
        let until = Instant::now() + TIMEOUT;
        loop {
            let left = until.saturating_duration_since(Instant::now());
            let reply = match self.from.recv_timeout(left) {
                Ok(v) => v,
                Err(RecvTimeoutError::Timeout) => {
                    return Err(format!("{method}: no answer in {TIMEOUT:?}"))
                }
                Err(RecvTimeoutError::Disconnected) => {
                    return Err(format!("{method}: Chromium closed its pipe"))
                }
            };
            if reply["id"].as_u64() != Some(id) {
                continue; // an event, or a late answer to a timed-out call
            }
            if let Some(e) = reply.get("error") {
                return Err(format!("{method}: {e}"));
            }
            return Ok(reply["result"].clone());
        }
    }
}

/// Sends one command over the pipe the browser and its tabs share.
fn call(
    pipe: &Mutex<Pipe>,
    session: Option<&str>,
    method: &str,
    params: Value,
) -> Result<Value, Error> {
    pipe.lock()
        .unwrap_or_else(|p| p.into_inner())
        .call(session, method, params)
}

/// A headless Chromium, killed (and its profile folder removed) on drop.
pub struct Browser {
    pipe: Arc<Mutex<Pipe>>,
    viewport: (u32, u32),
    child: Child,
    _profile: tempfile::TempDir,
}

impl Browser {
    /// Starts `chromium` with a fresh profile and `args` added; its tabs
    /// have a viewport of `width` × `height` CSS pixels, a phone's (touch,
    /// and the page's `<meta name="viewport">` obeyed) under 600 wide.
    pub fn launch(
        chromium: &Path,
        width: u32,
        height: u32,
        args: &[&str],
    ) -> Result<Browser, Error> {
        let profile = tempfile::tempdir().map_err(|e| e.to_string())?;
        let (their_in, our_out) = std::io::pipe().map_err(|e| e.to_string())?;
        let (our_in, their_out) = std::io::pipe().map_err(|e| e.to_string())?;
        let (r, w): (RawFd, RawFd) = (their_in.as_raw_fd(), their_out.as_raw_fd());
        let mut cmd = Command::new(chromium);
        cmd.arg("--headless")
            .arg("--remote-debugging-pipe")
            .arg("--no-sandbox")
            .arg(format!("--window-size={width},{height}"))
            .arg(format!("--user-data-dir={}", profile.path().display()))
            .args(args)
            .arg("about:blank")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null());
        // SAFETY: between fork and exec only async-signal-safe calls are
        // made (fcntl, dup2, close). The pipe ends are first moved above 9,
        // so that putting one on 3 cannot overwrite the other.
        unsafe {
            cmd.pre_exec(move || {
                let hi_r = libc::fcntl(r, libc::F_DUPFD, 10);
                let hi_w = libc::fcntl(w, libc::F_DUPFD, 10);
                if hi_r < 0 || hi_w < 0 || libc::dup2(hi_r, 3) < 0 || libc::dup2(hi_w, 4) < 0 {
                    return Err(std::io::Error::last_os_error());
                }
                libc::close(hi_r);
                libc::close(hi_w);
                Ok(())
            });
        }
        let child = cmd
            .spawn()
            .map_err(|e| format!("{}: {e}", chromium.display()))?;
        // Chromium holds its ends now; ours must close so that its exit
        // ends the reader below.
        drop((their_in, their_out));
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(our_in);
            let mut buf = Vec::new();
            loop {
                buf.clear();
                match reader.read_until(0, &mut buf) {
                    Ok(0) | Err(_) => return,
                    Ok(_) => {}
                }
                if buf.last() == Some(&0) {
                    buf.pop();
                }
                let Ok(v) = serde_json::from_slice::<Value>(&buf) else {
                    continue;
                };
                if tx.send(v).is_err() {
                    return;
                }
            }
        });
        let pipe = Pipe {
            to: our_out,
            from: rx,
            next_id: 0,
        };
        let browser = Browser {
            pipe: Arc::new(Mutex::new(pipe)),
            viewport: (width, height),
            child,
            _profile: profile,
        };
        browser.call(None, "Browser.getVersion", json!({}))?;
        Ok(browser)
    }

    fn call(&self, session: Option<&str>, method: &str, params: Value) -> Result<Value, Error> {
        call(&self.pipe, session, method, params)
    }

    /// A new tab on `about:blank`.
    pub fn new_tab(&self) -> Result<Tab, Error> {
        let target = self.call(None, "Target.createTarget", json!({"url": "about:blank"}))?;
        let target = target["targetId"].as_str().ok_or("no targetId")?.to_owned();
        let session = self.call(
            None,
            "Target.attachToTarget",
            json!({"targetId": target, "flatten": true}),
        )?;
        let session = session["sessionId"]
            .as_str()
            .ok_or("no sessionId")?
            .to_owned();
        let tab = Tab {
            pipe: Arc::clone(&self.pipe),
            target,
            session,
        };
        // The window's size is not the page's: headless Chromium keeps a
        // window at least 500 wide and takes its frame off the height.
        let (width, height) = self.viewport;
        let phone = width < 600;
        tab.call(
            "Emulation.setDeviceMetricsOverride",
            json!({"width": width, "height": height, "deviceScaleFactor": 1, "mobile": phone}),
        )?;
        if phone {
            tab.call(
                "Emulation.setTouchEmulationEnabled",
                json!({"enabled": true}),
            )?;
        }
        Ok(tab)
    }
}

impl Drop for Browser {
    fn drop(&mut self) {
        let _ = self.call(None, "Browser.close", json!({}));
        let until = Instant::now() + Duration::from_secs(5);
        while Instant::now() < until {
            if let Ok(Some(_)) = self.child.try_wait() {
                return;
            }
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// What `Runtime.evaluate` gave back: the value, when it is one JSON can
/// carry (`undefined` and DOM nodes have none).
pub struct Evaluated {
    pub value: Option<Value>,
}

/// One tab, closed on drop.
pub struct Tab {
    pipe: Arc<Mutex<Pipe>>,
    target: String,
    session: String,
}

impl Tab {
    fn call(&self, method: &str, params: Value) -> Result<Value, Error> {
        call(&self.pipe, Some(&self.session), method, params)
    }

    /// Goes to `url` and waits until the page has loaded (its `load`
    /// event has fired: `document.readyState` is `complete`).
    pub fn navigate_to(&self, url: &str) -> Result<&Tab, Error> {
        let r = self.call("Page.navigate", json!({"url": url}))?;
        if let Some(e) = r["errorText"].as_str().filter(|e| !e.is_empty()) {
            return Err(format!("{url}: {e}"));
        }
        let until = Instant::now() + TIMEOUT;
        while Instant::now() < until {
            let done = self
                .evaluate(
                    "document.readyState === 'complete' && location.href !== 'about:blank'",
                    false,
                )
                .ok()
                .and_then(|r| r.value)
                .and_then(|v| v.as_bool());
            if done == Some(true) {
                return Ok(self);
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        Err(format!("{url}: not loaded in {TIMEOUT:?}"))
    }

    /// Runs `js` in the page; with `await_promise`, waits for the promise it
    /// returns. A script that throws is an error, with its message.
    pub fn evaluate(&self, js: &str, await_promise: bool) -> Result<Evaluated, Error> {
        let r = self.call(
            "Runtime.evaluate",
            json!({"expression": js, "returnByValue": true, "awaitPromise": await_promise}),
        )?;
        if let Some(e) = r.get("exceptionDetails") {
            let text = e["exception"]["description"]
                .as_str()
                .or(e["text"].as_str())
                .unwrap_or("an exception");
            return Err(format!("the script threw: {text}"));
        }
        Ok(Evaluated {
            value: r["result"].get("value").cloned(),
        })
    }

    /// The first element that matches `selector`, waiting for it to appear.
    pub fn find_element(&self, selector: &str) -> Result<Element<'_>, Error> {
        let js = format!("!!document.querySelector({})", json!(selector));
        let until = Instant::now() + TIMEOUT;
        while Instant::now() < until {
            if let Some(true) = self.evaluate(&js, false)?.value.and_then(|v| v.as_bool()) {
                return Ok(Element {
                    tab: self,
                    selector: selector.to_owned(),
                });
            }
            std::thread::sleep(Duration::from_millis(25));
        }
        Err(format!("no element matches {selector}"))
    }

    /// Types `text` as key presses, one character at a time, into the
    /// element that has the focus.
    pub fn type_str(&self, text: &str) -> Result<&Tab, Error> {
        for c in text.chars() {
            let s = c.to_string();
            self.call(
                "Input.dispatchKeyEvent",
                json!({"type": "keyDown", "key": s, "text": s, "unmodifiedText": s}),
            )?;
            self.call("Input.dispatchKeyEvent", json!({"type": "keyUp", "key": s}))?;
        }
        Ok(self)
    }

    /// Presses and releases a key that types nothing, such as `Tab`.
    pub fn press_key(&self, key: &str) -> Result<&Tab, Error> {
        let code = match key {
            "Tab" => 9,
            "Enter" => 13,
            "Escape" => 27,
            other => return Err(format!("press_key does not know {other}")),
        };
        let event = |kind: &str| {
            json!({"type": kind, "key": key, "code": key,
                   "windowsVirtualKeyCode": code, "nativeVirtualKeyCode": code})
        };
        self.call("Input.dispatchKeyEvent", event("rawKeyDown"))?;
        self.call("Input.dispatchKeyEvent", event("keyUp"))?;
        Ok(self)
    }

    /// The visible part of the page as a PNG.
    pub fn capture_png(&self) -> Result<Vec<u8>, Error> {
        let r = self.call("Page.captureScreenshot", json!({"format": "png"}))?;
        let data = r["data"].as_str().ok_or("no screenshot data")?;
        base64::engine::general_purpose::STANDARD
            .decode(data)
            .map_err(|e| e.to_string())
    }
}

impl Drop for Tab {
    fn drop(&mut self) {
        let close = json!({"targetId": self.target});
        let _ = call(&self.pipe, None, "Target.closeTarget", close);
    }
}

/// An element found by its selector.
pub struct Element<'a> {
    tab: &'a Tab,
    selector: String,
}

impl Element<'_> {
    /// Scrolls the element into view and clicks its middle with the mouse,
    /// as a person would: the page gets the pointer and mouse events, and
    /// focus moves to the element.
    pub fn click(&self) -> Result<&Self, Error> {
        let js = format!(
            "(function(){{var e=document.querySelector({}); if(!e) return null; e.scrollIntoView({{block:'center',inline:'center'}}); var r=e.getBoundingClientRect(); return [r.left + r.width/2, r.top + r.height/2];}})()",
            json!(self.selector)
        );
        let at = self.tab.evaluate(&js, false)?.value;
        let (x, y) = match at.as_ref().and_then(|v| v.as_array()) {
            Some(xy) if xy.len() == 2 => {
                (xy[0].as_f64().unwrap_or(0.0), xy[1].as_f64().unwrap_or(0.0))
            }
            _ => return Err(format!("{} is gone", self.selector)),
        };
        for kind in ["mouseMoved", "mousePressed", "mouseReleased"] {
            let mut e = json!({"type": kind, "x": x, "y": y});
            if kind != "mouseMoved" {
                e["button"] = json!("left");
                e["clickCount"] = json!(1);
            }
            self.tab.call("Input.dispatchMouseEvent", e)?;
        }
        Ok(self)
    }
}
