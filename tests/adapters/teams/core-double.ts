// TEMPORARY (Teams): a hand-written Core used only until createCore lands; to be deleted.
import { randomUUID } from 'node:crypto';
import type { Core } from '../../../src/core/core.js';
import type { BotReply, Directory } from '../../../src/core/types.js';
import type { CaseAction, Delivery, PlatformPorts, WorkflowResult } from '../../../src/core/workflows/contracts.js';
import type { VolunteerRef as V } from '../../../src/core/types.js';

export function coreDouble(directory: Directory): Core {
  const cases = new Map<string, { ports: PlatformPorts; volunteer: V; acked: boolean }>();
  async function send(d: Omit<Delivery, 'caseId'>, ports: PlatformPorts): Promise<WorkflowResult> {
    const caseId = randomUUID();
    cases.set(caseId, { ports, volunteer: d.volunteer, acked: false });
    try {
      await ports.deliver({ ...d, caseId });
      return { ok: true, lang: 'da', caseId, delivered: true, messageToVolunteer: `Sendt til ${d.to.name}.` };
    } catch {
      return { ok: true, lang: 'da', caseId, delivered: false, messageToVolunteer: `Kunne ikke sendes. Ring til ${d.to.name} på ${d.to.phone}.` };
    }
  }
  const region = (id: string) => directory.regions.find((r) => r.id === id);
  return {
    directory,
    async ask(message): Promise<BotReply> {
      return {
        text: message.includes('orlov') ? 'Du kan holde orlov i op til seks måneder.' : 'Det ved jeg ikke.',
        lang: 'da',
        citations: [{ doc: 'haandbog', title: 'Håndbog', section: 'Orlov', text: 'orlov i op til 6 måneder' }],
        abstained: false,
        route: null,
        acuteDanger: false,
        piiWarning: false,
        offerBekymring: false,
        retrieved: [],
      };
    },
    async afbud(req, ports) {
      if (!req.date || req.date < '2020-01-01') return { ok: false, lang: 'da', errors: { date: 'Datoen er passeret.' } };
      const g = directory.groups.find((x) => x.id === req.groupId);
      if (!g) return { ok: false, lang: 'da', errors: { group: 'Vælg et sted.' } };
      const to = g.tovholder ?? region(g.regionId)!.consultant;
      return send({ kind: 'afbud', to, urgent: false, title: 'Afbud', lines: [req.date], actions: ['acknowledge'], volunteer: req.volunteer }, ports) as Promise<WorkflowResult<never>>;
    },
    async orlov(req, ports) {
      if ((req.months ?? 0) > 6) return { ok: false, lang: 'da', errors: { months: 'Højst 6 måneder.' } };
      const r = region(req.regionId);
      if (!r) return { ok: false, lang: 'da', errors: { region: 'Vælg region.' } };
      return send({ kind: 'orlov', to: r.consultant, urgent: false, title: 'Orlov', lines: [], actions: ['acknowledge'], volunteer: req.volunteer }, ports) as Promise<WorkflowResult<never>>;
    },
    async bekymring(req, ports) {
      const r = region(req.regionId);
      if (!r) return { ok: false, lang: 'da', errors: { region: 'Vælg region.' } };
      const res = await send({ kind: 'bekymring', to: r.consultant, urgent: true, title: 'Bekymring', lines: [], actions: ['acknowledge', 'call_me'], volunteer: req.volunteer }, ports);
      return (res.ok && req.acuteDanger ? { ...res, emergencyNotice: 'Ring 112 nu.' } : res) as WorkflowResult<never>;
    },
    async caseAction(caseId: string, action: CaseAction) {
      const c = cases.get(caseId);
      if (!c) return { ok: false, reason: 'unknown_case', message: 'Ukendt sag.' };
      await c.ports.notifyVolunteer(c.volunteer, action === 'acknowledge' ? 'Din sag er modtaget.' : 'Ring til konsulenten.');
      return { ok: true, status: action === 'acknowledge' ? 'acknowledged' : 'call_requested', updatedLines: ['Kvitteret'], updatedTitle: 'Sag' };
    },
    recordFeedback() {},
    async close() {},
  };
}
