import * as migration_20261123_030431_initial from './20261123_030431_initial';
import * as migration_20261123_063458_contact from './20261123_063458_contact';
import * as migration_20261123_072106_documents from './20261123_072106_documents';
import * as migration_20261123_074500_search from './20261123_074500_search';
import * as migration_20261123_114022_tracker from './20261123_114022_tracker';
import * as migration_20261129_160620_audit_trail from './20261129_160620_audit_trail';
import * as migration_20261129_164842_second_factor from './20261129_164842_second_factor';
import * as migration_20261129_191147_sign_in_throttle from './20261129_191147_sign_in_throttle';
import * as migration_20261129_192416_passkeys from './20261129_192416_passkeys';
import * as migration_20261130_000852_back_office from './20261130_000852_back_office';
import * as migration_20261130_001455_inbox_service_desk from './20261130_001455_inbox_service_desk';
import * as migration_20261130_023407_four_eyes from './20261130_023407_four_eyes';
import * as migration_20261130_064146_operations from './20261130_064146_operations';
import * as migration_20261130_091023_services from './20261130_091023_services';
import * as migration_20261130_101541_site_facts from './20261130_101541_site_facts';
import * as migration_20261130_122935_search_curation from './20261130_122935_search_curation';
import * as migration_20261130_124000_search_vocabulary from './20261130_124000_search_vocabulary';
import * as migration_20261130_133933_search_best_bet_targets from './20261130_133933_search_best_bet_targets';
import * as migration_20261130_140639_plan_version_drafts from './20261130_140639_plan_version_drafts';
import * as migration_20261130_141007_page_feedback from './20261130_141007_page_feedback';
import * as migration_20261130_141313_search_query_counts from './20261130_141313_search_query_counts';
import * as migration_20261130_160000_search_keys from './20261130_160000_search_keys';
import * as migration_20261130_162937_follow from './20261130_162937_follow';
import * as migration_20261130_205734_tracker_corrections from './20261130_205734_tracker_corrections';
import * as migration_20261130_211127_change_notes from './20261130_211127_change_notes';
import * as migration_20261130_211339_follow_alerts from './20261130_211339_follow_alerts';
import * as migration_20261201_005119_lineage_links from './20261201_005119_lineage_links';
import * as migration_20261201_022102_reporting_rounds from './20261201_022102_reporting_rounds';
import * as migration_20261201_035524_content_store from './20261201_035524_content_store';
import * as migration_20261201_035854_round_imports from './20261201_035854_round_imports';
import * as migration_20261201_185732_preview_link_uses_from_audit from './20261201_185732_preview_link_uses_from_audit';
import * as migration_20261201_222400_content_store_query_keys from './20261201_222400_content_store_query_keys';
import * as migration_20261202_100000_content_store_history_lookups from './20261202_100000_content_store_history_lookups';
import * as migration_20261203_070000_content_store_cards from './20261203_070000_content_store_cards';

export const migrations = [
  {
    up: migration_20261123_030431_initial.up,
    down: migration_20261123_030431_initial.down,
    name: '20261123_030431_initial',
  },
  {
    up: migration_20261123_063458_contact.up,
    down: migration_20261123_063458_contact.down,
    name: '20261123_063458_contact',
  },
  {
    up: migration_20261123_072106_documents.up,
    down: migration_20261123_072106_documents.down,
    name: '20261123_072106_documents',
  },
  {
    up: migration_20261123_074500_search.up,
    down: migration_20261123_074500_search.down,
    name: '20261123_074500_search',
  },
  {
    up: migration_20261123_114022_tracker.up,
    down: migration_20261123_114022_tracker.down,
    name: '20261123_114022_tracker',
  },
  {
    up: migration_20261129_160620_audit_trail.up,
    down: migration_20261129_160620_audit_trail.down,
    name: '20261129_160620_audit_trail',
  },
  {
    up: migration_20261129_164842_second_factor.up,
    down: migration_20261129_164842_second_factor.down,
    name: '20261129_164842_second_factor',
  },
  {
    up: migration_20261129_191147_sign_in_throttle.up,
    down: migration_20261129_191147_sign_in_throttle.down,
    name: '20261129_191147_sign_in_throttle',
  },
  {
    up: migration_20261129_192416_passkeys.up,
    down: migration_20261129_192416_passkeys.down,
    name: '20261129_192416_passkeys',
  },
  {
    up: migration_20261130_000852_back_office.up,
    down: migration_20261130_000852_back_office.down,
    name: '20261130_000852_back_office',
  },
  {
    up: migration_20261130_001455_inbox_service_desk.up,
    down: migration_20261130_001455_inbox_service_desk.down,
    name: '20261130_001455_inbox_service_desk',
  },
  {
    up: migration_20261130_023407_four_eyes.up,
    down: migration_20261130_023407_four_eyes.down,
    name: '20261130_023407_four_eyes',
  },
  {
    up: migration_20261130_064146_operations.up,
    down: migration_20261130_064146_operations.down,
    name: '20261130_064146_operations',
  },
  {
    up: migration_20261130_091023_services.up,
    down: migration_20261130_091023_services.down,
    name: '20261130_091023_services',
  },
  {
    up: migration_20261130_101541_site_facts.up,
    down: migration_20261130_101541_site_facts.down,
    name: '20261130_101541_site_facts',
  },
  {
    up: migration_20261130_122935_search_curation.up,
    down: migration_20261130_122935_search_curation.down,
    name: '20261130_122935_search_curation',
  },
  {
    up: migration_20261130_124000_search_vocabulary.up,
    down: migration_20261130_124000_search_vocabulary.down,
    name: '20261130_124000_search_vocabulary',
  },
  {
    up: migration_20261130_133933_search_best_bet_targets.up,
    down: migration_20261130_133933_search_best_bet_targets.down,
    name: '20261130_133933_search_best_bet_targets',
  },
  {
    up: migration_20261130_140639_plan_version_drafts.up,
    down: migration_20261130_140639_plan_version_drafts.down,
    name: '20261130_140639_plan_version_drafts',
  },
  {
    up: migration_20261130_141007_page_feedback.up,
    down: migration_20261130_141007_page_feedback.down,
    name: '20261130_141007_page_feedback',
  },
  {
    up: migration_20261130_141313_search_query_counts.up,
    down: migration_20261130_141313_search_query_counts.down,
    name: '20261130_141313_search_query_counts',
  },
  {
    up: migration_20261130_160000_search_keys.up,
    down: migration_20261130_160000_search_keys.down,
    name: '20261130_160000_search_keys',
  },
  {
    up: migration_20261130_162937_follow.up,
    down: migration_20261130_162937_follow.down,
    name: '20261130_162937_follow',
  },
  {
    up: migration_20261130_205734_tracker_corrections.up,
    down: migration_20261130_205734_tracker_corrections.down,
    name: '20261130_205734_tracker_corrections',
  },
  {
    up: migration_20261130_211127_change_notes.up,
    down: migration_20261130_211127_change_notes.down,
    name: '20261130_211127_change_notes',
  },
  {
    up: migration_20261130_211339_follow_alerts.up,
    down: migration_20261130_211339_follow_alerts.down,
    name: '20261130_211339_follow_alerts',
  },
  {
    up: migration_20261201_005119_lineage_links.up,
    down: migration_20261201_005119_lineage_links.down,
    name: '20261201_005119_lineage_links',
  },
  {
    up: migration_20261201_022102_reporting_rounds.up,
    down: migration_20261201_022102_reporting_rounds.down,
    name: '20261201_022102_reporting_rounds',
  },
  {
    up: migration_20261201_035524_content_store.up,
    down: migration_20261201_035524_content_store.down,
    name: '20261201_035524_content_store',
  },
  {
    up: migration_20261201_035854_round_imports.up,
    down: migration_20261201_035854_round_imports.down,
    name: '20261201_035854_round_imports',
  },
  {
    up: migration_20261201_185732_preview_link_uses_from_audit.up,
    down: migration_20261201_185732_preview_link_uses_from_audit.down,
    name: '20261201_185732_preview_link_uses_from_audit',
  },
  {
    up: migration_20261201_222400_content_store_query_keys.up,
    down: migration_20261201_222400_content_store_query_keys.down,
    name: '20261201_222400_content_store_query_keys',
  },
  {
    up: migration_20261202_100000_content_store_history_lookups.up,
    down: migration_20261202_100000_content_store_history_lookups.down,
    name: '20261202_100000_content_store_history_lookups',
  },
  {
    up: migration_20261203_070000_content_store_cards.up,
    down: migration_20261203_070000_content_store_cards.down,
    name: '20261203_070000_content_store_cards',
  },
];
