import { Module } from '@nestjs/common';
import { CqrsModule } from '@nestjs/cqrs';
import { CorrectDocumentController } from './correct-document/correct-document.controller';
import { CorrectDocumentHandler } from './correct-document/correct-document.handler';
import { GetDocumentController } from './get-document/get-document.controller';
import { RecordDocumentController } from './record-document/record-document.controller';
import { RecordDocumentHandler } from './record-document/record-document.handler';
import { RetractDocumentController } from './retract-document/retract-document.controller';
import { RetractDocumentHandler } from './retract-document/retract-document.handler';

/** Signed documents: POST /documents, corrections, retraction, GET /documents/:id. */
@Module({
  imports: [CqrsModule],
  controllers: [
    RecordDocumentController,
    GetDocumentController,
    CorrectDocumentController,
    RetractDocumentController,
  ],
  providers: [RecordDocumentHandler, CorrectDocumentHandler, RetractDocumentHandler],
})
export class DocumentsModule {}
