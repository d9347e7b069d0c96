import type { CliIO } from '../../src/cli/CliCommand.js';

/** A CliIO that records output and serves files from a map. */
export function memoryIO(
  files: Record<string, string> = {},
): CliIO & { out: string; err: string; files: Record<string, string> } {
  const io = {
    out: '',
    err: '',
    files: { ...files },
    isTTY: false,
    stdout(text: string) {
      io.out += text;
    },
    stderr(text: string) {
      io.err += text;
    },
    async readText(path: string) {
      const f = io.files[path];
      if (f === undefined) throw new Error(`ENOENT: ${path}`);
      return f;
    },
    async writeText(path: string, text: string) {
      io.files[path] = text;
    },
  };
  return io;
}
