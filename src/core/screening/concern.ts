import { screeningForm } from './normalize.js';
import { has, re } from './regex.js';

// A wider net than the duty screen. The duty screen routes a message only when it is sure, and no
// pattern list knows every way a worrying situation is told. This one routes nothing: a message
// with words of death, harm, threats or a child at risk only gets the /bekymring button under its
// answer, so the way to a consultant is one press away. A needless button costs nothing.
const CONCERN = re(
  String.raw`\b(?:selvmord\w*|suicid\w*|tage sit (?:eget )?liv|ikke (?:vil|gider|orker|kan) leve|doe|doer|doede|ihjel|draeb\w*|vold\w*|slaar (?:ham|hende|dem|mig|barnet|boernene)|slog (?:ham|hende|dem|mig|barnet)|slaaet|sparke[rt]?|truer|truede|trussel|overgreb|misbrug\w*|omsorgssvigt\w*|alene hjemme|kniv|vaaben|pistol|gevaer|reb|overdosis|bevidstloes|faldet om|kollapset|ambulance|politiet|bange for (?:ham|hende|sin|sine|far|mor)|beruset|fuld(?:e)? hver|druk\w*|stoffer|ingen vil savne|foran (?:toget|et tog|bilerne)|for altid|hellere (?:vil )?(?:vaere )?doed)\b`,
  String.raw`\b(?:suicid\w*|kill\w*|die|dying|dead|death|hurts? (?:him|her|them|me)|hit (?:him|her|them|me)|hits|hitting|beat (?:him|her|them|me|up)|beats (?:him|her|them)|beaten|kick(?:s|ed)? (?:him|her|them)|threat\w*|abuse\w*|neglect\w*|alone at home|home alone|knife|gun|weapon|rope|overdose|unconscious|collapsed|ambulance|police|scared (?:of|stiff)|afraid of (?:him|her|their)|drunk|drugs|goodbye letters?|in front of (?:a|the) train|for good|end it all)\b`,
);

/** Does the message speak of danger, harm or a child at risk, however it is phrased? */
export function mentionsConcern(text: string): boolean {
  return has(CONCERN, screeningForm(text));
}
