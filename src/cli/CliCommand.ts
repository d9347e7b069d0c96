/** What a command may do to the outside world; injected so commands are testable without a process. */
export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  /** Reads a file as UTF-8 (or standard input for `-`). */
  readText(path: string): Promise<string>;
  /** Reads a file as UTF-8 text in chunks, as it arrives (or standard input for `-`): for large inputs. */
  readChunks(path: string): AsyncIterable<string>;
  writeText(path: string, text: string): Promise<void>;
  /** Whether standard error is a terminal (progress indicators only then). */
  readonly isTTY: boolean;
}

/** One sub-command of the `vn-portal-kit` CLI. */
export interface CliCommand {
  readonly name: string;
  /** One line for `--help`. */
  readonly summary: string;
  /** Full usage text for `vn-portal-kit <name> --help`. */
  readonly usage: string;
  /** Runs the command; returns the process exit code. Never throws on bad user input. */
  run(args: readonly string[], io: CliIO): Promise<number>;
}
