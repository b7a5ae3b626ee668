// Row ids: random UUIDs, so ids reveal nothing and never collide across servers or imports.
import { randomUUID } from 'node:crypto';

export function newId(): string {
  return randomUUID();
}
