import type { DataSource } from '@maniac/node';
import { InvalidArgumentError } from 'commander';

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
  if (type === 'container' && (rest === undefined || rest !== '')) {
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
