// Issue 19 item 1: the HTML stream never carries a NUL byte. React 18.3.1's
// streaming renderer flushes its whole 2 KB buffer, unused zero bytes and
// all, when a multi-byte character does not fit at its end (React issue
// 31134). Renders text full of such characters across many 2 KB boundaries
// through Remix's real request handler and app/entry.server.tsx.
import { createRequestHandler } from "@remix-run/node";
import { type ReactNode, createElement } from "react";
import { expect, test, vi } from "vitest";
import * as entry from "~/entry.server";
import { serverBuildOf } from "../support/server-build";

// Paddings of 0–6 ASCII letters shift every multi-byte character across the
// buffer's boundaries: 2- (é, ·), 3- (—) and 4-byte (emoji) UTF-8 sequences.
const paragraphs = Array.from(
  { length: 1500 },
  (_, index) => `${"a".repeat(index % 7)}Keripik pisang — Rp15.000 · Sembahe · café ${index} 🍌🧺`,
);

/** Remix's real request handler and app/entry.server.tsx over a document with `body` in its <body>. */
function handlerFor(body: () => ReactNode) {
  const Page = () =>
    createElement(
      "html",
      { lang: "id" },
      createElement("head", null, createElement("meta", { charSet: "utf-8" })),
      createElement("body", null, body()),
    );
  return createRequestHandler(
    serverBuildOf([{ id: "root", path: "", module: { default: Page } }], { entry }),
    "production",
  );
}

const handle = handlerFor(() => paragraphs.map((text, index) => createElement("p", { key: index }, text)));

test.each([
  ["a browser (streamed as soon as the shell is ready)", "Mozilla/5.0 (Linux; Android 10) Chrome/120.0 Mobile"],
  ["a crawler (the whole document at once)", "facebookexternalhit/1.1"],
])("the HTML for %s has no NUL byte and the text is intact", async (_who, userAgent) => {
  const response = await handle(new Request("http://localhost/", { headers: { "User-Agent": userAgent } }));
  expect(response.status).toBe(200);
  const bytes = new Uint8Array(await response.arrayBuffer());
  expect(bytes.length).toBeGreaterThan(50 * 2048); // many of React's 2 KB buffers

  expect(bytes.indexOf(0)).toBe(-1);
  const html = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  for (const text of paragraphs) expect(html).toContain(`<p>${text}</p>`);
});

// Issue 13: the page's modules are asked for at low priority (the stylesheet and the photos on screen
// first; every page works before its modules run). Remix's <Scripts> takes no attribute for its
// modulepreload links, so app/entry.server.tsx adds it to the stream, where React's 2 KB chunks can
// end anywhere inside a link.
const modules = Array.from({ length: 600 }, (_, index) => `/assets/${"x".repeat(index % 23)}chunk-${index}.js`);

const handleWithModules = handlerFor(() => [
  createElement("p", { key: "text" }, "rel=\"modulepreload\" is only a link's attribute, not this text's"),
  ...modules.map((href) => createElement("link", { key: href, rel: "modulepreload", href })),
]);

test("every modulepreload link is asked for at low priority, wherever the stream's chunks end", async () => {
  const response = await handleWithModules(
    new Request("http://localhost/", { headers: { "User-Agent": "Mozilla/5.0 (Linux; Android 10) Chrome/120.0" } }),
  );
  const html = await response.text();
  expect(html.length).toBeGreaterThan(10 * 2048);

  const links = [...html.matchAll(/<link rel="modulepreload"([^>]*)\/>/g)];
  expect(links).toHaveLength(modules.length);
  links.forEach((link, index) => expect(link[1]).toBe(` fetchpriority="low" href="${modules[index]}"`));
  expect(html).toContain("<p>rel=&quot;modulepreload&quot; is only a link&#x27;s attribute, not this text&#x27;s</p>");
});

// Issue 13: a page that is all out leaves nothing of its render behind. The stream timeout's abort
// timer stayed pending for 6 s after every page, keeping the finished render reachable (on a server at
// hundreds of pages a second, thousands of them), and React then ended the finished stream a second
// time. The visits below count the timers set while they run (fake ones, so that no other timer of the
// process is counted). Remix keeps a timer of its own on the page's data stream until the request's
// signal aborts: a visit aborts it once the page is read, so that only this app's timers remain.
async function browserVisit(read: (response: Response) => Promise<void>): Promise<number> {
  vi.useFakeTimers({ toFake: ["setTimeout", "clearTimeout"] });
  try {
    const request = new AbortController();
    const response = await handle(
      new Request("http://localhost/", {
        headers: { "User-Agent": "Mozilla/5.0 (Linux; Android 10) Chrome/120.0" },
        signal: request.signal,
      }),
    );
    await read(response);
    request.abort();
    await new Promise((resolve) => setImmediate(resolve));
    return vi.getTimerCount();
  } finally {
    vi.useRealTimers();
  }
}

test("a page read to its end leaves no timer of its render pending", async () => {
  const pending = await browserVisit(async (response) => {
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(50 * 2048);
  });
  expect(pending).toBe(0);
});

test("a visitor who leaves mid-page stops the render, and it leaves no timer pending either", async () => {
  const pending = await browserVisit(async (response) => {
    const reader = response.body!.getReader();
    expect((await reader.read()).done).toBe(false);
    await reader.cancel(); // the connection closed
  });
  expect(pending).toBe(0);
});
