/**
 * Run after `npm run build`: records which sources dist/client was built from, so that the
 * next `npm start` serves it without building again (see client-build.ts).
 */
import { writeFileSync } from 'node:fs';
import { STAMP, clientFingerprint } from './client-build.ts';

writeFileSync(STAMP, `${clientFingerprint()}\n`);
