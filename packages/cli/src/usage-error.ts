/** Bad flags or input: exit code 2, and nothing is sent. */
export class UsageError extends Error {
  override name = 'UsageError';
}
