/**
 * A fixed-window request counter per client, for the Node sandbox and the proxy. Pure (no
 * Node API), so the proxy's edge build can use it. Memory stays bounded under a flood of
 * clients: past 10 000 windows, all are forgotten.
 */
export interface RateLimit {
  max: number;
  windowMs: number;
}

/** Counts a request of `client`; answers the seconds to wait when it is over the limit. */
export function rateLimiter({ max, windowMs }: RateLimit, now: () => number = Date.now): (client: string) => number | undefined {
  const windows = new Map<string, { start: number; count: number }>();
  return (client) => {
    const time = now();
    const window = windows.get(client);
    if (!window || time - window.start >= windowMs) {
      if (windows.size > 10_000) windows.clear();
      windows.set(client, { start: time, count: 1 });
      return undefined;
    }
    window.count++;
    return window.count > max ? Math.max(1, Math.ceil((window.start + windowMs - time) / 1000)) : undefined;
  };
}

/** "second", or "60 seconds": how the limit's window is named in messages. */
export function windowName(windowMs: number): string {
  return windowMs === 1000 ? 'second' : `${windowMs / 1000} seconds`;
}
