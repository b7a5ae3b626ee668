// The list of migrations, in order; imported statically so they run the same under tsx, tests and bundlers.
import type { Migration } from 'kysely';
import * as foundation from './2026-11-27T1200-foundation.ts';
import * as profileAndVetting from './2026-11-27T1400-profile-and-vetting.ts';
import * as relationshipHealth from './2026-11-27T1600-relationship-health.ts';
import * as clientListIndexes from './2026-11-27T1610-client-list-indexes.ts';
import * as finances from './2026-11-27T1620-finances.ts';
import * as exitAndOffboarding from './2026-11-27T1630-exit-and-offboarding.ts';
import * as portal from './2026-11-27T1640-portal.ts';
import * as invoicing from './2026-11-27T1700-invoicing.ts';
import * as agreements from './2026-11-27T1710-agreements.ts';
import * as deliverables from './2026-11-27T1720-deliverables.ts';

export const migrations: Record<string, Migration> = {
  '2026-11-27T1200-foundation': foundation,
  '2026-11-27T1400-profile-and-vetting': profileAndVetting,
  '2026-11-27T1600-relationship-health': relationshipHealth,
  '2026-11-27T1610-client-list-indexes': clientListIndexes,
  '2026-11-27T1620-finances': finances,
  '2026-11-27T1630-exit-and-offboarding': exitAndOffboarding,
  '2026-11-27T1640-portal': portal,
  '2026-11-27T1700-invoicing': invoicing,
  '2026-11-27T1710-agreements': agreements,
  '2026-11-27T1720-deliverables': deliverables,
};
