import { SourceText as SourceText_94a0ea5ca938ebb7be3bd58cf0da4026 } from '../../../back-office/translation/admin/SourceText'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HorizontalRuleFeatureClient as HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UploadFeatureClient as UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { RelationshipFeatureClient as RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ChecklistFeatureClient as ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { IndentFeatureClient as IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { AlignFeatureClient as AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { InlineCodeFeatureClient as InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SuperscriptFeatureClient as SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { SubscriptFeatureClient as SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { StrikethroughFeatureClient as StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnderlineFeatureClient as UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { VersionNoteField as VersionNoteField_fcb7df55cb49c9fed987dd0c6b025861 } from '../../../back-office/versions/admin/VersionNoteField'
import { LanguageStatesField as LanguageStatesField_978bb87162e055d0abeab63cddbe7b00 } from '../../../back-office/translation/admin/LanguageStates'
import { LanguageStatesCell as LanguageStatesCell_978bb87162e055d0abeab63cddbe7b00 } from '../../../back-office/translation/admin/LanguageStates'
import { ApprovalPanel as ApprovalPanel_c34d6bac4b37f1129c498294e70484f9 } from '../../../back-office/approval/admin/ApprovalPanel'
import { UnpublishWithReason as UnpublishWithReason_ec7b2a36703002691ad89247ef97a362 } from '../../../changes/admin/UnpublishWithReason'
import { VersionsView as VersionsView_52170ba4ae0d149487f1660de6c42372 } from '../../../back-office/versions/admin/VersionsView'
import { ScheduleField as ScheduleField_27e5fd9ecdea64ff4d1afbed56f81214 } from '../../../back-office/scheduling/admin/ScheduleField'
import { ScheduledCell as ScheduledCell_1f443972b05e561d52d5b3b4036c2490 } from '../../../back-office/scheduling/admin/ScheduledCell'
import { ReportWorkflowField as ReportWorkflowField_3d58462fdfff2f113bb71f4064d50394 } from '../../../tracker/admin/ReportWorkflowField'
import { RoundObligationsField as RoundObligationsField_82e53f78b00088e13c334f537f0b2c94 } from '../../../tracker/rounds/admin/RoundObligationsField'
import { TakeStockField as TakeStockField_9e0177983c2ea538779f45b51f8e62ef } from '../../../tracker/admin/TakeStockField'
import { SnapshotSummaryField as SnapshotSummaryField_2c2e32b5444d59cac0ebbf364cc02382 } from '../../../tracker/admin/SnapshotSummaryField'
import { AssigneeCell as AssigneeCell_6962f3136690693777ce44b902961216 } from '../../../contact/admin/AssigneeCell'
import { AnswerField as AnswerField_2de1a106ad2374dc3af44d9c329d3480 } from '../../../contact/admin/AnswerField'
import { MessageTimeline as MessageTimeline_a85729b07359e9f6834c50f4141a1f5b } from '../../../contact/admin/MessageTimeline'
import { ContactFigures as ContactFigures_7427171716daf5c6f3584c3518140d3f } from '../../../contact/admin/ContactFigures'
import { SendAnswerButton as SendAnswerButton_7a755398af726615a4c0d71264dada44 } from '../../../contact/admin/SendAnswerButton'
import { FeedbackFigures as FeedbackFigures_e35d0390b1944ad054525ffd85245e94 } from '../../../feedback/admin/FeedbackFigures'
import { FollowFigures as FollowFigures_94bd1729eb5c6c6ae68bc2d42d6dd1f3 } from '../../../follow/admin/FollowFigures'
import { QueryReport as QueryReport_1f7ec3dd8336c5d103a81ea919cfdb56 } from '../../../search/queries/admin/QueryReport'
import { RequestedItem as RequestedItem_41bf632e913a9777f24283a1509f5e88 } from '../../../back-office/approval/admin/RequestedItem'
import { CurrentPasswordField as CurrentPasswordField_7093a8028b6c08f9fd58762c435b6dbd } from '../../../accounts/admin/CurrentPasswordField'
import { RoleDuties as RoleDuties_03066ea43841cd507e573b65195ade8c } from '../../../back-office/language/admin/RoleDuties'
import { SecondFactorField as SecondFactorField_05944669a6ac809b190aaa0b8604d0ec } from '../../../accounts/second-factor/admin/SecondFactorField'
import { PasskeyList as PasskeyList_79d136e33fd7fcddfa52492163968942 } from '../../../accounts/passkeys/admin/PasskeyList'
import { SessionList as SessionList_79ca672701c70046374d19eb45a65b83 } from '../../../accounts/sessions/admin/SessionList'
import { AuditExport as AuditExport_99d2c7b9e1dfb07e0dc01009f93a963b } from '../../../audit/admin/AuditExport'
import { PendingSecondStepRedirect as PendingSecondStepRedirect_36633aacdc62de0113c07fe50132dfaa } from '../../../accounts/second-factor/admin/PendingSecondStepRedirect'
import { OpenInWorkingLanguage as OpenInWorkingLanguage_f1f766a5b707dab290e781c6f654b642 } from '../../../back-office/translation/admin/OpenInWorkingLanguage'
import { OneToastPerSave as OneToastPerSave_6e34772b7c73cb376f579c07fc3b72ac } from '../../../back-office/language/admin/OneToastPerSave'
import { SayInAdminLanguage as SayInAdminLanguage_b92d676b9cbe397e09d2443991ac9fc9 } from '../../../back-office/language/admin/SayInAdminLanguage'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { SecondFactorView as SecondFactorView_89dd16903f209db2077b25988cbfb93b } from '../../../accounts/second-factor/admin/SecondFactorView'
import { RoundSheetView as RoundSheetView_21c3d8f4575c49f72ff0c36cce3e613b } from '../../../tracker/rounds/sheet/admin/RoundSheetView'
import { AttentionDashboard as AttentionDashboard_724d042bf02f78434cb6dce28df2abb8 } from '../../../back-office/dashboard/admin/AttentionDashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/back-office/translation/admin/SourceText#SourceText": SourceText_94a0ea5ca938ebb7be3bd58cf0da4026,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HorizontalRuleFeatureClient": HorizontalRuleFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UploadFeatureClient": UploadFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#RelationshipFeatureClient": RelationshipFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ChecklistFeatureClient": ChecklistFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#IndentFeatureClient": IndentFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#AlignFeatureClient": AlignFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#InlineCodeFeatureClient": InlineCodeFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SuperscriptFeatureClient": SuperscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#SubscriptFeatureClient": SubscriptFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#StrikethroughFeatureClient": StrikethroughFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnderlineFeatureClient": UnderlineFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "/back-office/versions/admin/VersionNoteField#VersionNoteField": VersionNoteField_fcb7df55cb49c9fed987dd0c6b025861,
  "/back-office/translation/admin/LanguageStates#LanguageStatesField": LanguageStatesField_978bb87162e055d0abeab63cddbe7b00,
  "/back-office/translation/admin/LanguageStates#LanguageStatesCell": LanguageStatesCell_978bb87162e055d0abeab63cddbe7b00,
  "/back-office/approval/admin/ApprovalPanel#ApprovalPanel": ApprovalPanel_c34d6bac4b37f1129c498294e70484f9,
  "/changes/admin/UnpublishWithReason#UnpublishWithReason": UnpublishWithReason_ec7b2a36703002691ad89247ef97a362,
  "/back-office/versions/admin/VersionsView#VersionsView": VersionsView_52170ba4ae0d149487f1660de6c42372,
  "/back-office/scheduling/admin/ScheduleField#ScheduleField": ScheduleField_27e5fd9ecdea64ff4d1afbed56f81214,
  "/back-office/scheduling/admin/ScheduledCell#ScheduledCell": ScheduledCell_1f443972b05e561d52d5b3b4036c2490,
  "/tracker/admin/ReportWorkflowField#ReportWorkflowField": ReportWorkflowField_3d58462fdfff2f113bb71f4064d50394,
  "/tracker/rounds/admin/RoundObligationsField#RoundObligationsField": RoundObligationsField_82e53f78b00088e13c334f537f0b2c94,
  "/tracker/admin/TakeStockField#TakeStockField": TakeStockField_9e0177983c2ea538779f45b51f8e62ef,
  "/tracker/admin/SnapshotSummaryField#SnapshotSummaryField": SnapshotSummaryField_2c2e32b5444d59cac0ebbf364cc02382,
  "/contact/admin/AssigneeCell#AssigneeCell": AssigneeCell_6962f3136690693777ce44b902961216,
  "/contact/admin/AnswerField#AnswerField": AnswerField_2de1a106ad2374dc3af44d9c329d3480,
  "/contact/admin/MessageTimeline#MessageTimeline": MessageTimeline_a85729b07359e9f6834c50f4141a1f5b,
  "/contact/admin/ContactFigures#ContactFigures": ContactFigures_7427171716daf5c6f3584c3518140d3f,
  "/contact/admin/SendAnswerButton#SendAnswerButton": SendAnswerButton_7a755398af726615a4c0d71264dada44,
  "/feedback/admin/FeedbackFigures#FeedbackFigures": FeedbackFigures_e35d0390b1944ad054525ffd85245e94,
  "/follow/admin/FollowFigures#FollowFigures": FollowFigures_94bd1729eb5c6c6ae68bc2d42d6dd1f3,
  "/search/queries/admin/QueryReport#QueryReport": QueryReport_1f7ec3dd8336c5d103a81ea919cfdb56,
  "/back-office/approval/admin/RequestedItem#RequestedItem": RequestedItem_41bf632e913a9777f24283a1509f5e88,
  "/accounts/admin/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_7093a8028b6c08f9fd58762c435b6dbd,
  "/back-office/language/admin/RoleDuties#RoleDuties": RoleDuties_03066ea43841cd507e573b65195ade8c,
  "/accounts/second-factor/admin/SecondFactorField#SecondFactorField": SecondFactorField_05944669a6ac809b190aaa0b8604d0ec,
  "/accounts/passkeys/admin/PasskeyList#PasskeyList": PasskeyList_79d136e33fd7fcddfa52492163968942,
  "/accounts/sessions/admin/SessionList#SessionList": SessionList_79ca672701c70046374d19eb45a65b83,
  "/audit/admin/AuditExport#AuditExport": AuditExport_99d2c7b9e1dfb07e0dc01009f93a963b,
  "/accounts/second-factor/admin/PendingSecondStepRedirect#PendingSecondStepRedirect": PendingSecondStepRedirect_36633aacdc62de0113c07fe50132dfaa,
  "/back-office/translation/admin/OpenInWorkingLanguage#OpenInWorkingLanguage": OpenInWorkingLanguage_f1f766a5b707dab290e781c6f654b642,
  "/back-office/language/admin/OneToastPerSave#OneToastPerSave": OneToastPerSave_6e34772b7c73cb376f579c07fc3b72ac,
  "/back-office/language/admin/SayInAdminLanguage#SayInAdminLanguage": SayInAdminLanguage_b92d676b9cbe397e09d2443991ac9fc9,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "/accounts/second-factor/admin/SecondFactorView#SecondFactorView": SecondFactorView_89dd16903f209db2077b25988cbfb93b,
  "/tracker/rounds/sheet/admin/RoundSheetView#RoundSheetView": RoundSheetView_21c3d8f4575c49f72ff0c36cce3e613b,
  "/back-office/dashboard/admin/AttentionDashboard#AttentionDashboard": AttentionDashboard_724d042bf02f78434cb6dce28df2abb8,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
