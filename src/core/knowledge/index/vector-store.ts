import hnswlib from 'hnswlib-node';

// hnswlib-node used directly: our index folder already holds the chunks and a manifest with
// content hash and checksums, so LangChain's HNSWLib wrapper (docstore.json + args.json) would
// only duplicate them and add ~1 s of module loading to every cold start.

const { HierarchicalNSW } = hnswlib;
type Hnsw = InstanceType<typeof HierarchicalNSW>;

export interface VectorHit {
  index: number;
  /** Cosine similarity, -1..1. */
  similarity: number;
}

export class VectorStore {
  private constructor(
    private readonly hnsw: Hnsw,
    readonly dimensions: number,
    readonly size: number,
  ) {}

  /** efConstruction trades build time for recall; the bank's short questions need less (tuning.ts). */
  static build(vectors: number[][], dimensions: number, efConstruction = 200): VectorStore {
    return VectorStore.buildFrom(vectors.length, dimensions, (i) => vectors[i]!, efConstruction);
  }

  /** Built one vector at a time, so a large set never holds every vector in memory at once. */
  static buildFrom(
    count: number,
    dimensions: number,
    vectorAt: (i: number) => number[],
    efConstruction = 200,
  ): VectorStore {
    const hnsw = new HierarchicalNSW('cosine', dimensions);
    hnsw.initIndex({ maxElements: Math.max(1, count), m: 16, efConstruction, randomSeed: 42 });
    for (let i = 0; i < count; i++) hnsw.addPoint(vectorAt(i), i);
    return new VectorStore(hnsw, dimensions, count);
  }

  /** The file must have been checked (checksum) before: hnswlib trusts what it reads. */
  static load(file: string, dimensions: number, expectedSize: number): VectorStore {
    const hnsw = new HierarchicalNSW('cosine', dimensions);
    hnsw.readIndexSync(file);
    const size = hnsw.getCurrentCount();
    if (size !== expectedSize) throw new Error(`vector index holds ${size} items, expected ${expectedSize}`);
    return new VectorStore(hnsw, dimensions, size);
  }

  save(file: string): void {
    this.hnsw.writeIndexSync(file);
  }

  search(vector: number[], k: number): VectorHit[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    this.hnsw.setEf(Math.max(64, n));
    const { neighbors, distances } = this.hnsw.searchKnn(vector, n);
    return neighbors.map((index, i) => ({ index, similarity: 1 - distances[i]! }));
  }
}
