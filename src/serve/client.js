// Puente's preview script: live reload, the problems overlay and the
// in-context mode. Served by `puente serve` only; `build` output never
// carries it.
(function () {
  "use strict";
  var cfg = JSON.parse(document.getElementById("puente-config").textContent);
  var L = cfg.labels || {};
  var generation = cfg.generation;

  // --- Problems overlay -------------------------------------------------
  var overlay = null;
  function showProblems(problems) {
    if (!overlay) {
      overlay = document.createElement("section");
      overlay.id = "puente-problems";
      overlay.setAttribute("role", "alert");
      document.body.appendChild(overlay);
    }
    overlay.textContent = "";
    var h = document.createElement("h2");
    h.textContent = L["ui-serve-problems"] || "Problems";
    overlay.appendChild(h);
    problems.forEach(function (p) {
      var item = document.createElement("article");
      var where = document.createElement("p");
      where.className = "where";
      where.textContent = (p.location ? p.location + ": " : "") + "error[" + p.code + "] " + p.message;
      var pre = document.createElement("pre");
      pre.textContent = p.text;
      item.appendChild(where);
      item.appendChild(pre);
      overlay.appendChild(item);
    });
  }
  function hideProblems() {
    if (overlay) { overlay.remove(); overlay = null; }
  }
  if (cfg.problems && cfg.problems.length) { showProblems(cfg.problems); }

  // --- Live reload: only once a complete build is being served ----------
  function connect() {
    var es = new EventSource("/_puente/events");
    es.addEventListener("update", function (e) {
      var u = JSON.parse(e.data);
      if (u.problems.length) { showProblems(u.problems); return; }
      if (u.generation !== generation) { location.reload(); return; }
      hideProblems();
    });
  }
  connect();

  // --- In-context mode ---------------------------------------------------
  var KEY = "puente-in-context";
  var bar = document.createElement("div");
  bar.id = "puente-bar";
  var toggle = document.createElement("button");
  toggle.type = "button";
  toggle.id = "puente-in-context";
  toggle.setAttribute("aria-pressed", "false");
  toggle.textContent = L["ui-serve-in-context"] || "Show message ids";
  bar.appendChild(toggle);
  var parts = location.pathname.split("/").filter(Boolean);
  if (parts.length === 3 && parts[1] !== "en" && /\.html$/.test(parts[2])) {
    var side = document.createElement("a");
    side.href = "/_puente/compare/" + parts.join("/");
    side.textContent = L["ui-serve-side-by-side"] || "Side by side";
    bar.appendChild(side);
  }
  var home = document.createElement("a");
  home.href = "/";
  home.textContent = L["ui-serve-home"] || "All modules";
  bar.appendChild(home);
  var panel = document.createElement("div");
  panel.id = "puente-panel";
  panel.setAttribute("role", "status");
  panel.hidden = true;

  function setMode(on) {
    document.documentElement.classList.toggle("pt-on", on);
    toggle.setAttribute("aria-pressed", on ? "true" : "false");
    document.querySelectorAll(".pt").forEach(function (el) {
      if (on) { el.setAttribute("tabindex", "0"); } else { el.removeAttribute("tabindex"); }
    });
    if (!on) { panel.hidden = true; }
    try { sessionStorage.setItem(KEY, on ? "1" : ""); } catch (e) { /* private mode */ }
  }
  function describe(el) {
    panel.textContent = "";
    var id = document.createElement("code");
    id.textContent = el.dataset.msg;
    panel.appendChild(id);
    panel.appendChild(document.createTextNode(" · " + (el.dataset.src || "")));
    var state = el.dataset.state;
    if (state) {
      var s = document.createElement("span");
      s.className = "state";
      s.textContent = " · " + (L["ui-serve-" + state] || state);
      panel.appendChild(s);
    }
    if (cfg.editor && el.dataset.file) {
      var a = document.createElement("a");
      a.href = cfg.editor.replace("{path}", el.dataset.file).replace("{line}", el.dataset.line).replace("{col}", "1");
      a.textContent = L["ui-serve-open-in-editor"] || "Open in editor";
      panel.appendChild(document.createTextNode(" "));
      panel.appendChild(a);
    }
    panel.hidden = false;
  }
  function innermost(target) {
    return target && target.closest ? target.closest(".pt") : null;
  }
  document.addEventListener("mouseover", function (e) {
    if (!document.documentElement.classList.contains("pt-on")) { return; }
    var el = innermost(e.target);
    if (el) { describe(el); }
  });
  document.addEventListener("focusin", function (e) {
    if (!document.documentElement.classList.contains("pt-on")) { return; }
    var el = innermost(e.target);
    if (el) { describe(el); }
  });
  toggle.addEventListener("click", function () {
    setMode(!document.documentElement.classList.contains("pt-on"));
  });
  document.addEventListener("DOMContentLoaded", function () {});
  document.body.appendChild(bar);
  document.body.appendChild(panel);
  var saved = "";
  try { saved = sessionStorage.getItem(KEY) || ""; } catch (e) { /* private mode */ }
  if (saved) { setMode(true); }
})();
