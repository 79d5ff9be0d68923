import { Module } from '@nestjs/common';
import { AddDraftItemController } from './add-draft-item/add-draft-item.controller';
import { CommitDraftController } from './commit-draft/commit-draft.controller';
import { DraftCommands } from './draft-commands';
import { GetDraftController } from './get-draft/get-draft.controller';
import { ProposeDraftController } from './propose-draft/propose-draft.controller';
import { ReviewDraftItemController } from './review-draft-item/review-draft-item.controller';

/** Drafts of records from a press release: proposed, reviewed item by item, committed. */
@Module({
  controllers: [
    ProposeDraftController,
    GetDraftController,
    ReviewDraftItemController,
    AddDraftItemController,
    CommitDraftController,
  ],
  providers: [DraftCommands],
})
export class DraftsModule {}
