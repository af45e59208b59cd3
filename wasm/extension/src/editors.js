// Editor adapters: read the text of a textarea or a contenteditable element, measure where a
// UTF-16 range of that text is drawn on screen, and replace a range through the editor's own
// input path. Nothing here changes the editor's DOM or text except `replace`, which the user asks
// for by clicking a suggestion.

/** Styles that decide where a textarea's text wraps and how it is drawn. */
const MIRROR_PROPS = [
  'direction', 'writingMode', 'textOrientation',
  'paddingTop', 'paddingRight', 'paddingBottom', 'paddingLeft',
  'fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'fontKerning',
  'fontFeatureSettings', 'fontVariationSettings', 'fontSizeAdjust', 'fontOpticalSizing',
  'lineHeight', 'letterSpacing', 'wordSpacing', 'textIndent', 'textTransform', 'textAlign',
  'textRendering', 'whiteSpace', 'wordBreak', 'overflowWrap', 'tabSize', 'hyphens', 'lineBreak',
];

/** Is this element an editor warmly should lint? */
export function isEditor(el) {
  if (!el || el.nodeType !== 1) return false;
  if (el.localName === 'textarea') return !el.readOnly && !el.disabled;
  if (!el.isContentEditable) return false;
  // Only the editing host, not every editable descendant.
  const parent = el.parentElement;
  return !(parent && parent.isContentEditable);
}

/** The editing host containing a node, or null. */
export function editorFor(node) {
  let el = node && node.nodeType === 1 ? node : node && node.parentElement;
  if (!el) return null;
  if (el.localName === 'textarea') return isEditor(el) ? el : null;
  if (!el.isContentEditable) return null;
  while (el.parentElement && el.parentElement.isContentEditable) el = el.parentElement;
  return isEditor(el) ? el : null;
}

/** Replaces the current selection with `text` like typing would, so frameworks and undo see it. */
function insertText(doc, text) {
  try {
    return doc.execCommand('insertText', false, text);
  } catch {
    return false;
  }
}

export class TextareaAdapter {
  constructor(el, mirrorParent) {
    this.el = el;
    this.kind = 'textarea';
    this.mirror = el.ownerDocument.createElement('div');
    this.mirror.className = 'mirror';
    this.mirror.setAttribute('aria-hidden', 'true');
    // One block per line of the text: typing changes one line, so only that line is laid out
    // again. lines[i] is the text of line i, starts[i] its offset in the text.
    this.lines = [];
    this.starts = [];
    mirrorParent.appendChild(this.mirror);
    this.styleKey = '';
    this.style = el.ownerDocument.defaultView.getComputedStyle(el);
    this.range = el.ownerDocument.createRange();
  }

  destroy() {
    this.mirror.remove();
  }

  text() {
    return this.el.value;
  }

  /** Copies the textarea's text styles to the mirror when they (or its width) changed. */
  syncStyle() {
    const s = this.style;
    const key = `${this.el.clientWidth}|${s.font}|${s.padding}|${s.lineHeight}|${s.letterSpacing}|${s.wordSpacing}|${s.whiteSpace}|${s.textAlign}|${s.direction}|${s.textIndent}|${s.textTransform}`;
    if (key === this.styleKey) return false;
    this.styleKey = key;
    const m = this.mirror.style;
    for (const p of MIRROR_PROPS) m[p] = s[p];
    // The mirror is as wide as the textarea's content box, so lines wrap at the same places.
    const padX = parseFloat(s.paddingLeft) + parseFloat(s.paddingRight);
    m.boxSizing = 'content-box';
    m.width = `${Math.max(0, this.el.clientWidth - padX)}px`;
    m.border = '0';
    m.margin = '0';
    return true;
  }

  /** Makes the mirror's line blocks hold `text`, touching only the lines that changed. */
  syncText(text) {
    const doc = this.el.ownerDocument;
    const lines = text.split('\n');
    const blocks = this.mirror.children;
    const starts = new Array(lines.length);
    let offset = 0;
    for (let i = 0; i < lines.length; i++) {
      starts[i] = offset;
      offset += lines[i].length + 1;
      let block = blocks[i];
      if (!block) {
        block = doc.createElement('div');
        block.appendChild(doc.createTextNode(''));
        this.mirror.appendChild(block);
        this.lines[i] = null;
      }
      if (this.lines[i] !== lines[i]) {
        // An empty line still makes a line box.
        block.firstChild.data = lines[i] || '\u200b';
        this.lines[i] = lines[i];
      }
    }
    while (blocks.length > lines.length) this.mirror.lastChild.remove();
    this.lines.length = lines.length;
    this.starts = starts;
  }

  /** The mirror text node and offset of a text offset. */
  locate(offset) {
    const starts = this.starts;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    const node = this.mirror.children[lo].firstChild;
    return { line: lo, node, offset: Math.min(offset - starts[lo], this.lines[lo].length) };
  }

  /**
   * Client rects of each finding's [start, end), relative to the editor's padding box (the
   * visible top-left of its scrolled content), in CSS pixels. The mirror is laid out again only
   * when the text, the findings or the styles changed; a scroll only shifts the cached rects.
   */
  measure(findings, text) {
    const styleChanged = this.syncStyle();
    if (styleChanged || text !== this.measuredText || findings !== this.measuredFindings) {
      if (text !== this.measuredText) this.syncText(text);
      const origin = this.mirror.getBoundingClientRect();
      this.content = findings.map((f) => {
        const rects = [];
        const a = this.locate(f.start);
        const b = this.locate(f.end);
        for (let line = a.line; line <= b.line; line++) {
          const node = this.mirror.children[line].firstChild;
          this.range.setStart(node, line === a.line ? a.offset : 0);
          this.range.setEnd(node, line === b.line ? b.offset : this.lines[line].length);
          for (const r of this.range.getClientRects()) {
            if (r.width > 0.5) rects.push({ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height });
          }
        }
        return rects;
      });
      this.measuredText = text;
      this.measuredFindings = findings;
    }
    const sx = this.el.scrollLeft;
    const sy = this.el.scrollTop;
    return this.content.map((rects) => rects.map((r) => ({ x: r.x - sx, y: r.y - sy, w: r.w, h: r.h })));
  }

  /** The caret offset when the selection is collapsed inside this editor, else -1. */
  caret() {
    const el = this.el;
    if (el.ownerDocument.activeElement !== el || el.selectionStart !== el.selectionEnd) return -1;
    return el.selectionStart;
  }

  /** Replaces [start, end) with `text` as if typed; returns true when the value changed. */
  replace(start, end, text) {
    const el = this.el;
    const before = el.value;
    el.focus();
    el.setSelectionRange(start, end);
    if (insertText(el.ownerDocument, text) && el.value !== before) return true;
    // Fallback: set the range and tell the page an edit happened.
    el.setRangeText(text, start, end, 'end');
    el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    return el.value !== before;
  }
}

const BLOCK_TAGS = new Set([
  'ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION',
  'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HR', 'LI', 'MAIN',
  'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'TR', 'UL',
]);
const SKIP_TAGS = new Set(['SCRIPT', 'STYLE', 'TEMPLATE', 'NOSCRIPT']);

export class ContentEditableAdapter {
  constructor(el) {
    this.el = el;
    this.kind = 'contenteditable';
    this.segments = [];
    this.value = '';
    this.range = el.ownerDocument.createRange();
  }

  destroy() {}

  /**
   * The editor's text as the linter sees it: text nodes in order, block boundaries and <br> as
   * "\n". Each text node is recorded as a segment so UTF-16 offsets map back to DOM positions.
   * Source newlines and tabs inside text nodes render as spaces, so they become spaces (the
   * length stays the same, so the mapping stays exact).
   */
  text() {
    const segments = [];
    let text = '';
    const newline = () => {
      if (text.length && text[text.length - 1] !== '\n') text += '\n';
    };
    const visit = (node, pre) => {
      for (let child = node.firstChild; child; child = child.nextSibling) {
        if (child.nodeType === 3) {
          const data = pre ? child.data : child.data.replace(/[\n\r\t]/g, ' ');
          if (!data) continue;
          segments.push({ node: child, start: text.length, end: text.length + data.length });
          text += data;
        } else if (child.nodeType === 1) {
          const tag = child.tagName;
          if (SKIP_TAGS.has(tag)) continue;
          if (tag === 'BR') {
            text += '\n';
            continue;
          }
          const block = BLOCK_TAGS.has(tag);
          if (block) newline();
          visit(child, pre || tag === 'PRE');
          if (block) newline();
        }
      }
    };
    visit(this.el, false);
    this.segments = segments;
    this.value = text;
    return text;
  }

  /**
   * The DOM position of a text offset. A range start goes to the text node starting the range, a
   * range end to the text node ending it (so a phrase right after <b>...</b> does not start inside
   * the bold text). Offsets on a "\n" we added snap to the nearest text in that direction.
   */
  point(offset, end) {
    const segs = this.segments;
    if (!segs.length) return { node: this.el, offset: 0 };
    if (!end) {
      for (const s of segs) {
        if (offset < s.end) return { node: s.node, offset: Math.max(0, offset - s.start) };
      }
      const last = segs[segs.length - 1];
      return { node: last.node, offset: last.end - last.start };
    }
    for (let i = segs.length - 1; i >= 0; i--) {
      const s = segs[i];
      if (offset > s.start) return { node: s.node, offset: Math.min(offset, s.end) - s.start };
    }
    return { node: segs[0].node, offset: 0 };
  }

  /** The text offset of a DOM position inside the editor, or -1. */
  offsetOf(node, offset) {
    if (node.nodeType === 3) {
      for (const s of this.segments) if (s.node === node) return s.start + Math.min(offset, s.end - s.start);
      return -1;
    }
    // An element position (between children): the end of the last text before it.
    const probe = this.el.ownerDocument.createRange();
    probe.setStart(node, offset);
    let last = 0;
    for (const s of this.segments) {
      if (probe.comparePoint(s.node, 0) >= 0) return last;
      last = s.end;
    }
    return last;
  }

  measure(findings) {
    const editor = this.el.getBoundingClientRect();
    const dx = -editor.left - this.el.clientLeft;
    const dy = -editor.top - this.el.clientTop;
    const out = [];
    for (const { start, end } of findings) {
      const rects = [];
      for (const s of this.segments) {
        if (s.end <= start) continue;
        if (s.start >= end) break;
        this.range.setStart(s.node, Math.max(start, s.start) - s.start);
        this.range.setEnd(s.node, Math.min(end, s.end) - s.start);
        for (const r of this.range.getClientRects()) {
          if (r.width > 0.5) rects.push({ x: r.left + dx, y: r.top + dy, w: r.width, h: r.height });
        }
      }
      out.push(rects);
    }
    return out;
  }

  caret() {
    const doc = this.el.ownerDocument;
    const sel = doc.getSelection();
    if (!sel || sel.rangeCount === 0 || !sel.isCollapsed) return -1;
    if (!this.el.contains(sel.anchorNode)) return -1;
    return this.offsetOf(sel.anchorNode, sel.anchorOffset);
  }

  domRange(start, end) {
    const a = this.point(start, false);
    const b = this.point(end, true);
    const range = this.el.ownerDocument.createRange();
    range.setStart(a.node, a.offset);
    range.setEnd(b.node, b.offset);
    return range;
  }

  replace(start, end, text) {
    const doc = this.el.ownerDocument;
    this.text();
    const before = this.value;
    this.el.focus();
    const range = this.domRange(start, end);
    const sel = doc.getSelection();
    sel.removeAllRanges();
    sel.addRange(range);
    if (insertText(doc, text) && this.text() !== before) return true;
    // Fallback: offer the edit to the page's editor first, then make it ourselves.
    const beforeInput = new InputEvent('beforeinput', {
      bubbles: true, cancelable: true, inputType: 'insertReplacementText', data: text,
    });
    if (!this.el.dispatchEvent(beforeInput)) return this.text() !== before;
    range.deleteContents();
    const node = doc.createTextNode(text);
    range.insertNode(node);
    sel.removeAllRanges();
    const caret = doc.createRange();
    caret.setStartAfter(node);
    sel.addRange(caret);
    this.el.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertReplacementText', data: text }));
    return this.text() !== before;
  }
}

export function adapterFor(el, mirrorParent) {
  return el.localName === 'textarea' ? new TextareaAdapter(el, mirrorParent) : new ContentEditableAdapter(el);
}
