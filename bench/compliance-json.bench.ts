// The CLI auditing 1 M items from one plain .json file (items last, as exporters write them): the file is
// streamed (readInventoryJson), so memory follows the largest item, not the file. Writes the file to the
// temporary directory, runs `vn-portal-kit audit` in a child process under /usr/bin/time, and reports wall
// time, CPU time and peak RSS. Run: node --import tsx bench/compliance-json.bench.ts [items]
import { spawnSync } from 'node:child_process';
import { createWriteStream, statSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeItem, portal } from './_lib/inventoryItems.js';

const n = Number(process.argv[2] ?? 1_000_000);
const file = join(tmpdir(), `vn-portal-kit-bench-${process.pid}.json`);
const out = join(tmpdir(), `vn-portal-kit-bench-${process.pid}.report.json`);

async function writeInventory(): Promise<void> {
  const w = createWriteStream(file);
  const write = (s: string) =>
    w.write(s) ? Promise.resolve() : new Promise<void>((r) => w.once('drain', r));
  await write(`{"schemaVersion":1,"portal":${JSON.stringify(portal)},"items":[\n`);
  for (let i = 0; i < n; i++) await write(`${i ? ',\n' : ''}${JSON.stringify(makeItem(i))}`);
  await write('\n]}\n');
  await new Promise<void>((r) => w.end(r));
}

await writeInventory();
const size = statSync(file).size;
const r = spawnSync(
  '/usr/bin/time',
  [
    '-f',
    '%e %U %S %M',
    process.execPath,
    '--import',
    'tsx',
    'src/cli/index.ts',
    'audit',
    file,
    '--profile',
    'vinh-phuc-32-2023',
    '--as-of',
    '2026-11-25',
    '--format',
    'json',
    '--out',
    out,
  ],
  { encoding: 'utf8' },
);
const last = r.stderr.trim().split('\n').at(-1) ?? '';
const [wall, user, sys, maxKb] = last.split(' ').map(Number);
console.log(`${n.toLocaleString('en')} items, ${(size / 2 ** 20).toFixed(0)} MB of JSON: exit ${r.status}`);
console.log(
  `wall ${wall?.toFixed(1)} s, CPU ${((user ?? 0) + (sys ?? 0)).toFixed(1)} s, peak RSS ${((maxKb ?? 0) / 1024).toFixed(0)} MB (goal ≤ 500 MB)`,
);
console.log(r.stdout.trim());
unlinkSync(file);
try {
  unlinkSync(out);
} catch {}
