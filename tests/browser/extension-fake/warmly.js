// A stand-in for wasm/pkg/web/warmly.js with the same API shape, used only while developing the
// extension before the real WebAssembly build exists (WARMLY_WASM_WEB=tests/browser/extension-fake
// scripts/extension-build.sh). The extension tests run against the real build.
let ready = false;

export default async function init(arg) {
  const url = arg && typeof arg === 'object' && !(arg instanceof URL) ? arg.module_or_path : arg;
  const res = await fetch(url);
  await WebAssembly.instantiate(await res.arrayBuffer(), {});
  ready = true;
}

const RULES = [
  { id: 'hostile/calm-down', category: 'hostile', severity: 'error', phrases: ['calm down'], suggest: ['I understand this is frustrating'], message: 'Telling a customer to calm down.', why: 'It dismisses their feelings.' },
  { id: 'passive_aggressive/per-my-last-email', category: 'passive_aggressive', severity: 'warning', phrases: ['per my last email'], suggest: ['To recap,'], message: 'Pointed reminder.', why: 'Reads as irritation.' },
  { id: 'blame/you-failed-to', category: 'blame', severity: 'warning', phrases: ['you failed to'], suggest: ["it looks like we didn't"], message: 'Blames the customer.', why: 'Puts the fault on them.' },
  { id: 'condescending/obviously', category: 'condescending', severity: 'info', phrases: ['obviously'], suggest: [], message: 'Condescending.', why: 'Implies they should know.' },
];

export class Linter {
  constructor(config = {}) {
    if (!ready) throw new Error('init() first');
    const ignore = new Set(config?.ignore ?? []);
    this.allow = (config?.allow ?? []).map((a) => a.toLowerCase());
    this.rules_ = [...RULES, ...(config?.rules ?? []).map((r) => ({ ...r, suggest: r.suggest ?? [] }))].filter(
      (r) => !ignore.has(r.id) && !ignore.has(r.category),
    );
  }
  lint(text) {
    const lower = text.toLowerCase();
    const out = [];
    for (const r of this.rules_) {
      for (const p of r.phrases) {
        let i = lower.indexOf(p);
        while (i >= 0) {
          const end = i + p.length;
          const okB = i === 0 || !/\w/.test(lower[i - 1]);
          const okA = end === lower.length || !/\w/.test(lower[end]);
          const allowed = this.allow.some((a) => {
            const j = lower.indexOf(a);
            return j >= 0 && j <= i && j + a.length >= end;
          });
          if (okB && okA && !allowed) {
            const before = text.slice(0, i);
            const line = before.split('\n').length;
            out.push({
              ruleId: r.id, category: r.category, severity: r.severity ?? 'warning', message: r.message, why: r.why,
              start: i, end, line, column: i - before.lastIndexOf('\n'),
              suggestions: r.suggest.map((s) => ({ text: s, applicability: 'unsafe' })),
            });
          }
          i = lower.indexOf(p, end);
        }
      }
    }
    return out.sort((a, b) => a.start - b.start);
  }
  score(text) {
    return { score: Math.max(0, 100 - 15 * this.lint(text).length), markers: [] };
  }
  rules() {
    return this.rules_.map((r) => ({ id: r.id, category: r.category, severity: r.severity, message: r.message, why: r.why }));
  }
  free() {}
}
