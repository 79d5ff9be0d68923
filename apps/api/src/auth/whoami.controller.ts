import { Controller, Get, Req } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { ROLES } from '@chancery/identity';
import { Roles } from './auth.decorators';
import './request-user';

@ApiTags('users')
@ApiBearerAuth()
@Controller('auth')
export class WhoAmIController {
  /** Who the presented token belongs to: any member of staff may ask. */
  @Get('me')
  @Roles(...ROLES)
  me(@Req() request: FastifyRequest) {
    const { id, roles, clearance, desks } = request.user!;
    return { id, roles, clearance, desks };
  }
}
