import { RemixBrowser } from "@remix-run/react";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { config as zodConfig } from "zod/v4/core";
import { loadMessages } from "~/platform/i18n/i18n";
import { DEFAULT_LANGUAGE, isLanguage } from "~/platform/i18n/languages";

// Zod probes `new Function` once to decide whether to compile its parsers; our
// Content-Security-Policy forbids eval, so the probe is reported as a violation
// on every page whose forms validate in the browser. Jitless parsing needs no eval.
zodConfig({ jitless: true });

// The server rendered the page in the language named by <html lang>; the
// browser needs the same messages before hydrating, or the text would flicker.
const pageLanguage = document.documentElement.lang;

void loadMessages(isLanguage(pageLanguage) ? pageLanguage : DEFAULT_LANGUAGE, window.location.pathname).then(() =>
  startTransition(() => {
    hydrateRoot(
      document,
      <StrictMode>
        <RemixBrowser />
      </StrictMode>,
    );
  }),
);
