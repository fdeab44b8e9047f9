// Folders of the packaged extension that the build writes and the background reads: named once for both sides.

/** The legible reader font's faces and faces.json (read by the background, never web-accessible). */
export const READER_FONT_DIR = 'fonts';

/** One language's word lists (or `common`, the tables they share), fetched by the background when a page in that language is analysed. */
export const langDataPath = (code: string): string => `lang/${code}.json`;
