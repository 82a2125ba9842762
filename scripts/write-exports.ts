/** `tsx scripts/write-exports.ts <dir>`: writes openapi.json and postman_collection.json into <dir>, as the build does. */
import { writeExports } from '../plugins/api-exports';

const [dir] = process.argv.slice(2);
if (!dir) throw new Error('Usage: tsx scripts/write-exports.ts <directory>');
writeExports(dir).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
