import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetOrganisationController } from './get-organisation/get-organisation.controller';
import { RegisterOrganisationController } from './register-organisation/register-organisation.controller';
import { RegisterOrganisationHandler } from './register-organisation/register-organisation.handler';

@Module({
  imports: [CqrsModule],
  controllers: [RegisterOrganisationController, GetOrganisationController],
  providers: [RegisterOrganisationHandler],
})
export class OrganisationsModule {}
