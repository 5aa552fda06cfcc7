import type { AckFn, App, ViewResponseAction, ViewSubmitAction, webApi } from '@slack/bolt';
import type { Lang, VolunteerRef } from '../../../core/types.js';
import type { CaseKind, FieldErrors, PlatformPorts, WorkflowResult } from '../../../core/workflows/contracts.js';
import type { SlackDeps } from '../deps.js';
import { parseModalMetadata, ViewSubmission, viewState } from '../payloads.js';
import type { RenderedMessage } from '../render/delivery.js';
import { noticeMessage, workflowReply } from '../render/workflow-reply.js';

/** Slack closes the connection after 3 s; answer well before, whatever the core is doing. */
export const ACK_BUDGET_MS = 2000;

const NOT_SENT = {
  da: 'Formularen blev ikke sendt. Prøv igen — haster det, så ring til din konsulent (se fanen Hjem).',
  en: 'The form was not sent. Please try again — if it is urgent, call your consultant (see the Home tab).',
} as const;

export interface FormInput {
  state: ReturnType<typeof viewState>;
  volunteer: VolunteerRef;
  lang: Lang;
}

/** Registers one modal's submission: parse the view, build the request, run it through the core. */
export function onFormSubmission<F extends string>(
  app: App,
  deps: SlackDeps,
  form: {
    callbackId: string;
    kind: CaseKind;
    blocks: Record<F, string>;
    /** Calls the core; may also answer field errors itself (a form the core never sees). */
    run: (input: FormInput, ports: PlatformPorts) => Promise<WorkflowResult<F>>;
  },
): void {
  app.view<ViewSubmitAction>(form.callbackId, async ({ ack, body, client }) => {
    const parsed = ViewSubmission.safeParse(body);
    if (!parsed.success) return ack();
    const { view, user } = parsed.data;
    const { lang } = parseModalMetadata(view.private_metadata);
    const input: FormInput = { state: viewState(view), volunteer: { platform: 'slack', userId: user.id, lang }, lang };
    await submitWorkflow({
      kind: form.kind,
      ack,
      client,
      body: parsed.data,
      blocks: form.blocks,
      deps,
      run: (ports) => form.run(input, ports),
    });
  });
}

/**
 * Runs one form through the core. The modal must be answered within 3 seconds, but a delivery can
 * be slow, so we answer as soon as we know the outcome of validation: field errors (shown inline),
 * or the core starting its first delivery (validation passed: the modal closes). The volunteer
 * then hears the result by DM.
 */
export async function submitWorkflow<F extends string>(opts: {
  kind: CaseKind;
  ack: AckFn<ViewResponseAction>;
  client: webApi.WebClient;
  body: ViewSubmission;
  blocks: Record<F, string>;
  run: (ports: PlatformPorts) => Promise<WorkflowResult<F>>;
  deps: SlackDeps;
}): Promise<void> {
  const { deps, body, kind } = opts;
  const started = Date.now();
  const log = deps.logger.child({ event: 'slack_submission', form: kind, viewId: body.view.id });
  if (!deps.submittedViews.firstTime(body.view.id)) {
    log.info({ outcome: 'duplicate_ignored' }, 'duplicate submission');
    return opts.ack();
  }

  let validated!: () => void;
  const deliveryStarted = new Promise<'validated'>((resolve) => (validated = () => resolve('validated')));
  const ports: PlatformPorts = {
    ...deps.ports,
    deliver: (d) => {
      validated();
      return deps.ports.deliver(d);
    },
  };
  const work = opts.run(ports).then(
    (result) => ({ result }),
    (error: unknown) => ({ error }),
  );
  let timer: NodeJS.Timeout | undefined;
  const budget = new Promise<'timeout'>((resolve) => (timer = setTimeout(() => resolve('timeout'), ACK_BUDGET_MS)));
  const first = await Promise.race([work, deliveryStarted, budget]);
  clearTimeout(timer);

  if (typeof first === 'object' && 'result' in first && !first.result.ok) {
    deps.submittedViews.forget(body.view.id);
    log.info(
      { outcome: 'invalid', fields: Object.keys(first.result.errors), ms: Date.now() - started },
      'validation errors',
    );
    return opts.ack({ response_action: 'errors', errors: blockErrors(first.result.errors, opts.blocks) });
  }
  await opts.ack();

  const outcome = await work;
  const metadata = parseModalMetadata(body.view.private_metadata);
  let reply: RenderedMessage;
  if ('error' in outcome) {
    log.error({ outcome: 'failed', err: outcome.error, ms: Date.now() - started }, 'workflow failed');
    reply = noticeMessage(NOT_SENT[metadata.lang]);
  } else if (!outcome.result.ok) {
    // Validation finished after the modal had to close: say what to fix by DM.
    log.info({ outcome: 'invalid_late', ms: Date.now() - started }, 'late validation errors');
    reply = noticeMessage([NOT_SENT[outcome.result.lang], ...Object.values(outcome.result.errors)].join('\n'));
  } else {
    const r = outcome.result;
    log.info({ outcome: 'submitted', caseId: r.caseId, delivered: r.delivered, ms: Date.now() - started }, 'submitted');
    reply = workflowReply(r);
  }
  await tellVolunteer(opts.client, body.user.id, metadata.channelId, reply, deps);
}

/** The core's field errors on the form's block ids; unknown fields go on the first block. */
export function blockErrors<F extends string>(
  errors: FieldErrors<F>,
  blocks: Record<F, string>,
): Record<string, string> {
  const out: Record<string, string> = {};
  const fallback = Object.values<string>(blocks)[0] ?? 'form';
  for (const [field, message] of Object.entries(errors) as [F, string | undefined][]) {
    if (!message) continue;
    const blockId = blocks[field] ?? fallback;
    out[blockId] = out[blockId] ? `${out[blockId]} ${message}` : message;
  }
  return out;
}

/** A DM from the bot; if that fails, an ephemeral note where the command was run. Never public. */
async function tellVolunteer(
  client: webApi.WebClient,
  userId: string,
  channelId: string | undefined,
  message: RenderedMessage,
  deps: SlackDeps,
): Promise<void> {
  try {
    await client.chat.postMessage({ channel: userId, text: message.text, blocks: message.blocks });
  } catch (err) {
    deps.logger.warn({ event: 'slack_volunteer_dm_failed', err }, 'volunteer DM failed');
    if (!channelId) return;
    await client.chat
      .postEphemeral({ channel: channelId, user: userId, text: message.text, blocks: message.blocks })
      .catch((e: unknown) => deps.logger.error({ event: 'slack_volunteer_unreachable', err: e }, 'volunteer not told'));
  }
}
