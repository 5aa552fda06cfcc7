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

/**
 * A logistic model over hashed word features, not standardised: standardising sparse features
 * blows up the rare ones (a feature seen in one example gets a huge z-score), so a short message
 * with unfamiliar words got an extreme score, and a message with no known feature was scored by
 * the absence of all of them. Unstandardised, a message with nothing known scores at the bias.
 */
export interface SparseLogistic {
  weights: ArrayLike<number>;
  bias: number;
}

/** A hashed feature vector: the indices that are set, and their values. */
export interface SparseRow {
  index: Int32Array;
  value: Float64Array;
}

export function sparseProbability(x: SparseRow, model: SparseLogistic): number {
  let z = model.bias;
  for (let k = 0; k < x.index.length; k++) z += model.weights[x.index[k]!]! * x.value[k]!;
  return 1 / (1 + Math.exp(-z));
}
