// The bundler loads a loader with require(), which cannot read TypeScript: jiti compiles
// loader.ts, as Docusaurus compiles the site's plugins.
module.exports = require('jiti')(__filename)('./loader.ts').default;
