import { describe, expect, it } from 'vitest';
import { mentionsConcern } from '../../../src/core/screening/concern.js';
import { screenForSafety } from '../../../src/core/screening/safety.js';

// Situations the duty screen missed on held-out tables (written before any fix): none of them is
// routed, but each must at least put the /bekymring button under the answer.
const MISSED_BY_THE_DUTY_SCREEN = [
  'hun sagde at hun har købt en ekstra pakke panodil og at ingen vil savne hende',
  "my patient said he's put all his papers in order and told his son where the key to the gun cabinet is",
  'pt siger han har tænkt på at gå ud foran toget på vej hjem',
  'patienten sagde han hellere vil sove ind for altid end leve sådan her',
  'the grandad said the little ones are scared stiff of their stepdad and flinch when he walks in',
  'hun fortalte at hendes veninde tit efterlader sin baby i barnevognen udenfor mens hun er fuld hver weekend',
  'he said this will be our last talk because he is leaving for good',
];

const ORDINARY = [
  'Må jeg tage noter under samtalen?',
  'hvor længe kan jeg holde orlov',
  'what is the max mileage I can get refunded?',
  'hvad gør jeg hvis jeg bliver syg og ikke kan tage min vagt',
  'my patient was worried about his heart beat after the operation',
  'kan jeg få refusion for kørsel til sygehuset',
  'Skal jeg have navneskilt på, når jeg er på afdelingen?',
  'hvornår er der frivilligdag',
  'I feel a bit tired after my shifts, is that normal?',
  'hvad står der i frivilligpolitikken om uddannelse',
];

describe('concern net (the /bekymring button, never a route)', () => {
  it.each(MISSED_BY_THE_DUTY_SCREEN)('offers /bekymring for "%s"', (message) => {
    expect(mentionsConcern(message)).toBe(true);
  });

  it.each(ORDINARY)('stays out of an ordinary question: "%s"', (message) => {
    expect(mentionsConcern(message)).toBe(false);
    expect(screenForSafety(message).route).toBeNull();
  });
});
