// `npm run bench:images`: how long the image pipeline takes per 12-megapixel
// phone photo on ONE core (the process pins itself to one with `taskset`, so
// libvips, V8's garbage collector and the event loop share it, as on a
// one-core server), and how much memory it holds meanwhile.
// Photos are drawn locally (gradient, shapes, sensor-like grain), so the bench
// needs no files. Usage: npx tsx scripts/bench/images.ts [photoCount=20]
import { fork, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";
import { processProductPhoto } from "~/platform/images/pipeline.server";
import { diskImageStore } from "~/platform/images/storage.server";
import { percentile } from "./percentile";

const TARGET_MS_PER_PHOTO = 400;
const TARGET_RSS_GROWTH_MB = 300;
const WIDTH = 4000;
const HEIGHT = 3000;
const GRAIN_TILE = 509; // a prime, so the tiled grain never lines up with JPEG's 8×8 blocks
const DRAW_COMMAND = "--draw-into";

// Every other photo is a portrait taken with the phone upright: pixels stored
// sideways plus EXIF orientation 6, as most phone cameras do.
const isPortrait = (index: number) => index % 2 === 1;
const photoFile = (directory: string, index: number) => path.join(directory, `photo-${index}.jpg`);

/** A 12-MP JPEG that decodes and encodes like a photo: smooth areas, edges and grain. */
async function drawPhoto(index: number): Promise<Buffer> {
  const hue = (index * 47) % 360;
  // Drawn at a quarter of the size and enlarged: rendering SVG at 12 MP is slow, and the grain adds the detail.
  const scene = `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH / 4}" height="${HEIGHT / 4}">
    <defs><linearGradient id="sky" x1="0" y1="0" x2="0.4" y2="1">
      <stop offset="0" stop-color="hsl(${hue},55%,70%)"/><stop offset="1" stop-color="hsl(${(hue + 90) % 360},45%,25%)"/>
    </linearGradient></defs>
    <rect width="100%" height="100%" fill="url(#sky)"/>
    <circle cx="${300 + index * 40}" cy="375" r="210" fill="hsl(${(hue + 180) % 360},60%,55%)"/>
    <rect x="575" y="175" width="300" height="425" rx="35" fill="hsl(${(hue + 240) % 360},50%,45%)"/>
    ${Array.from({ length: 40 }, (_, line) => `<line x1="0" y1="${line * 19}" x2="${WIDTH / 4}" y2="${line * 19 + 100}" stroke="white" stroke-opacity="0.15" stroke-width="2"/>`).join("")}
  </svg>`;
  const grain = await sharp({
    create: {
      width: GRAIN_TILE,
      height: GRAIN_TILE,
      channels: 3,
      background: "#808080",
      noise: { type: "gaussian", mean: 128, sigma: 24 },
    },
  })
    .raw()
    .toBuffer();
  return sharp(Buffer.from(scene))
    .resize(WIDTH, HEIGHT)
    .flatten()
    .composite([
      { input: grain, raw: { width: GRAIN_TILE, height: GRAIN_TILE, channels: 3 }, tile: true, blend: "overlay" },
    ])
    .withMetadata({ orientation: isPortrait(index) ? 6 : 1 })
    .jpeg({ quality: 88 })
    .toBuffer();
}

// Drawing 12-MP images takes far more memory than processing them, and RSS
// never shrinks back: draw in a child process so the measurement starts clean.
async function drawPhotosInChildProcess(directory: string, count: number): Promise<void> {
  const child = fork(fileURLToPath(import.meta.url), [DRAW_COMMAND, directory, String(count)], { stdio: "inherit" });
  const exitCode = await new Promise<number | null>((resolve) => child.on("exit", resolve));
  if (exitCode !== 0) throw new Error(`Drawing the bench photos failed (exit code ${exitCode})`);
}

const average = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / Math.max(1, values.length);
const megabytes = (bytes: number) => bytes / 1024 / 1024;
const verdict = (ok: boolean) => (ok ? "PASS" : "FAIL");

async function bench(photoCount: number): Promise<void> {
  const workDir = await mkdtemp(path.join(tmpdir(), "lapak-bench-images-"));
  try {
    console.log(`Drawing ${photoCount} photos of ${WIDTH}×${HEIGHT}…`);
    await drawPhotosInChildProcess(workDir, photoCount);
    const photos = await Promise.all(
      Array.from({ length: photoCount }, (_, index) => readFile(photoFile(workDir, index))),
    );
    const store = diskImageStore(path.join(workDir, "uploads"));
    sharp.concurrency(1);

    const baselineRss = process.memoryUsage().rss;
    let peakRss = baselineRss;
    // sharp works on libuv threads, so the event loop keeps sampling while it runs.
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 5);
    const durations: number[] = [];
    const cpuTimes: number[] = [];
    try {
      for (const photo of photos) {
        const started = performance.now();
        const cpuBefore = process.cpuUsage();
        await processProductPhoto(photo, { store });
        durations.push(performance.now() - started);
        const cpu = process.cpuUsage(cpuBefore);
        cpuTimes.push((cpu.user + cpu.system) / 1000);
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }
    } finally {
      clearInterval(sampler);
    }

    const p95 = (values: number[]) =>
      percentile(
        [...values].sort((a, b) => a - b),
        95,
      );
    const growthMb = megabytes(peakRss - baselineRss);
    const inputMb = megabytes(average(photos.map((photo) => photo.length)));
    console.log(
      `Input: ${photoCount} JPEGs, ${inputMb.toFixed(1)} MB on average; sharp ${sharp.versions.sharp}, libvips ${sharp.versions.vips}, 1 thread`,
    );
    console.log(
      `Machine load average (1 min): ${loadavg()[0]!.toFixed(2)}; ${process.env[PINNED] ? `pinned to core ${process.env[PINNED]}` : `NOT pinned (no taskset): ${availableParallelism()} cores`}`,
    );
    console.log(
      `Wall clock per photo: ${durations.map((value) => value.toFixed(0)).join(", ")} ms (mean ${average(durations).toFixed(0)}, p95 ${p95(durations).toFixed(0)} ms; landscape ${average(durations.filter((_, index) => !isPortrait(index))).toFixed(0)}, portrait ${average(durations.filter((_, index) => isPortrait(index))).toFixed(0)} ms on average)`,
    );
    // On one core, CPU time and wall clock agree unless other processes wanted that core too.
    console.log(
      `CPU time per photo: ${cpuTimes.map((value) => value.toFixed(0)).join(", ")} ms (mean ${average(cpuTimes).toFixed(0)} ms)`,
    );
    console.log(
      `Per photo: mean ${average(durations).toFixed(0)} ms, p95 ${p95(durations).toFixed(0)} ms (target < ${TARGET_MS_PER_PHOTO} ms): ${verdict(p95(durations) < TARGET_MS_PER_PHOTO)}`,
    );
    console.log(
      `Peak RSS growth ${growthMb.toFixed(0)} MB (from ${megabytes(baselineRss).toFixed(0)} to ${megabytes(peakRss).toFixed(0)} MB) (target < ${TARGET_RSS_GROWTH_MB} MB): ${verdict(growthMb < TARGET_RSS_GROWTH_MB)}`,
    );
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

const PINNED = "LAPAK_BENCH_ONE_CORE";

if (process.argv[2] !== DRAW_COMMAND && !process.env[PINNED] && existsSync("/usr/bin/taskset")) {
  // Run again on the last core only (util-linux's taskset), then report its result.
  const core = String(availableParallelism() - 1);
  const run = spawnSync(
    "/usr/bin/taskset",
    ["-c", core, process.execPath, ...process.execArgv, ...process.argv.slice(1)],
    {
      stdio: "inherit",
      env: { ...process.env, [PINNED]: core },
    },
  );
  process.exit(run.status ?? 1);
} else if (process.argv[2] === DRAW_COMMAND) {
  const [directory, count] = process.argv.slice(3);
  for (let index = 0; index < Number(count); index++)
    await writeFile(photoFile(directory!, index), await drawPhoto(index));
} else {
  await bench(Number.parseInt(process.argv[2] ?? "20", 10));
}
