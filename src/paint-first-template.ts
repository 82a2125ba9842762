/**
 * The HTML page template of the build (Docusaurus's `ssrTemplate`): Docusaurus's own, read from
 * `@docusaurus/core` so that its changes carry over, except that the page is painted before its
 * scripts run.
 *
 * Docusaurus names its entry scripts with `defer`. A deferred script that is already downloaded
 * when the HTML is parsed (a cached script, a fast network) runs before the browser's first paint,
 * and with it the first style and layout of the whole page: the reader waits for the JavaScript
 * to see a page that was already in the HTML. Here the scripts are fetched as early as before,
 * and at the same low priority as deferred scripts (`preload`, `fetchpriority="low"`: the
 * stylesheet comes first), and run once the browser has painted: after the next animation frame.
 * A hidden tab paints nothing and would fire no frame, so it runs them at once. The scripts keep
 * their order, as `defer` kept it (`async = false`).
 */
import docusaurusTemplate from '@docusaurus/core/lib/ssg/ssgTemplate.html';

const deferredScript = '<script src="<%= it.baseUrl %><%= script %>" defer></script>';
const preloadedScript = '<link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" />';
const bodyEnd = '</body>';
const runAfterFirstPaint = `<script>
      (function (scripts) {
        function run() {
          scripts.forEach(function (src) {
            var script = document.createElement('script');
            script.src = src;
            script.async = false;
            document.body.appendChild(script);
          });
        }
        if (document.visibilityState === 'hidden') run();
        else requestAnimationFrame(function () { setTimeout(run, 0); });
      })(<%~ JSON.stringify(it.scripts.map((script) => it.baseUrl + script)).replace(/</g, '\\\\u003c') %>);
    </script>
  `;

function paintFirst(template: string): string {
  if (!template.includes(deferredScript) || !template.includes(bodyEnd)) {
    throw new Error('src/paint-first-template.ts: Docusaurus no longer writes its entry scripts as `<script src=… defer>` in its page template; see how it loads them now, and adapt this file.');
  }
  return template.replace(deferredScript, preloadedScript).replace(bodyEnd, `${runAfterFirstPaint}${bodyEnd}`);
}

export const paintFirstTemplate = paintFirst(docusaurusTemplate);
