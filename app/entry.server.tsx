// Streams the HTML. Bots get the whole document at once (onAllReady), people
// get it as soon as the shell is ready (onShellReady).
import { Transform, type TransformCallback, finished } from "node:stream";
import { type AppLoadContext, type EntryContext, createReadableStreamFromReadable } from "@remix-run/node";
import { RemixServer } from "@remix-run/react";
import { isbot } from "isbot";
import { renderToPipeableStream } from "react-dom/server";
import { NonceProvider } from "~/platform/csp-nonce";
import { withRoutesInPlay } from "~/platform/routes-in-play.server";
import "~/platform/i18n/messages.server";

const ABORT_DELAY_MS = 5_000;
export const streamTimeout = ABORT_DELAY_MS;

export default function handleRequest(
  request: Request,
  responseStatusCode: number,
  responseHeaders: Headers,
  remixContext: EntryContext,
  loadContext: AppLoadContext,
) {
  const waitForAll = isbot(request.headers.get("user-agent") ?? "");
  // The Content-Security-Policy nonce of this response (app/platform/http/security-headers.server.ts):
  // on React's streaming scripts, Remix's data scripts, and through the provider on <Scripts>.
  const nonce = loadContext.cspNonce;
  return new Promise<Response>((resolve, reject) => {
    let shellRendered = false;
    // Stops a render that is still waiting for data after the stream timeout. Cleared once the page is
    // out: React 18 keeps a finished render's destination, so a late abort() ends that stream a second
    // time (Node builds an error and its stack for that), and the pending timer kept the finished
    // render reachable for 6 s after every page.
    const abortTimer = setTimeout(() => abort(), ABORT_DELAY_MS + 1_000);
    const { pipe, abort } = renderToPipeableStream(
      <NonceProvider value={nonce ?? ""}>
        <RemixServer
          context={withRoutesInPlay(remixContext)}
          url={request.url}
          abortDelay={ABORT_DELAY_MS}
          nonce={nonce}
        />
      </NonceProvider>,
      {
        nonce,
        [waitForAll ? "onAllReady" : "onShellReady"]() {
          shellRendered = true;
          const body = htmlStream();
          finished(body, () => clearTimeout(abortTimer));
          responseHeaders.set("Content-Type", "text/html; charset=utf-8");
          resolve(
            new Response(createReadableStreamFromReadable(body), {
              headers: responseHeaders,
              status: responseStatusCode,
            }),
          );
          pipe(body);
        },
        onShellError(error: unknown) {
          clearTimeout(abortTimer);
          reject(error);
        },
        onError(error: unknown) {
          responseStatusCode = 500;
          // Errors after the shell are logged; the error boundary renders them.
          if (shellRendered) console.error(error);
        },
      },
    );
  });
}

const MODULE_PRELOAD = Buffer.from('rel="modulepreload"');
const LOW_PRIORITY_MODULE_PRELOAD = Buffer.from('rel="modulepreload" fetchpriority="low"');

/**
 * The HTML on its way out, in one pass (each stream stage costs CPU on every chunk of every page):
 *
 * - Without NUL bytes. React 18.3.1's streaming renderer flushes its whole 2 KB buffer when a multi-byte
 *   character does not fit at its end, zero bytes included (React issue 31134, fixed in React 19, which
 *   Remix 2 does not take): a page gets NUL bytes where its text puts "—", "é" or an emoji across a
 *   boundary, and some crawlers (the one behind WhatsApp's link previews) stop reading there. A 0x00 byte
 *   is never part of another UTF-8 character, so dropping every one is safe.
 * - Module preloads at low priority. Remix's <Scripts> asks for the page's modules with
 *   <link rel="modulepreload">, which Chromium fetches at high priority, beside the stylesheet and the
 *   first photos. Every page here is whole without JavaScript (rendered on the server, forms that post),
 *   so on a slow phone network the stylesheet and the photos on screen go first and the ~95 KB of modules
 *   that only enhance the page come after (issue 13: Lighthouse counted them before first paint).
 *   <Scripts> takes no attribute for its links, so it is added here. A chunk may end inside the marker:
 *   its possible start waits for the next chunk.
 */
function htmlStream() {
  let carried: Buffer = Buffer.alloc(0);
  let pending: Buffer[] = [];
  const release = () => {
    const text = Buffer.concat([carried, ...pending]);
    pending = [];
    const keep = text.length - partialMarkerAtEnd(text);
    carried = text.subarray(keep);
    return withLowPriority(text.subarray(0, keep));
  };
  const stream = new Transform({
    // Not destroyed (nor "close"d) when the page is all out: React 18 takes "close" on its destination
    // for a visitor who left, and aborts, which ends a finished stream again (see abortTimer). A stream
    // cancelled early is still destroyed, and React aborts that render.
    autoDestroy: false,
    transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback) {
      pending.push(chunk.includes(0) ? Buffer.from(chunk.filter((byte) => byte !== 0)) : chunk);
      done();
    },
    flush(done: TransformCallback) {
      done(null, Buffer.concat([release(), carried]));
    },
  });
  // React writes its 2 KB buffers one by one, then calls its destination's flush() (as for a zlib
  // stream) when a pass is written: the pass goes on as one chunk. Each chunk crosses the web stream,
  // the adapter, compression and the socket: sent as its 13 chunks, an uncached product page cost the
  // server ~0.8 ms of CPU more (4.0–4.4 ms against 3.2–3.5).
  return Object.assign(stream, {
    flush() {
      const html = release();
      if (html.length) stream.push(html);
    },
  });
}

/** How many bytes at the end of `text` could be the start of the modulepreload marker. */
function partialMarkerAtEnd(text: Buffer): number {
  for (let start = Math.max(0, text.length - MODULE_PRELOAD.length + 1); start < text.length; start++)
    if (
      text[start] === MODULE_PRELOAD[0] &&
      MODULE_PRELOAD.subarray(0, text.length - start).equals(text.subarray(start))
    )
      return text.length - start;
  return 0;
}

function withLowPriority(html: Buffer): Buffer {
  let at = html.indexOf(MODULE_PRELOAD);
  if (at === -1) return html;
  const parts: Buffer[] = [];
  let from = 0;
  for (; at !== -1; at = html.indexOf(MODULE_PRELOAD, from)) {
    parts.push(html.subarray(from, at), LOW_PRIORITY_MODULE_PRELOAD);
    from = at + MODULE_PRELOAD.length;
  }
  parts.push(html.subarray(from));
  return Buffer.concat(parts);
}
