import type { DataSource } from '@maniac/node';
import { InvalidArgumentError } from 'commander';

/** Parsers for flag values. Each throws commander's InvalidArgumentError, which names the flag. */

export const sourceForm = 'dataset:<id-or-label> | container[:<id-or-label>] | generate:<model>[,<model>…]';

/**
 * Parses a data source flag:
 *   dataset:<id-or-label>             { type: 'dataset', dataset }
 *   container[:<id-or-label>]         { type: 'container', container? }
 *   generate:<model>[,<model>…]       { type: 'generate', models }
 */
export function parseSource(value: string): DataSource {
  const separator = value.indexOf(':');
  const type = separator === -1 ? value : value.slice(0, separator);
  const rest = separator === -1 ? undefined : value.slice(separator + 1);
  if (type === 'container' && rest !== '') {
    return rest === undefined ? { type: 'container' } : { type: 'container', container: rest };
  }
  if (type === 'dataset' && rest) return { type: 'dataset', dataset: rest };
  if (type === 'generate' && rest) {
    const models = rest.split(',');
    if (models.every((model) => model.trim() !== '')) return { type: 'generate', models };
  }
  throw new InvalidArgumentError(`expected ${sourceForm}.`);
}

/** Parses `key=value` into one more entry of the metadata object. */
export function parseMetadata(value: string, previous: Record<string, string> = {}): Record<string, string> {
  const separator = value.indexOf('=');
  if (separator <= 0) throw new InvalidArgumentError('expected key=value, such as --metadata ticket=EVAL-142.');
  return { ...previous, [value.slice(0, separator)]: value.slice(separator + 1) };
}

export function integerFrom(minimum: number, maximum = Number.MAX_SAFE_INTEGER) {
  return (value: string): number => {
    const number = Number(value);
    if (!/^\d+$/.test(value) || number < minimum || number > maximum) {
      const range = maximum === Number.MAX_SAFE_INTEGER ? `${minimum} or more` : `from ${minimum} to ${maximum}`;
      throw new InvalidArgumentError(`expected a whole number ${range}.`);
    }
    return number;
  };
}

export function positiveSeconds(value: string): number {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number) || number <= 0) {
    throw new InvalidArgumentError('expected a number of seconds greater than 0, such as 2 or 0.5.');
  }
  return number;
}

/** Collects a repeatable flag's values into a list. */
export function collect(value: string, previous: string[] = []): string[] {
  return [...previous, value];
}
