import { Injectable } from '@nestjs/common';
import {
  DomainError,
  resolveTopic,
  topicDecider,
  topicVocabularyStream,
  type TopicCommand,
  type TopicVocabulary,
} from '@chancery/diplomacy';
import { WrongExpectedVersionError } from '@chancery/event-store';
import {
  CommandExecutor,
  StreamReader,
  type CommandMetadata,
  type CommandResult,
} from '@chancery/event-sourcing';

/**
 * What a record's topic entries are filed under (their slugs, as given: a retry of the same
 * request is the same command even across a merge), their survivors, and the topics to add once
 * the record is in.
 */
export type FiledTopics = {
  slugs: string[];
  survivors: string[];
  toAdd: Array<{ slug: string; label: string }>;
};

/** The vocabulary is one stream: a concurrent addition makes ours stale, so it is decided again. */
const STALE_RETRIES = 5;

/** The current topic vocabulary, for handlers that file records under topics. */
@Injectable()
export class TopicVocabularyReader {
  constructor(
    private readonly reader: StreamReader,
    private readonly executor: CommandExecutor,
  ) {}

  async current(): Promise<TopicVocabulary> {
    return (await this.reader.load(topicVocabularyStream(), topicDecider)).state;
  }

  /**
   * Each entry (a slug or a label, `field` naming it in errors) as the slug it is filed under, a
   * known one or a new one.
   */
  async fileUnder(field: string, entries: readonly string[]): Promise<FiledTopics> {
    if (entries.length === 0) return { slugs: [], survivors: [], toAdd: [] };
    const state = await this.current();
    const filed = entries.map((entry, i) => {
      try {
        return resolveTopic(state, entry);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const name = entries.length === 1 && !field.endsWith('s') ? field : `${field}[${i}]`;
        throw new DomainError(error.code, `${name}: ${error.message}`, { field: name });
      }
    });
    const toAdd = new Map(filed.flatMap((f) => (f.added ? [[f.added.slug, f.added]] : [])));
    return {
      slugs: [...new Set(filed.map((f) => f.slug))],
      survivors: [...new Set(filed.map((f) => f.survivor))],
      toAdd: [...toAdd.values()],
    };
  }

  /**
   * Writes a record filed under `entries` (slugs or labels): `write` gets their slugs, and
   * topics named for the first time are added only once it has succeeded, so a refused record
   * adds none.
   */
  async filing<R>(
    field: string,
    entries: readonly string[],
    metadata: CommandMetadata,
    write: (slugs: string[]) => Promise<R>,
  ): Promise<R> {
    const filed = await this.fileUnder(field, entries);
    const result = await write(filed.slugs);
    await this.addFiled(filed, metadata);
    return result;
  }

  /** Adds the topics a record named for the first time; called once that record is written. */
  private async addFiled(filed: FiledTopics, metadata: CommandMetadata): Promise<void> {
    for (const topic of filed.toAdd)
      await this.run({ type: 'AddTopic', data: topic }, topic.slug, {
        ...metadata,
        idempotencyKey: null,
      });
  }

  async run(
    command: TopicCommand,
    id: string,
    metadata: CommandMetadata,
  ): Promise<CommandResult<TopicVocabulary>> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.executor.execute({
          id,
          streamId: topicVocabularyStream(),
          decider: topicDecider,
          command,
          metadata,
        });
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= STALE_RETRIES) throw error;
      }
    }
  }
}
