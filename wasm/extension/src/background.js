// Service worker: keeps per-tab counts reported by the content scripts (one report per frame) in
// chrome.storage.session, where the popup reads them. No network, no analytics.

let queue = Promise.resolve();

/** Runs storage updates one after another so concurrent frame reports do not overwrite each other. */
function serial(task) {
  queue = queue.then(task, task);
  return queue;
}

chrome.runtime.onMessage.addListener((msg, sender) => {
  if (!msg || msg.type !== 'warmly:counts' || !sender.tab || sender.tab.id === undefined) return;
  const key = `tab:${sender.tab.id}`;
  const frameId = String(sender.frameId ?? 0);
  serial(async () => {
    const stored = (await chrome.storage.session.get(key))[key];
    let state = stored && typeof stored === 'object' ? stored : { frames: {} };
    if (msg.top) {
      // A new top-level document: frames from the previous page are gone.
      const prev = state.frames['0'];
      if (!prev || prev.timeOrigin !== msg.timeOrigin) {
        const frames = {};
        for (const [id, f] of Object.entries(state.frames)) if (f.timeOrigin >= msg.timeOrigin) frames[id] = f;
        state = { frames };
      }
      state.site = msg.site;
    } else if (state.frames['0'] && msg.timeOrigin < state.frames['0'].timeOrigin) {
      return; // a late report from a frame of the previous page
    }
    state.site = state.site || msg.site;
    state.frames[frameId] = {
      timeOrigin: msg.timeOrigin,
      enabled: msg.enabled,
      error: msg.error || null,
      counts: msg.counts,
    };
    await chrome.storage.session.set({ [key]: state });
  });
});

chrome.tabs.onRemoved.addListener((tabId) => {
  serial(() => chrome.storage.session.remove(`tab:${tabId}`));
});
