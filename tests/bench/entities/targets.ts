// The key-fact targets of issue 12, shared by the entity bench (score.ts) and trainer (train.ts).
export type Type = 'people' | 'places' | 'organisations';
/** Precision and recall targets per type. */
export const TARGETS: Record<Type, [number, number]> = { people: [0.9, 0.9], places: [0.9, 0.9], organisations: [0.85, 0.75] };
