import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AppointPersonController } from './appoint-person/appoint-person.controller';
import { AppointPersonHandler } from './appoint-person/appoint-person.handler';
import { GetPersonController } from './get-person/get-person.controller';
import { RegisterPersonController } from './register-person/register-person.controller';
import { RegisterPersonHandler } from './register-person/register-person.handler';
import { CorrectPersonController } from './correct-person/correct-person.controller';
import { CorrectPersonHandler } from './correct-person/correct-person.handler';
import { RetractPersonController } from './retract-person/retract-person.controller';
import { RetractPersonHandler } from './retract-person/retract-person.handler';

@Module({
  imports: [CqrsModule],
  controllers: [
    RegisterPersonController,
    AppointPersonController,
    GetPersonController,
    CorrectPersonController,
    RetractPersonController,
  ],
  providers: [
    RegisterPersonHandler,
    AppointPersonHandler,
    CorrectPersonHandler,
    RetractPersonHandler,
  ],
})
export class PeopleModule {}
