/** The exit codes scripts and CI pipelines can rely on. Printed by `maniac --help`. */
export const ExitCode = {
  success: 0,
  runFailed: 1,
  usage: 2,
  authentication: 3,
  notFound: 4,
  other: 5,
  interrupted: 130,
} as const;

export const exitCodeHelp = `
Exit codes:
  0    success, or a completed run
  1    the run ended in error, failed or was cancelled
  2    usage error (bad flags or input; nothing was sent)
  3    authentication or permission error (401, 403)
  4    not found (404)
  5    other API or network error, or --timeout reached while waiting
  130  interrupted with Ctrl-C (polling stops at once)

Environment:
  MANIAC_API_KEY   the API key (or --api-key)
  MANIAC_BASE_URL  the API's URL (or --base-url); default https://platform.maniac.ai
  NO_COLOR         turn colour off (it is also off when output is not a terminal)
  MANIAC_DEBUG=1   print stack traces of errors`;
