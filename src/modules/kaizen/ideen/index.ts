/** Teil „Ideen“ des Moduls kaizen: was das Manifest (../index.ts) einträgt und andere Teile nutzen. */
export { ideenRoutes } from './ideen.routes.ts';
export { IDEEN_REGELN } from './ideen.permissions.ts';
export { anstehend as ideenAnstehend } from './ideen.usecases.ts';
export { demoIdeen } from './ideen.demo.ts';
