// The few things the kit needs from the browser for files: saving a download, reading a
// chosen file, turning the chart's SVG into a PNG, and the address a share link points to.
// Everything stays on the device.
import { fullPagePath } from '../../lib/site/embed';

/**
 * The link to this instrument with `fragment` (e.g. "#data=…"). From an embed page it points to
 * the full instrument page: whoever opens a shared link gets the site around it.
 */
export function shareUrl(fragment: string): string {
  return `${window.location.origin}${fullPagePath(window.location.pathname)}${fragment}`;
}

export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadText(filename: string, text: string, type: string): void {
  downloadBlob(filename, new Blob([text], { type }));
}

export async function readFileBytes(file: File): Promise<Uint8Array> {
  return new Uint8Array(await file.arrayBuffer());
}

/** What makes a chart on the page interactive: a file has no use for it. */
const INTERACTIVE = new Set(['tabindex', 'role', 'aria-pressed', 'data-drag', 'data-id']);

/** A standalone SVG document of an <svg> element (with presentation attributes, no CSS). */
export function svgDocument(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  for (const element of [copy, ...copy.querySelectorAll('*')])
    for (const name of element.getAttributeNames())
      if (INTERACTIVE.has(name.toLowerCase())) element.removeAttribute(name);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

/** Renders an SVG document to a PNG at the given pixel size. */
export async function svgToPng(svgText: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.width = width;
    image.height = height;
    await new Promise<void>((resolve, reject) => {
      image.onload = () => resolve();
      image.onerror = () => reject(new Error('Het plaatje kon niet worden gemaakt.'));
      image.src = url;
    });
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('Deze browser kan geen plaatje maken.');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width, height);
    context.drawImage(image, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (blob) =>
          blob ? resolve(blob) : reject(new Error('Het plaatje kon niet worden gemaakt.')),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

/** "partnermatrix-2026-11-22" */
export function datedFilename(stem: string, extension: string): string {
  const today = new Date().toISOString().slice(0, 10);
  return `${stem}-${today}.${extension}`;
}
