import type { DeliveryReceipt, PlatformPorts } from '../../core/workflows/contracts.js';
import { renderDelivery, renderVolunteerNotice } from './render.js';

/** Deliveries go to a local "consultant inbox" printed in the terminal; nothing leaves the machine. */
export function terminalPorts(print: (text: string) => void): PlatformPorts {
  let n = 0;
  return {
    async deliver(delivery): Promise<DeliveryReceipt> {
      print(renderDelivery(delivery));
      n += 1;
      return { ref: `terminal:${n}` };
    },
    async notifyVolunteer(_volunteer, text) {
      print(renderVolunteerNotice(text));
    },
    async notifyUser(userId, text) {
      print(`[Besked til ${userId}] ${text}`);
    },
  };
}
