// Live assist: reads the draft on every keystroke (debounced) and shows flags, the customer and next moves.
(function () {
  "use strict";
  var conversation = [];
  var latest = null;
  var timer = null;
  var sequence = 0;
  var STORE = "spar-assist-conversation";

  function $(id) { return document.getElementById(id); }

  function el(tag, className, text) {
    var e = document.createElement(tag);
    if (className) { e.className = className; }
    if (text !== undefined && text !== null) { e.textContent = text; }
    return e;
  }

  function toast(message) {
    var t = $("toast");
    if (!t) { return; }
    t.textContent = message;
    t.hidden = false;
    clearTimeout(t._timer);
    t._timer = setTimeout(function () { t.hidden = true; }, 6000);
  }

  function post(path, body) {
    return fetch(path, {
      method: "POST",
      headers: { "Content-Type": "application/json", "Accept": "application/json" },
      credentials: "same-origin",
      body: JSON.stringify(body)
    }).then(function (r) {
      return r.json().then(function (j) {
        if (!r.ok) { throw new Error(j.detail || "Live assist could not read that."); }
        return j;
      });
    });
  }

  function save() {
    try { sessionStorage.setItem(STORE, JSON.stringify(conversation)); } catch (e) { /* private mode */ }
  }

  function renderConversation() {
    var list = $("conversation");
    list.textContent = "";
    conversation.forEach(function (line) {
      var li = el("li", "bubble " + line.speaker);
      li.appendChild(el("span", "who", line.speaker === "customer" ? "Customer" : "You"));
      li.appendChild(el("p", "text", line.text));
      list.appendChild(li);
    });
  }

  // a flag is named as the reviews name it ("Over-promise"), from the titles the page was given
  var titles = null;
  function title(category) {
    if (titles === null) {
      try { titles = JSON.parse($("flags").dataset.titles || "{}"); } catch (err) { titles = {}; }
    }
    return titles[category] || category.replace(/-/g, " ");
  }

  function renderFlags(flags) {
    var list = $("flags");
    list.textContent = "";
    // with no flags the section says why: no draft yet (as when the page opens, or once a reply is sent), or a
    // draft with nothing to fix; never a heading over nothing
    $("flags-empty").hidden = flags.length > 0;
    $("flags-empty").textContent = $("draft").value.trim() === "" ? "Nothing flagged yet." : "Nothing to fix in this draft.";
    flags.forEach(function (f, i) {
      var li = el("li", "finding problem");
      li.appendChild(el("strong", null, title(f.category)));
      li.appendChild(el("q", null, f.quote));
      li.appendChild(el("p", "why", f.why));
      // a flag whose rewrite did not pass the checks comes without one: nothing to apply, reword it yourself
      if (typeof f.rewrite === "string") {
        var p = el("p", "rewrite");
        p.appendChild(el("span", "label", "Stronger: "));
        p.appendChild(el("span", null, f.rewrite));
        li.appendChild(p);
        var apply = el("button", "quiet", "Apply" + (i < 9 ? " (Alt+" + (i + 1) + ")" : ""));
        apply.type = "button";
        apply.addEventListener("click", function () { applyRewrite(i); });
        li.appendChild(apply);
      } else {
        li.appendChild(el("p", "muted small no-rewrite", "No rewrite reads well here: reword this part yourself."));
      }
      list.appendChild(li);
    });
  }

  function renderCustomer(c) {
    $("intensity").value = c.intensity;
    $("intensity").textContent = c.intensity;
    $("intensity-value").textContent = c.intensity;
    var dl = $("customer-read");
    dl.textContent = "";
    function row(name, value) {
      if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) { return; }
      dl.appendChild(el("dt", null, name));
      dl.appendChild(el("dd", null, Array.isArray(value) ? value.join("; ") : String(value)));
    }
    row("Style", c.style === "task" ? "task-oriented: short, wants the fix" : c.style === "relationship" ? "relationship-oriented: wants to be heard" : c.style);
    row("Asked for", c.asks);
    row("Facts still missing", c.missing_facts);
    row("Personal", c.personal ? "yes: about you, not the issue" : null);
    row("Abusive", c.abusive ? "yes: you may set a boundary" : null);
    row("Safety", c.safety);
  }

  function renderMoves(moves) {
    var list = $("moves");
    list.textContent = "";
    moves.forEach(function (m) {
      var li = el("li");
      li.appendChild(el("strong", null, m.title));
      li.appendChild(el("p", "muted small", m.why));
      (m.phrasings || []).forEach(function (text) {
        var b = el("button", "link phrasing", "“" + text + "”");
        b.type = "button";
        b.title = "Put this in your reply";
        b.addEventListener("click", function () {
          var d = $("draft");
          d.value = d.value.trim() === "" ? text : d.value.replace(/\s*$/, " ") + text;
          d.focus();
          schedule(0);
        });
        li.appendChild(b);
      });
      list.appendChild(li);
    });
  }

  function assess() {
    var mine = ++sequence;
    post("/api/assist", { conversation: conversation, draft: $("draft").value }).then(function (answer) {
      if (mine !== sequence) { return; }
      latest = answer;
      renderFlags(answer.flags);
      renderCustomer(answer.customer);
      renderMoves(answer.next_moves);
    }).catch(function (e) { toast(e.message); });
  }

  function schedule(delay) {
    clearTimeout(timer);
    timer = setTimeout(assess, delay === undefined ? 120 : delay);
  }

  function applyRewrite(i) {
    if (!latest || !latest.flags[i] || typeof latest.flags[i].rewrite !== "string") { return; }
    $("draft").value = latest.flags[i].rewrite;
    $("draft").focus();
    schedule(0);
  }

  function addLine(speaker, text) {
    text = text.trim();
    if (text === "") { return false; }
    if (conversation.length >= 200) { conversation.shift(); }
    conversation.push({ speaker: speaker, text: text.slice(0, 2000) });
    save();
    renderConversation();
    $("note-section").hidden = true;
    schedule(0);
    return true;
  }

  // a list of the note once each: a promise flagged twice in one line is still one thing to verify
  function listed(items) {
    return (items || []).filter(function (x, i, all) { return all.indexOf(x) === i; }).join("; ") || "nothing";
  }

  function showNote() {
    post("/api/assist/note", { conversation: conversation, draft: "" }).then(function (answer) {
      var n = answer.note, dl = $("note");
      dl.textContent = "";
      [["Issue", n.issue], ["Main concern", n.main_concern], ["Promised", listed(n.promised)],
       ["To verify", listed(n.to_verify)], ["Next action", n.next_action], ["Owner", n.owner]]
        .forEach(function (r) { dl.appendChild(el("dt", null, r[0])); dl.appendChild(el("dd", null, r[1])); });
      $("note-section").hidden = false;
      $("note-section").scrollIntoView({ block: "nearest" });
    }).catch(function (e) { toast(e.message); });
  }

  document.addEventListener("DOMContentLoaded", function () {
    try { conversation = JSON.parse(sessionStorage.getItem(STORE) || "[]"); } catch (e) { conversation = []; }
    renderConversation();
    $("draft").addEventListener("input", function () { schedule(); });
    $("customer-form").addEventListener("submit", function (e) {
      e.preventDefault();
      if (addLine("customer", $("customer-line").value)) { $("customer-line").value = ""; $("draft").focus(); }
    });
    $("customer-line").addEventListener("keydown", function (e) {
      if (e.key === "Enter" && !e.shiftKey && !e.isComposing) { e.preventDefault(); $("customer-form").requestSubmit(); }
    });
    $("draft-form").addEventListener("submit", function (e) {
      e.preventDefault();
      if (addLine("rep", $("draft").value)) { $("draft").value = ""; $("customer-line").focus(); }
    });
    $("draft").addEventListener("keydown", function (e) {
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); $("draft-form").requestSubmit(); }
      if (e.altKey && /^[1-9]$/.test(e.key)) { e.preventDefault(); applyRewrite(Number(e.key) - 1); }
    });
    $("note-button").addEventListener("click", showNote);
    $("clear-button").addEventListener("click", function () {
      conversation = []; save(); renderConversation(); $("draft").value = ""; $("note-section").hidden = true; schedule(0);
    });
    schedule(0);
  });
})();
