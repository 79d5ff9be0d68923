import { Body, Controller, Get, HttpCode, Param, Post, Res } from '@nestjs/common';
import {
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
} from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { slugsReadAs } from '@chancery/diplomacy';
import type { CommandMetadata } from '@chancery/event-sourcing';
import { Admins, Roles } from '../../auth/auth.decorators';
import { Optional } from '../shared/dto';
import { RequestMetadata } from '../shared/request-metadata';
import { Readers } from '../shared/roles';
import { writeResponse, WriteResponse } from '../shared/write-response';
import { TopicVocabularyReader } from './topic-vocabulary';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const SLUG_MESSAGE = '$property must be lower-case words joined by hyphens';

export class AddTopicDto {
  @ApiPropertyOptional({
    example: 'space-industry',
    description:
      'Stable key: lower-case words joined by hyphens. Made from the label when left out',
  })
  @Optional()
  @IsString()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(60)
  slug?: string;

  @ApiProperty({ example: 'Space industry' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  label!: string;
}

export class MergeTopicDto {
  @ApiProperty({ example: 'satellite-communications', description: 'The topic that survives' })
  @IsString()
  @Matches(SLUG, { message: SLUG_MESSAGE })
  @MaxLength(60)
  into!: string;
}

export class RenameTopicDto {
  @ApiProperty({ example: 'Space and satellites' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  label!: string;
}

/**
 * The areas of cooperation records are filed under. Reading is open to staff; recorders add
 * topics (as admins may); merging and renaming are for admins. All of it is one stream, so
 * concurrent changes serialise.
 */
@ApiTags('topics')
@Controller('topics')
export class TopicsController {
  constructor(private readonly vocabulary: TopicVocabularyReader) {}

  @Get()
  @Readers()
  @ApiOperation({ summary: 'The live topics, each with the merged-away slugs read as it' })
  @ApiOkResponse({
    schema: {
      example: [{ slug: 'fintech', label: 'Financial technology', merged: ['digital-finance'] }],
    },
  })
  async list(): Promise<{ slug: string; label: string; merged: string[] }[]> {
    const state = await this.vocabulary.current();
    return Object.entries(state.topics).map(([slug, label]) => ({
      slug,
      label,
      merged: slugsReadAs(state, slug).filter((s) => s !== slug),
    }));
  }

  /** Idempotent: a label whose slug is known (or merged away) adds nothing and names that topic. */
  @Post()
  @HttpCode(201)
  @Roles('recorder', 'admin')
  @ApiOperation({ summary: 'Add a topic to the vocabulary (recorders, admins)' })
  async add(
    @Body() dto: AddTopicDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse & { slug: string }> {
    const given = dto.slug ?? dto.label;
    const filed = await this.vocabulary.fileUnder(dto.slug ? 'slug' : 'label', [given]);
    // A merged-away slug or its label names the survivor: that is the topic the caller means.
    const slug = filed.survivors[0];
    const result = await this.vocabulary.run(
      { type: 'AddTopic', data: { slug, label: dto.label } },
      slug,
      metadata,
    );
    return { ...writeResponse(reply, result), slug };
  }

  @Post(':slug/merge')
  @HttpCode(201)
  @Admins()
  @ApiOperation({ summary: 'Merge a topic into another; records naming it read as the survivor' })
  async merge(
    @Param('slug') slug: string,
    @Body() dto: MergeTopicDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.vocabulary.run(
      { type: 'MergeTopics', data: { from: slug, into: dto.into } },
      dto.into,
      metadata,
    );
    return writeResponse(reply, result);
  }

  @Post(':slug/rename')
  @HttpCode(201)
  @Admins()
  @ApiOperation({ summary: 'Give a topic a new label; its slug stays' })
  async rename(
    @Param('slug') slug: string,
    @Body() dto: RenameTopicDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.vocabulary.run(
      { type: 'RenameTopic', data: { slug, label: dto.label } },
      slug,
      metadata,
    );
    return writeResponse(reply, result);
  }
}
