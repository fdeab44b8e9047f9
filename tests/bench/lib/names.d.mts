export declare const nameWords: (s: string) => string[];
export declare function sameName(a: string, b: string): boolean;
