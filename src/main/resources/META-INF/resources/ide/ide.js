// The GraphQL IDE with the example queries open as tabs. GraphiQL (served by the built-in
// SmallRye GraphQL UI at /q/graphql-ui/) opens `defaultTabs` when it has no tabs stored yet.
// Tabs are stored under a key of their own that changes whenever the examples change, so the
// built-in UI keeps its own tabs and a new set of examples is never hidden by old tabs.
(function () {
  'use strict';

  function hash(text) {
    let h = 0x811c9dc5; // FNV-1a, 32 bits: enough to tell one set of examples from another
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193) >>> 0;
    }
    return h.toString(16);
  }

  function storageUnder(prefix) {
    const keys = () => Object.keys(window.localStorage).filter((k) => k.startsWith(prefix));
    return {
      getItem: (k) => window.localStorage.getItem(prefix + k),
      setItem: (k, v) => window.localStorage.setItem(prefix + k, v),
      removeItem: (k) => window.localStorage.removeItem(prefix + k),
      clear: () => keys().forEach((k) => window.localStorage.removeItem(k)),
      get length() { return keys().length; },
    };
  }

  async function start() {
    const root = document.getElementById('graphiql');
    let examples;
    try {
      const response = await fetch('/examples', { headers: { Accept: 'application/json' } });
      if (!response.ok) throw new Error('GET /examples answered ' + response.status);
      examples = await response.json();
    } catch (e) {
      root.textContent = 'Could not load the examples: ' + e.message;
      return;
    }
    // ?example=denials.graphql opens that example first.
    const wanted = new URLSearchParams(window.location.search).get('example');
    const first = examples.find((e) => e.file === wanted || e.file === wanted + '.graphql');
    if (first) examples = [first].concat(examples.filter((e) => e !== first));

    const prefix = 'rudprk-ide:' + hash(examples.map((e) => e.file + '\u0000' + e.query).join('\u0001')) + ':';
    const storage = storageUnder(prefix);
    document.getElementById('reset-examples').addEventListener('click', () => {
      Object.keys(window.localStorage).filter((k) => k.startsWith('rudprk-ide:'))
        .forEach((k) => window.localStorage.removeItem(k));
      window.location.reload();
    });

    root.textContent = '';
    ReactDOM.render(
      React.createElement(GraphiQL, {
        fetcher: GraphiQL.createFetcher({ url: window.location.origin + '/graphql' }),
        defaultTabs: examples.map((e) => ({ query: e.query })),
        query: first ? first.query : undefined,
        storage: storage,
        shouldPersistHeaders: false,
        defaultEditorToolsVisibility: false,
      }),
      root
    );
  }

  start();
})();
