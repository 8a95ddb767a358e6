import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);

/** The built ESM of @maniac/edge and of everything it imports, as an edge bundler would see it. */
async function builtGraph(): Promise<Array<[string, string]>> {
  const files = [
    new URL('../dist/index.js', import.meta.url).pathname,
    require.resolve('@maniac/core').replace(/index\.cjs$/, 'index.js'),
    require.resolve('openapi-fetch').replace(/index\.cjs$/, 'index.mjs'),
  ];
  return Promise.all(
    files.map(async (file) => [file, withoutKnownGuards(await readFile(file, 'utf8'))] as [string, string]),
  );
}

/**
 * openapi-fetch feature-tests for Node's undici before it passes a second argument to fetch. The
 * test is guarded by `typeof process`, so it is safe where `process` does not exist; it is the one
 * reference allowed.
 */
function withoutKnownGuards(source: string): string {
  return source.replace(
    'typeof process === "object" && Number.parseInt(process?.versions?.node?.substring(0, 2)) >= 18 && process.versions.undici',
    'false',
  );
}

describe('the built graph of @maniac/edge', () => {
  it.each([
    ['node: imports', /from\s+['"]node:|import\(['"]node:/],
    [
      'bare Node built-in imports',
      /from\s+['"](fs|path|http|https|net|crypto|stream|buffer|url|util|os|child_process)['"]/,
    ],
    ['require()', /\brequire\(/],
    ['process', /\bprocess\b/],
    ['Buffer', /\bBuffer\b/],
    ['__dirname or __filename', /__dirname|__filename/],
    ['setImmediate', /\bsetImmediate\b/],
  ])('has no %s', async (_, pattern) => {
    for (const [file, source] of await builtGraph())
      expect(pattern.test(source), `${file} matches ${pattern}`).toBe(false);
  });

  it('imports only @maniac/core, which imports only openapi-fetch', async () => {
    const [[, edge], [, core]] = (await builtGraph()) as [[string, string], [string, string]];
    expect(new Set([...edge.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((match) => match[1]))).toEqual(
      new Set(['@maniac/core']),
    );
    expect(new Set([...core.matchAll(/from\s+['"]([^'"]+)['"]/g)].map((match) => match[1]))).toEqual(
      new Set(['openapi-fetch']),
    );
  });
});
