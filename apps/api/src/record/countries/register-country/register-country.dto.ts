import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { CLASSIFICATIONS, type Classification } from '@chancery/diplomacy';

export class RegisterCountryDto {
  @ApiPropertyOptional({ enum: CLASSIFICATIONS, default: 'public' })
  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}
