import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetVisitController } from './get-visit/get-visit.controller';
import { RecordVisitController } from './record-visit/record-visit.controller';
import { RecordVisitHandler } from './record-visit/record-visit.handler';
import { CorrectVisitController } from './correct-visit/correct-visit.controller';
import { CorrectVisitHandler } from './correct-visit/correct-visit.handler';
import { RetractVisitController } from './retract-visit/retract-visit.controller';
import { RetractVisitHandler } from './retract-visit/retract-visit.handler';

@Module({
  imports: [CqrsModule],
  controllers: [
    RecordVisitController,
    GetVisitController,
    CorrectVisitController,
    RetractVisitController,
  ],
  providers: [RecordVisitHandler, CorrectVisitHandler, RetractVisitHandler],
})
export class VisitsModule {}
