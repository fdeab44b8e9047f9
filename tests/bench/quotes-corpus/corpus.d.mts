export declare const corpusDir: string;
export interface Span { paragraph: number; start: number; end: number; text: string }
export interface Counts { tp: number; fp: number; fn: number }
export declare function readArticle(id: string): unknown;
export declare function readAnnotations(pass?: number): Map<string, unknown>;
export declare function locateQuote(article: { paragraphs: string[] }, text: string, occurrence?: number): { paragraph: number; start: number; end: number } | null;
export declare function spanF1(a: Span, b: Span, paragraph: string): number;
export declare function matchEntities(found: string[][], gold: { name: string; aliases: string[] }[], c: Counts): void;
export declare function sameMention(shown: string, mention: string): boolean;
