/**
 * An injected `fetch` that records each request and answers with the next scripted response.
 * Unit tests use it instead of patching globals; anything over the network goes to Prism or to the
 * fault server in tests/.
 */
export interface RecordingFetch {
  (input: string | URL | Request, init?: RequestInit): Promise<Response>;
  requests: Request[];
}

export function recordingFetch(...responses: Array<Response | (() => Response | Promise<Response>)>): RecordingFetch {
  const requests: Request[] = [];
  const fetch = async (input: string | URL | Request, init?: RequestInit) => {
    requests.push(new Request(input, init));
    const next = responses.shift() ?? Response.json({ ok: true });
    return typeof next === 'function' ? next() : next;
  };
  return Object.assign(fetch, { requests });
}

export const testKey = 'mk_test_4f3c9b2a1e7d';
