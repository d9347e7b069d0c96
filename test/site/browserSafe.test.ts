import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';

describe('the page analysers are browser-safe', () => {
  it('bundle for the browser without any node: import (analysePage, parsePage, the extractors, parseSitemap, the rules)', async () => {
    const out = await build({
      stdin: {
        contents: [
          "export { analysePage } from './src/site/analysePage.ts';",
          "export { parsePage } from './src/site/parsePage.ts';",
          "export { readVietnameseDate } from './src/site/extractDates.ts';",
          "export { readNumberSymbol } from './src/site/extractNumberSymbol.ts';",
          "export { parseSitemap } from './src/site/parseSitemap.ts';",
          "export { createSiteContext } from './src/site/SiteContext.ts';",
          "export { siteFinding } from './src/site/siteFinding.ts';",
          "export { SITE_RULES } from './src/site/SITE_RULES.ts';",
          "export { checkNetwork } from './src/site/checkNetwork.ts';",
          "export { crawlSite } from './src/site/crawlSite.ts';",
        ].join('\n'),
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      write: false,
      logLevel: 'silent',
      metafile: true,
    });
    const inputs = Object.keys(out.metafile.inputs);
    expect(inputs.some((i) => i.startsWith('node:') || i.includes('src/site/node/'))).toBe(false);
    expect(out.outputFiles[0]?.text).toContain('analysePage');
  });
});
