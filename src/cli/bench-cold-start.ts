import { answerQuestion } from '../core/answers/answer-question.js';
import { loadKnowledge } from '../core/knowledge/knowledge-base.js';
import { createLogger } from '../logger.js';

// Child process of the bench: load the saved index and answer one question, as a fresh start
// would. Prints {loadMs, firstAnswerMs, sinceProcessStartMs, rssMb} and nothing else.

const [knowledgeDir, dataDir, question] = process.argv.slice(2);
if (!knowledgeDir || !dataDir || !question) {
  console.error('usage: bench-cold-start KNOWLEDGE_DIR DATA_DIR QUESTION');
  process.exit(2);
}
const logger = createLogger('silent');
const t0 = performance.now();
const knowledge = await loadKnowledge({ knowledgeDir, dataDir, logger });
const t1 = performance.now();
const reply = await answerQuestion(question, { knowledge, logger });
const t2 = performance.now();
process.stdout.write(
  `${JSON.stringify({
    loadMs: Math.round(t1 - t0),
    firstAnswerMs: Math.round(t2 - t1),
    sinceProcessStartMs: Math.round(t2),
    answered: !reply.abstained,
    rssMb: Math.round(process.memoryUsage().rss / 2 ** 20),
  })}\n`,
);
