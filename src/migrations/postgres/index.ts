import * as migration_20261123_030437_initial from './20261123_030437_initial';
import * as migration_20261123_063504_contact from './20261123_063504_contact';
import * as migration_20261123_072331_documents from './20261123_072331_documents';
import * as migration_20261123_074248_navigation_search from './20261123_074248_navigation_search';
import * as migration_20261123_074500_search from './20261123_074500_search';
import * as migration_20261123_114028_tracker from './20261123_114028_tracker';
import * as migration_20261129_160650_audit_trail from './20261129_160650_audit_trail';
import * as migration_20261129_164917_second_factor from './20261129_164917_second_factor';
import * as migration_20261129_191154_sign_in_throttle from './20261129_191154_sign_in_throttle';
import * as migration_20261129_191155_sign_in_throttle_table from './20261129_191155_sign_in_throttle_table';
import * as migration_20261129_192426_passkeys from './20261129_192426_passkeys';
import * as migration_20261129_210103_audit_attachment_downloaded from './20261129_210103_audit_attachment_downloaded';
import * as migration_20261130_000907_back_office from './20261130_000907_back_office';
import * as migration_20261130_001510_inbox_service_desk from './20261130_001510_inbox_service_desk';
import * as migration_20261130_023418_four_eyes from './20261130_023418_four_eyes';
import * as migration_20261130_064137_operations from './20261130_064137_operations';
import * as migration_20261130_091058_services from './20261130_091058_services';
import * as migration_20261130_101549_site_facts from './20261130_101549_site_facts';
import * as migration_20261130_122847_search_curation from './20261130_122847_search_curation';
import * as migration_20261130_124000_search_vocabulary from './20261130_124000_search_vocabulary';
import * as migration_20261130_133752_search_best_bet_targets from './20261130_133752_search_best_bet_targets';
import * as migration_20261130_140629_plan_version_drafts from './20261130_140629_plan_version_drafts';
import * as migration_20261130_141016_page_feedback from './20261130_141016_page_feedback';
import * as migration_20261130_141320_search_query_counts from './20261130_141320_search_query_counts';
import * as migration_20261130_160000_search_keys from './20261130_160000_search_keys';
import * as migration_20261130_162945_follow from './20261130_162945_follow';
import * as migration_20261130_201635_search_candidates from './20261130_201635_search_candidates';
import * as migration_20261130_205753_tracker_corrections from './20261130_205753_tracker_corrections';
import * as migration_20261130_211130_change_notes from './20261130_211130_change_notes';
import * as migration_20261130_211343_follow_alerts from './20261130_211343_follow_alerts';
import * as migration_20261201_005124_lineage_links from './20261201_005124_lineage_links';
import * as migration_20261201_022105_reporting_rounds from './20261201_022105_reporting_rounds';
import * as migration_20261201_035528_content_store from './20261201_035528_content_store';
import * as migration_20261201_035858_round_imports from './20261201_035858_round_imports';
import * as migration_20261201_185739_preview_link_uses_from_audit from './20261201_185739_preview_link_uses_from_audit';
import * as migration_20261201_222400_content_store_query_keys from './20261201_222400_content_store_query_keys';
import * as migration_20261202_100000_content_store_history_lookups from './20261202_100000_content_store_history_lookups';
import * as migration_20261202_130724_outbox_kinds from './20261202_130724_outbox_kinds';
import * as migration_20261203_070000_content_store_cards from './20261203_070000_content_store_cards';

export const migrations = [
  {
    up: migration_20261123_030437_initial.up,
    down: migration_20261123_030437_initial.down,
    name: '20261123_030437_initial',
  },
  {
    up: migration_20261123_063504_contact.up,
    down: migration_20261123_063504_contact.down,
    name: '20261123_063504_contact',
  },
  {
    up: migration_20261123_072331_documents.up,
    down: migration_20261123_072331_documents.down,
    name: '20261123_072331_documents',
  },
  {
    up: migration_20261123_074248_navigation_search.up,
    down: migration_20261123_074248_navigation_search.down,
    name: '20261123_074248_navigation_search',
  },
  {
    up: migration_20261123_074500_search.up,
    down: migration_20261123_074500_search.down,
    name: '20261123_074500_search',
  },
  {
    up: migration_20261123_114028_tracker.up,
    down: migration_20261123_114028_tracker.down,
    name: '20261123_114028_tracker',
  },
  {
    up: migration_20261129_160650_audit_trail.up,
    down: migration_20261129_160650_audit_trail.down,
    name: '20261129_160650_audit_trail',
  },
  {
    up: migration_20261129_164917_second_factor.up,
    down: migration_20261129_164917_second_factor.down,
    name: '20261129_164917_second_factor',
  },
  {
    up: migration_20261129_191154_sign_in_throttle.up,
    down: migration_20261129_191154_sign_in_throttle.down,
    name: '20261129_191154_sign_in_throttle',
  },
  {
    up: migration_20261129_191155_sign_in_throttle_table.up,
    down: migration_20261129_191155_sign_in_throttle_table.down,
    name: '20261129_191155_sign_in_throttle_table',
  },
  {
    up: migration_20261129_192426_passkeys.up,
    down: migration_20261129_192426_passkeys.down,
    name: '20261129_192426_passkeys',
  },
  {
    up: migration_20261129_210103_audit_attachment_downloaded.up,
    down: migration_20261129_210103_audit_attachment_downloaded.down,
    name: '20261129_210103_audit_attachment_downloaded',
  },
  {
    up: migration_20261130_000907_back_office.up,
    down: migration_20261130_000907_back_office.down,
    name: '20261130_000907_back_office',
  },
  {
    up: migration_20261130_001510_inbox_service_desk.up,
    down: migration_20261130_001510_inbox_service_desk.down,
    name: '20261130_001510_inbox_service_desk',
  },
  {
    up: migration_20261130_023418_four_eyes.up,
    down: migration_20261130_023418_four_eyes.down,
    name: '20261130_023418_four_eyes',
  },
  {
    up: migration_20261130_064137_operations.up,
    down: migration_20261130_064137_operations.down,
    name: '20261130_064137_operations',
  },
  {
    up: migration_20261130_091058_services.up,
    down: migration_20261130_091058_services.down,
    name: '20261130_091058_services',
  },
  {
    up: migration_20261130_101549_site_facts.up,
    down: migration_20261130_101549_site_facts.down,
    name: '20261130_101549_site_facts',
  },
  {
    up: migration_20261130_122847_search_curation.up,
    down: migration_20261130_122847_search_curation.down,
    name: '20261130_122847_search_curation',
  },
  {
    up: migration_20261130_124000_search_vocabulary.up,
    down: migration_20261130_124000_search_vocabulary.down,
    name: '20261130_124000_search_vocabulary',
  },
  {
    up: migration_20261130_133752_search_best_bet_targets.up,
    down: migration_20261130_133752_search_best_bet_targets.down,
    name: '20261130_133752_search_best_bet_targets',
  },
  {
    up: migration_20261130_140629_plan_version_drafts.up,
    down: migration_20261130_140629_plan_version_drafts.down,
    name: '20261130_140629_plan_version_drafts',
  },
  {
    up: migration_20261130_141016_page_feedback.up,
    down: migration_20261130_141016_page_feedback.down,
    name: '20261130_141016_page_feedback',
  },
  {
    up: migration_20261130_141320_search_query_counts.up,
    down: migration_20261130_141320_search_query_counts.down,
    name: '20261130_141320_search_query_counts',
  },
  {
    up: migration_20261130_160000_search_keys.up,
    down: migration_20261130_160000_search_keys.down,
    name: '20261130_160000_search_keys',
  },
  {
    up: migration_20261130_162945_follow.up,
    down: migration_20261130_162945_follow.down,
    name: '20261130_162945_follow',
  },
  {
    up: migration_20261130_201635_search_candidates.up,
    down: migration_20261130_201635_search_candidates.down,
    name: '20261130_201635_search_candidates',
  },
  {
    up: migration_20261130_205753_tracker_corrections.up,
    down: migration_20261130_205753_tracker_corrections.down,
    name: '20261130_205753_tracker_corrections',
  },
  {
    up: migration_20261130_211130_change_notes.up,
    down: migration_20261130_211130_change_notes.down,
    name: '20261130_211130_change_notes',
  },
  {
    up: migration_20261130_211343_follow_alerts.up,
    down: migration_20261130_211343_follow_alerts.down,
    name: '20261130_211343_follow_alerts',
  },
  {
    up: migration_20261201_005124_lineage_links.up,
    down: migration_20261201_005124_lineage_links.down,
    name: '20261201_005124_lineage_links',
  },
  {
    up: migration_20261201_022105_reporting_rounds.up,
    down: migration_20261201_022105_reporting_rounds.down,
    name: '20261201_022105_reporting_rounds',
  },
  {
    up: migration_20261201_035528_content_store.up,
    down: migration_20261201_035528_content_store.down,
    name: '20261201_035528_content_store',
  },
  {
    up: migration_20261201_035858_round_imports.up,
    down: migration_20261201_035858_round_imports.down,
    name: '20261201_035858_round_imports',
  },
  {
    up: migration_20261201_185739_preview_link_uses_from_audit.up,
    down: migration_20261201_185739_preview_link_uses_from_audit.down,
    name: '20261201_185739_preview_link_uses_from_audit',
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
    up: migration_20261202_130724_outbox_kinds.up,
    down: migration_20261202_130724_outbox_kinds.down,
    name: '20261202_130724_outbox_kinds',
  },
  {
    up: migration_20261203_070000_content_store_cards.up,
    down: migration_20261203_070000_content_store_cards.down,
    name: '20261203_070000_content_store_cards',
  },
];
