// What a logged event keeps in its payload: every field of its kind except the ones the event row holds itself.

type RowFields = 'type' | 'occurredAt' | 'isConfidential';

/** The payload stored for a logged event: its kind's own fields, with unset optional ones left out. */
export function payloadOf<T extends { type: string; occurredAt?: string; isConfidential: boolean }>(input: T): Record<string, unknown> {
  const payload: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    if (value === undefined || (['type', 'occurredAt', 'isConfidential'] satisfies RowFields[]).includes(key as RowFields)) continue;
    payload[key] = value;
  }
  return payload;
}
