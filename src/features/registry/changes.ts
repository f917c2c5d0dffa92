/** The fields an update changed, as { field: { from, to } }, for the audit log. */
export function changedFields(
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): Record<string, { from: unknown; to: unknown }> {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value))
      changes[key] = { from: before[key] ?? null, to: value ?? null };
  }
  return changes;
}
