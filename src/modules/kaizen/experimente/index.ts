/** Teil „Experimente“ des Moduls kaizen: was das Manifest (../index.ts) einträgt. */
export { experimenteRoutes } from './experimente.routes.ts';
export { anstehend as experimenteAnstehend } from './experimente.usecases.ts';
export { demoExperimente } from './experimente.demo.ts';
export { kommuneVonExperiment } from './experimente.usecases.ts';
