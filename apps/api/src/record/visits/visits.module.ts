import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetVisitController } from './get-visit/get-visit.controller';
import { RecordVisitController } from './record-visit/record-visit.controller';
import { RecordVisitHandler } from './record-visit/record-visit.handler';

@Module({
  imports: [CqrsModule],
  controllers: [RecordVisitController, GetVisitController],
  providers: [RecordVisitHandler],
})
export class VisitsModule {}
