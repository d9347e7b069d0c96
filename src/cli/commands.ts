import type { CliCommand } from './CliCommand.js';
import { auditCommand } from './commands/audit.js';
import { convertCommand } from './commands/convert.js';
import { deadlineCommand } from './commands/deadline.js';
import { demoCommand } from './commands/demo.js';
import { docnumCommand } from './commands/docnum.js';
import { domainCommand } from './commands/domain.js';
import { holidaysCommand } from './commands/holidays.js';
import { lunarCommand } from './commands/lunar.js';
import { royaltyCommand } from './commands/royalty.js';
import { siteCommand } from './commands/site.js';

/**
 * The registered sub-commands, in the order `--help` lists them. Each lives in `./commands/<name>.ts`.
 */
export const commands: readonly CliCommand[] = [
  demoCommand,
  auditCommand,
  siteCommand,
  convertCommand,
  royaltyCommand,
  holidaysCommand,
  lunarCommand,
  deadlineCommand,
  domainCommand,
  docnumCommand,
];
