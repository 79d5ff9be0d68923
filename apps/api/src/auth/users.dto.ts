import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayNotEmpty, IsArray, IsIn, IsString, Length, Matches } from 'class-validator';
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

export class DeskDto {
  @ApiProperty({
    example: 'Benelux',
    description: "A desk's name: 2 to 60 letters, digits, spaces, & ' -",
  })
  @IsString()
  @Length(2, 60)
  desk!: string;
}
