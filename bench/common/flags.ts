/** A command line the benchmark cannot run with; an empty message asks for the usage alone (--help). */
export class UsageError extends Error {}

/** A flag's value as a number above zero (or zero too, when `allowZero`), else a {@link UsageError}. */
export function positiveNumber(flag: string, text: string, allowZero = false): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (!allowZero && value === 0)) throw new UsageError(`${flag} needs a positive number, got "${text}"`);
  return value;
}

/**
 * Walks a command line: hands each flag to `apply` with a reader of the value that follows it.
 * `apply` returns false for a flag it does not know; that and --help end in a {@link UsageError}.
 */
export function readFlags(argv: readonly string[], apply: (flag: string, value: () => string) => boolean): void {
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i] as string;
    if (flag === '--help' || flag === '-h') throw new UsageError('');
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new UsageError(`${flag} needs a value`);
      return next;
    };
    if (!apply(flag, value)) throw new UsageError(`unknown flag ${flag}`);
  }
}

/**
 * The parsed command line, or the usage printed and the process ended: 0 for --help, 2 for a
 * command line the benchmark cannot run with.
 */
export function argsOrUsage<A>(parse: (argv: readonly string[]) => A, usage: string, argv: readonly string[] = process.argv.slice(2)): A {
  try {
    return parse(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    if (error.message) process.stderr.write(`${error.message}\n\n`);
    process.stderr.write(usage);
    process.exit(error.message ? 2 : 0);
  }
}
