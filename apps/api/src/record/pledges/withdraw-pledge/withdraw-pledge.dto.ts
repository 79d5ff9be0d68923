import { ApiProperty, PickType, IntersectionType } from '@nestjs/swagger';
import { IsPartialDate, ReasonDto, SourcedDto } from '../../shared/dto';

export class WithdrawPledgeDto extends IntersectionType(
  ReasonDto,
  PickType(SourcedDto, ['sourceIds'] as const),
) {
  @ApiProperty({ description: 'As precise as the source states it', example: '2025-03' })
  @IsPartialDate()
  withdrawnOn!: string;
}
