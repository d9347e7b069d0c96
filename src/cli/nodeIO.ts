import { createReadStream } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import type { CliIO } from './CliCommand.js';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The real process's IO. */
export const nodeIO: CliIO = {
  stdout: (text) => {
    process.stdout.write(text);
  },
  stderr: (text) => {
    process.stderr.write(text);
  },
  readText: (path) => (path === '-' ? readStdin() : readFile(path, 'utf8')),
  readChunks: (path) => {
    if (path !== '-') return createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
    process.stdin.setEncoding('utf8');
    return process.stdin as AsyncIterable<string>;
  },
  writeText: (path, text) => writeFile(path, text, 'utf8'),
  isTTY: Boolean(process.stderr.isTTY),
};
