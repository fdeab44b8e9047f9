// Bugs the fuzzers found that are not fixed yet: the problem messages they produce, so the properties can keep
// running (and catch anything new) while the fix is routed. Delete an entry once its reproduction is enabled.

export interface KnownBug {
  id: string;
  /** Matches the problem strings (from support/shape.ts and support/unsafe.ts) this bug produces. */
  pattern: RegExp;
  where: string;
}

export const KNOWN_BUGS: readonly KnownBug[] = [
];

/** Splits problems into new ones and known ones (counted per bug id in `seen`). */
export function withoutKnown(problems: readonly string[], seen: Map<string, number>): string[] {
  return problems.filter((p) => {
    const bug = KNOWN_BUGS.find((b) => b.pattern.test(p.replace(/^re-parsed(?: in <div>)?: /, '')));
    if (bug) seen.set(bug.id, (seen.get(bug.id) ?? 0) + 1);
    return !bug;
  });
}
