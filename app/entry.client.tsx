import { RemixBrowser } from "@remix-run/react";
import { StrictMode, startTransition } from "react";
import { hydrateRoot } from "react-dom/client";
import { loadMessages } from "~/platform/i18n/i18n";
import { DEFAULT_LANGUAGE, isLanguage } from "~/platform/i18n/languages";

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
