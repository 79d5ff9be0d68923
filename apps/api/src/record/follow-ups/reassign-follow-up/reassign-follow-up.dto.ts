import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class ReassignFollowUpDto {
  @ApiProperty({
    description: "The new owner: a member of staff's user name, or a desk as desk:<name>",
    example: 'desk:Benelux',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  assignee!: string;
}
