import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetIndicatorController } from './get-indicator/get-indicator.controller';
import { RecordIndicatorController } from './record-indicator/record-indicator.controller';
import { RecordIndicatorHandler } from './record-indicator/record-indicator.handler';
import { CorrectIndicatorController } from './correct-indicator/correct-indicator.controller';
import { CorrectIndicatorHandler } from './correct-indicator/correct-indicator.handler';
import { RetractIndicatorController } from './retract-indicator/retract-indicator.controller';
import { RetractIndicatorHandler } from './retract-indicator/retract-indicator.handler';

@Module({
  imports: [CqrsModule],
  controllers: [
    RecordIndicatorController,
    GetIndicatorController,
    CorrectIndicatorController,
    RetractIndicatorController,
  ],
  providers: [RecordIndicatorHandler, CorrectIndicatorHandler, RetractIndicatorHandler],
})
export class IndicatorsModule {}
