// Small helpers for the global (/g) patterns of the screens: lastIndex is reset around every use,
// so a shared pattern never carries state from one message to the next.

/** One global pattern from alternatives written as separate strings. */
export const re = (...parts: string[]) => new RegExp(parts.join('|'), 'g');

export function has(pattern: RegExp, text: string): boolean {
  pattern.lastIndex = 0;
  const hit = pattern.test(text);
  pattern.lastIndex = 0;
  return hit;
}

export function firstIndex(pattern: RegExp, text: string): number {
  pattern.lastIndex = 0;
  const m = pattern.exec(text);
  pattern.lastIndex = 0;
  return m ? m.index : -1;
}
