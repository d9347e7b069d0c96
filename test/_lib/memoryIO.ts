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
    async *readChunks(path: string) {
      const f = io.files[path];
      if (f === undefined) throw new Error(`ENOENT: ${path}`);
      // Small uneven chunks, so that lines straddle them.
      for (let i = 0, n = 1; i < f.length; i += n, n = 1 + ((n * 7 + 3) % 4093)) yield f.slice(i, i + n);
    },
    async writeText(path: string, text: string) {
      io.files[path] = text;
    },
  };
  return io;
}
