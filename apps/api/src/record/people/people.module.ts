import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { AppointPersonController } from './appoint-person/appoint-person.controller';
import { AppointPersonHandler } from './appoint-person/appoint-person.handler';
import { GetPersonController } from './get-person/get-person.controller';
import { RegisterPersonController } from './register-person/register-person.controller';
import { RegisterPersonHandler } from './register-person/register-person.handler';

@Module({
  imports: [CqrsModule],
  controllers: [RegisterPersonController, AppointPersonController, GetPersonController],
  providers: [RegisterPersonHandler, AppointPersonHandler],
})
export class PeopleModule {}
