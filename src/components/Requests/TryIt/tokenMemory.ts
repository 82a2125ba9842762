/**
 * Where the reader's tokens live: in memory (one per server, kept while the site is open)
 * and, only if the reader opts in, in localStorage. Never in the URL or a log.
 */
const STORAGE_KEY = 'callbell-api-docs:tokens';
const inMemory = new Map<string, string>();

function stored(): Record<string, string> {
  try {
    return JSON.parse(localStorage.getItem(STORAGE_KEY) ?? '{}') as Record<string, string>;
  } catch {
    return {};
  }
}

function store(tokens: Record<string, string>): void {
  if (Object.keys(tokens).length === 0) localStorage.removeItem(STORAGE_KEY);
  else localStorage.setItem(STORAGE_KEY, JSON.stringify(tokens));
}

export function recall(serverId: string): { token: string; remembered: boolean } {
  const remembered = stored()[serverId];
  return { token: inMemory.get(serverId) ?? remembered ?? '', remembered: remembered !== undefined };
}

export function keep(serverId: string, token: string, remember: boolean): void {
  inMemory.set(serverId, token);
  const { [serverId]: _previous, ...others } = stored();
  store(remember && token ? { ...others, [serverId]: token } : others);
}

/**
 * Forgets every token, of every server: those remembered on this device and those held for
 * this visit. A reader who presses Forget means "keep none of my tokens here", not only the
 * one on screen.
 */
export function forgetAll(): void {
  inMemory.clear();
  localStorage.removeItem(STORAGE_KEY);
}
