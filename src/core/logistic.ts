// A logistic model over standardised features: the form every fitted decision of the bot takes
// (answers/decision.ts, screening/offer-model.ts). Fitted by src/quality/logistic.ts.

export interface Logistic {
  mean: number[];
  scale: number[];
  weights: number[];
  bias: number;
}

export function probability(x: number[], model: Logistic): number {
  let z = model.bias;
  for (let i = 0; i < x.length; i++) z += model.weights[i]! * ((x[i]! - model.mean[i]!) / (model.scale[i] || 1));
  return 1 / (1 + Math.exp(-z));
}
