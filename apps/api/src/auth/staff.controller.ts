import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { UserDirectory } from '@chancery/identity';
import { Roles } from './auth.decorators';

/**
 * Who work can be assigned to: the active members of staff and the desks they are on. Names and
 * desks only; roles, clearances and tokens stay with the administrators (`GET /users`).
 */
@ApiTags('users')
@ApiBearerAuth()
@Roles('recorder', 'analyst', 'auditor')
@Controller('staff')
export class StaffController {
  constructor(private readonly directory: UserDirectory) {}

  @Get()
  staff() {
    const people = this.directory
      .staff()
      .filter((user) => !user.roles.every((role) => role === 'admin'))
      .map(({ id, desks }) => ({ id, desks }));
    return { people, desks: this.directory.desks() };
  }
}
