// The sample article (issue item 8): the FranceSoir fixture must come out exactly as a reader expects.
import { describe, expect, it } from 'vitest';
import { SEED_FILE } from '../analyze/seed';
import { readFixtureText } from '../support/fixtures';
import { extract } from './helpers';

const norm = (s: string): string => s.replace(/\s+/g, ' ').trim();

/** Reads the expected parts from the seed text (the page's text as published), not from engine output. */
function seed(): { title: string; standfirst: string; body: string[]; caption: string } {
  const lines = readFixtureText(SEED_FILE).split('\n').map(norm);
  const title = lines[0]!;
  const standfirst = lines[lines.indexOf('Mercredi 26 Octobre 2016 - 13:12') + 1]!;
  // Body: the paragraphs after the text-size widget, up to the first run of two blank lines.
  const body: string[] = [];
  for (let i = lines.indexOf('-A +A') + 1; i < lines.length; i++) {
    if (lines[i]) body.push(lines[i]!);
    else if (body.length && !lines[i + 1]) break;
  }
  // Caption: the last non-empty line before the comment section.
  const caption = lines.slice(0, lines.indexOf('Commentaires')).filter(Boolean).pop()!;
  return { title, standfirst, body, caption };
}

describe('FranceSoir sample article', () => {
  const art = extract(readFixtureText('pages/francesoir-mossoul.html'), 'https://www.francesoir.fr/politique-monde/lutte-contre-daech-mossoul');
  const s = seed();
  const text = norm(art.text);

  it('has the headline once, as the title and not again in the body', () => {
    expect(art.title).toBe(s.title);
    expect(text.includes(s.title)).toBe(false);
  });

  it('has the byline without prefixes', () => {
    expect(art.byline).toBe('La rédaction de FranceSoir.fr');
  });

  it('has the publish and update times in Paris time', () => {
    expect(art.published).toBe('2016-10-26T12:54:00+02:00');
    expect(art.modified).toBe('2016-10-26T13:12:00+02:00');
  });

  it('has the standfirst as excerpt', () => {
    expect(norm(art.excerpt)).toBe(s.standfirst);
  });

  it('has the lead photo with its credit and caption', () => {
    expect(art.leadImage).not.toBeNull();
    expect(art.leadImage!.src).toMatch(/^https:\/\/www\.francesoir\.fr\/.*mossoul\.png$/);
    expect(art.leadImage!.credit).toBe('©Safin Hamed/AFP');
    expect(norm(art.leadImage!.caption)).toBe(s.caption);
  });

  it('keeps every body paragraph complete and in order', () => {
    expect(s.body.length).toBe(4);
    let at = -1;
    for (const p of s.body) {
      const i = text.indexOf(p);
      expect(i, p.slice(0, 60)).toBeGreaterThan(at);
      at = i;
    }
  });

  it('drops the share bar, text-size widget, comments, ads and cookie banner', () => {
    for (const junk of ['PARTAGER', '-A +A', 'Commentaires', 'Publicité', 'cookies']) {
      expect(art.text.includes(junk), junk).toBe(false);
      expect(art.html.includes(junk), junk).toBe(false);
    }
  });

  it('is French, left to right, with a word count and reading time', () => {
    expect(art.lang).toBe('fr');
    expect(art.dir).toBe('ltr');
    expect(art.wordCount).toBeGreaterThan(250);
    expect(art.readingMinutes).toBeGreaterThanOrEqual(1);
  });
});
