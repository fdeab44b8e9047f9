// Reads the FranceSoir sample's body paragraphs, excerpt and caption from the shared seed file.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const sharedDir = process.env.READLENS_SHARED ?? path.resolve(repoRoot, '../shared');

export interface SeedArticle {
  title: string;
  excerpt: string;
  caption: string;
  paragraphs: string[];
}

/** Body = the blocks between the "-A +A" text-size line and "Commentaires"; the standfirst is the line after the date block. */
export function loadSeed(): SeedArticle {
  const raw = fs.readFileSync(path.join(sharedDir, 'seed/francesoir-2016-10-26-mossoul.txt'), 'utf8');
  const lines = raw.split('\n').map((l) => l.trim());
  const startAt = lines.findIndex((l) => l === '-A +A');
  const endAt = lines.findIndex((l, i) => i > startAt && l === 'Commentaires');
  const paragraphs = lines.slice(startAt + 1, endAt).filter((l) => l.length > 0);
  const caption = lines.find((l) => l.startsWith('©')) ?? '';
  const excerpt = lines[lines.indexOf(caption) - 1] ?? '';
  return { title: lines[0] ?? '', excerpt, caption, paragraphs };
}
