/**
 * A bound on what the sandbox stores, so that a runaway script cannot fill the disk: once the
 * data holds `maxBytes` (SANDBOX_MAX_DB_MB, 50 MB unless set), writes are refused with 507 until
 * the demo data is put back; reads keep working.
 */
import type { MiddlewareHandler } from 'hono';
import { ApiError, errorResponse } from '../core/errors';
import { isWrite } from './cors';
import { DEFAULT_MAX_DB_MB } from '../setting-list';

export const MB = 1024 * 1024;
export const DEFAULT_MAX_DB_BYTES = DEFAULT_MAX_DB_MB * MB;

export interface StorageLimit {
  /** What the data holds now, in bytes (cheap: read once per write). */
  usedBytes(): number;
  maxBytes: number;
}

const inMb = (bytes: number) => `${Number((bytes / MB).toFixed(2))} MB`;

export function storageLimit({ usedBytes, maxBytes }: StorageLimit): MiddlewareHandler {
  return async (c, next) => {
    if (!isWrite(c.req.method)) return next();
    const used = usedBytes();
    if (used < maxBytes) return next();
    const message =
      `The sandbox's data holds ${inMb(used)}, its limit is ${inMb(maxBytes)} (SANDBOX_MAX_DB_MB): it takes no more writes; reads still work. ` +
      'Restart it with "npm run sandbox -- --reset" to put the demo data back, or with a higher SANDBOX_MAX_DB_MB';
    return errorResponse(new ApiError(507, message));
  };
}
