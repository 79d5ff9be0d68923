import { Injectable } from '@nestjs/common';
import {
  SEED_TOPICS,
  requireKnownTopics,
  topicDecider,
  topicVocabularyStream,
  type TopicVocabulary,
} from '@chancery/diplomacy';
import { StreamReader } from '@chancery/event-sourcing';

const SEEDED = new Set(SEED_TOPICS.map((topic) => topic.slug));

/** The current topic vocabulary (seed + admin additions), for handlers that file records under topics. */
@Injectable()
export class TopicVocabularyReader {
  constructor(private readonly reader: StreamReader) {}

  async current(): Promise<TopicVocabulary> {
    return (await this.reader.load(topicVocabularyStream(), topicDecider)).state;
  }

  async requireKnown(slugs: readonly string[]): Promise<void> {
    // Seed topics are always in the vocabulary: only an added topic needs the stream read.
    if (slugs.every((slug) => SEEDED.has(slug))) return;
    requireKnownTopics(await this.current(), slugs);
  }
}
