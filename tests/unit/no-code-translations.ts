/**
 * What `@generated/codeTranslations` holds for the English site: no translations, so Docusaurus's
 * own translate() and <Translate> (aliased in vitest.config.mts) give each message as written.
 */
const codeTranslations: Record<string, string> = {};
export default codeTranslations;
