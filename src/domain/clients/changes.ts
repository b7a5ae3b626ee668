// What an edit changed, as timeline events: a stage move, an archive or restore, or a list of edited fields.
import type { EventType } from '../events/event-types.ts';
import type { ClientStage } from './lifecycle.ts';

type ClientSnapshot = {
  name: string;
  company: string;
  contacts: { name: string; email: string; phone: string }[];
  timeZone: string;
  language: string;
  currency: string;
  source: string;
  stage: ClientStage;
  notes: string;
  isNotesConfidential: boolean;
  isArchived: boolean;
};

export type ClientChange = { type: Extract<EventType, 'stage_changed' | 'client_archived' | 'client_restored' | 'client_updated'>; payload: Record<string, unknown> };

const editableFields = ['name', 'company', 'contacts', 'timeZone', 'language', 'currency', 'source', 'notes', 'isNotesConfidential'] as const;

export function describeClientChanges(before: ClientSnapshot, after: ClientSnapshot): ClientChange[] {
  const changes: ClientChange[] = [];
  if (before.stage !== after.stage) changes.push({ type: 'stage_changed', payload: { from: before.stage, to: after.stage } });
  if (!before.isArchived && after.isArchived) changes.push({ type: 'client_archived', payload: {} });
  if (before.isArchived && !after.isArchived) changes.push({ type: 'client_restored', payload: {} });
  // Field names only: values may be confidential notes, which must not be copied into the timeline.
  const fields = editableFields.filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]));
  if (fields.length > 0) changes.push({ type: 'client_updated', payload: { fields } });
  return changes;
}
