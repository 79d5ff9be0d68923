import { ApiProperty } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import type { CommandResult } from '@chancery/event-sourcing';
import { etagOf } from './if-match';

/** The answer to every write: enough to read your own write back from any projection. */
export class WriteResponse {
  @ApiProperty({ example: '7b0c3d1e-2a41-4c55-9a39-3f0d2b7e9c10' })
  id!: string;
  @ApiProperty({
    description: "The record's revision after the write; also sent as the ETag",
    example: 0,
  })
  revision!: number;
  @ApiProperty({
    description:
      'Global log position of the last event written; projections caught up to it reflect this write',
    example: 42,
  })
  position!: number;
}

/** Sets the ETag (and `Idempotent-Replayed` on a retry) and shapes the body. */
export function writeResponse(reply: FastifyReply, result: CommandResult<unknown>): WriteResponse {
  void reply.header('ETag', etagOf(result.revision));
  if (result.replayed) void reply.header('Idempotent-Replayed', 'true');
  return { id: result.id, revision: result.revision, position: result.position };
}
