// The seed's only source of randomness: faker with a fixed seed and the
// Indonesian locale, so the same seed always yields the same demo data.
import { base, en, Faker, id_ID } from "@faker-js/faker";

export const DEMO_SEED = 20_181_017; // TPBIS began in 2018

export type DemoRandom = ReturnType<typeof demoRandom>;

export function demoRandom(seed = DEMO_SEED) {
  const faker = new Faker({ locale: [id_ID, en, base], seed });
  const integer = (min: number, max: number) => faker.number.int({ min, max });
  return {
    faker,
    integer,
    chance: (probability: number) => faker.number.float({ min: 0, max: 1 }) < probability,
    pick: <Item>(items: readonly Item[]): Item => faker.helpers.arrayElement(items),
    pickSome: <Item>(items: readonly Item[], count: number): Item[] => faker.helpers.arrayElements(items, count),
    digits: (length: number) => faker.string.numeric({ length, allowLeadingZeros: true }),
  };
}
