// claimgraph explorer: the graph (Cytoscape.js), search, filters, positions
// table and the details panel. Plain ES2017; state is mirrored into the DOM
// (data-* attributes) so that tests and assistive tools can read it.
(function () {
  'use strict';

  var COLORS = {
    person: '#2f6db5', organization: '#7a4fb5', country: '#14857a', demand: '#c76a00',
    article: '#7b6a58', document: '#7b6a58',
    supports: '#1e7b34', rejects: '#b3261e', mentions: '#6b7280', none: '#9aa3ad'
  };
  var TYPE_NAMES = {
    person: 'Person', organization: 'Organisation', country: 'Country', demand: 'Demand',
    article: 'News article', document: 'Document', statement: 'Statement'
  };

  var state = { cy: null, demands: {}, selected: null, view: 'graph' };
  window.claimgraph = state; // for the console and the browser test

  function $(sel) { return document.querySelector(sel); }

  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') e.textContent = attrs[k];
      else if (k === 'class') e.className = attrs[k];
      else e.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) { if (c) e.appendChild(typeof c === 'string' ? document.createTextNode(c) : c); });
    return e;
  }

  async function getJSON(url) {
    var res = await fetch(url, { headers: { Accept: 'application/json' } });
    var body = await res.json();
    if (!res.ok) {
      var msg = body && body.error ? body.error : res.status + ' ' + res.statusText;
      if (body && body.near && body.near.length) msg += ' (did you mean ' + body.near.join(', ') + '?)';
      throw new Error(msg);
    }
    return body;
  }

  function showError(err) {
    var p = $('#error');
    p.textContent = err ? String(err.message || err) : '';
    p.hidden = !err;
  }

  function filters() {
    return {
      demand: $('#f-demand').value, stance: $('#f-stance').value,
      since: $('#f-since').value, until: $('#f-until').value
    };
  }

  function query(obj) {
    var parts = [];
    Object.keys(obj).forEach(function (k) { if (obj[k]) parts.push(encodeURIComponent(k) + '=' + encodeURIComponent(obj[k])); });
    return parts.length ? '?' + parts.join('&') : '';
  }

  // ---- graph ----------------------------------------------------------

  function elements(g) {
    var els = [];
    g.nodes.forEach(function (n) {
      var p = n.props || {};
      els.push({ data: {
        id: n.id, label: n.type === 'statement' ? '' : n.label, title: n.label, type: n.type,
        stance: p.stance || 'none', demand: p.demand || '', date: p.date || ''
      } });
    });
    g.edges.forEach(function (e) {
      els.push({ data: { id: e.from + ' ' + e.predicate + ' ' + e.to, source: e.from, target: e.to, predicate: e.predicate } });
    });
    return els;
  }

  var STYLE = [
    { selector: 'node', style: {
      'label': 'data(label)', 'font-size': 11, 'color': '#1d232a', 'text-valign': 'bottom', 'text-margin-y': 3,
      'text-outline-color': '#fff', 'text-outline-width': 2, 'width': 22, 'height': 22, 'min-zoomed-font-size': 7,
      'background-color': COLORS.none, 'border-width': 1, 'border-color': '#fff' } },
    { selector: 'node[type = "person"]', style: { 'background-color': COLORS.person, 'width': 28, 'height': 28 } },
    { selector: 'node[type = "organization"]', style: { 'background-color': COLORS.organization, 'shape': 'round-rectangle', 'width': 30, 'height': 24 } },
    { selector: 'node[type = "country"]', style: { 'background-color': COLORS.country, 'shape': 'round-rectangle', 'width': 30, 'height': 24 } },
    { selector: 'node[type = "demand"]', style: { 'background-color': COLORS.demand, 'shape': 'diamond', 'width': 30, 'height': 30, 'font-weight': 'bold' } },
    { selector: 'node[type = "article"], node[type = "document"]', style: { 'background-color': COLORS.document, 'shape': 'rectangle', 'width': 20, 'height': 24 } },
    { selector: 'node[type = "statement"]', style: { 'width': 12, 'height': 12 } },
    { selector: 'node[type = "statement"][stance = "supports"]', style: { 'background-color': COLORS.supports } },
    { selector: 'node[type = "statement"][stance = "rejects"]', style: { 'background-color': COLORS.rejects } },
    { selector: 'node[type = "statement"][stance = "mentions"]', style: { 'background-color': COLORS.mentions } },
    { selector: 'edge', style: { 'width': 1.2, 'line-color': '#b9c1ca', 'curve-style': 'bezier',
      'target-arrow-shape': 'triangle', 'target-arrow-color': '#b9c1ca', 'arrow-scale': 0.7 } },
    { selector: 'edge[predicate = "memberOf"]', style: { 'line-style': 'dashed' } },
    { selector: '.faded', style: { 'opacity': 0.15 } },
    { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f0b400' } },
    { selector: 'edge.path', style: { 'line-color': '#f0b400', 'target-arrow-color': '#f0b400', 'width': 3, 'opacity': 1 } },
    { selector: 'node.path', style: { 'border-width': 3, 'border-color': '#f0b400', 'opacity': 1 } }
  ];

  async function loadGraph() {
    var g = await getJSON('/api/graph');
    var cyEl = $('#cy');
    var cy = cytoscape({
      container: cyEl, elements: elements(g), style: STYLE,
      layout: { name: 'cose', animate: false, randomize: false, nodeRepulsion: function () { return 12000; },
        idealEdgeLength: function () { return 60; }, componentSpacing: 60, padding: 30 },
      wheelSensitivity: 0.3, minZoom: 0.1, maxZoom: 4
    });
    state.cy = cy;
    cy.on('tap', 'node', function (evt) { select(evt.target.id()); });
    cy.on('tap', function (evt) { if (evt.target === cy) clearSelection(); });
    cy.on('mouseover', 'node', function (evt) { cyEl.title = evt.target.data('title'); });
    cyEl.dataset.nodes = String(cy.nodes().length);
    cyEl.dataset.edges = String(cy.edges().length);
    cyEl.dataset.truncated = String(!!g.truncated);
    cyEl.dataset.ready = 'true';
  }

  // applyFilters hides statements that do not match and entities left
  // without a visible link; the counts go to the status line.
  function applyFilters() {
    var cy = state.cy;
    if (!cy) return;
    var f = filters();
    var active = f.demand || f.stance || f.since || f.until;
    cy.batch(function () {
      cy.nodes().style('display', 'element');
      if (!active) return;
      cy.nodes('[type = "statement"]').forEach(function (n) {
        var d = n.data();
        var ok = (!f.demand || d.demand === f.demand) && (!f.stance || d.stance === f.stance) &&
          (!f.since || (d.date && d.date >= f.since)) && (!f.until || (d.date && d.date <= f.until));
        if (!ok) n.style('display', 'none');
      });
      cy.nodes('[type != "statement"]').forEach(function (n) {
        var visible = n.neighborhood('node[type = "statement"]').filter(function (m) { return m.style('display') !== 'none'; });
        if (visible.length === 0 && !(f.demand && n.id() === f.demand)) n.style('display', 'none');
      });
    });
    var shown = cy.nodes().filter(function (n) { return n.style('display') !== 'none'; });
    var st = shown.filter('[type = "statement"]').length;
    $('#cy').dataset.visible = String(shown.length);
    $('#filter-status').textContent = active ? st + ' statements and ' + (shown.length - st) + ' entities match the filters.' : '';
  }

  function clearSelection() {
    if (!state.cy) return;
    state.cy.elements().removeClass('faded path').unselect();
  }

  function highlight(neighbourhood) {
    var cy = state.cy;
    if (!cy) return;
    var keep = {};
    neighbourhood.nodes.forEach(function (n) { keep[n.id] = true; });
    cy.batch(function () {
      cy.elements().removeClass('path');
      cy.nodes().forEach(function (n) { n.toggleClass('faded', !keep[n.id()]); });
      cy.edges().forEach(function (e) { e.toggleClass('faded', !(keep[e.source().id()] && keep[e.target().id()])); });
    });
  }

  // ---- details panel -----------------------------------------------------

  async function select(id) {
    showError(null);
    var panel = $('#panel');
    panel.setAttribute('aria-busy', 'true');
    try {
      var ans = await getJSON('/api/entity/' + encodeURIComponent(id) + '?depth=1');
      state.selected = id;
      renderPanel(ans);
      highlight(ans.neighbourhood);
      if (state.cy) {
        var n = state.cy.getElementById(id);
        if (n.length) { state.cy.nodes().unselect(); n.select(); }
      }
    } catch (err) {
      showError(err);
    } finally {
      panel.removeAttribute('aria-busy');
    }
  }

  function stanceBadge(stance, count) {
    var s = stance || 'none';
    return el('span', { class: 'badge ' + s, text: (stance || 'no demand') + (count ? ' ' + count : '') });
  }

  function demandLabel(id) { return state.demands[id] ? state.demands[id].label : id; }

  function renderPanel(ans) {
    var panel = $('#panel');
    panel.textContent = '';
    var node = ans.nodes[0];
    panel.dataset.entity = node.id;
    panel.appendChild(el('h2', { text: node.label }));
    panel.appendChild(el('p', { class: 'kind', text: (TYPE_NAMES[node.type] || node.type) + ' · ' + node.id }));
    var props = node.props || {};
    var dl = el('dl', { class: 'props' });
    ['alternateName', 'jobTitle', 'description', 'datePublished', 'url'].forEach(function (k) {
      if (!props[k]) return;
      dl.appendChild(el('dt', { text: k === 'alternateName' ? 'also' : k }));
      var dd = el('dd');
      if (k === 'url') dd.appendChild(el('a', { href: props[k], target: '_blank', rel: 'noopener noreferrer', text: props[k] }));
      else dd.textContent = props[k];
      dl.appendChild(dd);
    });
    if (dl.childNodes.length) panel.appendChild(dl);

    var sts = ans.statements;
    panel.appendChild(el('h3', { text: sts.length === 1 ? '1 statement' : sts.length + ' statements' }));
    var ol = el('ol', { class: 'statements' });
    sts.forEach(function (s) {
      var src = ans.sources[s.doc] || { title: s.doc };
      var link = src.url
        ? el('a', { href: src.url, target: '_blank', rel: 'noopener noreferrer', text: src.title })
        : el('span', { text: src.title });
      var about = s.demand ? [stanceBadge(s.stance), ' ', demandLabel(s.demand)] : [stanceBadge('')];
      ol.appendChild(el('li', { class: 'statement ' + (s.stance || 'none'), 'data-date': s.date }, [
        el('div', { class: 'meta' }, [el('strong', { text: s.speaker_name || s.speaker }), ' · ', s.date || 'undated']),
        el('div', null, about),
        el('blockquote', { text: s.quote }),
        el('div', { class: 'meta' }, ['Source: ', link, src.published ? ' (' + src.published + ')' : '', ' · ', s.source])
      ]));
    });
    panel.appendChild(ol);
    panel.appendChild(pathForm(node));
  }

  // pathForm asks how the selected entity connects to another one.
  function pathForm(node) {
    var input = el('input', { id: 'path-to', type: 'text', placeholder: 'a name or id, e.g. NATO', autocomplete: 'off' });
    var out = el('div', { id: 'path-result', 'aria-live': 'polite' });
    var form = el('form', { class: 'pathform', 'aria-label': 'Find connections' }, [
      el('h3', null, [el('label', { for: 'path-to', text: 'How is ' + node.label + ' connected to…' })]),
      input, ' ', el('button', { type: 'submit', text: 'Find paths' }), out
    ]);
    form.addEventListener('submit', async function (e) {
      e.preventDefault();
      var q = input.value.trim();
      if (!q) return;
      out.textContent = 'Searching…';
      try {
        var to = q;
        var hits = await getJSON('/api/entities' + query({ q: q, limit: 1 }));
        if (hits.length) to = hits[0].id;
        var ans = await getJSON('/api/path' + query({ from: node.id, to: to }));
        renderPaths(out, ans);
      } catch (err) { out.textContent = String(err.message || err); }
    });
    return form;
  }

  function renderPaths(out, ans) {
    out.textContent = '';
    if (!ans.paths.length) {
      out.appendChild(el('p', { text: 'No connection within 6 links.' }));
      return;
    }
    out.appendChild(el('p', { text: ans.paths.length + (ans.paths.length === 1 ? ' shortest path' : ' shortest paths') + ', ' + ans.length + ' links each:' }));
    var ol = el('ol', { class: 'paths' });
    var onPath = {};
    ans.paths.forEach(function (p) {
      var li = el('li');
      p.forEach(function (s, i) {
        onPath[s.node.id] = true;
        if (i > 0) li.appendChild(el('span', { class: 'link', text: s.reverse ? ' ← ' + s.predicate + ' — ' : ' — ' + s.predicate + ' → ' }));
        li.appendChild(el('span', { class: 'step ' + s.node.type, text: s.node.label }));
      });
      ol.appendChild(li);
    });
    out.appendChild(ol);
    var cy = state.cy;
    if (!cy) return;
    cy.batch(function () {
      cy.elements().removeClass('path');
      cy.nodes().forEach(function (n) { n.toggleClass('faded', !onPath[n.id()]); n.toggleClass('path', !!onPath[n.id()]); });
      cy.edges().forEach(function (e) {
        var on = onPath[e.source().id()] && onPath[e.target().id()];
        e.toggleClass('faded', !on);
        e.toggleClass('path', !!on);
      });
    });
    $('#cy').dataset.path = String(Object.keys(onPath).length);
  }

  // ---- search ------------------------------------------------------------

  function setupSearch() {
    var input = $('#search-input');
    var list = $('#search-results');
    var timer = null;
    var active = -1;

    function close() { list.hidden = true; input.setAttribute('aria-expanded', 'false'); input.removeAttribute('aria-activedescendant'); active = -1; }
    function mark(i) {
      var items = list.querySelectorAll('li');
      items.forEach(function (li, j) { li.setAttribute('aria-selected', String(i === j)); });
      active = i;
      if (items[i]) { input.setAttribute('aria-activedescendant', items[i].id); items[i].scrollIntoView({ block: 'nearest' }); }
    }
    function choose(id) { close(); input.value = ''; setView('graph'); select(id); }

    async function run() {
      var q = input.value.trim();
      if (!q) { close(); return; }
      try {
        var hits = await getJSON('/api/entities' + query({ q: q, limit: 12 }));
        list.textContent = '';
        hits.forEach(function (h, i) {
          var li = el('li', { id: 'hit-' + i, role: 'option', 'aria-selected': 'false', 'data-id': h.id },
            [el('span', { text: h.label }), el('span', { class: 'type', text: TYPE_NAMES[h.type] || h.type })]);
          li.addEventListener('mousedown', function (e) { e.preventDefault(); choose(h.id); });
          list.appendChild(li);
        });
        if (!hits.length) list.appendChild(el('li', { role: 'option', 'aria-disabled': 'true', text: 'No match' }));
        list.hidden = false;
        input.setAttribute('aria-expanded', 'true');
        active = -1;
      } catch (err) { showError(err); }
    }
    input.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(run, 150); });
    input.addEventListener('keydown', function (e) {
      var items = list.querySelectorAll('li[data-id]');
      if (e.key === 'ArrowDown' && items.length) { e.preventDefault(); mark(Math.min(active + 1, items.length - 1)); }
      else if (e.key === 'ArrowUp' && items.length) { e.preventDefault(); mark(Math.max(active - 1, 0)); }
      else if (e.key === 'Enter') {
        e.preventDefault();
        var it = items[active >= 0 ? active : 0];
        if (it) choose(it.dataset.id);
      } else if (e.key === 'Escape') close();
    });
    input.addEventListener('blur', function () { setTimeout(close, 100); });
  }

  // ---- positions ---------------------------------------------------------

  async function loadPositions() {
    var f = filters();
    var box = $('#positions');
    try {
      var p = await getJSON('/api/positions' + query(f));
      box.textContent = '';
      if (!p.actors.length) { box.appendChild(el('p', { class: 'placeholder', text: 'No statement on a demand matches the filters.' })); return; }
      var cells = {};
      p.cells.forEach(function (c) { cells[c.actor + '|' + c.demand] = c; });
      var head = el('tr', null, [el('th', { scope: 'col', text: 'Actor' })]);
      p.demands.forEach(function (d) { head.appendChild(el('th', { scope: 'col', title: d.id, text: d.label })); });
      var body = el('tbody');
      p.actors.forEach(function (a) {
        var btn = el('button', { type: 'button', text: a.label });
        btn.addEventListener('click', function () { setView('graph'); select(a.id); });
        var tr = el('tr', { 'data-actor': a.id }, [el('th', { scope: 'row' }, [btn])]);
        p.demands.forEach(function (d) {
          var c = cells[a.id + '|' + d.id];
          var td = el('td', { class: c ? '' : 'empty' });
          if (c) {
            ['supports', 'rejects', 'mentions'].forEach(function (s) { if (c[s]) td.appendChild(stanceBadge(s, c[s])); });
          } else {
            td.appendChild(el('span', { class: 'visually-empty', 'aria-label': 'no statement' }));
          }
          tr.appendChild(td);
        });
        body.appendChild(tr);
      });
      box.appendChild(el('table', { class: 'positions' }, [el('thead', null, [head]), body]));
    } catch (err) { showError(err); }
  }

  // ---- views and wiring ----------------------------------------------------

  function setView(v) {
    state.view = v;
    [['graph', '#tab-graph', '#view-graph'], ['positions', '#tab-positions', '#view-positions']].forEach(function (t) {
      var on = t[0] === v;
      $(t[1]).setAttribute('aria-selected', String(on));
      $(t[1]).tabIndex = on ? 0 : -1;
      $(t[2]).hidden = !on;
    });
    if (v === 'positions') loadPositions();
    if (v === 'graph' && state.cy) state.cy.resize();
  }

  async function init() {
    try {
      var demands = await getJSON('/api/demands');
      var sel = $('#f-demand');
      demands.forEach(function (d) {
        state.demands[d.id] = d;
        var n = d.stances.supports + d.stances.rejects + d.stances.mentions;
        sel.appendChild(el('option', { value: d.id, text: d.label + ' (' + n + ')' }));
      });
      setupSearch();
      $('#tab-graph').addEventListener('click', function () { setView('graph'); });
      $('#tab-positions').addEventListener('click', function () { setView('positions'); });
      $('.tabs').addEventListener('keydown', function (e) {
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          var next = state.view === 'graph' ? 'positions' : 'graph';
          setView(next);
          $('#tab-' + next).focus();
        }
      });
      var form = $('#filters');
      form.addEventListener('change', function () { applyFilters(); if (state.view === 'positions') loadPositions(); });
      form.addEventListener('reset', function () { setTimeout(function () { applyFilters(); if (state.view === 'positions') loadPositions(); }, 0); });
      form.addEventListener('submit', function (e) { e.preventDefault(); });
      document.addEventListener('keydown', function (e) { if (e.key === 'Escape' && e.target === document.body) clearSelection(); });
      await loadGraph();
    } catch (err) {
      showError(err);
      $('#cy').dataset.ready = 'error';
    }
  }

  document.addEventListener('DOMContentLoaded', init);
})();
