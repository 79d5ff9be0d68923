import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetStatementController } from './get-statement/get-statement.controller';
import { RecordStatementController } from './record-statement/record-statement.controller';
import { RecordStatementHandler } from './record-statement/record-statement.handler';
import { CorrectStatementController } from './correct-statement/correct-statement.controller';
import { CorrectStatementHandler } from './correct-statement/correct-statement.handler';
import { RetractStatementController } from './retract-statement/retract-statement.controller';
import { RetractStatementHandler } from './retract-statement/retract-statement.handler';

@Module({
  imports: [CqrsModule],
  controllers: [
    RecordStatementController,
    GetStatementController,
    CorrectStatementController,
    RetractStatementController,
  ],
  providers: [RecordStatementHandler, CorrectStatementHandler, RetractStatementHandler],
})
export class StatementsModule {}
