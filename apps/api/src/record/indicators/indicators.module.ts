import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetIndicatorController } from './get-indicator/get-indicator.controller';
import { RecordIndicatorController } from './record-indicator/record-indicator.controller';
import { RecordIndicatorHandler } from './record-indicator/record-indicator.handler';

@Module({
  imports: [CqrsModule],
  controllers: [RecordIndicatorController, GetIndicatorController],
  providers: [RecordIndicatorHandler],
})
export class IndicatorsModule {}
