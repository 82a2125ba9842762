/**
 * Writes what tools take away from the reference into the build, generated from the registry:
 * `/openapi.json` (OpenAPI 3.1) and `/postman_collection.json` (Postman v2.1).
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LoadContext, Plugin } from '@docusaurus/types';
import { sandboxBaseUrl } from '../sandbox/address';
import { openApiDocument } from '../src/exports/openapi';
import { postmanCollection } from '../src/exports/postman';

/** Writes both files into `outDir`; the tests' lint and newman run read the same files (scripts/write-exports.ts). */
export async function writeExports(outDir: string, siteUrl?: string): Promise<void> {
  const openApi = openApiDocument({
    extraServers: [{ url: sandboxBaseUrl(), description: "The sandbox on your machine (npm run sandbox, in a clone of the site's repository)" }],
    ...(siteUrl ? { siteUrl } : {}),
  });
  await writeFile(join(outDir, 'openapi.json'), `${JSON.stringify(openApi, null, 2)}\n`);
  await writeFile(join(outDir, 'postman_collection.json'), `${JSON.stringify(postmanCollection().toJSON(), null, 2)}\n`);
}

export default function apiExports({ siteConfig }: LoadContext): Plugin {
  return {
    name: 'api-exports',
    postBuild: ({ outDir }) => writeExports(outDir, `${siteConfig.url}${siteConfig.baseUrl}`),
  };
}
