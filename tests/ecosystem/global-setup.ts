import type { TestProject } from 'vitest/node';
import { createConsumerProject } from './consumer-project.js';

/**
 * Packs the public packages and installs them into one consumer project, once per run: the
 * ecosystem and browser suites both test what a user would install.
 */
export default async function setup(project: TestProject) {
  const consumer = await createConsumerProject();
  project.provide('consumer', {
    directory: consumer.directory,
    tarballs: consumer.tarballs,
  });
  return () => consumer.remove();
}
