import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { IsIsoDay, Optional } from '../../shared/dto';

export class CompleteFollowUpDto {
  @ApiProperty({
    example: 'SES sent the list of settlements; the ministry of digital development has it',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  outcome!: string;

  @ApiPropertyOptional({ description: 'Defaults to today', example: '2024-11-12' })
  @Optional()
  @IsIsoDay()
  completedOn?: string;
}
