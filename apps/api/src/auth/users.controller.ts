import { Body, Controller, Get, HttpCode, Param, Post, Req, UseFilters } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { UserAdministration } from '@chancery/identity';
import { Admins } from './auth.decorators';
import { IdentityErrorFilter } from './identity-error.filter';
import { IssueTokenDto, RegisterUserDto } from './users.dto';
import './request-user';

/** Staff administration over HTTP; the same use cases as `chancery users …`. */
@ApiTags('users')
@ApiBearerAuth()
@Admins()
@UseFilters(IdentityErrorFilter)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UserAdministration) {}

  @Get()
  list() {
    return this.users.list().map(({ id, status, roles, clearance, tokens }) => ({
      id,
      status,
      roles,
      clearance,
      tokens: tokens.map(({ tokenId, expiresAt }) => ({ tokenId, expiresAt })),
    }));
  }

  /** The token is in this response only; it cannot be shown again. */
  @Post()
  register(@Body() body: RegisterUserDto, @Req() request: FastifyRequest) {
    return this.users.register(body, actorOf(request));
  }

  @Post(':name/tokens')
  issueToken(
    @Param('name') name: string,
    @Body() body: IssueTokenDto,
    @Req() request: FastifyRequest,
  ) {
    return this.users.issueToken(name, body.ttl, actorOf(request));
  }

  @Post(':name/revoke')
  @HttpCode(204)
  async revoke(@Param('name') name: string, @Req() request: FastifyRequest): Promise<void> {
    await this.users.revoke(name, actorOf(request));
  }
}

function actorOf(request: FastifyRequest): string {
  // The guards ran before us: an admin is authenticated.
  return request.user!.id;
}
