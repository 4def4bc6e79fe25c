// Reviewer pages: keyboard shortcuts and the queue's bulk selection.
// Shortcuts never fire while typing in a field, or with Ctrl/Alt/Meta held.
(function () {
  "use strict";
  var QUEUE_KEY = "ts.queue.cases";

  function typing(target) {
    if (!target || !target.tagName) return false;
    var tag = target.tagName.toLowerCase();
    return tag === "input" || tag === "textarea" || tag === "select" || target.isContentEditable;
  }

  // --- the help overlay ------------------------------------------------------
  var help = document.getElementById("shortcuts-help");
  var opener = null;
  function openHelp() {
    if (!help) return;
    opener = document.activeElement;
    help.hidden = false;
    var close = help.querySelector("[data-shortcuts-close]");
    if (close) close.focus();
  }
  function closeHelp() {
    if (!help || help.hidden) return;
    help.hidden = true;
    if (opener && opener.focus) opener.focus();
  }
  document.querySelectorAll("[data-shortcuts-help]").forEach(function (button) {
    button.addEventListener("click", openHelp);
  });
  if (help) {
    help.querySelectorAll("[data-shortcuts-close]").forEach(function (button) {
      button.addEventListener("click", closeHelp);
    });
  }

  // --- the queue: current row, remembered order for the case pages -----------
  var rows = Array.prototype.slice.call(document.querySelectorAll("[data-case-row]"));
  var current = -1;
  if (rows.length) {
    var urls = rows.map(function (row) {
      var link = row.querySelector("[data-case-link]");
      return link ? link.getAttribute("href") : null;
    });
    try { sessionStorage.setItem(QUEUE_KEY, JSON.stringify(urls)); } catch (e) { /* storage off: j/k stay on the queue */ }
  }
  function moveTo(index) {
    if (!rows.length) return;
    index = Math.max(0, Math.min(rows.length - 1, index));
    if (current >= 0) rows[current].classList.remove("is-current");
    current = index;
    rows[current].classList.add("is-current");
    var link = rows[current].querySelector("[data-case-link]");
    if (link) link.focus();
  }

  // --- a case page: its neighbours in the last queue seen ---------------------
  function neighbour(step) {
    var urls;
    try { urls = JSON.parse(sessionStorage.getItem(QUEUE_KEY) || "[]"); } catch (e) { urls = []; }
    var here = urls.indexOf(window.location.pathname);
    if (here < 0) return null;
    return urls[here + step] || null;
  }

  function click(selector) {
    var element = document.querySelector(selector);
    if (element) { element.click(); return true; }
    return false;
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.key === "Escape") { closeHelp(); return; }
    if (typing(event.target)) return;
    if (help && !help.hidden && event.key !== "?") return;
    var handled = true;
    switch (event.key) {
      case "?": if (help && !help.hidden) { closeHelp(); } else { openHelp(); } break;
      case "j":
        if (rows.length) { moveTo(current + 1); }
        else { var next = neighbour(1); if (next) { window.location.href = next; } else { handled = false; } }
        break;
      case "k":
        if (rows.length) { moveTo(current - 1); }
        else { var previous = neighbour(-1); if (previous) { window.location.href = previous; } else { handled = false; } }
        break;
      case "o":
      case "Enter":
        if (rows.length && current >= 0) { click("[data-case-row].is-current [data-case-link]"); } else { handled = false; }
        break;
      case "x":
        if (rows.length && current >= 0) { click("[data-case-row].is-current [data-testid=select-case]"); } else { handled = false; }
        break;
      case "c": handled = click("[data-testid=claim]") || click("[data-testid=claim-next]"); break;
      case "n":
        var note = document.getElementById("id_note_body");
        if (note) { note.scrollIntoView({ block: "center" }); note.focus(); } else { handled = false; }
        break;
      case "/":
        var search = document.getElementById("id_q");
        if (search) { search.focus(); search.select(); } else { handled = false; }
        break;
      default: handled = false;
    }
    if (handled) event.preventDefault();
  });

  // --- bulk selection ---------------------------------------------------------
  var boxes = Array.prototype.slice.call(document.querySelectorAll("[data-testid=select-case]"));
  var count = document.querySelector("[data-testid=selected-count]");
  var all = document.getElementById("select-all");
  function recount() {
    var n = boxes.filter(function (box) { return box.checked; }).length;
    if (count) count.textContent = String(n);
    if (all) { all.checked = n > 0 && n === boxes.length; all.indeterminate = n > 0 && n < boxes.length; }
  }
  boxes.forEach(function (box) { box.addEventListener("change", recount); });
  if (all) {
    all.addEventListener("change", function () {
      boxes.forEach(function (box) { box.checked = all.checked; });
      recount();
    });
  }
  recount();
})();
