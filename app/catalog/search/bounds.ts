// How far a search reads, client-safe: pages of PRODUCTS_PER_PAGE, at most
// MAX_PAGE of them, and nothing a search reads goes past what those pages can
// show (see the Design section of the README).
import { MAX_PAGE } from "../catalogue-href";

export const PRODUCTS_PER_PAGE = 24;
/** Matches ranked by relevance, and the most a total counts: as many as the pages offered show. */
export const CANDIDATES = MAX_PAGE * PRODUCTS_PER_PAGE;
/** Facet counts are exact up to this many text matches; past it they are left out. */
export const FACET_SAMPLE = CANDIDATES;

/** Rows to skip for the query's page (pages past MAX_PAGE show the last one offered). */
export const pageOffset = (page: number) => (Math.min(page, MAX_PAGE) - 1) * PRODUCTS_PER_PAGE;
