/**
 * One notification at start for everything in the data folder Limber had to set aside (settings have their own).
 * Each item says what it was and what Limber did, in words; the body stays short because notification centres
 * cut long text, and the log holds the details.
 */
export interface SetAsideItem {
  /** What the user would recognise: "Your tracking state", "History for 2026-03-02". */
  what: string;
  /** Where the damaged original now is, or null when it could not even be moved. */
  keptAs: string | null;
  /** Why it was left where it is instead, when it was. */
  leftInPlaceBecause?: string;
}

export function dataRepairNotice(items: readonly SetAsideItem[]): { title: string; body: string } | null {
  if (items.length === 0) return null;
  const sentences = items.map(({ what, keptAs, leftInPlaceBecause }) => {
    if (keptAs) return `${what} was damaged and is kept as ${keptAs}.`;
    if (leftInPlaceBecause) return `${what} is damaged and was left where it is, because ${leftInPlaceBecause}; it is skipped.`;
    return `${what} was damaged and is skipped.`;
  });
  return { title: 'Limber set damaged data aside', body: `${sentences.join(' ')} Everything else was kept.` };
}
