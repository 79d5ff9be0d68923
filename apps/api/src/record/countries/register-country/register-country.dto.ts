import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn } from 'class-validator';
import { CLASSIFICATIONS, type Classification } from '@chancery/diplomacy';
import { Optional } from '../../shared/dto';

export class RegisterCountryDto {
  @ApiPropertyOptional({ enum: CLASSIFICATIONS, default: 'public' })
  @Optional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}
