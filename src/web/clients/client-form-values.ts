// The client form's working copy: defaults, checks with translated messages, and the request body built from it.
import type { TFunction } from 'i18next';
import type { Client, UpdateClientBody } from '../../schemas/clients.ts';
import type { SessionInfo } from '../../schemas/auth.ts';
import type { NewClient } from '../api/clients.ts';
import type { FieldErrors } from '../forms/form-errors.ts';
import { isEmailAddress } from '../forms/email.ts';
import { isTimeZone } from '../forms/time-zones.ts';
import { isCurrencyCode } from '../forms/currencies.ts';

export type ContactRow = { key: number; name: string; email: string; phone: string };
/** Exactly the fields a person can set when adding a client (the create body), with contacts as editable rows. */
export type ClientFormValues = Omit<Required<NewClient>, 'contacts'> & { contacts: ContactRow[] };

let nextKey = 1;
export function newContactRow(contact: Partial<Omit<ContactRow, 'key'>> = {}): ContactRow {
  return { key: nextKey++, name: contact.name ?? '', email: contact.email ?? '', phone: contact.phone ?? '' };
}

export const MAX_CONTACTS = 20;

export function defaultValues(workspace: SessionInfo['workspace']): ClientFormValues {
  return {
    name: '',
    company: '',
    contacts: [newContactRow()],
    timeZone: workspace.timeZone,
    language: workspace.language,
    currency: workspace.currency,
    source: 'other',
    stage: 'lead',
    notes: '',
    isNotesConfidential: false,
  };
}

export function valuesFromClient(client: Client): ClientFormValues {
  // Field by field: the Client grows with new features, and only editable fields belong in the form.
  return {
    name: client.name,
    company: client.company,
    contacts: client.contacts.length > 0 ? client.contacts.map((contact) => newContactRow(contact)) : [newContactRow()],
    timeZone: client.timeZone,
    language: client.language,
    currency: client.currency,
    source: client.source,
    stage: client.stage,
    notes: client.notes,
    isNotesConfidential: client.isNotesConfidential,
  };
}

function isBlank(row: ContactRow): boolean {
  return !row.name.trim() && !row.email.trim() && !row.phone.trim();
}

/** Blank contact rows are left out; `rowOfSent[i]` says which row the i-th sent contact came from, to place server errors. */
export function contactsToSend(rows: ContactRow[]): { contacts: { name: string; email: string; phone: string }[]; rowOfSent: number[] } {
  const rowOfSent: number[] = [];
  const contacts = rows.flatMap((row, index) => {
    if (isBlank(row)) return [];
    rowOfSent.push(index);
    return [{ name: row.name.trim(), email: row.email.trim(), phone: row.phone.trim() }];
  });
  return { contacts, rowOfSent };
}

export function toCreateBody(values: ClientFormValues): NewClient {
  return {
    ...values,
    name: values.name.trim(),
    company: values.company.trim(),
    timeZone: values.timeZone.trim(),
    currency: values.currency.trim(),
    contacts: contactsToSend(values.contacts).contacts,
  };
}

/** Only what changed, so an edit never rewrites fields someone else may be editing. */
export function toUpdateBody(initial: ClientFormValues, values: ClientFormValues, version: number): UpdateClientBody {
  const before = toCreateBody(initial);
  const after = toCreateBody(values);
  const body: UpdateClientBody = { version };
  for (const key of Object.keys(after) as (keyof NewClient)[]) {
    if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) Object.assign(body, { [key]: after[key] });
  }
  return body;
}

export function messageForClientField(field: string, t: TFunction): string {
  const leaf = field.startsWith('contacts.') ? (field.split('.')[2] ?? 'contacts') : field;
  const key = `clientForm.errors.${leaf}`;
  const message = t(key, { defaultValue: '' });
  return message || t('errors.fieldGeneric');
}

export function checkClientValues(values: ClientFormValues, t: TFunction): FieldErrors {
  const errors: FieldErrors = {};
  if (!values.name.trim()) errors.name = messageForClientField('name', t);
  values.contacts.forEach((row, index) => {
    if (row.email.trim() && !isEmailAddress(row.email)) errors[`contacts.${index}.email`] = messageForClientField('contacts.0.email', t);
  });
  if (!isTimeZone(values.timeZone.trim())) errors.timeZone = messageForClientField('timeZone', t);
  if (!isCurrencyCode(values.currency.trim())) errors.currency = messageForClientField('currency', t);
  return errors;
}

/** Server paths count only sent contacts; rewrite them to the rows on screen. */
export function placeServerErrors(errors: FieldErrors, rowOfSent: number[]): FieldErrors {
  const placed: FieldErrors = {};
  for (const [field, message] of Object.entries(errors)) {
    const match = /^contacts\.(\d+)\.(.+)$/.exec(field);
    const row = match ? rowOfSent[Number(match[1])] : undefined;
    placed[match && row !== undefined ? `contacts.${row}.${match[2]}` : field] = message;
  }
  return placed;
}
