/** `a`, `a or b`, `a, b or c`: how the reference and the form's messages list alternatives. */
export function orList(words: readonly string[]): string {
  return words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} or ${words.at(-1)}`;
}
