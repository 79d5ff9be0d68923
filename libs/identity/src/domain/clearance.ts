/** How sensitive a record is, from least to most. A user's clearance uses the same scale. */
export const CLASSIFICATIONS = ['public', 'internal', 'confidential'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
export type Clearance = Classification;

export function isClassification(value: unknown): value is Classification {
  return typeof value === 'string' && (CLASSIFICATIONS as readonly string[]).includes(value);
}

/** Reads a stored classification; anything missing or unknown is treated as the most sensitive. */
export function classificationOf(value: unknown): Classification {
  return isClassification(value) ? value : 'confidential';
}

/** Whether someone with this clearance may see a record of this classification. */
export function canSee(
  user: { clearance: Clearance },
  classification: Classification | string | undefined,
): boolean {
  return (
    CLASSIFICATIONS.indexOf(user.clearance) >=
    CLASSIFICATIONS.indexOf(classificationOf(classification))
  );
}
