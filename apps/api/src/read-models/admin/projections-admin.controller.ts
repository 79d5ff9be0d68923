import {
  ConflictException,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { RebuildInProgressError, UnknownProjectionError } from '@chancery/projections';
import { Admins } from '../../auth/auth.decorators';
import { listResponse } from '../shared/csv';
import { ReadModelEngine } from '../shared/engine.provider';
import { PageQuery } from '../shared/query.dto';

/** Operators' view of the projections: lag, dead letters, rebuild without downtime. */
@ApiTags('projections')
@Admins()
@Controller()
export class ProjectionsAdminController {
  constructor(private readonly engine: ReadModelEngine) {}

  @Get('projections/status')
  async status() {
    return { projections: await this.engine.status() };
  }

  /** A page of the dead letters of every generation; CSV with `Accept: text/csv`. */
  @Get('projections/dead-letters')
  async deadLetters(
    @Query() q: PageQuery,
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const all = await this.engine.deadLetters();
    const page = {
      items: all.slice(q.offset, q.offset + q.limit),
      total: all.length,
      limit: q.limit,
      offset: q.offset,
    };
    return listResponse(req, reply, page, [
      'name',
      'generation',
      'position',
      'eventId',
      'eventType',
      'error',
      'at',
    ]);
  }

  /** Builds the next generation beside the live one; it takes over once caught up. */
  @Post('admin/projections/:name/rebuild')
  @HttpCode(202)
  async rebuild(@Param('name') name: string) {
    const [next] = await known(() => this.engine.rebuild(name));
    return { projection: name, generation: next.generation, state: 'building' };
  }

  /** Retries a halted projection from its poison event (after a fix). */
  @Post('admin/projections/:name/resume')
  @HttpCode(202)
  async resume(@Param('name') name: string) {
    await known(() => this.engine.resume(name));
    return { projection: name, state: 'resumed' };
  }
}

async function known<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof UnknownProjectionError)
      throw new NotFoundException({ statusCode: 404, code: error.code, message: error.message });
    if (error instanceof RebuildInProgressError)
      throw new ConflictException({ statusCode: 409, code: error.code, message: error.message });
    throw error;
  }
}
