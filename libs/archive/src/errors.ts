/** An archive operation refused before writing anything: each reason says what is wrong, and where. */
export class ArchiveRefusedError extends Error {
  constructor(
    readonly what: string,
    readonly reasons: string[],
  ) {
    super(
      `${what}: ${reasons.slice(0, 10).join('; ')}${reasons.length > 10 ? `; … and ${reasons.length - 10} more` : ''}`,
    );
  }
}
