import { operations } from '../generated/operations.js';

export type Operation = (typeof operations)[number];
export type OperationId = Operation['operationId'];

type Match =
  | { kind: 'operation'; operation: Operation }
  | { kind: 'method-not-allowed'; allowed: string[] }
  | { kind: 'unknown-path' }
  | { kind: 'escape'; reason: string };

const templates = operations.map((operation) => ({ operation, segments: operation.path.split('/').slice(1) }));

/**
 * A path parameter the proxy forwards: letters, digits, `_`, `-`, `.` and `~`, not starting with a
 * dot. Nothing an upstream server could read as another path (`..;`, `%252e`, `;jsessionid`).
 */
const safeParameter = /^[A-Za-z0-9_~-][A-Za-z0-9._~-]*$/;

function segmentsMatch(template: string[], segments: string[]): boolean {
  return (
    template.length === segments.length &&
    template.every((part, index) =>
      part.startsWith('{') ? safeParameter.test(segments[index] ?? '') : part === segments[index],
    )
  );
}

/**
 * Why a path may not be forwarded, or `undefined` when it is clean. `pathname` is the raw,
 * still-encoded path after URL parsing (which already resolved plain `.` and `..`). Anything that
 * an upstream server could decode into another path is refused rather than normalised.
 */
function escapeReason(pathname: string): string | undefined {
  if (pathname.includes('//')) return 'the path must not contain an empty segment (a double slash)';
  if (/%2e|%2f|%5c|%00/i.test(pathname)) return 'the path must not contain encoded dots, slashes or backslashes';
  if (pathname.includes('\\')) return 'the path must not contain a backslash';
  if (pathname.includes(':')) return 'the path must not contain a URL';
  if (/[;%]/.test(pathname)) return 'the path must not contain parameters or percent-encoding';
  return undefined;
}

/** Matches a method and raw path against the spec's operations: whole segments, never by prefix. */
export function matchOperation(method: string, pathname: string): Match {
  const reason = escapeReason(pathname);
  if (reason) return { kind: 'escape', reason };
  const candidates = operationsAt(pathname);
  if (candidates.length === 0) return { kind: 'unknown-path' };
  const operation = candidates.find((candidate) => candidate.method === method);
  if (operation) return { kind: 'operation', operation };
  return { kind: 'method-not-allowed', allowed: candidates.map((candidate) => candidate.method) };
}

/** The query to forward: only the operation's declared parameters, re-encoded. */
export function forwardedQuery(operation: Operation, search: URLSearchParams): string | { unknown: string } {
  const declared: readonly string[] = operation.query;
  for (const name of search.keys()) if (!declared.includes(name)) return { unknown: name };
  const query = new URLSearchParams(search).toString();
  return query ? `?${query}` : '';
}

/** The operations whose path template matches `pathname`, whatever their method. */
export function operationsAt(pathname: string): Operation[] {
  const segments = pathname.split('/').slice(1);
  return templates.filter((template) => segmentsMatch(template.segments, segments)).map(({ operation }) => operation);
}
