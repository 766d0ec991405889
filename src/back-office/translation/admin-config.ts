/** The translation workflow's admin-wide component: the provider that opens content in the working language. */
export const OPEN_IN_WORKING_LANGUAGE = '/back-office/translation/admin/OpenInWorkingLanguage#OpenInWorkingLanguage'
