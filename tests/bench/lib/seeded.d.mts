export declare function seededRandom(seed: number): () => number;
export declare function shuffle<T>(items: readonly T[], rand: () => number): T[];
