// Fact-check desk: keyboard shortcuts, text selection for new claims, live progress.
// Pages work without this script; it only makes them faster to use.
(function () {
  "use strict";

  function typing(event) {
    var el = event.target;
    return el && (el.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(el.tagName));
  }

  // --- Shortcut help ---------------------------------------------------------------
  function openHelp() {
    var dialog = document.getElementById("shortcuts");
    if (dialog && typeof dialog.showModal === "function" && !dialog.open) dialog.showModal();
  }
  document.addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("[data-shortcuts-open]")) openHelp();
  });

  // --- Queue: j / k / o ------------------------------------------------------------
  var selected = -1;
  function rows() { return Array.prototype.slice.call(document.querySelectorAll("[data-claim-row]")); }
  function select(index) {
    var all = rows();
    if (!all.length) return;
    selected = Math.max(0, Math.min(all.length - 1, index));
    all.forEach(function (row, i) { row.classList.toggle("selected", i === selected); });
    var link = all[selected].querySelector("[data-claim-link]");
    if (link) link.focus();
  }

  // --- Claim page: v / d / t, Ctrl+Enter ---------------------------------------------
  function chooseRating(value) {
    var radio = document.querySelector('[data-verdict-form] input[name="rating"][value="' + value + '"]');
    if (!radio) return;
    radio.checked = true;
    var rationale = document.querySelector('[data-verdict-form] textarea[name="rationale"]');
    if (rationale) rationale.focus();
  }

  document.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey) && event.target.name === "rationale") {
      event.preventDefault();
      event.target.form.requestSubmit();
      return;
    }
    if (typing(event) || event.altKey || event.ctrlKey || event.metaKey) return;
    var page = document.body.dataset.page;
    if (event.key === "?") { event.preventDefault(); openHelp(); return; }
    if (page === "queue") {
      if (event.key === "j") { event.preventDefault(); select(selected + 1); }
      else if (event.key === "k") { event.preventDefault(); select(selected < 0 ? 0 : selected - 1); }
      else if (event.key === "o" && selected >= 0) { window.location.href = rows()[selected].dataset.href; }
    } else if (page === "claim") {
      if (event.key === "v") { event.preventDefault(); chooseRating("verified"); }
      else if (event.key === "d") { event.preventDefault(); chooseRating("disputed"); }
      else if (event.key === "t") {
        var take = document.querySelector("[data-take]");
        if (take) { event.preventDefault(); take.requestSubmit(); }
      }
    }
  });

  // --- Article page: selection → code-point offsets ----------------------------------
  // The server counts Unicode code points (Python str indices); JavaScript strings count
  // UTF-16 units, so offsets are measured with Array.from, which iterates code points.
  function codePoints(text) { return Array.from(text).length; }

  function offsetsOf(container, range) {
    if (!container.contains(range.startContainer) || !container.contains(range.endContainer)) return null;
    var before = document.createRange();
    before.selectNodeContents(container);
    before.setEnd(range.startContainer, range.startOffset);
    var start = codePoints(before.toString());
    var end = start + codePoints(range.toString());
    return end > start ? { start: start, end: end } : null;
  }

  function watchSelection() {
    var container = document.querySelector("[data-fulltext]");
    var form = document.querySelector("[data-add-claim]");
    if (!container || !form) return;
    document.addEventListener("selectionchange", function () {
      var selection = document.getSelection();
      if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return;
      var offsets = offsetsOf(container, selection.getRangeAt(0));
      if (!offsets) return;
      form.elements.start.value = offsets.start;
      form.elements.end.value = offsets.end;
      var preview = form.querySelector("[data-selection-preview]");
      if (preview) preview.textContent = "Selected: “" + selection.toString().slice(0, 200) + "”";
    });
  }

  // --- Article page: live progress ----------------------------------------------------
  function pollProgress() {
    var box = document.querySelector("[data-progress]");
    if (!box) return;
    var bar = box.querySelector("progress");
    var text = box.querySelector("[data-progress-text]");
    function tick() {
      fetch(box.dataset.url, { headers: { Accept: "application/json" }, credentials: "same-origin" })
        .then(function (response) { return response.ok ? response.json() : null; })
        .then(function (data) {
          if (!data) return;
          bar.value = data.percent;
          bar.textContent = data.percent + "%";
          var finished = data.lookups_done + data.lookups_failed;
          text.textContent = finished + " of " + data.lookups_total + " finished" +
            (data.lookups_failed ? ", " + data.lookups_failed + " failed" : "");
          var status = document.querySelector("[data-article-status]");
          if (status) status.textContent = data.status === "processed" ? "Processed" : "Processing";
          Object.keys(data.claims).forEach(function (id) {
            var st = data.claims[id];
            document.querySelectorAll('[data-claim-id="' + id + '"]').forEach(function (mark) {
              mark.className = "claim-mark status-" + st;
            });
          });
          if (data.status !== "processed") window.setTimeout(tick, 2000);
        })
        .catch(function () { window.setTimeout(tick, 5000); });
    }
    tick();
  }

  document.addEventListener("DOMContentLoaded", function () {
    watchSelection();
    pollProgress();
  });
})();
