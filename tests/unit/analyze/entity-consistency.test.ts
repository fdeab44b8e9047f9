// One entity per referent once the weights have decided, and names cut where a person's name starts.
import { describe, expect, it } from 'vitest';
import { people, places } from './facts-of';

describe('one entity per referent', () => {
  it('a surname used alone joins the full name instead of becoming a second person', () => {
    const p = people(['Senator Marta Velaski spoke on Monday. Later, Velaski said the vote would pass, and Velaski left.'], 'en');
    expect(p).toEqual(['Marta Velaski']);
  });
  it('an acronym joins the place it abbreviates', () => {
    const pl = places(['Officials in the United States said the U.S. would act. Trade with the United States grew in the U.S. market.'], 'en');
    expect(pl).toContain('United States');
    expect(pl).not.toContain('U.S');
    expect(pl).not.toContain('U.S.');
  });
  it('a contraction opening a sentence is no name', () => {
    const p = people(["The tool is good. Wouldn't recommend it. I'm done, Tom Berger wrote. Wouldn't do it again.", "Wouldn't Work. I'm Here. Isn't Fun."], 'en');
    expect(p).toContain('Tom Berger');
    expect(p.some((n) => /n't|I'm/.test(n))).toBe(false);
  });
});

describe('where a person\'s name starts', () => {
  it('a given name inside a capitalised run starts the name ("Staatspräsident Recep Tayyip Erdogan")', () => {
    const p = people(['Das sagte Hauptdarsteller Matt Velden am Montag in Wien. Velden lachte.'], 'de');
    expect(p).toContain('Matt Velden');
    expect(p.some((n) => n.startsWith('Hauptdarsteller'))).toBe(false);
  });
});
