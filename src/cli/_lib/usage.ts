import type { Language } from '../../core/index.js';
import type { CliIO } from '../CliCommand.js';

/** Prints a bilingual usage error for `command` with the pointer to its help; returns exit code 2. */
export function usageError(io: CliIO, command: string, vi: string, en: string): number {
  io.stderr(`vn-portal-kit ${command}: ${vi} / ${en}\n\nvn-portal-kit ${command} --help\n`);
  return 2;
}

/** Runs a `node:util` `parseArgs` call; on a bad flag prints the usage error and returns `undefined`. */
export function parseOrUsageError<T>(io: CliIO, command: string, parse: () => T): T | undefined {
  try {
    return parse();
  } catch (error) {
    const msg = error instanceof Error ? error.message : String(error);
    usageError(io, command, `tham số không hợp lệ (${msg})`, `invalid arguments (${msg})`);
    return undefined;
  }
}

/** Reads `--lang` (default `vi`); on another value prints the usage error and returns `undefined`. */
export function languageOrUsageError(io: CliIO, command: string, value: unknown): Language | undefined {
  if (value === undefined || value === 'vi') return 'vi';
  if (value === 'en') return 'en';
  usageError(io, command, '--lang phải là vi hoặc en', '--lang must be vi or en');
  return undefined;
}
