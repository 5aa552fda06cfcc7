import { BANK } from '../../tuning.js';
import { fnv1a } from './hashed-embedder.js';

// A linear classifier from message to passage, trained on the question bank (each question's
// passage is its class; questions the documents don't answer are one more class, "none").
// Nearest-question search finds wording someone anticipated; the classifier learns which words
// and word pieces tell passages apart across all of a passage's questions, so a message that
// matches no one question closely can still be placed. Multinomial logistic regression over
// hashed features (the analyser's terms and character 4-grams of the raw words), in a weight table
// of fixed size (4 MB): a row of one weight per class for each hashed feature, as many rows as fit,
// so memory does not grow with the corpus (a larger corpus shares rows between more features).

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

/** A message's hashed features: the offset of each one's row in the table, and its value. */
interface Sparse {
  rows: Int32Array;
  values: Float32Array;
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

  /** Hashed features as the offsets of their rows, and their values. */
  private rowsOf(text: string, terms: readonly string[]): Sparse {
    const width = this.classes + 1;
    const f = classifierFeatures(text, terms);
    const rows = new Int32Array(f.size);
    const values = new Float32Array(f.size);
    let i = 0;
    for (const [h, v] of f) {
      rows[i] = (h % this.rows) * width;
      values[i++] = v;
    }
    return { rows, values };
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
    const z = new Float64Array(classes + 1);
    const active = new Int32Array(classes + 1);
    const { weights: w, bias } = model;
    const l2 = BANK.classifierL2;
    for (let epoch = 0; epoch < BANK.classifierEpochs; epoch++) {
      const rate = BANK.classifierRate / (1 + epoch * 0.3);
      for (let i = data.length - 1; i > 0; i--) {
        const j = fnv1a(`${epoch}:${i}`) % (i + 1);
        [data[i], data[j]] = [data[j]!, data[i]!];
      }
      for (const { x, y } of data) {
        model.softmaxInto(x, z);
        z[y]! -= 1;
        // Only classes with a gradient worth a step are touched: usually a handful of 140.
        let n = 0;
        for (let c = 0; c <= classes; c++) if (Math.abs(z[c]!) >= 1e-4) active[n++] = c;
        for (let a = 0; a < n; a++) bias[active[a]!]! -= rate * z[active[a]!]!;
        for (let k = 0; k < x.rows.length; k++) {
          const row = x.rows[k]!;
          const v = x.values[k]!;
          for (let a = 0; a < n; a++) {
            const c = active[a]!;
            const s = row + c;
            w[s]! -= rate * (z[c]! * v + l2 * w[s]!);
          }
        }
      }
    }
    return model;
  }

  /** Softmax over the classes into `z`. */
  private softmaxInto(x: Sparse, z: Float64Array): void {
    const classes = this.classes;
    const w = this.weights;
    for (let c = 0; c <= classes; c++) z[c] = this.bias[c]!;
    for (let k = 0; k < x.rows.length; k++) {
      const row = x.rows[k]!;
      const v = x.values[k]!;
      for (let c = 0; c <= classes; c++) z[c]! += v * w[row + c]!;
    }
    let max = Number.NEGATIVE_INFINITY;
    for (let c = 0; c <= classes; c++) if (z[c]! > max) max = z[c]!;
    let sum = 0;
    for (let c = 0; c <= classes; c++) sum += z[c] = Math.exp(z[c]! - max);
    for (let c = 0; c <= classes; c++) z[c]! /= sum;
  }

  /** P(each passage answers the message), and P(none does). */
  classify(text: string, terms: readonly string[]): { passages: Float64Array; none: number } {
    const p = new Float64Array(this.classes + 1);
    this.softmaxInto(this.rowsOf(text, terms), p);
    return { passages: p.subarray(0, this.classes), none: p[this.classes]! };
  }
}
