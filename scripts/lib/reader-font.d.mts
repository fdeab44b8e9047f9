export interface ReaderFontFace { style: string; weight: string; file: string; unicodeRange: string; source: string }
export declare function parseFontFaces(css: string): Omit<ReaderFontFace, 'source'>[];
export declare function readerFontFaces(): { faces: ReaderFontFace[]; licence: string };
