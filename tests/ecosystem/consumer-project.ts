import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const run = promisify(execFile);

export const publicPackages = ['core', 'node', 'edge', 'react-hooks'] as const;
const packagesDirectory = fileURLToPath(new URL('../../packages/', import.meta.url));
const consumerFiles = fileURLToPath(new URL('./consumer/', import.meta.url));
const browserApp = fileURLToPath(new URL('../browser/app/', import.meta.url));

function packageDirectory(name: (typeof publicPackages)[number]): string {
  return join(packagesDirectory, name);
}

export interface PackedConsumer {
  /** The consumer: a plain npm project outside the workspace, with the tarballs installed. */
  directory: string;
  tarballs: Record<(typeof publicPackages)[number], string>;
}

export interface ConsumerProject extends PackedConsumer {
  remove(): Promise<void>;
}

/**
 * Packs every public package with `pnpm pack` (which turns `workspace:*` into real versions) and
 * installs the tarballs with npm into a temporary project, so that no workspace link can hide a
 * packaging bug: what is tested is what the registry would serve.
 */
export async function createConsumerProject(): Promise<ConsumerProject> {
  const root = await mkdtemp(join(tmpdir(), 'maniac-ecosystem-'));
  const tarballDirectory = join(root, 'tarballs');
  const tarballs = {} as PackedConsumer['tarballs'];
  for (const name of publicPackages) {
    await run('pnpm', ['pack', '--pack-destination', tarballDirectory], { cwd: packageDirectory(name) });
  }
  for (const file of await readdir(tarballDirectory)) {
    const name = publicPackages.find((candidate) => file.startsWith(`maniac-${candidate}-`));
    if (name) tarballs[name] = join(tarballDirectory, file);
  }

  const directory = join(root, 'consumer');
  await cp(consumerFiles, directory, { recursive: true });
  await cp(browserApp, join(directory, 'app'), { recursive: true });
  const dependencies = Object.fromEntries(publicPackages.map((name) => [`@maniac/${name}`, `file:${tarballs[name]}`]));
  await writeFile(
    join(directory, 'package.json'),
    JSON.stringify(
      {
        name: 'maniac-consumer',
        private: true,
        type: 'module',
        dependencies,
        // @maniac/node and @maniac/edge depend on @maniac/core by version: point that at the tarball too.
        overrides: { '@maniac/core': dependencies['@maniac/core'] },
        // What a React app needs besides our packages: the browser test builds one with Vite.
        devDependencies: {
          '@tanstack/react-query': '5.108.4',
          '@types/node': '20.19.43',
          react: '19.3.1',
          'react-dom': '19.3.1',
          vite: '8.3.4',
        },
      },
      null,
      2,
    ),
  );
  await run('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: directory });
  return { directory, tarballs, remove: () => rm(root, { recursive: true, force: true }) };
}
