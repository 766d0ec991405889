// Written by `npm run content-store:schema` from the Payload config (src/content-store/store-schema.ts): do not edit.
import type { StoreSchema } from './store-schema'

export const STORE_SCHEMA: StoreSchema = {
  "defaultDepth": 2,
  "localization": {
    "defaultLocale": "nl",
    "fallback": true,
    "fallbacks": {},
    "codes": [
      "nl",
      "fr",
      "en"
    ]
  },
  "sources": {
    "administrations": {
      "fields": [
        {
          "name": "name",
          "type": "text",
          "localized": true
        },
        {
          "name": "summary",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "body",
          "type": "richText",
          "localized": true
        },
        {
          "name": "slug",
          "type": "text",
          "localized": true
        },
        {
          "name": "missions",
          "type": "join",
          "hasMany": true
        },
        {
          "name": "notificationEmail",
          "type": "email"
        },
        {
          "name": "contact",
          "type": "group",
          "flattenedFields": [
            {
              "name": "email",
              "type": "email"
            },
            {
              "name": "phone",
              "type": "text"
            },
            {
              "name": "address",
              "type": "textarea",
              "localized": true
            },
            {
              "name": "hours",
              "type": "text",
              "localized": true
            },
            {
              "name": "website",
              "type": "text"
            }
          ]
        },
        {
          "name": "order",
          "type": "number"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "order",
      "openAt": [
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ]
    },
    "audiences": {
      "fields": [
        {
          "name": "name",
          "type": "text",
          "localized": true
        },
        {
          "name": "slug",
          "type": "text",
          "localized": true
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "name",
      "openAt": [
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true
      ]
    },
    "contact-topics": {
      "fields": [
        {
          "name": "label",
          "type": "text",
          "localized": true
        },
        {
          "name": "administration",
          "type": "relationship",
          "relationTo": "administrations"
        },
        {
          "name": "order",
          "type": "number"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "order",
      "openAt": [
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ]
    },
    "corrections": {
      "fields": [
        {
          "name": "label",
          "type": "text"
        },
        {
          "name": "subject",
          "type": "select"
        },
        {
          "name": "report",
          "type": "relationship",
          "relationTo": "progress-reports"
        },
        {
          "name": "observation",
          "type": "relationship",
          "relationTo": "indicator-observations"
        },
        {
          "name": "newStatus",
          "type": "select"
        },
        {
          "name": "newPercent",
          "type": "number"
        },
        {
          "name": "newValue",
          "type": "number"
        },
        {
          "name": "reason",
          "type": "group",
          "flattenedFields": [
            {
              "name": "nl",
              "type": "textarea"
            },
            {
              "name": "fr",
              "type": "textarea"
            },
            {
              "name": "en",
              "type": "textarea"
            }
          ]
        },
        {
          "name": "oldStatus",
          "type": "select"
        },
        {
          "name": "oldPercent",
          "type": "number"
        },
        {
          "name": "oldValue",
          "type": "number"
        },
        {
          "name": "planVersion",
          "type": "relationship",
          "relationTo": "plan-versions"
        },
        {
          "name": "correctedAt",
          "type": "date"
        },
        {
          "name": "correctedBy",
          "type": "relationship",
          "relationTo": "users"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "-correctedAt",
      "openAt": [
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true
      ],
      "visitorsWhere": {
        "planVersion._status": {
          "equals": "published"
        }
      }
    },
    "documents": {
      "fields": [
        {
          "name": "changeKind",
          "type": "radio"
        },
        {
          "name": "changeNoteNl",
          "type": "textarea"
        },
        {
          "name": "changeNoteFr",
          "type": "textarea"
        },
        {
          "name": "changeNoteEn",
          "type": "textarea"
        },
        {
          "name": "title",
          "type": "text",
          "localized": true
        },
        {
          "name": "summary",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "slug",
          "type": "text",
          "localized": true
        },
        {
          "name": "kind",
          "type": "select"
        },
        {
          "name": "date",
          "type": "date"
        },
        {
          "name": "files",
          "type": "upload",
          "hasMany": true,
          "relationTo": "document-files"
        },
        {
          "name": "accessible",
          "type": "checkbox"
        },
        {
          "name": "ownerAdministration",
          "type": "relationship",
          "relationTo": "administrations"
        },
        {
          "name": "owner",
          "type": "relationship",
          "relationTo": "users"
        },
        {
          "name": "reviewBy",
          "type": "date"
        },
        {
          "name": "lastReviewedAt",
          "type": "date"
        },
        {
          "name": "editedBy",
          "type": "relationship",
          "relationTo": "users"
        },
        {
          "name": "versionNote",
          "type": "textarea"
        },
        {
          "name": "unpublishReason",
          "type": "radio"
        },
        {
          "name": "unpublishReplacement",
          "type": "text"
        },
        {
          "name": "readyForReview",
          "type": "checkbox",
          "localized": true
        },
        {
          "name": "translation",
          "type": "json"
        },
        {
          "name": "readyIn",
          "type": "text"
        },
        {
          "name": "outdatedIn",
          "type": "text"
        },
        {
          "name": "waitingIn",
          "type": "text"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        },
        {
          "name": "_status",
          "type": "select"
        }
      ],
      "defaultSort": "-date",
      "openAt": [
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ],
      "visitorsWhere": {
        "_status": {
          "equals": "published"
        }
      }
    },
    "indicator-observations": {
      "fields": [
        {
          "name": "indicator",
          "type": "relationship",
          "relationTo": "indicators"
        },
        {
          "name": "date",
          "type": "date"
        },
        {
          "name": "value",
          "type": "number"
        },
        {
          "name": "unit",
          "type": "select"
        },
        {
          "name": "provisional",
          "type": "checkbox"
        },
        {
          "name": "note",
          "type": "text",
          "localized": true
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "date",
      "openAt": [
        true,
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ]
    },
    "indicators": {
      "fields": [
        {
          "name": "title",
          "type": "text",
          "localized": true
        },
        {
          "name": "objective",
          "type": "relationship",
          "relationTo": "plan-items"
        },
        {
          "name": "description",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "unit",
          "type": "select"
        },
        {
          "name": "direction",
          "type": "select"
        },
        {
          "name": "source",
          "type": "text",
          "localized": true
        },
        {
          "name": "sourceUrl",
          "type": "text"
        },
        {
          "name": "baseline",
          "type": "group",
          "flattenedFields": [
            {
              "name": "value",
              "type": "number"
            },
            {
              "name": "date",
              "type": "date"
            }
          ]
        },
        {
          "name": "target",
          "type": "group",
          "flattenedFields": [
            {
              "name": "value",
              "type": "number"
            },
            {
              "name": "date",
              "type": "date"
            }
          ]
        },
        {
          "name": "evaluations",
          "type": "array"
        },
        {
          "name": "slug",
          "type": "text",
          "localized": true
        },
        {
          "name": "observations",
          "type": "join"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "title",
      "openAt": [
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ]
    },
    "lineage-links": {
      "fields": [
        {
          "name": "kind",
          "type": "select"
        },
        {
          "name": "item",
          "type": "relationship",
          "relationTo": "plan-items"
        },
        {
          "name": "from",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "plan-items"
        },
        {
          "name": "planVersion",
          "type": "relationship",
          "relationTo": "plan-versions"
        },
        {
          "name": "reason",
          "type": "group",
          "flattenedFields": [
            {
              "name": "nl",
              "type": "textarea"
            },
            {
              "name": "fr",
              "type": "textarea"
            },
            {
              "name": "en",
              "type": "textarea"
            }
          ]
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "openAt": [
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true
      ],
      "visitorsWhere": {
        "planVersion._status": {
          "equals": "published"
        }
      }
    },
    "missions": {
      "fields": [
        {
          "name": "title",
          "type": "text",
          "localized": true
        },
        {
          "name": "summary",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "administrations",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "administrations"
        },
        {
          "name": "order",
          "type": "number"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "order",
      "openAt": [
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ]
    },
    "news": {
      "fields": [
        {
          "name": "changeKind",
          "type": "radio"
        },
        {
          "name": "changeNoteNl",
          "type": "textarea"
        },
        {
          "name": "changeNoteFr",
          "type": "textarea"
        },
        {
          "name": "changeNoteEn",
          "type": "textarea"
        },
        {
          "name": "title",
          "type": "text",
          "localized": true
        },
        {
          "name": "summary",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "body",
          "type": "richText",
          "localized": true
        },
        {
          "name": "slug",
          "type": "text",
          "localized": true
        },
        {
          "name": "publishedAt",
          "type": "date"
        },
        {
          "name": "update",
          "type": "group",
          "flattenedFields": [
            {
              "name": "at",
              "type": "date"
            },
            {
              "name": "note",
              "type": "textarea",
              "localized": true
            }
          ]
        },
        {
          "name": "themes",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "themes"
        },
        {
          "name": "audiences",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "audiences"
        },
        {
          "name": "administration",
          "type": "relationship",
          "relationTo": "administrations"
        },
        {
          "name": "services",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "services"
        },
        {
          "name": "image",
          "type": "upload",
          "relationTo": "media"
        },
        {
          "name": "related",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "news"
        },
        {
          "name": "withdrawal",
          "type": "group",
          "flattenedFields": [
            {
              "name": "withdrawn",
              "type": "checkbox"
            },
            {
              "name": "at",
              "type": "date"
            },
            {
              "name": "reason",
              "type": "textarea",
              "localized": true
            }
          ]
        },
        {
          "name": "ownerAdministration",
          "type": "relationship",
          "relationTo": "administrations"
        },
        {
          "name": "owner",
          "type": "relationship",
          "relationTo": "users"
        },
        {
          "name": "reviewBy",
          "type": "date"
        },
        {
          "name": "lastReviewedAt",
          "type": "date"
        },
        {
          "name": "editedBy",
          "type": "relationship",
          "relationTo": "users"
        },
        {
          "name": "versionNote",
          "type": "textarea"
        },
        {
          "name": "unpublishReason",
          "type": "radio"
        },
        {
          "name": "unpublishReplacement",
          "type": "text"
        },
        {
          "name": "readyForReview",
          "type": "checkbox",
          "localized": true
        },
        {
          "name": "translation",
          "type": "json"
        },
        {
          "name": "readyIn",
          "type": "text"
        },
        {
          "name": "outdatedIn",
          "type": "text"
        },
        {
          "name": "waitingIn",
          "type": "text"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        },
        {
          "name": "_status",
          "type": "select",
          "localized": true
        }
      ],
      "defaultSort": "-publishedAt",
      "openAt": [
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ],
      "visitorsWhere": {
        "_status": {
          "equals": "published"
        }
      }
    },
    "pages": {
      "fields": [
        {
          "name": "changeKind",
          "type": "radio"
        },
        {
          "name": "changeNoteNl",
          "type": "textarea"
        },
        {
          "name": "changeNoteFr",
          "type": "textarea"
        },
        {
          "name": "changeNoteEn",
          "type": "textarea"
        },
        {
          "name": "title",
          "type": "text",
          "localized": true
        },
        {
          "name": "summary",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "body",
          "type": "richText",
          "localized": true
        },
        {
          "name": "slug",
          "type": "text",
          "localized": true
        },
        {
          "name": "parent",
          "type": "relationship",
          "relationTo": "pages"
        },
        {
          "name": "ownerAdministration",
          "type": "relationship",
          "relationTo": "administrations"
        },
        {
          "name": "owner",
          "type": "relationship",
          "relationTo": "users"
        },
        {
          "name": "reviewBy",
          "type": "date"
        },
        {
          "name": "lastReviewedAt",
          "type": "date"
        },
        {
          "name": "editedBy",
          "type": "relationship",
          "relationTo": "users"
        },
        {
          "name": "versionNote",
          "type": "textarea"
        },
        {
          "name": "unpublishReason",
          "type": "radio"
        },
        {
          "name": "unpublishReplacement",
          "type": "text"
        },
        {
          "name": "readyForReview",
          "type": "checkbox",
          "localized": true
        },
        {
          "name": "translation",
          "type": "json"
        },
        {
          "name": "readyIn",
          "type": "text"
        },
        {
          "name": "outdatedIn",
          "type": "text"
        },
        {
          "name": "waitingIn",
          "type": "text"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        },
        {
          "name": "_status",
          "type": "select"
        }
      ],
      "openAt": [
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ],
      "visitorsWhere": {
        "_status": {
          "equals": "published"
        }
      }
    },
    "partners": {
      "fields": [
        {
          "name": "name",
          "type": "text",
          "localized": true
        },
        {
          "name": "kind",
          "type": "select"
        },
        {
          "name": "description",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "website",
          "type": "text"
        },
        {
          "name": "slug",
          "type": "text",
          "localized": true
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "name",
      "openAt": [
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true
      ]
    },
    "plan-items": {
      "fields": [
        {
          "name": "level",
          "type": "select"
        },
        {
          "name": "code",
          "type": "text"
        },
        {
          "name": "parent",
          "type": "relationship",
          "relationTo": "plan-items"
        },
        {
          "name": "planVersion",
          "type": "relationship",
          "relationTo": "plan-versions"
        },
        {
          "name": "title",
          "type": "text",
          "localized": true
        },
        {
          "name": "description",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "themes",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "themes"
        },
        {
          "name": "leadAdministration",
          "type": "relationship",
          "relationTo": "administrations"
        },
        {
          "name": "partners",
          "type": "array"
        },
        {
          "name": "startDate",
          "type": "date"
        },
        {
          "name": "dueDate",
          "type": "date"
        },
        {
          "name": "weight",
          "type": "number"
        },
        {
          "name": "lineage",
          "type": "join"
        },
        {
          "name": "successors",
          "type": "join",
          "hasMany": true
        },
        {
          "name": "children",
          "type": "join"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "code",
      "openAt": [
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true
      ],
      "visitorsWhere": {
        "planVersion._status": {
          "equals": "published"
        }
      }
    },
    "plan-versions": {
      "fields": [
        {
          "name": "year",
          "type": "number"
        },
        {
          "name": "title",
          "type": "text",
          "localized": true
        },
        {
          "name": "periodStart",
          "type": "number"
        },
        {
          "name": "periodEnd",
          "type": "number"
        },
        {
          "name": "summary",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "documents",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "documents"
        },
        {
          "name": "externalLink",
          "type": "group",
          "flattenedFields": [
            {
              "name": "url",
              "type": "text"
            },
            {
              "name": "label",
              "type": "text",
              "localized": true
            }
          ]
        },
        {
          "name": "planIsSummary",
          "type": "checkbox"
        },
        {
          "name": "predecessor",
          "type": "relationship",
          "relationTo": "plan-versions"
        },
        {
          "name": "successors",
          "type": "join"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        },
        {
          "name": "_status",
          "type": "select"
        }
      ],
      "defaultSort": "-year",
      "openAt": [
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true
      ],
      "visitorsWhere": {
        "_status": {
          "equals": "published"
        }
      }
    },
    "progress-reports": {
      "fields": [
        {
          "name": "label",
          "type": "text"
        },
        {
          "name": "measure",
          "type": "relationship",
          "relationTo": "plan-items"
        },
        {
          "name": "partner",
          "type": "relationship",
          "relationTo": "partners"
        },
        {
          "name": "periodStart",
          "type": "date"
        },
        {
          "name": "periodEnd",
          "type": "date"
        },
        {
          "name": "status",
          "type": "select"
        },
        {
          "name": "percent",
          "type": "number"
        },
        {
          "name": "account",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "evidence",
          "type": "array"
        },
        {
          "name": "evidenceDocuments",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "documents"
        },
        {
          "name": "workflow",
          "type": "select"
        },
        {
          "name": "reviewNote",
          "type": "textarea"
        },
        {
          "name": "submittedAt",
          "type": "date"
        },
        {
          "name": "validatedAt",
          "type": "date"
        },
        {
          "name": "validatedBy",
          "type": "relationship",
          "relationTo": "users"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "-periodEnd",
      "openAt": [
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ],
      "visitorsWhere": {
        "and": [
          {
            "workflow": {
              "equals": "validated"
            }
          },
          {
            "measure.planVersion._status": {
              "equals": "published"
            }
          }
        ]
      }
    },
    "reporting-rounds": {
      "fields": [
        {
          "name": "label",
          "type": "text"
        },
        {
          "name": "planVersion",
          "type": "relationship",
          "relationTo": "plan-versions"
        },
        {
          "name": "periodStart",
          "type": "date"
        },
        {
          "name": "periodEnd",
          "type": "date"
        },
        {
          "name": "deadline",
          "type": "date"
        },
        {
          "name": "scope",
          "type": "select"
        },
        {
          "name": "pillars",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "plan-items"
        },
        {
          "name": "measures",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "plan-items"
        },
        {
          "name": "state",
          "type": "select"
        },
        {
          "name": "announcedAt",
          "type": "date"
        },
        {
          "name": "closedAt",
          "type": "date"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "-deadline",
      "openAt": [
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true
      ]
    },
    "services": {
      "fields": [
        {
          "name": "title",
          "type": "text",
          "localized": true
        },
        {
          "name": "summary",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "body",
          "type": "richText",
          "localized": true
        },
        {
          "name": "eligibility",
          "type": "richText",
          "localized": true
        },
        {
          "name": "requirements",
          "type": "richText",
          "localized": true
        },
        {
          "name": "duration",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "cost",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "online",
          "type": "group",
          "flattenedFields": [
            {
              "name": "url",
              "type": "text"
            },
            {
              "name": "label",
              "type": "text",
              "localized": true
            }
          ]
        },
        {
          "name": "slug",
          "type": "text",
          "localized": true
        },
        {
          "name": "administration",
          "type": "relationship",
          "relationTo": "administrations"
        },
        {
          "name": "themes",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "themes"
        },
        {
          "name": "audiences",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "audiences"
        },
        {
          "name": "mostRequested",
          "type": "number"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        },
        {
          "name": "_status",
          "type": "select"
        }
      ],
      "defaultSort": "title",
      "openAt": [
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ],
      "visitorsWhere": {
        "_status": {
          "equals": "published"
        }
      }
    },
    "social-summits": {
      "fields": [
        {
          "name": "year",
          "type": "number"
        },
        {
          "name": "date",
          "type": "date"
        },
        {
          "name": "title",
          "type": "text",
          "localized": true
        },
        {
          "name": "planVersion",
          "type": "relationship",
          "relationTo": "plan-versions"
        },
        {
          "name": "summary",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "participants",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "priorities",
          "type": "array"
        },
        {
          "name": "documents",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "documents"
        },
        {
          "name": "takeStock",
          "type": "checkbox"
        },
        {
          "name": "snapshotTakenAt",
          "type": "date"
        },
        {
          "name": "snapshot",
          "type": "json"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "-year",
      "openAt": [
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ]
    },
    "themes": {
      "fields": [
        {
          "name": "name",
          "type": "text",
          "localized": true
        },
        {
          "name": "slug",
          "type": "text",
          "localized": true
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "name",
      "openAt": [
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true,
        true
      ]
    },
    "content-changes": {
      "fields": [
        {
          "name": "subjectKey",
          "type": "text"
        },
        {
          "name": "language",
          "type": "select"
        },
        {
          "name": "kind",
          "type": "select"
        },
        {
          "name": "note",
          "type": "textarea"
        },
        {
          "name": "reason",
          "type": "select"
        },
        {
          "name": "replacement",
          "type": "text"
        },
        {
          "name": "path",
          "type": "text"
        },
        {
          "name": "at",
          "type": "date"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "defaultSort": "-at",
      "openAt": [
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ]
    },
    "global:home": {
      "fields": [
        {
          "name": "heading",
          "type": "text",
          "localized": true
        },
        {
          "name": "lead",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "audiences",
          "type": "array"
        },
        {
          "name": "lifeSituations",
          "type": "array"
        },
        {
          "name": "featuredPages",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "pages"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "openAt": [
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ]
    },
    "global:navigation": {
      "fields": [
        {
          "name": "items",
          "type": "array"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "openAt": [
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ]
    },
    "global:site-settings": {
      "fields": [
        {
          "name": "organisationName",
          "type": "text",
          "localized": true
        },
        {
          "name": "shortName",
          "type": "text",
          "localized": true
        },
        {
          "name": "tagline",
          "type": "text",
          "localized": true
        },
        {
          "name": "address",
          "type": "textarea",
          "localized": true
        },
        {
          "name": "phone",
          "type": "text"
        },
        {
          "name": "email",
          "type": "email"
        },
        {
          "name": "hours",
          "type": "text",
          "localized": true
        },
        {
          "name": "demonstrationBanner",
          "type": "checkbox"
        },
        {
          "name": "footerPages",
          "type": "relationship",
          "hasMany": true,
          "relationTo": "pages"
        },
        {
          "name": "aboutPage",
          "type": "relationship",
          "relationTo": "pages"
        },
        {
          "name": "privacyPage",
          "type": "relationship",
          "relationTo": "pages"
        },
        {
          "name": "contactReferencePrefix",
          "type": "text"
        },
        {
          "name": "contactAnswerDays",
          "type": "number"
        },
        {
          "name": "approvalRequiredFor",
          "type": "select",
          "hasMany": true
        },
        {
          "name": "identity",
          "type": "group",
          "flattenedFields": [
            {
              "name": "logo",
              "type": "upload",
              "relationTo": "media"
            },
            {
              "name": "logoName",
              "type": "text",
              "localized": true
            }
          ]
        },
        {
          "name": "accessibilityEmail",
          "type": "email"
        },
        {
          "name": "updatedAt",
          "type": "date"
        },
        {
          "name": "createdAt",
          "type": "date"
        }
      ],
      "openAt": [
        true,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false,
        false
      ]
    }
  },
  "relations": {
    "pages": {
      "populated": [
        "administrations",
        "pages",
        "users"
      ],
      "joined": []
    },
    "administrations": {
      "populated": [],
      "joined": [
        "missions"
      ]
    },
    "missions": {
      "populated": [
        "administrations"
      ],
      "joined": []
    },
    "news": {
      "populated": [
        "administrations",
        "audiences",
        "media",
        "news",
        "services",
        "themes",
        "users"
      ],
      "joined": []
    },
    "themes": {
      "populated": [],
      "joined": []
    },
    "audiences": {
      "populated": [],
      "joined": []
    },
    "services": {
      "populated": [
        "administrations",
        "audiences",
        "themes"
      ],
      "joined": []
    },
    "media": {
      "populated": [],
      "joined": []
    },
    "documents": {
      "populated": [
        "administrations",
        "document-files",
        "users"
      ],
      "joined": []
    },
    "document-files": {
      "populated": [],
      "joined": []
    },
    "plan-versions": {
      "populated": [
        "documents",
        "plan-versions"
      ],
      "joined": [
        "plan-versions"
      ]
    },
    "plan-items": {
      "populated": [
        "administrations",
        "partners",
        "plan-items",
        "plan-versions",
        "themes"
      ],
      "joined": [
        "lineage-links",
        "plan-items"
      ]
    },
    "partners": {
      "populated": [],
      "joined": []
    },
    "progress-reports": {
      "populated": [
        "documents",
        "partners",
        "plan-items",
        "users"
      ],
      "joined": []
    },
    "reporting-rounds": {
      "populated": [
        "plan-items",
        "plan-versions"
      ],
      "joined": []
    },
    "round-imports": {
      "populated": [
        "reporting-rounds",
        "users"
      ],
      "joined": []
    },
    "indicators": {
      "populated": [
        "plan-items"
      ],
      "joined": [
        "indicator-observations"
      ]
    },
    "indicator-observations": {
      "populated": [
        "indicators"
      ],
      "joined": []
    },
    "corrections": {
      "populated": [
        "indicator-observations",
        "plan-versions",
        "progress-reports",
        "users"
      ],
      "joined": []
    },
    "lineage-links": {
      "populated": [
        "plan-items",
        "plan-versions"
      ],
      "joined": []
    },
    "social-summits": {
      "populated": [
        "documents",
        "plan-items",
        "plan-versions"
      ],
      "joined": []
    },
    "contact-messages": {
      "populated": [
        "administrations",
        "contact-attachments",
        "contact-topics",
        "users"
      ],
      "joined": [
        "email-outbox"
      ]
    },
    "contact-topics": {
      "populated": [
        "administrations"
      ],
      "joined": []
    },
    "standard-replies": {
      "populated": [
        "administrations"
      ],
      "joined": []
    },
    "email-outbox": {
      "populated": [
        "administrations",
        "contact-messages"
      ],
      "joined": []
    },
    "contact-attachments": {
      "populated": [
        "administrations"
      ],
      "joined": []
    },
    "contact-deletions": {
      "populated": [],
      "joined": []
    },
    "contact-counters": {
      "populated": [],
      "joined": []
    },
    "page-feedback": {
      "populated": [
        "administrations"
      ],
      "joined": []
    },
    "follow-subscribers": {
      "populated": [],
      "joined": []
    },
    "follow-subscriptions": {
      "populated": [
        "follow-subscribers"
      ],
      "joined": []
    },
    "content-changes": {
      "populated": [],
      "joined": []
    },
    "follow-pending-digests": {
      "populated": [
        "follow-subscribers"
      ],
      "joined": []
    },
    "follow-alerted-changes": {
      "populated": [],
      "joined": []
    },
    "slug-redirects": {
      "populated": [],
      "joined": []
    },
    "preview-links": {
      "populated": [
        "administrations",
        "documents",
        "news",
        "pages",
        "services",
        "users"
      ],
      "joined": []
    },
    "search-synonyms": {
      "populated": [],
      "joined": []
    },
    "search-best-bets": {
      "populated": [
        "administrations",
        "documents",
        "indicators",
        "missions",
        "news",
        "pages",
        "partners",
        "plan-items",
        "services",
        "social-summits"
      ],
      "joined": []
    },
    "search-query-counts": {
      "populated": [],
      "joined": []
    },
    "approval-requests": {
      "populated": [
        "users"
      ],
      "joined": []
    },
    "users": {
      "populated": [
        "administrations",
        "partners"
      ],
      "joined": []
    },
    "audit-events": {
      "populated": [
        "users"
      ],
      "joined": []
    },
    "payload-kv": {
      "populated": [],
      "joined": []
    },
    "payload-jobs": {
      "populated": [],
      "joined": []
    },
    "payload-locked-documents": {
      "populated": [
        "administrations",
        "approval-requests",
        "audiences",
        "audit-events",
        "contact-attachments",
        "contact-counters",
        "contact-deletions",
        "contact-messages",
        "contact-topics",
        "content-changes",
        "corrections",
        "document-files",
        "documents",
        "email-outbox",
        "follow-alerted-changes",
        "follow-pending-digests",
        "follow-subscribers",
        "follow-subscriptions",
        "indicator-observations",
        "indicators",
        "lineage-links",
        "media",
        "missions",
        "news",
        "page-feedback",
        "pages",
        "partners",
        "plan-items",
        "plan-versions",
        "preview-links",
        "progress-reports",
        "reporting-rounds",
        "round-imports",
        "search-best-bets",
        "search-query-counts",
        "search-synonyms",
        "services",
        "slug-redirects",
        "social-summits",
        "standard-replies",
        "themes",
        "users"
      ],
      "joined": []
    },
    "payload-preferences": {
      "populated": [
        "users"
      ],
      "joined": []
    },
    "payload-migrations": {
      "populated": [],
      "joined": []
    },
    "global:home": {
      "populated": [
        "audiences",
        "pages",
        "services",
        "themes"
      ],
      "joined": []
    },
    "global:navigation": {
      "populated": [
        "pages"
      ],
      "joined": []
    },
    "global:site-settings": {
      "populated": [
        "media",
        "pages"
      ],
      "joined": []
    },
    "global:payload-jobs-stats": {
      "populated": [],
      "joined": []
    }
  }
}
