(function () {
  "use strict";
  // Everything from the graph is untrusted text: it is shown with textContent and DOM calls only.
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  var N = DATA.nodes.length, M = DATA.edges.length;
  var BIG = N > 2000 || M > 4000;
  var MAX_PANEL_FACTS = 200, MAX_LABEL = 48;

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clip(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + "\u2026" : s; }
  function pct(x) { return Number(x || 0).toFixed(2); }

  var typeStyle = {};
  DATA.types.forEach(function (t) { typeStyle[t.name] = t; });

  // Edges touching each node, and lower-cased names for search.
  var adj = DATA.nodes.map(function () { return []; });
  DATA.edges.forEach(function (e, i) {
    adj[e.from].push(i);
    if (e.to !== e.from) adj[e.to].push(i);
  });
  var names = DATA.nodes.map(function (n) {
    return [n.label].concat(n.aliases).map(function (s) { return s.toLowerCase(); });
  });

  // One tooltip element shared by every node and edge, filled in when hovered. vis-network
  // appends an Element title as is (a string title would also be text, but an element is
  // unambiguous and lets us structure it).
  var tip = el("div", null, "kg-tip");

  var visNodes = DATA.nodes.map(function (n, i) {
    // Size from degree, set directly: vis's "value" scaling rescans every node on each data change.
    var item = {id: i, label: clip(n.label, MAX_LABEL), group: n.type, title: tip,
                size: Math.min(28, 9 + 3 * Math.log2(1 + adj[i].length))};
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  });
  var pairCount = {};
  var visEdges = DATA.edges.map(function (e, i) {
    var item = {id: "e" + i, from: e.from, to: e.to, label: e.relation,
                width: 1 + 2.5 * e.confidence, title: tip};
    // Several relations between the same two entities: bend them apart so labels stay legible.
    var pair = e.from < e.to ? e.from + "|" + e.to : e.to + "|" + e.from;
    var k = pairCount[pair] = (pairCount[pair] || 0) + 1;
    if (k > 1) item.smooth = {enabled: true, type: k % 2 ? "curvedCW" : "curvedCCW",
                              roundness: 0.2 * Math.floor(k / 2)};
    return item;
  });

  var groups = {};
  DATA.types.forEach(function (t) {
    groups[t.name] = {shape: t.shape, color: {background: t.color, border: t.color,
      highlight: {background: t.color, border: "#111"}, hover: {background: t.color, border: "#111"}}};
  });

  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var options = {
    groups: groups,
    nodes: {shape: "dot", borderWidth: 1, borderWidthSelected: 3,
      font: {size: 14, color: "#222", strokeWidth: 3, strokeColor: "#fff"},
      scaling: {label: {enabled: false, drawThreshold: 6}}},
    edges: {arrows: {to: {enabled: true, scaleFactor: 0.5}},
      color: {color: "#9aa4b1", highlight: "#1f5fa8", hover: "#1f5fa8", inherit: false},
      font: {size: 10, color: "#555", strokeWidth: 2, strokeColor: "#fff", align: "middle"},
      smooth: BIG ? false : {enabled: true, type: "continuous", roundness: 0.3},
      selectionWidth: 2, hoverWidth: 1},
    physics: {enabled: DATA.physics, solver: "barnesHut",
      barnesHut: {gravitationalConstant: -5000, springLength: 130, springConstant: 0.03,
                  avoidOverlap: 0.1},
      stabilization: {enabled: true, iterations: N > 1000 ? 150 : 400, updateInterval: 50}},
    // Hover highlighting redraws everything on each change: too slow for big graphs.
    interaction: {hover: !BIG, tooltipDelay: 200, hideEdgesOnDrag: BIG, hideEdgesOnZoom: BIG,
      keyboard: false, multiselect: false},
    layout: {improvedLayout: DATA.physics && N <= 300, randomSeed: 7}
  };
  var network = new vis.Network($("kg-net"), {nodes: nodes, edges: edges}, options);

  function markReady() { document.body.dataset.ready = "1"; }
  if (DATA.physics && N > 0) {
    network.once("stabilizationIterationsDone", function () { network.once("afterDrawing", markReady); });
  } else if (BIG) {
    network.fit({animation: false});
    network.once("afterDrawing", markReady);
  } else {
    // Label sizes are only measured by the first draw: fit again once they are known, so long
    // labels at the edge are not cut off.
    network.once("afterDrawing", function () {
      network.fit({animation: false});
      network.once("afterDrawing", markReady);
      network.redraw();
    });
  }

  // ---- tooltips ----
  function edgeIndex(id) { return parseInt(String(id).slice(1), 10); }
  function fillTip(kind, id) {
    tip.replaceChildren();
    if (kind === "node") {
      var n = DATA.nodes[id];
      if (!n) return;
      tip.append(el("div", n.label, "kg-tip-head"), el("div", n.type, "kg-tip-meta"));
      if (n.aliases.length) tip.append(el("div", "Also: " + clip(n.aliases.join(", "), 200), "kg-tip-meta"));
      tip.append(el("div", adj[id].length + " relation(s); click for the facts", "kg-tip-meta"));
      return;
    }
    var e = DATA.edges[edgeIndex(id)];
    if (!e) return;
    tip.append(el("div", DATA.nodes[e.from].label + " \u2014 " + e.relation + " \u2192 " +
                  DATA.nodes[e.to].label, "kg-tip-head"));
    e.facts.slice(0, 3).forEach(function (f) {
      var box = el("div", null, "kg-tip-fact");
      box.append(el("div", "\u201c" + clip(f.evidence, 300) + "\u201d"),
                 el("div", factMeta(f), "kg-tip-meta"));
      tip.append(box);
    });
    if (e.facts.length > 3) tip.append(el("div", "+ " + (e.facts.length - 3) + " more", "kg-tip-meta"));
    if (!e.facts.length) tip.append(el("div", "confidence " + pct(e.confidence), "kg-tip-meta"));
  }
  network.on("hoverNode", function (p) { fillTip("node", p.node); });
  network.on("hoverEdge", function (p) { fillTip("edge", p.edge); });
  network.on("showPopup", function (id) { fillTip(typeof id === "number" ? "node" : "edge", id); });

  function docOf(f) { return DATA.docs[f.doc] || {}; }
  function factMeta(f) {
    var d = docOf(f);
    return [d.title, d.source || d.iri, f.date, "confidence " + pct(f.confidence)]
      .filter(function (s) { return s; }).join(" \u00b7 ");
  }

  // ---- filters: hide/show through DataSet.update, sending only what changed ----
  var typeOn = {}, relOn = {};
  var nodeHidden = new Array(N).fill(false), edgeHidden = new Array(M).fill(false);
  var typeBoxes = {}, relBoxes = {};

  // Each DataSet.update makes vis redraw everything, so only changed items are sent, and edges
  // of hidden nodes are left alone (vis does not draw an edge whose end is hidden).
  function applyFilters() {
    var nu = [], eu = [];
    DATA.nodes.forEach(function (n, i) {
      var h = !typeOn[n.type];
      if (h !== nodeHidden[i]) { nodeHidden[i] = h; nu.push({id: i, hidden: h}); }
    });
    DATA.edges.forEach(function (e, i) {
      var h = !relOn[e.relation];
      if (h !== edgeHidden[i]) { edgeHidden[i] = h; eu.push({id: "e" + i, hidden: h}); }
    });
    if (nu.length) nodes.update(nu);
    if (eu.length) edges.update(eu);
    updateStatus();
  }
  function edgeShown(j) {
    var e = DATA.edges[j];
    return !edgeHidden[j] && !nodeHidden[e.from] && !nodeHidden[e.to];
  }
  function setTypeVisible(name, on) {
    typeOn[name] = !!on; if (typeBoxes[name]) typeBoxes[name].checked = !!on; applyFilters();
  }
  function setRelationVisible(name, on) {
    relOn[name] = !!on; if (relBoxes[name]) relBoxes[name].checked = !!on; applyFilters();
  }
  function countBy(items, key) {
    var c = {}; items.forEach(function (x) { c[x[key]] = (c[x[key]] || 0) + 1; }); return c;
  }
  function checkbox(container, text, count, symbol, onChange) {
    var label = el("label"), box = el("input");
    box.type = "checkbox"; box.checked = true;
    box.addEventListener("change", function () { onChange(box.checked); });
    label.append(box);
    if (symbol) { var s = el("span", symbol.symbol, "kg-symbol"); s.style.color = symbol.color; label.append(s); }
    label.append(el("span", text), el("span", count, "kg-count"));
    container.append(label);
    return box;
  }
  var typeCounts = countBy(DATA.nodes, "type"), relCounts = countBy(DATA.edges, "relation");
  DATA.types.forEach(function (t) {
    typeOn[t.name] = true;
    var box = checkbox($("kg-types"), t.name, typeCounts[t.name] || 0, t,
                       function (on) { setTypeVisible(t.name, on); });
    box.dataset.type = t.name;
    typeBoxes[t.name] = box;
  });
  DATA.relations.forEach(function (r) {
    relOn[r] = true;
    var box = checkbox($("kg-relations"), r, relCounts[r] || 0, null,
                       function (on) { setRelationVisible(r, on); });
    box.dataset.relation = r;
    relBoxes[r] = box;
  });
  document.querySelectorAll("#kg-relations [data-all]").forEach(function (b) {
    b.addEventListener("click", function () {
      var on = b.dataset.all === "1";
      DATA.relations.forEach(function (r) { relOn[r] = on; relBoxes[r].checked = on; });
      applyFilters();
    });
  });

  function updateStatus() {
    var shownN = nodeHidden.filter(function (h) { return !h; }).length;
    var shownE = 0;
    for (var j = 0; j < M; j++) if (edgeShown(j)) shownE++;
    $("kg-status").textContent = shownN + " of " + N + " entities \u00b7 " + shownE + " of " + M + " relations";
  }

  // ---- neighbourhood highlight: dim everything else ----
  // Changing the opacity of thousands of items through the DataSets costs several full redraws;
  // instead, after vis has drawn, a translucent white layer covers the canvas and the focused
  // nodes and edges are drawn again on top of it: one redraw, whatever the graph's size.
  var focus = null;  // {nodes: [ids], edges: [ids]} or null
  function drawFocus(ctx) {
    if (!focus) return;
    var body = network.body;
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "rgba(255,255,255,0.82)";
    ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    ctx.restore();
    focus.edges.forEach(function (j) {
      var e = body.edges["e" + j];
      if (e && e.connected && edgeShown(j)) { e.draw(ctx); e.drawArrows(ctx); }
    });
    var labels = [];
    focus.nodes.forEach(function (i) {
      var n = body.nodes[i];
      if (n && !nodeHidden[i]) {
        var r = n.draw(ctx);
        if (r && r.drawExternalLabel) labels.push(r.drawExternalLabel);
      }
    });
    labels.forEach(function (draw) { draw(); });
  }
  network.on("afterDrawing", drawFocus);
  function setFocus(nodeIds, edgeIds) {
    focus = nodeIds ? {nodes: nodeIds, edges: edgeIds} : null;
    network.redraw();
  }
  function highlightNode(i) {
    var keep = new Set([i]);
    adj[i].forEach(function (j) { keep.add(DATA.edges[j].from); keep.add(DATA.edges[j].to); });
    setFocus(Array.from(keep), adj[i]);
  }

  // ---- side panel ----
  var panel = $("kg-panel");
  function entityRef(id, self) {
    var label = DATA.nodes[id].label;
    if (id === self) return el("strong", label);
    var b = el("button", label, "kg-link");
    b.type = "button";
    b.addEventListener("click", function () { focusNode(id); });
    return b;
  }
  function factItem(e, f, self) {
    var li = el("li"), head = el("div");
    head.append(entityRef(e.from, self), " ", el("span", e.relation, "kg-rel"), " ", entityRef(e.to, self));
    li.append(head);
    if (f.evidence) li.append(el("blockquote", f.evidence));
    li.append(el("div", factMeta(f), "kg-fact-meta"));
    return li;
  }
  function factsOf(edgeIds) {
    var out = [];
    edgeIds.forEach(function (j) {
      var e = DATA.edges[j];
      if (!e.facts.length) out.push([e, {evidence: "", doc: -1, date: null, confidence: e.confidence}]);
      e.facts.forEach(function (f) { out.push([e, f]); });
    });
    out.sort(function (a, b) { return b[1].confidence - a[1].confidence; });
    return out;
  }
  function renderFacts(list, self) {
    panel.append(el("h3", "Facts (" + list.length + ")"));
    var ol = el("ol", null, "kg-facts");
    list.slice(0, MAX_PANEL_FACTS).forEach(function (x) { ol.append(factItem(x[0], x[1], self)); });
    panel.append(ol);
    if (list.length > MAX_PANEL_FACTS) {
      panel.append(el("p", "\u2026 and " + (list.length - MAX_PANEL_FACTS) + " more", "kg-more"));
    }
  }
  function showNode(i) {
    var n = DATA.nodes[i];
    panel.replaceChildren(el("h2", n.label));
    var meta = el("p", null, "kg-meta"), st = typeStyle[n.type] || {};
    var sym = el("span", st.symbol || "", "kg-symbol");
    sym.style.color = st.color || "#888";
    meta.append(sym, " " + n.type + (n.wikidata ? " \u00b7 Wikidata " + n.wikidata : ""));
    panel.append(meta);
    if (n.aliases.length) panel.append(el("p", "Also known as: " + n.aliases.join(", "), "kg-aliases"));
    panel.append(el("p", n.iri, "kg-meta"));
    renderFacts(factsOf(adj[i]), i);
  }
  function showEdge(j) {
    var e = DATA.edges[j];
    panel.replaceChildren(el("h2", e.relation));
    renderFacts(factsOf([j]), -1);
  }
  function selectNode(i) { highlightNode(i); showNode(i); }
  function selectEdge(j) {
    var e = DATA.edges[j];
    setFocus([e.from, e.to], [j]);
    showEdge(j);
  }
  function clearSelection() {
    network.unselectAll();
    setFocus(null);
    panel.replaceChildren(el("p", "Click an entity or a relation to see its facts.", "kg-hint"));
  }
  network.on("click", function (p) {
    if (p.nodes.length) selectNode(p.nodes[0]);
    else if (p.edges.length) selectEdge(edgeIndex(p.edges[0]));
    else clearSelection();
  });

  // ---- search by label or alias ----
  function search(query, limit) {
    var q = String(query).trim().toLowerCase();
    if (!q) return [];
    var exact = [], prefix = [], inside = [];
    for (var i = 0; i < N; i++) {
      var ns = names[i];
      if (ns.indexOf(q) >= 0) exact.push(i);
      else if (ns.some(function (s) { return s.startsWith(q); })) prefix.push(i);
      else if (ns.some(function (s) { return s.indexOf(q) >= 0; })) inside.push(i);
    }
    return exact.concat(prefix, inside).slice(0, limit || 20);
  }
  function focusNode(i) {
    var n = DATA.nodes[i];
    if (!typeOn[n.type]) setTypeVisible(n.type, true);  // never "find" something invisible
    network.selectNodes([i]);
    // Each animation frame is a full redraw: only animate when that is cheap.
    network.focus(i, {scale: Math.max(network.getScale(), 1.0),
                      animation: BIG ? false : {duration: 300}});
    selectNode(i);
    return i;
  }
  var input = $("kg-search"), results = $("kg-results");
  function showResults() {
    var q = input.value, hits = search(q, 15);
    results.replaceChildren();
    hits.forEach(function (i) {
      var n = DATA.nodes[i], b = el("button", n.label);
      b.type = "button"; b.setAttribute("role", "option");
      var ql = q.trim().toLowerCase();
      var alias = n.aliases.filter(function (a) { return a.toLowerCase().indexOf(ql) >= 0; })[0];
      if (alias && n.label.toLowerCase().indexOf(ql) < 0) b.append(" ", el("span", "(" + alias + ")", "kg-alias"));
      b.addEventListener("click", function () { results.hidden = true; focusNode(i); });
      results.append(b);
    });
    if (q.trim() && !hits.length) results.append(el("div", "No entity matches.", "kg-hint"));
    results.hidden = !q.trim();
  }
  input.addEventListener("input", showResults);
  input.addEventListener("keydown", function (ev) {
    if (ev.key === "Enter") {
      var hits = search(input.value, 1);
      if (hits.length) { results.hidden = true; focusNode(hits[0]); }
    } else if (ev.key === "Escape") { results.hidden = true; }
  });
  document.addEventListener("click", function (ev) {
    if (!$("kg-find").contains(ev.target)) results.hidden = true;
  });

  // ---- physics and view ----
  var physicsOn = DATA.physics, physicsButton = $("kg-physics");
  function setPhysics(on) {
    physicsOn = !!on;
    if (!physicsOn) network.stopSimulation();
    network.setOptions({physics: {enabled: physicsOn}});
    if (physicsOn) network.startSimulation();
    physicsButton.textContent = physicsOn ? "Freeze layout" : "Resume physics";
    physicsButton.setAttribute("aria-pressed", String(physicsOn));
  }
  physicsButton.textContent = physicsOn ? "Freeze layout" : "Resume physics";
  physicsButton.addEventListener("click", function () { setPhysics(!physicsOn); });
  $("kg-fit").addEventListener("click", function () { network.fit({animation: !BIG}); });

  if (!N) panel.replaceChildren(el("p", "The graph is empty.", "kg-hint"));
  updateStatus();
  window.kgGraph = {network: network, nodes: nodes, edges: edges, data: DATA, search: search,
    focusNode: focusNode, selectNode: selectNode, focused: function () { return focus; }, selectEdge: selectEdge,
    clearSelection: clearSelection, setTypeVisible: setTypeVisible,
    setRelationVisible: setRelationVisible, setPhysics: setPhysics,
    physicsEnabled: function () { return physicsOn; }};
})();
