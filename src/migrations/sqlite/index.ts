import * as migration_20261123_030431_initial from './20261123_030431_initial';
import * as migration_20261123_063458_contact from './20261123_063458_contact';

export const migrations = [
  {
    up: migration_20261123_030431_initial.up,
    down: migration_20261123_030431_initial.down,
    name: '20261123_030431_initial',
  },
  {
    up: migration_20261123_063458_contact.up,
    down: migration_20261123_063458_contact.down,
    name: '20261123_063458_contact'
  },
];
