// The "Remix floor" of `npm run bench:catalogue`: a page through the same root
// and layout that reads no data and renders `?bytes=` characters, so a real
// page's throughput can be compared with what Remix alone allows. Exists only
// when the benchmark starts the server with LAPAK_BENCH=1; a 404 otherwise.
import type { LoaderFunctionArgs } from "@remix-run/node";
import { useLoaderData } from "@remix-run/react";
import { notFound } from "~/platform/http-errors";

const MAX_BYTES = 2_000_000;

export function loader({ request }: LoaderFunctionArgs) {
  if (process.env.LAPAK_BENCH !== "1") throw notFound();
  const bytes = Number(new URL(request.url).searchParams.get("bytes") ?? 0);
  return { bytes: Number.isInteger(bytes) && bytes > 0 ? Math.min(bytes, MAX_BYTES) : 0 };
}

export default function BenchFloor() {
  const { bytes } = useLoaderData<typeof loader>();
  return <p className="break-all">{"x".repeat(bytes)}</p>;
}
