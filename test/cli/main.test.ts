import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import type { CliCommand } from '../../src/cli/CliCommand.js';
import { main } from '../../src/cli/main.js';
import { memoryIO } from '../_lib/memoryIO.js';

const echo: CliCommand = {
  name: 'echo',
  summary: 'prints its arguments',
  usage: 'vn-portal-kit echo <words...>',
  async run(args, io) {
    if (args[0] === 'boom') throw new Error('bad thing');
    io.stdout(args.join(' '));
    return 0;
  },
};

describe('cli main', () => {
  it('prints the version', async () => {
    const io = memoryIO();
    expect(await main(['--version'], io, [echo])).toBe(0);
    expect(io.out.trim()).toBe(pkg.version);
  });
  it('lists commands in --help and exits 2 without a command', async () => {
    const io = memoryIO();
    expect(await main([], io, [echo])).toBe(2);
    expect(io.out).toContain('echo');
    expect(io.out).toContain('prints its arguments');
    const io2 = memoryIO();
    expect(await main(['--help'], io2, [echo])).toBe(0);
  });
  it('shows a command usage', async () => {
    const io = memoryIO();
    expect(await main(['echo', '--help'], io, [echo])).toBe(0);
    expect(io.out).toContain('vn-portal-kit echo <words...>');
    const io2 = memoryIO();
    expect(await main(['help', 'echo'], io2, [echo])).toBe(0);
    expect(io2.out).toContain('<words...>');
  });
  it('rejects an unknown command with exit 2, bilingually', async () => {
    const io = memoryIO();
    expect(await main(['nope'], io, [echo])).toBe(2);
    expect(io.err).toContain('unknown command');
    expect(io.err).toContain('lệnh không tồn tại');
  });
  it('turns a thrown error into exit 2 with a message', async () => {
    const io = memoryIO();
    expect(await main(['echo', 'boom'], io, [echo])).toBe(2);
    expect(io.err).toContain('bad thing');
  });
  it('runs a command', async () => {
    const io = memoryIO();
    expect(await main(['echo', 'a', 'b'], io, [echo])).toBe(0);
    expect(io.out).toBe('a b');
  });
});
