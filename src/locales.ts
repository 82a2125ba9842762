/** The site's languages: English, the default, served at the root; the others under their prefix (`/es/…`). */
export const locales = ['en', 'es', 'fr', 'it', 'pt'] as const;
export type Locale = (typeof locales)[number];
export const defaultLocale = 'en' satisfies Locale;
/** The languages pages are translated into. */
export const translatedLocales = locales.filter((locale) => locale !== defaultLocale);
