import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { PLEDGE_LEVELS, type PledgeLevel } from '@chancery/diplomacy';
import { IsPartialDate, SourcedDto } from '../../shared/dto';

export class ChangePledgeLevelDto extends PickType(SourcedDto, ['sourceIds'] as const) {
  @ApiProperty({ enum: PLEDGE_LEVELS, example: 'signed-agreement' })
  @IsIn(PLEDGE_LEVELS)
  to!: PledgeLevel;

  @ApiProperty({ description: 'As precise as the source states it', example: '2025-02' })
  @IsPartialDate()
  on!: string;
}
