import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsObject } from 'class-validator';

export const ADDABLE_KINDS = ['visits', 'meetings', 'pledges', 'statements', 'indicators'] as const;

export class AddDraftItemDto {
  @ApiProperty({ enum: ADDABLE_KINDS, example: 'meetings' })
  @IsIn(ADDABLE_KINDS)
  kind!: (typeof ADDABLE_KINDS)[number];

  @ApiProperty({
    description:
      'The record in the shape of a press-release record (shared/press-releases/*.expected.json)',
    type: Object,
  })
  @IsObject()
  value!: Record<string, unknown>;
}
