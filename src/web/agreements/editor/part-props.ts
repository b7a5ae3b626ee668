// What every part editor gets: the whole document (rules name other parts) and a way to replace it.
import type { AgreementDocument } from '../../../domain/agreements/document.ts';

export type PartProps = { document: AgreementDocument; onChange(document: AgreementDocument): void };

/** Ids inside a document only need to be unique within it; short random ones keep rules readable in the API. */
export function newPartId(prefix: string): string {
  return `${prefix}-${crypto.randomUUID().slice(0, 8)}`;
}

/** Replace one item of a list, keeping the others. */
export function replaceAt<T>(items: T[], index: number, item: T): T[] {
  return items.map((current, i) => (i === index ? item : current));
}

export function removeAt<T>(items: T[], index: number): T[] {
  return items.filter((_, i) => i !== index);
}
