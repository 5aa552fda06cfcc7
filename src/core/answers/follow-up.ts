import { words } from '../knowledge/query/analyzer.js';
import { isStopWord } from '../knowledge/query/stop-words.js';
import type { ConversationTurn } from '../types.js';

// "og hvad med kørsel?" or "what about leave?" only make sense with the question before them.

const ELLIPTIC_START =
  /^(og|men|så|også|hvad med|hvad så med|end|hvad hvis|hvis nu|and|but|also|what about|how about|and if|what if)\b/i;
const MAX_FOLLOW_UP_WORDS = 7;

export function isFollowUp(question: string): boolean {
  const ws = words(question);
  if (ws.length === 0 || ws.length > MAX_FOLLOW_UP_WORDS) return false;
  const content = ws.filter((w) => !isStopWord(w));
  return ELLIPTIC_START.test(question.trim()) || content.length <= 1;
}

/** The earlier user question a follow-up leans on, if there is one. */
export function followUpContext(question: string, history: ConversationTurn[] | undefined): string | undefined {
  if (!history?.length || !isFollowUp(question)) return undefined;
  const q = question.trim();
  for (let i = history.length - 1; i >= 0; i--) {
    const t = history[i]!;
    if (t.role === 'user' && t.text.trim() && t.text.trim() !== q) return t.text.slice(0, 500);
  }
  return undefined;
}
