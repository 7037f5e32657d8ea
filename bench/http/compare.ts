/** Where two JSON values differ, as `path: a ≠ b` lines (empty when deeply equal). */
export function differences(a: unknown, b: unknown, path = '$'): string[] {
  if (Object.is(a, b)) return [];
  if (Array.isArray(a) && Array.isArray(b)) {
    const lengths = a.length === b.length ? [] : [`${path}.length: ${a.length} ≠ ${b.length}`];
    return [...lengths, ...a.slice(0, Math.min(a.length, b.length)).flatMap((item, i) => differences(item, b[i], `${path}[${i}]`))];
  }
  if (a && b && typeof a === 'object' && typeof b === 'object' && !Array.isArray(a) && !Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) => differences((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key], `${path}.${key}`));
  }
  return [`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
}
