// Content scripts cannot be ES modules; this classic script imports the module that does the
// work from the extension's own files (declared in web_accessible_resources).
(() => {
  if (globalThis.__warmlyStarted) return;
  globalThis.__warmlyStarted = true;
  import(chrome.runtime.getURL('src/content-main.js'))
    .then((m) => m.start())
    .catch((err) => console.warn('warmly: could not start', err));
})();
