/**
 * Turns an error body of any shape into one readable line, so that no error loses what the server
 * said: OpenAI-style `{error: {message}}`, FastAPI-style `{detail}`, RFC 9457 problem details (what
 * Prism and many gateways send), plain text, HTML, or nothing at all.
 */
const maximumLength = 1000;

export function describeErrorBody(body: unknown): string {
  const description = typeof body === 'string' ? describeText(body) : describeJson(body);
  if (!description) return '(empty body)';
  return description.length > maximumLength ? `${description.slice(0, maximumLength)}…` : description;
}

function describeText(text: string): string {
  const trimmed = text.trim();
  if (!/^<(!doctype|html|head|body|\w+[\s>])/i.test(trimmed)) return trimmed;
  // An HTML error page from a proxy: keep its words, drop its markup.
  return trimmed
    .replace(/<(script|style)[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function describeJson(body: unknown): string {
  if (body === undefined || body === null) return '';
  if (typeof body !== 'object') return String(body);
  const record = body as Record<string, unknown>;
  const parts: string[] = [];

  const error = record.error;
  if (typeof error === 'string') parts.push(error);
  else if (isRecord(error) && typeof error.message === 'string') parts.push(error.message);

  if (typeof record.title === 'string') parts.push(record.title);
  if (typeof record.message === 'string') parts.push(record.message);

  const detail = record.detail;
  if (typeof detail === 'string') parts.push(detail);
  else if (Array.isArray(detail)) parts.push(detail.map(describeIssue).join('; '));
  else if (detail !== undefined) parts.push(JSON.stringify(detail));

  if (Array.isArray(record.validation)) parts.push(record.validation.map(describeIssue).join('; '));

  return parts.length > 0 ? parts.join(': ') : JSON.stringify(body);
}

/** One item of a FastAPI `detail` array (`{loc, msg}`) or a Prism `validation` array (`{location, message}`). */
function describeIssue(issue: unknown): string {
  if (!isRecord(issue)) return JSON.stringify(issue);
  const location = issue.loc ?? issue.location;
  const message = issue.msg ?? issue.message;
  const where = Array.isArray(location) ? location.join('.') : undefined;
  if (typeof message !== 'string') return JSON.stringify(issue);
  return where ? `${where}: ${message}` : message;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
