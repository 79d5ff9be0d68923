import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsNotEmpty, IsObject, IsOptional, IsString, MaxLength } from 'class-validator';

export class EditDraftItemDto {
  @ApiProperty({
    description:
      'The item in the shape of a press-release record (shared/press-releases/*.expected.json)',
    type: Object,
  })
  @IsObject()
  value!: Record<string, unknown>;
}

export class RejectDraftItemDto {
  @ApiPropertyOptional({ nullable: true, example: 'not said in this release' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  reason?: string | null;
}
