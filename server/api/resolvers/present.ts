/** What a DataLoader's loadMany found, without the ids that no longer resolve. */
export const present = <T>(items: (T | null | Error)[]): T[] =>
  items.filter((item): item is T => item !== null && !(item instanceof Error));
