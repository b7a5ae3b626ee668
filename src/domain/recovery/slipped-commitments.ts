// Other clients who were let down during a toxic client's hard period (DOMAIN.md section 11): from `missed_commitment`
// events logged on the toxic client (naming the other client) and those logged on the other clients themselves.

export type MissedCommitment = {
  /** The client the event was logged on. */
  clientId: string;
  occurredAt: string;
  payload: Record<string, unknown>;
};

export type KnownClient = { id: string; name: string };

export type Slip = { occurredAt: string; summary: string };

/** One neglected client; `clientId` is null when the toxic client's event only names them and no such client is on file. */
export type SlippedClient = { clientId: string | null; clientName: string; slips: Slip[] };

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

/** Events must already be limited to the hard period; results are grouped per client, most slips first, then by name. */
export function slippedCommitments(toxicClientId: string, events: readonly MissedCommitment[], clients: readonly KnownClient[]): SlippedClient[] {
  const byId = new Map(clients.map((client) => [client.id, client]));
  const byName = new Map(clients.map((client) => [client.name.trim().toLowerCase(), client]));
  const groups = new Map<string, SlippedClient>();
  const add = (key: string, clientId: string | null, clientName: string, slip: Slip) => {
    const group = groups.get(key) ?? { clientId, clientName, slips: [] };
    group.slips.push(slip);
    groups.set(key, group);
  };
  for (const event of events) {
    const slip = { occurredAt: event.occurredAt, summary: text(event.payload.summary) };
    if (event.clientId !== toxicClientId) {
      const client = byId.get(event.clientId);
      if (client) add(client.id, client.id, client.name, slip);
      continue;
    }
    const named = byId.get(text(event.payload.otherClientId)) ?? byName.get(text(event.payload.otherClient).toLowerCase());
    if (named && named.id !== toxicClientId) add(named.id, named.id, named.name, slip);
    else if (text(event.payload.otherClient) !== '') add(`name:${text(event.payload.otherClient).toLowerCase()}`, null, text(event.payload.otherClient), slip);
  }
  return [...groups.values()]
    .map((group) => ({ ...group, slips: group.slips.sort((a, b) => a.occurredAt.localeCompare(b.occurredAt)) }))
    .sort((a, b) => b.slips.length - a.slips.length || a.clientName.localeCompare(b.clientName));
}
