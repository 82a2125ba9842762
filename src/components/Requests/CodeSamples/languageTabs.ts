/**
 * The group every language tab belongs to (request samples, recipes' whole programs) and the
 * query parameter that names its choice: one choice for the whole site, kept in `?lang=` and in
 * Docusaurus's storage (`docusaurus.tab.language`).
 */
export const languageTabs = { groupId: 'language', queryString: 'lang' } as const;
