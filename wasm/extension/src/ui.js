// The overlay: one fixed, click-through host element with a shadow root, holding a layer per
// editor (highlight rectangles and the warmth badge), the textarea mirrors and the card.
// It sits next to the page's DOM, never inside an editor.

import { CATEGORY_LABELS } from './settings.js';

const CSS = `
:host { all: initial !important; position: fixed !important; left: 0 !important; top: 0 !important;
  width: 0 !important; height: 0 !important; z-index: 2147483647 !important; pointer-events: none !important;
  display: block !important; contain: layout style; }
.layer { position: fixed; pointer-events: none; }
.layer[hidden] { display: none; }
.clip { position: absolute; overflow: hidden; pointer-events: none; }
.mark { position: absolute; left: 0; top: 0; }
.mark > div { position: absolute; border-bottom: 2px solid var(--c); background: var(--bg); border-radius: 2px;
  box-sizing: border-box; }
.mark.error { --c: #d23c3c; --bg: rgba(210, 60, 60, .13); }
.mark.warning { --c: #e08a00; --bg: rgba(224, 138, 0, .13); }
.mark.info { --c: #3b7ddd; --bg: rgba(59, 125, 221, .11); }
.mark.active > div { --bg: rgba(224, 138, 0, .28); }
.mark.error.active > div { --bg: rgba(210, 60, 60, .28); }
.mark.info.active > div { --bg: rgba(59, 125, 221, .25); }
.mirror { position: fixed; left: 0; top: 0; visibility: hidden; pointer-events: none; overflow: hidden;
  height: auto; margin: 0; border: 0; contain: layout style; }
.mirrors { position: fixed; left: -100000px; top: 0; width: 0; height: 0; overflow: visible; visibility: hidden; }
.badge { position: absolute; right: 6px; bottom: 6px; pointer-events: auto; width: max-content; box-sizing: border-box; display: flex; align-items: center; gap: 5px; height: 22px;
  padding: 0 8px 0 6px; border-radius: 11px; border: 1px solid rgba(0,0,0,.12); background: #fff; color: #333;
  font: 600 12px/20px system-ui, -apple-system, "Segoe UI", sans-serif; cursor: pointer;
  box-shadow: 0 1px 3px rgba(0,0,0,.15); white-space: nowrap; user-select: none; }
.badge:focus-visible { outline: 2px solid #3b7ddd; outline-offset: 1px; }
.badge .dot { width: 10px; height: 10px; border-radius: 50%; background: var(--warmth); flex: none; }
.badge.collapsed { padding: 0; width: 16px; height: 16px; justify-content: center; border-radius: 50%; }
.badge.collapsed .label, .badge.collapsed .score, .badge.collapsed .issues { display: none; }
.badge .label { font-weight: 500; color: #666; }
.badge .issues { font-weight: 500; color: #666; }
.card { position: fixed; pointer-events: auto; box-sizing: border-box; width: max-content; max-width: min(360px, calc(100vw - 16px));
  padding: 10px 12px; border-radius: 8px; background: #fff; color: #222; border: 1px solid rgba(0,0,0,.12);
  box-shadow: 0 6px 24px rgba(0,0,0,.18); font: 13px/1.4 system-ui, -apple-system, "Segoe UI", sans-serif; }
.card[hidden] { display: none; }
.card .head { display: flex; gap: 8px; align-items: baseline; margin-bottom: 4px; }
.card .cat { font-weight: 700; font-size: 11px; text-transform: uppercase; letter-spacing: .04em; color: var(--c); }
.card .rule { font: 11px ui-monospace, monospace; color: #888; }
.card .msg { font-weight: 600; margin-bottom: 4px; }
.card .why { color: #555; margin-bottom: 8px; }
.card .sugs { display: flex; flex-wrap: wrap; gap: 6px; }
.card button { font: inherit; cursor: pointer; border-radius: 6px; }
.card .sug { border: 1px solid #2e8b57; background: #eef8f2; color: #1d6b40; padding: 3px 8px; font-weight: 600; }
.card .sug:hover, .card .sug:focus-visible { background: #d8f0e2; }
.card .none { color: #777; font-style: italic; }
.card .foot { margin-top: 8px; border-top: 1px solid #eee; padding-top: 6px; }
.card .allow { border: 0; background: none; color: #666; padding: 0; font-size: 12px; text-decoration: underline; }
.card.error { --c: #d23c3c; } .card.warning { --c: #c07500; } .card.info { --c: #3b7ddd; }
`;

export function warmthColour(score) {
  if (score >= 80) return '#2e8b57';
  if (score >= 60) return '#9bbb3c';
  if (score >= 40) return '#e08a00';
  return '#d23c3c';
}

export class Overlay {
  constructor(doc) {
    this.doc = doc;
    this.host = doc.createElement('warmly-overlay');
    this.host.setAttribute('aria-hidden', 'false');
    this.root = this.host.attachShadow({ mode: 'open' });
    // A constructed sheet is not subject to the page's style-src CSP; <style> is the fallback.
    let style = null;
    try {
      const sheet = new doc.defaultView.CSSStyleSheet();
      sheet.replaceSync(CSS);
      this.root.adoptedStyleSheets = [sheet];
    } catch {
      style = doc.createElement('style');
      style.textContent = CSS;
    }
    this.mirrors = doc.createElement('div');
    this.mirrors.className = 'mirrors';
    this.layers = doc.createElement('div');
    this.card = doc.createElement('div');
    this.card.className = 'card';
    this.card.hidden = true;
    this.card.setAttribute('role', 'dialog');
    this.card.setAttribute('aria-label', 'warmly suggestion');
    this.root.append(...(style ? [style] : []), this.mirrors, this.layers, this.card);
    doc.documentElement.appendChild(this.host);
  }

  destroy() {
    this.host.remove();
  }

  /** Re-attaches the host when a page replaced <html>'s children. */
  ensureAttached() {
    if (!this.host.isConnected) this.doc.documentElement.appendChild(this.host);
  }

  createLayer() {
    const d = this.doc;
    const layer = d.createElement('div');
    layer.className = 'layer';
    layer.hidden = true;
    const clip = d.createElement('div');
    clip.className = 'clip';
    const badge = d.createElement('button');
    badge.type = 'button';
    badge.className = 'badge';
    badge.hidden = true;
    for (const [cls, text] of [['dot', ''], ['label', 'Warmth'], ['score', ''], ['issues', '']]) {
      const span = d.createElement('span');
      span.className = cls;
      span.textContent = text;
      badge.appendChild(span);
    }
    layer.append(clip, badge);
    this.layers.appendChild(layer);
    return { layer, clip, badge };
  }

  /** Fills and places the card for a finding; `anchor` is a viewport rect. */
  showCard(finding, anchor, handlers) {
    const d = this.doc;
    const card = this.card;
    card.className = `card ${finding.severity}`;
    const head = d.createElement('div');
    head.className = 'head';
    const cat = d.createElement('span');
    cat.className = 'cat';
    cat.textContent = CATEGORY_LABELS[finding.category] || finding.category;
    const rule = d.createElement('span');
    rule.className = 'rule';
    rule.textContent = finding.ruleId;
    head.append(cat, rule);
    const msg = d.createElement('div');
    msg.className = 'msg';
    msg.textContent = finding.message;
    const why = d.createElement('div');
    why.className = 'why';
    why.textContent = finding.why;
    const sugs = d.createElement('div');
    sugs.className = 'sugs';
    finding.suggestions.forEach((s, i) => {
      const b = d.createElement('button');
      b.type = 'button';
      b.className = 'sug';
      b.dataset.index = String(i);
      b.textContent = s.text;
      b.title = `Replace “${finding.text}” with “${s.text}”`;
      // Keep the editor's focus and selection while clicking.
      b.addEventListener('mousedown', (e) => e.preventDefault());
      b.addEventListener('click', (e) => {
        e.preventDefault();
        handlers.apply(i);
      });
      sugs.appendChild(b);
    });
    if (!finding.suggestions.length) {
      const none = d.createElement('span');
      none.className = 'none';
      none.textContent = 'Rephrase in your own words.';
      sugs.appendChild(none);
    }
    const foot = d.createElement('div');
    foot.className = 'foot';
    const allow = d.createElement('button');
    allow.type = 'button';
    allow.className = 'allow';
    allow.textContent = `Always allow “${finding.text}”`;
    allow.addEventListener('mousedown', (e) => e.preventDefault());
    allow.addEventListener('click', (e) => {
      e.preventDefault();
      handlers.allow();
    });
    foot.appendChild(allow);
    card.replaceChildren(head, msg, why, sugs, foot);
    card.hidden = false;
    // Below the words if it fits, else above; clamped to the viewport.
    const view = this.doc.defaultView;
    const w = card.offsetWidth;
    const h = card.offsetHeight;
    let left = Math.min(anchor.left, view.innerWidth - w - 8);
    left = Math.max(8, left);
    let top = anchor.bottom + 6;
    if (top + h > view.innerHeight - 8 && anchor.top - h - 6 >= 8) top = anchor.top - h - 6;
    card.style.left = `${left}px`;
    card.style.top = `${top}px`;
  }

  hideCard() {
    this.card.hidden = true;
    this.card.replaceChildren();
  }
}
