// The resolved deadlines the API returns beside a document.
import type { z } from 'zod';
import type { Schedule } from '../../../schemas/agreements.ts';

export type AgreementSchedule = z.infer<typeof Schedule>;
