import pc from 'picocolors';

/** Whether stdout is a terminal: tables, colour and a live view; otherwise plain lines. */
const interactive = Boolean(process.stdout.isTTY);

// picocolors already turns colour off for NO_COLOR and for output that is not a terminal.
const statusColours: Record<string, (text: string) => string> = {
  completed: pc.green,
  running: pc.cyan,
  queued: pc.yellow,
  error: pc.red,
  failed: pc.red,
  cancelled: pc.magenta,
  canceled: pc.magenta,
};

export function colourStatus(status: string): string {
  return (statusColours[status] ?? pc.white)(status);
}

export function formatSpend(spend: number | null | undefined): string {
  return spend === null || spend === undefined ? '–' : `$${spend.toFixed(2)}`;
}

export function formatElapsed(milliseconds: number): string {
  const seconds = Math.floor(milliseconds / 1000);
  return seconds < 60 ? `${seconds}s` : `${Math.floor(seconds / 60)}m${String(seconds % 60).padStart(2, '0')}s`;
}

export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, interactive ? 2 : 0)}\n`);
}
