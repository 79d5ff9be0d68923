import { ApiProperty, PickType, IntersectionType } from '@nestjs/swagger';
import { IsIsoDay, ReasonDto, SourcedDto } from '../../shared/dto';

export class WithdrawPledgeDto extends IntersectionType(
  ReasonDto,
  PickType(SourcedDto, ['sourceIds'] as const),
) {
  @ApiProperty({ example: '2025-03-01' })
  @IsIsoDay()
  withdrawnOn!: string;
}
