import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { announceFirstAdmin } from './auth/first-run';
import { createApp } from './bootstrap';

async function main(): Promise<void> {
  const app = await createApp();
  await announceFirstAdmin(app);
  const port = Number(process.env.PORT ?? 3000);
  await app.listen(port, process.env.HOST ?? '0.0.0.0');
  Logger.log(`Chancery API listening on port ${port}`, 'Bootstrap');
}

void main();
