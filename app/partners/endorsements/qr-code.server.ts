// QR codes for printed endorsement cards, drawn as SVG on the server by the
// `qrcode` package (no canvas, no script in the page).
import QRCode from "qrcode";

export function qrCodeSvg(text: string): Promise<string> {
  return QRCode.toString(text, { type: "svg", errorCorrectionLevel: "M", margin: 1 });
}
