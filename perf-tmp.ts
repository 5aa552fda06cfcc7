import { screenForSafety } from './src/core/screening/safety.ts';
import { mentionsConcern } from './src/core/screening/concern.ts';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(screenForSafety(t)), mentionsConcern(t), t);
