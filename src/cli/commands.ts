import type { CliCommand } from './CliCommand.js';
import { royaltyCommand } from './commands/royalty.js';

/**
 * The registered sub-commands, in the order `--help` lists them. Each lives in `./commands/<name>.ts`.
 */
export const commands: readonly CliCommand[] = [royaltyCommand];
