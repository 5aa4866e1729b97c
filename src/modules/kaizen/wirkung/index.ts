/** Teil „Wirkung und Beteiligung“ des Moduls kaizen: was das Manifest (../index.ts) einträgt. */
export { wirkungRoutes as kaizenWirkungRoutes } from './wirkung.routes.ts';
