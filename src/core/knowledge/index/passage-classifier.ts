import { BANK } from '../../tuning.js';
import { fnv1a } from './hashed-embedder.js';

// A linear classifier from message to passage, trained on the question bank (each question's
// passage is its class; questions the documents don't answer are one more class, "none").
// Nearest-question search finds wording someone anticipated; the classifier learns which words
// and word pieces tell passages apart across all of a passage's questions, so a message that
// matches no one question closely can still be placed. Multinomial logistic regression over
// hashed features (the analyser's terms and character 4-grams of the raw words); one weight per
// hashed (feature, class) pair in a table of fixed size, so memory does not grow with the corpus.

const TABLE = 1 << 20;
const CHAR_WEIGHT = 0.3;

export interface ClassifierExample {
  text: string;
  terms: string[];
  /** Passage id, or -1 for a question the documents don't answer. */
  label: number;
}

const fold = (s: string) =>
  s.toLowerCase().normalize('NFC').replace(/æ/g, 'ae').replace(/ø/g, 'oe').replace(/å/g, 'aa');

/** Hashed features, unit length: the analyser's terms and the words' character 4-grams. */
export function classifierFeatures(text: string, terms: readonly string[]): Map<number, number> {
  const f = new Map<number, number>();
  const add = (k: string, w: number) => {
    const h = fnv1a(k);
    f.set(h, (f.get(h) ?? 0) + w);
  };
  for (const t of new Set(terms)) add(`t:${t}`, 1);
  for (const w of fold(text).split(/[^\p{L}\p{N}]+/u)) {
    if (!w) continue;
    const p = ` ${w} `;
    for (let i = 0; i + 4 <= p.length; i++) add(`c:${p.slice(i, i + 4)}`, CHAR_WEIGHT);
  }
  let n = 0;
  for (const v of f.values()) n += v * v;
  n = Math.sqrt(n) || 1;
  for (const [k, v] of f) f.set(k, v / n);
  return f;
}

export class PassageClassifier {
  /** Rows of the table: one per hashed feature, each `classes + 1` weights wide. */
  private readonly rows: number;

  private constructor(
    /** Passages; class `classes` is "none". */
    readonly classes: number,
    private readonly weights: Float32Array,
    private readonly bias: Float32Array,
  ) {
    this.rows = Math.floor(TABLE / (classes + 1));
  }

  /** Hashed features as the offsets of their rows. */
  private rowsOf(text: string, terms: readonly string[]): [number, number][] {
    const width = this.classes + 1;
    return [...classifierFeatures(text, terms)].map(([f, v]) => [(f % this.rows) * width, v]);
  }

  static get tableSize(): number {
    return TABLE;
  }

  static fromParts(classes: number, weights: Float32Array, bias: Float32Array): PassageClassifier {
    return new PassageClassifier(classes, weights, bias);
  }

  get parts(): { weights: Float32Array; bias: Float32Array } {
    return { weights: this.weights, bias: this.bias };
  }

  /** SGD on the softmax loss, a fixed number of passes in a fixed order (reproducible). */
  static train(examples: readonly ClassifierExample[], classes: number): PassageClassifier {
    const model = new PassageClassifier(classes, new Float32Array(TABLE), new Float32Array(classes + 1));
    const data = examples.map((e) => ({ x: model.rowsOf(e.text, e.terms), y: e.label < 0 ? classes : e.label }));
    for (let epoch = 0; epoch < BANK.classifierEpochs; epoch++) {
      const rate = BANK.classifierRate / (1 + epoch * 0.3);
      for (let i = data.length - 1; i > 0; i--) {
        const j = fnv1a(`${epoch}:${i}`) % (i + 1);
        [data[i], data[j]] = [data[j]!, data[i]!];
      }
      for (const { x, y } of data) {
        const p = model.softmax(x);
        p[y]! -= 1;
        for (let c = 0; c <= classes; c++) {
          const g = p[c]!;
          if (Math.abs(g) < 1e-4) continue;
          model.bias[c]! -= rate * g;
          for (const [row, v] of x) {
            const s = row + c;
            model.weights[s]! -= rate * (g * v + BANK.classifierL2 * model.weights[s]!);
          }
        }
      }
    }
    return model;
  }

  private softmax(x: readonly [number, number][]): Float64Array {
    const z = new Float64Array(this.classes + 1);
    for (let c = 0; c <= this.classes; c++) z[c] = this.bias[c]!;
    for (const [row, v] of x) for (let c = 0; c <= this.classes; c++) z[c]! += v * this.weights[row + c]!;
    let max = Number.NEGATIVE_INFINITY;
    for (const v of z) if (v > max) max = v;
    let sum = 0;
    for (let c = 0; c <= this.classes; c++) sum += z[c] = Math.exp(z[c]! - max);
    for (let c = 0; c <= this.classes; c++) z[c]! /= sum;
    return z;
  }

  /** P(each passage answers the message), and P(none does). */
  classify(text: string, terms: readonly string[]): { passages: Float64Array; none: number } {
    const p = this.softmax(this.rowsOf(text, terms));
    return { passages: p.subarray(0, this.classes), none: p[this.classes]! };
  }
}
