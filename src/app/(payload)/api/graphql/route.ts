import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'
import { answerWithoutSuggestions } from '@/api/schema-suggestions'

export const POST = answerWithoutSuggestions(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
