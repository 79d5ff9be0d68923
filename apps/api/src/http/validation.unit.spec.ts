import { BadRequestException } from '@nestjs/common';
import { IsString } from 'class-validator';
import { PageQuery as Page } from '../read-models/shared/query.dto';
import { validationPipe } from './validation';

class Search {
  @IsString()
  q!: string;
}

describe('the request validation pipe', () => {
  const pipe = validationPipe();
  const query = (metatype: new () => object, value: object) =>
    pipe.transform(value, { type: 'query', metatype });

  it('answers an empty query with a fresh instance and its defaults, every time', async () => {
    const first = await query(Page, {});
    const second = await query(Page, {});
    expect(first).toBeInstanceOf(Page);
    expect(second).toEqual({ limit: 50, offset: 0 });
    expect(second).not.toBe(first);
  });

  it('refuses an empty query that lacks a required parameter, every time', async () => {
    await expect(query(Search, {})).rejects.toBeInstanceOf(BadRequestException);
    await expect(query(Search, {})).rejects.toBeInstanceOf(BadRequestException);
  });

  it('still validates a query that asks for something', async () => {
    await query(Page, {});
    expect(await query(Page, { limit: '7' })).toEqual({ limit: 7, offset: 0 });
    await expect(query(Page, { limit: '0' })).rejects.toBeInstanceOf(BadRequestException);
    await expect(query(Page, { limit: '7', extra: '1' })).rejects.toBeInstanceOf(
      BadRequestException,
    );
  });
});
