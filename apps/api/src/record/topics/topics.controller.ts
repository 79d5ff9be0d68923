import { Body, Controller, Get, HttpCode, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { IsNotEmpty, IsString, Matches, MaxLength } from 'class-validator';
import { topicDecider, topicVocabularyStream } from '@chancery/diplomacy';
import { CommandExecutor, type CommandMetadata } from '@chancery/event-sourcing';
import { RequestMetadata } from '../shared/request-metadata';
import { Readers } from '../shared/roles';
import { writeResponse, WriteResponse } from '../shared/write-response';
import { TopicVocabularyReader } from './topic-vocabulary';

export class AddTopicDto {
  @ApiProperty({
    example: 'space-industry',
    description: 'Stable key: lower-case words joined by hyphens',
  })
  @IsString()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: '$property must be lower-case words joined by hyphens',
  })
  @MaxLength(60)
  slug!: string;

  @ApiProperty({ example: 'Space industry' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  label!: string;
}

/** The areas of cooperation records are filed under. Reading is open to staff; adding is for admins. */
@ApiTags('topics')
@Controller('topics')
export class TopicsController {
  constructor(
    private readonly executor: CommandExecutor,
    private readonly vocabulary: TopicVocabularyReader,
  ) {}

  @Get()
  @Readers()
  @ApiOperation({ summary: 'The topic vocabulary: seed topics and those admins added' })
  @ApiOkResponse({ schema: { example: [{ slug: 'fintech', label: 'Financial technology' }] } })
  async list(): Promise<{ slug: string; label: string }[]> {
    const { topics } = await this.vocabulary.current();
    return Object.entries(topics).map(([slug, label]) => ({ slug, label }));
  }

  /** Admin only (no @Roles: the default). The vocabulary is one stream, so concurrent additions serialise. */
  @Post()
  @HttpCode(201)
  @ApiOperation({ summary: 'Add a topic to the vocabulary (admins)' })
  async add(
    @Body() dto: AddTopicDto,
    @RequestMetadata() metadata: CommandMetadata,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<WriteResponse> {
    const result = await this.executor.execute({
      id: dto.slug,
      streamId: topicVocabularyStream(),
      decider: topicDecider,
      command: { type: 'AddTopic', data: dto },
      metadata,
    });
    return writeResponse(reply, result);
  }
}
