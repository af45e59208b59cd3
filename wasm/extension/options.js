// The options page: rules and categories to switch off, allowed phrases and custom phrases,
// saved to chrome.storage.sync (the content scripts pick changes up at once). A config is checked
// with the real core before it is saved, so the core's own error message is shown.
import { CATEGORIES, loadSettings, linterConfig, normalise } from './src/settings.js';
import { builtinRules, checkConfig } from './src/engine.js';

const $ = (id) => document.getElementById(id);
let settings = null;

function categoryBoxes() {
  const box = $('categories');
  box.replaceChildren();
  for (const [cat, label] of CATEGORIES) {
    const l = document.createElement('label');
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.dataset.category = cat;
    input.checked = !settings.ignore.includes(cat);
    input.addEventListener('change', syncRuleBoxes);
    l.append(input, document.createTextNode(label));
    box.appendChild(l);
  }
}

async function ruleBoxes() {
  const rules = await builtinRules();
  const box = $('rules');
  box.replaceChildren();
  for (const [cat, label] of CATEGORIES) {
    const mine = rules.filter((r) => r.category === cat);
    if (!mine.length) continue;
    const h = document.createElement('h3');
    h.textContent = label;
    box.appendChild(h);
    for (const r of mine) {
      const l = document.createElement('label');
      l.className = 'rule';
      const input = document.createElement('input');
      input.type = 'checkbox';
      input.dataset.rule = r.id;
      input.dataset.category = cat;
      input.checked = !settings.ignore.includes(r.id);
      const code = document.createElement('code');
      code.textContent = r.id;
      const msg = document.createElement('span');
      msg.className = 'msg';
      msg.textContent = r.message;
      l.append(input, code, msg);
      l.title = r.why;
      box.appendChild(l);
    }
  }
  syncRuleBoxes();
}

/** Rules of a switched-off category are shown switched off too. */
function syncRuleBoxes() {
  const off = new Set([...document.querySelectorAll('#categories input')].filter((i) => !i.checked).map((i) => i.dataset.category));
  for (const input of document.querySelectorAll('#rules input')) input.disabled = off.has(input.dataset.category);
}

function customRow(c = { phrase: '', suggestion: '', category: 'dismissive' }) {
  const tr = document.createElement('tr');
  const phrase = document.createElement('input');
  phrase.className = 'phrase';
  phrase.value = c.phrase;
  phrase.placeholder = 'e.g. as mentioned before';
  const suggestion = document.createElement('input');
  suggestion.className = 'suggestion';
  suggestion.value = c.suggestion;
  suggestion.placeholder = 'e.g. To recap,';
  const category = document.createElement('select');
  category.className = 'category';
  for (const [cat, label] of CATEGORIES) category.add(new Option(label, cat, false, cat === c.category));
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.textContent = 'Remove';
  remove.addEventListener('click', () => tr.remove());
  for (const el of [phrase, suggestion, category, remove]) {
    const td = document.createElement('td');
    td.appendChild(el);
    tr.appendChild(td);
  }
  $('custom').tBodies[0].appendChild(tr);
}

function sitesList() {
  const ul = $('sites');
  ul.replaceChildren();
  for (const site of settings.disabledSites) {
    const li = document.createElement('li');
    li.textContent = `${site} `;
    const b = document.createElement('button');
    b.type = 'button';
    b.textContent = 'Switch back on';
    b.addEventListener('click', async () => {
      settings.disabledSites = settings.disabledSites.filter((s) => s !== site);
      await chrome.storage.sync.set({ disabledSites: settings.disabledSites });
      sitesList();
    });
    li.appendChild(b);
    ul.appendChild(li);
  }
  $('no-sites').hidden = settings.disabledSites.length > 0;
}

function collect() {
  const ignore = [
    ...[...document.querySelectorAll('#categories input')].filter((i) => !i.checked).map((i) => i.dataset.category),
    ...[...document.querySelectorAll('#rules input')].filter((i) => !i.checked).map((i) => i.dataset.rule),
  ];
  const allow = $('allow').value.split('\n');
  const custom = [...$('custom').tBodies[0].rows].map((tr) => ({
    phrase: tr.querySelector('.phrase').value,
    suggestion: tr.querySelector('.suggestion').value,
    category: tr.querySelector('.category').value,
  }));
  return normalise({ disabledSites: settings.disabledSites, ignore, allow, custom });
}

$('save').addEventListener('click', async () => {
  const next = collect();
  const status = $('status');
  const error = await checkConfig(linterConfig(next));
  if (error) {
    status.className = 'error';
    status.textContent = `Not saved: ${error}`;
    return;
  }
  await chrome.storage.sync.set({ ignore: next.ignore, allow: next.allow, custom: next.custom });
  settings = next;
  status.className = 'ok';
  status.textContent = 'Saved.';
});
$('add-custom').addEventListener('click', () => customRow());

settings = await loadSettings();
categoryBoxes();
$('allow').value = settings.allow.join('\n');
for (const c of settings.custom) customRow(c);
sitesList();
await ruleBoxes();
document.body.dataset.ready = 'true';
