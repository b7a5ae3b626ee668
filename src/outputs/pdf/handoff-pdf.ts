// The handoff document as an A4 PDF in the profile PDF's house style: a warm header band, sections, numbered steps.
import PDFDocument from 'pdfkit';
import { Temporal } from 'temporal-polyfill';
import type { HandoffContent } from './handoff-content.ts';
import { toWinAnsi } from './win-ansi.ts';

const page = { width: 595.28, height: 841.89 };
const margin = 50;
const headerHeight = 96;
const width = page.width - 2 * margin;
const colors = { heading: '#8c3b1f', accent: '#d9825b', text: '#2f2a26', muted: '#857a70', band: '#fbf3ea', rule: '#ead9c8' };
const fonts = { regular: 'Helvetica', bold: 'Helvetica-Bold', italic: 'Helvetica-Oblique' };

function drawHeader(doc: PDFKit.PDFDocument, content: HandoffContent): void {
  doc.rect(0, 0, page.width, headerHeight).fillColor(colors.band).fill();
  doc.rect(0, 0, page.width, 6).fillColor(colors.accent).fill();
  doc.font(fonts.bold).fontSize(19).fillColor(colors.heading).text(toWinAnsi(content.title), margin, 30, { width });
  doc.font(fonts.regular).fontSize(11).fillColor(colors.text).text(toWinAnsi(content.subtitle), margin, doc.y + 4, { width });
  doc.y = Math.max(doc.y, headerHeight) + 22;
}

function heading(doc: PDFKit.PDFDocument, text: string): void {
  // Keep a heading with at least two lines of what follows.
  if (doc.y > page.height - margin - 60) doc.addPage();
  doc.font(fonts.bold).fontSize(13).fillColor(colors.heading).text(toWinAnsi(text), margin, doc.y, { width });
  const y = doc.y + 3;
  doc.moveTo(margin, y).lineTo(margin + width, y).lineWidth(0.8).strokeColor(colors.rule).stroke();
  doc.y = y + 8;
}

function body(doc: PDFKit.PDFDocument, text: string, options: { indent?: number; font?: string; color?: string } = {}): void {
  doc
    .font(options.font ?? fonts.regular)
    .fontSize(10.5)
    .fillColor(options.color ?? colors.text)
    .text(toWinAnsi(text), margin + (options.indent ?? 0), doc.y, { width: width - (options.indent ?? 0), lineGap: 2.5 });
  doc.moveDown(0.35);
}

function bullet(doc: PDFKit.PDFDocument, marker: string, text: string, indent: number): void {
  const y = doc.y;
  doc.font(fonts.bold).fontSize(10.5).fillColor(colors.accent).text(marker, margin + indent, y, { width: 18, lineBreak: false });
  doc.y = y;
  body(doc, text, { indent: indent + 18 });
}

/** Pages as long as the content needs; the same content on the same day gives the same bytes. */
export async function renderHandoffPdf(content: HandoffContent, options: { author: string; preparedOn: string }): Promise<Buffer> {
  const date = Temporal.PlainDate.from(options.preparedOn);
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: margin, bottom: margin, left: margin, right: margin },
    lang: content.language,
    displayTitle: true,
    info: { Title: content.title, Author: options.author, Creator: 'Sana', Producer: 'Sana', CreationDate: new Date(Date.UTC(date.year, date.month - 1, date.day)) },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });

  drawHeader(doc, content);
  for (const section of content.sections) {
    heading(doc, section.title);
    for (const paragraph of section.paragraphs) body(doc, paragraph);
    for (const item of section.bullets) bullet(doc, '•', item, 0);
    for (const procedure of section.procedures) {
      doc.moveDown(0.2);
      body(doc, procedure.title, { font: fonts.bold });
      if (procedure.cadence) body(doc, procedure.cadence, { font: fonts.italic, color: colors.muted });
      procedure.steps.forEach((step, index) => bullet(doc, `${index + 1}.`, step, 6));
    }
    doc.moveDown(0.6);
  }
  body(doc, content.closing, { font: fonts.italic });
  doc.moveDown(1);
  body(doc, content.footer, { color: colors.muted });
  doc.end();
  return finished;
}
