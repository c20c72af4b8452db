// Spar's pages: streamed replies, the mood gauge, keyboard sending, errors, and charts.
(function () {
  "use strict";

  function meta(name) {
    var m = document.querySelector('meta[name="' + name + '"]');
    return m ? m.getAttribute("content") : null;
  }

  function toast(message) {
    var t = document.getElementById("toast");
    if (!t) { window.alert(message); return; }
    t.textContent = message;
    t.hidden = false;
    clearTimeout(t._timer);
    t._timer = setTimeout(function () { t.hidden = true; }, 6000);
  }

  document.addEventListener("htmx:configRequest", function (e) {
    var header = meta("csrf-header"), token = meta("csrf-token");
    if (header && token) { e.detail.headers[header] = token; }
  });

  var draftKey = "spar-draft:" + window.location.pathname;

  // The login ran out: keep what was typed for when they come back, and take them to log in and back here.
  function loginExpired(message) {
    var line = document.getElementById("line");
    if (line && line.value.trim() !== "") {
      try { window.sessionStorage.setItem(draftKey, line.value); } catch (err) { /* private mode: the box keeps it */ }
    }
    var t = document.getElementById("toast");
    if (!t) { window.alert(message); return; }
    t.textContent = message + " ";
    var a = document.createElement("a");
    a.href = "/login?next=" + encodeURIComponent(window.location.pathname);
    a.textContent = "Log in again";
    t.appendChild(a);
    t.hidden = false;
    clearTimeout(t._timer);
  }

  document.addEventListener("htmx:responseError", function (e) {
    var xhr = e.detail.xhr;
    var text = xhr.responseText || "That did not work; try again.";
    if (xhr.status === 401) { loginExpired(text); return; }
    var type = xhr.getResponseHeader("Content-Type") || "";
    if (type.indexOf("json") >= 0) {
      try { text = JSON.parse(text).detail || "That did not work; try again."; } catch (err) { /* shown as sent */ }
    }
    toast(text.length > 300 ? text.slice(0, 300) + "…" : text);
  });

  // Back after logging in again: the line they had typed is in the box.
  document.addEventListener("DOMContentLoaded", function () {
    var line = document.getElementById("line");
    var kept = null;
    try { kept = window.sessionStorage.getItem(draftKey); } catch (err) { kept = null; }
    if (line && kept && line.value === "") {
      line.value = kept;
      try { window.sessionStorage.removeItem(draftKey); } catch (err) { /* nothing kept */ }
    }
  });
  document.addEventListener("htmx:sendError", function () {
    toast("Spar could not be reached. Check it is still running; what you typed is still in the box.");
  });

  function setGauge(state) {
    var anger = document.getElementById("anger-meter");
    var trust = document.getElementById("trust-meter");
    var word = document.getElementById("mood-word");
    if (anger) { anger.value = state.emotion; anger.textContent = state.emotion; }
    if (trust) { trust.value = state.trust; trust.textContent = state.trust; }
    if (word) { word.textContent = state.mood; }
  }

  // After a fault the model will not get past, the simulator speaks on: say so, and offer the model again.
  function showVoice(modelSpeaks) {
    var voice = document.getElementById("voice");
    var toSimulator = document.getElementById("use-simulator");
    var toModel = document.getElementById("use-model");
    if (!voice || !toSimulator || !toModel) { return; }
    voice.textContent = modelSpeaks ? voice.dataset.model : "the built-in simulator";
    toSimulator.classList.toggle("hidden", !modelSpeaks);
    toModel.classList.toggle("hidden", !!modelSpeaks);
  }

  function finish(state) {
    if (!state.ended) { return; }
    var over = document.getElementById("over");
    var text = document.getElementById("over-text");
    var form = document.getElementById("say");
    if (text) { text.textContent = state.outcome; }
    if (over) { over.classList.remove("hidden"); }
    if (form) { form.classList.add("hidden"); }
    if (state.reviewed === false) {
      // A run stopped for safety has no review and no line to try again: the help shown is the last word.
      var offers = document.querySelectorAll("#transcript .again, #over-review, .tools form");
      Array.prototype.forEach.call(offers, function (el) { el.classList.add("hidden"); });
    }
  }

  // The briefing stuck to the top on a narrow screen and the message box stuck to the bottom cover the ends of the
  // conversation: tell the page how much, so that whatever it scrolls into view (the newest reply, a focused
  // button) stops clear of both.
  var narrow = window.matchMedia("(max-width: 760px)");

  function keepClear() {
    var brief = document.getElementById("brief");
    var form = document.getElementById("say");
    if (!brief || !form) { return; }
    var gap = 8;
    var top = narrow.matches ? brief.offsetHeight + gap : 0;
    var bottom = form.classList.contains("hidden") ? 0 : form.offsetHeight + gap * 2;
    document.documentElement.style.setProperty("--clear-top", top + "px");
    document.documentElement.style.setProperty("--clear-bottom", bottom + "px");
  }

  function reveal(item) {
    keepClear();
    if (item) { item.scrollIntoView({ block: "nearest" }); }
  }

  document.addEventListener("click", function (e) {
    var fold = e.target.closest && e.target.closest("#brief-fold");
    if (!fold) { return; }
    fold.setAttribute("aria-expanded", fold.getAttribute("aria-expanded") === "true" ? "false" : "true");
    keepClear();
  });

  function stream(el) {
    if (el.dataset.started) { return; }
    el.dataset.started = "1";
    var form = document.getElementById("say");
    var button = form && form.querySelector("button");
    if (button) { button.disabled = true; }
    var source = new EventSource(el.dataset.stream);
    var got = false;
    var item = el.closest("li");
    function note(text, kind) {
      var p = document.createElement("p");
      p.className = "voice-note " + (kind || "");
      p.setAttribute("role", "status");
      p.textContent = text;
      if (item) { item.appendChild(p); }
    }
    function stop() {
      source.close();
      el.removeAttribute("aria-busy");
      if (button) { button.disabled = false; }
    }
    source.addEventListener("token", function (e) {
      got = true;
      el.textContent += JSON.parse(e.data).t;
      reveal(item);
    });
    // The model's line could not be used (a fault, or it stepped out of character): what it said so far is
    // dropped and the line is said again, by the model or the built-in simulator.
    source.addEventListener("retract", function (e) {
      el.textContent = "";
      note(JSON.parse(e.data).reason);
    });
    source.addEventListener("done", function (e) {
      stop();
      var state = JSON.parse(e.data);
      if (state.safety && item) {
        item.className = "bubble safety";
        item.setAttribute("role", "alert");
        item.textContent = state.safety;
      }
      setGauge(state);
      showVoice(state.modelSpeaks);
      finish(state);
      reveal(item);
      var line = document.getElementById("line");
      if (line && !state.ended) { line.focus(); }
    });
    source.addEventListener("failed", function (e) {
      stop();
      note(JSON.parse(e.data).message + " Reload the page to try again; your line is kept.", "error");
    });
    source.onerror = function () {
      stop();
      if (!got) { el.textContent = "(The reply could not be shown; reload the page to see it.)"; }
    };
  }

  function startStreams(root) {
    (root || document).querySelectorAll("[data-stream]").forEach(stream);
  }

  // htmx re-enables the button when the request ends; keep it off until the streamed reply is done.
  document.addEventListener("htmx:afterRequest", function (e) {
    var form = document.getElementById("say");
    if (form && e.detail.elt === form && document.querySelector("#transcript [aria-busy]")) {
      form.querySelector("button").disabled = true;
    }
  });

  document.addEventListener("htmx:afterSwap", function (e) {
    if (e.detail.target && e.detail.target.id === "transcript") {
      var line = document.getElementById("line");
      if (line) { line.value = ""; }
      startStreams(e.detail.target);
    }
  });

  document.addEventListener("keydown", function (e) {
    if (e.target && e.target.id === "line" && e.key === "Enter" && !e.shiftKey && !e.isComposing) {
      e.preventDefault();
      if (e.target.value.trim() === "") { return; }
      var form = e.target.form;
      var button = form.querySelector("button");
      if (!button || !button.disabled) { form.requestSubmit(); }
    }
  });

  // a slider says the number it is on (Prepare's difficulty), as it moves
  document.addEventListener("input", function (e) {
    var shown = e.target && e.target.id ? document.querySelector('output[for="' + e.target.id + '"]') : null;
    if (shown && e.target.type === "range") { shown.textContent = e.target.value; }
  });

  document.addEventListener("submit", function (e) {
    var f = e.target;
    if (f.dataset && f.dataset.confirm && !window.confirm(f.dataset.confirm)) { e.preventDefault(); }
  });

  // a Copy button beside a read-only field (an invitation's one-time link) copies the field's text
  document.addEventListener("click", function (e) {
    var button = e.target.closest ? e.target.closest("button[data-copy]") : null;
    if (!button) { return; }
    var field = document.getElementById(button.dataset.copy);
    if (!field) { return; }
    var copied = function () { button.textContent = "Copied"; };
    var selectIt = function () { field.focus(); field.select(); button.textContent = "Press Ctrl+C to copy"; };
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(field.value).then(copied, selectIt);
    } else {
      selectIt();
    }
  });

  var palette = ["#2f5d50", "#a33a2b", "#3b6ea5", "#8a5a00", "#6b4c9a", "#1f8a8a", "#b05f8a", "#5d6b70", "#222"];

  function draw(canvas) {
    if (!window.Chart) { return; }
    var data = JSON.parse(canvas.dataset.chart);
    var kind = canvas.dataset.kind, datasets = [], labels = [], extra = {};
    if (kind === "emotion") {
      var run = data.runs[0];
      labels = run.labels;
      datasets = [
        { label: "Anger", data: run.anger, borderColor: palette[1], backgroundColor: palette[1], tension: .25 },
        { label: "Trust", data: run.trust, borderColor: palette[0], backgroundColor: palette[0], tension: .25 }
      ];
    } else if (kind === "intensity") {
      labels = data.labels;
      var turning = {};
      data.points.forEach(function (p) { turning[p.label] = p; });
      var colour = function (ctx) {
        var p = turning[labels[ctx.dataIndex]];
        return p ? (p.angrier ? palette[1] : palette[0]) : palette[2];
      };
      datasets = [{ label: "Customer's intensity", data: data.intensity, borderColor: palette[2], tension: .25,
        pointBackgroundColor: colour, pointBorderColor: colour,
        pointRadius: function (ctx) { return turning[labels[ctx.dataIndex]] ? 7 : 3; },
        pointStyle: function (ctx) { return turning[labels[ctx.dataIndex]] ? "rectRot" : "circle"; } }];
      var words = function (items) {
        var p = turning[labels[items[0].dataIndex]];
        if (!p) { return ""; }
        return (p.angrier ? "Angrier" : "Calmer") + (p.agentTurn ? " after: “" + p.agentWords + "”" : "");
      };
      extra = { tooltip: { callbacks: { footer: words } } };
    } else if (kind === "compare") {
      var longest = 0;
      data.runs.forEach(function (r, i) {
        longest = Math.max(longest, r.anger.length);
        datasets.push({ label: "Anger · " + r.name, data: r.anger, borderColor: palette[i + 1], backgroundColor: palette[i + 1], tension: .25 });
      });
      for (var i = 0; i < longest; i++) { labels.push(i === 0 ? "start" : "reply " + i); }
    } else if (kind === "series") {
      labels = data.labels;
      data.series.forEach(function (line, i) {
        datasets.push({ label: line.name, data: line.values, borderColor: palette[i % 9], backgroundColor: palette[i % 9], spanGaps: true, tension: .2 });
      });
    } else {
      labels = data.labels.map(function (d, i) { return "#" + (i + 1) + " " + d; });
      datasets.push({ label: "Overall", data: data.overall, borderColor: palette[8], backgroundColor: palette[8], borderWidth: 3, tension: .2 });
      Object.keys(data.skills).forEach(function (k, i) {
        datasets.push({ label: k, data: data.skills[k], borderColor: palette[i % 8], backgroundColor: palette[i % 8], borderWidth: 1.5, tension: .2, hidden: i > 3 });
      });
    }
    new window.Chart(canvas, {
      type: "line",
      data: { labels: labels, datasets: datasets },
      options: { responsive: true, maintainAspectRatio: false, animation: false,
        scales: { y: { min: 0, max: 100 } }, plugins: Object.assign({ legend: { position: "bottom" } }, extra) }
    });
  }

  document.addEventListener("DOMContentLoaded", function () {
    startStreams(document);
    document.querySelectorAll("canvas[data-chart]").forEach(draw);
    var problems = document.getElementById("problems");
    if (problems) { problems.focus(); }
    var transcript = document.getElementById("transcript");
    if (transcript && transcript.lastElementChild && document.getElementById("line")) {
      reveal(transcript.lastElementChild);
    }
    if (document.getElementById("brief") && window.ResizeObserver) {
      new ResizeObserver(keepClear).observe(document.getElementById("say"));
      new ResizeObserver(keepClear).observe(document.getElementById("brief"));
    }
  });
})();
