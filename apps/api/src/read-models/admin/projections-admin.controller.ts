import {
  ConflictException,
  Controller,
  Get,
  HttpCode,
  NotFoundException,
  Param,
  Post,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { RebuildInProgressError, UnknownProjectionError } from '@chancery/projections';
import { Admins } from '../../auth/auth.decorators';
import { ReadModelEngine } from '../shared/engine.provider';

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

  @Get('projections/dead-letters')
  async deadLetters() {
    return { items: await this.engine.deadLetters() };
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
