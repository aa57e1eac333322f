// The in-page half of the benchmark. `probe` runs as a Playwright init
// script (before any script of the page) and keeps every timestamp inside
// the page, on the page's own performance.now() clock, so the DevTools
// round trips of the harness never enter a figure:
//
// - ready: the moment the first screen's Start button exists (and is
//   enabled) in the document or in any shadow root, seen by a
//   MutationObserver on the document and on every shadow root created
//   (attachShadow is wrapped to observe new roots), then the next frame
//   (requestAnimationFrame, then a message-channel task, i.e. after that
//   frame's paint);
// - step changes: `arm(target)` before a click; a capturing click listener
//   on window stamps the click's dispatch; the same observers stamp when
//   the next screen's heading (an element matching headingSelector with
//   that text; SurveyJS titles are divs) or selector is present; the next frame
//   again closes the measurement;
// - long tasks ('longtask') and layout shifts ('layout-shift', with
//   hadRecentInput and whether a shifted node lies outside the widget);
// - WebAssembly memories: WebAssembly.instantiate(Streaming) and
//   WebAssembly.Instance are wrapped to keep every exported Memory, so
//   their byte length can be summed later.
//
// Keep this function self-contained: Playwright sends its source text.
export function probe({ startText, widgetSelector, headingSelector }) {
  const B = {
    roots: [],
    longtasks: [],
    shifts: [],
    memories: [],
    ready: null,
    want: null,
  };
  Object.defineProperty(window, '__bench', { value: B });

  const afterPaint = (fn) =>
    requestAnimationFrame(() => {
      const ch = new MessageChannel();
      ch.port1.onmessage = () => fn(performance.now());
      ch.port2.postMessage(0);
    });

  const each = (selector, test) => {
    for (const root of B.roots) {
      for (const el of root.querySelectorAll(selector)) if (test(el)) return el;
    }
    return null;
  };
  const startButton = () =>
    each('button, input[type=button], input[type=submit]', (el) => {
      const label = (el.localName === 'input' ? el.value : el.textContent).trim();
      return label === startText && !el.disabled && el.isConnected;
    });

  let readyResolve;
  const readyPromise = new Promise((ok) => (readyResolve = ok));
  let readySeen = null;

  const check = () => {
    if (readySeen === null && startButton()) {
      readySeen = performance.now();
      afterPaint((painted) => {
        B.ready = { seen: readySeen, painted };
        readyResolve(B.ready);
      });
    }
    const w = B.want;
    if (w && w.clickAt !== null && w.seen === null && w.test()) {
      w.seen = performance.now();
      afterPaint((painted) => {
        w.painted = painted;
        w.resolve({ click: w.clickAt, seen: w.seen, painted });
      });
    }
  };
  const observe = (root) => {
    B.roots.push(root);
    new MutationObserver(check).observe(root, {
      childList: true,
      subtree: true,
      characterData: true,
    });
  };
  observe(document);
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (init) {
    const root = attachShadow.call(this, init);
    observe(root);
    return root;
  };

  addEventListener(
    'click',
    () => {
      if (B.want && B.want.clickAt === null) B.want.clickAt = performance.now();
    },
    true,
  );

  /** Arms the next step-change measurement: `{ heading }` (text) or `{ selector }`. */
  B.arm = (target) => {
    const test = target.selector
      ? () => each(target.selector, () => true) !== null
      : () =>
          each(headingSelector, (el) => el.textContent.includes(target.heading)) !== null;
    if (test()) throw new Error(`already on screen before the click: ${JSON.stringify(target)}`);
    let resolve;
    const done = new Promise((ok) => (resolve = ok));
    B.want = { test, clickAt: null, seen: null, painted: null, resolve, done };
  };
  B.done = () => B.want.done;
  B.whenReady = () => readyPromise;

  const inside = (node) => {
    if (!node) return true;
    if (node.getRootNode() !== document) return true; // inside a shadow root
    return node.nodeType === 1 && node.closest(widgetSelector) !== null;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) B.longtasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        B.shifts.push({
          value: e.value,
          recentInput: e.hadRecentInput,
          start: e.startTime,
          outside: (e.sources ?? []).some((s) => !inside(s.node)),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  } catch {}

  const keep = (result) => {
    const instance = result instanceof WebAssembly.Instance ? result : result.instance;
    for (const value of Object.values(instance.exports)) {
      if (value instanceof WebAssembly.Memory) B.memories.push(value);
    }
    return result;
  };
  // `new WebAssembly.Instance` too: the loader instantiates a module it
  // compiled and checked itself with the glue's initSync.
  WebAssembly.Instance = new Proxy(WebAssembly.Instance, {
    construct(target, args, newTarget) {
      return keep(Reflect.construct(target, args, newTarget));
    },
  });
  const instantiate = WebAssembly.instantiate;
  WebAssembly.instantiate = function (...args) {
    return instantiate.apply(this, args).then(keep);
  };
  const instantiateStreaming = WebAssembly.instantiateStreaming;
  if (instantiateStreaming) {
    WebAssembly.instantiateStreaming = function (...args) {
      return instantiateStreaming.apply(this, args).then(keep);
    };
  }

  /** Everything measured so far, as plain data. */
  B.report = (entryFile) => {
    const entry = performance
      .getEntriesByType('resource')
      .find((e) => new URL(e.name).pathname.endsWith(`/${entryFile}`));
    return {
      entryStart: entry ? entry.startTime : null,
      ready: B.ready,
      longtasks: B.longtasks,
      shifts: B.shifts,
      wasmBytes: B.memories.reduce((sum, m) => sum + m.buffer.byteLength, 0),
      wasmMemories: B.memories.length,
      // The loader's own performance marks (bsc:*), for the startup phases.
      marks: Object.fromEntries(
        performance
          .getEntriesByType('mark')
          .filter((m) => m.name.startsWith('bsc:'))
          .map((m) => [m.name, m.startTime]),
      ),
    };
  };
}
