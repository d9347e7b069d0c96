/**
 * The init script a measured load runs before any of the page's scripts: buffered observers of paint, largest
 * contentful paint, layout shifts (session windows of at most 5 s with gaps under 1 s, as CLS is defined) and
 * long tasks, kept on `window.__vnPortalKitPerf`.
 */
export const PERF_OBSERVER_SCRIPT = `(() => {
  const s = { fcp: null, lcp: null, cls: 0, win: 0, winStart: -1, last: -1, longTasks: [], loadEnd: null };
  Object.defineProperty(window, '__vnPortalKitPerf', { value: s, enumerable: false });
  const observe = (type, fn) => {
    try { new PerformanceObserver((l) => l.getEntries().forEach(fn)).observe({ type, buffered: true }); } catch {}
  };
  observe('paint', (e) => { if (e.name === 'first-contentful-paint') s.fcp = e.startTime; });
  observe('largest-contentful-paint', (e) => { s.lcp = e.startTime; });
  observe('layout-shift', (e) => {
    if (e.hadRecentInput) return;
    if (s.winStart < 0 || e.startTime - s.last > 1000 || e.startTime - s.winStart > 5000) { s.win = 0; s.winStart = e.startTime; }
    s.win += e.value; s.last = e.startTime;
    if (s.win > s.cls) s.cls = s.win;
  });
  observe('longtask', (e) => { s.longTasks.push([e.startTime, e.duration]); });
  addEventListener('load', () => { s.loadEnd = performance.now(); }, { once: true });
})();`;
