import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetStatementController } from './get-statement/get-statement.controller';
import { RecordStatementController } from './record-statement/record-statement.controller';
import { RecordStatementHandler } from './record-statement/record-statement.handler';

@Module({
  imports: [CqrsModule],
  controllers: [RecordStatementController, GetStatementController],
  providers: [RecordStatementHandler],
})
export class StatementsModule {}
