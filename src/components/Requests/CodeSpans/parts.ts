/** Text whose code is marked with backquotes (`to`, `{{1}}`), as its parts: text, code, text, code… (odd indexes are code). */
export function codeParts(text: string): string[] {
  return text.split(/`([^`]+)`/);
}
