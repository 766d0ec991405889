import config from '@payload-config'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'
import { answerUnknownRoutesWithNotFound } from '@/api/unknown-routes'

export const GET = answerUnknownRoutesWithNotFound(REST_GET(config))
export const POST = answerUnknownRoutesWithNotFound(REST_POST(config))
export const DELETE = answerUnknownRoutesWithNotFound(REST_DELETE(config))
export const PATCH = answerUnknownRoutesWithNotFound(REST_PATCH(config))
export const PUT = answerUnknownRoutesWithNotFound(REST_PUT(config))
export const OPTIONS = REST_OPTIONS(config)
