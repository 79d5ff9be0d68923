import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { TopicsModule } from '../topics/topics.module';
import { ChangePledgeLevelController } from './change-pledge-level/change-pledge-level.controller';
import { ChangePledgeLevelHandler } from './change-pledge-level/change-pledge-level.handler';
import { CorrectPledgeController } from './correct-pledge/correct-pledge.controller';
import { CorrectPledgeHandler } from './correct-pledge/correct-pledge.handler';
import { FulfilPledgeController } from './fulfil-pledge/fulfil-pledge.controller';
import { FulfilPledgeHandler } from './fulfil-pledge/fulfil-pledge.handler';
import { GetPledgeController } from './get-pledge/get-pledge.controller';
import { LapsePledgeController } from './lapse-pledge/lapse-pledge.controller';
import { LapsePledgeHandler } from './lapse-pledge/lapse-pledge.handler';
import { PledgeCooperationController } from './pledge-cooperation/pledge-cooperation.controller';
import { PledgeCooperationHandler } from './pledge-cooperation/pledge-cooperation.handler';
import { ReportPledgeProgressController } from './report-pledge-progress/report-pledge-progress.controller';
import { ReportPledgeProgressHandler } from './report-pledge-progress/report-pledge-progress.handler';
import { RetractPledgeController } from './retract-pledge/retract-pledge.controller';
import { RetractPledgeHandler } from './retract-pledge/retract-pledge.handler';
import { WithdrawPledgeController } from './withdraw-pledge/withdraw-pledge.controller';
import { WithdrawPledgeHandler } from './withdraw-pledge/withdraw-pledge.handler';

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
    GetPledgeController,
  ],
  providers: [
    PledgeCooperationHandler,
    ReportPledgeProgressHandler,
    ChangePledgeLevelHandler,
    FulfilPledgeHandler,
    LapsePledgeHandler,
    WithdrawPledgeHandler,
    CorrectPledgeHandler,
    RetractPledgeHandler,
  ],
})
export class PledgesModule {}
