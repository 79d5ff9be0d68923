import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TopicsModule } from '../topics/topics.module';
import { CorrectMeetingController } from './correct-meeting/correct-meeting.controller';
import { CorrectMeetingHandler } from './correct-meeting/correct-meeting.handler';
import { GetMeetingController } from './get-meeting/get-meeting.controller';
import { RecordMeetingController } from './record-meeting/record-meeting.controller';
import { RecordMeetingHandler } from './record-meeting/record-meeting.handler';
import { RetractMeetingController } from './retract-meeting/retract-meeting.controller';
import { RetractMeetingHandler } from './retract-meeting/retract-meeting.handler';

@Module({
  imports: [CqrsModule, TopicsModule],
  controllers: [
    RecordMeetingController,
    CorrectMeetingController,
    RetractMeetingController,
    GetMeetingController,
  ],
  providers: [RecordMeetingHandler, CorrectMeetingHandler, RetractMeetingHandler],
})
export class MeetingsModule {}
