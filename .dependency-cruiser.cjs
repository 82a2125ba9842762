// The layers of ARCHITECTURE.md ("Layers, and what each may import"), enforced: `npm test` runs
// `depcruise` with these rules, and an import that crosses a layer the wrong way fails it.
const outside = (...allowed) => `^(?!(${allowed.join('|')}))(src|sandbox|proxy|plugins|tests|bench|docs)/`;

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'registry-is-plain-data',
      comment: 'src/requests/ is plain typed data: it imports nothing else of the project, no Node API and no React.',
      severity: 'error',
      from: { path: '^src/requests/' },
      to: { path: [outside('src/requests/'), '^node_modules/(react|react-dom)/'] },
    },
    {
      name: 'runs-in-node-and-the-page',
      comment: 'The registry, the sample generators and the sandbox core run in the browser too: no Node API (their tests may use one).',
      severity: 'error',
      from: { path: '^(src/requests|src/snippets|src/recipes|sandbox/core)/', pathNot: '\\.test\\.ts$' },
      to: { dependencyTypes: ['core'] },
    },
    {
      name: 'recipes-read-the-registry-and-the-samples',
      comment: 'A recipe is data over the registry; its programs reuse the sample generators and their escaping.',
      severity: 'error',
      from: { path: '^src/recipes/' },
      to: { path: outside('src/recipes/', 'src/requests/', 'src/snippets/') },
    },
    {
      name: 'snippets-read-only-the-registry',
      severity: 'error',
      from: { path: '^src/snippets/' },
      to: { path: outside('src/snippets/', 'src/requests/') },
    },
    {
      name: 'components-never-reach-node-code',
      comment: 'Components run in the page: the sandbox reaches them through sandbox/browser.ts (loaded on demand) and its core, never sandbox/node, the proxy, plugins or tests.',
      severity: 'error',
      from: { path: '^src/(components|theme)/' },
      to: { path: '^(sandbox/node|proxy|plugins|tests|bench)/' },
    },
    {
      name: 'sandbox-core-runs-anywhere',
      comment: 'The core runs in Node and in the page: no Node or DOM module, nothing of the site.',
      severity: 'error',
      from: { path: '^sandbox/core/', pathNot: '\\.test\\.ts$' },
      to: { path: ['^sandbox/(node|browser)', '^src/(components|theme|snippets|exports)/', '^(proxy|plugins|tests|bench)/'] },
    },
    {
      name: 'sandbox-is-not-the-site',
      severity: 'error',
      from: { path: '^sandbox/' },
      to: { path: '^src/(components|theme)/' },
    },
    {
      name: 'proxy-uses-only-the-sandbox-core',
      severity: 'error',
      from: { path: '^proxy/', pathNot: '\\.test\\.ts$' },
      to: { path: outside('proxy/', 'sandbox/core/', 'sandbox/address', 'src/requests/') },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^(node_modules|build|\\.docusaurus)/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: { exportsFields: ['exports'], conditionNames: ['import', 'require', 'node', 'default', 'types'] },
  },
};
