import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AppointPersonController } from './appoint-person/appoint-person.controller';
import { AppointPersonHandler } from './appoint-person/appoint-person.handler';
import { GetPersonController } from './get-person/get-person.controller';
import { RegisterPersonController } from './register-person/register-person.controller';
import { RegisterPersonHandler } from './register-person/register-person.handler';
import { CorrectPersonController } from './correct-person/correct-person.controller';
import { CorrectPersonHandler } from './correct-person/correct-person.handler';
import { CorrectPositionController } from './correct-position/correct-position.controller';
import { CorrectPositionHandler } from './correct-position/correct-position.handler';
import { RetractPersonController } from './retract-person/retract-person.controller';
import { RetractPersonHandler } from './retract-person/retract-person.handler';

@Module({
  imports: [CqrsModule],
  controllers: [
    RegisterPersonController,
    AppointPersonController,
    GetPersonController,
    CorrectPersonController,
    CorrectPositionController,
    RetractPersonController,
  ],
  providers: [
    RegisterPersonHandler,
    AppointPersonHandler,
    CorrectPersonHandler,
    CorrectPositionHandler,
    RetractPersonHandler,
  ],
})
export class PeopleModule {}
