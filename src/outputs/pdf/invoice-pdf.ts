// An invoice as an A4 PDF in the client's language: parties, dates, lines, tax per rate, withholding, total and balance.
// Text arrives already translated and formatted (invoice-pdf-content.ts), so this file only lays it out.
import PDFDocument from 'pdfkit';
import { toWinAnsi } from './win-ansi.ts';

export type InvoicePdfContent = {
  language: string;
  title: string;
  /** "Draft — not a valid invoice" and the like; empty when there is nothing to flag. */
  banner: string;
  facts: [string, string][];
  seller: { heading: string; lines: string[] };
  buyer: { heading: string; lines: string[] };
  columns: { description: string; quantity: string; unitPrice: string; discount: string; taxRate: string; amount: string };
  lines: { description: string; quantity: string; unitPrice: string; discount: string; taxRate: string; amount: string }[];
  taxHeading: string;
  taxColumns: { base: string; rate: string; tax: string };
  taxes: { base: string; rate: string; tax: string }[];
  totals: [string, string, boolean][];
  notes: string[];
  footer: string;
  author: string;
  issuedOn: string;
};

const page = { width: 595.28, height: 841.89 };
const margin = 48;
const width = page.width - 2 * margin;
const colors = { heading: '#8c3b1f', text: '#2f2a26', muted: '#857a70', rule: '#ead9c8', band: '#fbf3ea' };
const fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold' };

/** Column widths of the lines table; the description takes what is left. */
const tableColumns = [
  { key: 'description', width: width - 5 * 66, align: 'left' },
  { key: 'quantity', width: 50, align: 'right' },
  { key: 'unitPrice', width: 82, align: 'right' },
  { key: 'discount', width: 66, align: 'right' },
  { key: 'taxRate', width: 50, align: 'right' },
  { key: 'amount', width: 82, align: 'right' },
] as const;

function text(doc: PDFKit.PDFDocument, value: string, x: number, y: number, options: PDFKit.Mixins.TextOptions & { font?: string; size?: number; color?: string } = {}): void {
  const { font = fonts.regular, size = 9.5, color = colors.text, ...rest } = options;
  doc.font(font).fontSize(size).fillColor(color).text(toWinAnsi(value), x, y, rest);
}

function ensureRoom(doc: PDFKit.PDFDocument, needed: number): void {
  if (doc.y + needed > page.height - margin - 30) {
    doc.addPage();
    doc.y = margin;
  }
}

function drawTableRow(doc: PDFKit.PDFDocument, row: Record<string, string>, isHeader: boolean): void {
  const heights = tableColumns.map((c) => doc.font(isHeader ? fonts.bold : fonts.regular).fontSize(9).heightOfString(toWinAnsi(row[c.key] ?? ''), { width: c.width - 6 }));
  const height = Math.max(...heights) + 8;
  ensureRoom(doc, height);
  const y = doc.y;
  if (isHeader) doc.rect(margin, y, width, height).fill(colors.band);
  let x = margin;
  for (const column of tableColumns) {
    text(doc, row[column.key] ?? '', x + 3, y + 4, { width: column.width - 6, align: column.align, font: isHeader ? fonts.bold : fonts.regular, size: 9 });
    x += column.width;
  }
  doc.moveTo(margin, y + height).lineTo(margin + width, y + height).lineWidth(0.5).strokeColor(colors.rule).stroke();
  doc.y = y + height;
}

export async function renderInvoicePdf(content: InvoicePdfContent): Promise<Buffer> {
  const [year, month, day] = content.issuedOn.split('-').map(Number) as [number, number, number];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    lang: content.language,
    displayTitle: true,
    info: { Title: toWinAnsi(content.title), Author: toWinAnsi(content.author), Creator: 'Sana', Producer: 'Sana', CreationDate: new Date(Date.UTC(year, month - 1, day)) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  text(doc, content.title, margin, margin, { font: fonts.bold, size: 20, color: colors.heading, width });
  if (content.banner) text(doc, content.banner, margin, doc.y + 4, { font: fonts.bold, size: 10.5, color: '#b3261e', width });

  // Facts (number, dates) on the right, parties on the left.
  const top = doc.y + 14;
  const half = width / 2 - 10;
  text(doc, content.seller.heading, margin, top, { font: fonts.bold, size: 8.5, color: colors.muted, width: half });
  for (const line of content.seller.lines) text(doc, line, margin, doc.y + 1, { width: half });
  const afterSeller = doc.y;
  let factsY = top;
  for (const [label, value] of content.facts) {
    text(doc, label, margin + width / 2 + 10, factsY, { width: 110, color: colors.muted, size: 9 });
    text(doc, value, margin + width / 2 + 120, factsY, { width: half - 110, font: fonts.bold, size: 9 });
    factsY = Math.max(doc.y, factsY + 13);
  }
  const buyerTop = Math.max(afterSeller, factsY) + 14;
  text(doc, content.buyer.heading, margin, buyerTop, { font: fonts.bold, size: 8.5, color: colors.muted, width: half });
  for (const line of content.buyer.lines) text(doc, line, margin, doc.y + 1, { width: half });
  doc.y += 18;

  drawTableRow(doc, content.columns, true);
  for (const line of content.lines) drawTableRow(doc, line, false);

  // Tax per rate, then the totals, both right-aligned under the table.
  doc.y += 14;
  ensureRoom(doc, 40 + 14 * content.taxes.length);
  const boxX = margin + width - 260;
  text(doc, content.taxHeading, boxX, doc.y, { font: fonts.bold, size: 9, color: colors.muted, width: 260 });
  const taxRow = (row: { base: string; rate: string; tax: string }, isHeader: boolean) => {
    const y = doc.y + 2;
    text(doc, row.base, boxX, y, { width: 100, align: 'right', size: 9, font: isHeader ? fonts.bold : fonts.regular });
    text(doc, row.rate, boxX + 100, y, { width: 60, align: 'right', size: 9, font: isHeader ? fonts.bold : fonts.regular });
    text(doc, row.tax, boxX + 160, y, { width: 100, align: 'right', size: 9, font: isHeader ? fonts.bold : fonts.regular });
  };
  taxRow(content.taxColumns, true);
  for (const row of content.taxes) taxRow(row, false);
  doc.y += 12;
  for (const [label, value, isStrong] of content.totals) {
    ensureRoom(doc, 16);
    const y = doc.y + 3;
    if (isStrong) doc.moveTo(boxX, y - 2).lineTo(boxX + 260, y - 2).lineWidth(0.8).strokeColor(colors.heading).stroke();
    text(doc, label, boxX, y, { width: 150, size: isStrong ? 11 : 9.5, font: isStrong ? fonts.bold : fonts.regular });
    text(doc, value, boxX + 150, y, { width: 110, align: 'right', size: isStrong ? 11 : 9.5, font: isStrong ? fonts.bold : fonts.regular });
  }

  doc.y += 18;
  for (const note of content.notes) {
    ensureRoom(doc, 30);
    text(doc, note, margin, doc.y + 4, { width });
  }
  text(doc, content.footer, margin, page.height - margin - 12, { width, size: 8, color: colors.muted, align: 'center', lineBreak: false });
  doc.end();
  return finished;
}
