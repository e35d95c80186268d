import { Chalk } from 'chalk';

/** Colour as a switch: renderers get a Style and never decide for themselves. */
export type Style = InstanceType<typeof Chalk>;

export function style(color: boolean): Style {
  return new Chalk({ level: color ? 1 : 0 });
}
