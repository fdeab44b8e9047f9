// Quote-mark pairing: mixed marks, run-on quotations, nested straight marks and closing-only marks.
import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../../src/core/analyze/quotespans';

const inner = (t: string): string[] => findQuoteSpans(t).map((q) => t.slice(q.innerStart, q.innerEnd));

describe('quote spans', () => {
  it('pairs a typographic mark with a straight one, and two apostrophes as a closing mark', () => {
    expect(inner('She let him “decide when to be weaned". Then she left.')).toEqual(['decide when to be weaned']);
    expect(inner('"A great day for our Country!” Trump tweeted.')).toEqual(['A great day for our Country!']);
    expect(inner('“It was an attempt to mislead voters,’’ Will Moy told the BBC.')).toEqual(['It was an attempt to mislead voters,']);
  });
  it('reads a decade, a short year and feet and inches as no quotation marks', () => {
    expect(inner("A comedy of the '90s, only funnier. He won in 2008 and '12. 'Not yet,' she said.")).toEqual(['Not yet,']);
    expect(inner('The 6\'5" sprinter was "beatable." So they said.')).toEqual(['beatable.']);
  });
  it('pairs every German »…« of a paragraph, and never a French closing » with the next «', () => {
    expect(inner('»Das ist gut«, sagte er. Sie nannte es »falsch«.')).toEqual(['Das ist gut', 'falsch']);
    expect(inner('Il a parlé d\'« échec » puis de « trahison ».')).toEqual(['échec', 'trahison']);
  });
  it('runs a quotation opened after a colon on to the paragraph end', () => {
    expect(inner('The commander said: “These rioters, they are also criminals. They have to face the consequences.'))
      .toEqual(['These rioters, they are also criminals. They have to face the consequences.']);
  });
  it('ends a run-on quotation where the next opening mark of the same kind starts, when breaks are gone', () => {
    expect(inner('He said: “They are there to show sovereignty today. “If the situation becomes uncontrollable, we act.” Then.'))
      .toEqual(['They are there to show sovereignty today.', 'If the situation becomes uncontrollable, we act.']);
  });
  it('opens nothing at an unclosed mark inside a sentence, at a possessive, nor joins "[...]" after a full stop', () => {
    expect(inner('Homozygous (“pure-bred) bulls are cross-bred with Angus cows. A “Dial” button appears.')).toEqual(['Dial']);
    expect(inner("blaming Add N to (X)'s ear bleeding soundtrack. 'Not yet,' she said.")).toEqual(['Not yet,']);
    expect(inner('“We will focus on jobs.” [...] “I am against all abortions,” he said.')).toEqual(['We will focus on jobs.', 'I am against all abortions,']);
  });
  it('keeps a straight quotation nested after a colon inside the outer one', () => {
    expect(inner('"Quand j\'ai vu cette affiche, je me suis dit: "c\'est pas ma Cristina". C\'est qui ?", a demandé l\'animateur.'))
      .toEqual(['Quand j\'ai vu cette affiche, je me suis dit: "c\'est pas ma Cristina". C\'est qui ?']);
  });
  it('does not open a quotation at a straight mark that closes one ("…", a-t-il)', () => {
    expect(inner('donc on dit \'non" à toute concurrence", a-t-il déclaré. Il a déclaré que la grève "peut se régler".'))
      .toEqual(['peut se régler']);
  });
});
