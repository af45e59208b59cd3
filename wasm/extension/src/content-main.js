// The content script proper (loaded by src/content.js with a dynamic import, so it can be an ES
// module). One App per frame: it finds the editors of its document, lints them as the agent types
// and draws highlights, a card and a warmth badge in an overlay.

import { loadSettings, linterConfig, siteOf, siteEnabled } from './settings.js';
import { createLinter } from './engine.js';
import { isEditor, editorFor, adapterFor } from './editors.js';
import { Overlay, warmthColour } from './ui.js';

/** Above this lint+draw cost (ms) typing is linted after a short pause instead of on every key. */
const SYNC_BUDGET_MS = 12;
const PAUSE_MS = 100;
const HIDE_DELAY_MS = 300;

class Controller {
  constructor(app, el) {
    this.app = app;
    this.el = el;
    this.adapter = adapterFor(el, app.overlay.mirrors);
    const { layer, clip, badge } = app.overlay.createLayer();
    this.layer = layer;
    this.clip = clip;
    this.badge = badge;
    this.text = null;
    this.findings = [];
    this.score = null;
    this.hits = [];
    this.pendingSince = null;
    this.pending = []; // timeStamps of the input events this run answers
    this.costs = []; // lint + draw times (ms) of the last ten runs, the first (cold) run left out
    // Their minimum: only sustained slowness switches to throttled linting, not a GC pause or a
    // busy CPU descheduling one run.
    this.cost = 0;
    this.runs = 0;
    this.timer = 0;
    this.onInput = (e) => {
      if (e.isComposing) return;
      const t = e.timeStamp || performance.now();
      if (this.pendingSince === null) this.pendingSince = t;
      this.pending.push(t);
      this.schedule();
    };
    this.onCompositionEnd = () => this.schedule();
    el.addEventListener('input', this.onInput);
    el.addEventListener('compositionend', this.onCompositionEnd);
    this.resizeObserver = new ResizeObserver(() => app.requestReposition());
    this.resizeObserver.observe(el);
    if (this.adapter.kind === 'contenteditable') {
      // Programmatic edits (macros, the help desk's own toolbar) do not fire `input`.
      // Typing mutates the DOM and then fires `input` in the same task, so the check waits for
      // the next task: by then the input event has been answered and the text is unchanged.
      this.mutationTimer = 0;
      this.mutationObserver = new MutationObserver(() => {
        if (this.mutationTimer) return;
        this.mutationTimer = setTimeout(() => {
          this.mutationTimer = 0;
          if (this.pendingSince === null && this.adapter.text() !== this.text) this.schedule();
        }, 0);
      });
      this.mutationObserver.observe(el, { childList: true, characterData: true, subtree: true });
    }
    badge.addEventListener('mousedown', (e) => e.preventDefault());
    badge.addEventListener('click', () => app.toggleBadge());
    this.run();
  }

  destroy() {
    clearTimeout(this.timer);
    this.el.removeEventListener('input', this.onInput);
    this.el.removeEventListener('compositionend', this.onCompositionEnd);
    this.resizeObserver.disconnect();
    this.mutationObserver?.disconnect();
    clearTimeout(this.mutationTimer);
    this.adapter.destroy();
    this.layer.remove();
  }

  /**
   * Lints now when that is cheap (inside the same frame as the keystroke); when lint and draw
   * usually cost more than SYNC_BUDGET_MS (a huge text on a slow machine), at most every PAUSE_MS.
   */
  schedule() {
    if (this.cost <= SYNC_BUDGET_MS) {
      clearTimeout(this.timer);
      this.timer = 0;
      this.run();
    } else if (!this.timer) {
      this.timer = setTimeout(() => this.run(), PAUSE_MS);
    }
  }

  run() {
    clearTimeout(this.timer);
    this.timer = 0;
    const linter = this.app.linter;
    if (!linter) return;
    const t0 = performance.now();
    const text = this.adapter.text();
    if (text !== this.text) {
      this.text = text;
      if (!text.trim()) {
        this.findings = [];
        this.score = null;
      } else if (linter.check) {
        // Findings and score in one pass.
        const report = linter.check(text);
        this.findings = report.findings;
        this.score = report.score.score;
      } else {
        this.findings = linter.lint(text);
        this.score = linter.score(text).score;
      }
      for (const f of this.findings) f.text = text.slice(f.start, f.end);
      this.app.countsChanged();
    }
    const linted = performance.now();
    this.draw();
    const t1 = performance.now();
    if (this.runs++ > 0) {
      this.costs.push(t1 - t0);
      if (this.costs.length > 10) this.costs.shift();
      this.cost = Math.min(...this.costs);
    }
    if (this.pendingSince !== null) {
      // Input event to highlights drawn, for each input this run answers (several when throttled).
      this.layer.dataset.latency = this.pending.map((t) => (t1 - t).toFixed(3)).join(' ');
      this.layer.dataset.lint = (linted - t0).toFixed(3);
      this.layer.dataset.cost = (t1 - t0).toFixed(3);
      this.pendingSince = null;
      this.pending = [];
    }
    this.app.refreshCard(this);
  }

  /** Places the layer on the editor and draws the highlights and badge (no lint). */
  draw() {
    const el = this.el;
    const layer = this.layer;
    const box = el.getBoundingClientRect();
    if (!el.isConnected || box.width === 0 || box.height === 0) {
      layer.hidden = true;
      this.hits = [];
      return;
    }
    layer.hidden = false;
    layer.style.left = `${box.left}px`;
    layer.style.top = `${box.top}px`;
    layer.style.width = `${box.width}px`;
    layer.style.height = `${box.height}px`;
    const cl = el.clientLeft;
    const ct = el.clientTop;
    const cw = el.clientWidth;
    const ch = el.clientHeight;
    const clip = this.clip;
    clip.style.left = `${cl}px`;
    clip.style.top = `${ct}px`;
    clip.style.width = `${cw}px`;
    clip.style.height = `${ch}px`;
    const findings = this.findings;
    const measured = findings.length ? this.adapter.measure(findings, this.text) : [];
    const ox = box.left + cl;
    const oy = box.top + ct;
    const doc = this.el.ownerDocument;
    const active = this.app.card && this.app.card.ctrl === this ? this.app.card.index : -1;
    this.hits = [];
    // Reuse the mark elements already drawn; only changed attributes and styles are written.
    const marks = clip.children;
    findings.forEach((f, i) => {
      let mark = marks[i];
      if (!mark) {
        mark = doc.createElement('div');
        clip.appendChild(mark);
      }
      const cls = i === active ? `mark ${f.severity} active` : `mark ${f.severity}`;
      if (mark.className !== cls) mark.className = cls;
      if (mark.dataset.rule !== f.ruleId) mark.dataset.rule = f.ruleId;
      if (mark.dataset.text !== f.text) mark.dataset.text = f.text;
      const rects = [];
      const boxes = measured[i];
      while (mark.children.length > boxes.length) mark.lastChild.remove();
      boxes.forEach((r, j) => {
        const d = mark.children[j] || mark.appendChild(doc.createElement('div'));
        const css = `left:${r.x}px;top:${r.y}px;width:${r.w}px;height:${r.h}px`;
        if (d.style.cssText !== css) d.style.cssText = css;
        // Viewport rect, clipped to the editor's visible content.
        const left = Math.max(ox + r.x, ox);
        const top = Math.max(oy + r.y, oy);
        const right = Math.min(ox + r.x + r.w, ox + cw);
        const bottom = Math.min(oy + r.y + r.h, oy + ch);
        if (right > left && bottom > top) rects.push({ left, top, right, bottom });
      });
      this.hits.push(rects);
    });
    while (marks.length > findings.length) clip.lastChild.remove();
    this.drawBadge(box.width - cl - cw, box.height - ct - ch);
  }

  /** The badge sits in the bottom-right corner of the editor's visible content (not on a scrollbar). */
  drawBadge(right, bottom) {
    const badge = this.badge;
    const r = `${right + 6}px`;
    const b = `${bottom + 6}px`;
    if (badge.style.right !== r) badge.style.right = r;
    if (badge.style.bottom !== b) badge.style.bottom = b;
    if (this.score === null) {
      badge.hidden = true;
      return;
    }
    badge.hidden = false;
    const collapsed = this.app.badgeCollapsed;
    badge.classList.toggle('collapsed', collapsed);
    const n = this.findings.length;
    const score = String(this.score);
    if (badge.dataset.score === score && badge.dataset.count === String(n) && badge.dataset.collapsed === String(collapsed)) return;
    badge.dataset.score = score;
    badge.dataset.count = String(n);
    badge.dataset.collapsed = String(collapsed);
    badge.style.setProperty('--warmth', warmthColour(this.score));
    badge.children[2].textContent = score;
    badge.children[3].textContent = n ? `· ${n} to soften` : '· all warm';
    badge.title = `warmly: warmth ${score}/100, ${n} ${n === 1 ? 'phrase' : 'phrases'} to soften. Click to ${collapsed ? 'expand' : 'collapse'}.`;
    badge.setAttribute('aria-label', badge.title);
    badge.setAttribute('aria-expanded', String(!collapsed));
  }

  /** Index of the finding under a viewport point, or -1. */
  hitTest(x, y) {
    for (let i = 0; i < this.hits.length; i++) {
      for (const r of this.hits[i]) if (x >= r.left && x < r.right && y >= r.top && y < r.bottom) return i;
    }
    return -1;
  }

  /** Index of the finding containing the caret (strictly inside), or -1. */
  caretFinding() {
    const caret = this.adapter.caret();
    if (caret < 0) return -1;
    return this.findings.findIndex((f) => f.start < caret && caret < f.end);
  }
}

class App {
  constructor(doc) {
    this.doc = doc;
    this.site = siteOf(doc.defaultView);
    this.settings = null;
    this.enabled = false;
    this.linter = null;
    this.configError = null;
    this.generation = 0;
    this.controllers = new Map();
    this.overlay = null;
    this.card = null; // { ctrl, index, source: 'hover' | 'caret' }
    this.dismissed = null; // the finding whose card Escape closed, while the caret stays in it
    this.hideTimer = 0;
    this.repositionFrame = 0;
    this.reportTimer = 0;
    this.badgeCollapsed = false;
    this.listeners = [];
  }

  async start() {
    const local = await chrome.storage.local.get({ badgeCollapsed: false });
    this.badgeCollapsed = !!local.badgeCollapsed;
    chrome.storage.onChanged.addListener((changes, area) => {
      if (!chrome.runtime?.id) return;
      if (area === 'sync') this.applySettings();
      if (area === 'local' && changes.badgeCollapsed) {
        this.badgeCollapsed = !!changes.badgeCollapsed.newValue;
        for (const c of this.controllers.values()) c.draw();
      }
    });
    await this.applySettings();
  }

  async applySettings() {
    const generation = ++this.generation;
    const settings = await loadSettings();
    if (generation !== this.generation) return;
    this.settings = settings;
    if (!siteEnabled(settings, this.site)) {
      this.disable();
      this.report();
      return;
    }
    this.config = linterConfig(settings);
    // The core is loaded only in frames that have an editor (see consider()).
    if (this.linter || this.controllers.size) await this.loadLinter();
    if (generation !== this.generation) return;
    if (!this.enabled) this.enable();
    this.report();
  }

  /** (Re)builds the linter for the current config and relints every editor. */
  async loadLinter() {
    const generation = this.generation;
    const { linter, error } = await createLinter(this.config);
    if (generation !== this.generation) {
      linter.free?.();
      return;
    }
    const old = this.linter;
    this.linter = linter;
    this.configError = error;
    if (error) console.warn('warmly: your settings were not all usable:', error);
    for (const c of this.controllers.values()) {
      c.text = null;
      c.run();
    }
    old?.free?.();
    this.report();
  }

  on(target, type, fn, opts) {
    target.addEventListener(type, fn, opts);
    this.listeners.push([target, type, fn, opts]);
  }

  enable() {
    this.enabled = true;
    const win = this.doc.defaultView;
    this.on(this.doc, 'focusin', (e) => this.consider(editorFor(e.target)), true);
    this.on(this.doc, 'scroll', () => this.requestReposition(), { capture: true, passive: true });
    this.on(win, 'resize', () => this.requestReposition(), { passive: true });
    this.on(this.doc, 'mousemove', (e) => this.onMouseMove(e), { capture: true, passive: true });
    this.on(this.doc, 'selectionchange', () => this.onSelectionChange());
    this.on(this.doc, 'keydown', (e) => {
      if (e.key === 'Escape' && this.card) {
        // The caret may still be in the phrase: its card stays closed until the caret leaves.
        this.dismissed = this.card.finding;
        this.hideCard();
      }
    }, true);
    this.observer = new MutationObserver(() => {
      if (!this.scanTimer) this.scanTimer = setTimeout(() => this.scan(), 200);
      // The page changed around the editors (a new message above the reply box moves it).
      if (this.controllers.size) this.requestReposition();
    });
    this.observer.observe(this.doc.documentElement, {
      childList: true, subtree: true, attributes: true, attributeFilter: ['contenteditable'],
    });
    // Pages that set a textarea's value from script fire no `input` event.
    this.poll = setInterval(() => {
      for (const c of this.controllers.values()) {
        if (c.adapter.kind === 'textarea' && c.el.value !== c.text && c.pendingSince === null) c.schedule();
      }
    }, 500);
    this.scan();
  }

  disable() {
    if (!this.enabled) return;
    this.enabled = false;
    for (const [target, type, fn, opts] of this.listeners) target.removeEventListener(type, fn, opts);
    this.listeners = [];
    this.observer?.disconnect();
    clearInterval(this.poll);
    clearTimeout(this.scanTimer);
    this.scanTimer = 0;
    this.hideCard();
    for (const c of this.controllers.values()) c.destroy();
    this.controllers.clear();
    this.overlay?.destroy();
    this.overlay = null;
    this.countsChanged();
  }

  scan() {
    this.scanTimer = 0;
    if (!this.enabled) return;
    this.overlay?.ensureAttached();
    for (const [el, c] of this.controllers) {
      if (!el.isConnected || !isEditor(el)) {
        if (this.card?.ctrl === c) this.hideCard();
        c.destroy();
        this.controllers.delete(el);
        this.countsChanged();
      }
    }
    for (const el of this.doc.querySelectorAll('textarea, [contenteditable]')) this.consider(el);
    if (this.doc.body?.isContentEditable) this.consider(this.doc.body);
  }

  consider(el) {
    if (!this.enabled || !el || this.controllers.has(el) || !isEditor(el)) return;
    if (this.overlay && this.overlay.host.contains(el)) return;
    // The overlay and the core are set up when the first editor is found.
    if (!this.overlay) this.overlay = new Overlay(this.doc);
    this.controllers.set(el, new Controller(this, el));
    if (!this.linter && !this.linterPromise) {
      this.linterPromise = this.loadLinter()
        .catch((err) => console.warn('warmly: could not load the core', err))
        .finally(() => {
          this.linterPromise = null;
        });
    }
  }

  requestReposition() {
    if (this.repositionFrame) return;
    this.repositionFrame = requestAnimationFrame(() => {
      this.repositionFrame = 0;
      for (const c of this.controllers.values()) c.draw();
      if (this.card) this.placeCard();
    });
  }

  toggleBadge() {
    this.badgeCollapsed = !this.badgeCollapsed;
    for (const c of this.controllers.values()) c.draw();
    chrome.storage.local.set({ badgeCollapsed: this.badgeCollapsed });
  }

  onMouseMove(e) {
    if (this.card && e.composedPath().includes(this.overlay.card)) {
      clearTimeout(this.hideTimer);
      return;
    }
    for (const c of this.controllers.values()) {
      const i = c.hitTest(e.clientX, e.clientY);
      if (i >= 0) {
        clearTimeout(this.hideTimer);
        this.showCard(c, i, 'hover');
        return;
      }
    }
    if (this.card && this.card.source === 'hover') {
      clearTimeout(this.hideTimer);
      this.hideTimer = setTimeout(() => this.hideCard(), HIDE_DELAY_MS);
    }
  }

  onSelectionChange() {
    const active = this.doc.activeElement;
    const c = active && this.controllers.get(editorFor(active) || active);
    if (!c) {
      if (this.card?.source === 'caret') this.hideCard();
      return;
    }
    const i = c.caretFinding();
    const f = i >= 0 ? c.findings[i] : null;
    const d = this.dismissed;
    if (d && !(f && f.ruleId === d.ruleId && f.start === d.start && f.end === d.end)) this.dismissed = null;
    if (f && !this.dismissed) this.showCard(c, i, 'caret');
    else if (this.card?.source === 'caret') this.hideCard();
  }

  showCard(ctrl, index, source) {
    const same = this.card && this.card.ctrl === ctrl && this.card.index === index && this.card.finding === ctrl.findings[index];
    this.card = { ctrl, index, source: same && this.card.source === 'caret' ? 'caret' : source, finding: ctrl.findings[index] };
    if (same) return;
    const finding = ctrl.findings[index];
    this.overlay.showCard(finding, this.anchor(ctrl, index), {
      apply: (i) => this.apply(ctrl, finding, i),
      allow: () => this.allow(finding),
    });
    ctrl.draw();
    this.overlay.host.dataset.card = finding.ruleId;
  }

  anchor(ctrl, index) {
    const rects = ctrl.hits[index];
    if (rects && rects.length) return rects[0];
    const b = ctrl.el.getBoundingClientRect();
    return { left: b.left, top: b.top, right: b.right, bottom: b.top };
  }

  placeCard() {
    const { ctrl, index } = this.card;
    if (!ctrl.findings[index]) return this.hideCard();
    const card = this.overlay.card;
    const a = this.anchor(ctrl, index);
    const view = this.doc.defaultView;
    const h = card.offsetHeight;
    let top = a.bottom + 6;
    if (top + h > view.innerHeight - 8 && a.top - h - 6 >= 8) top = a.top - h - 6;
    card.style.left = `${Math.max(8, Math.min(a.left, view.innerWidth - card.offsetWidth - 8))}px`;
    card.style.top = `${top}px`;
  }

  /** After a relint: keep the card on the same finding if it is still there, else close it. */
  refreshCard(ctrl) {
    if (!this.card || this.card.ctrl !== ctrl) return;
    const old = this.card.finding;
    const index = ctrl.findings.findIndex((f) => f.ruleId === old.ruleId && f.start === old.start && f.end === old.end);
    if (index < 0) return this.hideCard();
    if (ctrl.findings[index] !== old) {
      this.card.index = index;
      this.card.finding = ctrl.findings[index];
    }
    this.placeCard();
  }

  hideCard() {
    clearTimeout(this.hideTimer);
    if (!this.card) return;
    const ctrl = this.card.ctrl;
    this.card = null;
    this.overlay?.hideCard();
    if (this.overlay) delete this.overlay.host.dataset.card;
    if (this.controllers.has(ctrl.el)) ctrl.draw();
  }

  apply(ctrl, finding, index) {
    const suggestion = finding.suggestions[index];
    this.hideCard();
    const text = ctrl.adapter.text();
    if (!suggestion || text.slice(finding.start, finding.end) !== finding.text) {
      // The text changed under the card: relint instead of replacing the wrong words.
      ctrl.text = null;
      ctrl.run();
      return;
    }
    ctrl.adapter.replace(finding.start, finding.end, suggestion.text);
    if (ctrl.pendingSince === null && ctrl.adapter.text() !== ctrl.text) ctrl.run();
  }

  async allow(finding) {
    this.hideCard();
    const phrase = finding.text.trim();
    const { allow } = await chrome.storage.sync.get({ allow: [] });
    if (!allow.includes(phrase)) await chrome.storage.sync.set({ allow: [...allow, phrase] });
  }

  countsChanged() {
    if (this.reportTimer) return;
    this.reportTimer = setTimeout(() => {
      this.reportTimer = 0;
      this.report();
    }, 250);
  }

  counts() {
    const byCategory = {};
    let findings = 0;
    const scores = [];
    for (const c of this.controllers.values()) {
      findings += c.findings.length;
      for (const f of c.findings) byCategory[f.category] = (byCategory[f.category] || 0) + 1;
      if (c.score !== null) scores.push(c.score);
    }
    return { editors: this.controllers.size, findings, byCategory, scores };
  }

  report() {
    if (!chrome.runtime?.id) return;
    const win = this.doc.defaultView;
    chrome.runtime
      .sendMessage({
        type: 'warmly:counts',
        site: this.site,
        top: win === win.top,
        timeOrigin: performance.timeOrigin,
        enabled: this.enabled,
        error: this.configError,
        counts: this.counts(),
      })
      .catch(() => {});
  }
}

let app = null;

export function start() {
  if (app) return app;
  app = new App(document);
  app.start().catch((err) => console.warn('warmly:', err));
  return app;
}
