import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { IdentityModule } from '@chancery/identity';
import { AssignFollowUpController } from './assign-follow-up/assign-follow-up.controller';
import { AssignFollowUpHandler } from './assign-follow-up/assign-follow-up.handler';
import { CancelFollowUpController } from './cancel-follow-up/cancel-follow-up.controller';
import { CompleteFollowUpController } from './complete-follow-up/complete-follow-up.controller';
import { CorrectFollowUpController } from './correct-follow-up/correct-follow-up.controller';
import { CorrectFollowUpHandler } from './correct-follow-up/correct-follow-up.handler';
import { FollowUpStepHandler } from './shared/follow-up-step.handler';
import { GetFollowUpController } from './get-follow-up/get-follow-up.controller';
import { ReassignFollowUpController } from './reassign-follow-up/reassign-follow-up.controller';
import { RescheduleFollowUpController } from './reschedule-follow-up/reschedule-follow-up.controller';

@Module({
  imports: [CqrsModule, IdentityModule],
  controllers: [
    AssignFollowUpController,
    ReassignFollowUpController,
    RescheduleFollowUpController,
    CompleteFollowUpController,
    CancelFollowUpController,
    CorrectFollowUpController,
    GetFollowUpController,
  ],
  providers: [FollowUpStepHandler, AssignFollowUpHandler, CorrectFollowUpHandler],
})
export class FollowUpsModule {}
