// Shorthands for the entity tests: the names of each kind that the engine finds in a few paragraphs.
import { analyzeArticle } from '../../../src/core/analyze/index';

export const facts = (paragraphs: string[], lang: string) => analyzeArticle({ paragraphs, lang }).facts;
export const people = (paragraphs: string[], lang: string) => facts(paragraphs, lang).people.map((p) => p.name);
export const places = (paragraphs: string[], lang: string) => facts(paragraphs, lang).places.map((p) => p.text);
export const orgs = (paragraphs: string[], lang: string) => facts(paragraphs, lang).organisations.map((o) => o.text);
