import { Module } from '@nestjs/common';
import { TopicVocabularyReader } from './topic-vocabulary';
import { TopicsController } from './topics.controller';

@Module({
  controllers: [TopicsController],
  providers: [TopicVocabularyReader],
  exports: [TopicVocabularyReader],
})
export class TopicsModule {}
