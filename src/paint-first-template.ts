/**
 * The HTML page template of the build (Docusaurus's `ssrTemplate`): the theme's own, except that
 * the page is painted before its scripts run.
 *
 * Docusaurus names its entry scripts with `defer`. A deferred script that is already downloaded
 * when the HTML is parsed (a cached script, a fast network) runs before the browser's first paint,
 * and with it the first style and layout of the whole page: the reader waits for the JavaScript
 * to see a page that was already in the HTML. Here the scripts are fetched as early as before,
 * and at the same low priority as deferred scripts (`preload`, `fetchpriority="low"`: the
 * stylesheet comes first), and run once the browser has painted: after the next animation frame.
 * A hidden tab paints nothing and would fire no frame, so it runs them at once.
 *
 * The scripts keep their order, as `defer` kept it (`async = false`).
 */
export const paintFirstTemplate = `<!DOCTYPE html>
<html <%~ it.htmlAttributes %>>
  <head>
    <meta charset="UTF-8">
    <meta name="generator" content="Docusaurus v<%= it.version %>">
    <% it.metaAttributes.forEach((metaAttribute) => { %>
      <%~ metaAttribute %>
    <% }); %>
    <%~ it.headTags %>
    <% it.stylesheets.forEach((stylesheet) => { %>
      <link rel="stylesheet" href="<%= it.baseUrl %><%= stylesheet %>" />
    <% }); %>
    <% it.scripts.forEach((script) => { %>
      <link rel="preload" as="script" fetchpriority="low" href="<%= it.baseUrl %><%= script %>" />
    <% }); %>
  </head>
  <body <%~ it.bodyAttributes %>>
    <%~ it.preBodyTags %>
    <div id="__docusaurus"><%~ it.appHtml %></div>
    <%~ it.postBodyTags %>
    <script>
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
  </body>
</html>
`;
