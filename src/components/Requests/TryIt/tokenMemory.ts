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

export function recall(serverUrl: string): { token: string; remembered: boolean } {
  const remembered = stored()[serverUrl];
  return { token: inMemory.get(serverUrl) ?? remembered ?? '', remembered: remembered !== undefined };
}

export function keep(serverUrl: string, token: string, remember: boolean): void {
  inMemory.set(serverUrl, token);
  const { [serverUrl]: _previous, ...others } = stored();
  store(remember && token ? { ...others, [serverUrl]: token } : others);
}

export function forget(serverUrl: string): void {
  inMemory.delete(serverUrl);
  const { [serverUrl]: _forgotten, ...others } = stored();
  store(others);
}
