import { readFileSync } from 'node:fs';
import { parse } from 'yaml';

/** spec/openapi.yaml as data, so that the contract tests are driven by what the spec declares. */
// biome-ignore lint/suspicious/noExplicitAny: the spec is untyped YAML.
type Node = any;

export const spec: Node = parse(readFileSync(new URL('../../spec/openapi.yaml', import.meta.url), 'utf8'));

function resolve(node: Node): Node {
  if (node && typeof node.$ref === 'string') {
    const path = node.$ref.replace(/^#\//, '').split('/');
    return resolve(path.reduce((parent: Node, key: string) => parent[key], spec));
  }
  return node;
}

export interface Operation {
  operationId: string;
  method: string;
  path: string;
  responses: Record<string, Node>;
}

export const operations: Operation[] = Object.entries(spec.paths as Record<string, Node>).flatMap(([path, item]) =>
  Object.entries(item as Record<string, Node>).map(([method, operation]) => ({
    operationId: operation.operationId,
    method: method.toUpperCase(),
    path,
    responses: Object.fromEntries(
      Object.entries(operation.responses as Record<string, Node>).map(([status, response]) => [
        status,
        resolve(response),
      ]),
    ),
  })),
);

/** The named examples of an operation's 200 response: `[name, value]`. */
export function successExamples(operation: Operation): Array<[string, unknown]> {
  const examples = operation.responses['200']?.content?.['application/json']?.examples ?? {};
  return Object.entries(examples as Record<string, Node>).map(([name, example]) => [name, resolve(example).value]);
}

/** The declared error statuses of an operation, with each one's example body. */
export function errorExamples(operation: Operation): Array<[number, unknown]> {
  return Object.entries(operation.responses)
    .filter(([status]) => Number(status) >= 400)
    .map(([status, response]) => [Number(status), response.content?.['application/json']?.example]);
}
