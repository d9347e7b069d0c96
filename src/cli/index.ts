#!/usr/bin/env node
import { main } from './main.js';
import { nodeIO } from './nodeIO.js';

main(process.argv.slice(2), nodeIO).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`vn-portal-kit: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
