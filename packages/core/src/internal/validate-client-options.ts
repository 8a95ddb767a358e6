import { InvalidInputError } from '../errors.js';
import { describeType } from './validate-input.js';

/**
 * Construction checks. The key is never echoed: a rule names the option, not its value.
 * Header-unsafe characters are refused here because `Headers` would otherwise throw a TypeError
 * that quotes the whole header value, key included.
 */
export function validateApiKey(apiKey: unknown): asserts apiKey is string | null {
  if (apiKey === null) return;
  if (apiKey === undefined) {
    throw new InvalidInputError(
      'apiKey',
      'is required: pass your Maniac API key, or apiKey: null to send no Authorization header (behind a key-holding proxy)',
    );
  }
  if (typeof apiKey !== 'string') throw new InvalidInputError('apiKey', `must be a string, got ${typeof apiKey}`);
  if (apiKey.trim() === '') throw new InvalidInputError('apiKey', 'must not be empty');
  // Visible ASCII only: no spaces, control characters or line breaks inside a header value.
  if (!/^[\x21-\x7e]+$/.test(apiKey)) {
    throw new InvalidInputError('apiKey', 'must contain only printable ASCII characters without spaces');
  }
}

/** The page's own address in a browser, against which a relative `baseURL` such as `/` resolves. */
function pageLocation(): string | undefined {
  const location = (globalThis as { location?: { href?: unknown } }).location;
  return typeof location?.href === 'string' ? location.href : undefined;
}

export function validateBaseURL(baseURL: unknown): asserts baseURL is string {
  if (typeof baseURL !== 'string') {
    throw new InvalidInputError('baseURL', `must be a string, got ${describeType(baseURL)}`);
  }
  let url: URL;
  try {
    url = new URL(baseURL, pageLocation());
  } catch {
    throw new InvalidInputError(
      'baseURL',
      `must be an absolute URL such as https://platform.maniac.ai (or, in a browser, a path such as /api), got "${baseURL}"`,
    );
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new InvalidInputError('baseURL', `must use http or https, got "${url.protocol}"`);
  }
}

/** A browser page: any visitor can read what its scripts hold. */
function isBrowserPage(): boolean {
  return (
    typeof (globalThis as { window?: unknown }).window !== 'undefined' &&
    typeof (globalThis as { document?: unknown }).document !== 'undefined'
  );
}

/**
 * A key in a browser page is a key given to every visitor. Refuse it unless the caller says they
 * mean it; a client without a key (`apiKey: null`) that talks to a key-holding proxy is fine.
 */
export function validateBrowserUse(apiKey: string | null, dangerouslyAllowBrowser: boolean): void {
  if (apiKey === null || dangerouslyAllowBrowser || !isBrowserPage()) return;
  throw new InvalidInputError(
    'apiKey',
    'must not be used in a browser, where every visitor can read it: keep it behind createManiacProxy from @maniac/edge and give the browser client apiKey: null, or set dangerouslyAllowBrowser: true to accept the risk',
  );
}
