// Helpers shared by the pages of `kiln view` and `kiln jitview` (viewer/): reading the page's
// data, building elements, the address (#key=value&...) as the page's state, a tooltip, and
// marking names (variables, trace values) so that hovering one highlights all of its uses.
//
// Tests (tests/viewer/browser_test.py) wait for `document.body.dataset.view` to name what is
// shown; every view sets it when it has finished drawing.
"use strict";

const Kiln = (() => {
  const SVG_NS = "http://www.w3.org/2000/svg";

  function data() {
    return JSON.parse(document.getElementById("kiln-data").textContent);
  }

  // el("div", {class: "x", onclick: f}, child, "text", ...)
  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (value === undefined || value === null || value === false) continue;
      if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "text") node.textContent = value;
      else node.setAttribute(key, value === true ? "" : value);
    }
    for (const child of children.flat(Infinity)) {
      if (child === undefined || child === null || child === false) continue;
      node.append(child instanceof Node ? child : String(child));
    }
    return node;
  }

  // Replaces node's children; null, undefined and false children are left out.
  function fill(node, ...children) {
    node.replaceChildren(...children.flat(Infinity).filter((c) => c !== null && c !== undefined && c !== false));
    return node;
  }

  function params() {
    const out = {};
    for (const part of location.hash.replace(/^#/, "").split("&")) {
      if (!part) continue;
      const eq = part.indexOf("=");
      out[decodeURIComponent(eq < 0 ? part : part.slice(0, eq))] = eq < 0 ? "" : decodeURIComponent(part.slice(eq + 1));
    }
    return out;
  }

  function link(paramsObject) {
    return "#" + Object.entries(paramsObject).map(([k, v]) => encodeURIComponent(k) + "=" + encodeURIComponent(v)).join("&");
  }

  // "1 loop", "3 loops".
  function count(n, noun, plural) {
    return number(n) + " " + (Number(n) === 1 ? noun : plural || noun + "s");
  }

  function number(n) {
    return n === null || n === undefined ? "–" : Number(n).toLocaleString("en-US");
  }

  // -- Tooltip -------------------------------------------------------------------------------------
  let tip = null;
  function showTip(event, text) {
    if (!tip) {
      tip = el("div", {id: "kiln-tooltip"});
      document.body.append(tip);
    }
    tip.textContent = text;
    tip.style.display = "block";
    const x = Math.min(event.clientX + 12, window.innerWidth - tip.offsetWidth - 8);
    tip.style.left = x + "px";
    tip.style.top = (event.clientY + 16) + "px";
  }
  function hideTip() {
    if (tip) tip.style.display = "none";
  }

  // -- Names ---------------------------------------------------------------------------------------
  // Wraps every match of `pattern` in the text under `root` in a <tspan> (SVG) or <span> (HTML)
  // with class `cls` and data-name; hovering one highlights every element of that name under
  // `root` and shows describe(name) as a tooltip (nothing if it returns "").
  function markNames(root, pattern, cls, describe) {
    const regex = new RegExp(pattern, "g");
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    const texts = [];
    while (walker.nextNode()) texts.push(walker.currentNode);
    for (const text of texts) {
      const value = text.nodeValue;
      regex.lastIndex = 0;
      if (!regex.test(value)) continue;
      regex.lastIndex = 0;
      const inSvg = text.parentNode instanceof SVGElement;
      const pieces = document.createDocumentFragment();
      let last = 0, match;
      while ((match = regex.exec(value)) !== null) {
        if (match.index > last) pieces.append(value.slice(last, match.index));
        const span = inSvg ? document.createElementNS(SVG_NS, "tspan") : document.createElement("span");
        span.setAttribute("class", cls);
        span.setAttribute("data-name", match[0]);
        span.textContent = match[0];
        pieces.append(span);
        last = match.index + match[0].length;
        if (match[0].length === 0) regex.lastIndex++;
      }
      if (last < value.length) pieces.append(value.slice(last));
      text.parentNode.replaceChild(pieces, text);
    }
    let lit = [];
    root.addEventListener("mouseover", (event) => {
      const target = event.target.closest ? event.target.closest("." + cls) : null;
      if (!target) return;
      const name = target.getAttribute("data-name");
      lit = Array.from(root.querySelectorAll("." + cls + '[data-name="' + name + '"]'));
      for (const node of lit) node.classList.add("hl");
      const text = describe(name);
      if (text) showTip(event, name + ": " + text);
    });
    root.addEventListener("mouseout", (event) => {
      const target = event.target.closest ? event.target.closest("." + cls) : null;
      if (!target) return;
      for (const node of lit) node.classList.remove("hl");
      lit = [];
      hideTip();
    });
  }

  // Marks the page as showing `view` (tests wait for it).
  function shown(view) {
    document.body.dataset.view = view;
  }

  // An uncaught error shows on the page instead of leaving it half-drawn.
  window.addEventListener("error", (event) => {
    const app = document.getElementById("app");
    if (app) app.prepend(el("p", {class: "loading", text: "The page failed: " + event.message}));
  });

  return {data, el, fill, params, link, number, count, showTip, hideTip, markNames, shown, SVG_NS};
})();
