// trunk post_build hook: stamps the staged sw.js with the list of built files and a
// cache version hashed from their contents. Runs before trunk moves staging -> dist.
// Usage (by hand): node tools/sw-manifest.mjs [dir]   (default: $TRUNK_STAGING_DIR)
import { createHash } from 'node:crypto';
import { readFile, readdir, writeFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('sw-manifest: no directory (TRUNK_STAGING_DIR unset)');
const swPath = join(dir, 'sw.js');

async function walk(d) {
  const out = [];
  for (const e of await readdir(d, { withFileTypes: true })) {
    const p = join(d, e.name);
    if (e.isDirectory()) out.push(...(await walk(p)));
    else out.push(p);
  }
  return out;
}

// Sorted so the hash (and the file) only change when the content does.
const files = (await walk(dir))
  .map((p) => relative(dir, p).split(sep).join('/'))
  .filter((f) => f !== 'sw.js')
  .sort();

const hash = createHash('sha256');
for (const f of files) {
  hash.update(f + '\0');
  hash.update(await readFile(join(dir, f)));
}
const version = hash.digest('hex').slice(0, 16);

// './' is the URL the page is opened at; precache it as well as index.html.
const urls = ['./', ...files];
let sw = await readFile(swPath, 'utf8');
const stamped = sw
  .replace(/^const VERSION = .*;$/m, `const VERSION = ${JSON.stringify(version)};`)
  .replace(/^const FILES = .*;$/m, `const FILES = ${JSON.stringify(urls)};`);
if (!stamped.includes(version) || !stamped.includes(JSON.stringify(urls))) {
  throw new Error('sw-manifest: VERSION/FILES placeholders not found in sw.js');
}
await writeFile(swPath, stamped);
console.log(`sw-manifest: ${files.length} files, cache version ${version}`);
