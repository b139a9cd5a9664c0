// The analyst's desk. Every piece of report text reaches the page through textContent (el() below), never
// innerHTML: reports are untrusted input. Leaflet is given DOM nodes, not strings, for the same reason.
"use strict";
(function () {
  const COLOURS = {
    "Explosions/Remote violence": "#d84315", "Battles": "#f9a825", "Violence against civilians": "#6a1b9a",
    "Strategic developments": "#1565c0", "Protests": "#2e7d32", "Riots": "#6d4c41"
  };
  const PAGE = 50;
  const state = { filters: {}, brush: null, bucket: "day", offset: 0, bounds: null, duplicates: new Map(), fitted: false };

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (v === null || v === undefined) continue;
      if (k === "class") node.className = v; else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children) {
      if (c === null || c === undefined) continue;
      node.appendChild(typeof c === "string" || typeof c === "number" ? document.createTextNode(String(c)) : c);
    }
    return node;
  }
  const svg = (tag, attrs) => {
    const n = document.createElementNS("http://www.w3.org/2000/svg", tag);
    for (const [k, v] of Object.entries(attrs)) n.setAttribute(k, v);
    return n;
  };
  const show = (value) => value === null || value === undefined || value === "" ? "–" : String(value);

  function params(opts) {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(state.filters)) if (v) p.set(k, v);
    if (opts.brush && state.brush) {
      p.set("since", state.brush.since);
      p.set("until", state.brush.until);
    }
    if (opts.bbox && state.bounds) p.set("bbox", state.bounds);
    for (const [k, v] of Object.entries(opts.extra || {})) p.set(k, v);
    return p;
  }

  async function api(path) {
    const r = await fetch(path);
    const body = await r.json();
    if (!r.ok) throw new Error(body.error || ("HTTP " + r.status));
    return body;
  }

  function report(err) {
    const box = document.getElementById("error");
    box.textContent = String(err.message || err);
    box.hidden = false;
  }

  // ---- map ----
  const map = L.map("map", { worldCopyJump: true, minZoom: 2, maxZoom: 18 }).setView([32, 42], 5);
  const outlines = L.geoJSON(null, { style: () => ({ className: "country-outline" }), interactive: false });
  fetch("/countries-110m.geojson").then((r) => r.json()).then((g) => { outlines.addData(g); outlines.bringToBack(); });
  outlines.addTo(map);
  const clusters = L.markerClusterGroup({ maxClusterRadius: 40, showCoverageOnHover: false });
  map.addLayer(clusters);

  function useTiles(url) {
    // A tile server is optional; when it does not answer, the bundled outlines stay the base map.
    const tiles = L.tileLayer(url, { maxZoom: 18, attribution: "tiles: " + new URL(url).host });
    let loaded = false;
    tiles.on("tileload", () => { loaded = true; });
    tiles.on("tileerror", () => { if (!loaded) map.removeLayer(tiles); });
    tiles.addTo(map);
  }

  function legend() {
    const box = document.getElementById("legend");
    for (const [name, colour] of Object.entries(COLOURS)) box.appendChild(el("span", { style: "--c:" + colour }, name));
    box.appendChild(el("span", { class: "hint" }, "marker size: fatalities"));
  }

  async function loadMarkers() {
    const body = await api("/api/events?" + params({ brush: true, extra: { view: "brief", limit: 10000 } }));
    clusters.clearLayers();
    const markers = [];
    for (const e of body.events) {
      if (e.latitude === null || e.longitude === null) continue;
      const m = L.circleMarker([e.latitude, e.longitude], {
        radius: 6 + Math.min(14, Math.sqrt(e.fatalities || 0) * 2.5), color: "#263238", weight: 1,
        fillColor: COLOURS[e.event_type] || "#555", fillOpacity: 0.85, className: "event-marker"
      });
      m.bindTooltip(el("span", {}, show(e.date) + " · " + e.sub_event_type + " · " + show(e.location)));
      m.on("click", () => openEvent(e.id));
      markers.push(m);
    }
    clusters.addLayers(markers);
    document.getElementById("map").dataset.markers = String(markers.length);
    if (!state.fitted && markers.length) {
      state.fitted = true;
      map.fitBounds(L.featureGroup(markers).getBounds().pad(0.3), { maxZoom: 7 });
    }
  }

  // ---- table ----
  async function loadTable() {
    const body = await api("/api/events?" + params({ brush: true, bbox: true,
      extra: { view: "brief", limit: PAGE, offset: state.offset } }));
    const tbody = document.querySelector("#events tbody");
    tbody.replaceChildren();
    for (const e of body.events) {
      const dup = state.duplicates.get(e.id);
      tbody.appendChild(el("tr", { "data-id": e.id, onclick: () => openEvent(e.id) },
        el("td", dup ? { class: "dup", title: "possible duplicate of " + dup.join(", ") } : {}, dup ? "⚠" : ""),
        el("td", {}, show(e.date)), el("td", {}, e.sub_event_type), el("td", {}, show(e.actor1)),
        el("td", {}, show(e.actor2)), el("td", {}, show(e.location) + (e.country ? ", " + e.country : "")),
        el("td", {}, show(e.fatalities)), el("td", {}, e.status)));
    }
    const last = Math.min(body.total, state.offset + body.events.length);
    document.getElementById("summary").textContent = body.total + " events in the map view"
      + (state.brush ? " from " + state.brush.since + " to " + state.brush.until : "")
      + (body.total ? " (showing " + (state.offset + 1) + "–" + last + ")" : "");
    document.getElementById("page").textContent = body.total ? (state.offset / PAGE + 1) + " / " + Math.ceil(body.total / PAGE) : "";
    document.getElementById("prev").disabled = state.offset === 0;
    document.getElementById("next").disabled = last >= body.total;
  }

  async function loadDuplicates() {
    state.duplicates = new Map();
    try {
      const body = await api("/api/duplicates?" + params({ brush: true }));
      for (const p of body.pairs) {
        for (const [x, y] of [[p.a, p.b], [p.b, p.a]]) {
          if (!state.duplicates.has(x.id)) state.duplicates.set(x.id, []);
          state.duplicates.get(x.id).push(y.id);
        }
      }
    } catch (err) { /* a view too large to search: no warnings, the rest of the page works */ }
  }

  // ---- timeline ----
  let bars = [];
  async function loadTimeline() {
    const body = await api("/api/timeline?" + params({ bbox: true, extra: { bucket: state.bucket } }));
    bars = body.buckets;
    drawTimeline();
  }

  function drawTimeline() {
    const box = document.getElementById("histogram");
    box.replaceChildren();
    const width = box.clientWidth || 600, height = box.clientHeight || 110, pad = 14;
    box.setAttribute("viewBox", "0 0 " + width + " " + height);
    if (!bars.length) return;
    const day = 86400000, step = state.bucket === "week" ? 7 : 1;
    const t0 = Date.parse(bars[0].start), t1 = Date.parse(bars[bars.length - 1].start) + step * day;
    const max = Math.max(...bars.map((b) => b.events));
    const x = (t) => ((t - t0) / (t1 - t0)) * (width - 2) + 1;
    box.dataset.t0 = String(t0); box.dataset.t1 = String(t1);
    for (const b of bars) {
      const t = Date.parse(b.start), h = Math.max(2, (b.events / max) * (height - pad - 4));
      const inBrush = state.brush && b.start >= state.brush.since && b.start <= state.brush.until;
      const r = svg("rect", { class: "bar" + (inBrush ? " in" : ""), x: x(t), y: height - pad - h,
        width: Math.max(1, x(t + step * day) - x(t) - 1), height: h, "data-start": b.start, "data-events": b.events });
      r.appendChild(svg("title", {})).textContent = b.start + ": " + b.events + " events";
      box.appendChild(r);
    }
    const first = svg("text", { x: 2, y: height - 2 }); first.textContent = bars[0].start; box.appendChild(first);
    const last = svg("text", { x: width - 2, y: height - 2, "text-anchor": "end" });
    last.textContent = bars[bars.length - 1].start; box.appendChild(last);
  }

  function brushing() {
    const box = document.getElementById("histogram");
    let startX = null, rect = null;
    const toDate = (px) => {
      const t0 = Number(box.dataset.t0), t1 = Number(box.dataset.t1), w = box.clientWidth || 600;
      const t = t0 + (Math.min(Math.max(px, 0), w) / w) * (t1 - t0);
      return new Date(t).toISOString().slice(0, 10);
    };
    const px = (ev) => ev.clientX - box.getBoundingClientRect().left;
    box.addEventListener("mousedown", (ev) => {
      if (!bars.length) return;
      startX = px(ev);
      rect = svg("rect", { class: "brush", x: startX, y: 0, width: 0, height: box.clientHeight || 110 });
      box.appendChild(rect);
    });
    window.addEventListener("mousemove", (ev) => {
      if (startX === null) return;
      const now = px(ev);
      rect.setAttribute("x", Math.min(startX, now));
      rect.setAttribute("width", Math.abs(now - startX));
    });
    window.addEventListener("mouseup", (ev) => {
      if (startX === null) return;
      const a = startX, b = px(ev);
      startX = null;
      if (Math.abs(b - a) < 3) { drawTimeline(); return; }
      let since = toDate(Math.min(a, b)), until = toDate(Math.max(a, b));
      if (state.bucket === "week") { // a week's bar covers its seven days
        const end = new Date(Date.parse(until) + 6 * 86400000);
        until = end.toISOString().slice(0, 10);
      }
      setBrush({ since, until });
    });
  }

  function setBrush(brush) {
    state.brush = brush;
    state.offset = 0;
    document.getElementById("brush-label").textContent = brush ? "time filter: " + brush.since + " to " + brush.until
      : "drag across the bars to filter by time";
    document.getElementById("brush-clear").hidden = !brush;
    drawTimeline();
    refresh({ markers: true, table: true, timeline: false });
  }

  // ---- event panel ----
  const FIELDS = [
    ["sub_event_type", "Type", ["trigger", "type"]], ["date", "Date", ["date", "time"]],
    ["actor1", "Actor 1", ["actor1"]], ["actor2", "Actor 2", ["actor2"]],
    ["location", "Location", ["place", "location"]], ["admin1", "Region", []], ["country", "Country", []],
    ["geo_precision", "Geo precision", []], ["weapon", "Weapon", ["weapon"]], ["status", "Status", ["claim"]],
    ["fatalities", "Fatalities", ["fatalities", "toll"]], ["injuries", "Injuries", ["injuries"]],
    ["outcome", "Outcome", ["outcome"]], ["notes", "Notes", []]
  ];

  function evidenceNode(ev) {
    const c = ev.context, s = ev.mark_start, e = ev.mark_end;
    return el("div", { class: "evidence", "data-field": ev.field },
      c.slice(0, s), el("mark", {}, c.slice(s, e)), c.slice(e),
      el("div", { class: "src" }, ev.field + " · report " + ev.report + " · sentence " + ev.sentence));
  }

  async function openEvent(id) {
    let body;
    try { body = await api("/api/events/" + encodeURIComponent(id)); } catch (err) { report(err); return; }
    const e = body.event, panel = document.getElementById("panel"), out = document.getElementById("panel-body");
    document.querySelectorAll("#events tr.selected").forEach((r) => r.classList.remove("selected"));
    const row = document.querySelector("#events tr[data-id=\"" + CSS.escape(id) + "\"]");
    if (row) row.classList.add("selected");
    out.replaceChildren();
    out.appendChild(el("h2", {}, e.sub_event_type + " · " + show(e.location) + " · " + show(e.date)));
    out.appendChild(el("div", { class: "src" }, "event " + e.id));
    if (body.possible_duplicates.length) {
      const warn = el("p", { class: "warning" }, "⚠ Possible duplicate of: ");
      for (const d of body.possible_duplicates) {
        warn.appendChild(el("a", { href: "#", onclick: (ev) => { ev.preventDefault(); openEvent(d.id); } },
          d.id + " (" + d.sub_event_type + ", " + show(d.date) + ")"));
        warn.appendChild(document.createTextNode(" "));
      }
      out.appendChild(warn);
    }
    const evidence = body.evidence_in_context.filter((x) => !x.claim);
    const used = new Set();
    const dl = el("dl", {});
    for (const [key, label, fields] of FIELDS) {
      const value = key === "geo_precision" && e[key] ? e[key] + " (1 site, 2 near, 3 region)" : e[key];
      const dd = el("dd", {}, show(value));
      evidence.forEach((x, i) => { if (fields.includes(x.field)) { used.add(i); dd.appendChild(evidenceNode(x)); } });
      dl.appendChild(el("dt", {}, label));
      dl.appendChild(dd);
    }
    out.appendChild(dl);
    const rest = evidence.filter((x, i) => !used.has(i));
    if (rest.length) {
      out.appendChild(el("h3", {}, "Other evidence"));
      rest.forEach((x) => out.appendChild(evidenceNode(x)));
    }
    out.appendChild(el("h3", {}, "Claims and confirmations"));
    const claims = body.evidence_in_context.filter((x) => x.claim);
    if (!e.claims.length) out.appendChild(el("p", {}, "None recorded."));
    e.claims.forEach((c, i) => {
      out.appendChild(el("div", { class: "claim" }, el("strong", {}, c.kind), " by " + c.by + " · " + show(c.date)
        + (c.channel ? " · " + c.channel : "")));
      if (claims[i]) out.appendChild(evidenceNode(claims[i]));
    });
    out.appendChild(el("h3", {}, "Sources"));
    const ul = el("ul", {});
    for (const r of body.reports) {
      const label = (r.outlet || "report") + (r.published ? " · " + r.published : "") + (r.title ? " · " + r.title : "");
      const safe = r.url && /^https?:\/\//i.test(r.url);
      ul.appendChild(el("li", {}, safe ? el("a", { href: r.url, target: "_blank", rel: "noopener noreferrer" }, label)
        : label, el("span", { class: "src" }, " " + r.id)));
    }
    out.appendChild(ul);
    out.appendChild(el("h3", {}, "History"));
    const hl = el("ol", {});
    for (const h of body.history) {
      hl.appendChild(el("li", {}, h.ingested_at.replace("T", " ").slice(0, 19) + " · report " + h.report
        + " · sentence " + h.sentence + " · “" + h.trigger + "”"));
    }
    if (!body.history.length) hl.appendChild(el("li", {}, "No mentions stored."));
    out.appendChild(hl);
    panel.hidden = false;
    panel.scrollIntoView({ block: "nearest" });
  }

  // ---- tallies ----
  async function loadTallies() {
    const body = await api("/api/tallies?limit=200");
    const box = document.getElementById("tally-list");
    box.replaceChildren();
    if (!body.tallies.length) box.appendChild(el("p", {}, "No tallies recorded."));
    for (const t of body.tallies) {
      const known = t.events_known, max = Math.max(t.count, known || 0, 1);
      box.appendChild(el("div", { class: "tally" },
        el("div", {}, el("strong", {}, t.qualifier + " " + t.count + " " + t.what),
          " · " + show(t.from) + " to " + show(t.to) + (t.where.length ? " · " + t.where.join(", ") : "")),
        el("div", { class: "src" }, (t.source || "") + (t.speaker ? " (" + t.speaker + ")" : "") + " · stated " + show(t.stated)),
        el("div", { class: "meter" }, el("div", { class: "official", style: "width:" + (t.count / max) * 60 + "%" }),
          "official " + t.count),
        el("div", { class: "meter" }, el("div", { class: "known", style: "width:" + ((known || 0) / max) * 60 + "%" }),
          "recorded " + (known === null ? "–" : known))));
    }
  }

  // ---- ingestion ----
  function ingestion() {
    const form = document.getElementById("ingest-form"), out = document.getElementById("ingest-result");
    // The token field has no name, so it never travels in the form data; it is kept for this tab only.
    const token = document.getElementById("ingest-token");
    token.value = sessionStorage.getItem("sitrep-token") || "";
    form.addEventListener("submit", async (ev) => {
      ev.preventDefault();
      out.textContent = "Ingesting…";
      sessionStorage.setItem("sitrep-token", token.value.trim());
      try {
        const r = await fetch("/api/ingest", { method: "POST", body: new FormData(form),
          headers: { "Authorization": "Bearer " + token.value.trim() } });
        const body = await r.json();
        out.textContent = r.ok ? body.lines.join("\n") : body.error;
        if (r.ok) { form.reset(); token.value = sessionStorage.getItem("sitrep-token"); refresh({ markers: true, table: true, timeline: true }); loadTallies(); }
      } catch (err) { out.textContent = String(err); }
    });
  }

  // ---- wiring ----
  async function refresh(what) {
    try {
      const exportQuery = params({ brush: true }).toString();
      document.querySelectorAll("#exports a").forEach((a) => {
        a.href = "/api/export/" + a.dataset.format + (exportQuery ? "?" + exportQuery : "");
      });
      if (what.markers) { await loadDuplicates(); await loadMarkers(); }
      if (what.table) await loadTable();
      if (what.timeline) await loadTimeline();
      document.getElementById("error").hidden = true;
    } catch (err) { report(err); }
    document.body.dataset.ready = String(Number(document.body.dataset.ready || 0) + 1);
  }

  function boundsParam() {
    const b = map.getBounds(), w = Math.max(-180, b.getWest()), e = Math.min(180, b.getEast());
    const s = Math.max(-90, b.getSouth()), n = Math.min(90, b.getNorth());
    // A view wider than the world needs no box.
    return e - w >= 360 || b.getEast() - b.getWest() >= 360 ? null : [w, s, e, n].map((v) => v.toFixed(4)).join(",");
  }

  async function main() {
    legend();
    brushing();
    const about = await api("/api/about");
    if (about.tiles) useTiles(about.tiles);
    document.getElementById("ingest").hidden = !about.ingest;
    if (about.ingest) ingestion();
    document.getElementById("filters").addEventListener("submit", (ev) => {
      ev.preventDefault();
      state.filters = Object.fromEntries(new FormData(ev.target).entries());
      state.offset = 0;
      refresh({ markers: true, table: true, timeline: true });
    });
    document.getElementById("filters").addEventListener("reset", () => {
      state.filters = {};
      state.offset = 0;
      setTimeout(() => refresh({ markers: true, table: true, timeline: true }), 0);
    });
    document.querySelectorAll("input[name=bucket]").forEach((r) => r.addEventListener("change", () => {
      state.bucket = r.value;
      refresh({ timeline: true });
    }));
    document.getElementById("brush-clear").addEventListener("click", () => setBrush(null));
    document.getElementById("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); refresh({ table: true }); });
    document.getElementById("next").addEventListener("click", () => { state.offset += PAGE; refresh({ table: true }); });
    document.getElementById("panel-close").addEventListener("click", () => { document.getElementById("panel").hidden = true; });
    await refresh({ markers: true });
    state.bounds = boundsParam();
    await refresh({ table: true, timeline: true });
    map.on("moveend", () => {
      state.bounds = boundsParam();
      state.offset = 0;
      refresh({ table: true, timeline: true });
    });
    loadTallies().catch(report);
    window.addEventListener("resize", drawTimeline);
  }
  window.sitrep = { map }; // a handle for the browser tests and the console
  main().catch(report);
})();
