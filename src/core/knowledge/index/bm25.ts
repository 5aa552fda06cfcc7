// Okapi BM25 over pre-analysed term lists. Small and in memory: rebuilt from chunks at load.

const K1 = 1.2;
const B = 0.75;

interface Posting {
  doc: number;
  tf: number;
}

export class Bm25Index {
  private readonly postings = new Map<string, Posting[]>();
  private readonly lengths: number[];
  private readonly avgLength: number;
  readonly size: number;

  /** Per term: its scores, kept once computed (a term's BM25 over the index never changes). */
  private readonly cached = new Map<string, Map<number, number>>();

  /**
   * `maxPostings` bounds the work a common term costs per query: only its best-scoring documents
   * are kept (the question bank at 20× repeats "frivillig" tens of thousands of times).
   */
  constructor(
    docs: string[][],
    private readonly maxPostings = Number.POSITIVE_INFINITY,
  ) {
    this.size = docs.length;
    this.lengths = docs.map((d) => d.length);
    this.avgLength = this.lengths.reduce((a, b) => a + b, 0) / Math.max(1, docs.length);
    docs.forEach((terms, doc) => {
      const tf = new Map<string, number>();
      for (const t of terms) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [term, n] of tf) {
        let list = this.postings.get(term);
        if (!list) this.postings.set(term, (list = []));
        list.push({ doc, tf: n });
      }
    });
  }

  has(term: string): boolean {
    return this.postings.has(term);
  }

  vocabulary(): IterableIterator<string> {
    return this.postings.keys();
  }

  docFrequency(term: string): number {
    return this.postings.get(term)?.length ?? 0;
  }

  idf(term: string): number {
    const df = this.docFrequency(term);
    return Math.log(1 + (this.size - df + 0.5) / (df + 0.5));
  }

  /** Highest idf a term can have here: the weight of a word the documents never use. */
  maxIdf(): number {
    return Math.log(1 + (this.size + 0.5) / 0.5);
  }

  /** Per-document BM25 contribution of one term (its best `maxPostings` documents). */
  scores(term: string): Map<number, number> {
    // Only the index's own terms are kept: a message's unknown words would grow the cache without end.
    if (this.maxPostings === Number.POSITIVE_INFINITY || !this.postings.has(term)) return this.allScores(term);
    let out = this.cached.get(term);
    if (!out) {
      const all = this.allScores(term);
      out =
        all.size <= this.maxPostings ? all : new Map([...all].sort((a, b) => b[1] - a[1]).slice(0, this.maxPostings));
      this.cached.set(term, out);
    }
    return out;
  }

  private allScores(term: string): Map<number, number> {
    const out = new Map<number, number>();
    const list = this.postings.get(term);
    if (!list) return out;
    const idf = this.idf(term);
    for (const { doc, tf } of list) {
      const norm = tf + K1 * (1 - B + (B * this.lengths[doc]!) / (this.avgLength || 1));
      out.set(doc, (idf * tf * (K1 + 1)) / norm);
    }
    return out;
  }
}
