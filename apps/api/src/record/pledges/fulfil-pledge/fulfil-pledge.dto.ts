import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { IsIsoDay, Optional, SourcedDto } from '../../shared/dto';

export class FulfilPledgeDto extends PickType(SourcedDto, ['sourceIds'] as const) {
  @ApiProperty({ example: '2026-06-30' })
  @IsIsoDay()
  fulfilledOn!: string;

  @ApiPropertyOptional({ example: 'SES confirms all 328 settlements connected', default: '' })
  @Optional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}
