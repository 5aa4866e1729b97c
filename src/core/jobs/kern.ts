import type { LotseModul } from '../modul.ts';
import { MAIL_JOB, sendeMailJob } from '../mail.ts';
import { WOCHENZUSAMMENFASSUNG_JOB, wochenzusammenfassung } from '../benachrichtigung.ts';
import { jobRegister, type JobRegister } from './warteschlange.ts';

/** Core's own jobs: sending outbox mails, the weekly digest (every ISO week, UTC). */
export const KERN_JOBS = {
  jobs: { [MAIL_JOB]: sendeMailJob, [WOCHENZUSAMMENFASSUNG_JOB]: wochenzusammenfassung },
  zeitplan: [{ art: WOCHENZUSAMMENFASSUNG_JOB, alle: 'woche' as const }],
};

/** Handlers and schedules of core and all modules (their manifests' `jobs` and `zeitplan`). */
export const alleJobs = (module: readonly LotseModul[]): JobRegister => jobRegister(module, KERN_JOBS);
