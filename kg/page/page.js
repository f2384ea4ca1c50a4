(function () {
  "use strict";
  // Everything from the graph is untrusted text: it is shown with textContent and DOM calls only.
  var DATA = JSON.parse(document.getElementById("kg-data").textContent);
  // Set when kg serve serves the page: where to ask the store for more (see "kg serve" below).
  var SERVED = DATA.served || null;
  var N = DATA.nodes.length, M = DATA.edges.length;
  DATA.edges.forEach(function (e) {  // facts come as [evidence, doc, date, confidence] (smaller)
    e.facts = e.facts.map(function (f) { return {evidence: f[0], doc: f[1], date: f[2], confidence: f[3]}; });
  });
  var BIG = N > 2000 || M > 4000;
  var PANEL_FACTS = 25, MAX_LABEL = 48;
  // Labels are drawn by this script, not by vis-network: the most connected first, and none where
  // it would overlap one already drawn (so no two labels ever overlap, at any zoom).
  var LABEL_MIN_PX = 11, MAX_LABELS = 250, MAX_LABEL_TRIES = 4000;
  // Nodes at least this wide on screen (radius, px) are kept clear of labels on graphs drawn by
  // vis-network; labels may cover smaller ones.
  var NODE_CLEAR_PX = 4;
  // Over this many edges on screen, only those with an end in view are drawn, as hairlines:
  // lines crossing the whole screen cost the rasteriser most and say least.
  var MANY_EDGES = 2000, MANY_HIGHLIGHTED = 600;

  function $(id) { return document.getElementById(id); }
  function el(tag, text, cls) {
    var e = document.createElement(tag);
    if (text !== undefined && text !== null) e.textContent = String(text);
    if (cls) e.className = cls;
    return e;
  }
  function clip(s, n) { s = String(s); return s.length > n ? s.slice(0, n - 1) + "\u2026" : s; }
  function pct(x) { return Number(x || 0).toFixed(2); }
  function num(x) { return Number(x).toLocaleString("en-US"); }

  var typeStyle = {};
  DATA.types.forEach(function (t) { typeStyle[t.name] = t; });

  // Edges touching each node, and lower-cased names for search.
  var adj = DATA.nodes.map(function () { return []; });
  DATA.edges.forEach(function (e, i) {
    adj[e.from].push(i);
    if (e.to !== e.from) adj[e.to].push(i);
  });
  var degree = adj.map(function (a) { return a.length; });
  // How connected an entity is: its edges here, or (a page of kg serve, which holds only what it
  // fetched) its facts in the store. Sizes nodes and labels and orders the labels.
  function weight(i) { var f = DATA.nodes[i].facts; return f > degree[i] ? f : degree[i]; }
  // 0..1: how connected an entity is next to the most connected one (log scale).
  function prominence(i) {
    var top = N ? weight(byDegree[0]) : 0;
    return top > 0 ? Math.log2(1 + weight(i)) / Math.log2(1 + top) : 0;
  }
  var names = DATA.nodes.map(function (n) {
    return [n.label].concat(n.aliases).map(function (s) { return s.toLowerCase(); });
  });
  var labelText = DATA.nodes.map(function (n) { return clip(n.label, MAX_LABEL); });
  // Label candidates, most connected first.
  var byDegree = DATA.nodes.map(function (n, i) { return i; });
  byDegree.sort(function (a, b) { return weight(b) - weight(a) || a - b; });
  // The latest fact date of each edge ("" when undated), for the date filter.
  var edgeDates = DATA.edges.map(function (e) {
    return e.facts.map(function (f) { return f.date || ""; }).filter(function (d) { return d; });
  });
  var isolatedCount = degree.filter(function (d) { return d === 0; }).length;

  // One tooltip element shared by every node and edge, filled in when hovered. vis-network
  // appends an Element title as is (a string title would also be text, but an element is
  // unambiguous and lets us structure it).
  var tip = el("div", null, "kg-tip");

  // A node's size grows with the log of its facts (to 48), but its area no faster than its facts
  // next to the most connected entity's: on the log scale alone every entity of some note was
  // near the largest size, and the hubs of a large graph were lost among them.
  function sizeFor(w) {
    var top = N ? weight(byDegree[0]) : 0, share = top > 0 ? Math.min(w / top, 1) : 0;
    return Math.min(48, 8 + 5 * Math.log2(1 + w), 7 + 41 * Math.sqrt(share));
  }
  function nodeSize(i) { return sizeFor(weight(i)); }
  var visNodes = DATA.nodes.map(function (n, i) {
    // Size from degree, set directly: vis's "value" scaling rescans every node on each data change.
    var item = {id: i, group: n.type, title: tip, size: nodeSize(i)};
    if (n.x !== undefined) { item.x = n.x; item.y = n.y; }
    return item;
  });
  // Edges are drawn by this script (one path for thousands of lines); vis-network keeps them for
  // clicks and tooltips only.
  var visEdges = DATA.edges.map(function (e, i) {
    return {id: "e" + i, from: e.from, to: e.to, relation: e.relation, title: tip};
  });
  // vis-network's ids of the edges, made once: each filter or view lists thousands of them.
  var edgeIds = visEdges.map(function (e) { return e.id; });

  var groups = {};
  DATA.types.forEach(function (t) {
    groups[t.name] = {shape: t.shape, color: {background: t.color, border: t.color,
      highlight: {background: t.color, border: "#111"}, hover: {background: t.color, border: "#111"}}};
  });

  var nodes = new vis.DataSet(visNodes);
  var edges = new vis.DataSet(visEdges);
  var options = {
    groups: groups,
    nodes: {shape: "dot", borderWidth: 1, borderWidthSelected: 3},
    edges: {arrows: {to: {enabled: false}}, smooth: false, width: 1, selectionWidth: 2, hoverWidth: 1},
    physics: {enabled: DATA.physics, solver: "barnesHut",
      barnesHut: {gravitationalConstant: -5000, springLength: 130, springConstant: 0.03,
                  avoidOverlap: 0.1},
      stabilization: {enabled: true, iterations: N > 1000 ? 150 : 400, updateInterval: 50}},
    // Hover highlighting redraws everything on each change: too slow for big graphs.
    // selectConnectedEdges off: vis-network would select (and restyle) each of a hub's thousands
    // of edges, which it does not even draw; the highlight is drawn here.
    interaction: {hover: !BIG, tooltipDelay: 200, keyboard: false, multiselect: false,
                  selectConnectedEdges: false},
    layout: {improvedLayout: DATA.physics && N <= 300, randomSeed: 7}
  };
  // On big graphs vis-network is given no edges: making its objects for 40,000 of them was 1 s of
  // the 2.5 s before the page was ready, and it neither draws them nor shows their tooltips there
  // (hover is off); a click on a line is found here (edgeAt). kgGraph.edges still holds them all.
  var visHasEdges = !BIG;
  var network = new vis.Network($("kg-net"), {nodes: nodes, edges: visHasEdges ? edges : new vis.DataSet([])},
                                options);
  var body = network.body;

  // ---- what is shown: kept here, given to vis-network as its lists of visible items ----------
  // vis-network draws and hit-tests body.nodeIndices and body.edgeIndices; setting them is a
  // filter in O(nodes + edges) with one redraw, where DataSet updates cost seconds at 20,000.
  var typeOn = {}, relOn = {};
  DATA.types.forEach(function (t) { typeOn[t.name] = true; });
  DATA.relations.forEach(function (r) { relOn[r] = true; });
  var filters = {isolated: false, minConfidence: 0, dateFrom: "", dateTo: ""};
  var revealed = new Set();  // entities shown because they were searched for
  var view = null;           // a neighbourhood: Set of node ids, or null for the whole graph
  var history = [];          // earlier views, for "back"
  var nodeShown = new Array(N).fill(false), edgeShown = new Array(M).fill(false);
  var shownNodeIds = [], shownEdgeIds = [], shownEdgeNums = [];

  function datePasses(j) {
    if (!filters.dateFrom && !filters.dateTo) return true;
    return edgeDates[j].some(function (d) {
      return (!filters.dateFrom || d.slice(0, filters.dateFrom.length) >= filters.dateFrom) &&
             (!filters.dateTo || d.slice(0, filters.dateTo.length) <= filters.dateTo);
    });
  }
  function edgePasses(j) {
    var e = DATA.edges[j];
    return relOn[e.relation] && e.confidence >= filters.minConfidence && datePasses(j) &&
      typeOn[DATA.nodes[e.from].type] && typeOn[DATA.nodes[e.to].type] &&
      (!view || (view.has(e.from) && view.has(e.to)));
  }
  function computeShown() {
    var i, j, k;
    shownVersion++;
    shownEdgeIds = [];
    shownEdgeNums = [];
    shownNodeIds = [];
    if (view) {
      // A neighbourhood: only its entities and the edges at them are looked at (a hub's is a
      // tenth of the graph; scanning all 40,000 edges cost more than drawing it).
      nodeShown.fill(false);
      edgeShown.fill(false);
      var ids = Array.from(view).sort(function (a, b) { return a - b; });
      ids.forEach(function (i) { if (typeOn[DATA.nodes[i].type]) { nodeShown[i] = true; shownNodeIds.push(i); } });
      var cand = [];
      shownNodeIds.forEach(function (i) {
        for (k = 0; k < adj[i].length; k++) {
          j = adj[i][k];
          // each edge once, from its subject; both ends shown
          if (DATA.edges[j].from === i && nodeShown[DATA.edges[j].to] && edgePasses(j)) cand.push(j);
        }
      });
      cand.sort(function (a, b) { return a - b; });
      cand.forEach(function (j) { edgeShown[j] = true; shownEdgeIds.push(edgeIds[j]); shownEdgeNums.push(j); });
      return;
    }
    var live = new Uint32Array(N);
    for (j = 0; j < M; j++) {
      edgeShown[j] = edgePasses(j);
      if (edgeShown[j]) { live[DATA.edges[j].from]++; live[DATA.edges[j].to]++; }
    }
    for (i = 0; i < N; i++) {
      // Entities take part in a fact shown; the others when asked for (toggle, search, focus).
      nodeShown[i] = typeOn[DATA.nodes[i].type] && (live[i] > 0 || filters.isolated || revealed.has(i));
      if (nodeShown[i]) shownNodeIds.push(i);
    }
    for (j = 0; j < M; j++) {
      if (edgeShown[j] && !(nodeShown[DATA.edges[j].from] && nodeShown[DATA.edges[j].to])) edgeShown[j] = false;
      if (edgeShown[j]) { shownEdgeIds.push(edgeIds[j]); shownEdgeNums.push(j); }
    }
  }
  // The most connected entities shown (HUBS of them), and on small graphs the shown ones in the
  // order vis-network draws them: the most connected last, on top (hubs were buried under the
  // entities drawn after them).
  var HUBS = 30, hubIds = [], drawOrder = [];
  // Whether the layout put communities apart (the data has them and the graph is large enough for
  // the layout that does: kg.page.layout.mesh_layout).
  var byCommunityLayout = (DATA.communities || []).length > 1 && N >= 500 && !DATA.physics;
  function rankShown() {
    hubIds = [];
    for (var k = 0; k < N && hubIds.length < HUBS; k++) if (nodeShown[byDegree[k]]) hubIds.push(byDegree[k]);
    drawOrder = BIG ? shownNodeIds : shownNodeIds.slice().sort(function (a, b) { return weight(a) - weight(b) || b - a; });
  }
  function installShown() {
    rankShown();
    body.nodeIndices = drawOrder.slice();
    body.edgeIndices = visHasEdges ? shownEdgeIds.slice() : [];
  }
  // vis-network recomputes its lists after its own data changes (physics, options): ours win.
  body.emitter.on("_dataUpdated", installShown);
  function applyFilters() {
    computeShown();
    installShown();
    var sel = network.getSelectedNodes();
    if (focus && sel.length && !nodeShown[sel[0]]) clearSelection();
    updateStatus();
    network.redraw();
  }

  // ---- drawing edges and labels --------------------------------------------------------------
  function viewRect(margin) {
    var c = body.container || $("kg-net");
    var a = network.DOMtoCanvas({x: -margin, y: -margin});
    var b = network.DOMtoCanvas({x: c.clientWidth + margin, y: c.clientHeight + margin});
    return {left: a.x, top: a.y, right: b.x, bottom: b.y};
  }
  var drawnLines = 0;
  // A filled arrowhead of length len at the target end of each [from, to] node pair, where the
  // line meets the target's disc. Only heads a reader can see are drawn: none under HEAD_MIN_PX
  // on screen, none on a line too short to carry one, and the MAX_HEADS longest lines' at most.
  // (The 3,700 lines of a fitted hub's neighbourhood got 3,700 sub-pixel triangles: a third of
  // what selecting it cost.)
  var HEAD_MIN_PX = 3, MAX_HEADS = 400;
  function fillArrowheads(ctx, heads, len, color, scale) {
    if (!heads.length || len * scale < HEAD_MIN_PX) return;
    heads = heads.filter(function (pq) {
      return Math.hypot(pq[1].x - pq[0].x, pq[1].y - pq[0].y) >= 3 * len + (pq[1].options.size || 10);
    });
    if (heads.length > MAX_HEADS) {
      heads.sort(function (a, b) {
        return Math.hypot(b[1].x - b[0].x, b[1].y - b[0].y) - Math.hypot(a[1].x - a[0].x, a[1].y - a[0].y);
      });
      heads.length = MAX_HEADS;
    }
    ctx.beginPath();
    heads.forEach(function (pq) {
      var p = pq[0], q = pq[1], dx = q.x - p.x, dy = q.y - p.y, d = Math.hypot(dx, dy) || 1;
      var ux = dx / d, uy = dy / d, r = (q.options.size || 10) + 1;
      var tx = q.x - ux * r, ty = q.y - uy * r;
      ctx.moveTo(tx, ty);
      ctx.lineTo(tx - ux * len - uy * len * 0.45, ty - uy * len + ux * len * 0.45);
      ctx.lineTo(tx - ux * len + uy * len * 0.45, ty - uy * len - ux * len * 0.45);
      ctx.closePath();
    });
    ctx.fillStyle = color;
    ctx.fill();
  }
  // The edges of the lines the base picture drew (one per pair of entities), for clicks (edgeAt).
  var baseDrawn = new Int32Array(0), baseDrawnCount = 0;
  function noteDrawn(j) {
    if (baseDrawnCount === baseDrawn.length) {
      var bigger = new Int32Array(Math.max(1024, 2 * baseDrawn.length));
      bigger.set(baseDrawn);
      baseDrawn = bigger;
    }
    baseDrawn[baseDrawnCount++] = j;
  }
  function strokeEdges(ctx, ids, color, scale, arrows, ink, faint, record) {
    if (record) baseDrawnCount = 0;
    // Three widths by confidence, one path each.
    var buckets = [[], [], []];
    ids.forEach(function (j) {
      var c = DATA.edges[j].confidence;
      buckets[c >= 0.8 ? 2 : c >= 0.5 ? 1 : 0].push(j);
    });
    var rect = viewRect(20);
    // Each line is clipped to the view (Liang-Barsky) and the lines go in paths of a few hundred:
    // the rasteriser then works on what is on screen, not on one huge self-crossing path.
    function clipped(x0, y0, x1, y1) {
      var t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0;
      var p = [-dx, dx, -dy, dy], q = [x0 - rect.left, rect.right - x0, y0 - rect.top, rect.bottom - y0];
      for (var k = 0; k < 4; k++) {
        if (p[k] === 0) { if (q[k] < 0) return null; continue; }
        var r = q[k] / p[k];
        if (p[k] < 0) { if (r > t1) return null; if (r > t0) t0 = r; }
        else { if (r < t0) return null; if (r < t1) t1 = r; }
      }
      return [x0 + t0 * dx, y0 + t0 * dy, x0 + t1 * dx, y0 + t1 * dy];
    }
    // (A highlight drawn with ink given goes to hairlines sooner: a hub's 1,600 lines a pixel or
    // two wide took 50 ms to rasterise once zoomed in on it.)
    var many = ids.length > (ink ? MANY_HIGHLIGHTED : MANY_EDGES);
    function inView(n) { return n.x >= rect.left && n.x <= rect.right && n.y >= rect.top && n.y <= rect.bottom; }
    if (many) return strokeMany(ctx, ids, color, scale, rect, clipped, inView, arrows, ink, faint, record);
    buckets.forEach(function (list, b) {
      if (!list.length) return;
      ctx.lineWidth = many ? 1 / scale : Math.max(1 + 1.2 * b, 0.7 / scale);
      ctx.strokeStyle = color;
      ctx.beginPath();
      var heads = [], inPath = 0, withHeads = arrows && (7 + 2 * b) * scale >= HEAD_MIN_PX;
      for (var k = 0; k < list.length; k++) {
        var e = DATA.edges[list[k]], p = body.nodes[e.from], q = body.nodes[e.to];
        if (!p || !q || (many && !inView(p) && !inView(q))) continue;
        var c = clipped(p.x, p.y, q.x, q.y);
        if (!c) continue;
        ctx.moveTo(c[0], c[1]);
        ctx.lineTo(c[2], c[3]);
        drawnLines++;
        if (record) noteDrawn(list[k]);
        if (++inPath === 400) { ctx.stroke(); ctx.beginPath(); inPath = 0; }
        if (withHeads && e.from !== e.to && q.x >= rect.left && q.x <= rect.right &&
            q.y >= rect.top && q.y <= rect.bottom) heads.push([p, q]);
      }
      if (inPath) ctx.stroke();
      fillArrowheads(ctx, heads, 7 + 2 * b, color, scale);
    });
  }
  // Many lines: hairlines, those with an end in view, clipped to it; and at most EDGE_INK pixels
  // of them, the shortest first. Rasterising the lines is what a frame costs (40,000 lines of the
  // fitted 20,000-entity graph: ~300 ms, most of it in the long lines that cross the dense centre
  // and say least); zoomed in, every line is short enough to be drawn. drawn().hidden counts the rest.
  var EDGE_INK = 250000, lodNote = $("kg-lod");
  var inkTotal = 0, hiddenLines = 0;
  var scratch = {n: 0};
  // Edges from one entity to another (one per relation) are one line on screen, drawn once:
  // pairGroup[j] numbers edge j's ordered pair, and a stamp per pair marks it drawn this pass.
  // (A hub's neighbourhood has a third fewer lines than edges.)
  var pairGroup, pairStamp, stampNow = 0;
  function indexPairs() {  // (again when edges are added: kg serve's page)
    var seen = new Map();
    pairGroup = new Int32Array(M);
    for (var j = 0; j < M; j++) {
      var key = DATA.edges[j].from * N + DATA.edges[j].to, g = seen.get(key);
      if (g === undefined) seen.set(key, g = seen.size);
      pairGroup[j] = g;
    }
    pairStamp = new Uint32Array(seen.size);
  }
  indexPairs();
  function strokeMany(ctx, ids, color, scale, rect, clipped, inView, arrows, ink, faint, record) {
    var budget = ink || EDGE_INK;
    var n = ids.length;
    if (scratch.n < n) {  // buffers kept between frames (new ones each frame fed the collector)
      scratch = {n: n, seg: new Float64Array(4 * n), lens: new Float64Array(n), which: new Int32Array(n),
                 key: new Uint16Array(n)};
    }
    var seg = scratch.seg, lens = scratch.lens, which = scratch.which;
    var m = 0, total = 0, k, key = null, cut = Infinity, room = Infinity;
    var L = rect.left, R = rect.right, T = rect.top, B = rect.bottom;
    stampNow++;
    for (k = 0; k < n; k++) {
      var g = pairGroup[ids[k]];
      if (pairStamp[g] === stampNow) continue;  // its pair's line is drawn already
      pairStamp[g] = stampNow;
      var e = DATA.edges[ids[k]], p = body.nodes[e.from], q = body.nodes[e.to];
      if (!p || !q) continue;
      var x0 = p.x, y0 = p.y, x1 = q.x, y1 = q.y;
      var in0 = x0 >= L && x0 <= R && y0 >= T && y0 <= B, in1 = x1 >= L && x1 <= R && y1 >= T && y1 <= B;
      if (!in0 && !in1) continue;
      if (!(in0 && in1)) {  // one end out of view: clipped to it (Liang-Barsky), without allocating
        var t0 = 0, t1 = 1, dx = x1 - x0, dy = y1 - y0, ok = true;
        for (var side = 0; side < 4 && ok; side++) {
          var pp = side === 0 ? -dx : side === 1 ? dx : side === 2 ? -dy : dy;
          var qq = side === 0 ? x0 - L : side === 1 ? R - x0 : side === 2 ? y0 - T : B - y0;
          if (pp === 0) { if (qq < 0) ok = false; continue; }
          var rr = qq / pp;
          if (pp < 0) { if (rr > t1) ok = false; else if (rr > t0) t0 = rr; }
          else { if (rr < t0) ok = false; else if (rr < t1) t1 = rr; }
        }
        if (!ok) continue;
        x1 = x0 + t1 * dx; y1 = y0 + t1 * dy; x0 = x0 + t0 * dx; y0 = y0 + t0 * dy;
      }
      seg[4 * m] = x0; seg[4 * m + 1] = y0; seg[4 * m + 2] = x1; seg[4 * m + 3] = y1;
      lens[m] = Math.hypot(x1 - x0, y1 - y0) * scale;
      which[m] = ids[k];
      total += lens[m++];
    }
    if (total > budget) {  // a histogram of lengths (eight bins an octave) finds the cut
      var hist = new Float64Array(257), acc = 0;
      key = scratch.key;
      for (k = 0; k < m; k++) { key[k] = Math.min(256, Math.floor(8 * Math.log2(1 + lens[k]))); hist[key[k]] += lens[k]; }
      for (cut = 0; cut <= 256 && acc + hist[cut] <= budget; cut++) acc += hist[cut];
      room = budget - acc;
    }
    var hidden = 0, inPath = 0, heads = [], headLen = 7 / Math.max(scale, 0.35);
    arrows = arrows && headLen * scale >= HEAD_MIN_PX;  // (not collected when too small to see)
    // Just under a device pixel: Skia draws such a line as a hairline, several times faster than a
    // stroke a pixel wide (which 1 / scale can round to): 10,000 lines rasterised in 4 ms, not 40.
    ctx.lineWidth = 0.99 / scale;
    // With a faint colour, the lines between two communities in it, under those within one: the
    // layout draws each community apart, and the many long lines between them hid the clusters.
    var pass = faint ? [faint, color] : [color], drawn = faint ? new Uint8Array(m) : null;
    for (var ps = 0; ps < pass.length; ps++) {
      ctx.strokeStyle = pass[ps];
      ctx.beginPath();
      inPath = 0;
      for (k = 0; k < m; k++) {
        if (ps === 0 && key !== null && key[k] >= cut) {
          if (key[k] > cut || lens[k] > room) { hidden++; if (drawn) drawn[k] = 2; continue; }
          room -= lens[k];
        }
        var ed = DATA.edges[which[k]];
        if (faint) {
          if (drawn[k] === 2) continue;
          var cf = DATA.nodes[ed.from].c, ct = DATA.nodes[ed.to].c;
          if ((ps === 0) !== (cf !== undefined && ct !== undefined && cf !== ct)) continue;
        }
        ctx.moveTo(seg[4 * k], seg[4 * k + 1]);
        ctx.lineTo(seg[4 * k + 2], seg[4 * k + 3]);
        drawnLines++;
        if (record) noteDrawn(which[k]);
        if (++inPath === 400) { ctx.stroke(); ctx.beginPath(); inPath = 0; }
        var to = body.nodes[ed.to];
        if (arrows && ed.from !== ed.to && inView(to)) heads.push([body.nodes[ed.from], to]);
      }
      if (inPath) ctx.stroke();
    }
    fillArrowheads(ctx, heads, headLen, color, scale);
    return {ink: total, hidden: hidden};
  }

  // On big graphs the nodes are drawn here too, one path per colour and shape (vis-network draws
  // and styles each node on its own: 10,000 of them took ~300 ms a frame); those under a pixel
  // across are squares. With a neighbourhood highlighted, its nodes are drawn again over the veil,
  // the selected one by vis-network (its selection border). With physics on, vis-network draws.
  function batchedNodes() { return BIG && !physicsOn; }
  function shapePath(ctx, shape, x, y, r) {
    var k;
    if (shape === "square" || shape === "tiny") { ctx.rect(x - r, y - r, 2 * r, 2 * r); return; }
    if (shape === "triangle") {  // vis-network's triangle: side 2r, centred on its incircle
      var ir = Math.sqrt(3) / 3 * r, h = Math.sqrt(3) * r;
      ctx.moveTo(x, y - (h - ir)); ctx.lineTo(x + r, y + ir); ctx.lineTo(x - r, y + ir); ctx.closePath(); return;
    }
    if (shape === "diamond") {
      ctx.moveTo(x, y + r); ctx.lineTo(x + r, y); ctx.lineTo(x, y - r); ctx.lineTo(x - r, y); ctx.closePath(); return;
    }
    if (shape === "hexagon") {
      for (k = 0; k < 6; k++) {
        var a = Math.PI / 3 * k, px = x + r * Math.cos(a), py = y + r * Math.sin(a);
        if (k) ctx.lineTo(px, py); else ctx.moveTo(px, py);
      }
      ctx.closePath(); return;
    }
    ctx.moveTo(x + r, y); ctx.arc(x, y, r, 0, 2 * Math.PI);
  }
  var nodeShape = DATA.nodes.map(function (n) { return (typeStyle[n.type] || {}).shape || "dot"; });
  var drawnNodes = 0;
  function drawNodes(ctx, ids, scale, rect) {
    var byColour = new Map();  // colour -> {shape: [nodes]} (no key string made per node)
    for (var k = 0; k < ids.length; k++) {
      var i = ids[k], n = body.nodes[i];
      if (!n || !nodeShown[i]) continue;
      var r = n.options.size || 10;
      if (n.x + r < rect.left || n.x - r > rect.right || n.y + r < rect.top || n.y - r > rect.bottom) continue;
      var shape = r * scale < 1 ? "tiny" : nodeShape[i], color = n.options.color.background;
      var g = byColour.get(color);
      if (!g) byColour.set(color, g = {});
      (g[shape] || (g[shape] = [])).push(n);
    }
    byColour.forEach(function (g, color) {
      ctx.fillStyle = color;
      Object.keys(g).forEach(function (shape) {
        var list = g[shape];
        ctx.beginPath();
        for (var k = 0; k < list.length; k++) {
          var n = list[k];
          shapePath(ctx, shape, n.x, n.y, n.options.size || 10);
          drawnNodes++;
          if (k % 500 === 499) { ctx.fill(); ctx.beginPath(); }
        }
        ctx.fill();
      });
    });
  }
  // On big graphs the picture under the highlight is kept as two bitmaps, its lines and its nodes,
  // while the view, what is shown and the colours stay the same: selecting and clearing cost copies
  // of them, a veil and the neighbourhood, not the 10,000 nodes and 15,000 lines again. Two, so
  // that when every entity shown is highlighted (the neighbourhood of the entity just focused) its
  // nodes are copied over the highlighted lines rather than drawn a second time.
  var baseLines = null, baseNodes = null, baseKey = "", baseLineCount = 0, shownVersion = 0, colourVersion = 0;
  function drawBaseLines(ctx, scale) {
    drawnLines = 0;
    var done = strokeEdges(ctx, shownEdgeNums, "#9aa4b1", scale, scale > 0.35 && shownEdgeNums.length < 6000,
                           undefined, byCommunityLayout ? "rgba(154,164,177,0.35)" : null, true);
    inkTotal = done ? done.ink : 0;
    hiddenLines = done ? done.hidden : 0;
    var note = hiddenLines ? num(hiddenLines) + " long lines not drawn at this zoom" : "";
    if (lodNote.textContent !== note) lodNote.textContent = note;
    baseLineCount = drawnLines;
  }
  function layer(old, c, transform) {  // a clear canvas the size of c, drawing in graph units
    var b = old || document.createElement("canvas");
    if (b.width !== c.width || b.height !== c.height) { b.width = c.width; b.height = c.height; }
    var x = b.getContext("2d");
    x.setTransform(1, 0, 0, 1, 0, 0);
    x.clearRect(0, 0, b.width, b.height);
    x.setTransform(transform);
    return b;
  }
  function copyLayer(ctx, b) {
    ctx.save();
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.drawImage(b, 0, 0);
    ctx.restore();
  }
  network.on("beforeDrawing", function (ctx) {
    var scale = network.getScale();
    body.edgeIndices = [];  // vis-network draws none of them ...
    if (!batchedNodes()) { drawnNodes = 0; drawBaseLines(ctx, scale); return; }
    var t = body.view.translation, c = ctx.canvas;
    var key = [scale, t.x, t.y, c.width, c.height, shownVersion, colourVersion].join(",");
    if (key !== baseKey) {
      baseLines = layer(baseLines, c, ctx.getTransform());
      drawBaseLines(baseLines.getContext("2d"), scale);
      baseNodes = layer(baseNodes, c, ctx.getTransform());
      drawnNodes = 0;
      drawNodes(baseNodes.getContext("2d"), shownNodeIds, scale, viewRect(20));
      baseKey = key;
    }
    drawnLines = baseLineCount;
    copyLayer(ctx, baseLines);
    if (!focus) {
      copyLayer(ctx, baseNodes);
      drawHubs(ctx, scale, null);
      body.nodeIndices = [];
      return;
    }
    var all = focusCoversShown();
    if (!all) copyLayer(ctx, baseNodes);
    ctx.save();  // the veil over what is not highlighted
    ctx.setTransform(1, 0, 0, 1, 0, 0);
    ctx.fillStyle = "rgba(255,255,255,0.82)";
    ctx.fillRect(0, 0, c.width, c.height);
    ctx.restore();
    // the neighbourhood over the veiled picture, with half the ink for its lines
    strokeEdges(ctx, focus.edges.filter(function (j) { return edgeShown[j]; }), "#1f5fa8", scale, true,
                EDGE_INK / 2);
    if (all) copyLayer(ctx, baseNodes);
    else drawNodes(ctx, focus.nodes, scale, viewRect(20));
    drawHubs(ctx, scale, focus);
    // vis-network draws the selected node (its selection border) and no other
    body.nodeIndices = network.getSelectedNodes().filter(function (i) { return nodeShown[i]; });
  });
  // The hubs again, on top, outlined, and never smaller than HUB_MIN_PX (plus up to 4 px by how
  // connected): in a batch they were drawn under whatever came later, and at a fitted 20,000
  // entities every node is a pixel or two across. Under a highlight, only those in it.
  var HUB_MIN_PX = 3;
  function hubRadius(i, scale) {
    var r = (body.nodes[i].options.size || 10) * scale, p = prominence(i);
    return batchedNodes() ? Math.max(r, HUB_MIN_PX + 4 * p * p) : r;
  }
  function drawHubs(ctx, scale, within) {
    var inside = within ? new Set(within.nodes) : null, rect = viewRect(20);
    ctx.lineWidth = 1.5 / scale;
    ctx.strokeStyle = "#fff";
    for (var k = hubIds.length - 1; k >= 0; k--) {  // the most connected last
      var i = hubIds[k], n = body.nodes[i];
      if (!n || (inside && !inside.has(i)) || n.x < rect.left || n.x > rect.right || n.y < rect.top || n.y > rect.bottom) continue;
      var r = hubRadius(i, scale) / scale, shape = nodeShape[i];
      ctx.beginPath();
      shapePath(ctx, shape, n.x, n.y, r);
      ctx.fillStyle = n.options.color.background;
      ctx.fill();
      ctx.stroke();
    }
  }
  // Whether every entity shown is highlighted (then none is under the veil).
  function focusCoversShown() {
    var n = 0;
    for (var k = 0; k < focus.nodes.length; k++) if (nodeShown[focus.nodes[k]]) n++;
    return n === shownNodeIds.length;
  }

  var placed = [];  // the labels of the last frame: {text, x, y, w, h} in CSS pixels of the canvas
  // A label's width, measured once at 100px and scaled (setting a font and measuring text for
  // thousands of candidates each frame cost more than drawing them); 2% spare for hinting.
  var widths = [new Float64Array(N), new Float64Array(N)], measure = [null, null];
  function labelWidth(ctx, i, bold) {
    var k = bold ? 1 : 0, cache = widths[k];
    if (!cache[i]) {
      if (!measure[k]) {  // a canvas of its own per font: no font to set (and parse) per label
        measure[k] = document.createElement("canvas").getContext("2d");
        measure[k].font = (bold ? "600 " : "") + "100px system-ui,sans-serif";
      }
      cache[i] = measure[k].measureText(labelText[i]).width * 1.02 / 100 || 1e-6;
    }
    return cache[i];
  }
  function drawLabels(ctx) {
    var scale = network.getScale(), c = $("kg-net"), W = c.clientWidth, H = c.clientHeight;
    var cell = 48, cols = Math.ceil(W / cell) + 1, grid = new Map();
    placed = [];
    function free(b) {
      for (var gx = Math.floor(b.x / cell); gx <= Math.floor((b.x + b.w) / cell); gx++) {
        for (var gy = Math.floor(b.y / cell); gy <= Math.floor((b.y + b.h) / cell); gy++) {
          var list = grid.get(gy * cols + gx);
          if (!list) continue;
          for (var k = 0; k < list.length; k++) {
            var o = list[k];
            if (b.x < o.x + o.w && o.x < b.x + b.w && b.y < o.y + o.h && o.y < b.y + b.h) return false;
          }
        }
      }
      return true;
    }
    function reserve(b) {  // a box no label may cover (an entity drawn there), not a label itself
      for (var gx = Math.floor(b.x / cell); gx <= Math.floor((b.x + b.w) / cell); gx++) {
        for (var gy = Math.floor(b.y / cell); gy <= Math.floor((b.y + b.h) / cell); gy++) {
          var key = gy * cols + gx, list = grid.get(key);
          if (list) list.push(b); else grid.set(key, [b]);
        }
      }
    }
    function reserveNode(i, r) {
      var n = body.nodes[i];
      if (!n) return;
      var p = screen(n.x, n.y);
      if (p.x + r < 0 || p.x - r > W || p.y + r < 0 || p.y - r > H) return;
      reserve({x: p.x - r, y: p.y - r, w: 2 * r, h: 2 * r});
    }
    function take(b) {
      placed.push(b);
      for (var gx = Math.floor(b.x / cell); gx <= Math.floor((b.x + b.w) / cell); gx++) {
        for (var gy = Math.floor(b.y / cell); gy <= Math.floor((b.y + b.h) / cell); gy++) {
          var key = gy * cols + gx, list = grid.get(key);
          if (list) list.push(b); else grid.set(key, [b]);
        }
      }
    }
    var t = network.body.view.translation;
    function screen(x, y) { return {x: x * scale + t.x, y: y * scale + t.y}; }
    // The hubs' nodes are kept clear of every label; on small graphs, once the hubs are labelled,
    // every entity's node is (labels went over the entities they hid).
    // (A hub's node is kept clear of its own and less connected hubs' labels, and of every other
    // label; a more connected hub's label may cover it.)
    var hubSet = new Set(), inFocus = focus ? new Set(focus.nodes) : null;
    hubIds.forEach(function (i) { if (!inFocus || inFocus.has(i)) hubSet.add(i); });
    var nodesReserved = false;
    function reserveNodes() {  // the nodes big enough to see, not yet reserved
      nodesReserved = true;
      if (BIG) return;
      (focus ? focus.nodes : shownNodeIds).forEach(function (i) {
        var r = body.nodes[i] ? (body.nodes[i].options.size || 10) * scale : 0;
        if (!hubSet.has(i) && nodeShown[i] && r >= NODE_CLEAR_PX) reserveNode(i, r);
      });
      hubSet.forEach(function (i) { if (!hubReserved.has(i)) reserveNode(i, hubRadius(i, scale) + 1); });
    }
    var hubReserved = new Set();
    ctx.save();
    ctx.setTransform(window.devicePixelRatio || 1, 0, 0, window.devicePixelRatio || 1, 0, 0);
    ctx.textBaseline = "top";
    ctx.lineJoin = "round";
    var boxes = [];
    function tryNode(i, bold) {
      var n = body.nodes[i];
      if (!n) return;
      if (hubSet.has(i) && !hubReserved.has(i)) { hubReserved.add(i); reserveNode(i, hubRadius(i, scale) + 1); }
      var s = screen(n.x, n.y), r = (n.options.size || 10) * scale;
      if (s.x < -200 || s.x > W + 200 || s.y < -50 || s.y > H + 50) return;
      var base = 12 + 1.5 * Math.log2(1 + weight(i)), p = prominence(i);
      // the hubs' labels a little larger and bold, at any zoom
      var px = Math.min(Math.max(base * scale, LABEL_MIN_PX), base) + (hubSet.has(i) ? 3 * p * p : 0);
      bold = bold || (hubSet.has(i) && p > 0.75);
      if (hubSet.has(i)) r = hubRadius(i, scale);
      var w = labelWidth(ctx, i, bold) * px, h = px * 1.2;
      var b = {text: labelText[i], x: s.x - w / 2, y: s.y + r + 2, w: w, h: h, px: px, bold: bold, node: i};
      if (b.x > W || b.x + b.w < 0 || b.y > H || b.y + b.h < 0) return;
      if (free(b)) { take(b); boxes.push(b); }
    }
    var tries = 0, k;
    if (focus) {
      if (!focus.sorted) focus.sorted = focus.nodes.slice().sort(function (a, b) { return weight(b) - weight(a) || a - b; });
      if (focus.root !== null && focus.root !== undefined && nodeShown[focus.root]) tryNode(focus.root, true);
      for (k = 0; k < focus.sorted.length && placed.length < MAX_LABELS && tries < MAX_LABEL_TRIES; k++) {
        if (!nodeShown[focus.sorted[k]] || focus.sorted[k] === focus.root) continue;
        if (!nodesReserved && !hubSet.has(focus.sorted[k])) reserveNodes();
        tries++;
        tryNode(focus.sorted[k], false);
      }
    } else {
      for (k = 0; k < N && placed.length < MAX_LABELS && tries < MAX_LABEL_TRIES; k++) {
        var i = byDegree[k];
        if (!nodeShown[i]) continue;
        if (!nodesReserved && !hubSet.has(i)) reserveNodes();
        tries++;
        tryNode(i, false);
      }
    }
    if (!nodesReserved) reserveNodes();
    var font = "";
    ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.fillStyle = "#222";
    boxes.forEach(function (b) {
      var f = (b.bold ? "600 " : "") + b.px.toFixed(1) + "px system-ui,sans-serif";
      if (f !== font) ctx.font = font = f;
      ctx.strokeText(b.text, b.x, b.y);
      ctx.fillText(b.text, b.x, b.y);
    });
    // Relation names at the middle of their edges, where there is room, once zoomed in enough.
    var px = 10 * scale;
    if (scale >= 0.5) {
      px = Math.min(Math.max(px, 9), 12);
      var pairs = new Map(), list = focus ? focus.edges : shownEdgeNums;
      if (list.length < 3000) {
        list.forEach(function (j) {
          if (!edgeShown[j]) return;
          var e = DATA.edges[j], key = Math.min(e.from, e.to) + "|" + Math.max(e.from, e.to);
          var p = pairs.get(key);
          if (p) { if (p.rels.indexOf(e.relation) < 0) p.rels.push(e.relation); } else pairs.set(key, {e: e, rels: [e.relation]});
        });
        ctx.font = "italic " + px.toFixed(1) + "px system-ui,sans-serif";
        pairs.forEach(function (p) {
          var a = body.nodes[p.e.from], b2 = body.nodes[p.e.to];
          var s = screen((a.x + b2.x) / 2, (a.y + b2.y) / 2), text = p.rels.join(" \u00b7 ");
          var w = ctx.measureText(text).width, box = {text: text, x: s.x - w / 2, y: s.y - px * 0.6, w: w, h: px * 1.2, edge: true};
          if (box.x > W || box.x + w < 0 || box.y > H || box.y + box.h < 0 || !free(box)) return;
          take(box);
          ctx.lineWidth = 3; ctx.strokeStyle = "rgba(255,255,255,0.9)"; ctx.fillStyle = "#555";
          ctx.strokeText(text, box.x, box.y);
          ctx.fillText(text, box.x, box.y);
        });
      }
    }
    ctx.restore();
  }

  // ---- neighbourhood highlight: dim everything else ----
  // After vis has drawn, a translucent white layer covers the canvas and the focused nodes and
  // edges are drawn again on top of it: one redraw, whatever the graph's size.
  var focus = null;  // {root, nodes: [ids], edges: [ids]} or null
  network.on("afterDrawing", function (ctx) {
    body.edgeIndices = visHasEdges ? shownEdgeIds : [];  // ... and clicks and tooltips still find them
    body.nodeIndices = drawOrder;  // (the last drawn, on top, is the one a click finds)
    if (focus && !batchedNodes()) {
      ctx.save();
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.fillStyle = "rgba(255,255,255,0.82)";
      ctx.fillRect(0, 0, ctx.canvas.width, ctx.canvas.height);
      ctx.restore();
      strokeEdges(ctx, focus.edges.filter(function (j) { return edgeShown[j]; }), "#1f5fa8",
                  network.getScale(), true);
      focus.nodes.forEach(function (i) {
        var n = body.nodes[i];
        if (n && nodeShown[i]) n.draw(ctx);
      });
    }
    drawLabels(ctx);
  });
  function setFocus(root, nodeIds, edgeIds) {
    focus = nodeIds ? {root: root, nodes: nodeIds, edges: edgeIds} : null;
    network.redraw();
  }
  function highlightNode(i) {
    var keep = new Set([i]);
    adj[i].forEach(function (j) {
      if (edgeShown[j]) { keep.add(DATA.edges[j].from); keep.add(DATA.edges[j].to); }
    });
    setFocus(i, Array.from(keep), adj[i].filter(function (j) { return edgeShown[j]; }));
  }

  // On big graphs a change redraws once, at the next frame: vis-network's selection, fit and our
  // own calls each asked for a full redraw (three for "back"). Small graphs redraw at once.
  var redrawNow = network.redraw.bind(network);
  network.redraw = function () { if (BIG) body.emitter.emit("_requestRedraw"); else redrawNow(); };
  // Node boxes for clicks and tooltips: vis-network measures them as it draws, and it draws none
  // on big graphs, so they are measured here (positions do not change while physics is off).
  function measureNodes() {
    body.emitter.emit("_resizeNodes");
    for (var i = 0; i < N; i++) {
      var sh = body.nodes[i] && body.nodes[i].shape;
      if (sh) { sh.left = body.nodes[i].x - sh.width / 2; sh.top = body.nodes[i].y - sh.height / 2; }
    }
  }
  measureNodes();

  function markReady() { document.body.dataset.ready = "1"; }
  computeShown();
  installShown();
  function fitShown() {
    // The box of the shown nodes, computed here: vis-network's fit re-measures all 20,000 nodes.
    var ids = shownNodeIds.length ? shownNodeIds : DATA.nodes.map(function (n, i) { return i; });
    if (!ids.length) return;
    var minX = Infinity, minY = Infinity, maxX = -Infinity, maxY = -Infinity;
    ids.forEach(function (i) {
      var n = body.nodes[i], r = n.options.size || 10;
      if (n.x - r < minX) minX = n.x - r;
      if (n.x + r > maxX) maxX = n.x + r;
      if (n.y - r < minY) minY = n.y - r;
      if (n.y + r > maxY) maxY = n.y + r;
    });
    var c = $("kg-net"), W = c.clientWidth || 800, H = c.clientHeight || 600;
    var scale = Math.min(W / (1.1 * (maxX - minX) || 1), H / (1.1 * (maxY - minY) || 1), 1);
    // Labels hang below their nodes and are not in the box: a little room for them.
    network.moveTo({position: {x: (minX + maxX) / 2, y: (minY + maxY) / 2}, scale: scale * 0.92, animation: false});
  }
  if (DATA.physics && N > 0) {
    network.once("stabilizationIterationsDone", function () {
      fitShown();
      network.once("afterDrawing", markReady);
    });
  } else {
    fitShown();
    network.once("afterDrawing", markReady);
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
      if (f.evidence) box.append(el("div", "\u201c" + clip(f.evidence, 300) + "\u201d"));
      box.append(el("div", factMeta(f), "kg-tip-meta"));
      tip.append(box);
    });
    if (e.facts.length > 3) tip.append(el("div", "+ " + (e.facts.length - 3) + " more", "kg-tip-meta"));
    if (!e.facts.length) tip.append(el("div", "confidence " + pct(e.confidence), "kg-tip-meta"));
  }
  network.on("hoverNode", function (p) { fillTip("node", p.node); });
  network.on("hoverEdge", function (p) { fillTip("edge", p.edge); });
  network.on("showPopup", function (id) { fillTip(typeof id === "number" ? "node" : "edge", id); });

  function docOf(f) { return DATA.docs[f.doc] || {}; }
  function sourceText(d) {
    if (d.kind === "import") return d.title || ("imported from " + d.source);
    if (d.kind === "asserted") return "asserted in the store";
    if (d.kind === "inferred") return "inferred by kg reason";
    return [d.title, d.source || d.iri].filter(function (s) { return s; }).join(" \u00b7 ");
  }
  // A document's source as a link (its article's URL, or its file), opened by the reader's click
  // only: the page itself fetches nothing. Only http(s) and file links, set as a DOM property.
  var SAFE_LINK = /^(https?|file):/i;
  function sourceLink(d) {
    if (!d.href || !SAFE_LINK.test(d.href)) return null;
    var a = el("a", d.source || d.href, "kg-source");
    a.href = d.href;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    a.title = d.href;
    return a;
  }
  function factMetaLinked(f) {
    var d = docOf(f), box = el("div", null, "kg-fact-meta"), link = sourceLink(d);
    if (!link) { box.textContent = factMeta(f); return box; }
    var parts = [];
    if (d.title) parts.push(d.title);
    box.append(parts.length ? parts.join("") + " \u00b7 " : "", link);
    var rest = [f.date];
    rest.push("confidence " + pct(f.confidence));
    box.append(" \u00b7 " + rest.filter(function (s) { return s; }).join(" \u00b7 "));
    return box;
  }
  function factMeta(f) {
    var d = docOf(f), parts = [sourceText(d), f.date];
    if (!d.kind || d.kind === "document") parts.push("confidence " + pct(f.confidence));
    return parts.filter(function (s) { return s; }).join(" \u00b7 ");
  }

  // ---- communities (kg.analysis.community_groups, computed in Python): colour, legend ----------
  var COMMUNITIES = DATA.communities || [], NO_COMMUNITY = "#d3d3d3", MAX_LEGEND = 12;
  var members = COMMUNITIES.map(function () { return []; });
  DATA.nodes.forEach(function (n, i) { if (n.c !== undefined && members[n.c]) members[n.c].push(i); });
  members.forEach(function (list) { list.sort(function (a, b) { return degree[b] - degree[a] || a - b; }); });
  function colourSpec(c) {
    return {background: c, border: c, highlight: {background: c, border: "#111"}, hover: {background: c, border: "#111"}};
  }
  var typeColour = {}, communityColour = COMMUNITIES.map(function (c) { return colourSpec(c.color); });
  DATA.types.forEach(function (t) { typeColour[t.name] = colourSpec(t.color); });
  var noCommunity = colourSpec(NO_COMMUNITY), byCommunity = false;
  function nodeColour(i) {
    var n = DATA.nodes[i];
    if (!byCommunity) return typeColour[n.type];
    return n.c === undefined ? noCommunity : communityColour[n.c];
  }
  // Each node's colour is set on vis-network's node itself (a DataSet update of every node costs
  // seconds at 20,000); its shape still says its type.
  function setCommunityColours(on) {
    byCommunity = !!on && COMMUNITIES.length > 0;
    $("kg-community").checked = byCommunity;
    colourVersion++;
    for (var i = 0; i < N; i++) {
      var node = body.nodes[i];
      if (node) node.options.color = nodeColour(i);
    }
    $("kg-community-legend").hidden = !byCommunity;
    network.redraw();
  }
  function swatch(color) {
    var s = el("span", "\u25cf", "kg-symbol");
    s.style.color = color;
    return s;
  }
  function communityName(k) { return COMMUNITIES[k].name + "\u2019s community"; }
  function showCommunity(k) {
    var inside = members[k].filter(function (i) { return nodeShown[i]; }), set = new Set(inside), within = [];
    inside.forEach(function (i) {
      adj[i].forEach(function (j) {
        var e = DATA.edges[j];
        if (edgeShown[j] && e.from === i && set.has(e.to)) within.push(j);
      });
    });
    network.unselectAll();
    setFocus(null, inside, within);
    panel.replaceChildren(el("h2", communityName(k)));
    var meta = el("p", null, "kg-meta");
    meta.append(swatch(COMMUNITIES[k].color), " " + num(COMMUNITIES[k].size) + " entities, " +
                num(within.length) + " relations among those shown");
    panel.append(meta, el("h3", "Most connected"));
    var ol = el("ol", null, "kg-members");
    members[k].slice(0, 50).forEach(function (i) {
      var li = el("li");
      li.append(entityRef(i, -1), el("span", " " + degree[i], "kg-count"));
      ol.append(li);
    });
    panel.append(ol);
    if (members[k].length > 50) panel.append(el("p", "\u2026 and " + num(members[k].length - 50) + " more", "kg-more"));
  }
  (function legend() {
    var box = $("kg-community-legend");
    if (!COMMUNITIES.length) { $("kg-communities").hidden = true; return; }
    $("kg-community-count").textContent = num(COMMUNITIES.length);
    COMMUNITIES.slice(0, MAX_LEGEND).forEach(function (c, k) {
      var li = el("li"), b = el("button", null, "kg-link");
      b.type = "button";
      b.dataset.community = String(k);
      b.append(swatch(c.color), " " + clip(c.name, 28));
      b.addEventListener("click", function () { showCommunity(k); });
      li.append(b, el("span", num(c.size), "kg-count"));
      box.append(li);
    });
    if (COMMUNITIES.length > MAX_LEGEND) {
      var rest = COMMUNITIES.slice(MAX_LEGEND), li = el("li", null, "kg-other");
      var size = rest.reduce(function (a, c) { return a + c.size; }, 0);
      li.append(swatch(rest[0].color), " " + num(rest.length) + " smaller", el("span", num(size), "kg-count"));
      box.append(li);
    }
    if (isolatedCount) {
      var none = el("li", null, "kg-other");
      none.append(swatch(NO_COMMUNITY), " without relations", el("span", num(isolatedCount), "kg-count"));
      box.append(none);
    }
  })();
  $("kg-community").addEventListener("change", function () { setCommunityColours($("kg-community").checked); });

  // ---- filters ----
  var typeBoxes = {}, relBoxes = {};
  function setTypeVisible(name, on) {
    typeOn[name] = !!on; if (typeBoxes[name]) typeBoxes[name].checked = !!on; applyFilters();
  }
  function setRelationVisible(name, on) {
    relOn[name] = !!on; if (relBoxes[name]) relBoxes[name].checked = !!on; applyFilters();
  }
  function setIsolatedVisible(on) {
    filters.isolated = !!on; $("kg-isolated").checked = !!on; applyFilters();
  }
  function setMinConfidence(x) {
    filters.minConfidence = Number(x) || 0;
    $("kg-confidence").value = String(filters.minConfidence);
    $("kg-confidence-value").textContent = pct(filters.minConfidence);
    applyFilters();
  }
  function setDateRange(from, to) {
    filters.dateFrom = String(from || "").trim(); filters.dateTo = String(to || "").trim();
    $("kg-date-from").value = filters.dateFrom; $("kg-date-to").value = filters.dateTo;
    applyFilters();
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
    var counter = el("span", num(count), "kg-count");
    label.append(el("span", text), counter);
    container.append(label);
    box.counter = counter;
    return box;
  }
  var typeCounts = countBy(DATA.nodes, "type"), relCounts = countBy(DATA.edges, "relation");
  DATA.types.forEach(function (t) {
    var box = checkbox($("kg-types"), t.name, typeCounts[t.name] || 0, t,
                       function (on) { setTypeVisible(t.name, on); });
    box.dataset.type = t.name;
    typeBoxes[t.name] = box;
  });
  function addRelation(r) {
    if (!(r in relOn)) { relOn[r] = true; if (DATA.relations.indexOf(r) < 0) DATA.relations.push(r); }
    var box = checkbox($("kg-relations"), r, relCounts[r] || 0, null,
                       function (on) { setRelationVisible(r, on); });
    box.dataset.relation = r;
    relBoxes[r] = box;
  }
  DATA.relations.forEach(addRelation);
  // The counts beside the filters, again after data came in (kg serve's page).
  function updateCounts() {
    typeCounts = countBy(DATA.nodes, "type"); relCounts = countBy(DATA.edges, "relation");
    Object.keys(typeBoxes).forEach(function (t) { typeBoxes[t].counter.textContent = num(typeCounts[t] || 0); });
    Object.keys(relBoxes).forEach(function (r) { relBoxes[r].counter.textContent = num(relCounts[r] || 0); });
  }
  document.querySelectorAll("#kg-relations [data-all]").forEach(function (b) {
    b.addEventListener("click", function () {
      var on = b.dataset.all === "1";
      DATA.relations.forEach(function (r) { relOn[r] = on; relBoxes[r].checked = on; });
      applyFilters();
    });
  });
  $("kg-isolated-count").textContent = num(isolatedCount);
  $("kg-isolated").addEventListener("change", function () { setIsolatedVisible($("kg-isolated").checked); });
  $("kg-confidence").addEventListener("input", function () { setMinConfidence($("kg-confidence").value); });
  ["kg-date-from", "kg-date-to"].forEach(function (id) {
    $(id).addEventListener("change", function () { setDateRange($("kg-date-from").value, $("kg-date-to").value); });
  });

  function updateStatus() {
    var shownE = shownEdgeIds.length;
    var text = num(shownNodeIds.length) + " of " + num(N) + " entities, " +
      (shownE === M ? num(M) : num(shownE) + " of " + num(M)) + " relations";
    if (SERVED) text += " fetched (the store has " + num(SERVED.entities || 0) + " entities)";
    if (view) text += " \u00b7 neighbourhood";
    $("kg-status").textContent = text;
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
    li.append(factMetaLinked(f));
    return li;
  }
  // The facts of some edges, most certain first (in the edges' order among equals): {length,
  // at(k) -> [edge, fact]}. Confidences have three decimals, so a counting sort over the 1,001
  // values orders them in one pass, and only the facts shown are made into objects (a hub has
  // thousands; sorting all of them as objects cost more than the rest of a click).
  function factsOf(edgeIds) {
    var n = 0, i, k, m = 0;
    for (i = 0; i < edgeIds.length; i++) n += DATA.edges[edgeIds[i]].facts.length || 1;
    var key = new Uint16Array(n), edge = new Int32Array(n), which = new Int32Array(n);
    var start = new Int32Array(1002), order = new Int32Array(n);
    function put(j, f, conf) {
      key[m] = 1000 - Math.min(1000, Math.max(0, Math.round(conf * 1000)));
      edge[m] = j; which[m] = f; start[key[m] + 1]++; m++;
    }
    for (i = 0; i < edgeIds.length; i++) {
      var e = DATA.edges[edgeIds[i]];
      if (!e.facts.length) put(edgeIds[i], -1, e.confidence);
      for (k = 0; k < e.facts.length; k++) put(edgeIds[i], k, e.facts[k].confidence);
    }
    for (k = 1; k < 1002; k++) start[k] += start[k - 1];
    for (i = 0; i < n; i++) order[start[key[i]]++] = i;
    return {length: n, at: function (p) {
      var q = order[p], e = DATA.edges[edge[q]];
      return [e, which[q] < 0 ? {evidence: "", doc: -1, date: null, confidence: e.confidence} : e.facts[which[q]]];
    }};
  }
  // The facts of an entity, most certain first, PANEL_FACTS at a time: a hub's thousands of facts
  // built and laid out at once made the panel cost more than drawing the graph (the browser lays
  // out every one before the next frame); "Show more" adds the next ones.
  function renderFacts(list, self) {
    panel.append(el("h3", "Facts (" + num(list.length) + ")"));
    var ol = el("ol", null, "kg-facts"), shown = 0, more = null;
    function next() {
      var end = Math.min(list.length, shown + PANEL_FACTS);
      for (; shown < end; shown++) { var x = list.at(shown); ol.append(factItem(x[0], x[1], self)); }
      if (shown < list.length) {
        var rest = list.length - shown;
        more.textContent = "Show " + num(Math.min(rest, PANEL_FACTS)) + " more (of " + num(rest) + ")";
      } else if (more) {
        more.remove();
      }
    }
    panel.append(ol);
    if (list.length > PANEL_FACTS) {
      more = button("", next, "kg-more-facts");
      panel.append(more);
    }
    next();
  }
  function button(text, onClick, cls) {
    var b = el("button", text, cls);
    b.type = "button";
    b.addEventListener("click", onClick);
    return b;
  }
  function showNode(i) {
    var n = DATA.nodes[i];
    panel.replaceChildren(el("h2", n.label));
    var meta = el("p", null, "kg-meta"), st = typeStyle[n.type] || {};
    var sym = el("span", st.symbol || "", "kg-symbol");
    sym.style.color = st.color || "#888";
    meta.append(sym, " " + n.type + (n.wikidata ? " \u00b7 Wikidata " + n.wikidata : ""));
    panel.append(meta);
    if (n.c !== undefined && COMMUNITIES[n.c]) {
      var comm = el("p", null, "kg-meta"), link = button(communityName(n.c), function () { showCommunity(n.c); }, "kg-link");
      comm.append(swatch(COMMUNITIES[n.c].color), " ", link);
      panel.append(comm);
    }
    if (n.aliases.length) panel.append(el("p", "Also known as: " + n.aliases.join(", "), "kg-aliases"));
    panel.append(el("p", n.iri, "kg-meta"));
    if (SERVED && n.facts !== undefined) {  // the store has them all; the page what it fetched
      panel.append(el("p", num(adj[i].length) + " of its " + num(n.facts) + " relations in the store are drawn" +
                      (loadedDepth[i] ? "" : "; Expand fetches them"), "kg-meta kg-loaded"));
    }
    var actions = el("p", null, "kg-actions");
    actions.append(button("Neighbourhood", function () { showNeighbourhood(i, 1); }, "kg-hood1"), " ",
                   button("2 hops", function () { showNeighbourhood(i, 2); }, "kg-hood2"));
    if (view || SERVED) actions.append(" ", button("Expand", function () { expand(i); }, "kg-expand"));
    panel.append(actions);
    if (SERVED && notes[i]) panel.append(el("p", notes[i], "kg-meta kg-note"));
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
    setFocus(null, e.from === e.to ? [e.from] : [e.from, e.to], [j]);
    showEdge(j);
  }
  function clearSelection() {
    network.unselectAll();
    setFocus(null, null);
    panel.replaceChildren(el("p", "Click an entity or a relation to see its facts.", "kg-hint"));
  }
  network.on("click", function (p) {
    var j = -1;
    if (p.nodes.length) selectNode(p.nodes[0]);
    else if (p.edges.length) selectEdge(edgeIndex(p.edges[0]));
    else if (!visHasEdges && (j = edgeAt(p.pointer.canvas)) >= 0) selectEdge(j);
    else clearSelection();
  });
  // The edge whose drawn line passes within a few pixels of a point (graph units): among the lines
  // drawn (the highlighted ones first), the nearest.
  function edgeAt(pt) {
    var scale = network.getScale(), best = -1, bestD = 5 / scale;
    function near(j) {
      var e = DATA.edges[j], a = body.nodes[e.from], b = body.nodes[e.to];
      if (!a || !b) return;
      var dx = b.x - a.x, dy = b.y - a.y, len2 = dx * dx + dy * dy;
      var t = len2 ? Math.max(0, Math.min(1, ((pt.x - a.x) * dx + (pt.y - a.y) * dy) / len2)) : 0;
      var d = Math.hypot(a.x + t * dx - pt.x, a.y + t * dy - pt.y);
      if (d < bestD) { bestD = d; best = j; }
    }
    if (focus) focus.edges.forEach(function (j) { if (edgeShown[j]) near(j); });
    if (best < 0) for (var k = 0; k < baseDrawnCount; k++) near(baseDrawn[k]);
    return best;
  }

  // ---- neighbourhoods: show only what is near an entity; expand; back ----
  function around(seeds, depth) {
    var seen = new Set(seeds), frontier = seeds.slice();
    for (var d = 0; d < depth; d++) {
      var next = [];
      frontier.forEach(function (i) {
        adj[i].forEach(function (j) {
          var e = DATA.edges[j];
          if (!relOn[e.relation] || e.confidence < filters.minConfidence || !datePasses(j)) return;
          [e.from, e.to].forEach(function (m) { if (!seen.has(m)) { seen.add(m); next.push(m); } });
        });
      });
      frontier = next;
    }
    return seen;
  }
  function setView(nodeSet, keep) {
    history.push(view);
    view = nodeSet;
    computeShown(); installShown(); updateStatus();
    $("kg-back").hidden = false;
    fitShown();
    if (keep !== undefined && nodeShown[keep]) { network.selectNodes([keep], false); selectNode(keep); }
    else clearSelection();
  }
  function showNeighbourhood(i, depth) {
    if (SERVED && (loadedDepth[i] || 0) < (depth || 1)) {
      return fetchAround(i, depth || 1).then(function () { showNeighbourhood(i, depth); });
    }
    var n = DATA.nodes[i];
    if (!typeOn[n.type]) { typeOn[n.type] = true; typeBoxes[n.type].checked = true; }
    setView(around([i], depth || 1), i);
  }
  function expand(i) {
    if (SERVED && !loadedDepth[i]) return fetchAround(i, 1).then(function () { expand(i); });
    if (SERVED && !view) { computeShown(); installShown(); updateStatus(); fitShown(); selectNode(i); network.selectNodes([i], false); return; }
    var next = new Set(view || []);
    around([i], 1).forEach(function (m) { next.add(m); });
    setView(next, i);
  }
  function back() {
    if (!history.length) return;
    view = history.pop();
    computeShown(); installShown(); updateStatus();
    $("kg-back").hidden = history.length === 0;
    fitShown();
    clearSelection();
  }
  $("kg-back").addEventListener("click", back);

  // ---- search by label or alias ----
  // The search index, built at the first search: every lower-cased name and alias sorted (exact
  // names and prefixes by binary search), and all of them in one string for the names containing
  // the query (native indexOf), so a search costs its results, not a scan of 20,000 entities.
  var index = null;
  function buildIndex() {
    var entries = [], text = [], starts = [], owner = [], pos = 0;
    names.forEach(function (ns, i) {
      ns.forEach(function (s) {
        entries.push([s, i]);
        starts.push(pos); owner.push(i); text.push(s); pos += s.length + 1;
      });
    });
    entries.sort(function (a, b) { return a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]; });
    return {entries: entries, text: text.join("\n"), starts: starts, owner: owner};
  }
  function lowerBound(entries, q) {
    var lo = 0, hi = entries.length;
    while (lo < hi) { var mid = (lo + hi) >> 1; if (entries[mid][0] < q) lo = mid + 1; else hi = mid; }
    return lo;
  }
  function search(query, limit) {
    var q = String(query).trim().toLowerCase();
    if (!q) return [];
    limit = limit || 20;
    if (!index) index = buildIndex();
    var exact = [], prefix = [], inside = [], seen = new Set(), e = index.entries, k;
    // by name or alias exactly, then starting with the query, then containing it; each in id order
    for (k = lowerBound(e, q); k < e.length && e[k][0].startsWith(q); k++) {
      if (e[k][0] === q) exact.push(e[k][1]); else prefix.push(e[k][1]);
    }
    exact.sort(function (a, b) { return a - b; });
    prefix.sort(function (a, b) { return a - b; });
    var out = [];
    function add(i) { if (!seen.has(i) && out.length < limit) { seen.add(i); out.push(i); } }
    exact.forEach(add);
    prefix.forEach(add);
    if (out.length < limit && q.indexOf("\n") < 0) {
      var starts = index.starts, at = index.text.indexOf(q);
      while (at >= 0) {
        var lo = 0, hi = starts.length - 1;  // the name holding position "at"
        while (lo < hi) { var mid = (lo + hi + 1) >> 1; if (starts[mid] <= at) lo = mid; else hi = mid - 1; }
        if (!seen.has(index.owner[lo])) inside.push(index.owner[lo]);
        if (inside.length >= 4 * limit) break;
        at = index.text.indexOf(q, at + 1);
      }
      inside.sort(function (a, b) { return a - b; });
      inside.forEach(add);
    }
    return out;
  }
  function focusNode(i) {
    var n = DATA.nodes[i];
    // never "find" something invisible: its type, or the entity itself, is shown
    var changed = !nodeShown[i];
    if (view && !view.has(i)) { view = null; history = []; $("kg-back").hidden = true; changed = true; }
    if (!typeOn[n.type]) { typeOn[n.type] = true; typeBoxes[n.type].checked = true; changed = true; }
    revealed.add(i);
    if (changed) { computeShown(); installShown(); updateStatus(); }  // else nothing to recompute
    network.selectNodes([i], false);
    // Each animation frame is a full redraw: only animate when that is cheap (a few hundred
    // lines; 1,000 lines a pixel or more wide took 50 ms a frame to rasterise, zoomed in).
    network.focus(i, {scale: Math.max(network.getScale(), BIG ? 0.6 : 1.0),
                      animation: BIG || shownEdgeNums.length > 300 ? false : {duration: 300}});
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
      if (!degree[i]) b.append(" ", el("span", "no relations", "kg-alias"));
      b.addEventListener("click", function () { results.hidden = true; focusNode(i); });
      results.append(b);
    });
    if (q.trim() && !hits.length) results.append(el("div", "No entity matches.", "kg-hint"));
    results.hidden = !q.trim();
  }
  if (!SERVED) {
    input.addEventListener("input", showResults);
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") {
        var hits = search(input.value, 1);
        if (hits.length) { results.hidden = true; focusNode(hits[0]); }
      } else if (ev.key === "Escape") { results.hidden = true; }
    });
  }
  document.addEventListener("click", function (ev) {
    if (!$("kg-find").contains(ev.target)) results.hidden = true;
  });

  // ---- kg serve: the data comes from the store, a neighbourhood at a time ----------------------
  // The page starts with what it was given (nothing, for a store too large for one page); the
  // search box asks the server (GET SERVED.search?q=), and showing or expanding an entity fetches
  // its neighbourhood (GET SERVED.neighbourhood?entity=IRI&depth=) and merges it into what is
  // drawn: new entities placed from the server's layout of the neighbourhood, next to the entity
  // expanded, nothing already drawn moved. The answers are data like the page's own, shown the
  // same way (text only). Only this origin is fetched (the page's CSP: connect-src 'self').
  var loadedDepth = [], notes = [];  // per entity: the depth fetched around it, a note on it
  var iriIndex = new Map(), edgeIndexOf = new Map(), docIndex = new Map();
  if (SERVED) {
    DATA.nodes.forEach(function (n, i) { iriIndex.set(n.iri, i); });
    DATA.edges.forEach(function (e, j) { edgeIndexOf.set(e.from + " " + e.relation + " " + e.to, j); });
    DATA.docs.forEach(function (d, k) { docIndex.set(JSON.stringify([d.iri, d.source, d.title, d.kind]), k); });
  }
  var pending = 0;
  function api(kind, params) {
    var url = SERVED[kind] + "?" + new URLSearchParams(params).toString();
    return fetch(url, {headers: {"Accept": "application/json"}, credentials: "same-origin"}).then(function (r) {
      if (r.ok) return r.json();
      return r.text().then(function (t) { throw new Error(t || ("HTTP " + r.status)); });
    });
  }
  function busy(text) {
    pending += text ? 1 : -1;
    $("kg-lod").textContent = pending > 0 ? (text || "Loading\u2026") : "";
  }
  function failed(err) {
    panel.replaceChildren(el("p", "The server did not answer: " + (err && err.message || err), "kg-hint kg-error"));
  }
  // Fetch the neighbourhood of entity i (or of an IRI not drawn yet) and merge it.
  function fetchAround(i, depth, iri) {
    iri = iri || DATA.nodes[i].iri;
    busy("Fetching the neighbourhood of " + clip(i !== null && i !== undefined ? DATA.nodes[i].label : iri, 40) + "\u2026");
    return api("neighbourhood", {entity: iri, depth: depth}).then(function (part) {
      busy();
      var root = merge(part, iri);
      if (root === undefined) throw new Error("the store has no entity " + iri);
      loadedDepth[root] = Math.max(loadedDepth[root] || 0, depth);
      var shown = part.nodes.length - 1;
      notes[root] = part.found > part.nodes.length ?
        "Drawn: the " + num(shown) + " entities most linked to it, of " + num(part.found - 1) + " in reach." :
        (part.complete ? "" : "Some facts between its neighbours are left out: expand them to see theirs.");
      return root;
    }, function (err) { busy(); failed(err); throw err; });
  }
  // Where a fetched neighbourhood goes: its entity where it is drawn already (or where the server
  // put it, on an empty page), its other entities around it as the server laid them out, each
  // moved outwards from it until it keeps GAP from every entity drawn (beyond both their sizes).
  var GAP = 24, CELL = 120;
  function placement(part, anchorIri) {
    var a = -1;
    part.nodes.forEach(function (n, k) { if (n.iri === anchorIri) a = k; });
    if (!N || a < 0) return function (n) { return [n.x || 0, n.y || 0]; };
    var at = iriIndex.get(anchorIri), ax, ay, px = part.nodes[a].x || 0, py = part.nodes[a].y || 0;
    if (at === undefined) { ax = px; ay = py; } else { ax = body.nodes[at].x; ay = body.nodes[at].y; }
    var grid = new Map();
    function put(x, y, r) {
      var k = Math.floor(x / CELL) + "," + Math.floor(y / CELL);
      (grid.get(k) || grid.set(k, []).get(k)).push([x, y, r]);
    }
    function free(x, y, r) {
      var cx = Math.floor(x / CELL), cy = Math.floor(y / CELL);
      for (var dx = -1; dx <= 1; dx++) for (var dy = -1; dy <= 1; dy++) {
        var list = grid.get((cx + dx) + "," + (cy + dy)) || [];
        for (var k = 0; k < list.length; k++) {
          if (Math.hypot(list[k][0] - x, list[k][1] - y) < list[k][2] + r + GAP) return false;
        }
      }
      return true;
    }
    for (var i = 0; i < N; i++) if (body.nodes[i]) put(body.nodes[i].x, body.nodes[i].y, body.nodes[i].options.size || 10);
    return function (n) {
      var dx = (n.x || 0) - px, dy = (n.y || 0) - py, d = Math.hypot(dx, dy);
      if (d < 1) { dx = 1; dy = 0; d = 1; }
      var r = sizeFor(n.facts || 0), x = ax + dx, y = ay + dy;
      for (var step = 0; step < 60 && !free(x, y, r); step++) { x += dx / d * GAP; y += dy / d * GAP; }
      put(x, y, r);
      return [x, y];
    };
  }
  // Merge a neighbourhood (the page's data format) into the page; returns the id of anchorIri.
  function merge(part, anchorIri) {
    var place = placement(part, anchorIri), N0 = N, M0 = M, touched = new Set();
    var ids = part.nodes.map(function (n) {
      var id = iriIndex.get(n.iri);
      if (id !== undefined) {
        if (n.facts !== undefined) DATA.nodes[id].facts = n.facts;
        return id;
      }
      id = DATA.nodes.length;
      var xy = place(n);
      n.x = xy[0]; n.y = xy[1];
      delete n.c;  // communities are the static page's
      DATA.nodes.push(n);
      iriIndex.set(n.iri, id);
      return id;
    });
    var docs = part.docs.map(function (d) {
      var key = JSON.stringify([d.iri, d.source, d.title, d.kind]), k = docIndex.get(key);
      if (k === undefined) { k = DATA.docs.length; DATA.docs.push(d); docIndex.set(key, k); }
      return k;
    });
    part.edges.forEach(function (e) {
      var from = ids[e.from], to = ids[e.to], key = from + " " + e.relation + " " + to;
      if (edgeIndexOf.has(key)) return;
      edgeIndexOf.set(key, DATA.edges.length);
      DATA.edges.push({from: from, to: to, relation: e.relation, confidence: e.confidence,
        facts: e.facts.map(function (f) { return {evidence: f[0], doc: docs[f[1]], date: f[2], confidence: f[3]}; })});
      touched.add(from); touched.add(to);
      if (!(e.relation in relOn)) addRelation(e.relation);
    });
    N = DATA.nodes.length; M = DATA.edges.length;
    grow(N0, M0, touched);
    return iriIndex.get(anchorIri);
  }
  // Everything kept per entity and per edge, extended to the new ones (N0.., M0..).
  function grow(N0, M0, touched) {
    var i, j, newNodes = [], newEdges = [], resized = [];
    for (i = N0; i < N; i++) {
      var n = DATA.nodes[i];
      adj.push([]); degree.push(0); nodeShown.push(false); loadedDepth.push(0); notes.push("");
      names.push([n.label].concat(n.aliases).map(function (s) { return s.toLowerCase(); }));
      labelText.push(clip(n.label, MAX_LABEL));
      nodeShape.push((typeStyle[n.type] || {}).shape || "dot");
    }
    for (j = M0; j < M; j++) {
      var e = DATA.edges[j];
      adj[e.from].push(j);
      if (e.to !== e.from) adj[e.to].push(j);
      edgeDates.push(e.facts.map(function (f) { return f.date || ""; }).filter(function (d) { return d; }));
      edgeShown.push(false);
      edgeIds.push("e" + j);
      newEdges.push({id: "e" + j, from: e.from, to: e.to, relation: e.relation, title: tip});
    }
    for (i = 0; i < N; i++) degree[i] = adj[i].length;
    byDegree = DATA.nodes.map(function (n, i) { return i; });
    byDegree.sort(function (a, b) { return weight(b) - weight(a) || a - b; });
    for (i = N0; i < N; i++) {
      var item = {id: i, group: DATA.nodes[i].type, title: tip, size: nodeSize(i), x: DATA.nodes[i].x, y: DATA.nodes[i].y};
      newNodes.push(item);
    }
    for (i = 0; i < N0; i++) resized.push({id: i, size: nodeSize(i)});  // (relative to the largest)
    isolatedCount = degree.filter(function (d) { return !d; }).length;
    widths = widths.map(function (old) { var w = new Float64Array(N); w.set(old.subarray(0, Math.min(old.length, N))); return w; });
    index = null;
    indexPairs();
    BIG = N > 2000 || M > 4000;
    if (newNodes.length) nodes.add(newNodes);
    if (resized.length) nodes.update(resized);
    if (newEdges.length) edges.add(newEdges);
    measureNodes();
    updateCounts();
    $("kg-isolated-count").textContent = num(isolatedCount);
  }
  function openEntity(iri) {
    var i = iriIndex.get(iri);
    if (i !== undefined && loadedDepth[i]) { focusNode(i); return Promise.resolve(i); }
    return fetchAround(i === undefined ? null : i, 1, iri).then(function (root) {
      if (view) { view = null; history = []; $("kg-back").hidden = true; }
      computeShown(); installShown(); updateStatus();
      fitShown();
      focusNode(root);
      return root;
    });
  }
  if (SERVED) {
    var asked = 0, lastHits = [], searching = null;
    var serverSearch = function (q) {
      var n = ++asked;
      searching = api("search", {q: q, limit: 15}).then(function (answer) {
        if (n !== asked) return lastHits;  // an older answer: the box has changed since
        lastHits = answer.results;
        results.replaceChildren();
        answer.results.forEach(function (hit) {
          var b = el("button", hit.label);
          b.type = "button"; b.setAttribute("role", "option"); b.dataset.iri = hit.iri;
          if (hit.alias && hit.label.toLowerCase().indexOf(q.toLowerCase()) < 0) {
            b.append(" ", el("span", "(" + hit.alias + ")", "kg-alias"));
          }
          b.append(" ", el("span", hit.type + " \u00b7 " + num(hit.facts) + " relations", "kg-alias"));
          b.addEventListener("click", function () { results.hidden = true; openEntity(hit.iri); });
          results.append(b);
        });
        if (!answer.results.length) results.append(el("div", "No entity matches.", "kg-hint"));
        results.hidden = false;
        return lastHits;
      }, function (err) { failed(err); return []; });
      return searching;
    };
    var timer = null;
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (!q) { asked++; results.hidden = true; return; }
      timer = setTimeout(function () { serverSearch(q); }, 120);  // one request per pause in typing
    });
    input.addEventListener("keydown", function (ev) {
      if (ev.key === "Enter") {
        clearTimeout(timer);
        var q = input.value.trim();
        if (!q) return;
        serverSearch(q).then(function (hits) {
          results.hidden = true;
          if (hits.length) openEntity(hits[0].iri);
        });
      } else if (ev.key === "Escape") { results.hidden = true; }
    });
    network.on("doubleClick", function (p) { if (p.nodes.length) expand(p.nodes[0]); });
  }

  // ---- physics and view ----
  var physicsOn = DATA.physics, physicsButton = $("kg-physics");
  function setPhysics(on) {
    physicsOn = !!on;
    if (!physicsOn) { network.stopSimulation(); measureNodes(); }
    network.setOptions({physics: {enabled: physicsOn}});
    installShown();
    if (physicsOn) network.startSimulation();
    physicsButton.textContent = physicsOn ? "Freeze layout" : "Resume physics";
    physicsButton.setAttribute("aria-pressed", String(physicsOn));
  }
  physicsButton.textContent = physicsOn ? "Freeze layout" : "Resume physics";
  physicsButton.addEventListener("click", function () { setPhysics(!physicsOn); });
  $("kg-fit").addEventListener("click", fitShown);

  // "graph.html#communities" opens with the community colours on (a link, a screenshot).
  if (location.hash === "#communities") setCommunityColours(true);
  if (!N) panel.replaceChildren(el("p", "The graph is empty.", "kg-hint"));
  updateStatus();
  window.kgGraph = {network: network, nodes: nodes, edges: edges, data: DATA, search: search,
    focusNode: focusNode, selectNode: selectNode, focused: function () { return focus; }, selectEdge: selectEdge,
    clearSelection: clearSelection, setTypeVisible: setTypeVisible,
    setRelationVisible: setRelationVisible, setIsolatedVisible: setIsolatedVisible,
    setMinConfidence: setMinConfidence, setDateRange: setDateRange,
    setCommunityColours: setCommunityColours, showCommunity: showCommunity,
    nodeColour: function (i) { return body.nodes[i].options.color.background; },
    showNeighbourhood: showNeighbourhood, expand: expand, back: back,
    shownNodes: function () { return shownNodeIds.slice(); },
    shownEdges: function () { return shownEdgeNums.slice(); },
    labelBoxes: function () { return placed.map(function (b) { return {text: b.text, x: b.x, y: b.y, w: b.w, h: b.h, edge: !!b.edge}; }); },
    drawn: function () { return {lines: drawnLines, nodes: drawnNodes, labels: placed.length, hidden: hiddenLines, ink: Math.round(inkTotal)}; },
    setPhysics: setPhysics, physicsEnabled: function () { return physicsOn; },
    // kg serve's page: open an entity by IRI (fetching its neighbourhood), the depth fetched around one
    openEntity: openEntity, loadedDepth: function (i) { return loadedDepth[i] || 0; }};
})();
