// paperkg view: draws the graph with vis-network (physics off, positions from Python),
// and wires the legend, filters, search and details panel. Every piece of text from the
// graph goes into the page with textContent or as an attribute value, never as HTML.
(function () {
  "use strict";
  var data = JSON.parse(document.getElementById("paperkg-data").textContent);
  // papers are coloured by method family, or by cluster (paperkg viz --color-by cluster)
  var group = data.groups === "cluster" ? "cluster" : "family";
  if (group === "cluster") document.getElementById("groups-heading").textContent = "Clusters";
  var byId = {};
  data.nodes.forEach(function (n) { byId[n.id] = n; });
  var edgeById = {};
  data.edges.forEach(function (e) { edgeById[e.id] = e; });

  function el(tag, className, text) {
    var node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined && text !== null) node.textContent = String(text);
    return node;
  }

  function arxivLink(id) {
    var a = el("a", null, "arXiv:" + id);
    a.href = "https://arxiv.org/abs/" + encodeURIComponent(id).replace(/%2F/g, "/");
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }

  function nodeMeta(n) {
    var bits = [];
    if (n.kind === "paper") {
      bits.push(n.published || "date unknown");
      if (n.n_authors) bits.push(n.n_authors + (n.n_authors === 1 ? " author" : " authors"));
      if (n.upvotes !== null && n.upvotes !== undefined) bits.push(n.upvotes + " upvotes");
    } else {
      bits.push(n.kind === "external" ? "cited paper outside the corpus" : n.kind);
    }
    return bits.join(" · ");
  }

  function nodeTip(n) {
    var box = el("div", "tip");
    box.appendChild(el("div", "tip-title", n.title || n.name));
    box.appendChild(el("div", "tip-meta", nodeMeta(n)));
    if (n.arxiv) {
      var line = el("div", "tip-meta");
      line.appendChild(arxivLink(n.arxiv));
      box.appendChild(line);
    }
    if (n.families && n.families.length) box.appendChild(el("div", "tip-meta", group + ": " + n.families.join(", ")));
    var text = n.abstract || n.description;
    if (text) box.appendChild(el("div", "tip-text", text));
    return box;
  }

  function edgeTip(e) {
    var box = el("div", "tip");
    var head = e.kind + (e.relation ? " · " + e.relation : "") + (e.mutual ? " · mutual" : "");
    box.appendChild(el("div", "tip-title", head));
    var from = byId[e.from], to = byId[e.to];
    box.appendChild(el("div", "tip-meta", (from ? from.name : e.from) + " → " + (to ? to.name : e.to)));
    var bits = [];
    if (e.score !== null) bits.push("score " + e.score + (e.rank !== null ? " (rank " + e.rank + ")" : ""));
    if (e.confidence !== null) bits.push("confidence " + e.confidence);
    if (e.via) bits.push("via " + e.via);
    if (bits.length) box.appendChild(el("div", "tip-meta", bits.join(" · ")));
    if (e.shared && e.shared.length) box.appendChild(el("div", "tip-meta", "shared: " + e.shared.join(", ")));
    if (e.evidence) box.appendChild(el("div", "tip-text", "“" + e.evidence + "”"));
    return box;
  }

  var styles = {};
  data.kinds.forEach(function (k) { styles[k.kind] = k; });
  var bigGraph = data.nodes.length > 1000;
  // Kinds that start switched off (similarity and shared family/dataset: a haze over the arrows).
  var kindOn = {};
  data.kinds.forEach(function (k) { kindOn[k.kind] = data.hidden_kinds.indexOf(k.kind) < 0; });
  var layout = data.layout === "timeline" ? "timeline" : "map";
  function at(n) { return layout === "timeline" ? { x: n.tx, y: n.ty } : { x: n.x, y: n.y }; }
  // Labels keep one size on screen whatever the zoom; which ones show is decided by declutter().
  var LABEL_PX = 13, LABEL_BUDGET = 80;
  function labelFont(size) {
    return { size: size, color: "#111827", strokeWidth: 3, strokeColor: "#ffffff" };
  }

  var visNodes = new vis.DataSet(data.nodes.map(function (n) {
    var p = at(n);
    return {
      id: n.id, label: "", x: p.x, y: p.y, size: n.size, shape: n.shape,
      color: { background: n.color, border: n.kind === "paper" ? "#ffffff" : n.color,
               highlight: { background: n.color, border: "#111827" } },
      borderWidth: n.kind === "paper" ? 1 : 0,
      font: labelFont(LABEL_PX),
      title: nodeTip(n),
    };
  }));
  var visEdges = new vis.DataSet(data.edges.map(function (e) {
    var s = styles[e.kind];
    e.hidden = !kindOn[e.kind];
    return {
      id: e.id, from: e.from, to: e.to, width: s.width, hidden: e.hidden,
      color: { color: s.color, highlight: "#111827", hover: "#111827", inherit: false },
      dashes: s.dashes.length ? s.dashes : false,
      arrows: { to: { enabled: s.arrow, scaleFactor: e.kind === "BUILDS_ON" ? 0.8 : 0.6 } },
      title: edgeTip(e),
    };
  }));

  var options = {
    autoResize: true,
    physics: { enabled: false },
    layout: { improvedLayout: false, randomSeed: 0 },
    edges: { smooth: false, selectionWidth: 1.5 },
    nodes: { scaling: { label: { enabled: false, drawThreshold: 9 } } },
    interaction: {
      hover: !bigGraph, tooltipDelay: 120, hideEdgesOnDrag: bigGraph, hideEdgesOnZoom: bigGraph,
      navigationButtons: false, keyboard: false, multiselect: false,
    },
  };
  var container = document.getElementById("network");
  var network = new vis.Network(container, { nodes: visNodes, edges: visEdges }, options);
  var state = { drawnAt: null };
  network.once("afterDrawing", function () { state.drawnAt = performance.now(); });

  // --- heading and summary ------------------------------------------------------
  document.getElementById("heading").textContent = data.title;
  var summary = document.getElementById("summary");
  function summarise(visible) {
    var text = data.nodes.length + " nodes, " + data.edges.length + " edges";
    if (data.left_out > 0) {
      text += "; " + data.left_out + " of " + data.candidates +
        " nodes left out (the least important by PageRank; raise --max-nodes to see them)";
    }
    if (visible && (visible.nodes !== data.nodes.length || visible.edges !== data.edges.length)) {
      text += ". Filters show " + visible.nodes + " nodes and " + visible.edges + " edges.";
    }
    summary.textContent = text;
  }

  // --- legends that are also filters ---------------------------------------------
  var familyOn = {}, noFamilyOn = true;
  function checkbox(parent, id, checked, onChange) {
    var label = el("label");
    var box = el("input");
    box.type = "checkbox";
    box.checked = checked;
    box.id = id;
    box.addEventListener("change", function () { onChange(box.checked); applyFilters(); });
    label.appendChild(box);
    parent.appendChild(label);
    return label;
  }
  function lineSample(k) {
    var svgNS = "http://www.w3.org/2000/svg";
    var svg = document.createElementNS(svgNS, "svg");
    svg.setAttribute("width", "34");
    svg.setAttribute("height", "10");
    svg.setAttribute("class", "line");
    var line = document.createElementNS(svgNS, "line");
    line.setAttribute("x1", "1"); line.setAttribute("y1", "5");
    line.setAttribute("x2", k.arrow ? "26" : "33"); line.setAttribute("y2", "5");
    line.setAttribute("stroke", k.color);
    line.setAttribute("stroke-width", String(Math.max(1.5, k.width)));
    if (k.dashes.length) line.setAttribute("stroke-dasharray", k.dashes.join(" "));
    svg.appendChild(line);
    if (k.arrow) {
      var head = document.createElementNS(svgNS, "polygon");
      head.setAttribute("points", "26,1 33,5 26,9");
      head.setAttribute("fill", k.color);
      svg.appendChild(head);
    }
    return svg;
  }
  var kindsBox = document.getElementById("kinds");
  data.kinds.forEach(function (k) {
    var label = checkbox(kindsBox, "kind-" + k.kind, kindOn[k.kind], function (on) { kindOn[k.kind] = on; });
    label.appendChild(lineSample(k));
    label.appendChild(el("span", null, k.label));
    label.appendChild(el("span", "count", k.count));
  });
  if (!data.kinds.length) kindsBox.appendChild(el("p", null, "none in this view"));

  var familiesBox = document.getElementById("families");
  data.families.forEach(function (f, i) {
    familyOn[f.name] = true;
    var label = checkbox(familiesBox, "family-" + i, true, function (on) { familyOn[f.name] = on; });
    label.dataset.family = f.name;
    var dot = el("span", "swatch");
    dot.style.background = f.color;
    label.appendChild(dot);
    label.appendChild(el("span", null, f.name));
    label.appendChild(el("span", "count", f.count));
  });
  var withoutFamily = data.nodes.filter(function (n) { return n.kind === "paper" && !n.families.length; }).length;
  if (withoutFamily) {
    var label = checkbox(familiesBox, "family-none", true, function (on) { noFamilyOn = on; });
    var dot = el("span", "swatch");
    dot.style.background = "#94a3b8";
    label.appendChild(dot);
    label.appendChild(el("span", null, "no " + group));
    label.appendChild(el("span", "count", withoutFamily));
  }

  var shapesBox = document.getElementById("shapes");
  var kindsPresent = {};
  data.nodes.forEach(function (n) { kindsPresent[n.kind] = (kindsPresent[n.kind] || 0) + 1; });
  var shapeLegend = [
    ["paper", "●", "paper (size: influence, colour: " + group + ")"],
    ["external", "•", "cited paper outside the corpus"],
    ["method", "◆", "method"],
    ["dataset", "■", "dataset"],
    ["family", "★", "method family"],
    ["author", "▲", "author"],
    ["cluster", "⬢", "cluster"],
  ];
  var hubsOn = true;
  shapeLegend.forEach(function (row) {
    if (!kindsPresent[row[0]]) return;
    var line = el("label");
    line.appendChild(el("span", "shape", row[1]));
    line.appendChild(el("span", null, row[2]));
    line.appendChild(el("span", "count", kindsPresent[row[0]]));
    shapesBox.appendChild(line);
  });
  if (kindsPresent.method || kindsPresent.dataset || kindsPresent.family) {
    var hubs = checkbox(shapesBox, "hubs", true, function (on) { hubsOn = on; });
    hubs.appendChild(el("span", null, "show methods, datasets and families"));
  }

  // --- year range -----------------------------------------------------------------
  var years = data.nodes.filter(function (n) { return n.year !== null && n.year !== undefined; })
    .map(function (n) { return n.year; });
  var yearMin = document.getElementById("year-min"), yearMax = document.getElementById("year-max");
  var yearUnknown = document.getElementById("year-unknown");
  if (years.length) {
    yearMin.value = Math.min.apply(null, years);
    yearMax.value = Math.max.apply(null, years);
  }
  [yearMin, yearMax, yearUnknown].forEach(function (input) {
    input.addEventListener("change", applyFilters);
  });

  // --- filtering ------------------------------------------------------------------
  function nodeVisible(n, lo, hi) {
    if (n.kind === "method" || n.kind === "dataset") return hubsOn;
    if (n.kind === "family") return hubsOn && n.families.some(function (f) { return familyOn[f]; });
    if (n.kind === "external" || n.kind === "author") return true;
    if (n.year === null || n.year === undefined) { if (!yearUnknown.checked) return false; }
    else if ((lo !== null && n.year < lo) || (hi !== null && n.year > hi)) return false;
    if (!n.families.length) return noFamilyOn;
    return n.families.some(function (f) { return familyOn[f]; });
  }
  var lastVisible = { nodes: data.nodes.length, edges: data.edges.length };
  function applyFilters() {
    var lo = yearMin.value === "" ? null : Number(yearMin.value);
    var hi = yearMax.value === "" ? null : Number(yearMax.value);
    var shown = {}, nodeUpdates = [], edgeUpdates = [], counts = { nodes: 0, edges: 0 };
    data.nodes.forEach(function (n) {
      var on = nodeVisible(n, lo, hi);
      shown[n.id] = on;
      if (on) counts.nodes++;
      if (n.hidden !== !on) { n.hidden = !on; nodeUpdates.push({ id: n.id, hidden: !on }); }
    });
    data.edges.forEach(function (e) {
      var on = kindOn[e.kind] && shown[e.from] && shown[e.to];
      if (on) counts.edges++;
      if (!!e.hidden !== !on) { e.hidden = !on; edgeUpdates.push({ id: e.id, hidden: !on }); }
    });
    if (nodeUpdates.length) visNodes.update(nodeUpdates);
    if (edgeUpdates.length) visEdges.update(edgeUpdates);
    lastVisible = counts;
    summarise(counts);
    if (lineageOf !== null) highlightLineage(lineageOf);
    listPapers();
    declutter();
    return counts;
  }
  data.nodes.forEach(function (n) { n.hidden = false; });

  // --- labels: the most influential papers in view, never two overlapping ----------
  var labelOrder = data.nodes.slice().sort(function (a, b) {
    var pa = a.kind === "paper" ? 1 : 0, pb = b.kind === "paper" ? 1 : 0;
    if (pa !== pb) return pb - pa;
    if (b.score !== a.score) return (b.score || 0) - (a.score || 0);
    return a.id < b.id ? -1 : 1;
  });
  var labelShown = {}, selectedId = null, hoveredId = null;
  function labelBox(n, pos, scale) {
    var p = network.canvasToDOM(pos);
    var w = n.label.length * LABEL_PX * 0.62 + 8, h = LABEL_PX + 6, r = (n.size || 8) * scale;
    return [p.x - w / 2, p.y + r, p.x + w / 2, p.y + r + h];
  }
  function declutter() {
    var scale = network.getScale(), pos = network.getPositions();
    var width = container.clientWidth, height = container.clientHeight;
    var boxes = [], updates = [], shown = 0, font = labelFont(LABEL_PX / scale);
    var first = [selectedId, hoveredId].filter(function (id) { return id !== null && byId[id]; })
      .map(function (id) { return byId[id]; });
    first.concat(labelOrder).forEach(function (n) {
      if (n.__seen === declutter.round) return;
      n.__seen = declutter.round;
      var want = false;
      if (!n.hidden && n.label && pos[n.id] && (shown < LABEL_BUDGET || first.indexOf(n) >= 0)) {
        var box = labelBox(n, pos[n.id], scale);
        var onScreen = box[0] >= 0 && box[2] <= width && box[1] >= 0 && box[3] <= height;
        var free = !boxes.some(function (b) {
          return box[0] < b[2] && b[0] < box[2] && box[1] < b[3] && b[1] < box[3];
        });
        if (onScreen && free) { boxes.push(box); shown++; want = true; }
      }
      if (want) updates.push({ id: n.id, label: n.label, font: font });
      else if (labelShown[n.id]) updates.push({ id: n.id, label: "" });
      labelShown[n.id] = want;
    });
    declutter.round++;
    if (updates.length) visNodes.update(updates);
  }
  declutter.round = 1;
  var declutterTimer = null;
  function declutterSoon() {
    if (declutterTimer !== null) clearTimeout(declutterTimer);
    declutterTimer = setTimeout(function () { declutterTimer = null; declutter(); }, 120);
  }
  network.on("zoom", declutterSoon);
  network.on("dragEnd", declutterSoon);
  network.on("resize", declutterSoon);
  network.on("hoverNode", function (params) { hoveredId = params.node; declutter(); });
  network.on("blurNode", function () { hoveredId = null; declutter(); });

  // --- the timeline's year axis ------------------------------------------------------
  var axisTop = null;
  data.nodes.forEach(function (n) {
    if (n.kind === "paper" && (axisTop === null || n.ty < axisTop)) axisTop = n.ty;
  });
  network.on("beforeDrawing", function (ctx) {
    if (layout !== "timeline" || axisTop === null) return;
    var scale = network.getScale();
    ctx.save();
    ctx.fillStyle = "#6b7280";
    ctx.textAlign = "center";
    ctx.font = "600 " + (14 / scale) + "px system-ui, sans-serif";
    data.axis.forEach(function (tick) {
      ctx.fillText(String(tick.year), tick.x, axisTop - 40);
    });
    ctx.restore();
  });

  // --- layout: the map or the timeline ---------------------------------------------
  // Fit the view, but a handful of papers is drawn at up to twice their size, not as specks.
  function fitAll() { network.fit({ animation: false, maxZoomLevel: 2 }); }
  function setLayout(name) {
    layout = name === "timeline" ? "timeline" : "map";
    document.getElementById("layout-" + layout).checked = true;
    visNodes.update(data.nodes.map(function (n) { var p = at(n); return { id: n.id, x: p.x, y: p.y }; }));
    fitAll();
    declutter();
  }
  ["map", "timeline"].forEach(function (name) {
    var radio = document.getElementById("layout-" + name);
    radio.checked = name === layout;
    radio.addEventListener("change", function () { if (radio.checked) setLayout(name); });
  });

  // --- a clicked paper's lineage: what it builds on (up) and what builds on it (down) ---
  var up = {}, down = {};
  data.edges.forEach(function (e) {
    if (e.kind !== "BUILDS_ON" && e.kind !== "CITES") return;
    (up[e.from] = up[e.from] || []).push(e);
    (down[e.to] = down[e.to] || []).push(e);
  });
  function walk(start, links, next) {
    var seen = {}, edges = {}, frontier = [start];
    seen[start] = true;
    while (frontier.length) {
      var further = [];
      frontier.forEach(function (id) {
        (links[id] || []).forEach(function (e) {
          if (e.hidden) return;
          edges[e.id] = true;
          var other = next(e);
          if (!seen[other]) { seen[other] = true; further.push(other); }
        });
      });
      frontier = further;
    }
    delete seen[start];
    return { nodes: seen, edges: edges };
  }
  var lineageOf = null, dimmed = false;
  function highlightLineage(id) {
    var upward = walk(id, up, function (e) { return e.to; });
    var downward = walk(id, down, function (e) { return e.from; });
    var inLine = {}, edgeIn = {};
    inLine[id] = true;
    [upward, downward].forEach(function (w) {
      Object.keys(w.nodes).forEach(function (k) { inLine[k] = true; });
      Object.keys(w.edges).forEach(function (k) { edgeIn[k] = true; });
    });
    lineageOf = id;
    dimmed = true;
    visNodes.update(data.nodes.map(function (n) { return { id: n.id, opacity: inLine[n.id] ? 1 : 0.15 }; }));
    visEdges.update(data.edges.map(function (e) {
      var s = styles[e.kind];
      return { id: e.id, color: { color: s.color, opacity: edgeIn[e.id] ? 1 : 0.08,
                                  highlight: "#111827", hover: "#111827", inherit: false },
               width: edgeIn[e.id] ? s.width * 1.6 : s.width };
    }));
    return { up: Object.keys(upward.nodes).length, down: Object.keys(downward.nodes).length };
  }
  function clearLineage() {
    if (!dimmed) return;
    lineageOf = null;
    dimmed = false;
    visNodes.update(data.nodes.map(function (n) { return { id: n.id, opacity: 1 }; }));
    visEdges.update(data.edges.map(function (e) {
      var s = styles[e.kind];
      return { id: e.id, color: { color: s.color, opacity: 1, highlight: "#111827", hover: "#111827", inherit: false },
               width: s.width };
    }));
  }

  // --- the list of papers in view, sortable, that selects a paper ---------------------
  var paperList = document.getElementById("papers"), sortBy = document.getElementById("sort");
  var paperCount = document.getElementById("paper-count");
  var papers = data.nodes.filter(function (n) { return n.kind === "paper"; });
  var sorters = {
    influence: function (a, b) { return (b.score || 0) - (a.score || 0) || (a.name < b.name ? -1 : 1); },
    year: function (a, b) {
      var ya = a.published || "", yb = b.published || "";
      if (!a.year !== !b.year) return a.year ? -1 : 1;
      return ya < yb ? 1 : ya > yb ? -1 : (a.name < b.name ? -1 : 1);
    },
    label: function (a, b) {
      var la = a.name.toLowerCase(), lb = b.name.toLowerCase();
      return la < lb ? -1 : la > lb ? 1 : 0;
    },
  };
  function listPapers() {
    var shown = papers.filter(function (n) { return !n.hidden; }).sort(sorters[sortBy.value] || sorters.influence);
    paperCount.textContent = "(" + shown.length + ")";
    var items = shown.map(function (n) {
      var item = el("li", n.id === selectedId ? "selected" : null);
      item.dataset.id = n.id;
      item.appendChild(el("span", "name", n.name));
      item.appendChild(el("span", "year", n.year || "?"));
      item.title = n.name;
      item.addEventListener("click", function () { focusNode(n.id); });
      return item;
    });
    paperList.replaceChildren.apply(paperList, items);
  }
  sortBy.addEventListener("change", listPapers);

  // --- details of the selected node -----------------------------------------------
  var details = document.getElementById("details"), detailsBody = document.getElementById("details-body");
  function showDetails(id) {
    var n = byId[id];
    detailsBody.replaceChildren();
    selectedId = n ? id : null;
    Array.prototype.forEach.call(paperList.children, function (item) {
      item.className = item.dataset.id === selectedId ? "selected" : "";
    });
    if (!n) { details.hidden = true; clearLineage(); declutter(); return; }
    details.hidden = false;
    var line = highlightLineage(id);
    detailsBody.appendChild(el("p", "title", n.title || n.name));
    detailsBody.appendChild(el("p", "meta", nodeMeta(n)));
    if (n.families.length) detailsBody.appendChild(el("p", "meta", group + ": " + n.families.join(", ")));
    if (n.arxiv) { var p = el("p"); p.appendChild(arxivLink(n.arxiv)); detailsBody.appendChild(p); }
    if (line.up || line.down) {
      detailsBody.appendChild(el("p", "meta", "lineage highlighted: builds on " + line.up +
        (line.up === 1 ? " paper" : " papers") + ", " + line.down + " build on it"));
    }
    var text = n.abstract || n.description;
    if (text) detailsBody.appendChild(el("p", null, text));
    detailsBody.appendChild(el("p", "meta", n.id));
    declutter();
  }
  network.on("selectNode", function (params) { showDetails(params.nodes[0]); });
  network.on("deselectNode", function () { showDetails(null); });

  // --- find a paper by title --------------------------------------------------------
  var search = document.getElementById("search"), results = document.getElementById("results");
  function fold(text) { return String(text || "").toLowerCase().normalize("NFKD").replace(/[\u0300-\u036f]/g, ""); }
  var haystack = data.nodes.map(function (n) {
    return { id: n.id, text: fold([n.title, n.name, n.id, n.arxiv].join(" ")) };
  });
  function focusNode(id) {
    var n = byId[id];
    if (n && n.hidden) return false;
    network.selectNodes([id]);
    network.focus(id, { scale: 1.2, animation: false });
    showDetails(id);
    return true;
  }
  function find(text) {
    var words = fold(text).split(/\s+/).filter(Boolean);
    if (!words.length) return [];
    return haystack.filter(function (h) {
      return words.every(function (w) { return h.text.indexOf(w) >= 0; });
    }).slice(0, 20).map(function (h) { return h.id; });
  }
  function showResults() {
    results.replaceChildren();
    find(search.value).forEach(function (id) {
      var item = el("li", null, byId[id].title || byId[id].name);
      if (byId[id].hidden) {
        item.appendChild(el("span", "count", " (hidden by the filters)"));
      }
      item.dataset.id = id;
      item.addEventListener("click", function () { focusNode(id); });
      results.appendChild(item);
    });
  }
  search.addEventListener("input", showResults);
  search.addEventListener("keydown", function (event) {
    if (event.key === "Enter") {
      var first = find(search.value)[0];
      if (first !== undefined) focusNode(first);
    }
  });

  summarise(null);
  applyFilters();
  if (data.root && byId[data.root]) {
    network.selectNodes([data.root]);
    showDetails(data.root);
  }
  fitAll();
  network.once("afterDrawing", function () { setTimeout(declutter, 0); });
  window.paperkg = {
    network: network,
    nodes: visNodes,
    edges: visEdges,
    data: data,
    state: state,
    applyFilters: applyFilters,
    find: find,
    focusNode: focusNode,
    setLayout: setLayout,
    declutter: declutter,
    listPapers: listPapers,
    labelled: function () { return Object.keys(labelShown).filter(function (k) { return labelShown[k]; }); },
    visible: function () { return lastVisible; },
  };
})();
