import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../shared/dto';
import { RecordMeetingDto } from '../record-meeting/record-meeting.dto';

/** Any of the meeting's facts; only those that differ from the record are kept. */
export class MeetingChangesDto extends PartialType(
  OmitType(RecordMeetingDto, ['meetingId'] as const),
  { skipNullProperties: false },
) {}

export class CorrectMeetingDto extends ReasonDto {
  @ApiProperty({
    type: MeetingChangesDto,
    example: { topics: ['fintech', 'green-energy', 'security'] },
  })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => MeetingChangesDto)
  changes!: MeetingChangesDto;
}
