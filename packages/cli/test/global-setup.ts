import { startMock } from '@maniac/scripts/mock-server.mjs';
import type { TestProject } from 'vitest/node';

/** Prism mocking the spec, for the hooks to talk to. Tests read its URL with `inject('mockURL')`. */
export default async function setup(project: TestProject) {
  const mock = await startMock();
  (project.provide as (key: string, value: string) => void)('mockURL', mock.url);
  return () => mock.stop();
}
