import { Injectable } from '@nestjs/common';
import {
  requireKnownTopics,
  topicDecider,
  topicVocabularyStream,
  type TopicVocabulary,
} from '@chancery/diplomacy';
import { StreamReader } from '@chancery/event-sourcing';

/** The current topic vocabulary (seed + admin additions), for handlers that file records under topics. */
@Injectable()
export class TopicVocabularyReader {
  constructor(private readonly reader: StreamReader) {}

  async current(): Promise<TopicVocabulary> {
    return (await this.reader.load(topicVocabularyStream(), topicDecider)).state;
  }

  async requireKnown(slugs: readonly string[]): Promise<void> {
    if (slugs.length > 0) requireKnownTopics(await this.current(), slugs);
  }
}
