import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli, runCliInTerminal } from './run-cli.js';
import { startScriptedServer, walk } from './scripted-server.js';

let server: Awaited<ReturnType<typeof startScriptedServer>>;
beforeEach(async () => {
  server = await startScriptedServer();
});
afterEach(() => server.close());

const environment = () => ({ MANIAC_API_KEY: 'mk_terminal_key', MANIAC_BASE_URL: server.url });
const colour = /\x1b\[3\dm/;
const anyEscape = /\x1b\[/;

describe('under a real pseudo-terminal', () => {
  it('runs wait shows a live status line with a spinner, elapsed time, spend and colour', async () => {
    server.handle = walk(['queued', 'running', 'running', 'running', 'completed']);
    const result = await runCliInTerminal(['runs', 'wait', 'erun_cli', '--interval', '0.3'], environment());
    expect(result.code).toBe(0);
    // The line is redrawn in place: carriage returns or cursor moves, and a spinner frame.
    expect(result.stdout).toMatch(/\r|\x1b\[\d*[AGK]/);
    expect(result.stdout).toMatch(/[⠋⠙⠹⠸⠼⠴⠦⠧⠇⠏]/);
    expect(result.stdout).toMatch(/erun_cli\s+(\x1b\[\d+m)*running(\x1b\[\d+m)*\s+\ds\s+\$0\.42/);
    expect(result.stdout).toMatch(colour);
  });

  it('runs list colours the status in its table', async () => {
    server.handle = (_request, response) => {
      response.writeHead(200, { 'content-type': 'application/json' });
      response.end(
        JSON.stringify({ object: 'list', data: [{ id: 'erun_1', status: 'failed', created_at: 'x' }], total: 1 }),
      );
    };
    const result = await runCliInTerminal(['runs', 'list'], environment());
    expect(result.stdout).toMatch(/\x1b\[31mfailed/);
  });

  it('NO_COLOR turns colour off even on a terminal', async () => {
    server.handle = walk(['completed']);
    const result = await runCliInTerminal(['runs', 'get', 'erun_cli'], { ...environment(), NO_COLOR: '1' });
    expect(result.stdout).toContain('completed');
    expect(result.stdout).not.toMatch(colour);
  });
});

describe('piped', () => {
  it('runs wait prints one plain line per status change, with no colour and no live line', async () => {
    server.handle = walk(['queued', 'running', 'running', 'completed']);
    const result = await runCli(['runs', 'wait', 'erun_cli', '--interval', '0.05'], environment());
    const lines = result.stdout.split('\n').filter((line) => / erun_cli /.test(line));
    expect(lines.map((line) => line.split(' ').at(-1))).toEqual(['queued', 'running', 'completed']);
    expect(result.stdout).not.toMatch(anyEscape);
    expect(result.stdout).not.toContain('\r');
  });

  it('runs get has no colour', async () => {
    server.handle = walk(['failed']);
    const result = await runCli(['runs', 'get', 'erun_cli'], environment());
    expect(result.stdout).toMatch(/status\s+failed/);
    expect(result.stdout).not.toMatch(anyEscape);
  });
});
