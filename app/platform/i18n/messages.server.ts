// The server renders every page in either language, so it holds every
// message; entry.server.tsx imports this module before the first render.
// (The browser fetches its share through loadMessages in i18n.ts.)
import { en } from "./en";
import { id } from "./id";
import { provideAllMessages } from "./i18n";

provideAllMessages("id", id);
provideAllMessages("en", en);
