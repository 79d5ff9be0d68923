import { ApiProperty } from '@nestjs/swagger';
import { IsIsoDay, ReasonDto } from '../../shared/dto';

export class RescheduleFollowUpDto extends ReasonDto {
  @ApiProperty({ example: '2024-11-29' })
  @IsIsoDay()
  dueDate!: string;
}
