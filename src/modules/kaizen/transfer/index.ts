/** Teil „Verbesserungen reisen“ des Moduls kaizen: was das Manifest (../index.ts) einträgt. */
export { transferRoutes } from './transfer.routes.ts';
