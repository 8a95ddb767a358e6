// Vercel edge-runtime entry (service-worker syntax); the test passes the bindings as MANIAC_ENV.
import { handle } from './worker.mjs';

addEventListener('fetch', (event) => event.respondWith(handle(event.request, globalThis.MANIAC_ENV)));
