import {
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  Post,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { rightsStillStand, UserAdministration, type Acting } from '@chancery/identity';
import { listResponse } from '../read-models/shared/csv';
import { PageQuery } from '../read-models/shared/query.dto';
import { Admins } from './auth.decorators';
import { IdentityErrorFilter } from './identity-error.filter';
import { DeskDto, IssueTokenDto, RegisterUserDto } from './users.dto';
import './request-user';

/** Staff administration over HTTP; the same use cases as `chancery users …`. */
@ApiTags('users')
@ApiBearerAuth()
@Admins()
@UseFilters(IdentityErrorFilter)
@Controller('users')
export class UsersController {
  constructor(private readonly users: UserAdministration) {}

  /** A page of the staff, by name; CSV with `Accept: text/csv`. */
  @Get()
  list(
    @Query() q: PageQuery,
    @Req() request: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const all = this.users.list();
    const items = all
      .slice(q.offset, q.offset + q.limit)
      .map(({ id, status, roles, clearance, desks, tokens }) => ({
        id,
        status,
        roles,
        clearance,
        desks,
        tokens: tokens.map(({ tokenId, expiresAt }) => ({ tokenId, expiresAt })),
      }));
    const page = { items, total: all.length, limit: q.limit, offset: q.offset };
    return listResponse(request, reply, page, [
      'id',
      'status',
      'roles',
      'clearance',
      'desks',
      'tokens',
    ]);
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

  /** Puts a member of staff on a desk (a team): its follow-ups become theirs to share. */
  @Post(':name/desks')
  @HttpCode(204)
  async joinDesk(
    @Param('name') name: string,
    @Body() body: DeskDto,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.users.joinDesk(name, body.desk, actorOf(request));
  }

  @Delete(':name/desks/:desk')
  @HttpCode(204)
  async leaveDesk(
    @Param('name') name: string,
    @Param('desk') desk: string,
    @Req() request: FastifyRequest,
  ): Promise<void> {
    await this.users.leaveDesk(name, desk, actorOf(request));
  }

  @Post(':name/revoke')
  @HttpCode(204)
  async revoke(@Param('name') name: string, @Req() request: FastifyRequest): Promise<void> {
    await this.users.revoke(name, actorOf(request));
  }
}

function actorOf(request: FastifyRequest): Acting {
  // The guards ran before us: an admin is authenticated.
  return { id: request.user!.id, rights: rightsStillStand(request.user!) };
}
