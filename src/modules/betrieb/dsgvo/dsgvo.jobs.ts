import type { JobHandler } from '../../../core/jobs/warteschlange.ts';
import { raeumeAuf } from './dsgvo.usecases.ts';
import { aufbewahrungAus } from './dsgvo.rules.ts';

export const AUFRAEUMEN_JOB = 'betrieb.aufraeumen';

/** The daily clean-up as a job of the queue (src/core/jobs/): same work as `npm run lotse -- aufraeumen`. */
export const aufraeumenJob: JobHandler = async (ctx) => {
  await raeumeAuf(ctx.db, ctx.jetzt, aufbewahrungAus(process.env));
};
