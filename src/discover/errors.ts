/** A mistake in how the linter was invoked (a missing path, a missing --config file): the CLI exits with 2. */
export class UsageError extends Error {
  override name = 'UsageError';
  constructor(
    message: string,
    /** A second line telling the user what to do instead. */
    readonly hint?: string,
  ) {
    super(message);
  }
}
