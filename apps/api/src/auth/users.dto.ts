import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayNotEmpty, IsArray, IsIn, IsString, Matches } from 'class-validator';
import { CLASSIFICATIONS, ROLES } from '@chancery/identity';
import { Optional } from '../record/shared/dto';

export class RegisterUserDto {
  @ApiProperty({ example: 'h.bettel' })
  @IsString()
  name!: string;

  @ApiProperty({ example: ['recorder'], enum: ROLES, isArray: true })
  @IsArray()
  @ArrayNotEmpty()
  @IsIn(ROLES, { each: true })
  roles!: string[];

  @ApiProperty({ example: 'internal', enum: CLASSIFICATIONS })
  @IsIn(CLASSIFICATIONS)
  clearance!: string;

  @ApiPropertyOptional({
    example: '90d',
    description: 'Lifetime of the first token: 30m, 12h, 90d…',
  })
  @Optional()
  @Matches(/^\d{1,5}[mhd]$/)
  ttl?: string;
}

export class IssueTokenDto {
  @ApiPropertyOptional({ example: '90d' })
  @Optional()
  @Matches(/^\d{1,5}[mhd]$/)
  ttl?: string;
}
