/* pixelscrub review site. Hand-written, no dependencies; data comes from data.js (window.PIXELSCRUB), because a page
 * opened from file:// may not fetch JSON. Every string from the report goes into the page as text, never as HTML. */
(function () {
  'use strict';
  var D = window.PIXELSCRUB;
  var PAGE_SIZE = D.pageSize || 60;
  var FILTERS = ['status', 'modality', 'device', 'verdict', 'source'];
  var TAG_ROWS = 1000;
  var storeKey = 'pixelscrub-marks:' + D.createdAt;
  var state = { page: 0, selected: 0, shown: [], detail: -1 };
  var marks = loadMarks();
  var attrMarks = loadAttrMarks();   // key -> { path, keyword, manufacturer, model, value } (pixelscrub-marks/2)
  var headers = {};                  // released header shards by id: data, or 'loading'
  var headerWaiting = {};
  var tags = null;                   // the run's tally, flattened to one row per distinct value
  var byHid = {};
  D.files.forEach(function (f, i) { if (f.hid) { byHid[f.hid] = i; } });
  var chunks = {};       // findings chunk number -> 'loading' | 'done'
  var waiting = [];      // callbacks waiting for chunks
  var renders = 0;       // the newest grid render wins over one still waiting for its chunks

  // Findings come in chunks (data/findings-N.js), loaded as pages need them, so 10,000 files open quickly.
  window.PIXELSCRUB_FINDINGS = function (n, list) {
    list.forEach(function (x, k) { D.files[n * D.chunkSize + k].findings = x; });
    chunks[n] = 'done';
    waiting = waiting.filter(function (w) {
      if (w.need.every(function (c) { return chunks[c] === 'done'; })) { w.cb(); return false; }
      return true;
    });
  };
  function ensure(indices, cb) {
    var need = [];
    indices.forEach(function (i) { var c = Math.floor(i / D.chunkSize); if (chunks[c] !== 'done' && need.indexOf(c) < 0) { need.push(c); } });
    if (!need.length) { cb(); return; }
    waiting.push({ need: need, cb: cb });
    need.forEach(function (c) {
      if (!chunks[c]) { chunks[c] = 'loading'; document.head.appendChild(el('script', { src: 'data/findings-' + c + '.js' })); }
    });
  }
  function pairs(f, verdict, source) {
    return Object.keys(f.pairs).reduce(function (sum, k) {
      var p = k.split('|');
      return sum + ((!verdict || p[0] === verdict) && (!source || p[1] === source) ? f.pairs[k] : 0);
    }, 0);
  }

  function $(id) { return document.getElementById(id); }
  function el(tag, attrs, children) {
    var e = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') { e.textContent = attrs[k]; } else if (k === 'cls') { e.className = attrs[k]; } else { e.setAttribute(k, attrs[k]); }
    });
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  }
  function device(f) { return [f.manufacturer, f.model].filter(Boolean).join(' ') || '(none)'; }
  function label(v) { return v === null || v === undefined || v === '' ? '(none)' : String(v); }

  function loadMarks() {
    try { return new Set(JSON.parse(localStorage.getItem(storeKey) || '[]')); } catch (e) { return new Set(); }
  }
  function loadAttrMarks() {
    try { return new Map(JSON.parse(localStorage.getItem(storeKey + ':attributes') || '[]')); } catch (e) { return new Map(); }
  }
  function attrKey(m) { return [m.path, m.manufacturer === null ? '*' : m.manufacturer, m.model === null ? '*' : m.model, m.value === null ? '*' : m.value].join('\u0001'); }
  function toggleAttrMark(m) {
    var k = attrKey(m);
    if (attrMarks.has(k)) { attrMarks.delete(k); } else { attrMarks.set(k, m); }
    saveMarks();
    return attrMarks.has(k);
  }
  function itemless(p) { return p.replace(/\[\d+\]/g, ''); }
  function saveMarks() {
    try { localStorage.setItem(storeKey + ':attributes', JSON.stringify(Array.from(attrMarks.entries()))); } catch (e) { /* as below */ }
    $('attr-mark-count').textContent = attrMarks.size + (attrMarks.size === 1 ? ' attribute marked' : ' attributes marked');
    try { localStorage.setItem(storeKey, JSON.stringify(Array.from(marks))); } catch (e) { /* private mode: marks last for the visit */ }
    $('mark-count').textContent = marks.size + ' marked';
  }

  // ---- header: warnings, run, summary, quarantine ----
  function header() {
    var w = $('warning');
    var lines = [];
    if (D.withOriginals) {
      lines.push('This site holds thumbnails of the ORIGINAL images: they contain PHI. Keep it private; do not release it.');
    } else if (!D.originalsMade) {
      lines.push('Thumbnails of originals were not made (scrub or scan with --thumbnails-of-originals keeps them; they contain PHI). '
        + 'Keep this site private: file paths can identify patients.');
      w.classList.add('mild');
    } else {
      lines.push('Thumbnails of originals contain PHI and are left out (build with --with-originals to compare before and after). '
        + 'Keep this site private: file paths can identify patients.');
      w.classList.add('mild');
    }
    if (D.containsPhi) { lines.push('The report was made with --report-text: OCR text (PHI) is shown.'); w.classList.remove('mild'); }
    if (D.headerOriginals) {
      lines.push('This site holds ORIGINAL header values (PHI) beside the released ones. Keep it private; do not release it.');
      w.classList.remove('mild');
    }
    w.textContent = lines.join(' ');
    $('run').textContent = D.mode + ' report of ' + D.createdAt + ' · after images: ' + (D.thumbnailsAfter || 'none');
    var s = D.summary;
    $('summary').textContent = s.files + ' files · ' + counts(s.byStatus) + ' · findings by verdict: ' + counts(s.findingsByVerdict)
      + ' · by source: ' + counts(s.findingsBySource) + ' · ' + s.frames + ' frames at ' + s.framesPerSecond + ' frames/s';
    var q = $('quarantine');
    var quarantined = D.files.filter(function (f) { return f.status === 'quarantined'; });
    q.appendChild(el('h2', { text: 'Quarantine: ' + quarantined.length + ' file(s)' + (D.quarantine.folder ? ' in ' + D.quarantine.folder : '') }));
    var ul = el('ul', { id: 'quarantine-list' });
    quarantined.forEach(function (f) { ul.appendChild(el('li', { text: f.input + ' — ' + (f.reason || '') })); });
    q.appendChild(ul);
  }
  function counts(m) { return Object.keys(m || {}).map(function (k) { return k + ' ' + m[k]; }).join(', ') || 'none'; }

  // ---- filters ----
  function values(name) {
    var set = new Set();
    D.files.forEach(function (f) {
      if (name === 'verdict' || name === 'source') { Object.keys(f.pairs).forEach(function (k) { set.add(k.split('|')[name === 'verdict' ? 0 : 1]); }); }
      else if (name === 'device') { set.add(device(f)); }
      else { set.add(label(f[name])); }
    });
    return Array.from(set).sort();
  }
  function setupFilters() {
    FILTERS.forEach(function (name) {
      var sel = $('filter-' + name);
      sel.appendChild(el('option', { value: '', text: 'all' }));
      values(name).forEach(function (v) { sel.appendChild(el('option', { value: v, text: v })); });
      sel.addEventListener('change', function () { state.page = 0; state.selected = 0; apply(); });
    });
    $('search').addEventListener('input', function () { state.page = 0; state.selected = 0; apply(); });
    $('only-marked').addEventListener('change', function () { state.page = 0; state.selected = 0; apply(); });
  }
  function filterValue(name) { return $('filter-' + name).value; }
  function findingShown(x) {
    var v = filterValue('verdict'), s = filterValue('source');
    return (!v || x.verdict === v) && (!s || x.source === s);
  }
  function fileShown(f) {
    if (filterValue('status') && f.status !== filterValue('status')) { return false; }
    if (filterValue('modality') && label(f.modality) !== filterValue('modality')) { return false; }
    if (filterValue('device') && device(f) !== filterValue('device')) { return false; }
    if ((filterValue('verdict') || filterValue('source')) && !pairs(f, filterValue('verdict'), filterValue('source'))) { return false; }
    var q = $('search').value.trim().toLowerCase();
    if (q && f.name.toLowerCase().indexOf(q) < 0) { return false; }
    if ($('only-marked').checked && !marks.has(f.input)) { return false; }
    return true;
  }
  function apply() {
    state.shown = [];
    D.files.forEach(function (f, i) { if (fileShown(f)) { state.shown.push(i); } });
    renderGrid();
  }

  // ---- drawing ----
  function boxes(f, frame) {
    return f.findings.filter(function (x) {
      return findingShown(x) && (frame === null || x.frames === 'all' || x.frames.indexOf(frame) >= 0);
    });
  }
  function picture(f, src, drawn, alt) {
    var wrap = el('div', { cls: 'thumb' });
    if (src) {
      wrap.appendChild(el('img', { src: src, alt: alt, loading: 'lazy', decoding: 'async' }));
    } else {
      wrap.appendChild(el('div', { cls: 'none', text: alt }));
      return wrap;
    }
    drawn.forEach(function (x) {
      var b = el('div', { cls: 'box verdict-' + x.verdict + ' source-' + x.source, title: x.source + ' · ' + x.verdict + ' · ' + x.rule });
      b.style.left = (100 * x.box[0] / f.columns) + '%';
      b.style.top = (100 * x.box[1] / f.rows) + '%';
      b.style.width = (100 * x.box[2] / f.columns) + '%';
      b.style.height = (100 * x.box[3] / f.rows) + '%';
      wrap.appendChild(b);
    });
    return wrap;
  }

  // ---- grid with paging ----
  function pages() { return Math.max(1, Math.ceil(state.shown.length / PAGE_SIZE)); }
  function renderGrid() {
    var grid = $('grid');
    var token = ++renders;
    grid.setAttribute('data-loading', 'true');
    state.page = Math.min(state.page, pages() - 1);
    var start = state.page * PAGE_SIZE;
    var page = state.shown.slice(start, start + PAGE_SIZE);
    ensure(page, function () { if (token === renders) { drawGrid(page, start); } });
  }
  function drawGrid(page, start) {
    var grid = $('grid');
    grid.textContent = '';
    page.forEach(function (idx, k) {
      var f = D.files[idx];
      var t = f.thumbs[0];
      // The card shows every finding of the file (the detail view splits them by frame).
      var pic = picture(f, t ? t.after : null, t ? boxes(f, null) : [], t ? f.name : (f.status === 'quarantined' ? 'quarantined: ' + (f.reason || '') : 'no image'));
      var card = el('div', { cls: 'card' + (marks.has(f.input) ? ' marked' : ''), 'data-index': String(idx), tabindex: '-1' }, [
        pic,
        el('div', { cls: 'name', title: f.input, text: f.name }),
        el('div', { cls: 'meta' }, [
          el('span', { cls: 'status ' + f.status, text: f.status }),
          document.createTextNode(' ' + label(f.modality) + ' · ' + device(f) + ' · ' + pairs(f, '', '') + ' finding(s) '),
          marks.has(f.input) ? el('span', { cls: 'flag', text: '⚑ needs attention' }) : null
        ])
      ]);
      card.addEventListener('click', function () { state.selected = start + k; select(); openDetail(); });
      grid.appendChild(card);
    });
    $('page-info').textContent = ' page ' + (state.page + 1) + ' of ' + pages() + ' ';
    $('shown').textContent = state.shown.length + ' of ' + D.files.length + ' files shown';
    $('prev-page').disabled = state.page === 0;
    $('next-page').disabled = state.page >= pages() - 1;
    select();
    grid.setAttribute('data-loading', 'false');
  }
  function select() {
    var cards = document.querySelectorAll('#grid .card');
    cards.forEach(function (c) { c.classList.remove('selected'); });
    var k = state.selected - state.page * PAGE_SIZE;
    if (cards[k]) { cards[k].classList.add('selected'); cards[k].scrollIntoView({ block: 'nearest' }); }
  }
  function move(delta) {
    if (!state.shown.length) { return; }
    state.selected = Math.max(0, Math.min(state.shown.length - 1, state.selected + delta));
    var page = Math.floor(state.selected / PAGE_SIZE);
    if (page !== state.page) { state.page = page; renderGrid(); } else { select(); }
    if (state.detail >= 0) { openDetail(); }
  }
  function toggleMark() {
    var idx = state.shown[state.selected];
    if (idx === undefined) { return; }
    var f = D.files[idx];
    if (marks.has(f.input)) { marks.delete(f.input); } else { marks.add(f.input); }
    saveMarks();
    if ($('only-marked').checked) { apply(); } else { renderGrid(); }
    if (state.detail >= 0) { openDetail(); }
  }

  // ---- per-image view ----
  function openDetail() {
    var idx = state.shown[state.selected];
    if (idx === undefined) { return; }
    state.detail = idx;
    $('detail').setAttribute('data-loading', 'true');
    ensure([idx], function () { if (state.detail === idx) { drawDetail(idx); } });
  }
  function drawDetail(idx) {
    var f = D.files[idx];
    var d = $('detail');
    d.textContent = '';
    d.hidden = false;
    d.setAttribute('data-index', String(idx));
    d.appendChild(el('div', { cls: 'bar' }, [
      el('button', { type: 'button', id: 'detail-back', text: '‹ back (Esc)' }),
      el('h2', { id: 'detail-name', text: f.name }),
      el('span', { cls: 'status ' + f.status, text: f.status }),
      marks.has(f.input) ? el('span', { cls: 'flag', id: 'detail-marked', text: '⚑ needs attention' }) : null,
      el('span', { cls: 'spacer' }),
      el('span', { text: (state.selected + 1) + ' / ' + state.shown.length })
    ]));
    d.appendChild(el('p', { text: f.input + (f.output ? ' → ' + f.output : '') }));
    d.appendChild(el('p', { text: label(f.modality) + ' · ' + device(f) + ' · ' + f.columns + '×' + f.rows + ' · ' + f.frames
      + ' frame(s) · new SOP Instance UID ' + label(f.uid) + (f.reason ? ' · ' + f.reason : '') + (f.note ? ' · ' + f.note : '') }));
    var frames = el('div', { cls: 'frames' });
    f.thumbs.forEach(function (t) {
      var drawn = boxes(f, t.frame);
      var before;
      if (t.before) { before = picture(f, t.before, drawn, 'before, frame ' + t.frame); }
      else if (t.beforeLeftOut) { before = el('div', { cls: 'placeholder', text: 'original left out (contains PHI; rebuild with --with-originals)' }); }
      else if (t.beforeNotMade) { before = el('div', { cls: 'placeholder', text: 'original not kept (contains PHI; scrub or scan with --thumbnails-of-originals)' }); }
      else { before = el('div', { cls: 'placeholder', text: 'nothing redacted on this frame: before equals after' }); }
      frames.appendChild(el('div', { cls: 'pair', 'data-frame': String(t.frame) }, [
        el('figure', {}, [before, el('figcaption', { text: 'before · frame ' + t.frame })]),
        el('figure', {}, [picture(f, t.after, drawn, 'after, frame ' + t.frame),
          el('figcaption', { text: (D.thumbnailsAfter === 'preview' ? 'after (preview) · frame ' : 'after · frame ') + t.frame })])
      ]));
    });
    if (!f.thumbs.length) { frames.appendChild(el('div', { cls: 'placeholder', text: 'no thumbnail for this file' })); }
    var left = el('div', { cls: 'left' }, [frames]);   // pixels on the left, the released header beside them
    var table = el('table', { id: 'findings' }, [el('tr', {}, ['frames', 'box (x, y, w, h)', 'source', 'verdict', 'rule', 'confidence', 'redacted']
      .concat(D.containsPhi ? ['text (PHI)'] : []).map(function (h) { return el('th', { text: h }); }))]);
    f.findings.forEach(function (x) {
      var cells = [x.frames === 'all' ? 'all' : x.frames.join(', '), x.box.join(', '), x.source, x.verdict, x.rule, String(x.confidence),
        x.redacted ? 'yes' : 'no'].concat(D.containsPhi ? [label(x.text)] : []);
      table.appendChild(el('tr', { cls: 'finding verdict-' + x.verdict }, cells.map(function (c) { return el('td', { text: c }); })));
    });
    left.appendChild(table);
    d.appendChild(el('div', { cls: 'layout' }, [left, headerPanel(f, idx)]));
    $('detail-back').addEventListener('click', closeDetail);
    d.scrollTop = 0;
    d.setAttribute('data-loading', 'false');
  }
  function closeDetail() { state.detail = -1; $('detail').hidden = true; select(); }

  // ---- the released header of one image (loaded on demand: headers/ID.js) ----
  window.PIXELSCRUB_HEADER = function (id, h) {
    headers[id] = h;
    (headerWaiting[id] || []).forEach(function (cb) { cb(); });
    delete headerWaiting[id];
  };
  function loadHeader(id, cb) {
    if (headers[id] && headers[id] !== 'loading') { cb(); return; }
    (headerWaiting[id] = headerWaiting[id] || []).push(cb);
    if (!headers[id]) { headers[id] = 'loading'; document.head.appendChild(el('script', { src: 'headers/' + id + '.js' })); }
  }
  function headerPanel(f, idx) {
    var panel = el('section', { id: 'header-panel', 'data-loading': 'true' }, [el('h3', { text: 'Header as released' })]);
    if (!f.hid) {
      panel.appendChild(el('p', { cls: 'placeholder', id: 'header-none', text: D.headers ? 'no released header for this file (not written)'
        : 'no released headers in this report (scrub --report keeps them; scan and verify reports have none)' }));
      panel.setAttribute('data-loading', 'false');
      return panel;
    }
    loadHeader(f.hid, function () {
      if (!f.horig) { if (state.detail === idx) { drawHeader(f, panel); } return; }
      loadHeader(f.hid + '.originals-PHI', function () { if (state.detail === idx) { drawHeader(f, panel); } });
    });
    return panel;
  }
  window.PIXELSCRUB_ORIGINALS = function (id, o) { window.PIXELSCRUB_HEADER(id + '.originals-PHI', o); };
  function drawHeader(f, panel) {
    var h = headers[f.hid];
    var flagged = h.attributes.filter(function (a) { return a.f.length; }).length;
    var only = el('input', { type: 'checkbox', id: 'header-flagged-only' });
    panel.appendChild(el('p', { id: 'header-summary', text: h.attributes.length + ' attribute(s), ' + flagged + ' flagged. Values as released '
      + '(de-identified); original values are never shown here. Mark an attribute (removed for this device on the next run) or one value.' }));
    panel.appendChild(el('label', {}, [only, document.createTextNode(' flagged only')]));
    var orig = f.horig ? headers[f.hid + '.originals-PHI'].originals : null;   // PHI: --with-originals only
    var table = el('table', { id: 'header-table' }, [el('tr', {}, ['tag path', 'keyword', 'VR', 'value as released']
      .concat(orig ? ['original (PHI)'] : []).concat(['action', 'option', 'flags', 'mark'])
      .map(function (c) { return el('th', { text: c }); }))]);
    h.attributes.forEach(function (a) {
      var depth = (a.p.match(/\//g) || []).length;
      var attr = { path: itemless(a.p), keyword: a.k, manufacturer: f.manufacturer || '', model: f.model || '', value: null };
      var val = { path: itemless(a.p), keyword: a.k, manufacturer: null, model: null, value: a.v };
      var row = el('tr', { cls: 'attr' + (a.f.length ? ' flagged' : ''), 'data-path': a.p, 'data-flags': a.f.join(' ') }, [
        el('td', { cls: 'path', text: a.p, style: 'padding-left:' + (0.5 + 1.2 * depth) + 'em' }),
        el('td', { text: a.k }), el('td', { text: a.vr }), el('td', { cls: 'value', text: a.v }),
        orig ? el('td', { cls: 'value original', text: orig[a.p] === undefined ? '' : orig[a.p] }) : null,
        el('td', { cls: 'action', text: a.a }), el('td', { cls: 'rule', text: a.r }), el('td', { cls: 'flags', text: a.f.join(' ') }),
        el('td', {}, markButtons(a, attr, val))
      ]);
      table.appendChild(row);
    });
    only.addEventListener('change', function () {
      table.querySelectorAll('tr.attr').forEach(function (r) { r.hidden = only.checked && !r.classList.contains('flagged'); });
    });
    panel.appendChild(table);
    if (orig) {
      var present = new Set(h.attributes.map(function (a) { return a.p; }));
      var removed = Object.keys(orig).filter(function (p) { return !present.has(p); });
      panel.appendChild(el('h4', { text: 'Removed by the profile (' + removed.length + '), original values (PHI)' }));
      var t = el('table', { id: 'header-removed' }, [el('tr', {}, [el('th', { text: 'tag path' }), el('th', { text: 'original (PHI)' })])]);
      removed.forEach(function (p) { t.appendChild(el('tr', { cls: 'removed' }, [el('td', { cls: 'path', text: p }), el('td', { cls: 'value original', text: orig[p] })])); });
      panel.appendChild(t);
    }
    panel.setAttribute('data-loading', 'false');
  }
  function markButtons(a, attr, val) {
    var out = [];
    if (/^\(0002,|^\(0008,001[68]\)$|^\(0028,|^\(7FE0,/.test(a.p)) { return out; }   // the file needs these
    out.push(markButton('mark-attr', attr, 'attribute', 'Remove this attribute for this device on the next run'));
    if (a.vr !== 'SQ' && a.v && a.v.indexOf('<binary') !== 0) {
      out.push(markButton('mark-value', val, 'value', 'Remove this attribute wherever it holds this value on the next run'));
    }
    return out;
  }
  function markButton(cls, m, what, title) {
    var b = el('button', { type: 'button', cls: cls, title: title });
    var paint = function (on) { b.textContent = (on ? '⚑ unmark ' : 'mark ') + what; b.closest && b.closest('tr') && b.closest('tr').classList.toggle('marked', on); };
    b.addEventListener('click', function () { paint(toggleAttrMark(m)); });
    setTimeout(function () { paint(attrMarks.has(attrKey(m))); }, 0);
    b.textContent = (attrMarks.has(attrKey(m)) ? '⚑ unmark ' : 'mark ') + what;
    return b;
  }

  // ---- tags view: every distinct free-text and private value of the run (data/tags.js, loaded on demand) ----
  window.PIXELSCRUB_TAGS = function (t) {
    tags = [];
    (t.freeText || []).forEach(function (e) {
      e.values.forEach(function (v) {
        tags.push({ kind: 'text', path: e.path, keyword: e.keyword, vr: e.vr, rule: e.profileAction, value: v.value, count: v.count, flags: v.flags, files: v.files || [] });
      });
    });
    (t['private'] || []).forEach(function (e) {
      e.values.forEach(function (v) {
        tags.push({ kind: 'private', path: e.tag, keyword: e.creator, vr: e.vr, rule: e.safe ? 'safe list' : 'not on the safe list', value: v.value, count: v.count, flags: v.flags, files: v.files || [] });
      });
    });
    var flags = new Set();
    tags.forEach(function (r) { r.flags.forEach(function (x) { flags.add(x); }); });
    Array.from(flags).sort().forEach(function (x) { $('tags-flag').appendChild(el('option', { value: x, text: x })); });
    $('tags-note').textContent = t.files + ' released header(s). Values as released; the files list shows where each occurs. '
      + 'The same tally as `pixelscrub sniff OUT`.';
    drawTags();
  };
  function openTags() {
    $('tags-panel').hidden = false;
    if (!D.headers) { $('tags-note').textContent = 'no released headers in this report (scrub --report keeps them)'; $('tags-panel').setAttribute('data-loading', 'false'); return; }
    if (tags) { drawTags(); return; }
    $('tags-panel').setAttribute('data-loading', 'true');
    document.head.appendChild(el('script', { src: 'data/tags.js' }));
  }
  function valueTest() {
    var q = $('tags-value').value;
    if (!q) { return function () { return true; }; }
    try { var re = new RegExp(q, 'i'); return function (v) { return re.test(v); }; } catch (e) { return function (v) { return v.toLowerCase().indexOf(q.toLowerCase()) >= 0; }; }
  }
  function drawTags() {
    var flag = $('tags-flag').value, attr = $('tags-attr').value.trim().toLowerCase(), test = valueTest();
    var table = $('tags-table');
    table.textContent = '';
    table.appendChild(el('tr', {}, ['element', 'keyword / creator', 'VR', 'option', 'value as released', 'count', 'flags', 'files', 'mark']
      .map(function (c) { return el('th', { text: c }); })));
    var shown = 0;
    tags.forEach(function (r) {
      if (flag === '*' ? !r.flags.length : flag && r.flags.indexOf(flag) < 0) { return; }
      if (attr && (r.path + ' ' + r.keyword).toLowerCase().indexOf(attr) < 0) { return; }
      if (!test(r.value)) { return; }
      shown++;
      if (shown > TAG_ROWS) { return; }   // a table of 30,000 rows helps nobody and takes seconds to draw
      var files = el('td', { cls: 'files' });
      r.files.slice(0, 12).forEach(function (id) {
        var i = byHid[id];
        if (i === undefined) { return; }
        var a = el('a', { cls: 'file-link', 'data-index': String(i), text: D.files[i].name });
        a.addEventListener('click', function () { openFile(i); });
        files.appendChild(a);
      });
      if (r.files.length > 12) { files.appendChild(document.createTextNode('+' + (r.files.length - 12) + ' more')); }
      var mark = el('td', {});
      if (r.kind === 'text') {
        mark.appendChild(markButton('mark-attr', { path: r.path, keyword: r.keyword, manufacturer: null, model: null, value: null }, 'attribute', 'Remove this attribute from every file on the next run'));
        if (r.value.indexOf('<binary') !== 0) {
          mark.appendChild(markButton('mark-value', { path: r.path, keyword: r.keyword, manufacturer: null, model: null, value: r.value }, 'value', 'Remove this attribute wherever it holds this value'));
        }
      }
      table.appendChild(el('tr', { cls: 'tag-row' + (r.flags.length ? ' flagged' : ''), 'data-kind': r.kind, 'data-path': r.path, 'data-count': String(r.count) }, [
        el('td', { cls: 'path', text: r.path }), el('td', { text: r.keyword }), el('td', { text: r.vr }), el('td', { text: r.rule }),
        el('td', { cls: 'value', text: r.value }), el('td', { cls: 'count', text: String(r.count) }), el('td', { cls: 'flags', text: r.flags.join(' ') }),
        files, mark]));
    });
    $('tags-count').textContent = shown + ' of ' + tags.length + ' value(s) match'
      + (shown > TAG_ROWS ? '; the first ' + TAG_ROWS + ' are listed: filter to see the others' : '');
    $('tags-panel').setAttribute('data-loading', 'false');
  }
  function openFile(i) {
    if (state.shown.indexOf(i) < 0) {
      FILTERS.forEach(function (n) { $('filter-' + n).value = ''; });
      $('search').value = '';
      $('only-marked').checked = false;
      apply();
    }
    state.selected = state.shown.indexOf(i);
    state.page = Math.floor(state.selected / PAGE_SIZE);
    renderGrid();
    $('tags-panel').hidden = true;
    openDetail();
  }

  // ---- export ----
  function exportMarks() {
    var list = D.files.filter(function (f) { return marks.has(f.input); }).map(function (f) {
      return { input: f.input, output: f.output, sopInstanceUid: f.uid, note: 'needs attention' };
    });
    var attributes = Array.from(attrMarks.values()).map(function (m) {
      return { path: m.path, keyword: m.keyword, manufacturer: m.manufacturer, model: m.model, value: m.value, note: 'needs attention' };
    });
    var json = JSON.stringify({ schema: 'pixelscrub-marks/2', report: D.createdAt, files: list, attributes: attributes }, null, 2);
    $('export-json').value = json;
    $('export-command').textContent = 'pixelscrub scrub IN... -o OUT --only needs-attention.json --redact all-text\n'
      + 'pixelscrub scrub IN... -o OUT --only needs-attention.json --templates extra-regions.json\n'
      + 'pixelscrub scrub IN... -o OUT --force --overrides needs-attention.json    # the marked attributes are removed';
    $('export-panel').hidden = false;
    var a = el('a', { href: URL.createObjectURL(new Blob([json], { type: 'application/json' })), download: 'needs-attention.json' });
    document.body.appendChild(a);
    a.click();
    a.remove();
  }

  // ---- keys ----
  document.addEventListener('keydown', function (e) {
    if (e.target.tagName === 'INPUT' || e.target.tagName === 'SELECT' || e.target.tagName === 'TEXTAREA' || e.ctrlKey || e.metaKey || e.altKey) { return; }
    switch (e.key) {
      case 'j': case 'ArrowRight': move(1); break;
      case 'k': case 'ArrowLeft': move(-1); break;
      case 'Enter': openDetail(); break;
      case 'm': toggleMark(); break;
      case 'Escape':
        if (!$('export-panel').hidden) { $('export-panel').hidden = true; } else if (!$('templates-panel').hidden) { $('templates-panel').hidden = true; } else if (!$('tags-panel').hidden) { $('tags-panel').hidden = true; } else { closeDetail(); }
        break;
      default: return;
    }
    e.preventDefault();
  });
  $('prev-page').addEventListener('click', function () { state.page--; state.selected = state.page * PAGE_SIZE; renderGrid(); });
  $('next-page').addEventListener('click', function () { state.page++; state.selected = state.page * PAGE_SIZE; renderGrid(); });
  $('export').addEventListener('click', exportMarks);
  $('tags').addEventListener('click', openTags);
  $('tags-close').addEventListener('click', function () { $('tags-panel').hidden = true; });
  ['tags-flag', 'tags-attr', 'tags-value'].forEach(function (id) {
    $(id).addEventListener(id === 'tags-flag' ? 'change' : 'input', function () { if (tags) { drawTags(); } });
  });
  $('export-close').addEventListener('click', function () { $('export-panel').hidden = true; });

  // ---- proposed templates (review --templates): each over a few of its images; accept or reject; export the accepted ----
  var decisions = loadDecisions();
  function loadDecisions() {
    try { return JSON.parse(localStorage.getItem(storeKey + ':templates') || '{}'); } catch (e) { return {}; }
  }
  function saveDecisions() {
    try { localStorage.setItem(storeKey + ':templates', JSON.stringify(decisions)); } catch (e) { /* private mode */ }
    var t = D.templates || [];
    var acc = t.filter(function (x) { return decisions[x.id] === 'accepted'; }).length;
    var rej = t.filter(function (x) { return decisions[x.id] === 'rejected'; }).length;
    $('templates-count').textContent = t.length + ' proposed · ' + acc + ' accepted · ' + rej + ' rejected';
  }
  function templateBoxes(f, t, s) {
    return s.boxes.map(function (b) { return { box: b, verdict: 'template', source: 'proposed', rule: t.id }; })
      .concat((t.keepEvidence || []).map(function (k) { return { box: k.box, verdict: 'keep', source: 'evidence', rule: 'device text, kept: ' + k.why }; }));
  }
  function drawTemplates() {
    var list = $('templates-list');
    list.textContent = '';
    (D.templates || []).forEach(function (t) {
      var state = decisions[t.id] || 'undecided';
      var card = el('div', { cls: 'template ' + state, 'data-id': t.id, 'data-state': state });
      var accept = el('button', { type: 'button', cls: 'accept', text: state === 'accepted' ? '✓ accepted' : 'accept' });
      var reject = el('button', { type: 'button', cls: 'reject', text: state === 'rejected' ? '✗ rejected' : 'reject' });
      accept.addEventListener('click', function () { decisions[t.id] = state === 'accepted' ? undefined : 'accepted'; saveDecisions(); drawTemplates(); });
      reject.addEventListener('click', function () { decisions[t.id] = state === 'rejected' ? undefined : 'rejected'; saveDecisions(); drawTemplates(); });
      card.appendChild(el('div', { cls: 'bar' }, [el('h3', { text: t.id }), el('span', { cls: 'state', text: state }), el('span', { cls: 'spacer' }), accept, reject]));
      var facts = (t.device ? t.device + ' · ' : '') + (t.images ? t.images + ' images, ' + t.patients + ' patients, confidence ' + t.confidence + ' · ' : '')
        + (t.json.redact || []).length + ' redact region(s), ' + (t.keepEvidence || []).length + ' device-text place(s) kept · applies to ' + t.matches + ' file(s) of this report';
      card.appendChild(el('p', { cls: 'facts', text: facts }));
      var why = el('ul', { cls: 'why' });
      (t.regions || []).forEach(function (r) { why.appendChild(el('li', { text: '[' + r.box.join(', ') + ']: ' + r.why + ' (' + r.images + ' images, ' + r.patients + ' patients)' })); });
      card.appendChild(why);
      var pics = el('div', { cls: 'template-images' });
      t.files.forEach(function (s) {
        var f = D.files[s.file];
        var th = f.thumbs[0];
        var src = D.withOriginals && th.before ? th.before : th.after;
        pics.appendChild(el('figure', {}, [picture(f, src, templateBoxes(f, t, s), f.name),
          el('figcaption', { text: f.name + (D.withOriginals && th.before ? ' · original (PHI)' : ' · as released') })]));
      });
      if (!t.files.length) { pics.appendChild(el('div', { cls: 'placeholder', text: 'no image of this report matches this template' })); }
      card.appendChild(pics);
      list.appendChild(card);
    });
    $('templates-panel').setAttribute('data-loading', 'false');
  }
  function openTemplates() {
    $('templates-panel').hidden = false;
    $('templates-note').textContent = 'Dashed purple: the regions the template redacts. Dotted green: places with the same text for '
      + 'every patient (device labels), kept. Images ' + (D.withOriginals ? 'are the originals where kept (PHI).' : 'as released: no PHI (build with --with-originals to see the originals).');
    drawTemplates();
  }
  function exportTemplates() {
    var accepted = (D.templates || []).filter(function (t) { return decisions[t.id] === 'accepted'; }).map(function (t) { return t.json; });
    var json = JSON.stringify({ description: 'Region templates accepted in the pixelscrub review of ' + D.createdAt, templates: accepted }, null, 2);
    $('templates-json').value = json;
    $('templates-command').textContent = 'pixelscrub scrub IN... -o OUT --templates accepted-templates.json\n'
      + 'pixelscrub scrub IN... -o OUT --templates accepted-templates.json --redact templates --check-sample 0.01';
    $('templates-export-panel').hidden = false;
    var a = el('a', { href: URL.createObjectURL(new Blob([json], { type: 'application/json' })), download: 'accepted-templates.json' });
    document.body.appendChild(a);
    a.click();
    a.remove();
  }
  if (D.templates) {
    $('templates-open').hidden = false;
    $('templates-open').addEventListener('click', openTemplates);
    $('templates-close').addEventListener('click', function () { $('templates-panel').hidden = true; });
    $('templates-export').addEventListener('click', exportTemplates);
    saveDecisions();
  }

  header();
  setupFilters();
  saveMarks();
  apply();
  document.body.setAttribute('data-ready', 'true');
}());
