// The list of migrations, in order; imported statically so they run the same under tsx, tests and bundlers.
import type { Migration } from 'kysely';
import * as foundation from './2026-11-27T1200-foundation.ts';
import * as profileAndVetting from './2026-11-27T1400-profile-and-vetting.ts';

export const migrations: Record<string, Migration> = {
  '2026-11-27T1200-foundation': foundation,
  '2026-11-27T1400-profile-and-vetting': profileAndVetting,
};
