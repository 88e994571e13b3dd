// Puente's search: the index is window.PUENTE_SEARCH, loaded by a <script>
// tag before this one, so it works from file:// as well as from a server.
(function () {
  "use strict";
  var input = document.querySelector("main input[type=search]");
  var results = document.querySelector("[data-search-results]");
  var status = document.querySelector("[data-search-status]");
  var index = window.PUENTE_SEARCH || [];
  if (!input || !results) return;
  function fold(s) {
    return s.toLowerCase().normalize("NFD").replace(/[\u0300-\u036f]/g, "");
  }
  function run() {
    var words = fold(input.value).split(/[^\p{L}\p{N}]+/u).filter(function (w) { return w.length > 1; });
    results.textContent = "";
    if (!words.length) { if (status) status.textContent = ""; return; }
    var hits = index.filter(function (e) {
      var hay = " " + e.w + " " + fold(e.t) + " ";
      return words.every(function (w) { return hay.indexOf(" " + w) !== -1 || fold(e.t).indexOf(w) !== -1; });
    });
    hits.forEach(function (e) {
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = e.u;
      a.textContent = e.t;
      li.appendChild(a);
      if (e.m && e.m !== e.t) {
        var span = document.createElement("span");
        span.className = "muted";
        span.textContent = " · " + e.m;
        li.appendChild(span);
      }
      results.appendChild(li);
    });
    if (status) status.textContent = hits.length ? "" : results.getAttribute("data-none");
  }
  var q = new URLSearchParams(window.location.search).get("q");
  if (q) input.value = q;
  input.addEventListener("input", run);
  var form = input.form;
  if (form) form.addEventListener("submit", function (ev) { ev.preventDefault(); run(); });
  run();
})();
