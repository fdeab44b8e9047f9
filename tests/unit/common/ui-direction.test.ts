import { describe, expect, it } from 'vitest';
import { uiDirection } from '../../../src/common/ui-direction';

describe('uiDirection', () => {
  it.each(['ar', 'ar-EG', 'AR_sa', 'fa', 'he', 'iw', 'ur-PK', 'pa-Arab', 'az-Arab-IR'])('%s reads right to left', (tag) => {
    expect(uiDirection(tag)).toBe('rtl');
  });

  it.each(['en', 'en-GB', 'fr', 'de', 'pt-BR', 'pt_PT', 'ku-Latn', 'uz-Cyrl', '', 'art'])('%s reads left to right', (tag) => {
    expect(uiDirection(tag)).toBe('ltr');
  });
});
