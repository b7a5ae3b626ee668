// Reads a PDF back the way a viewer would (pdfjs-dist), so tests can check pages and text rather than bytes.
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
// pdfjs needs the standard font programs to read PDFs that use the 14 built-in fonts. In Node it reads them with
// fs.readFile, so this is a plain path (a file:// string fails to load), and it must end with a slash.
const standardFontDataUrl = `${join(dirname(require.resolve('pdfjs-dist/package.json')), 'standard_fonts')}/`;

export type PdfText = { pageCount: number; pages: string[]; text: string };

/** Every page's text, each text run separated by a space and whitespace (including no-break spaces) collapsed. */
export async function readPdfText(pdf: Uint8Array): Promise<PdfText> {
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  // pdfjs takes ownership of the buffer it is given, so it gets a copy.
  const document = await getDocument({ data: new Uint8Array(pdf), standardFontDataUrl, useSystemFonts: false, isEvalSupported: false }).promise;
  try {
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      const runs = content.items.map((item) => ('str' in item ? item.str : ''));
      pages.push(runs.join(' ').replace(/[\s\u00a0]+/g, ' ').trim());
    }
    return { pageCount: document.numPages, pages, text: pages.join('\n') };
  } finally {
    await document.destroy();
  }
}
