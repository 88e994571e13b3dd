// The planner's live preview. The form works without this script: every
// button posts the form, and the server draws the page again. With it, the
// preview and the problems beside the fields follow each change.
(function () {
  "use strict";
  var form = document.getElementById("planner");
  var preview = document.getElementById("preview");
  if (!form || !preview || !window.fetch) return;
  document.documentElement.classList.add("js");
  var timer = null;
  var seq = 0;

  function fieldBox(name) {
    var boxes = form.querySelectorAll(".field[data-field]");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].getAttribute("data-field") === name) return boxes[i];
    }
    var input = form.querySelector('[name="' + name.replace(/"/g, '\\"') + '"]');
    return input ? input.closest("td, .field, fieldset") : null;
  }

  function showProblems(problems) {
    // The problems drawn by the server, or by the last update, go first.
    var old = form.querySelectorAll("[data-live-err], .err");
    for (var i = 0; i < old.length; i++) old[i].remove();
    var invalid = form.querySelectorAll("[aria-invalid]");
    for (var j = 0; j < invalid.length; j++) {
      invalid[j].removeAttribute("aria-invalid");
      invalid[j].removeAttribute("data-live-invalid");
    }
    problems.forEach(function (p, n) {
      var box = fieldBox(p.field);
      if (!box) return;
      var msg = document.createElement("p");
      msg.className = p.severity;
      msg.setAttribute("data-live-err", "");
      msg.id = "live-err-" + n;
      msg.textContent = p.message;
      box.appendChild(msg);
      var input = box.querySelector("input, select");
      if (input && p.severity === "error") {
        input.setAttribute("aria-invalid", "true");
        input.setAttribute("data-live-invalid", "");
        var d = (input.getAttribute("aria-describedby") || "").split(" ").filter(function (x) {
          return x && x.indexOf("live-err-") !== 0;
        });
        d.push(msg.id);
        input.setAttribute("aria-describedby", d.join(" "));
      }
    });
  }

  function update() {
    var mine = ++seq;
    var body = new URLSearchParams(new FormData(form));
    body.delete("action");
    fetch("/plan/preview", {
      method: "POST",
      headers: { "Content-Type": "application/x-www-form-urlencoded" },
      body: body.toString()
    })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        if (mine !== seq) return;
        preview.innerHTML = data.preview;
        document.getElementById("summary").innerHTML = "";
        showProblems(data.problems || []);
        preview.setAttribute("data-updated", String(mine));
      })
      .catch(function () {});
  }

  function later() {
    clearTimeout(timer);
    timer = setTimeout(update, 250);
  }
  form.addEventListener("input", later);
  form.addEventListener("change", later);
})();
