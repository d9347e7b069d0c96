import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium } from '../../../src/site/browser/findChromium.js';

describe('findChromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnpk-chromium-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const bin = (sub: string, name: string, mode = 0o755) => {
    mkdirSync(join(dir, sub), { recursive: true });
    const p = join(dir, sub, name);
    writeFileSync(p, '#!/bin/sh\n');
    chmodSync(p, mode);
    return p;
  };

  it('prefers the option, then VN_PORTAL_KIT_CHROMIUM, then PATH', () => {
    const onPath = bin('a', 'chromium');
    const env = { PATH: join(dir, 'a'), VN_PORTAL_KIT_CHROMIUM: '/env/chromium' };
    expect(findChromium({ executablePath: '/opt/c', env })).toEqual({
      executablePath: '/opt/c',
      from: 'option',
    });
    expect(findChromium({ env })).toEqual({ executablePath: '/env/chromium', from: 'env' });
    expect(findChromium({ env: { PATH: env.PATH } })).toEqual({ executablePath: onPath, from: 'path' });
  });

  it('walks PATH in order, skipping empty entries, directories and files that are not executable', () => {
    bin('b', 'chromium', 0o644);
    mkdirSync(join(dir, 'c', 'chromium'), { recursive: true });
    const chrome = bin('d', 'google-chrome');
    const PATH = ['', join(dir, 'b'), join(dir, 'c'), join(dir, 'd'), join(dir, 'a')].join(delimiter);
    expect(findChromium({ env: { PATH } })).toEqual({ executablePath: chrome, from: 'path' });
    expect(findChromium({ env: { PATH: join(dir, 'nowhere') } })).toBeUndefined();
    expect(findChromium({ env: {} })).toBeUndefined();
  });
});
