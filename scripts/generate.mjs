// Generates code from spec/openapi.yaml, one target per package:
//
//   node scripts/generate.mjs core           the TypeScript types of @maniac/core
//   node scripts/generate.mjs edge           the operation table @maniac/edge's proxy matches against
//   node scripts/generate.mjs <target> --check
//                                            write nothing; exit 1 if the committed file differs
//   node scripts/generate.mjs <target> --spec <file> --out-dir <dir>
//                                            another spec, into <dir>: how `pnpm bench:codegen`
//                                            times generation of synthetic specs
//
// The check is what keeps generated code honest in CI: a spec edit without `pnpm generate`
// fails the test run and names the drift.
import { readFile, writeFile } from 'node:fs/promises';
import { basename, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const { positionals, values: flags } = parseArgs({
  allowPositionals: true,
  options: { check: { type: 'boolean' }, spec: { type: 'string' }, 'out-dir': { type: 'string' } },
});
const specUrl = flags.spec ? pathToFileURL(resolve(flags.spec)) : new URL('../spec/openapi.yaml', import.meta.url);

const banner = `// Generated from spec/openapi.yaml by scripts/generate.mjs.
// Do not edit by hand: change the spec, then run \`pnpm generate\`.

`;

async function coreTypes() {
  const ast = await openapiTS(specUrl, {
    // A default in the spec says what the server assumes, not that the client must send it.
    defaultNonNullable: false,
  });
  return banner + astToString(ast);
}

/** Every operation's method, path and declared query parameters, as data the proxy can match. */
async function edgeOperations() {
  const spec = parse(await readFile(specUrl, 'utf8'));
  const resolve = (node) =>
    node?.$ref
      ? node.$ref
          .replace(/^#\//, '')
          .split('/')
          .reduce((parent, key) => parent[key], spec)
      : node;
  const operations = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const query = (operation.parameters ?? []).map(resolve).filter((parameter) => parameter.in === 'query');
      operations.push({
        operationId: operation.operationId,
        method: method.toUpperCase(),
        path,
        query: query.map((parameter) => parameter.name),
      });
    }
  }
  const lines = operations.map((operation) => `  ${JSON.stringify(operation)},`).join('\n');
  return `${banner}/** The operations of the spec: method, path template and declared query parameters. */
export const operations = [
${lines}
] as const;
`;
}

const targets = {
  core: { output: 'packages/core/src/generated/openapi.ts', generate: coreTypes },
  edge: { output: 'packages/edge/src/generated/operations.ts', generate: edgeOperations },
};

function describeDrift(committed, expected) {
  const committedLines = committed.split('\n');
  const expectedLines = expected.split('\n');
  const lines = [];
  const length = Math.max(committedLines.length, expectedLines.length);
  for (let index = 0; index < length && lines.length < 20; index++) {
    if (committedLines[index] === expectedLines[index]) continue;
    if (committedLines[index] !== undefined) lines.push(`  ${index + 1} - ${committedLines[index]}`);
    if (expectedLines[index] !== undefined) lines.push(`  ${index + 1} + ${expectedLines[index]}`);
  }
  return lines.join('\n');
}

async function main() {
  const target = targets[positionals[0]];
  if (!target) {
    throw new Error(
      `Usage: generate.mjs <${Object.keys(targets).join('|')}> [--check] [--spec <file> --out-dir <dir>]`,
    );
  }
  const outputUrl = flags['out-dir']
    ? pathToFileURL(resolve(flags['out-dir'], basename(target.output)))
    : new URL(`../${target.output}`, import.meta.url);
  const expected = await target.generate();
  if (!flags.check) {
    await writeFile(outputUrl, expected);
    console.log(`generated ${target.output} from spec/openapi.yaml`);
    return;
  }
  const committed = await readFile(outputUrl, 'utf8').catch(() => '');
  if (committed === expected) {
    console.log(`${target.output} matches spec/openapi.yaml`);
    return;
  }
  console.error(
    `Generated code has drifted from the spec: ${target.output} does not match spec/openapi.yaml.\n` +
      `First differences (- committed, + generated from the spec):\n${describeDrift(committed, expected)}\n` +
      'Run `pnpm generate` and commit the result.',
  );
  process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
