import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** One `@example` block of a TSDoc comment. */
export interface DocExample {
  file: string;
  line: number;
  code: string;
}

function walk(dir: string, out: string[]): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else if (p.endsWith('.ts') && !p.endsWith('.d.ts')) out.push(p);
  }
  return out;
}

/** Extracts every fenced ts code block that follows an `@example` tag inside a doc comment. */
export function extractExamples(root: string): DocExample[] {
  const examples: DocExample[] = [];
  for (const file of walk(root, [])) {
    const lines = readFileSync(file, 'utf8').split('\n');
    let inExample = false;
    let inCode = false;
    let start = 0;
    let buf: string[] = [];
    for (let i = 0; i < lines.length; i++) {
      const raw = lines[i] ?? '';
      const text = raw.replace(/^\s*\*\s?/, '');
      if (/^\s*\*\s*@example/.test(raw)) {
        inExample = true;
        continue;
      }
      if (inExample && !inCode && /^```(ts|typescript)?\s*$/.test(text.trim())) {
        inCode = true;
        start = i + 2;
        buf = [];
        continue;
      }
      if (inCode && text.trim() === '```') {
        examples.push({ file: relative(process.cwd(), file), line: start, code: buf.join('\n') });
        inCode = false;
        inExample = false;
        continue;
      }
      if (inCode) buf.push(text);
      if (/\*\//.test(raw)) {
        inExample = false;
        inCode = false;
      }
    }
  }
  return examples;
}

/** Turns `expr //=> expected` lines into assertions. */
export function toTestModule(example: DocExample): string {
  const body = example.code
    .split('\n')
    .map((line) => {
      const m = /^(\s*)(.+?);?\s*\/\/=>\s*(.+)$/.exec(line);
      if (!m) return line;
      return `${m[1]}__expect((${m[2]}), (${m[3]}), ${JSON.stringify(`${example.file}:${example.line}`)});`;
    })
    .join('\n');
  return `import { expect as __vexpect } from 'vitest';\nconst __expect = (a: unknown, b: unknown, where: string) => __vexpect(a, where).toEqual(b);\n${body}\nexport const __ran = true;\n`;
}
