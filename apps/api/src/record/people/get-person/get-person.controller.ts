import {
  BadRequestException,
  Controller,
  Get,
  Param,
  ParseUUIDPipe,
  Query,
  Res,
} from '@nestjs/common';
import { ApiOperation, ApiQuery, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  isIsoDate,
  personDecider,
  personErrors,
  personStream,
  titlesOn,
  type Person,
  type Position,
} from '@chancery/diplomacy';
import { StreamReader } from '@chancery/event-sourcing';
import { recordView, type RecordView } from '../../shared/record-view';
import { ViewerOf, type Viewer } from '../../shared/viewer';
import { Readers } from '../../shared/roles';

@ApiTags('people')
@Controller('people')
export class GetPersonController {
  constructor(private readonly reader: StreamReader) {}

  @Get(':id')
  @Readers()
  @ApiOperation({
    summary: 'A person with every post held; with ?on=YYYY-MM-DD, the posts held that day',
  })
  @ApiQuery({ name: 'on', required: false, example: '2024-10-14' })
  async get(
    @Param('id', ParseUUIDPipe) id: string,
    @Query('on') on: string | undefined,
    @Res({ passthrough: true }) reply: FastifyReply,
    @ViewerOf() viewer: Viewer,
  ): Promise<RecordView<Person> & { on?: string; positionsOn?: Position[] }> {
    if (on !== undefined && !isIsoDate(on)) {
      throw new BadRequestException({
        statusCode: 400,
        code: 'VALIDATION_FAILED',
        errors: [{ field: 'on', reason: 'on must be a YYYY-MM-DD date' }],
      });
    }
    const view = recordView(
      reply,
      id,
      await this.reader.load(personStream(id), personDecider),
      personErrors,
      viewer,
    );
    return on ? { ...view, on, positionsOn: titlesOn(view, on) } : view;
  }
}
