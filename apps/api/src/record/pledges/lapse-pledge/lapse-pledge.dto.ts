import { ApiProperty } from '@nestjs/swagger';
import { IsIsoDay, ReasonDto } from '../../shared/dto';

export class LapsePledgeDto extends ReasonDto {
  @ApiProperty({ example: '2027-01-01' })
  @IsIsoDay()
  lapsedOn!: string;
}
