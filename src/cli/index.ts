#!/usr/bin/env node
import { main } from './main.js';
import { nodeIO } from './nodeIO.js';

// Output piped into a reader that closes early (`| head`) is not an error: stop quietly.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

main(process.argv.slice(2), nodeIO).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vn-portal-kit: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
