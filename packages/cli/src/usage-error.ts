import { InvalidArgumentError } from 'commander';

/** Bad flags or input: exit code 2, and nothing is sent. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** Parsers for flag values. Each throws commander's InvalidArgumentError, which names the flag. */
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
