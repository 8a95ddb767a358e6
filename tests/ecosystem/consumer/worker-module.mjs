// Cloudflare Workers entry (ES module syntax).
import { handle } from './worker.mjs';

export default { fetch: (request, env) => handle(request, env) };
