/** The label value that stands for every value a {@link BoundedLabels} refuses. */
export const OTHER_LABEL = 'other';

/** A GraphQL name, as long as a label value should be. */
const LABEL_VALUE = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * Label values taken from clients (operation names): each distinct value is a time series in
 * Prometheus, so only the first `max` well-formed ones are kept; the rest become {@link OTHER_LABEL}.
 */
export class BoundedLabels {
  private readonly known = new Set<string>();

  constructor(private readonly max: number) {}

  label(value: string): string {
    if (this.known.has(value)) return value;
    if (this.known.size >= this.max || !LABEL_VALUE.test(value)) return OTHER_LABEL;
    this.known.add(value);
    return value;
  }
}
