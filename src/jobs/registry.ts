// Every scheduled job Sana runs; later features add theirs here.
import { deliverOutboxJob } from './deliver-outbox.ts';
import type { Job } from './job.ts';

export const jobs: Job[] = [deliverOutboxJob];
