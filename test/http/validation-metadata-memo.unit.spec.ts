import 'reflect-metadata';
import { plainToInstance, Type } from 'class-transformer';
import { IsInt, IsString, Min, ValidateNested, validate } from 'class-validator';
import { memoiseValidationMetadata } from '../../apps/api/src/http/validation-metadata-memo';
import { fieldErrors } from '../../apps/api/src/http/validation';

class Place {
  @IsString()
  city!: string;
}

class Visit {
  @ValidateNested()
  @Type(() => Place)
  place!: Place;

  @IsInt()
  @Min(1)
  days!: number;
}

class ExtendedVisit extends Visit {
  @IsString()
  purpose!: string;
}

const errorsOf = async (cls: new () => object, body: object) =>
  fieldErrors(
    await validate(plainToInstance(cls, body), { whitelist: true, forbidNonWhitelisted: true }),
  );

describe('memoised class-validator metadata', () => {
  beforeAll(() => memoiseValidationMetadata());

  it('validates the same as before, every time it is asked (nested, inherited, whitelist)', async () => {
    for (let i = 0; i < 3; i++) {
      expect(await errorsOf(Visit, { place: { city: 'Luxembourg' }, days: 2 })).toEqual([]);
      expect(await errorsOf(Visit, { place: { city: 7 }, days: 0, extra: 1 })).toEqual([
        { field: 'extra', reason: 'property extra should not exist' },
        { field: 'place.city', reason: 'city must be a string' },
        { field: 'days', reason: 'days must not be less than 1' },
      ]);
      expect(await errorsOf(ExtendedVisit, { place: { city: 'Astana' }, days: 1 })).toEqual([
        { field: 'purpose', reason: 'purpose is required' },
      ]);
    }
  });

  it('sees a rule added after a class was first validated', async () => {
    class Late {
      @IsString()
      name!: string;
    }
    expect(await errorsOf(Late, { name: 'x', title: 'y' })).toEqual([
      { field: 'title', reason: 'property title should not exist' },
    ]);
    IsString()(Late.prototype, 'title');
    expect(await errorsOf(Late, { name: 'x', title: 3 })).toEqual([
      { field: 'title', reason: 'title must be a string' },
    ]);
  });
});
