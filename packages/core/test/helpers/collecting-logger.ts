/** A logger that keeps every line it is given, at any level: to check what was logged, and what was not. */
export function collectingLogger() {
  const lines: string[] = [];
  const keep = (line: string) => {
    lines.push(line);
  };
  return { lines, logger: { error: keep, warn: keep, info: keep, debug: keep } };
}
