import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { packagedFile, packageRoot } from '../../src/cli/_lib/packagedFile.js';
import { DEMO_INVENTORY_PATH, DEMO_SAMPLE_PATH } from '../../src/cli/commands/demo.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../_lib/memoryIO.js';

describe('packagedFile: the demo finds its data from any folder', () => {
  it('finds the package root above a module, and nothing above a folder outside it', () => {
    expect(packageRoot(import.meta.url)).toBe(resolve('.'));
    expect(packageRoot(pathToFileURL(join(tmpdir(), 'x', 'y.js')).href)).toBeUndefined();
    expect(packageRoot(undefined)).toBeDefined(); // the default: the CLI module's own URL
    expect(packageRoot('')).toBeUndefined(); // a CommonJS build's empty import.meta.url
  });
  it('resolves the shipped demo files to absolute paths that exist', () => {
    for (const rel of [DEMO_INVENTORY_PATH, DEMO_SAMPLE_PATH]) {
      const abs = packagedFile(rel);
      expect(abs).toBe(resolve(rel));
      expect(existsSync(abs)).toBe(true);
    }
  });
  it('the demo reads them by absolute path (not relative to the working directory)', async () => {
    const seen: string[] = [];
    const io = {
      ...memoryIO(),
      readText: (path: string) => {
        seen.push(path);
        return readFile(path, 'utf8');
      },
      writeText: async () => {},
    };
    expect(await main(['demo', '--lang', 'en'], io)).toBe(0);
    expect(seen).toEqual([resolve(DEMO_INVENTORY_PATH), resolve(DEMO_SAMPLE_PATH)]);
  });
});
