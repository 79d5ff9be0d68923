import { DomainError } from '@chancery/diplomacy';
import {
  classificationOfStream,
  isRetraction,
  isVisibleTo,
  UnknownReferenceError,
  type CommandMetadata,
  type StreamReader,
} from '@chancery/event-sourcing';

const OTHER_KIND: Record<string, string> = { person: 'organisation', organisation: 'person' };
const named = (kind: string) => (kind === 'organisation' ? 'an organisation' : 'a person');

/**
 * Rethrows `error`, unless it is an unknown reference to a person that names an organisation the
 * user may see (or the reverse): that is a 422 `RECORD.WRONG_KIND_OF_REFERENCE` saying so. A
 * record hidden from the user stays "unknown", as a random id would.
 */
export async function explainWrongKind(
  reader: StreamReader,
  user: Pick<CommandMetadata, 'clearance'>,
  error: unknown,
): Promise<never> {
  if (!(error instanceof UnknownReferenceError)) throw error;
  for (const { field, streamId } of error.missing) {
    const [, kind, id] = /^(person|organisation)-(.+)$/.exec(streamId) ?? [];
    if (!kind) continue;
    const other = `${OTHER_KIND[kind]}-${id}`;
    const events = await reader.events(other);
    const last = events.at(-1);
    if (
      last &&
      !isRetraction(last.type) &&
      isVisibleTo(user, classificationOfStream(other, events))
    )
      throw new DomainError(
        'RECORD.WRONG_KIND_OF_REFERENCE',
        `${field}: ${id} is ${named(OTHER_KIND[kind])} on record, not ${named(kind)}`,
        { field, id, expected: kind, found: OTHER_KIND[kind] },
      );
  }
  throw error;
}
