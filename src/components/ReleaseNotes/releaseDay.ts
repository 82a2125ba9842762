/** A release's day in words, `2026-07-01` → `1 July 2026` (`1 de julio de 2026`), the same in the build and in every reader's browser. */

/** British English writes the day first, as the site's other languages do. */
const dateLocale = (locale: string) => (locale === 'en' ? 'en-GB' : locale);

export const releaseDay = (date: string, locale = 'en'): string =>
  new Intl.DateTimeFormat(dateLocale(locale), { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(date));
