// The page of `kiln jitview` (viewer/jit_page.cpp): the loops and bridges of a JIT log.
//
// The address says what is shown: #t=loop-3 (a trace), #t=loop-8&g=110 (a trace, scrolled to
// guard 110), nothing (the overview: summary, guards failing without a bridge, aborts).
// A trace shows its operations grouped under the interpreted program's positions (each
// debug_merge_point's location), optimized or not or both side by side, its guards with
// their failures and bridges, and its assembler when the log has it.
"use strict";

(() => {
  const {el, fill, params, link, number, count: plural, markNames, shown} = Kiln;
  const D = Kiln.data();
  const byId = new Map(D.traces.map((t) => [t.id, t]));
  let mode = "opt";

  const title = (t) => (t.kind === "bridge" ? "Bridge " : "Loop ") + t.number;
  const traceLink = (id, text) => byId.has(id) ? el("a", {href: link({t: id})}, text || title(byId.get(id))) : el("span", {}, text || id);

  // -- Layout --------------------------------------------------------------------------------------
  const summary = new Map(D.summary);
  const chip = (text, hot) => el("span", {class: "chip" + (hot ? " hot" : "")}, text);
  const filterBox = el("input", {type: "search", placeholder: "filter: location, number", "aria-label": "filter traces"});
  const sortBox = el("select", {"aria-label": "order"}, el("option", {value: "tree"}, "loops, with their bridges"),
    el("option", {value: "runs"}, "most runs first"));
  const count = el("div", {class: "count"});
  const list = el("ul", {id: "traces"});
  const content = el("section", {class: "content", id: "content"});
  fill(document.getElementById("app"), 
    el("header", {class: "bar"}, el("h1", {}, "kiln jitview"), el("span", {class: "what"}, D.log),
      el("div", {class: "chips"},
        chip(plural(D.traces.filter((t) => t.kind === "loop").length, "loop")),
        chip(plural(D.traces.filter((t) => t.kind === "bridge").length, "bridge")),
        summary.has("guard failures") ? chip(plural(summary.get("guard failures"), "guard failure")) : null,
        D.hotGuards.length ? chip(plural(D.hotGuards.length, "guard") + " failing without a bridge", true) : null,
        D.aborts.length ? chip(plural(D.aborts.length, "abort"), true) : null),
      el("nav", {}, el("a", {class: "tab", href: "#", id: "overview-tab"}, "Overview"))),
    el("div", {class: "main"}, el("nav", {class: "sidebar"}, filterBox, sortBox, count, list), content));

  // The list: loops in order, each followed by the bridges hanging off its guards (recursively);
  // or every trace by runs.
  function order() {
    if (sortBox.value === "runs") return [...D.traces].sort((a, b) => (b.runs || 0) - (a.runs || 0)).map((t) => [t, 0]);
    const children = new Map();
    for (const t of D.traces)
      if (t.parent && t.parent.trace && byId.has(t.parent.trace)) {
        if (!children.has(t.parent.trace)) children.set(t.parent.trace, []);
        children.get(t.parent.trace).push(t);
      }
    const out = [], seen = new Set();
    const visit = (t, depth) => {
      if (seen.has(t.id)) return;
      seen.add(t.id);
      out.push([t, depth]);
      for (const c of children.get(t.id) || []) visit(c, depth + 1);
    };
    for (const t of D.traces) if (!(t.parent && t.parent.trace && byId.has(t.parent.trace))) visit(t, 0);
    for (const t of D.traces) visit(t, 0);
    return out;
  }

  function drawList() {
    const words = filterBox.value.toLowerCase().split(/\s+/).filter(Boolean);
    fill(list);
    let n = 0;
    for (const [t, depth] of order()) {
      const text = (title(t) + " " + t.key).toLowerCase();
      if (!words.every((w) => text.includes(w))) continue;
      n++;
      const ops = t.opt ? t.opt.ops : t.noopt ? t.noopt.ops : 0;
      list.append(el("li", {class: depth === 1 ? "nested" : depth > 1 ? "nested2" : ""},
        el("a", {href: link({t: t.id}), "data-id": t.id, title: title(t) + " (" + t.key + ")"},
          title(t) + " ", el("span", {class: "sub"}, (t.kind === "bridge" ? "" : t.key + " · ") + number(t.runs) + " runs · " + ops + " ops"))));
    }
    count.textContent = n + " of " + D.traces.length + " traces";
    markCurrent();
  }
  function markCurrent() {
    const id = params().t;
    for (const a of list.querySelectorAll("a")) a.classList.toggle("on", a.dataset.id === id);
  }
  filterBox.addEventListener("input", drawList);
  sortBox.addEventListener("change", drawList);

  // -- A trace -------------------------------------------------------------------------------------
  function guardBadges(op) {
    const g = D.guards[String(op.guard)];
    const out = [el("span", {class: "badge"}, "guard " + op.guard)];
    if (!g) return out;
    if (g.failures) out.push(el("span", {class: "badge " + (g.hot ? "hot" : "fail")}, "failed " + number(g.failures) + "×"));
    if (g.bridge) out.push(el("a", {class: "badge bridge", href: link({t: g.bridge})}, "→ " + title(byId.get(g.bridge))));
    else if (g.failures) out.push(el("span", {class: "badge" + (g.hot ? " hot" : "")}, "no bridge"));
    return out;
  }

  function opRow(op) {
    if (op.guard === undefined) {
      const jump = /^jump\(.*descr=Loop (\d+)\)$/.exec(op.text);
      if (jump && byId.has("loop-" + jump[1]))
        return el("div", {class: "op"}, op.text + " ", el("a", {class: "badge", href: link({t: "loop-" + jump[1]})}, "→ Loop " + jump[1]));
      return el("div", {class: "op"}, op.text);
    }
    const g = D.guards[String(op.guard)];
    const cls = "op guard" + (g && g.failures ? " failed" : "") + (g && g.hot ? " hot" : "");
    return el("div", {class: cls, id: "guard-" + op.guard, "data-guard": op.guard}, op.text + " ",
      el("span", {class: "resume"}, op.resume), guardBadges(op));
  }

  function traceColumn(t, which) {
    const text = t[which];
    const column = el("div", {class: "trace", "data-version": which});
    if (!text) return column.append(el("p", {class: "empty"}, "The log has no " + (which === "opt" ? "optimized" : "unoptimized") +
      " version of this trace (KILNLOG=" + (which === "opt" ? "jit-log-opt" : "jit-log-noopt") + ")")), column;
    column.append(el("h3", {}, (which === "opt" ? "optimized" : "unoptimized") + ": " + text.ops + " ops, inputs " + text.inputs +
      " (log line " + text.line + ")"));
    for (const group of text.groups) {
      const where = group.location === null
        ? el("div", {class: "where start"}, el("span", {}, t.parent ? "continuing after guard " + t.parent.guard : "trace start"),
            el("span", {class: "n"}, group.ops.length + " ops"))
        : el("div", {class: "where"}, el("span", {}, group.location), el("span", {class: "n"}, group.ops.length + " ops"));
      column.append(el("div", {class: "group"}, where, group.ops.map(opRow)));
    }
    return column;
  }

  function showTrace(id, guard) {
    const t = byId.get(id);
    if (!t) return showOverview("no trace " + id + " in this log");
    markCurrent();
    // "N runs · from guard G of Loop L · bridges: ... · enters ..."
    const parts = [[t.runs === null ? "runs unknown (the log has no jit-backend-counts)" : plural(t.runs, "run")]];
    if (t.parent)
      parts.push(["from ", t.parent.trace ? el("a", {href: link({t: t.parent.trace, g: t.parent.guard})},
        "guard " + t.parent.guard + " of " + title(byId.get(t.parent.trace))) : "guard " + t.parent.guard]);
    if (t.bridges.length) parts.push(["bridges: ", t.bridges.map((b, i) => [i ? ", " : "", traceLink(b)])]);
    const others = t.jumpsTo.filter((n) => "loop-" + n !== t.id);
    if (others.length) parts.push(["enters ", others.map((n, i) => [i ? ", " : "", traceLink("loop-" + n)])]);
    const meta = parts.map((p, i) => [i ? " · " : "", p]);
    const modes = [["opt", "optimized"], ["noopt", "unoptimized"], ["both", "side by side"]].map(([m, label]) =>
      el("button", {class: "tab" + (mode === m ? " on" : ""), onclick: () => { mode = m; route(); }}, label));
    const columns = mode === "both" ? [traceColumn(t, "opt"), traceColumn(t, "noopt")] : [traceColumn(t, mode)];
    fill(content, 
      el("h2", {id: "trace-title"}, title(t) + " ", el("span", {class: "what"}, t.kind === "loop" ? "at " + t.key : "")),
      el("div", {class: "meta"}, meta),
      el("div", {class: "toolbar"}, modes),
      t.assembler ? el("details", {}, el("summary", {}, "assembler (" + t.assembler.length + " instructions)"),
        el("pre", {class: "asm"}, t.assembler.map(([addr, text]) => [el("span", {class: "addr"}, addr ? addr + ": " : ""), text, "\n"])))
        : null,
      el("div", {class: "traces"}, columns));
    markNames(content.querySelector(".traces"), "\\b[ipf]\\d+\\b", "val", () => "");
    content.scrollTop = 0;
    if (guard !== undefined) {
      const row = content.querySelector('[data-guard="' + guard + '"]');
      if (row) {
        row.scrollIntoView({block: "center"});
        row.classList.add("flash");
      }
    }
    shown("t=" + id + (guard !== undefined ? "&g=" + guard : ""));
  }

  // -- The overview --------------------------------------------------------------------------------
  function showOverview(message) {
    markCurrent();
    const hot = D.hotGuards.map((n) => {
      const g = D.guards[String(n)];
      return el("tr", {}, el("td", {}, g.trace ? el("a", {href: link({t: g.trace, g: n})}, "guard " + n) : "guard " + n),
        el("td", {}, g.trace ? title(byId.get(g.trace)) : ""), el("td", {class: "num"}, number(g.failures) + " failures"));
    });
    const top = [...D.traces].filter((t) => t.runs).sort((a, b) => b.runs - a.runs).slice(0, 10);
    fill(content, 
      message ? el("p", {class: "note"}, message) : null,
      el("h2", {}, D.log),
      el("p", {}, "Pick a loop or bridge on the left. Operations are grouped under the interpreted program's positions; " +
        "guards show how often they failed and link to their bridges."),
      el("h4", {}, "Guards failing without a bridge (" + D.hotGuards.length + ")"),
      hot.length ? el("table", {class: "kv", id: "hot-guards"}, hot)
        : el("p", {class: "note"}, "none failed " + D.hotGuardFailures + " times or more without getting a bridge"),
      el("h4", {}, "Most run"),
      el("table", {class: "kv"}, top.map((t) => el("tr", {}, el("td", {}, traceLink(t.id)), el("td", {}, t.key),
        el("td", {class: "num"}, number(t.runs) + " runs")))),
      D.aborts.length ? el("h4", {}, "Aborts (" + D.aborts.length + ")") : null,
      D.aborts.length ? el("table", {class: "kv"}, D.aborts.map((a) =>
        el("tr", {}, el("td", {}, a.where), el("td", {}, a.why), el("td", {class: "note"}, "log line " + a.line)))) : null,
      D.summary.length ? el("h4", {}, "Summary (jit-summary)") : null,
      D.summary.length ? el("table", {class: "kv"}, D.summary.map(([k, v]) =>
        el("tr", {}, el("td", {class: k.startsWith("  ") ? "sub" : ""}, k.trim()), el("td", {class: "num"}, /^\d+$/.test(v) ? number(v) : v))))
        : null);
    shown("overview");
  }

  function route() {
    const p = params();
    document.getElementById("overview-tab").classList.toggle("on", !("t" in p));
    if ("t" in p) return showTrace(p.t, p.g);
    showOverview();
  }
  window.addEventListener("hashchange", route);
  drawList();
  route();
})();
