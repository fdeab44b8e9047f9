// Byline cleaning: names only — no "By"/"Par"/"Von"/"Por" prefixes, dates, roles or e-mails.
import { describe, expect, it } from 'vitest';
import { cleanByline } from '../../../src/core/extract/byline';

describe('cleanByline', () => {
  it.each([
    ['By Jane Doe', 'Jane Doe'],
    ['by  Jane Doe and John Roe', 'Jane Doe and John Roe'],
    ['Par La rédaction de FranceSoir.fr', 'La rédaction de FranceSoir.fr'],
    ['Von Max Mustermann', 'Max Mustermann'],
    ['Por María López', 'María López'],
    ['By Jane Doe | Staff writer', 'Jane Doe'],
    ['By Jane Doe, Updated 12:54 PM EST, Oct 26, 2016', 'Jane Doe'],
    ['Jane Doe 26/10/2016', 'Jane Doe'],
    ['Jane Doe jane.doe@example.com', 'Jane Doe'],
    ['Publié le 26 octobre 2016 par Jean Dupont', 'Jean Dupont'],
    ['Published Oct 26, 2016 by Jane Doe', 'Jane Doe'],
  ])('%s → %s', (raw, expected) => {
    expect(cleanByline(raw)).toBe(expected);
  });

  it('rejects URLs and sentences', () => {
    expect(cleanByline('https://www.facebook.com/someone')).toBe('');
    expect(cleanByline('This is a long sentence. It is not a name at all but prose from the page.')).toBe('');
  });
});
