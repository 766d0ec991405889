import * as migration_20261123_020908_initial from './20261123_020908_initial';

export const migrations = [
  {
    up: migration_20261123_020908_initial.up,
    down: migration_20261123_020908_initial.down,
    name: '20261123_020908_initial'
  },
];
