// The page of `kiln view` (viewer/graph_page.cpp): a list of the program's functions, each
// function's graph, the call graph and the source.
//
// The address says what is shown: #f=INDEX (a function; the SVG's call links are such
// addresses, so the browser's back button walks back down a call chain), #calls (the call
// graph), nothing (the overview). A function's SVG sits in the page as unparsed text
// (<script type="text/plain" id="svg-fINDEX">) until it is first shown: the page opens as fast
// for ten thousand functions as for ten.
"use strict";

(() => {
  const {el, fill, params, link, number, markNames, shown} = Kiln;
  const D = Kiln.data();
  const functions = D.functions;
  const missing = new Set(D.missingPictures || []);
  const callers = functions.map(() => []);
  functions.forEach((f, i) => f.callees.forEach((c) => callers[c].push(i)));

  let scale = 1; // a new picture starts at actual size, scrolled to its start block
  let showText = false;
  let current = -1;

  // -- Layout --------------------------------------------------------------------------------------
  const search = el("input", {type: "search", placeholder: "search functions  ( / )", "aria-label": "search functions"});
  const count = el("div", {class: "count"});
  const list = el("ul", {id: "functions"});
  const items = functions.map((f, i) => {
    const a = el("a", {href: link({f: i}), title: f.name}, f.name);
    const li = el("li", {}, a);
    list.append(li);
    return {li, a, name: f.name.toLowerCase()};
  });
  const content = el("section", {class: "content", id: "content"});
  const source = el("aside", {class: "sourcepanel", id: "source"});
  const tabs = {
    overview: el("a", {class: "tab", href: "#"}, "Overview"),
    calls: el("a", {class: "tab", href: "#calls"}, "Call graph"),
  };
  const app = document.getElementById("app");
  fill(app, 
    el("header", {class: "bar"}, el("h1", {}, "kiln view"),
      el("span", {class: "what"}, D.program + " · " + D.stage + " · " + number(functions.length) + " functions"),
      el("nav", {}, tabs.overview, tabs.calls)),
    el("div", {class: "main"}, el("nav", {class: "sidebar"}, search, count, list), content, source));

  function filter() {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let n = 0;
    for (const item of items) {
      const match = words.every((w) => item.name.includes(w));
      item.li.classList.toggle("hidden", !match);
      n += match;
    }
    count.textContent = number(n) + " of " + number(functions.length) + " functions";
  }
  search.addEventListener("input", filter);
  search.addEventListener("keydown", (event) => {
    if (event.key !== "Enter") return;
    const first = items.find((item) => !item.li.classList.contains("hidden"));
    if (first) location.hash = first.a.getAttribute("href");
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "/" && document.activeElement !== search) {
      event.preventDefault();
      search.focus();
    }
  });
  filter();

  // -- Source panel --------------------------------------------------------------------------------
  function showSource(f) {
    source.hidden = false;
    fill(source);
    if (f.file === undefined) {
      source.append(el("div", {class: "path"}, "no source"));
      return;
    }
    const file = D.files[f.file];
    const [first, last] = f.lines;
    source.append(el("div", {class: "path"}, file.path + ":" + first + "–" + last));
    const from = Math.max(1, first - 3), to = Math.min(file.lines.length, last + 3);
    for (let n = from; n <= to; n++) {
      const inside = n >= first && n <= last;
      source.append(el("div", {class: "src-line " + (inside ? "in" : "out"), "data-line": n},
        el("span", {class: "ln"}, n), el("code", {}, file.lines[n - 1])));
    }
  }

  function highlightLines(lines) {
    for (const node of source.querySelectorAll(".src-line.hl")) node.classList.remove("hl");
    let firstNode = null;
    for (const n of lines) {
      const node = source.querySelector('.src-line[data-line="' + n + '"]');
      if (node) {
        node.classList.add("hl");
        firstNode = firstNode || node;
      }
    }
    if (firstNode) {
      const box = firstNode.getBoundingClientRect(), panel = source.getBoundingClientRect();
      if (box.top < panel.top + 30 || box.bottom > panel.bottom) firstNode.scrollIntoView({block: "center"});
    }
  }

  // Hovering a block lights its source lines; hovering a source line lights its blocks.
  function connect(f, blockNodes) {
    blockNodes.forEach((node, b) => {
      if (!node) return;
      const lines = [...new Set(f.blocks[b].rows.map((r) => r.line).filter(Boolean))];
      node.addEventListener("mouseenter", () => highlightLines(lines));
      node.addEventListener("mouseleave", () => highlightLines([]));
    });
    for (const row of source.querySelectorAll(".src-line")) {
      const n = Number(row.dataset.line);
      const hits = f.blocks.map((b, i) => b.rows.some((r) => r.line === n) ? i : -1).filter((i) => i >= 0);
      row.addEventListener("mouseenter", () => hits.forEach((b) => blockNodes[b] && blockNodes[b].classList.add("hl")));
      row.addEventListener("mouseleave", () => hits.forEach((b) => blockNodes[b] && blockNodes[b].classList.remove("hl")));
    }
  }

  // -- A function ----------------------------------------------------------------------------------
  function describeVariable(f) {
    const vars = f.variables;
    return (name) => vars[name] || "";
  }

  function callList(title, indices) {
    return el("div", {}, el("h4", {}, title + " (" + indices.length + ")"),
      el("ul", {}, indices.slice(0, 50).map((i) => el("li", {}, el("a", {href: link({f: i})}, functions[i].name))),
        indices.length > 50 ? el("li", {class: "note"}, "and " + (indices.length - 50) + " more") : null));
  }

  function svgPicture(index, f) {
    const holder = document.getElementById("svg-f" + index);
    const box = el("div", {class: "graph", id: "graph"});
    box.innerHTML = holder.textContent;
    const svg = box.querySelector("svg");
    svg.dataset.width = parseFloat(svg.getAttribute("width"));
    svg.dataset.height = parseFloat(svg.getAttribute("height"));
    applyScale(svg);
    markNames(svg, D.variablePattern, "var", describeVariable(f));
    const nodes = f.blocks.map((b, i) => svg.querySelector('g.node[id="b' + i + '"]'));
    return {box, nodes};
  }

  // The text rendering: for functions Graphviz failed on, and on request.
  function textPicture(f) {
    const box = el("div", {class: "textgraph", id: "graph"});
    const nodes = f.blocks.map((b, i) => {
      const node = el("div", {class: "block", id: "b" + i});
      let shownLine = b.rows.length ? b.rows[0].line : 0;
      b.rows.forEach((r, k) => {
        if (k > 0 && r.line && r.line !== shownLine && f.file !== undefined) {
          node.append(el("div", {class: "row src"}, r.line + ": " + (D.files[f.file].lines[r.line - 1] || "").trim()));
          shownLine = r.line;
        }
        const row = el("div", {class: "row" + (k === 0 ? " label" : "")});
        if (r.calls) row.append(el("a", {href: link({f: r.calls[0]})}, r.text));
        else row.append(r.text);
        node.append(row);
      });
      if (b.note) node.append(el("div", {class: "exits"}, "; " + b.note));
      const exits = f.edges.filter((e) => e.from === i).map((e) =>
        (e.label ? e.label + " → " : "→ ") + (e.to === -1 ? "return" : e.to === -2 ? "raise" : f.blocks[e.to].name));
      if (exits.length) node.append(el("div", {class: "exits"}, exits.join(", ")));
      box.append(node);
      return node;
    });
    markNames(box, D.variablePattern, "var", describeVariable(f));
    return {box, nodes};
  }

  // The scale that fits the picture in the pane's width (never above actual size).
  function fitScale(svg) {
    const widthPx = svg.dataset.width * 4 / 3;
    return Math.max(0.1, Math.min(1, (content.clientWidth - 40) / widthPx));
  }

  function applyScale(svg) {
    if (!svg) return;
    svg.setAttribute("width", svg.dataset.width * scale + "pt");
    svg.setAttribute("height", svg.dataset.height * scale + "pt");
  }

  // Scrolls the picture so that the start block is in view.
  function showStart(viewport, nodes) {
    const start = nodes[0];
    if (!start) return;
    const box = start.getBoundingClientRect(), pane = viewport.getBoundingClientRect();
    if (box.left >= pane.left && box.right <= pane.right) return;
    // Centred if it fits, else its left edge (where the text starts) at the left.
    viewport.scrollLeft += box.width < pane.width ? box.left - pane.left - (pane.width - box.width) / 2 : box.left - pane.left - 8;
  }

  // Dragging the picture's background pans it.
  let drag = null;
  function pannable(viewport) {
    viewport.addEventListener("mousedown", (event) => {
      if (event.button !== 0 || event.target.closest("a")) return;
      drag = {viewport, x: event.clientX, y: event.clientY, left: viewport.scrollLeft, top: viewport.scrollTop};
      viewport.classList.add("dragging");
    });
  }
  window.addEventListener("mousemove", (event) => {
    if (!drag) return;
    drag.viewport.scrollLeft = drag.left - (event.clientX - drag.x);
    drag.viewport.scrollTop = drag.top - (event.clientY - drag.y);
  });
  window.addEventListener("mouseup", () => {
    if (drag) drag.viewport.classList.remove("dragging");
    drag = null;
  });

  function showFunction(index) {
    const f = functions[index];
    if (!f) return showOverview("no function number " + index);
    if (index !== current) scale = 1;
    current = index;
    items.forEach((item, i) => item.a.classList.toggle("on", i === index));
    const a = items[index].a;
    const box = a.getBoundingClientRect(), panel = list.getBoundingClientRect();
    if (box.top < panel.top || box.bottom > panel.bottom) a.scrollIntoView({block: "center"});
    showSource(f);
    const canDraw = !missing.has(index) && document.getElementById("svg-f" + index);
    const picture = canDraw && !showText ? svgPicture(index, f) : textPicture(f);
    const where = f.file !== undefined ? D.files[f.file].path + ":" + f.lines[0] : "";
    const toolbar = el("div", {class: "toolbar"},
      el("button", {class: "tab", onclick: () => zoom(1 / 1.25), title: "zoom out"}, "−"),
      el("button", {class: "tab", onclick: () => zoom(0), title: "actual size"}, "1:1"),
      el("button", {class: "tab", onclick: () => zoom(1.25), title: "zoom in"}, "+"),
      el("button", {class: "tab", onclick: () => zoom(-1), title: "fit the width"}, "fit"),
      el("span", {class: "sep"}),
      el("button", {class: "tab" + (showText ? "" : " on"), disabled: !canDraw, onclick: () => { showText = false; route(); }}, "picture"),
      el("button", {class: "tab" + (showText ? " on" : ""), onclick: () => { showText = true; route(); }}, "text"),
      canDraw ? null : el("span", {class: "note"}, "no picture of this function (over " + D.maxDrawnBlocks +
        " blocks, or Graphviz failed on it): its text is shown"));
    content.classList.add("pane");
    fill(content, 
      el("h2", {id: "function-name"}, f.name),
      el("div", {class: "meta"}, [where, f.blocks.length + " blocks", D.stage + " stage"].filter(Boolean).join(" · ")),
      el("div", {class: "calls"}, callList("called by", callers[index]), el("div", {class: "me"}, f.name.split(".").pop()),
        callList("calls", f.callees)),
      f.legend.length ? el("details", {}, el("summary", {}, "constants (" + f.legend.length + ")"),
        el("pre", {}, f.header + "\n" + f.legend.join("\n"))) : null,
      toolbar, picture.box);
    connect(f, picture.nodes);
    pannable(picture.box);
    showStart(picture.box, picture.nodes);
    shown("f=" + index);
  }

  function zoom(factor) {
    const svg = content.querySelector(".graph svg");
    if (!svg) return;
    scale = factor === 0 ? 1 : factor < 0 ? fitScale(svg) : Math.min(4, Math.max(0.1, scale * factor));
    applyScale(svg);
  }

  // -- The call graph and the overview -------------------------------------------------------------
  function showCallGraph() {
    current = -1;
    scale = 1;
    items.forEach((item) => item.a.classList.remove("on"));
    source.hidden = true; // no one function's source
    const holder = document.getElementById("svg-callgraph");
    const box = el("div", {class: "graph", id: "graph"});
    if (holder) {
      box.innerHTML = holder.textContent;
      const svg = box.querySelector("svg");
      svg.dataset.width = parseFloat(svg.getAttribute("width"));
      svg.dataset.height = parseFloat(svg.getAttribute("height"));
      applyScale(svg);
    } else {
      box.append(el("p", {class: "empty"}, "The program has " + number(functions.length) +
        " functions: too many to draw their call graph as one picture. Each function's page shows who calls it and what it calls."));
    }
    content.classList.add("pane");
    fill(content, el("h2", {}, "Call graph"),
      el("div", {class: "meta"}, "an arrow for each function a function may call; click a function to see its graph"), box);
    pannable(box);
    shown("calls");
  }

  function showOverview(message) {
    content.classList.remove("pane");
    items.forEach((item) => item.a.classList.remove("on"));
    source.hidden = true; // no one function's source
    const sizes = functions.map((f, i) => [f.blocks.reduce((n, b) => n + b.rows.length, 0), i]).sort((a, b) => b[0] - a[0]);
    const mostCalled = callers.map((c, i) => [c.length, i]).sort((a, b) => b[0] - a[0]).filter((x) => x[0] > 0);
    const table = (rows, what) => el("table", {class: "kv"}, rows.slice(0, 12).map(([n, i]) =>
      el("tr", {}, el("td", {class: "num"}, number(n)), el("td", {}, el("a", {href: link({f: i})}, functions[i].name)))),
      el("tr", {}, el("th", {}, what)));
    fill(content, 
      message ? el("p", {class: "note"}, message) : null,
      el("h2", {}, D.program),
      el("div", {class: "meta"}, number(functions.length) + " functions at the " + D.stage + " stage, from " +
        D.files.map((f) => f.path).join(", ")),
      el("p", {}, "Pick a function on the left (type to search; Enter opens the first match), or see the ",
        el("a", {href: "#calls"}, "call graph"), ". In a graph, hover a variable to see its type, hover a block to see its source, " +
        "click an underlined call to go to the callee."),
      el("h4", {}, "Largest functions (rows)"), table(sizes, ""),
      mostCalled.length ? el("h4", {}, "Most called") : null, mostCalled.length ? table(mostCalled, "") : null);
    shown("overview");
  }

  function route() {
    const p = params();
    tabs.overview.classList.toggle("on", !("f" in p) && !("calls" in p));
    tabs.calls.classList.toggle("on", "calls" in p);
    if ("f" in p) return showFunction(Number(p.f));
    if ("calls" in p) return showCallGraph();
    showOverview();
  }
  window.addEventListener("hashchange", route);
  route();
})();
