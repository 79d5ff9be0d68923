import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CLASSIFICATIONS, type Classification } from '@chancery/diplomacy';
import { IsIsoDay, Optional } from '../../shared/dto';

export class AssignFollowUpDto {
  @ApiPropertyOptional({
    description: 'Client-chosen UUID (retry-safe creation); generated when absent',
  })
  @Optional()
  @IsUUID()
  followUpId?: string;

  @ApiProperty({
    description: 'What is to be done',
    example: 'Ask SES for the list of the 328 settlements and the connection schedule',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  action!: string;

  @ApiProperty({
    description: "Who owns it: a member of staff's user name, or a desk as desk:<name>",
    example: 'desk:Central Asia',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  assignee!: string;

  @ApiProperty({ example: '2024-11-15' })
  @IsIsoDay()
  dueDate!: string;

  @ApiPropertyOptional({
    description: 'The pledge it follows up (a pledge, a meeting, or both)',
    nullable: true,
  })
  @IsOptional()
  @IsUUID()
  pledgeId?: string | null;

  @ApiPropertyOptional({ description: 'The meeting it follows up', nullable: true })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;

  @ApiPropertyOptional({ enum: CLASSIFICATIONS, default: 'internal' })
  @Optional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}
