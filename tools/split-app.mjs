// trunk post_build hook: splits the app's wasm into chunks and writes them over trunk's unsplit output.
// Usage (by trunk, before sw-manifest): node tools/split-app.mjs   (reads $TRUNK_STAGING_DIR)
//
// Each `#[wasm_split]` function in src/ui, with the code only it reaches, becomes a chunk that the page fetches
// the first time it needs it: the first page loads the shell and the overview only. The split has to come
// between the link and wasm-bindgen, because it reads the linker's relocations (build.rs asks for them),
// which wasm-bindgen drops; trunk 0.21 runs wasm-bindgen straight after cargo and has no hook between. So
// trunk links the app and stages an unsplit copy (with wasm-opt and integrity off), and this hook:
//   1. cuts trunk's linked wasm with wasm-split-cli (wasm_split_cli_support) into the main module, the
//      chunks and the chunks' loader;
//   2. runs wasm-bindgen on the main module, keeping the function table the chunks are linked into;
//   3. shrinks every module with wasm-opt -Oz, as trunk does for the office worker;
//   4. writes the glue and main wasm under trunk's names (so index.html's loader and preloads stand), and the
//      loader and chunks beside them under the same content hash.
import { execFileSync } from 'node:child_process';
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error('split-app: TRUNK_STAGING_DIR unset (this runs as a trunk hook)');
const NAME = 'so-cong-doan';
const target = JSON.parse(execFileSync('cargo', ['metadata', '--format-version=1', '--no-deps', '--offline'], { encoding: 'utf8' })).target_directory;
const work = join(target, 'split-app');
const run = (cmd, args) => execFileSync(cmd, args, { stdio: 'inherit' });

// trunk's names: so-cong-doan-<hash of the linked wasm>.js and _bg.wasm.
const staged = (await readdir(staging)).filter((f) => new RegExp(`^${NAME}-[0-9a-f]+\\.js$`).test(f));
if (staged.length !== 1) throw new Error(`split-app: expected one staged ${NAME}-<hash>.js, found ${staged}`);
const stem = staged[0].replace(/\.js$/, '');

await rm(work, { recursive: true, force: true });
run('wasm-split-cli', [join(target, 'wasm32-unknown-unknown', 'release', `${NAME}.wasm`), join(work, 'split'), `--out-name=${NAME}`]);
run('wasm-bindgen', ['--target=web', '--no-typescript', '--keep-lld-exports', `--out-dir=${join(work, 'bindgen')}`, `--out-name=${stem}`, join(work, 'split', `${NAME}.wasm`)]);

const chunks = (await readdir(join(work, 'split'))).filter((f) => f.endsWith('.wasm') && f !== `${NAME}.wasm`).sort();
const named = (chunk) => chunk.replace(/\.wasm$/, `-${stem.slice(NAME.length + 1)}.wasm`);
await mkdir(join(work, 'opt'));
for (const [from, to] of [[join(work, 'bindgen', `${stem}_bg.wasm`), `${stem}_bg.wasm`], ...chunks.map((c) => [join(work, 'split', c), named(c)])]) {
  run('wasm-opt', ['-Oz', `--output=${join(staging, to)}`, from]);
}

/** Replaces every `from` with `to` in `text`, failing the build if there is none: a changed tool output must not pass silently. */
function swap(text, from, to, what) {
  if (!text.includes(from)) throw new Error(`split-app: no ${JSON.stringify(from)} in ${what}`);
  return text.replaceAll(from, to);
}
const loaderName = `${stem}-split.js`;
const glue = await readFile(join(work, 'bindgen', `${stem}.js`), 'utf8');
// Only the import statements: the module name inside the wasm, and so the key of the glue's imports, stays.
await writeFile(join(staging, `${stem}.js`), swap(glue, 'from "./__wasm_split.js"', `from ${JSON.stringify(`./${loaderName}`)}`, 'the glue'));
let loader = await readFile(join(work, 'split', '__wasm_split.js'), 'utf8');
loader = swap(loader, `"./${NAME}.js"`, JSON.stringify(`./${stem}.js`), 'the chunk loader');
for (const c of chunks) loader = swap(loader, `"./${c}"`, JSON.stringify(`./${named(c)}`), 'the chunk loader');
await writeFile(join(staging, loaderName), loader);
console.log(`split-app: ${stem}: main module and ${chunks.length} chunks`);
