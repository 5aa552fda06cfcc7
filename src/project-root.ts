import { fileURLToPath } from 'node:url';

/** The folder that holds package.json: one level above src/ (development) and dist/ (the build). */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));
