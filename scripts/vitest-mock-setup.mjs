// A vitest globalSetup shared by every suite that talks to the Prism mock: starts it once per run
// and provides its URL, which tests read with `inject('mockURL')`.
import { startMock } from './mock-server.mjs';

/** @param {{ provide: (key: string, value: unknown) => void }} project */
export default async function setup(project) {
  const mock = await startMock();
  project.provide('mockURL', mock.url);
  return () => mock.stop();
}
