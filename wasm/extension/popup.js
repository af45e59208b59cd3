// The toolbar popup: switch warmly on or off for the current site and show this page's counts
// (reported by the content scripts of every frame through the service worker).
import { CATEGORIES, loadSettings } from './src/settings.js';

const $ = (id) => document.getElementById(id);

async function currentTabId() {
  // popup.html?tab=ID shows another tab (used when the popup is opened as a page, e.g. in tests).
  const param = new URLSearchParams(location.search).get('tab');
  if (param !== null && /^\d+$/.test(param)) return Number(param);
  const [tab] = await chrome.tabs.query({ active: true, currentWindow: true });
  return tab ? tab.id : null;
}

let tabId = null;

function total(state) {
  const sum = { editors: 0, findings: 0, byCategory: {}, scores: [], error: null, enabled: false };
  for (const f of Object.values(state.frames || {})) {
    if (f.enabled) sum.enabled = true;
    if (f.error) sum.error = f.error;
    sum.editors += f.counts.editors;
    sum.findings += f.counts.findings;
    sum.scores.push(...f.counts.scores);
    for (const [cat, n] of Object.entries(f.counts.byCategory)) sum.byCategory[cat] = (sum.byCategory[cat] || 0) + n;
  }
  return sum;
}

async function render() {
  const key = `tab:${tabId}`;
  const state = tabId === null ? null : (await chrome.storage.session.get(key))[key];
  if (!state || !state.site) {
    $('none').hidden = false;
    $('site-section').hidden = true;
    $('counts-section').hidden = true;
    $('off').hidden = true;
    return;
  }
  const settings = await loadSettings();
  const on = !settings.disabledSites.includes(state.site);
  $('none').hidden = true;
  $('site-section').hidden = false;
  $('site').textContent = state.site;
  $('site-toggle').checked = on;
  $('off').hidden = on;
  $('counts-section').hidden = !on;
  const sum = total(state);
  $('findings').textContent = String(sum.findings);
  $('findings-label').textContent = sum.findings === 1 ? 'phrase to soften' : 'phrases to soften';
  $('editors').textContent = String(sum.editors);
  $('editors-label').textContent = sum.editors === 1 ? 'reply box' : 'reply boxes';
  $('warmth').textContent = sum.scores.length ? String(Math.min(...sum.scores)) : '–';
  const list = $('categories');
  list.replaceChildren();
  for (const [cat, label] of CATEGORIES) {
    const n = sum.byCategory[cat];
    if (!n) continue;
    const li = document.createElement('li');
    li.dataset.category = cat;
    const name = document.createElement('span');
    name.textContent = label;
    const count = document.createElement('b');
    count.textContent = String(n);
    li.append(name, count);
    list.appendChild(li);
  }
  $('error').hidden = !sum.error;
  $('error').textContent = sum.error ? `Some settings were skipped: ${sum.error}` : '';
}

$('site-toggle').addEventListener('change', async (e) => {
  const site = $('site').textContent;
  const settings = await loadSettings();
  const others = settings.disabledSites.filter((s) => s !== site);
  await chrome.storage.sync.set({ disabledSites: e.target.checked ? others : [...others, site] });
});
$('options').addEventListener('click', () => chrome.runtime.openOptionsPage());
chrome.storage.onChanged.addListener((changes, area) => {
  if (area === 'sync' || (area === 'session' && changes[`tab:${tabId}`])) render();
});

tabId = await currentTabId();
await render();
document.body.dataset.ready = 'true';
