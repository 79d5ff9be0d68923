import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsUUID } from 'class-validator';
import {
  LINK_CERTAINTIES,
  PLEDGE_RELATIONS,
  type LinkCertainty,
  type PledgeRelation,
} from '@chancery/diplomacy';
import { Optional, ReasonDto } from '../../shared/dto';

export class LinkPledgeDto {
  @ApiProperty({
    enum: PLEDGE_RELATIONS,
    description:
      'part-of a larger envelope, follows-from an earlier pledge, or the same-as one reported again',
    example: 'part-of',
  })
  @IsIn(PLEDGE_RELATIONS)
  relation!: PledgeRelation;

  @ApiProperty({ description: 'The other pledge (its id)' })
  @IsUUID()
  otherPledgeId!: string;

  @ApiPropertyOptional({
    enum: LINK_CERTAINTIES,
    default: 'tentative',
    description: 'tentative until confirmed; linking again with confirmed confirms it',
  })
  @Optional()
  @IsIn(LINK_CERTAINTIES)
  certainty?: LinkCertainty;
}

export class UnlinkPledgeDto extends ReasonDto {
  @ApiProperty({ enum: PLEDGE_RELATIONS, example: 'same-as' })
  @IsIn(PLEDGE_RELATIONS)
  relation!: PledgeRelation;

  @ApiProperty({ description: 'The other pledge (its id)' })
  @IsUUID()
  otherPledgeId!: string;
}
