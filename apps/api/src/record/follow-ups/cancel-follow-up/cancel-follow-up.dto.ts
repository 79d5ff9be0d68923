import { ReasonDto } from '../../shared/dto';

export class CancelFollowUpDto extends ReasonDto {}
