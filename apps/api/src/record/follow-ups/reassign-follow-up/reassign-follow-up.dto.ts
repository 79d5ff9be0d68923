import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ReassignFollowUpDto {
  @ApiProperty({ description: 'User id of the new owner', example: 'desk-officer-eu' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  assignee!: string;
}
