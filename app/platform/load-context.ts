import type { RequestLog } from "./http/request-log.server";

// What the HTTP server hands every loader and action besides the request.
declare module "@remix-run/node" {
  interface AppLoadContext {
    /** The client's address as the server sees it (behind a trusted proxy: the forwarded one). */
    clientAddress?: string;
    /** This response's Content-Security-Policy nonce (app/platform/http/security-headers.server.ts). */
    cspNonce?: string;
    /** This request's log line: the root loader adds the signed-in person's id (http/request-log.server.ts). */
    requestLog?: RequestLog;
  }
}

export {};
