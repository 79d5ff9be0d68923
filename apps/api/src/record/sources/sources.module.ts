import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetSourceController } from './get-source/get-source.controller';
import { RegisterSourceController } from './register-source/register-source.controller';
import { RegisterSourceHandler } from './register-source/register-source.handler';
import { CorrectSourceController } from './correct-source/correct-source.controller';
import { CorrectSourceHandler } from './correct-source/correct-source.handler';
import { RetractSourceController } from './retract-source/retract-source.controller';
import { RetractSourceHandler } from './retract-source/retract-source.handler';

@Module({
  imports: [CqrsModule],
  controllers: [
    RegisterSourceController,
    GetSourceController,
    CorrectSourceController,
    RetractSourceController,
  ],
  providers: [RegisterSourceHandler, CorrectSourceHandler, RetractSourceHandler],
})
export class SourcesModule {}
