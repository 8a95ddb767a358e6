import { startMock } from '@maniac/scripts/mock-server.mjs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    mockURL: string;
  }
}

/** Prism mocking the spec: the upstream of the proxy under test. */
export default async function setup(project: TestProject) {
  const mock = await startMock();
  project.provide('mockURL', mock.url);
  return () => mock.stop();
}
