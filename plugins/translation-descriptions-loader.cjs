/**
 * A webpack loader that takes the translator's notes (`description`) out of our translate() calls
 * and <Translate> elements before the code is bundled. The notes are for
 * `docusaurus write-translations`, which reads the sources, not the bundle; left in, they are
 * bytes every page's first load would carry and never use. CommonJS: webpack requires loaders.
 */
const { transformAsync } = require('@babel/core');

function stripDescriptions({ types: t }) {
  const isDescription = (name) => t.isIdentifier(name, { name: 'description' }) || t.isJSXIdentifier(name, { name: 'description' });
  return {
    visitor: {
      CallExpression(path) {
        const [message] = path.node.arguments;
        if (!t.isIdentifier(path.node.callee, { name: 'translate' }) || !t.isObjectExpression(message)) return;
        message.properties = message.properties.filter((property) => !(t.isObjectProperty(property) && isDescription(property.key)));
      },
      JSXOpeningElement(path) {
        if (!t.isJSXIdentifier(path.node.name, { name: 'Translate' })) return;
        path.node.attributes = path.node.attributes.filter((attribute) => !(t.isJSXAttribute(attribute) && isDescription(attribute.name)));
      },
    },
  };
}

module.exports = function translationDescriptionsLoader(source) {
  if (!source.includes('@docusaurus/Translate')) return source;
  const done = this.async();
  transformAsync(source, {
    filename: this.resourcePath,
    babelrc: false,
    configFile: false,
    parserOpts: { plugins: ['typescript', 'jsx'] },
    retainLines: true,
    plugins: [stripDescriptions],
  }).then((result) => done(null, result.code), done);
};
