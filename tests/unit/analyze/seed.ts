// Reads the FranceSoir sample's body paragraphs, excerpt and caption from the seed text (tests/fixtures/seed/).
import { readFixtureText } from '../support/fixtures';

/** The sample's text as published, the source of every expectation about it (see tests/fixtures/README.md). */
export const SEED_FILE = 'seed/francesoir-2016-10-26-mossoul.txt';

export interface SeedArticle {
  title: string;
  excerpt: string;
  caption: string;
  paragraphs: string[];
}

/** Body = the blocks between the "-A +A" text-size line and "Commentaires"; the standfirst is the line after the date block. */
export function loadSeed(): SeedArticle {
  const raw = readFixtureText(SEED_FILE);
  const lines = raw.split('\n').map((l) => l.trim());
  const startAt = lines.findIndex((l) => l === '-A +A');
  const endAt = lines.findIndex((l, i) => i > startAt && l === 'Commentaires');
  const paragraphs = lines.slice(startAt + 1, endAt).filter((l) => l.length > 0);
  const caption = lines.find((l) => l.startsWith('©')) ?? '';
  const excerpt = lines[lines.indexOf(caption) - 1] ?? '';
  return { title: lines[0] ?? '', excerpt, caption, paragraphs };
}
