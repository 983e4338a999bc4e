// Stand-in product photos for the demo: a flat illustration per category
// (pouch of snacks, cup, woven lattice, kawung batik, leaves, fields) in the
// category's colours, with the product's name on it. Drawn as SVG; sharp
// renders the text with whatever fonts the machine has (DejaVu on Debian).
import type { CategorySlug } from "./demo-catalog";

export const ARTWORK_WIDTH = 1280;
export const ARTWORK_HEIGHT = 960;

export type Artwork = { category: CategorySlug; paletteIndex: number; title: string; caption: string };

type Palette = { background: string; shape: string; accent: string; text: string };

const PALETTES: Record<CategorySlug, readonly Palette[]> = {
  makanan: [
    { background: "#F6BD60", shape: "#E76F51", accent: "#FFF3D6", text: "#3D1F0A" },
    { background: "#F4A259", shape: "#BC4B51", accent: "#FBE9C8", text: "#33160A" },
    { background: "#F7D08A", shape: "#D1603D", accent: "#FFFFFF", text: "#3B2410" },
  ],
  minuman: [
    { background: "#6F4E37", shape: "#D4A373", accent: "#FEFAE0", text: "#FEFAE0" },
    { background: "#2A9D8F", shape: "#E9C46A", accent: "#F1FAEE", text: "#F1FAEE" },
    { background: "#8D5A97", shape: "#F2CC8F", accent: "#FDF0D5", text: "#FDF0D5" },
  ],
  kerajinan: [
    { background: "#DDA15E", shape: "#BC6C25", accent: "#FEFAE0", text: "#283618" },
    { background: "#A3B18A", shape: "#588157", accent: "#F4F1DE", text: "#1B2A16" },
    { background: "#E6CCB2", shape: "#9C6644", accent: "#FFFFFF", text: "#3B2417" },
  ],
  "batik-tekstil": [
    { background: "#264653", shape: "#E9C46A", accent: "#F4A261", text: "#FDF6E3" },
    { background: "#5E548E", shape: "#F2E9E4", accent: "#C9ADA7", text: "#FFFFFF" },
    { background: "#7F5539", shape: "#EDE0D4", accent: "#B08968", text: "#FFF8F0" },
  ],
  herbal: [
    { background: "#E9C46A", shape: "#6A994E", accent: "#F2E8CF", text: "#1F3317" },
    { background: "#A7C957", shape: "#386641", accent: "#F2E8CF", text: "#18301B" },
    { background: "#F2E8CF", shape: "#BC4749", accent: "#6A994E", text: "#2B2118" },
  ],
  pertanian: [
    { background: "#90A955", shape: "#4F772D", accent: "#ECF39E", text: "#132A13" },
    { background: "#E9D8A6", shape: "#CA6702", accent: "#94D2BD", text: "#2B1B02" },
    { background: "#CAD2C5", shape: "#52796F", accent: "#F6BD60", text: "#1C2B26" },
  ],
};

export const PALETTES_PER_CATEGORY = 3;

// Each motif sits in the upper part of the 1280×960 canvas, leaving room for the name below.
const MOTIFS: Record<CategorySlug, (palette: Palette) => string> = {
  makanan: ({ shape, accent }) => `
    <rect x="500" y="90" width="280" height="380" rx="36" fill="${shape}"/>
    <rect x="500" y="90" width="280" height="44" rx="18" fill="${accent}" opacity="0.5"/>
    <circle cx="640" cy="300" r="92" fill="${accent}"/>
    ${[0, 1, 2, 3, 4].map((index) => `<ellipse cx="${380 + index * 130}" cy="500" rx="58" ry="34" fill="${shape}" opacity="0.75"/>`).join("")}`,
  minuman: ({ shape, accent }) => `
    <path d="M470 220 h300 l-30 260 h-240 z" fill="${shape}"/>
    <path d="M770 260 q90 20 50 110 q-20 40 -70 40" fill="none" stroke="${shape}" stroke-width="26"/>
    ${[0, 1, 2].map((index) => `<path d="M${560 + index * 60} 190 q-30 -40 0 -80 q30 -40 0 -80" fill="none" stroke="${accent}" stroke-width="14" stroke-linecap="round" opacity="0.8"/>`).join("")}
    <ellipse cx="620" cy="490" rx="230" ry="26" fill="${accent}" opacity="0.6"/>`,
  kerajinan: ({ shape, accent }) => `
    <g transform="translate(640 280) rotate(45)">
      ${[-3, -2, -1, 0, 1, 2, 3].map((index) => `<rect x="${index * 60 - 22}" y="-240" width="44" height="480" fill="${shape}"/>`).join("")}
      ${[-3, -2, -1, 0, 1, 2, 3].map((index) => `<rect x="-240" y="${index * 60 - 22}" width="480" height="44" fill="${accent}" opacity="0.7"/>`).join("")}
    </g>`,
  "batik-tekstil": ({ shape, accent }) => {
    const kawung = (cx: number, cy: number) =>
      [0, 90, 180, 270]
        .map(
          (angle) =>
            `<ellipse cx="${cx}" cy="${cy - 48}" rx="28" ry="46" fill="${shape}" transform="rotate(${angle} ${cx} ${cy})"/>`,
        )
        .join("") + `<circle cx="${cx}" cy="${cy}" r="10" fill="${accent}"/>`;
    const centres: string[] = [];
    for (let row = 0; row < 4; row++)
      for (let column = 0; column < 9; column++) centres.push(kawung(160 + column * 120, 90 + row * 125));
    return centres.join("");
  },
  herbal: ({ shape, accent }) => `
    ${[-50, -15, 20, 55].map((angle, index) => `<ellipse cx="640" cy="${200 + index * 10}" rx="70" ry="190" fill="${shape}" opacity="${0.7 + index * 0.08}" transform="rotate(${angle} 640 420)"/>`).join("")}
    <path d="M560 470 q80 -40 160 0 q-20 50 -80 60 q-60 -10 -80 -60z" fill="${accent}"/>`,
  pertanian: ({ shape, accent }) => `
    <circle cx="980" cy="150" r="90" fill="${accent}"/>
    ${[0, 1, 2, 3, 4].map((row) => `<path d="M0 ${330 + row * 45} Q640 ${250 + row * 45} 1280 ${330 + row * 45}" fill="none" stroke="${shape}" stroke-width="24" opacity="${1 - row * 0.12}"/>`).join("")}`,
};

const escapeXml = (text: string) => text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);

/** Splits a title into at most two lines that fit the canvas at the title size. */
function titleLines(title: string, maxCharacters = 22): string[] {
  const lines: string[] = [];
  for (const word of title.split(" ")) {
    const last = lines.at(-1);
    if (last !== undefined && `${last} ${word}`.length <= maxCharacters) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines.length <= 2 ? lines : [lines[0]!, lines.slice(1).join(" ")];
}

export function drawArtwork({ category, paletteIndex, title, caption }: Artwork): string {
  const palette = PALETTES[category][paletteIndex % PALETTES_PER_CATEGORY]!;
  const lines = titleLines(title);
  const titleSize = lines.some((line) => line.length > 18) ? 64 : 76;
  const text = lines
    .map(
      (line, index) =>
        `<text x="640" y="${690 + index * (titleSize + 14)}" font-size="${titleSize}" font-weight="bold">${escapeXml(line)}</text>`,
    )
    .join("");
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${ARTWORK_WIDTH}" height="${ARTWORK_HEIGHT}" viewBox="0 0 ${ARTWORK_WIDTH} ${ARTWORK_HEIGHT}">
  <rect width="100%" height="100%" fill="${palette.background}"/>
  ${MOTIFS[category](palette)}
  <rect x="0" y="600" width="${ARTWORK_WIDTH}" height="360" fill="${palette.background}" opacity="0.85"/>
  <g font-family="DejaVu Sans, Liberation Sans, sans-serif" text-anchor="middle" fill="${palette.text}">
    ${text}
    <text x="640" y="905" font-size="36" opacity="0.85">${escapeXml(caption)}</text>
  </g>
</svg>`;
}
