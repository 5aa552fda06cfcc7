import type { BotReply } from '../../../core/types.js';
import { Verb } from '../ids.js';
import { attachment, attention, type CardElement, card, execute, type OutgoingMessage, textBlock } from './card.js';
import { citationEntity, sourcesBlock, withCitationMarkers } from './citations.js';
import { texts } from './texts.js';

const needsSafetyCard = (r: BotReply): boolean => r.route !== null || r.acuteDanger || r.offerBekymring;

/**
 * The reply to a free-chat message. A plain answer is text with citation entities plus a card
 * with the sources and 👍/👎. A safety-screened reply is one card: 112 first when someone may be
 * in danger, then the core's immediate steps, then a button that opens the bekymring form.
 */
export function renderReply(reply: BotReply): OutgoingMessage {
  return needsSafetyCard(reply) ? safetyReply(reply) : answerReply(reply);
}

/**
 * 👍/👎 are Teams' own (the feedback loop: `feedbackLoopEnabled`, answered by a
 * `message/submitAction` invoke), so the sources card carries no buttons of ours.
 */
function answerReply(reply: BotReply): OutgoingMessage {
  const cited = reply.citations;
  const generated = reply.generated === true;
  const sources = sourcesBlock(cited, reply.lang);
  return {
    text: withCitationMarkers(reply.text, cited.length, reply.lang),
    textFormat: 'markdown',
    ...(cited.length || generated ? { entities: [citationEntity(cited, reply.lang, { generated })] } : {}),
    ...(sources.length ? { attachments: [attachment(card(sources))] } : {}),
    channelData: { feedbackLoopEnabled: true },
  };
}

function safetyReply(reply: BotReply): OutgoingMessage {
  const t = texts(reply.lang);
  const body: CardElement[] = [];
  // The core's text may already open with 112; say it once, first.
  const firstLine = reply.text.split('\n').find((l) => l.trim() !== '') ?? '';
  if (reply.acuteDanger && !firstLine.includes('112')) body.push(attention(t.call112, { size: 'Large' }));
  body.push(textBlock(reply.text));
  body.push(...sourcesBlock(reply.citations, reply.lang));
  const prefill = reply.route ? { kind: reply.route } : {};
  const acute = reply.acuteDanger ? { acute: 'yes' } : {};
  return {
    attachments: [
      attachment(
        card(body, [
          execute(
            t.openBekymring,
            Verb.formOpen,
            { form: 'bekymring', lang: reply.lang, ...prefill, ...acute },
            'destructive',
          ),
        ]),
      ),
    ],
  };
}
