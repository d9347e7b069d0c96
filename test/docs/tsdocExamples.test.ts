import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractExamples, toTestModule } from '../_lib/extractExamples.js';

// Every `@example` in the TSDoc of src/ runs here: `expr //=> value` lines become `toEqual` assertions.
const examples = extractExamples('src');
const dir = join('test', '.generated', 'examples');
rmSync(dir, { recursive: true, force: true });
mkdirSync(dir, { recursive: true });

describe('TSDoc @example blocks', () => {
  it('finds examples', () => {
    expect(examples.length).toBeGreaterThan(10);
  });
  examples.forEach((ex, i) => {
    it(`${ex.file}:${ex.line}`, async () => {
      const name = `${ex.file.replace(/[^a-zA-Z0-9]+/g, '_')}_${ex.line}_${i}.ts`;
      const path = join(dir, name);
      writeFileSync(path, toTestModule(ex));
      const mod = await import(/* @vite-ignore */ `../.generated/examples/${name}`);
      expect(mod.__ran).toBe(true);
    });
  });
});
