import { createLogger } from '../../../src/logger.js';

/** A real pino logger whose JSON lines are kept in memory, to assert on events. */
export function capturingLogger() {
  const lines: Record<string, unknown>[] = [];
  const logger = createLogger('debug', {
    write: (s: string) => void lines.push(JSON.parse(s) as Record<string, unknown>),
  });
  const events = () => lines.map((l) => l.event);
  return { logger, lines, events };
}
