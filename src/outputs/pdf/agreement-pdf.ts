// A proposal or contract as an A4 PDF in the house style (warm header band, terracotta headings): parties, the five
// parts, the "not legal advice" note, a signature block for both parties and, once signed, a certificate page.
// Pages are as many as the content needs; a table row, a label with its text or a signature box never splits.
import PDFDocument from 'pdfkit';
import { agreementPdfContent, type AgreementPdfInput, type Block, type Column } from './agreement-pdf-content.ts';
import { toWinAnsi } from './win-ansi.ts';

export type { AgreementPdfInput } from './agreement-pdf-content.ts';

const page = { width: 595.28, height: 841.89 };
const margin = 48;
const width = page.width - 2 * margin;
const bottom = page.height - margin - 18;
const headerHeight = 104;
const colors = { heading: '#8c3b1f', accent: '#d9825b', text: '#2f2a26', muted: '#857a70', band: '#fbf3ea', rule: '#ead9c8', banner: '#fdf0e0' };
const fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique', mono: 'Courier' };
const size = 9.5;
const lineGap = 1.6;

type Doc = PDFKit.PDFDocument;

/** Winansi-safe text; a line break inside a cell is kept as a real new line. */
const clean = (text: string) =>
  text
    .split('\n')
    .map((line) => toWinAnsi(line))
    .join('\n');

function heightOf(doc: Doc, text: string, font: string, fontSize: number, boxWidth: number): number {
  return doc.font(font).fontSize(fontSize).heightOfString(clean(text), { width: boxWidth, lineGap });
}

function write(doc: Doc, text: string, x: number, y: number, options: { width: number; font?: string; size?: number; color?: string; align?: 'left' | 'right' | 'center' }): void {
  doc
    .font(options.font ?? fonts.regular)
    .fontSize(options.size ?? size)
    .fillColor(options.color ?? colors.text)
    .text(clean(text), x, y, { width: options.width, align: options.align ?? 'left', lineGap });
}

/** Starts a new page when `needed` points do not fit below the current position. */
function ensureRoom(doc: Doc, needed: number): boolean {
  if (doc.y + needed <= bottom) return false;
  doc.addPage();
  doc.y = margin;
  return true;
}

function drawHeader(doc: Doc, content: ReturnType<typeof agreementPdfContent>): void {
  doc.rect(0, 0, page.width, headerHeight).fillColor(colors.band).fill();
  doc.rect(0, 0, page.width, 6).fillColor(colors.accent).fill();
  let titleSize = 20;
  const title = clean(content.title);
  doc.font(fonts.bold);
  while (titleSize > 13 && doc.fontSize(titleSize).heightOfString(title, { width }) > titleSize * 2.6) titleSize -= 0.5;
  write(doc, content.title, margin, 28, { width, font: fonts.bold, size: titleSize, color: colors.heading });
  write(doc, content.subtitle, margin, doc.y + 3, { width, size: 10.5 });
  doc.y = Math.max(doc.y, headerHeight) + 14;
  if (content.banner) {
    const height = heightOf(doc, content.banner, fonts.bold, 9.5, width - 16) + 12;
    doc.rect(margin, doc.y, width, height).fillColor(colors.banner).fill();
    doc.rect(margin, doc.y, 3, height).fillColor(colors.accent).fill();
    write(doc, content.banner, margin + 10, doc.y + 6, { width: width - 16, font: fonts.bold, color: colors.heading });
    doc.y += 10;
  }
}

function drawParties(doc: Doc, parties: { heading: string; lines: string[] }[]): void {
  const top = doc.y + 4;
  const half = (width - 24) / 2;
  let lowest = top;
  parties.forEach((party, index) => {
    const x = margin + index * (half + 24);
    write(doc, party.heading.toUpperCase(), x, top, { width: half, font: fonts.bold, size: 8, color: colors.muted });
    party.lines.forEach((line, lineIndex) => write(doc, line, x, doc.y + 1, { width: half, font: lineIndex === 0 ? fonts.bold : fonts.regular }));
    lowest = Math.max(lowest, doc.y);
  });
  doc.y = lowest + 12;
}

function sectionHeading(doc: Doc, title: string, firstBlockHeight: number): void {
  // A heading never sits alone at the foot of a page: it moves with the start of what it introduces.
  const height = heightOf(doc, title, fonts.bold, 13, width) + 8;
  ensureRoom(doc, height + Math.min(firstBlockHeight, 80));
  doc.y += 6;
  write(doc, title, margin, doc.y, { width, font: fonts.bold, size: 13, color: colors.heading });
  const ruleY = doc.y + 2;
  doc.moveTo(margin, ruleY).lineTo(margin + width, ruleY).lineWidth(1.1).strokeColor(colors.accent).stroke();
  doc.y = ruleY + 7;
}

function subheading(doc: Doc, text: string, nextHeight: number): void {
  ensureRoom(doc, 24 + nextHeight);
  doc.y += 5;
  write(doc, text, margin, doc.y, { width, font: fonts.bold, size: 10.5, color: colors.heading });
  doc.y += 3;
}

const labelWidth = 138;

function rowHeight(doc: Doc, label: string, value: string): number {
  return Math.max(heightOf(doc, label, fonts.bold, size, labelWidth - 10), heightOf(doc, value, fonts.regular, size, width - labelWidth)) + 6;
}

function drawRows(doc: Doc, rows: [string, string][]): void {
  for (const [label, value] of rows) {
    const height = rowHeight(doc, label, value);
    if (height > bottom - margin) {
      // Longer than a page (a 5,000-character note): label above, and the text flows across pages as prose.
      ensureRoom(doc, 60);
      write(doc, label, margin, doc.y + 3, { width, font: fonts.bold, color: colors.muted });
      write(doc, value, margin, doc.y + 2, { width });
      doc.y += 6;
      continue;
    }
    ensureRoom(doc, height);
    const y = doc.y;
    write(doc, label, margin, y + 3, { width: labelWidth - 10, font: fonts.bold, color: colors.muted });
    write(doc, value, margin + labelWidth, y + 3, { width: width - labelWidth });
    doc.moveTo(margin, y + height).lineTo(margin + width, y + height).lineWidth(0.4).strokeColor(colors.rule).stroke();
    doc.y = y + height;
  }
}

function columnWidths(columns: Column[]): number[] {
  const total = columns.reduce((sum, c) => sum + c.weight, 0);
  return columns.map((c) => (c.weight / total) * width);
}

/** A cell's first line (before a line break) is its title, in bold when the column is the first one. */
function drawCell(doc: Doc, text: string, x: number, y: number, cellWidth: number, column: Column, isHeader: boolean, isFirst: boolean): void {
  const [first = '', ...rest] = text.split('\n');
  const align = column.align ?? 'left';
  if (isHeader) return write(doc, text, x, y, { width: cellWidth, font: fonts.bold, size: 8.5, color: colors.heading, align });
  write(doc, first, x, y, { width: cellWidth, font: isFirst && rest.length ? fonts.bold : fonts.regular, align });
  if (rest.length) write(doc, rest.join('\n'), x, doc.y + 1, { width: cellWidth, color: isFirst ? colors.muted : colors.text, size: isFirst ? 8.5 : size, align });
}

function cellHeight(doc: Doc, text: string, cellWidth: number, isHeader: boolean, isFirst: boolean): number {
  if (isHeader) return heightOf(doc, text, fonts.bold, 8.5, cellWidth);
  const [first = '', ...rest] = text.split('\n');
  const head = heightOf(doc, first, isFirst && rest.length ? fonts.bold : fonts.regular, size, cellWidth);
  return rest.length ? head + 1 + heightOf(doc, rest.join('\n'), fonts.regular, isFirst ? 8.5 : size, cellWidth) : head;
}

function drawTable(doc: Doc, columns: Column[], rows: string[][]): void {
  const widths = columnWidths(columns);
  const pad = 4;
  const measure = (cells: string[], isHeader: boolean) => Math.max(...cells.map((cell, i) => cellHeight(doc, cell, (widths[i] ?? 0) - 2 * pad, isHeader, i === 0))) + 2 * pad;
  const header = columns.map((c) => c.label);
  const drawRow = (cells: string[], isHeader: boolean, height: number) => {
    const y = doc.y;
    if (isHeader) doc.rect(margin, y, width, height).fillColor(colors.band).fill();
    let x = margin;
    cells.forEach((cell, i) => {
      const cellWidth = widths[i] ?? 0;
      const isRight = (columns[i] as Column).align === 'right';
      drawCell(doc, cell, x + pad, y + pad, cellWidth - 2 * pad - (isRight ? 8 : 0), columns[i] as Column, isHeader, i === 0);
      x += cellWidth;
    });
    doc.moveTo(margin, y + height).lineTo(margin + width, y + height).lineWidth(isHeader ? 0.8 : 0.4).strokeColor(colors.rule).stroke();
    doc.y = y + height;
  };
  const headerHeight = measure(header, true);
  const firstRow = rows[0] ? measure(rows[0], false) : 0;
  // The header goes with the first row; on every new page the header is drawn again above the rows that continue.
  ensureRoom(doc, headerHeight + firstRow);
  drawRow(header, true, headerHeight);
  for (const row of rows) {
    const height = measure(row, false);
    if (ensureRoom(doc, height)) drawRow(header, true, headerHeight);
    drawRow(row, false, height);
  }
  doc.y += 4;
}

function drawBullets(doc: Doc, items: string[]): void {
  for (const item of items) {
    const height = heightOf(doc, item, fonts.regular, size, width - 14) + 2;
    ensureRoom(doc, height);
    const y = doc.y;
    doc.circle(margin + 4, y + 4.6, 1.6).fillColor(colors.accent).fill();
    write(doc, item, margin + 14, y, { width: width - 14 });
    doc.y = y + height;
  }
}

function blockHeight(doc: Doc, block: Block | undefined): number {
  if (!block) return 0;
  switch (block.kind) {
    case 'rows':
      return block.rows[0] ? rowHeight(doc, ...block.rows[0]) : 0;
    case 'table':
      return 66;
    default:
      return 30;
  }
}

function drawBlock(doc: Doc, block: Block, next?: Block): void {
  switch (block.kind) {
    case 'paragraph': {
      const font = block.style === 'bold' ? fonts.bold : block.style === 'italic' || block.style === 'muted' ? fonts.italic : fonts.regular;
      const height = heightOf(doc, block.text, font, size, width) + 4;
      ensureRoom(doc, height);
      write(doc, block.text, margin, doc.y + 2, { width, font, color: block.style === 'muted' ? colors.muted : colors.text });
      doc.y += 4;
      return;
    }
    case 'subheading':
      return subheading(doc, block.text, blockHeight(doc, next));
    case 'rows':
      return drawRows(doc, block.rows);
    case 'bullets':
      return drawBullets(doc, block.items);
    case 'table':
      return drawTable(doc, block.columns, block.rows);
  }
}

function drawSignatures(doc: Doc, content: ReturnType<typeof agreementPdfContent>): void {
  const { signatures } = content;
  const gap = 24;
  const boxWidth = (width - gap) / 2;
  const boxHeight = 104;
  const introHeight = heightOf(doc, signatures.intro, fonts.regular, size, width) + 6;
  sectionHeading(doc, signatures.title, introHeight + boxHeight);
  write(doc, signatures.intro, margin, doc.y, { width });
  doc.y += 8;
  const top = doc.y;
  signatures.boxes.forEach((box, index) => {
    const x = margin + index * (boxWidth + gap);
    doc.roundedRect(x, top, boxWidth, boxHeight, 4).lineWidth(0.8).strokeColor(colors.rule).stroke();
    write(doc, box.role.toUpperCase(), x + 10, top + 9, { width: boxWidth - 20, font: fonts.bold, size: 8, color: colors.muted });
    write(doc, `${signatures.labels.name}: ${box.name}`, x + 10, top + 24, { width: boxWidth - 20 });
    const lineY = top + 66;
    if (box.signedLine) {
      // The typed name is the signature: shown as written, in italics, above the line.
      write(doc, box.name, x + 10, lineY - 18, { width: boxWidth - 20, font: fonts.italic, size: 14, color: colors.heading });
    }
    doc.moveTo(x + 10, lineY).lineTo(x + boxWidth - 10, lineY).lineWidth(0.6).strokeColor(colors.muted).stroke();
    write(doc, signatures.labels.signature, x + 10, lineY + 3, { width: boxWidth - 20, size: 7.5, color: colors.muted });
    write(doc, box.signedLine ?? `${signatures.labels.date}: ____________________`, x + 10, lineY + 16, { width: boxWidth - 20, size: 8.5, color: box.signedLine ? colors.text : colors.muted });
  });
  doc.y = top + boxHeight + 10;
}

function drawCertificate(doc: Doc, certificate: NonNullable<ReturnType<typeof agreementPdfContent>['certificate']>): void {
  doc.addPage();
  doc.rect(0, 0, page.width, 6).fillColor(colors.accent).fill();
  doc.y = margin;
  write(doc, certificate.title, margin, doc.y, { width, font: fonts.bold, size: 18, color: colors.heading });
  doc.y += 6;
  write(doc, certificate.intro, margin, doc.y, { width });
  doc.y += 10;
  const rows = (items: [string, string, 'mono' | 'text'][]) => {
    for (const [label, value, style] of items) {
      const font = style === 'mono' ? fonts.mono : fonts.regular;
      const valueSize = style === 'mono' ? 8.5 : size;
      const height = Math.max(heightOf(doc, label, fonts.bold, size, labelWidth - 10), heightOf(doc, value, font, valueSize, width - labelWidth)) + 6;
      ensureRoom(doc, height);
      const y = doc.y;
      write(doc, label, margin, y + 3, { width: labelWidth - 10, font: fonts.bold, color: colors.muted });
      write(doc, value, margin + labelWidth, y + 3, { width: width - labelWidth, font, size: valueSize });
      doc.moveTo(margin, y + height).lineTo(margin + width, y + height).lineWidth(0.4).strokeColor(colors.rule).stroke();
      doc.y = y + height;
    }
  };
  rows(certificate.document);
  for (const entry of certificate.entries) {
    ensureRoom(doc, 120);
    doc.y += 10;
    write(doc, entry.heading, margin, doc.y, { width, font: fonts.bold, size: 11.5, color: colors.heading });
    doc.y += 3;
    rows(entry.rows);
  }
  doc.y += 10;
  drawBlock(doc, { kind: 'paragraph', text: certificate.closing, style: 'muted' });
}

function drawFooters(doc: Doc, content: ReturnType<typeof agreementPdfContent>): void {
  const range = doc.bufferedPageRange();
  for (let index = 0; index < range.count; index++) {
    doc.switchToPage(range.start + index);
    // The footer sits in the bottom margin; without this pdfkit would think it overflows and open a new page.
    const savedBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    const y = page.height - margin + 6;
    doc.moveTo(margin, y - 6).lineTo(page.width - margin, y - 6).lineWidth(0.6).strokeColor(colors.rule).stroke();
    const label = clean(content.pageLabel(index + 1, range.count));
    doc.font(fonts.regular).fontSize(7.5).fillColor(colors.muted);
    const labelWidth = doc.widthOfString(label);
    doc.text(label, page.width - margin - labelWidth, y, { lineBreak: false });
    let footer = clean(content.footer);
    while (footer.length > 4 && doc.widthOfString(footer) > width - labelWidth - 20) footer = `${footer.slice(0, -2).trimEnd()}…`;
    doc.text(footer, margin, y, { lineBreak: false });
    doc.page.margins.bottom = savedBottom;
  }
}

/** The agreement in the client's language; the same version, signatures and date give the same bytes. */
export async function renderAgreementPdf(input: AgreementPdfInput): Promise<Buffer> {
  const content = agreementPdfContent(input);
  const [year, month, day] = input.generatedOn.split('-').map(Number) as [number, number, number];
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    bufferPages: true,
    lang: input.language,
    displayTitle: true,
    info: { Title: content.title, Author: content.author, Creator: 'Sana', Producer: 'Sana', CreationDate: new Date(Date.UTC(year, month - 1, day)) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  drawHeader(doc, content);
  drawParties(doc, content.parties);
  for (const section of content.sections) {
    sectionHeading(doc, section.title, blockHeight(doc, section.blocks[0]));
    section.blocks.forEach((block, index) => drawBlock(doc, block, section.blocks[index + 1]));
    doc.y += 6;
  }
  drawBlock(doc, { kind: 'paragraph', text: content.notLegalAdvice, style: 'muted' });
  drawSignatures(doc, content);
  if (content.certificate) drawCertificate(doc, content.certificate);
  drawFooters(doc, content);
  doc.end();
  return finished;
}
