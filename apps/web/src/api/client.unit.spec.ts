/// <reference types="jest" />
// Read-your-writes in the browser: the tab's latest write position outlives a reload.

type Client = typeof import('./client');

/** The tab's sessionStorage, as the browser keeps it across reloads of the page. */
class TabStorage {
  readonly values = new Map<string, string>();
  getItem(key: string) {
    return this.values.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.values.set(key, value);
  }
}

const g = globalThis as unknown as { sessionStorage?: TabStorage; fetch: typeof fetch };
const realFetch = g.fetch;

/** The client as a freshly loaded page has it. */
function loadPage(): Client {
  let client!: Client;
  jest.isolateModules(() => {
    client = jest.requireActual<Client>('./client');
  });
  return client;
}

function answering(body: unknown) {
  g.fetch = jest.fn(async () => new Response(JSON.stringify(body), { status: 201 }));
}

afterEach(() => {
  g.fetch = realFetch;
  delete g.sessionStorage;
});

describe('the position of the tab’s latest write', () => {
  it('is kept in the tab’s storage and read back by a page loaded afterwards', async () => {
    g.sessionStorage = new TabStorage();
    const first = loadPage();
    expect(first.lastWrittenPosition()).toBeUndefined();
    answering({ id: 'm-1', revision: 0, position: 42 });
    await first.api('/meetings', { method: 'POST', body: {} });
    expect(first.lastWrittenPosition()).toBe(42);

    expect(loadPage().lastWrittenPosition()).toBe(42);
  });

  it('is what a read-model query asks for, once the tab has written', async () => {
    g.sessionStorage = new TabStorage();
    const page = loadPage();
    expect(page.readQuery({ limit: 500 })).toBe('?limit=500');
    answering({ position: 9 });
    await page.api('/meetings', { method: 'POST', body: {} });
    expect(page.readQuery({ limit: 500 })).toBe('?limit=500&minPosition=9');
  });

  it('only moves forward', async () => {
    g.sessionStorage = new TabStorage();
    const page = loadPage();
    answering({ position: 50 });
    await page.api('/meetings', { method: 'POST', body: {} });
    answering({ position: 30 });
    await page.api('/pledges', { method: 'POST', body: {} });
    expect(page.lastWrittenPosition()).toBe(50);
    expect(loadPage().lastWrittenPosition()).toBe(50);
  });

  it('lives in memory alone where there is no session storage', async () => {
    const page = loadPage();
    answering({ position: 7 });
    await page.api('/meetings', { method: 'POST', body: {} });
    expect(page.lastWrittenPosition()).toBe(7);
    expect(loadPage().lastWrittenPosition()).toBeUndefined();
  });
});
