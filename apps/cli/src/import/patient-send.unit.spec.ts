import type { Reply, Send } from './importer';
import { patientSend } from './patient-send';

const reply = (status: number): Reply => ({ status, headers: { 'retry-after': '0' }, body: null });

describe('the import asks again while the API is loading', () => {
  it('retries a 503 until the API answers', async () => {
    const answers = [503, 503, 200];
    const send: Send = jest.fn(async () => reply(answers.shift()!));
    await expect(patientSend(send)('GET', '/directory')).resolves.toMatchObject({ status: 200 });
    expect(send).toHaveBeenCalledTimes(3);
  });

  it('gives the 503 back once its patience is spent, and never retries a refusal', async () => {
    const unavailable: Send = jest.fn(async () => reply(503));
    await expect(patientSend(unavailable, 0)('GET', '/x')).resolves.toMatchObject({ status: 503 });
    expect(unavailable).toHaveBeenCalledTimes(1);
    const refused: Send = jest.fn(async () => reply(422));
    await expect(patientSend(refused)('POST', '/x', {})).resolves.toMatchObject({ status: 422 });
    expect(refused).toHaveBeenCalledTimes(1);
  });
});
