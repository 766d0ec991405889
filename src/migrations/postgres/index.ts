import * as migration_20261123_023818_initial from './20261123_023818_initial';

export const migrations = [
  {
    up: migration_20261123_023818_initial.up,
    down: migration_20261123_023818_initial.down,
    name: '20261123_023818_initial'
  },
];
