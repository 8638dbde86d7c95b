// Writes dist/so-cong-doan.html: the whole app in one file that opens from disk (file://) with no server.
// Run by `make dist` after trunk: node tools/single-file.mjs [dist]
// A browser refuses to fetch the wasm and import the glue from file://, so both are carried inside:
// the glue as an inline module, the wasm as base64 handed to its init function as bytes, the pages' chunks
// as base64 too. The office worker likewise: its glue and wasm inside the page, started from a blob URL
// when a file is made.
// The styles are inlined and the icons become data URLs. Left out on purpose: the web manifest and the
// service worker, which need http(s) (installing and offline use are the hosted build's job).
import { readFile, writeFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';

const dist = process.argv[2] ?? 'dist';
const OUT = 'so-cong-doan.html';
let html = await readFile(join(dist, 'index.html'), 'utf8');

/** Replaces exactly one match of `pattern`, or fails the build: a changed trunk output must not pass silently. */
async function once(pattern, replace, what) {
  const found = [...html.matchAll(new RegExp(pattern, 'g'))];
  if (found.length !== 1) throw new Error(`single-file: expected one ${what}, found ${found.length}`);
  const m = found[0];
  html = html.slice(0, m.index) + (await replace(m)) + html.slice(m.index + m[0].length);
}

// Text placed inside <script> or <style> must not close its element early.
const inert = (text, tag) => text.replaceAll(`</${tag}`, `<\\/${tag}`);
const dataUrl = async (file, mime) => `data:${mime};base64,${(await readFile(join(dist, file))).toString('base64')}`;

// The styles (screen, and print with its media).
for (const name of ['screen', 'print']) {
  await once(
    `<link rel="stylesheet" href="\\./(${name}-[0-9a-f]+\\.css)"[^>]*?(?: media="([a-z]+)")?/>`,
    async (m) => {
      const css = await readFile(join(dist, m[1]), 'utf8');
      return `<style${m[2] ? ` media="${m[2]}"` : ''}>${inert(css, 'style')}</style>`;
    },
    `${name} stylesheet`
  );
}

// The app: trunk's loader imports the glue and fetches the wasm; here both are inline. The glue imports the
// chunk loader (tools/split-app.mjs), which imports the glue back and fetches each chunk when its page is
// first opened: here the loader runs in a function scope inside the same module, handing the glue the names
// it exports, and its chunks come from base64 carried in the page.
await once(
  `<script type="module">\\s*import init, \\* as bindings from '\\./([\\w-]+\\.js)';\\s*const wasm = await init\\(\\{ module_or_path: '\\./([\\w-]+_bg\\.wasm)' \\}\\);[\\s\\S]*?</script>`,
  async (m) => {
    let glue = await readFile(join(dist, m[1]), 'utf8');
    const wasm = (await readFile(join(dist, m[2]))).toString('base64');
    const loaderName = m[1].replace(/\.js$/, '-split.js');
    let loader = await readFile(join(dist, loaderName), 'utf8');
    const chunks = {};
    loader = loader.replace(/fetch\(new URL\("\.\/([\w-]+\.wasm)", import\.meta\.url\)\)/g, (_, f) => {
      chunks[f] = true;
      return `chunkResponse(${JSON.stringify(f)})`;
    });
    for (const f of Object.keys(chunks)) chunks[f] = (await readFile(join(dist, f))).toString('base64');
    const importGlue = `import { initSync } from "./${m[1]}";`;
    const exported = [...loader.matchAll(/^export const (\w+) = /gm)].map((e) => e[1]);
    if (!loader.includes(importGlue) || exported.length === 0 || Object.keys(chunks).length === 0) {
      throw new Error('single-file: unexpected chunk loader');
    }
    loader = loader.replace(importGlue, '').replace(/^export const /gm, 'const ');
    const glueImports = new RegExp(`^import \\* as (\\w+) from "\\./${loaderName.replace(/[.-]/g, '\\$&')}";?$`, 'gm');
    if (!glueImports.test(glue)) throw new Error('single-file: the glue does not import the chunk loader');
    glue = glue.replace(glueImports, 'const $1 = chunkLoader;');
    return `<script type="module">
const chunkBytes = ${JSON.stringify(chunks)};
const chunkResponse = (name) => Promise.resolve(new Response(Uint8Array.from(atob(chunkBytes[name]), (c) => c.charCodeAt(0)), { headers: { 'content-type': 'application/wasm' } }));
const chunkLoader = (() => {
${inert(loader, 'script')}
return { ${exported.join(', ')} };
})();
${inert(glue, 'script')}
const wasmBytes = Uint8Array.from(atob(${JSON.stringify(wasm)}), (c) => c.charCodeAt(0));
await __wbg_init({ module_or_path: wasmBytes });
</script>`;
  },
  'trunk loader'
);

// The workers (office: spreadsheets and Word reports; consolidator: many unions' files added up): trunk's
// loader shim fetches <name>.js and <name>_bg.wasm beside the page. Here each worker's whole source (its
// glue, then its wasm gzipped as base64, unpacked by the browser's DecompressionStream and handed to its init
// function) is carried as inert text, made into a worker from a blob URL only when it is needed: the app asks
// window.<global>() for that URL (src/ui/office.rs, worker_url). Gzipped, the office worker adds about 0.9 MB
// to this file instead of 2 MB.
for (const [name, global] of [['office', 'soCongDoanOfficeWorker'], ['consolidator', 'soCongDoanConsolidatorWorker']]) {
  const loader = await readFile(join(dist, `${name}_loader.js`), 'utf8');
  const m = loader.match(/^importScripts\("\.\/([\w-]+\.js)"\);wasm_bindgen\("\.\/([\w-]+_bg\.wasm)"\);$/);
  if (!m) throw new Error(`single-file: unexpected ${name} worker loader: ${loader}`);
  const glue = await readFile(join(dist, m[1]), 'utf8');
  const wasm = gzipSync(await readFile(join(dist, m[2])), { level: 9 }).toString('base64');
  const source = `${glue}
const workerWasm = Uint8Array.from(atob(${JSON.stringify(wasm)}), (c) => c.charCodeAt(0));
wasm_bindgen({ module_or_path: new Response(new Blob([workerWasm]).stream().pipeThrough(new DecompressionStream('gzip'))).arrayBuffer() });
`;
  await once(
    `</head>`,
    async () => `<script type="text/plain" id="${name}-worker">${inert(source, 'script')}</script>
<script>
  window.${global} = function () {
    var self = window.${global};
    if (!self.url) {
      var source = document.getElementById('${name}-worker').textContent;
      self.url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    }
    return self.url;
  };
</script>
</head>`,
    'end of head'
  );
}

await once(`<link rel="icon" href="(icons/icon\\.svg)"`, async (m) => `<link rel="icon" href="${await dataUrl(m[1], 'image/svg+xml')}"`, 'icon');
await once(`<link rel="apple-touch-icon" href="(icons/icon-192\\.png)"`, async (m) => `<link rel="apple-touch-icon" href="${await dataUrl(m[1], 'image/png')}"`, 'touch icon');
// A manifest cannot be installed from file:// and its relative start_url would point nowhere.
await once(`\\s*<link rel="manifest" href="manifest\\.webmanifest" />`, async () => '', 'manifest link');
// The service worker script only runs over http(s), and a lone copy of this file has no sw.js beside it.
await once(`\\s*<script>(?:(?!</script>)[\\s\\S])*?navigator\\.serviceWorker[\\s\\S]*?</script>`, async () => '', 'service worker script');
// trunk's preloads of the glue and the wasm: nothing left to fetch.
await once(`<link rel="modulepreload" href="\\./[\\w-]+\\.js"[^>]*>`, async () => '', 'glue preload');
await once(`<link rel="preload" href="\\./[\\w-]+_bg\\.wasm"[^>]*>`, async () => '', 'wasm preload');

if (/(?:href|src)="(?!data:|#)[^"]*"/.test(html)) {
  throw new Error('single-file: a reference to a file beside index.html is left');
}
await writeFile(join(dist, OUT), html);
const raw = Buffer.byteLength(html);
const gz = gzipSync(html, { level: 9 }).length;
console.log(`single-file: ${join(dist, OUT)} ${raw} B (${(raw / 1024).toFixed(0)} KiB), gzip ${gz} B (${(gz / 1024).toFixed(0)} KiB)`);
