import { startMock } from '@maniac/scripts/mock-server.mjs';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    mockURL: string;
  }
}

/** Starts Prism mocking spec/openapi.yaml for the whole run, and stops it afterwards. */
export default async function setup(project: TestProject) {
  const mock = await startMock();
  project.provide('mockURL', mock.url);
  return () => mock.stop();
}
