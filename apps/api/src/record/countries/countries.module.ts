import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { GetCountryController } from './get-country/get-country.controller';
import { RegisterCountryController } from './register-country/register-country.controller';
import { RegisterCountryHandler } from './register-country/register-country.handler';

@Module({
  imports: [CqrsModule],
  controllers: [RegisterCountryController, GetCountryController],
  providers: [RegisterCountryHandler],
})
export class CountriesModule {}
