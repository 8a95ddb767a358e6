/** A running Prism mock of spec/openapi.yaml. */
export interface Mock {
  /** Base URL, such as http://127.0.0.1:43127. */
  url: string;
  /** Stops Prism and waits until it has exited. */
  stop(): Promise<void>;
}

/** A 127.0.0.1 port that was free a moment ago: nothing listens on it. */
export function freePort(): Promise<number>;

/** Starts Prism on a free 127.0.0.1 port (or `port`) and resolves once it answers. */
export function startMock(options?: { port?: number; timeoutMs?: number }): Promise<Mock>;
