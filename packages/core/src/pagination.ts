import { APIPromise, type WithResponse } from './api-promise.js';
import { ManiacError } from './errors.js';

/** The offset-paging parameters every list endpoint takes. */
export interface PageParams {
  limit?: number;
  offset?: number;
}

/** The shape of every list response: `{ object: 'list', data, total }`. */
export interface ListBody<Item> {
  object?: 'list';
  data: Item[];
  total: number;
}

type FetchPage<Item, Params extends PageParams> = (params: Params) => Promise<WithResponse<ListBody<Item>>>;

/** Page size used when iterating and the caller gave no `limit`: the API's maximum. */
const iterationPageSize = 100;

/**
 * One page of a list, offset-based. It is also an async iterable over every item from this page
 * to the end.
 *
 * @example
 * let page = await maniac.evaluation.runs.list({ limit: 50 });
 * while (page.hasNextPage()) page = await page.getNextPage();
 */
export class Page<Item extends { id: string }, Params extends PageParams = PageParams>
  implements AsyncIterable<Item>, ListBody<Item>
{
  readonly object: 'list' | undefined;
  readonly data: Item[];
  readonly total: number;
  readonly #params: Params;
  readonly #fetchPage: FetchPage<Item, Params>;

  constructor(body: ListBody<Item>, params: Params, fetchPage: FetchPage<Item, Params>) {
    this.object = body.object;
    this.data = body.data;
    this.total = body.total;
    this.#params = params;
    this.#fetchPage = fetchPage;
  }

  /** True while items remain past this page: its offset plus its length is short of `total`. */
  hasNextPage(): boolean {
    return this.data.length > 0 && (this.#params.offset ?? 0) + this.data.length < this.total;
  }

  /** Fetches the page after this one, with the same filters and `limit`. */
  async getNextPage(): Promise<Page<Item, Params>> {
    if (!this.hasNextPage()) throw new ManiacError('There is no next page: check hasNextPage() first.');
    const params: Params = { ...this.#params, offset: (this.#params.offset ?? 0) + this.data.length };
    const { data } = await this.#fetchPage(params);
    return new Page(data, params, this.#fetchPage);
  }

  /**
   * Every item from this page on, each id once. Runs created while iterating push older ones to
   * higher offsets, so a page can repeat items already yielded; they are skipped. One page of
   * items is held at a time, plus the ids seen.
   */
  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    const seen = new Set<string>();
    let page: Page<Item, Params> = this;
    for (;;) {
      for (const item of page.data) {
        if (seen.has(item.id)) continue;
        seen.add(item.id);
        yield item;
      }
      if (!page.hasNextPage()) return;
      page = await page.getNextPage();
    }
  }

  /** Serialises as the API's list object. */
  toJSON(): ListBody<Item> {
    return { object: this.object, data: this.data, total: this.total };
  }
}

/**
 * What a list method returns: awaited, the first page; iterated with `for await`, every item
 * across pages. It sends nothing until used, so that iterating can ask for full pages of 100 when
 * the caller gave no `limit`.
 *
 * @example
 * for await (const run of maniac.evaluation.runs.list({ container: 'support-bot' })) console.log(run.id);
 */
export class PagePromise<Item extends { id: string }, Params extends PageParams = PageParams>
  extends APIPromise<Page<Item, Params>>
  implements AsyncIterable<Item>
{
  readonly #params: Params;
  readonly #fetchPage: FetchPage<Item, Params>;

  constructor(params: Params, fetchPage: FetchPage<Item, Params>) {
    super(() => PagePromise.#load(params, fetchPage), { lazy: true });
    this.#params = params;
    this.#fetchPage = fetchPage;
  }

  static async #load<Item extends { id: string }, Params extends PageParams>(
    params: Params,
    fetchPage: FetchPage<Item, Params>,
  ): Promise<WithResponse<Page<Item, Params>>> {
    const { data, response, requestId } = await fetchPage(params);
    return { data: new Page(data, params, fetchPage), response, requestId };
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Item> {
    const params = { ...this.#params, limit: this.#params.limit ?? iterationPageSize };
    const { data: first } = await PagePromise.#load(params, this.#fetchPage);
    yield* first;
  }
}
