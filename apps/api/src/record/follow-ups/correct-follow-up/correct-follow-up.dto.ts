import { ApiProperty, PartialType, PickType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../shared/dto';
import { AssignFollowUpDto } from '../assign-follow-up/assign-follow-up.dto';

/** What was recorded wrong; the owner and the due date change by reassignment and rescheduling. */
export class FollowUpChangesDto extends PartialType(
  PickType(AssignFollowUpDto, ['action', 'pledgeId', 'meetingId', 'classification'] as const),
  { skipNullProperties: false },
) {}

export class CorrectFollowUpDto extends ReasonDto {
  @ApiProperty({
    type: FollowUpChangesDto,
    example: { meetingId: '1d3c5b7a-9e8f-4a6b-8c2d-0e1f2a3b4c5d' },
  })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => FollowUpChangesDto)
  changes!: FollowUpChangesDto;
}
