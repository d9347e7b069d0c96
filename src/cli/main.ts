import pkg from '../../package.json' with { type: 'json' };
import type { CliCommand, CliIO } from './CliCommand.js';
import { commands as registered } from './commands.js';

function helpText(commands: readonly CliCommand[]): string {
  const width = Math.max(8, ...commands.map((c) => c.name.length));
  const lines = commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`);
  return [
    `vn-portal-kit ${pkg.version}: Vietnamese government e-portal regulations as code`,
    '',
    'Usage: vn-portal-kit <command> [options]     (vn-portal-kit <command> --help for details)',
    '',
    'Commands:',
    ...lines,
    '',
    'Options:',
    '  -h, --help     show this help',
    '  -v, --version  print the version',
    '',
  ].join('\n');
}

/**
 * Runs the CLI with the given arguments (without `node` and the script path) and returns the exit code.
 * 0 = success, 1 = the command found problems (e.g. audit errors), 2 = usage or input error.
 */
export async function main(
  argv: readonly string[],
  io: CliIO,
  commands: readonly CliCommand[] = registered,
): Promise<number> {
  const [first, ...rest] = argv;
  if (first === undefined || first === '-h' || first === '--help' || first === 'help') {
    if (first === 'help' && rest[0]) return main([rest[0], '--help'], io, commands);
    io.stdout(helpText(commands));
    return first === undefined ? 2 : 0;
  }
  if (first === '-v' || first === '--version') {
    io.stdout(`${pkg.version}\n`);
    return 0;
  }
  const command = commands.find((c) => c.name === first);
  if (!command) {
    io.stderr(`vn-portal-kit: unknown command "${first}" / lệnh không tồn tại\n\n${helpText(commands)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage.trimEnd()}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`vn-portal-kit ${command.name}: ${message}\n`);
    return 2;
  }
}
