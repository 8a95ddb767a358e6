// Generates the TypeScript types of @maniac/core from spec/openapi.yaml.
//
//   node scripts/generate.mjs           write packages/core/src/generated/openapi.ts
//   node scripts/generate.mjs --check   write nothing; exit 1 if the committed file differs
//
// The check is what keeps generated code honest in CI: a spec edit without `pnpm generate`
// fails the test run and names the drift.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

const specUrl = new URL('../spec/openapi.yaml', import.meta.url);
const outputUrl = new URL('../packages/core/src/generated/openapi.ts', import.meta.url);
const outputName = 'packages/core/src/generated/openapi.ts';

const banner = `// Generated from spec/openapi.yaml by scripts/generate.mjs with openapi-typescript.
// Do not edit by hand: change the spec, then run \`pnpm generate\`.

`;

export async function generate() {
  const ast = await openapiTS(specUrl, {
    // A default in the spec says what the server assumes, not that the client must send it.
    defaultNonNullable: false,
  });
  return banner + astToString(ast);
}

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
  const expected = await generate();
  if (!process.argv.includes('--check')) {
    await writeFile(outputUrl, expected);
    console.log(`generated ${outputName} from spec/openapi.yaml`);
    return;
  }
  const committed = await readFile(outputUrl, 'utf8').catch(() => '');
  if (committed === expected) {
    console.log(`${outputName} matches spec/openapi.yaml`);
    return;
  }
  console.error(
    `Generated code has drifted from the spec: ${outputName} does not match spec/openapi.yaml.\n` +
      `First differences (- committed, + generated from the spec):\n${describeDrift(committed, expected)}\n` +
      'Run `pnpm generate` and commit the result.',
  );
  process.exitCode = 1;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
