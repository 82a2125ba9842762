/*
 * Kept apart from check.ts, which only the try-it panel needs: every reference page builds its
 * samples' URLs with this rule, and importing it from check.ts put the whole checker in the
 * pages' first load.
 */
/**
 * Why a path value cannot be sent as typed, if it cannot. Empty, it leaves its segment out;
 * `.` and `..` mean "this level" and "one level up" in a URL, percent-encoded or not (`%2E`),
 * so fetch, curl and most clients would send the request to another URL than the one shown.
 * Every other value is sent percent-encoded and arrives as typed.
 */
export function pathValueProblem(value: string): string | undefined {
  if (value === '') return 'is required: it is part of the URL';
  if (value === '.') return 'cannot be ".": in a URL it means "this level", so clients would drop it and send the request to another URL';
  if (value === '..') return 'cannot be "..": in a URL it means "one level up", so clients would send the request to another URL';
  return undefined;
}
