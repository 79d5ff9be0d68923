import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TopicsModule } from '../topics/topics.module';
import { ChangePledgeLevelController } from './change-pledge-level/change-pledge-level.controller';
import { CorrectPledgeController } from './correct-pledge/correct-pledge.controller';
import { CorrectPledgeHandler } from './correct-pledge/correct-pledge.handler';
import { FulfilPledgeController } from './fulfil-pledge/fulfil-pledge.controller';
import { GetPledgeController } from './get-pledge/get-pledge.controller';
import { LinkPledgeController } from './link-pledge/link-pledge.controller';
import { LinkPledgeHandler } from './link-pledge/link-pledge.handler';
import { LapsePledgeController } from './lapse-pledge/lapse-pledge.controller';
import { PledgeCooperationController } from './pledge-cooperation/pledge-cooperation.controller';
import { PledgeCooperationHandler } from './pledge-cooperation/pledge-cooperation.handler';
import { ReportPledgeProgressController } from './report-pledge-progress/report-pledge-progress.controller';
import { PledgeStepHandler } from './shared/pledge-step.handler';
import { RetractPledgeController } from './retract-pledge/retract-pledge.controller';
import { WithdrawPledgeController } from './withdraw-pledge/withdraw-pledge.controller';

@Module({
  imports: [CqrsModule, TopicsModule],
  controllers: [
    PledgeCooperationController,
    ReportPledgeProgressController,
    ChangePledgeLevelController,
    FulfilPledgeController,
    LapsePledgeController,
    WithdrawPledgeController,
    CorrectPledgeController,
    RetractPledgeController,
    LinkPledgeController,
    GetPledgeController,
  ],
  providers: [PledgeCooperationHandler, PledgeStepHandler, CorrectPledgeHandler, LinkPledgeHandler],
})
export class PledgesModule {}
