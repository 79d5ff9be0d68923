import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetSourceController } from './get-source/get-source.controller';
import { RegisterSourceController } from './register-source/register-source.controller';
import { RegisterSourceHandler } from './register-source/register-source.handler';

@Module({
  imports: [CqrsModule],
  controllers: [RegisterSourceController, GetSourceController],
  providers: [RegisterSourceHandler],
})
export class SourcesModule {}
