// Text for the SVG templates that sharp renders into share images (issue 19):
// escaped for XML, and broken into lines, because SVG has no text wrapping.
// librsvg draws with the machine's fonts (DejaVu or Liberation on Debian);
// widths are estimated from the character count, which is close enough for
// a sans-serif face at these sizes.

export const SVG_FONT = "DejaVu Sans, Liberation Sans, Arial, sans-serif";

export function escapeXml(text: string): string {
  return text.replace(
    /[<>&'"]/g,
    (char) => ({ "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" })[char]!,
  );
}

/**
 * Words into at most `maxLines` lines of about `maxChars` characters; what
 * does not fit ends the last line with "…". A word longer than a line is cut.
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const words = text.replace(/\s+/g, " ").trim().split(" ").filter(Boolean);
  const lines: string[] = [];
  let current = "";
  let truncated = false;
  for (const word of words) {
    const piece = word.length > maxChars ? `${word.slice(0, maxChars - 1)}…` : word;
    const candidate = current ? `${current} ${piece}` : piece;
    if (candidate.length <= maxChars) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = piece;
    if (lines.length === maxLines) {
      truncated = true;
      current = "";
      break;
    }
  }
  if (current) lines.push(current);
  if (truncated) {
    const last = lines[lines.length - 1]!;
    lines[lines.length - 1] = last.length < maxChars ? `${last}…` : `${last.slice(0, maxChars - 1)}…`;
  }
  return lines;
}

/** `<text>` with one `<tspan>` per line, `lineHeight` apart, first baseline at `y`. */
export function svgLines(
  lines: string[],
  { x, y, size, lineHeight, weight = 400, fill, anchor = "start" }: SvgTextStyle,
): string {
  const spans = lines
    .map((line, index) => `<tspan x="${x}" y="${y + index * lineHeight}">${escapeXml(line)}</tspan>`)
    .join("");
  return `<text font-family="${SVG_FONT}" font-size="${size}" font-weight="${weight}" fill="${fill}" text-anchor="${anchor}">${spans}</text>`;
}

export type SvgTextStyle = {
  x: number;
  y: number;
  size: number;
  lineHeight: number;
  weight?: number;
  fill: string;
  anchor?: "start" | "middle" | "end";
};
