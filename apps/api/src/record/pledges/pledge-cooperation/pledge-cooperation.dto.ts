import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PLEDGE_LEVELS, type Measure, type PledgeLevel } from '@chancery/diplomacy';
import { IsIsoDay, Nested, Optional, PartyRefDto, SourcedDto } from '../../shared/dto';
import { OptionalMeasure } from '../measure';

export class PledgeCooperationDto extends SourcedDto {
  @ApiPropertyOptional({
    description: 'Client-chosen UUID (retry-safe creation); generated when absent',
  })
  @Optional()
  @IsUUID()
  pledgeId?: string;

  @ApiProperty({
    type: PartyRefDto,
    description: 'Who promises: a country, an organisation or a person on record',
    example: { kind: 'organisation', id: '9c1f2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f' },
  })
  @Nested(() => PartyRefDto)
  pledger!: PartyRefDto;

  @ApiProperty({
    type: PartyRefDto,
    description: 'To whom, or for whose benefit',
    example: { kind: 'country', id: 'KAZ' },
  })
  @Nested(() => PartyRefDto)
  beneficiary!: PartyRefDto;

  @ApiProperty({
    description: 'Area of cooperation (a topic slug)',
    example: 'satellite-communications',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  area!: string;

  @ApiProperty({
    description: 'What is promised, in words',
    example: 'Provide 328 settlements in Kazakhstan with stable internet via European satellites',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  commitment!: string;

  @ApiProperty({ enum: PLEDGE_LEVELS, example: 'expressed-intent' })
  @IsIn(PLEDGE_LEVELS)
  level!: PledgeLevel;

  @OptionalMeasure('A quantified target where there is one', { quantity: 328, unit: 'settlements' })
  target?: Measure | null;

  @ApiPropertyOptional({ example: '2026-12-31', nullable: true })
  @IsOptional()
  @IsIsoDay()
  targetDate?: string | null;

  @ApiPropertyOptional({ description: 'The meeting it was made at', nullable: true })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;

  @ApiProperty({ example: '2024-10-14' })
  @IsIsoDay()
  pledgedOn!: string;
}
