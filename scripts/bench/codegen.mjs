// `pnpm bench:codegen`: how generation and type-checking grow with the spec. Makes synthetic specs
// shaped like ours (resources with list, create, retrieve and cancel, each with its own run
// schema) of 10, 100, 1,000 and 3,000 operations; times what `pnpm generate` runs on each (both
// targets of scripts/generate.mjs), and `tsc` on a consumer that calls 20 operations through the
// typed client that `maniac.api` is.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const scripts = fileURLToPath(new URL('..', import.meta.url));
const tsc = join(dirname(require.resolve('typescript/package.json')), 'bin/tsc');
const sizes = (process.env.BENCH_CODEGEN_SIZES ?? '10,100,1000,3000').split(',').map(Number);

const nullable = (type) => ({ anyOf: [{ type }, { type: 'null' }] });
function runSchema() {
  return {
    type: 'object',
    required: ['id', 'status', 'created_at'],
    properties: {
      object: { type: 'string', const: 'evaluation.run' },
      id: { type: 'string' },
      status: { type: 'string' },
      created_at: { type: 'string' },
      finished_at: nullable('string'),
      evaluators: { anyOf: [{ type: 'array', items: { type: 'string' } }, { type: 'null' }] },
      container: nullable('string'),
      spend: nullable('number'),
      metadata: { anyOf: [{ type: 'object', additionalProperties: true }, { type: 'null' }] },
    },
  };
}

function syntheticSpec(operations) {
  const paths = {};
  const schemas = {};
  for (let resource = 0; resource * 4 < operations; resource++) {
    const name = `Run${resource}`;
    schemas[name] = runSchema();
    schemas[`${name}List`] = {
      type: 'object',
      required: ['data', 'total'],
      properties: {
        data: { type: 'array', items: { $ref: `#/components/schemas/${name}` } },
        total: { type: 'integer' },
      },
    };
    const ok = (schema) => ({
      200: {
        description: 'ok',
        content: { 'application/json': { schema: { $ref: `#/components/schemas/${schema}` } } },
      },
    });
    const runId = [{ name: 'run_id', in: 'path', required: true, schema: { type: 'string' } }];
    paths[`/v1/r${resource}/runs`] = {
      get: {
        operationId: `list${resource}`,
        parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
        responses: ok(`${name}List`),
      },
      post: {
        operationId: `create${resource}`,
        requestBody: {
          required: true,
          content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } },
        },
        responses: ok(name),
      },
    };
    paths[`/v1/r${resource}/runs/{run_id}`] = {
      get: { operationId: `get${resource}`, parameters: runId, responses: ok(name) },
    };
    paths[`/v1/r${resource}/runs/{run_id}/cancel`] = {
      post: { operationId: `cancel${resource}`, parameters: runId, responses: ok(name) },
    };
  }
  return { openapi: '3.1.0', info: { title: 'synthetic', version: '1' }, paths, components: { schemas } };
}

function consumer(operations) {
  const calls = Array.from({ length: 20 }, (_, index) => {
    const resource = Math.floor((index * (operations / 4)) / 20);
    return index % 2 === 0
      ? `  const r${index} = await api.GET('/v1/r${resource}/runs/{run_id}', { params: { path: { run_id: 'x' } } });\n  r${index}.data?.status;`
      : `  const r${index} = await api.GET('/v1/r${resource}/runs', { params: { query: { limit: 5 } } });\n  r${index}.data?.total;`;
  });
  return `import type { Client } from 'openapi-fetch';\nimport type { paths } from './openapi.js';\n\nexport async function use(api: Client<paths>) {\n${calls.join('\n')}\n}\n`;
}

const milliseconds = (run) => {
  const started = process.hrtime.bigint();
  run();
  return Number(process.hrtime.bigint() - started) / 1e6;
};

const rows = [];
for (const operations of sizes) {
  const directory = mkdtempSync(join(tmpdir(), `maniac-codegen-${operations}-`));
  try {
    writeFileSync(join(directory, 'spec.json'), JSON.stringify(syntheticSpec(operations)));
    const generate = milliseconds(() => {
      for (const target of ['core', 'edge']) {
        execFileSync(
          process.execPath,
          [join(scripts, 'generate.mjs'), target, '--spec', join(directory, 'spec.json'), '--out-dir', directory],
          { stdio: 'ignore' },
        );
      }
    });
    writeFileSync(join(directory, 'consumer.ts'), consumer(operations));
    mkdirSync(join(directory, 'node_modules'), { recursive: true });
    execFileSync('ln', [
      '-s',
      dirname(require.resolve('openapi-fetch/package.json')),
      join(directory, 'node_modules/openapi-fetch'),
    ]);
    const typecheck = milliseconds(() =>
      execFileSync(
        process.execPath,
        [
          tsc,
          '--noEmit',
          '--strict',
          '--skipLibCheck',
          '--module',
          'esnext',
          '--moduleResolution',
          'bundler',
          '--target',
          'es2022',
          join(directory, 'consumer.ts'),
        ],
        { cwd: directory },
      ),
    );
    rows.push({ operations, generate, typecheck });
    console.log(`${operations} operations: generate ${generate.toFixed(0)} ms, type-check ${typecheck.toFixed(0)} ms`);
  } finally {
    rmSync(directory, { recursive: true, force: true });
  }
}

const table = [
  '| operations | `pnpm generate` (both targets) | type-check of a consumer calling 20 operations |',
  '|---|---|---|',
  ...rows.map((row) => `| ${row.operations} | ${row.generate.toFixed(0)} ms | ${row.typecheck.toFixed(0)} ms |`),
];
const output = fileURLToPath(new URL('../../bench/', import.meta.url));
mkdirSync(output, { recursive: true });
writeFileSync(
  join(output, 'codegen.md'),
  `# How code generation scales\n\n${new Date().toISOString()}, Node ${process.version}\n\n${table.join('\n')}\n`,
);
console.log(`\n${table.join('\n')}\n\nwritten to ${output}codegen.md`);
