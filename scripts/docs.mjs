#!/usr/bin/env node
// `npm run docs`: builds the documentation site into site/ (published at SITE below, GitHub Pages):
//   1. typedoc: the API reference of every subpath, with the guides of docs/*.md as project documents
//      (typedoc.json `projectDocuments`), the README as the home page;
//   2. site/guides/<file>.html for every guide: a stable address named after the file (typedoc names a
//      document's page after its title), redirecting to the typedoc page;
//   3. checks that every link of README.md and docs/*.md into the site points at a page that exists, so the
//      README read on npm (where relative links are dead) links only to pages that are there.
// Exits non-zero on a typedoc warning or a dead README link.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

/** The documentation site's address (package.json `homepage`). */
const SITE = 'https://vn-portal-kit.github.io/vn-portal-kit/';
const OUT = 'site';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
if (pkg.homepage !== SITE) throw new Error(`package.json homepage should be ${SITE}`);

const typedoc = spawnSync('npx', ['typedoc', '--logLevel', 'Warn', '--out', OUT], { stdio: 'inherit' });
if (typedoc.status !== 0) process.exit(typedoc.status ?? 1);

// Typedoc page of each document, by its <title>.
const byTitle = new Map();
for (const f of readdirSync(join(OUT, 'documents'))) {
  const m = /<title>(.*?) \| /.exec(readFileSync(join(OUT, 'documents', f), 'utf8'));
  if (m) byTitle.set(m[1].replace(/&#39;/g, "'").replace(/&amp;/g, '&'), f);
}
const html = (s) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
mkdirSync(join(OUT, 'guides'), { recursive: true });
let guides = 0;
for (const f of readdirSync('docs').filter((f) => f.endsWith('.md'))) {
  const title = /^---\n(?:.*\n)*?title:\s*(.+)\n(?:.*\n)*?---/.exec(
    readFileSync(join('docs', f), 'utf8'),
  )?.[1];
  const page = title && byTitle.get(title.trim());
  if (!page) throw new Error(`docs/${f}: no typedoc page for its title ${JSON.stringify(title)}`);
  const target = `../documents/${encodeURIComponent(page)}`;
  writeFileSync(
    join(OUT, 'guides', `${basename(f, '.md')}.html`),
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>${html(title)}</title>` +
      `<meta http-equiv="refresh" content="0; url=${html(target)}"><link rel="canonical" href="${html(target)}">` +
      `</head><body><a href="${html(target)}">${html(title)}</a></body></html>\n`,
  );
  guides++;
}

// Every link of the README and the guides into the site resolves to a file of site/.
const dead = [];
for (const file of ['README.md', ...readdirSync('docs').map((f) => join('docs', f))]) {
  if (!file.endsWith('.md')) continue;
  for (const [, url] of readFileSync(file, 'utf8').matchAll(/[(<](https:\/\/[^)>\s]+)[)>]/g)) {
    if (!url.startsWith(SITE)) continue;
    const path = decodeURIComponent(url.slice(SITE.length).split('#')[0]) || 'index.html';
    if (!existsSync(join(OUT, path))) dead.push(`${file}: ${url}`);
  }
}
if (dead.length > 0) {
  console.error(`links to pages the site does not have:\n  ${dead.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `site/: API reference and ${guides} guides (site/guides/<file>.html); links of README.md and docs/ into the site checked`,
);
