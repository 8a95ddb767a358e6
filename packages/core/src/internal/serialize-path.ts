import { defaultPathSerializer } from 'openapi-fetch';
import { validatePathParameter } from './validate-input.js';

const templateParameter = /\{([^{}]+)\}/g;

/**
 * openapi-fetch's path serializer, with every `{parameter}` of the path checked first. A missing,
 * empty or dot-segment value would otherwise be sent as a different path; this way it throws
 * before anything is sent, for resource methods and `maniac.api` alike. Values are then
 * percent-encoded by openapi-fetch (`a/b` becomes `a%2Fb`).
 */
export function serializePath(pathname: string, pathParameters: Record<string, unknown>): string {
  for (const [, name] of pathname.matchAll(templateParameter)) {
    validatePathParameter(name as string, pathParameters?.[name as string]);
  }
  return defaultPathSerializer(pathname, pathParameters);
}
