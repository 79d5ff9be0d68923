import { ApiProperty, ApiPropertyOptional, PickType } from '@nestjs/swagger';
import { IsString, MaxLength, ValidateIf } from 'class-validator';
import { IsPartialDate, Optional, SourcedDto } from '../../shared/dto';

export class FulfilPledgeDto extends PickType(SourcedDto, ['sourceIds'] as const) {
  @ApiProperty({
    description: 'As precise as the source states it; null = not stated',
    example: '2026-06',
    nullable: true,
  })
  @ValidateIf((_object: object, value: unknown) => value !== null)
  @IsPartialDate()
  fulfilledOn!: string | null;

  @ApiPropertyOptional({ example: 'SES confirms all 328 settlements connected', default: '' })
  @Optional()
  @IsString()
  @MaxLength(4000)
  note?: string;
}
