import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetOrganisationController } from './get-organisation/get-organisation.controller';
import { RegisterOrganisationController } from './register-organisation/register-organisation.controller';
import { RegisterOrganisationHandler } from './register-organisation/register-organisation.handler';
import { CorrectOrganisationController } from './correct-organisation/correct-organisation.controller';
import { CorrectOrganisationHandler } from './correct-organisation/correct-organisation.handler';
import { RetractOrganisationController } from './retract-organisation/retract-organisation.controller';
import { RetractOrganisationHandler } from './retract-organisation/retract-organisation.handler';

@Module({
  imports: [CqrsModule],
  controllers: [
    RegisterOrganisationController,
    GetOrganisationController,
    CorrectOrganisationController,
    RetractOrganisationController,
  ],
  providers: [RegisterOrganisationHandler, CorrectOrganisationHandler, RetractOrganisationHandler],
})
export class OrganisationsModule {}
