import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AssignFollowUpController } from './assign-follow-up/assign-follow-up.controller';
import { AssignFollowUpHandler } from './assign-follow-up/assign-follow-up.handler';
import { CancelFollowUpController } from './cancel-follow-up/cancel-follow-up.controller';
import { CancelFollowUpHandler } from './cancel-follow-up/cancel-follow-up.handler';
import { CompleteFollowUpController } from './complete-follow-up/complete-follow-up.controller';
import { CompleteFollowUpHandler } from './complete-follow-up/complete-follow-up.handler';
import { CorrectFollowUpController } from './correct-follow-up/correct-follow-up.controller';
import { CorrectFollowUpHandler } from './correct-follow-up/correct-follow-up.handler';
import { GetFollowUpController } from './get-follow-up/get-follow-up.controller';
import { ReassignFollowUpController } from './reassign-follow-up/reassign-follow-up.controller';
import { ReassignFollowUpHandler } from './reassign-follow-up/reassign-follow-up.handler';
import { RescheduleFollowUpController } from './reschedule-follow-up/reschedule-follow-up.controller';
import { RescheduleFollowUpHandler } from './reschedule-follow-up/reschedule-follow-up.handler';

@Module({
  imports: [CqrsModule],
  controllers: [
    AssignFollowUpController,
    ReassignFollowUpController,
    RescheduleFollowUpController,
    CompleteFollowUpController,
    CancelFollowUpController,
    CorrectFollowUpController,
    GetFollowUpController,
  ],
  providers: [
    AssignFollowUpHandler,
    ReassignFollowUpHandler,
    RescheduleFollowUpHandler,
    CompleteFollowUpHandler,
    CancelFollowUpHandler,
    CorrectFollowUpHandler,
  ],
})
export class FollowUpsModule {}
